"""The taint pass (trace/batch.taint_pass) gives the same taint on Spark as on DuckDB - and so as the in-memory
pass, which tests/trace/test_trace_batch.py holds DuckDB to - on generated chains with long hops, unweighed
inputs, several kinds of taint and depth bounds of 2 to 12.

Spark starts a JVM (Java 17): marked slow (`pytest -m slow`), skipped where pyspark or Java is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from chainlight.settings import Settings
from chainlight.trace.batch import KindCodes, flows_arrow, taint_pass
from chainlight.trace.graph import build_graph
from chainlight.trace.mass_balance import flow_hs
from chainlight.trace.products import heading
from tests.helpers.doubles import FakeClassifier, fake_cluster_parties
from tests.trace.test_trace_batch import _random_chain


def _spark_ready() -> bool:
    try:
        import pyspark  # noqa: F401
        import sqlglot  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


pytestmark = [pytest.mark.slow, pytest.mark.skipif(not _spark_ready(), reason="needs pyspark, sqlglot and Java 17")]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from chainlight.engine.spark import SparkEngine

    eng = SparkEngine(master="local[2]")
    yield eng
    eng.close()


def _flows(seed: int) -> Any:
    g = build_graph(_random_chain(seed), [], [], classifier=FakeClassifier(), cluster=fake_cluster_parties)
    codes = KindCodes()
    listed = g.mention_party["shipment:X0000:shipper"]
    kp = {pid for pid, p in g.parties.items() if "릉라도" in p.name}
    # two kinds, so that the kinds' bits are carried apart
    roots = {listed: codes.mask({"dprk"}), **{pid: codes.mask({"xinjiang"}) for pid in kp}}
    return flows_arrow((f.id, f.source, f.target, f.date, f.kg, f.category, heading(flow_hs(f)),
                        roots.get(f.source, 0)) for f in g.flows)


def _taint(eng: Any, flows: Any, settings: Settings) -> tuple[int, dict[str, tuple[float, int, int, tuple[str, ...]]]]:
    eng.table("flows", flows)
    rounds = taint_pass(eng, settings.processing_lag_days, settings.trace_window_days, settings.trace_max_depth)
    rows = eng.rows("SELECT id, share, depth, kinds, unweighed FROM taint")
    return rounds, {r[0]: (float(r[1]), int(r[2]), int(r[3]), tuple(sorted(r[4] or []))) for r in rows}


@pytest.mark.parametrize(("seed", "lag", "depth"), [(1, 3, 6), (3, 10, 2), (4, 1, 12)])
def test_spark_pass_gives_duckdbs_taint_on_random_chains(spark: Any, seed: int, lag: int, depth: int) -> None:
    from chainlight.engine.duck import DuckEngine

    settings = Settings(processing_lag_days=lag, trace_window_days=90, trace_max_depth=depth)
    flows = _flows(seed)
    duck_rounds, duck = _taint(DuckEngine(), flows, settings)
    spark_rounds, got = _taint(spark, flows, settings)
    assert got.keys() == duck.keys() and len(duck) > 10
    for k, (share, d, kinds, unweighed) in duck.items():
        assert got[k][0] == pytest.approx(share, abs=1e-9) and got[k][1:] == (d, kinds, unweighed), k
    assert spark_rounds == duck_rounds
    assert any(u for *_, u in duck.values())  # unweighed tainted inputs are listed on both


def test_spark_pass_on_hashed_party_keys_gives_the_taint_of_the_ids(spark: Any, monkeypatch: Any) -> None:
    """On Spark the pass reads the flows with each party id replaced by its 64-bit hash (`tflows`); with the
    ids themselves (the fallback when two ids share a hash) the taint is the same."""
    import chainlight.trace.batch as batch

    settings = Settings(processing_lag_days=3, trace_window_days=90, trace_max_depth=6)
    flows = _flows(1)
    rounds, hashed = _taint(spark, flows, settings)
    assert spark.spark.table("tflows").schema["source"].dataType.simpleString() == "bigint"
    monkeypatch.setattr(batch, "_keyed_flows", lambda eng: "flows")
    ids_rounds, ids = _taint(spark, flows, settings)
    assert ids_rounds == rounds and ids.keys() == hashed.keys() and len(ids) > 10
    for k, (share, d, kinds, unweighed) in ids.items():
        assert hashed[k][0] == pytest.approx(share, abs=1e-9) and hashed[k][1:] == (d, kinds, unweighed), k
