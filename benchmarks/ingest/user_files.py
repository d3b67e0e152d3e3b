"""Ingest of the user's files against Python's csv module reading the same file, in one run.

    python -m benchmarks.ingest.user_files                      # 200k shipment lines (CSV): the goal's run
    python -m benchmarks.ingest.user_files --sizes 50000,200000 --formats csv,parquet
    python -m benchmarks.ingest.user_files --sizes 5000000 --screen-only   # stored and screened end to end
    python -m benchmarks.ingest.user_files --sizes 1000000 --screen-only --again   # and screened once more

For each size: the file is generated (files_gen.py, from records_gen.py) in its own process; the peer is
`csv.reader` reading every row of it (nothing else); then `chainlight ingest shipments FILE` runs into a
fresh store in a fresh process, twice (the second ingest finds every line unchanged).  Printed per run:
seconds, the ratio to the csv module's read, peak memory of the ingest process (VmHWM) and its growth
over the process before the ingest (imports and an open store), next to the file's size as an Arrow table
(pyarrow.csv, every column as text).  With --screen, `chainlight screen --shipments FILE` on a store
holding the bundled demo lists follows (the columnar path above the size switch), timed end to end, with
each screen stage's seconds and CPU seconds (the process's and its forked workers').
Goals (issue 19): ingest of 200k lines <= 20x the csv read; growth <= 2x the Arrow size; 5M lines ingested
and screened in <= 5 min on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

WORKER = """
import json, resource, sys, time
from pathlib import Path
from chainlight.cli import main
from chainlight.store import Store
Store(sys.argv[1]).close()  # the store exists, as a user's would
import chainlight.pipeline as pipeline, chainlight.sources.user.common, chainlight.store.item_sync  # noqa: E401
def rss_mb():
    with open('/proc/self/status') as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith('VmRSS')) / 1024
def cpu():  # user + system of this process and of the workers it forked and waited for
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime
stages = {}
def timed(name, fn):
    def run(*a, **k):
        t, c = time.perf_counter(), cpu()
        out = fn(*a, **k)
        stages[name] = [round(time.perf_counter() - t, 1), round(cpu() - c, 1)]
        if isinstance(out, dict) and 'timings' in out:
            stages['screen stages'] = out['timings']
        return out
    return run
pipeline.store_inputs = timed('stored (read, checked, written)', pipeline.store_inputs)
from chainlight.store import Store as S
def thread_timed(name, fn):  # the items' write runs beside the columnar screen: its own thread's CPU s
    def run(*a, **k):
        t, c = time.perf_counter(), time.thread_time()
        try:
            return fn(*a, **k)
        finally:
            was = stages.get(name, [0, 0])
            stages[name] = [round(was[0] + time.perf_counter() - t, 1), round(was[1] + time.thread_time() - c, 1)]
    return run
S.ingest_user = thread_timed('items written (thread CPU s)', S.ingest_user)
S.checkpoint_items = thread_timed('items written (thread CPU s)', S.checkpoint_items)
pipeline.run_stored_columnar = timed('columnar screen', pipeline.run_stored_columnar)
import chainlight.score.batch_screen as bs  # each screen stage's [seconds, CPU s with the forked workers]
inner = stages.setdefault('screen stages [s, CPU s]', {})
def staged(name, fn):
    def run(*a, **k):
        t, c = time.perf_counter(), cpu()
        out = fn(*a, **k)
        inner[name] = [round(time.perf_counter() - t, 1), round(cpu() - c, 1)]
        return out
    return run
for name, method in (('resolve', 'resolve'), ('classify', 'classify'), ('match+roots', 'party_signals'),
                     ('taint', 'trace'), ('score', 'score')):
    setattr(bs.BatchScreener, method, staged(name, getattr(bs.BatchScreener, method)))
bs.write_findings = staged('write findings.csv', bs.write_findings)
pipeline._kept_findings = staged('kept findings (Parquet for the store)', pipeline._kept_findings)
before = rss_mb()
t0, c0 = time.perf_counter(), cpu()
code = main(['--db', sys.argv[1], '-q', *sys.argv[2:]])
seconds = time.perf_counter() - t0
with open('/proc/self/status') as fh:  # VmHWM: this program's own peak (ru_maxrss keeps the forking parent's)
    peak = next(int(l.split()[1]) for l in fh if l.startswith('VmHWM')) / 1024
print(json.dumps({'code': code, 's': round(seconds, 2), 'cpu_s': round(cpu() - c0, 1), 'peak_mb': round(peak),
                  'before_mb': round(before), 'stages': stages}))
"""

def csv_read_seconds(path: Path) -> tuple[float, int]:
    """The peer: Python's csv module reading every row (best of two)."""
    best, rows = float("inf"), 0
    for _ in range(2):
        t0 = time.perf_counter()
        with open(path, encoding="utf-8", newline="") as fh:
            rows = sum(1 for _ in csv.reader(fh))
        best = min(best, time.perf_counter() - t0)
    return best, rows - 1


def arrow_mb(path: Path, fmt: str) -> float:
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if fmt == "parquet":
        return float(pq.read_table(path).nbytes) / 2**20
    if fmt == "jsonl":
        import pyarrow.json as pajson

        return float(pajson.read_json(path).nbytes) / 2**20
    names = pacsv.read_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 20)).column_names
    table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, "string")))
    return float(table.nbytes) / 2**20


def run_cli(db: Path, *args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", WORKER, str(db), *args], capture_output=True, text=True,
                         check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise SystemExit(f"chainlight {' '.join(args)} failed: {out.stderr[-2000:]}")
    return result


def generate(n: int, path: Path, fmt: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from benchmarks.ingest.files_gen import write_shipments; "
                    "write_shipments(int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])", str(n), str(path), fmt],
                   check=True)
    return time.perf_counter() - t0


def one(n: int, fmt: str, folder: Path, screen: bool, screen_only: bool = False, again: bool = False
        ) -> dict[str, object]:
    row0 = {"load_before": round(os.getloadavg()[0], 2)}
    path = folder / f"shipments_{n}.{fmt}"
    gen_s = generate(n, path, fmt)
    row: dict[str, object] = {"lines": n, "format": fmt, "file_mb": round(path.stat().st_size / 2**20, 1),
                              "generate_s": round(gen_s, 1), **row0}
    csv_path = path
    if fmt != "csv":  # the peer reads the same lines as CSV
        csv_path = folder / f"shipments_{n}.csv"
        generate(n, csv_path, "csv")
    peer_s, _ = csv_read_seconds(csv_path)
    row.update(csv_module_s=round(peer_s, 2), arrow_mb=round(arrow_mb(path, fmt), 1))
    db = folder / f"s{n}{fmt}.duckdb"
    if not screen_only:
        first = run_cli(db, "ingest", "shipments", str(path))
        again = run_cli(db, "ingest", "shipments", str(path))
        growth = first["peak_mb"] - first["before_mb"]
        row.update(ingest_s=first["s"], ingest_cpu_s=first["cpu_s"], ratio=round(first["s"] / peer_s, 1),
                   peak_mb=first["peak_mb"],
                   growth_mb=round(growth), growth_per_arrow=round(growth / float(row["arrow_mb"]), 2),  # type: ignore[arg-type]
                   reingest_s=again["s"], reingest_ratio=round(again["s"] / peer_s, 1))
    if screen or screen_only:
        sdb = folder / f"screen{n}.duckdb"
        run_cli(sdb, "demo", "--out", str(folder / "demo-out"))  # the demo's lists, evidence and priors
        got = run_cli(sdb, "screen", "--shipments", str(path), "--out", str(folder / f"out{n}"))
        row.update(screen_end_to_end_s=got["s"], screen_cpu_s=got["cpu_s"], screen_peak_mb=got["peak_mb"],
                   screen_stages=got["stages"])
        if again:  # the next screen of the same parties: lines unchanged, list matches kept in the store
            shutil.rmtree(folder / f"out{n}", ignore_errors=True)
            got = run_cli(sdb, "screen", "--shipments", str(path), "--out", str(folder / f"out{n}"))
            row.update(again_end_to_end_s=got["s"], again_cpu_s=got["cpu_s"], again_peak_mb=got["peak_mb"],
                       again_stages=got["stages"])
        for p in folder.glob(f"screen{n}.duckdb*"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        shutil.rmtree(folder / f"out{n}", ignore_errors=True)
    for p in folder.glob(f"s{n}{fmt}.duckdb*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    row["load_after"] = round(os.getloadavg()[0], 2)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="200000")
    parser.add_argument("--formats", default="csv")
    parser.add_argument("--screen", action="store_true", help="also screen the file end to end")
    parser.add_argument("--screen-only", action="store_true", help="only the end-to-end screen (stores the file)")
    parser.add_argument("--again", action="store_true",
                        help="screen the same file a second time on the same store (list matches kept by the first)")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"load average before: {load:.2f}; cores: {os.cpu_count()}; rlimit as: "
          f"{resource.getrlimit(resource.RLIMIT_AS)[0]}")
    with tempfile.TemporaryDirectory(prefix="chainlight-ingest-") as tmp:
        for fmt in args.formats.split(","):
            for n in (int(s) for s in args.sizes.split(",")):
                print(json.dumps(one(n, fmt, Path(tmp), args.screen, args.screen_only, args.again)), flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
