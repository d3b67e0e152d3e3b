"""The columnar screen (score/batch_screen.py) gives every shipment and listing the tier `screen` gives it:
on the score scenario (Hangul, Chinese, pinyin; the traps of issue 5), on the benchmark world with the real
resolver, classifier and matcher, and on the bundled demo - suppliers (each declared product judged, the worst
counting), declared links, party findings and priors more than one hop upstream included: the same tiers and
scores."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chainlight.score.batch_screen import BatchResult, BatchScreener, run_batch
from chainlight.score.screen import (
    ScreenInputs,
    default_classifier,
    default_cluster,
    default_matcher,
    screen,
)
from chainlight.settings import get_settings
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


def _table(records: list[object]) -> pa.Table | None:
    rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in records]  # type: ignore[attr-defined]
    return pa.Table.from_pylist(rows) if rows else None


def _batch(inp: ScreenInputs, doubles: bool, out: Path | None = None, parquet: Path | None = None) -> BatchResult:
    if doubles:
        kw = {"matcher": FakeMatcher(entities()), "classifier": FakeClassifier(), "cluster": fake_cluster_parties}
    else:
        kw = {"matcher": default_matcher(inp.entities, get_settings()), "classifier": default_classifier(),
              "cluster": default_cluster()}
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods, **kw)
    ships = _table(inp.shipments)
    if parquet is not None and ships is not None:
        pq.write_table(ships, parquet)
        return run_batch(b, parquet, _table(inp.listings), out, suppliers=_table(inp.suppliers))
    return run_batch(b, ships, _table(inp.listings), out, suppliers=_table(inp.suppliers))


def _tiers_agree(inp: ScreenInputs, doubles: bool, **kw: Path) -> BatchResult:
    """Every listing, shipment, supplier and party finding: the same tier and score on both screens."""
    extra = {"matcher": FakeMatcher(entities()), "classifier": FakeClassifier(),
             "cluster": fake_cluster_parties} if doubles else {}
    expected = {f"{f.record_type}:{f.record_id}": (f.tier, round(f.score, 4))
                for f in screen(inp, **extra).findings}  # type: ignore[arg-type]
    got = _batch(inp, doubles, **kw)
    assert {k: (v[1], round(v[2], 4)) for k, v in got.tiers.items()} == expected
    return got


def test_same_tiers_as_screen_on_the_score_scenario(tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    got = _tiers_agree(inputs(), True, out=out, parquet=tmp_path / "shipments.parquet")
    assert got.counts["high"] >= 5 and got.counts["none"] >= 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == len(got.tiers)  # every record once: clean ones as compact rows, the rest with evidence
    clean = [r for r in rows if r["tier"] == "none"]
    assert clean and all(r["summary"] == "no signal" and r["evidence"] == "[]" for r in clean)
    high = [f for f in got.findings if f.tier == "high"]
    assert high and all(f.evidence and f.policies for f in high)  # the chain names its policy (CAATSA)


def test_same_tiers_as_screen_on_the_benchmark_world() -> None:
    from benchmarks.trace.scenario import generate

    inp, _ = generate(1500, 2)
    got = _tiers_agree(inp, False)
    assert got.counts["high"] > 10 and got.counts["low"] > 100  # tainted chains, and upstream-clean goods


def test_same_tiers_as_screen_on_the_demo(tmp_path: Path) -> None:
    from chainlight.demo import demo_dir, run_demo
    from chainlight.settings import Settings
    from chainlight.store import Store

    store = Store(tmp_path / "demo.duckdb")
    run_demo(store, Settings(db_path=tmp_path / "demo.duckdb"), lambda *_: None, lambda *_: None)
    assert demo_dir().is_dir()
    inp = ScreenInputs(entities=store.entities(), claims=store.claims(), priors=store.priors(), goods=store.goods(),
                       listings=store.records("listings"), shipments=store.records("shipments"),
                       suppliers=store.records("suppliers"))
    assert inp.suppliers
    got = _tiers_agree(inp, False)
    assert got.counts.get("high", 0) >= 1
    kinds = {k.split(":", 1)[0] for k in got.tiers}
    assert kinds == {"listing", "shipment", "supplier", "entity"}
    # SUP01 declares false eyelashes and lash glue (670419;350691): judged on each, the worst counts
    assert got.tiers["supplier:SUP01"][1] != "none"


def test_records_without_columns_or_parties_are_screened_not_dropped() -> None:
    b = BatchScreener(entities=entities(), claims=[], priors=[], goods=[], matcher=FakeMatcher(entities()),
                      classifier=FakeClassifier(), cluster=fake_cluster_parties)
    ships = pa.table({"shipment_id": ["S1", "S2"], "date": ["2024-03-01", "not a date"],
                      "shipper_name": ["조선릉라도무역총회사", "平度美丽睫毛有限公司"],
                      "consignee_name": ["平度美丽睫毛有限公司", "Glam Lash LLC"],
                      "description": ["eyelash strips", "false eyelashes"], "origin_country": ["KP", "CN"]})
    got = run_batch(b, ships, None)
    assert {k for k in got.tiers if not k.startswith("entity:")} == {"shipment:S1", "shipment:S2"}
    assert got.tiers["shipment:S1"][1] == "high"  # declared North Korean origin


def test_priors_walked_down_from_their_holders_or_up_from_the_records_give_the_same_tiers(tmp_path: Path) -> None:
    """`prior_up` is walked from the smaller end (score/batch_screen._prior_reach): down from the parties
    holding a prior or up from the parties asked about.  On the demo (priors on Pingdu lash factories, carried
    to the traders and sellers downstream) both directions give the row screen's tiers and the same priors."""
    from chainlight.demo import run_demo
    from chainlight.settings import Settings
    from chainlight.store import Store

    store = Store(tmp_path / "demo.duckdb")
    run_demo(store, Settings(db_path=tmp_path / "demo.duckdb"), lambda *_: None, lambda *_: None)
    inp = ScreenInputs(entities=store.entities(), claims=store.claims(), priors=store.priors(), goods=store.goods(),
                       listings=store.records("listings"), shipments=store.records("shipments"),
                       suppliers=store.records("suppliers"))
    expected = {f"{f.record_type}:{f.record_id}": (f.tier, round(f.score, 4)) for f in screen(inp).findings}
    stages = {"matcher": default_matcher(inp.entities, get_settings()), "classifier": default_classifier(),
              "cluster": default_cluster()}
    prior_up = {}
    for walk in ("down", "up"):
        b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods, **stages)
        b.prior_walk = walk
        got = run_batch(b, _table(inp.shipments), _table(inp.listings), suppliers=_table(inp.suppliers))
        assert {k: (v[1], round(v[2], 4)) for k, v in got.tiers.items()} == expected
        prior_up[walk] = sorted(b.eng.rows("SELECT pid, cat, head, sig FROM prior_up"))
        # priors of a party upstream, carried to the parties it feeds
        assert b.eng.rows("SELECT count(*) FROM prior_up p JOIN flows_prior h ON h.sig = p.sig "
                          "AND h.pid <> p.pid")[0][0] > 0
    assert prior_up["down"] == prior_up["up"]


def test_parties_are_integer_keys_in_sql_in_the_order_of_their_ids() -> None:
    from chainlight.score.batch_screen import tainted_flows

    inp = inputs()
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                      matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
    got = run_batch(b, _table(inp.shipments), _table(inp.listings), suppliers=_table(inp.suppliers))
    keys = b.eng.rows("SELECT DISTINCT m.pid, n.party FROM mention_party m JOIN party_id n USING (pid) ORDER BY m.pid")
    assert keys and all(isinstance(k, int) for k, _ in keys)
    assert [p for _, p in keys] == sorted(p for _, p in keys)  # an ORDER BY key is the order by id
    assert all(b.party_ids[k] == p for k, p in keys)
    # entity rows are named by the party id, never by the key
    entity = [k.split(":", 1)[1] for k in got.tiers if k.startswith("entity:")]
    assert entity and set(entity) <= set(b.party_ids)
    names = {n for p in b.parties.values() for n in p.names}
    flows = tainted_flows(b)
    assert flows and all(a in names and c in names for a, c, _, _ in flows)


def test_the_clusterings_analyses_handed_to_the_matcher_give_the_same_findings(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Names analysed uncached in forked workers (as above 100,000 names) answer the matcher's render_name during
    the screen (rendering.kept_analyses): findings.csv has the bytes of a screen whose matcher analyses again."""
    from benchmarks.trace.scenario import generate

    from chainlight.resolve import parties, rendering

    inp, _ = generate(1500, 2)
    monkeypatch.setattr(parties, "CACHED_NAMES", 50)
    monkeypatch.setattr(parties, "ANALYSE_PARALLEL_FROM", 50)
    handed: list[int] = []
    real = rendering.hand_over
    monkeypatch.setattr(parties, "hand_over", lambda names, analyses: (handed.append(len(names)),
                                                                       real(names, analyses)))
    _batch(inp, False, out=tmp_path / "handed.csv")
    # handed over a chunk at a time as the workers return them, and dropped after matching
    assert len(handed) > 1 and sum(handed) > 50 and not rendering._HANDED
    monkeypatch.setattr(parties, "hand_over", lambda names, analyses: None)
    rendering.render_name.cache_clear()
    _batch(inp, False, out=tmp_path / "again.csv")
    assert (tmp_path / "handed.csv").read_bytes() == (tmp_path / "again.csv").read_bytes()


def test_records_find_their_mentions_and_classes_by_key_as_by_the_strings(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Records join the distinct (name, country) mentions and (text, code) classes by a 63-bit key computed
    where they are read; where two distinct rows share a key the joins fall back to the strings.  Both give
    the same record tables and the same findings.csv."""
    import chainlight.score.batch_screen as bs

    inp = inputs()
    tables = ("srec", "lrec", "sup_rec", "dlink")
    got: dict[bool, tuple[dict[str, list[tuple[object, ...]]], str]] = {}
    for keyed in (True, False):
        if not keyed:  # every key the same: no key stands for one row, so the strings are joined
            monkeypatch.setattr(bs, "_key", lambda dialect, *values: "CAST(0 AS BIGINT)")
        b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                          matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
        out = tmp_path / f"{keyed}.csv"
        run_batch(b, _table(inp.shipments), _table(inp.listings), out, suppliers=_table(inp.suppliers))
        assert b.name_keys is keyed and b.text_keys is keyed
        rows = {t: sorted(b.eng.rows(f"SELECT * FROM {t}"), key=repr) for t in tables}
        assert all(rows.values())  # shipments, listings, supplier products and declared links all present
        got[keyed] = rows, out.read_text(encoding="utf-8")
    assert got[True] == got[False]
    # shipments' parties and classes came through the keys (id, day, kg, source, target, cat, ...)
    assert any(r[3] is not None and r[4] is not None and r[5] is not None for r in got[True][0]["srec"])
