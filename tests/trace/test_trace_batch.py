"""The DuckDB pass (trace/batch.py) gives exactly the taint of the in-memory pass, and `screen` the same
findings either way: on the score scenario (Hangul, Chinese, pinyin; every trap of issue 5) and on
generated chains with long hops, unweighed inputs and lag 0."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from chainlight.model.records import Shipment
from chainlight.score.screen import ScreenResult, screen
from chainlight.settings import Settings
from chainlight.trace.graph import build_graph
from chainlight.trace.mass_balance import Root, TaintIndex
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


def _screen(batch: bool) -> ScreenResult:
    return screen(inputs(), matcher=FakeMatcher(entities()), classifier=FakeClassifier(),
                  cluster=fake_cluster_parties, batch=batch)


def _same(a: TaintIndex, b: TaintIndex) -> None:
    assert a.flows.keys() == b.flows.keys()
    tainted_a = {k for k, t in a.flows.items() if t.tainted}
    assert tainted_a == {k for k, t in b.flows.items() if t.tainted}
    for k in tainted_a:
        x, y = a.flows[k], b.flows[k]
        assert x.share == pytest.approx(y.share, abs=1e-9) and x.depth == y.depth, k
        assert x.kinds == y.kinds and x.unweighed == y.unweighed, k


def test_screen_gives_the_same_findings_on_the_batch_path() -> None:
    memory, batch = _screen(False), _screen(True)
    _same(memory.screener.index, batch.screener.index)  # type: ignore[union-attr]
    assert [(f.record_id, f.tier, f.score, f.summary) for f in memory.findings] == \
        [(f.record_id, f.tier, f.score, f.summary) for f in batch.findings]
    assert any(t.tainted for t in batch.screener.index.flows.values())  # type: ignore[union-attr]


def _random_chain(seed: int) -> list[Shipment]:
    """Traders and processors passing lash strips (and some glue) around, some unweighed, some same-day."""
    rng = random.Random(seed)
    parties = [f"平度{c}睫毛有限公司" for c in "美丽华鑫瑞达福源康泰"] + ["조선릉라도무역총회사", "Golden Bridge (HK) Ltd"]
    out = []
    for i in range(400):
        src, dst = rng.sample(parties, 2)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(200))
        desc = rng.choice(["eyelash strips", "false eyelashes", "lash glue"])
        kg = None if rng.random() < 0.05 else float(rng.randrange(1, 500))
        out.append(Shipment(f"X{i:04d}", day.isoformat(), src, dst, description=desc, weight_kg=kg))
    return out


@pytest.mark.parametrize(("seed", "lag", "depth"), [(1, 3, 6), (2, 0, 6), (3, 10, 2), (4, 1, 12)])
def test_sql_pass_equals_the_in_memory_pass_on_random_chains(seed: int, lag: int, depth: int) -> None:
    g = build_graph(_random_chain(seed), [], [], classifier=FakeClassifier(), cluster=fake_cluster_parties)
    roots = {g.mention_party["shipment:X0000:shipper"]: Root(frozenset({"dprk"}), "listed")}
    roots.update({pid: Root(frozenset({"dprk"}), "KP") for pid, p in g.parties.items() if "릉라도" in p.name})
    settings = Settings(processing_lag_days=lag, trace_window_days=90, trace_max_depth=depth)
    memory = TaintIndex(g, settings).run(roots, {})
    batch = TaintIndex(g, settings).run(roots, {}, batch=True)
    _same(memory, batch)
    assert sum(t.tainted for t in batch.flows.values()) > 10  # the chains do carry taint several hops
