"""`pipeline.run_columnar_screen` with declared suppliers (Parquet): each supplier judged on each product it
declares, and its declared links into the listings' parties, on DuckDB and on Spark - the tiers and scores
the row screen gives the same demo records, and the same findings.csv on both engines."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from chainlight import pipeline
from chainlight.settings import Settings
from tests.engine.test_engine_parity import needs_spark

DEMO = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "data" / "demo"


def _demo(tmp: Path) -> tuple[Settings, dict[str, Path], dict[str, tuple[str, float]]]:
    """The demo's store, its records as Parquet, and the row screen's (tier, score) of every record."""
    from chainlight.demo import run_demo
    from chainlight.score.screen import ScreenInputs, screen
    from chainlight.store import Store

    settings = Settings(db_path=tmp / "demo.duckdb")
    store = Store(settings.db_path)
    try:
        run_demo(store, settings, lambda *_: None, lambda *_: None)
        inp = ScreenInputs(entities=store.entities(), claims=store.claims(), priors=store.priors(),
                           goods=store.goods(), listings=store.records("listings"),
                           shipments=store.records("shipments"), suppliers=store.records("suppliers"))
    finally:
        store.close()
    paths = {}
    for kind in ("listings", "shipments", "suppliers"):
        paths[kind] = tmp / f"{kind}.parquet"
        pq.write_table(pacsv.read_csv(DEMO / f"{kind}.csv"), paths[kind])
    # parties (record_type entity) included: both screens give them their own rows
    expected = {f"{f.record_type}:{f.record_id}": (f.tier, round(f.score, 4)) for f in screen(inp).findings}
    return settings, paths, expected


def _columnar(settings: Settings, paths: dict[str, Path], out: Path) -> dict[str, tuple[str, float]]:
    from chainlight.store import Store

    store = Store(settings.db_path)
    try:
        got = pipeline.run_columnar_screen(store, paths["listings"], paths["shipments"], out, settings,
                                           suppliers=paths["suppliers"])
    finally:
        store.close()
    assert got["counts"].get("high", 0) >= 1
    with open(out / "findings.csv", encoding="utf-8") as fh:
        return {f"{r['record_type']}:{r['record_id']}": (r["tier"], round(float(r["score"]), 4))
                for r in csv.DictReader(fh)}


def test_columnar_screen_with_suppliers_gives_the_row_screens_tiers(tmp_path: Path) -> None:
    settings, paths, expected = _demo(tmp_path)
    got = _columnar(settings, paths, tmp_path / "duck")
    assert got == expected
    sup = {k: v for k, v in got.items() if k.startswith("supplier:")}
    assert len(sup) >= 2 and sup["supplier:SUP01"][0] != "none"  # lash glue and false eyelashes: the worst counts


@pytest.mark.slow
@needs_spark
def test_columnar_screen_with_suppliers_on_spark_writes_the_duckdb_findings(tmp_path: Path) -> None:
    from dataclasses import replace

    settings, paths, expected = _demo(tmp_path)
    duck = _columnar(settings, paths, tmp_path / "duck")
    spark = _columnar(replace(settings, engine="spark"), paths, tmp_path / "spark")
    assert duck == spark == expected
    a = (tmp_path / "duck" / "findings.csv").read_text(encoding="utf-8")
    assert a == (tmp_path / "spark" / "findings.csv").read_text(encoding="utf-8")
