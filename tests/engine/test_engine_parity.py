"""One columnar screen, two engines: DuckDB and Spark (local mode) give the same findings - tiers, scores,
summaries and evidence, byte for byte in findings.csv; listings, shipments, suppliers with their declared
links, and party findings - on the bundled demo (Hangul, Chinese and Latin
spellings of one listed exporter), on a generated world and through `chainlight --engine spark screen`.

Spark starts a JVM (Java 17) and runs every stage as a job: these tests are marked slow (`pytest -m slow`)
and skipped where pyspark or Java is missing.  The transpilation itself is checked fast, without Spark."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from chainlight.engine.spark import to_spark
from chainlight.score.batch_screen import BatchScreener, findings_query, run_batch
from chainlight.score.screen import ScreenInputs, default_classifier, default_cluster, default_matcher
from chainlight.settings import get_settings
from chainlight.store.db import Store

DEMO = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "data" / "demo"


def test_the_stages_sql_transpiles_to_spark() -> None:
    sql = to_spark("""SELECT coalesce(list_sort(list_distinct(list(s.sig) FILTER (WHERE s.sig IS NOT NULL))),
        []::VARCHAR[]) AS sigs, a.x IS NOT DISTINCT FROM b.x, try_cast(d AS DATE) FROM t""")
    assert "ARRAY_SORT(ARRAY_DISTINCT(COLLECT_LIST(" in sql and "CAST(ARRAY() AS ARRAY<STRING>)" in sql
    assert "TRY_CAST(d AS DATE)" in sql
    assert to_spark(findings_query("spark")) == findings_query("spark")  # written for Spark, left as is


def _spark_ready() -> bool:
    try:
        import pyspark  # noqa: F401
        import sqlglot  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


needs_spark = pytest.mark.skipif(not _spark_ready(), reason="needs pyspark, sqlglot and Java 17")


def _table(records: list[Any]) -> pa.Table | None:
    rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in records]
    return pa.Table.from_pylist(rows) if rows else None


def _both(inp: ScreenInputs, out: Path) -> dict[str, Any]:
    from chainlight.engine import make_engine

    stages = {"matcher": default_matcher(inp.entities, get_settings()), "classifier": default_classifier(),
              "cluster": default_cluster()}
    got = {}
    for name in ("duckdb", "spark"):
        b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                          engine=make_engine(name), **stages)
        got[name] = run_batch(b, _table(inp.shipments), _table(inp.listings), out / name / "findings.csv",
                              suppliers=_table(inp.suppliers))
    return got


@pytest.mark.slow
@needs_spark
@pytest.mark.parametrize("world", ["demo", "generated"])
def test_duckdb_and_spark_give_identical_findings(world: str, tmp_path: Path) -> None:
    if world == "demo":
        from chainlight.demo import run_demo
        from chainlight.settings import Settings
        from chainlight.store import Store

        store = Store(tmp_path / "demo.duckdb")
        run_demo(store, Settings(db_path=tmp_path / "demo.duckdb"), lambda *_: None, lambda *_: None)
        inp = ScreenInputs(entities=store.entities(), claims=store.claims(), priors=store.priors(),
                           goods=store.goods(), listings=store.records("listings"),
                           shipments=store.records("shipments"), suppliers=store.records("suppliers"))
    else:
        from benchmarks.trace.scenario import generate

        inp, _ = generate(1500, 2)
    got = _both(inp, tmp_path)
    duck, spark = got["duckdb"], got["spark"]
    assert duck.tiers == spark.tiers and duck.counts.get("high", 0) >= 1
    kinds = {k.split(":", 1)[0] for k in duck.tiers}  # suppliers (the demo's) and party findings too
    assert {"entity", "listing", "shipment"} <= kinds and (world != "demo" or "supplier" in kinds)
    assert [f.__dict__ for f in duck.findings] == [f.__dict__ for f in spark.findings]
    a = (tmp_path / "duckdb" / "findings.csv").read_text(encoding="utf-8")
    assert a == (tmp_path / "spark" / "findings.csv").read_text(encoding="utf-8")
    assert (tmp_path / "spark" / "findings.parquet").is_dir()  # Parquet out: the Spark parts beside the CSV


@pytest.mark.slow
@needs_spark
def test_chainlight_engine_spark_screen_writes_the_duckdb_findings(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from chainlight.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "--db", "chainlight.duckdb", "demo"]) == 0  # the lists in the default store
    for kind in ("listings", "shipments"):
        pq.write_table(pacsv.read_csv(DEMO / f"{kind}.csv"), tmp_path / f"{kind}.parquet")
    args = ["--listings", "listings.parquet", "--shipments", "shipments.parquet"]
    assert main(["--quiet", "screen", "--columnar", *args, "--out", "duck"]) == 0
    assert main(["--quiet", "--engine", "spark", "screen", *args, "--out", "spark"]) == 0
    duck = (tmp_path / "duck" / "findings.csv").read_text(encoding="utf-8")
    assert duck == (tmp_path / "spark" / "findings.csv").read_text(encoding="utf-8") and "high" in duck
    # both runs are in the store with the same findings at tier low and above (the workspace shows either)
    runs = [json.loads((tmp_path / d / "findings.json").read_text(encoding="utf-8"))["run_id"] for d in ("duck", "spark")]
    with Store(tmp_path / "chainlight.duckdb") as store:
        stored = [store.con.execute("SELECT record_type, record_id, score, tier, summary, evidence FROM findings "
                                    "WHERE run_id = ? ORDER BY ALL", [r]).fetchall() for r in runs]
    assert stored[0] == stored[1] and len(stored[0]) == sum(1 for line in duck.splitlines()[1:] if ",none," not in line)

