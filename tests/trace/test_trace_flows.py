"""Supply graph, mass balance and upstream trace on small hand-made chains (Chinese, Hangul, pinyin names)."""

from __future__ import annotations

from datetime import date

import pytest

from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.settings import Settings
from chainlight.trace.graph import SupplyGraph, build_graph, party_cycles
from chainlight.trace.mass_balance import Root, TaintIndex
from chainlight.trace.products import carried, feeds, inputs_for
from chainlight.trace.upstream import Tracer
from tests.helpers.doubles import FakeClassifier, fake_cluster_parties

DPRK = Root(frozenset({"dprk"}), "sits in North Korea")


def ship(sid: str, day: str, src: str, dst: str, desc: str = "eyelash strips", kg: float | None = 100.0) -> Shipment:
    return Shipment(sid, day, src, dst, description=desc, weight_kg=kg, origin=f"bl.csv:{sid[-1]}")


def graph(shipments: list[Shipment], suppliers: list[Supplier] | None = None,
          listings: list[Listing] | None = None) -> SupplyGraph:
    return build_graph(shipments, suppliers or [], listings or [], classifier=FakeClassifier(),
                       cluster=fake_cluster_parties)


def index(g: SupplyGraph, roots: dict[str, Root], **kw: int) -> TaintIndex:
    return TaintIndex(g, Settings(**kw)).run(roots, {})  # type: ignore[arg-type]


def test_product_compatibility_is_data() -> None:
    assert feeds("false_eyelashes", "false_eyelashes") and feeds("human_hair", "wigs")
    assert not feeds("other", "false_eyelashes") and not carried("unknown")
    assert "human_hair" in inputs_for("false_eyelashes")


def test_chinese_and_pinyin_spellings_are_one_party_and_sellers_link_by_resolution() -> None:
    g = graph([ship("A1", "2024-01-01", "조선릉라도무역총회사", "平度美睫有限公司"),
               ship("A2", "2024-02-01", "Pingdu Meijie Co., Ltd.", "Lash Lane LLC", "false eyelashes")],
              listings=[Listing("L1", "mink lashes", "LASH LANE, LLC")])
    processor = g.mention_party["shipment:A1:consignee"]
    assert g.mention_party["shipment:A2:shipper"] == processor
    assert g.mention_party["listing:L1:seller"] == g.mention_party["shipment:A2:consignee"]
    assert g.parties[processor].names["平度美睫有限公司"] == 1 and len(g.flows) == 2


def test_mass_balance_bounds_share_and_respects_lag_and_window() -> None:
    g = graph([ship("M1", "2024-01-01", "Korea Sobaeksu", "Proc", kg=800),
               ship("M2", "2024-01-02", "PT Indah", "Proc", kg=400),
               ship("M3", "2024-01-03", "Proc", "Buyer", "false eyelashes", 600),  # inside the 3-day lag
               ship("M4", "2024-01-10", "Proc", "Buyer", "false eyelashes", 600),
               ship("M5", "2025-06-01", "Proc", "Buyer", "false eyelashes", 600)])  # after the 365-day window
    src = g.mention_party["shipment:M1:shipper"]
    idx = index(g, {src: DPRK})
    assert idx.flows["M3"].share == 0.0
    assert idx.flows["M4"].share == pytest.approx(800 / 1200)
    assert idx.flows["M5"].share == 0.0
    mb = idx.flow_balance(g.flow_by_id["M4"])
    assert "of 1,200 kg" in mb.detail() and "800 kg (66.7%)" in mb.detail()
    assert (mb.start, mb.end) == (date(2023, 1, 10), date(2024, 1, 7))
    assert "up to 66.7% of shipment M4" in mb.detail()


def test_shares_carry_downstream_multi_hop_and_depth_bound() -> None:
    chain = [ship(f"H{i}", f"2024-0{i + 1}-01", f"Party {i}", f"Party {i + 1}") for i in range(5)]
    g = graph(chain)
    root = {g.mention_party["shipment:H0:shipper"]: DPRK}
    assert all(index(g, root).flows[f"H{i}"].share == 1.0 for i in range(5))
    bounded = index(g, root, trace_max_depth=2)
    assert bounded.flows["H2"].tainted and not bounded.flows["H3"].tainted


def test_glue_from_the_same_factory_is_not_carried() -> None:
    g = graph([ship("G1", "2024-01-01", "DPRK Co", "Proc", "lash glue", 100),
               ship("G2", "2024-02-01", "Proc", "Buyer", "false eyelashes", 50)])
    idx = index(g, {g.mention_party["shipment:G1:shipper"]: DPRK})
    assert not idx.flows["G2"].tainted


def test_unweighed_tainted_input_is_present_but_not_weighed() -> None:
    g = graph([ship("U1", "2024-01-01", "DPRK Co", "Proc", kg=None),
               ship("U2", "2024-02-01", "Proc", "Buyer", "false eyelashes", 50)])
    idx = index(g, {g.mention_party["shipment:U1:shipper"]: DPRK})
    assert idx.flows["U2"].tainted and idx.flows["U2"].unweighed == ("U1",) and idx.flows["U2"].share == 0.0
    assert g.skipped["shipment: missing weight (traced, left out of mass balance)"] == 1


def test_cycles_are_counted_and_cut_in_the_trace() -> None:
    g = graph([ship("C1", "2024-01-01", "DPRK Co", "Trader A"),
               ship("C2", "2024-01-10", "Trader A", "Trader B"),
               ship("C3", "2024-01-20", "Trader B", "Trader A"),
               ship("C4", "2024-02-01", "Trader A", "Buyer", "false eyelashes")])
    assert len(party_cycles(g)) == 1 and any("cycle" in r for r in g.skipped)
    root = {g.mention_party["shipment:C1:shipper"]: DPRK}
    idx = index(g, root)
    tracer = Tracer(idx, root, {}, all_inputs=True)
    trace = tracer.from_flow(g.flow_by_id["C4"])
    assert trace.cycles >= 1
    assert any(h.root is not None for h in trace.walk())


def test_time_order_a_late_input_never_reaches_an_earlier_output() -> None:
    g = graph([ship("T1", "2024-01-01", "Proc", "Buyer", "false eyelashes"),
               ship("T2", "2024-03-01", "DPRK Co", "Proc")])
    root = {g.mention_party["shipment:T2:shipper"]: DPRK}
    tracer = Tracer(index(g, root), root, {})
    assert tracer.from_party(g.mention_party["shipment:T1:consignee"], "false_eyelashes").tainted_hops() == []


def test_bad_records_are_counted_with_file_line_field() -> None:
    g = graph([ship("B1", "not a date", "X", "Y"), ship("B2", "2024-01-01", "X", "Y", kg=-3),
               ship("B3", "2024-01-01", "Same Co Ltd", "SAME CO., LIMITED")])
    assert len(g.flows) == 0 and sum(g.skipped.values()) == 3
    assert {(p.path, p.field) for p in g.problems} == {("bl.csv", "date"), ("bl.csv", "weight_kg"),
                                                        ("bl.csv", "consignee_name")}
