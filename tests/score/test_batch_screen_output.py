"""findings.csv of the columnar screen is written by DuckDB from one template per signal set: each row must
read exactly as the Python Finding of the same record (summary, policies, evidence with the record's id),
clean records as compact rows, and a run that keeps no findings in memory writes the same file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pytest

from chainlight.score.batch_screen import BatchResult, BatchScreener, run_batch
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


def _run(out: Path, keep: bool) -> BatchResult:
    inp = inputs()
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                      matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
    ships = pa.Table.from_pylist([{k: v for k, v in s.to_dict().items() if k != "extra"} for s in inp.shipments])
    lists = pa.Table.from_pylist([{k: v for k, v in li.to_dict().items() if k != "extra"} for li in inp.listings])
    return run_batch(b, ships, lists, out, keep_tiers=keep)


def test_csv_rows_read_as_the_findings(tmp_path: Path) -> None:
    got = _run(tmp_path / "findings.csv", keep=True)
    rows = {(r["record_type"], r["record_id"]): r for r in csv.DictReader((tmp_path / "findings.csv").open(
        encoding="utf-8"))}
    assert len(rows) == len(got.tiers) and got.findings
    for f in got.findings:
        r = rows[(f.record_type, f.record_id)]
        assert (r["tier"], float(r["score"]), r["policies"]) == (f.tier, f.score, ";".join(f.policies))
        assert r["summary"] == f.summary and f.record_id in f.summary
        assert json.loads(r["evidence"]) == [s.to_dict() for s in f.evidence]
    kp = [f for f in got.findings if f.tier == "high" and any("릉라도" in s.detail or "Rungrado" in s.detail
                                                             or s.source_ids for s in f.evidence)]
    assert kp  # the North Korean trader's list hit is carried to the findings with its source ids
    clean = [r for r in rows.values() if r["tier"] == "none"]
    assert clean and all(r["summary"] == "no signal" and r["evidence"] == "[]" and r["policies"] == "" for r in clean)


def test_a_large_run_keeps_nothing_per_record_and_writes_the_same_file(tmp_path: Path) -> None:
    kept = _run(tmp_path / "a.csv", keep=True)
    lean = _run(tmp_path / "b.csv", keep=False)
    assert lean.findings == [] and lean.tiers == {} and lean.counts == kept.counts
    read = [sorted(csv.reader(p.open(encoding="utf-8"))) for p in (tmp_path / "a.csv", tmp_path / "b.csv")]
    assert read[0] == read[1]


def test_findings_written_a_slice_at_a_time_are_the_bytes_of_one_sorted_copy(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from chainlight.score import batch_screen

    inp = inputs()
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                      matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
    ships = pa.Table.from_pylist([{k: v for k, v in s.to_dict().items() if k != "extra"} for s in inp.shipments])
    lists = pa.Table.from_pylist([{k: v for k, v in li.to_dict().items() if k != "extra"} for li in inp.listings])
    monkeypatch.setattr(batch_screen, "WRITE_ROWS", 3)  # many slices, the last one short
    out = tmp_path / "run" / "findings.csv"
    got = run_batch(b, ships, lists, out, keep_tiers=False)
    assert sum(got.counts.values()) > 3 * 3
    one = tmp_path / "one.csv"
    b.eng.run(f"COPY ({batch_screen.findings_query('duckdb')} ORDER BY v.record_type, v.record_id) TO '{one}' "
              "(HEADER)")
    assert out.read_bytes() == one.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["findings.csv"]  # the slices' files are gone
    assert "findings_order" not in {r[0] for r in b.eng.rows("SELECT table_name FROM duckdb_tables()")}


def test_findings_of_awkward_record_ids_are_the_bytes_of_the_csv_writer(tmp_path: Path) -> None:
    # findings.csv's lines are made in SQL, quoted as DuckDB's CSV writer quotes (a template once, the id per
    # line): ids with a comma, quotes, a line break, spaces or Hangul must come out as the writer puts them
    from chainlight.score import batch_screen

    inp = inputs()
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                      matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
    odd = ['S,1', 'S"2"', "S\n3", " S4 ", "조선-5", 'x"', "S\r\n7", '"', ","]
    rows = [{k: v for k, v in s.to_dict().items() if k != "extra"} for s in inp.shipments]
    for i, row in enumerate(rows[:len(odd)]):
        row["shipment_id"] = odd[i]
    lists = pa.Table.from_pylist([{k: v for k, v in li.to_dict().items() if k != "extra"} for li in inp.listings])
    out = tmp_path / "run" / "findings.csv"
    got = run_batch(b, pa.Table.from_pylist(rows), lists, out, keep_tiers=False)
    assert got.counts.get("high", 0) + got.counts.get("low", 0) + got.counts.get("elevated", 0) > 0
    one = tmp_path / "one.csv"
    b.eng.run(f"COPY ({batch_screen.findings_query('duckdb')} ORDER BY v.record_type, v.record_id) TO '{one}' "
              "(HEADER)")
    assert out.read_bytes() == one.read_bytes()
    ids = {r["record_id"] for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert set(odd) <= ids


def test_slices_fetched_ahead_come_in_order_and_a_failing_slice_fails_the_write(monkeypatch: pytest.MonkeyPatch
                                                                                 ) -> None:
    """findings.csv's slices are fetched on a thread of their own while the lines before are written: the
    batches arrive in the queries' order, and an error in a later slice reaches the writer, its thread
    stopped."""
    import threading

    import duckdb

    from chainlight.score import batch_screen

    monkeypatch.setattr(batch_screen, "WRITE_BATCH", 7)
    monkeypatch.setattr(batch_screen, "PREFETCH", 2)  # the fetching thread waits on a full queue
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT range AS n FROM range(100)")
    queries = [f"SELECT n FROM t WHERE n >= {lo} AND n < {lo + 30} ORDER BY n" for lo in range(0, 100, 30)]
    got = [n for batch in batch_screen._prefetched(con, queries) for n in batch.column(0).to_pylist()]
    assert got == list(range(100))
    failing = [queries[0], "SELECT n / 0 FROM no_such_table"]
    with pytest.raises(duckdb.CatalogException):
        for _ in batch_screen._prefetched(con, failing):
            pass
    stopped = batch_screen._prefetched(con, queries)  # the writer stops early: the thread ends too
    next(stopped)
    stopped.close()
    assert not any(t.name == "chainlight-findings-fetch" for t in threading.enumerate())
