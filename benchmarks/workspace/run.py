"""The analyst workspace on a large run: one page of findings, searched, filtered, sorted, and an export,
timed against the peer of the same run (the plain findings query before the workspace: score order, no join,
no search) and against reading the whole run at once (what the findings page did before paging).

    python -m benchmarks.workspace.run                 # 100,000 findings (~1 min)
    python -m benchmarks.workspace.run --findings 20000

The run is the bundled demo's screen (91 findings over listings, shipments, suppliers and parties with Hangul
and Hanzi names) copied with new record ids until it holds --findings findings; the records are copied with
them, so a search reads as many records as findings.  A tenth of the findings carry a decision.  Everything
is written to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any


def build(folder: Path, findings: int) -> Path:
    from chainlight.demo import run_demo
    from chainlight.settings import Settings
    from chainlight.store import Store

    db = folder / "workspace.duckdb"
    with Store(db) as store:
        result, inputs = run_demo(store, Settings(), lambda _: None, lambda _: None)
        run_id = uuid.uuid4().hex[:12]
        store.save_findings(run_id, result.findings, inputs, {"tiers": result.counts()})
        con = store.con
        base = int(con.execute("SELECT count(*) FROM findings").fetchone()[0])  # type: ignore[index]
        copies = max(0, -(-findings // base) - 1)
        con.execute("CREATE TEMP TABLE f0 AS SELECT * FROM findings")
        con.execute("CREATE TEMP TABLE i0 AS SELECT * FROM items WHERE item_type IN ('listings', 'shipments', "
                    "'suppliers')")
        con.execute(f"INSERT INTO finding_rows BY NAME SELECT run_id, record_type, record_id || '-' || c AS record_id, "
                    f"score, tier, policies, "
                    f"summary, evidence, scorer FROM f0, range(1, {copies + 1}) t(c)")
        con.execute(f"INSERT INTO items SELECT item_type, id || '-' || c, dataset, scope, hash, data, protected, "
                    f"status, first_seen, last_seen FROM i0, range(1, {copies + 1}) t(c)")
        con.execute(f"DELETE FROM finding_rows WHERE rowid IN (SELECT rowid FROM finding_rows ORDER BY rowid DESC "
                    f"LIMIT greatest(0, (SELECT count(*) FROM finding_rows) - {findings}))")
        ids = [r[0] for r in con.execute("SELECT record_id FROM findings USING SAMPLE 10 PERCENT (bernoulli, 7)"
                                         ).fetchall()]
        for n, rid in enumerate(ids):
            store.audit("bench", ("finding.confirmed", "finding.dismissed", "finding.needs_evidence")[n % 3],
                        f"finding:{rid}", {"note": "benchmark"})
    return db


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """The median wall time in ms of `repeat` runs, and the last result."""
    ms, _, out = timed_cpu(fn, repeat)
    return ms, out


def timed_cpu(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, float, Any]:
    """The median wall and CPU time in ms of `repeat` runs (CPU: this process's, DuckDB's threads included,
    which the machine's other users change less than the wall time), and the last result."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus), out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", type=int, default=100_000)
    args = parser.parse_args(argv)

    from chainlight.api import export, queries, workspace
    from chainlight.api.deps import AppState
    from chainlight.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="chainlight-bench-workspace-"))
    try:
        t0 = time.perf_counter()
        db = build(folder, args.findings)
        print(f"built a run of {args.findings:,} findings in {time.perf_counter() - t0:.1f} s\n")
        state = AppState(db, Settings())
        store = state.store
        total = queries.count_findings(store)
        peer_ms, _ = timed(lambda: queries.findings(store, limit=100))
        whole_ms, whole = timed(lambda: queries.findings(store), repeat=1)
        W = workspace.View

        def page(view: workspace.View) -> Callable[[], Any]:
            def run() -> tuple[int, list[dict[str, Any]]]:
                v = workspace.resolve(state, view)
                return workspace.count(state, v), workspace.rows(state, v, with_evidence=False)
            return run

        cases: list[tuple[str, Callable[[], Any]]] = [
            ("page 1, ranked (tier, presumption, share, score)", page(W(limit=100))),
            ("last page, ranked", page(W(limit=100, offset=max(0, args.findings - 100)))),
            ("page 1, sorted by record id", page(W(sort="record_id", order="asc", limit=100))),
            ("search 조선대성총무역회사 (Hangul), page 1", page(W(q="조선대성총무역회사", limit=100))),
            ("search 朝鲜大成总贸易公司 (Hanzi, via the matcher), page 1", page(W(q="朝鲜大成总贸易公司", limit=100))),
            ("search Korea Daesong General Trading Corporation (Latin), page 1",
             page(W(q="Korea Daesong General Trading Corporation", limit=100))),
            ("search glamlash, page 1", page(W(q="glamlash", limit=100))),
            ("search glamlash, last page", page(W(q="glamlash", limit=100, offset=15_500 * args.findings // 100_000))),
            ("sorted by decision, page 1", page(W(sort="decision", limit=100))),
            ("search with no match", page(W(q="no such party anywhere xq", limit=100))),
            ("filter tier high + shipment + undecided, page 1",
             page(W(tier="high", record_type="shipment", decision="undecided", limit=100))),
            ("findings of entity ofac-12313, page 1", page(W(entity="ofac-12313", limit=100))),
        ]
        state.warm()  # the name index loaded and the matcher compiled, as `serve` does at start
        t0, c0 = time.perf_counter(), time.process_time()
        ranked = workspace.prepare(state, str(queries._run_id(store, None)))
        rank_ms, rank_cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
        print(f"load average at the start: {os.getloadavg()[0]:.1f}\n")
        print(f"| query ({total:,} findings) | matches | ms (median of 3) | CPU ms | × peer page |")
        print("| --- | ---: | ---: | ---: | ---: |")
        print(f"| peer: plain findings query, page 1 (score order, no join) | {total:,} | {peer_ms:,.1f} | | 1.0 |")
        print(f"| whole run at once (the page before paging) | {len(whole):,} | {whole_ms:,.0f} | | "
              f"{whole_ms / peer_ms:,.1f} |")
        print(f"| the run's first view: its view columns (ranks, search words, cited ids) worked out once | "
              f"{ranked:,} | {rank_ms:,.0f} | {rank_cpu:,.0f} | {rank_ms / peer_ms:,.1f} |")
        for name, fn in cases:
            ms, cpu, (n, rows) = timed_cpu(fn)
            assert len(rows) <= 100
            print(f"| {name} | {n:,} | {ms:,.1f} | {cpu:,.1f} | {ms / peer_ms:,.1f} |")
        view = workspace.resolve(state, W(tier="high", record_type="shipment"))
        n = workspace.count(state, view)
        t0 = time.perf_counter()
        path = export.write(state, view, "csv")
        csv_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        xpath = export.write(state, view, "xlsx")
        xlsx_ms = (time.perf_counter() - t0) * 1000
        print(f"| export CSV of high shipments ({path.stat().st_size / 1e6:,.1f} MB) | {n:,} | {csv_ms:,.0f} | | "
              f"{csv_ms / peer_ms:,.1f} |")
        print(f"| export XLSX of high shipments ({xpath.stat().st_size / 1e6:,.1f} MB) | {n:,} | {xlsx_ms:,.0f} | | "
              f"{xlsx_ms / peer_ms:,.1f} |")
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
        path.unlink()
        xpath.unlink()
        state.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
