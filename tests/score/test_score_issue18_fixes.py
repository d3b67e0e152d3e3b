"""Scoring fixes of issue 18, each on both screens where the columnar screen covers the record kind:
a seller of one product whose only tainted inputs are another product; a declared supplier of several
products; parties that resolve to the same listed entity."""

from __future__ import annotations

import pyarrow as pa

from chainlight.classify import Classifier
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.score.batch_screen import BatchScreener, run_batch
from chainlight.score.screen import ScreenInputs, ScreenResult, screen
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import RUNGRADO, claims, entities, goods, priors, run

KP = {"shipper_country": "kp", "shipper_address": "평안북도 신의주시"}


def _gloves_world() -> ScreenInputs:
    """A listed DPRK exporter sells pullovers to a Dandong processor, which sells pullovers to a German shop;
    the shop also sells knitted gloves it never bought from that chain."""
    ships = [
        Shipment("BL-1", "2024-02-01", RUNGRADO, "丹东金源服装有限公司", description="wool pullover sweaters",
                 hs_code="611011", weight_kg=800, **KP),  # type: ignore[arg-type]
        Shipment("BL-2", "2024-03-01", "丹东金源服装有限公司", "Nordwind Strick GmbH", shipper_country="cn",
                 consignee_country="de", description="wool pullover sweaters", hs_code="611011", weight_kg=600),
    ]
    lst = [Listing("L-G", "Knitted wool gloves, touchscreen", "Nordwind Strick GmbH", seller_country="de"),
           Listing("L-P", "Wool pullover sweater, cable knit", "Nordwind Strick GmbH", seller_country="de")]
    return ScreenInputs(entities(), claims(), priors(), goods(), lst, ships, [])


def _row(inp: ScreenInputs, classifier: object) -> ScreenResult:
    return screen(inp, matcher=FakeMatcher(entities()), classifier=classifier, cluster=fake_cluster_parties)


def _batch(inp: ScreenInputs, classifier: object) -> dict[str, tuple[str, str, float]]:
    def table(records: list[object]) -> pa.Table | None:
        rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in records]  # type: ignore[attr-defined]
        return pa.Table.from_pylist(rows) if rows else None

    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods,
                      matcher=FakeMatcher(entities()), classifier=classifier, cluster=fake_cluster_parties)  # type: ignore[arg-type]
    return run_batch(b, table(inp.shipments), table(inp.listings),  # type: ignore[arg-type]
                     suppliers=table(inp.suppliers)).tiers  # type: ignore[arg-type]


def test_gloves_of_a_seller_fed_tainted_pullovers_are_low_with_the_reason_on_both_screens() -> None:
    classifier = Classifier()
    row = _row(_gloves_world(), classifier)
    gloves, pullover = row.finding("L-G"), row.finding("L-P")
    assert pullover is not None and pullover.tier == "high"  # the pullovers themselves are traced
    assert gloves is not None and gloves.tier == "low" and "CAATSA-321" not in gloves.policies
    step = next(s for s in gloves.evidence if "cannot be in these" in s.detail)
    assert "BL-2" in step.detail and "shipment:BL-2" in step.source_ids and "HS 611011" in gloves.summary
    batch = _batch(_gloves_world(), classifier)
    assert batch["listing:L-G"][1] == "low" and batch["listing:L-P"][1] == "high"


def test_a_seller_with_no_tainted_input_at_all_stays_none() -> None:
    inp = _gloves_world()
    inp.shipments = [s for s in inp.shipments if s.shipment_id != "BL-1"]  # the processor's input is gone
    gloves = _row(inp, Classifier()).finding("L-G")
    assert gloves is not None and gloves.tier == "none"


def test_a_supplier_of_lashes_and_glue_is_judged_on_both_products_and_the_lashes_count() -> None:
    ships = [Shipment("BL-1", "2024-03-01", RUNGRADO, "青岛星光睫毛有限公司", description="eyelash strips",
                      weight_kg=500, hs_code="670419", origin_country="kp", **KP)]  # type: ignore[arg-type]
    sup = Supplier("SUP-X", "Qingdao Xingguang Jiemao Co., Ltd.", "cn", "Qingdao", "Velvet Lashes Ltd",
                   products="false eyelashes; lash glue", hs_codes="670419;350691")
    inp = ScreenInputs(entities(), claims(), priors(), goods(), [], ships, [sup])
    result = _row(inp, FakeClassifier())
    f = result.finding("SUP-X")
    batch = _batch(inp, FakeClassifier())  # the columnar screen judges each product too: the same verdict
    assert f is not None and batch["supplier:SUP-X"][1:] == (f.tier, f.score)
    assert f is not None and f.tier == "high" and "CAATSA-321" in f.policies
    judged = next(s for s in f.evidence if "declares 2 products" in s.detail)
    assert "false eyelashes (HS 670419): high" in judged.detail and "(HS 350691): none" in judged.detail
    assert "shipment:BL-1" in {i for s in f.evidence for i in s.source_ids}  # the lashes' traced input


def test_parties_on_the_same_listed_entity_are_one_node() -> None:
    result = run()  # the scenario writes Korea Rungrado in Hangul and in English on different bills
    rungrado = [pid for pid, p in result.graph.parties.items()
                if any("rungrado" in n.lower() or n == RUNGRADO for n in p.names)]
    assert len(rungrado) == 1
    party = result.graph.parties[rungrado[0]]
    assert RUNGRADO in party.names and "Korea Rungrado General Trading Corp." in party.names
    assert {f.id for f in result.graph.outbound[rungrado[0]]} >= {"BL-001", "BL-012", "BL-030"}
    sources = {s for s, _, _, _ in result.flows if "rungrado" in s.lower() or s == RUNGRADO}
    assert len(sources) == 1  # the report's Sankey draws one node for it
    entity_findings = [f for f in result.findings if f.record_type == "entity" and f.record_id in rungrado]
    assert len(entity_findings) == 1 and entity_findings[0].tier == "high"


def test_risk_v2_evidence_is_bounded_and_the_presumption_band_sits_above_high() -> None:
    from chainlight.score.risk_v2 import load_model

    model = load_model()
    assert model.version == "risk_v2" and model.evidence([0.95] * 20) < 1.0
    assert model.evidence([0.9, 0.5]) > model.evidence([0.9]) > model.evidence([0.5, 0.5])
    lo, hi = model.bands["presumption"]
    assert model.bands["high"][1] <= lo and hi < 1.0 and model.bands["high"][0] == model.tiers["high"]


def test_scores_rank_by_mass_balance_share_and_say_how_they_are_made_on_both_screens() -> None:
    import re

    classifier = Classifier()
    inp = _gloves_world()  # the pullover shop buys half of its pullovers from a clean knitter too
    inp.shipments.append(Shipment("BL-3", "2024-02-20", "Dhaka Knit Fabrics Ltd", "Nordwind Strick GmbH",
                                  shipper_country="bd", description="wool pullover sweaters", hs_code="611011",
                                  weight_kg=600))
    inp.listings.append(Listing("L-D", "Wool pullover sweater", "丹东金源服装有限公司", seller_country="cn"))
    row = _row(inp, classifier)
    direct, half, full = (row.finding(i) for i in ("BL-1", "L-P", "L-D"))
    assert direct and half and full and {direct.tier, half.tier, full.tier} == {"high"}
    assert direct.score > full.score > half.score  # listed exporter > all inputs tainted > half of them
    for f in (direct, half, full):
        step = next(s for s in f.evidence if s.kind == "score")
        m = re.search(r"= presumption band ([\d.]+) \+ ([\d.]+) x evidence ([\d.]+)", step.detail)
        assert m and abs(float(m[1]) + float(m[2]) * step.confidence - f.score) < 1e-3, step.detail
    assert "mass-balance share 0.50" in next(s for s in half.evidence if s.kind == "score").detail
    batch = _batch(inp, classifier)
    for f in (direct, half, full):
        key = f"{f.record_type}:{f.record_id}"
        assert batch[key][1] == f.tier and abs(batch[key][2] - f.score) < 1e-9, key



def test_a_shipper_declaring_china_from_an_address_in_sinuiju_is_matched_as_north_korean() -> None:
    """The demo's S003: DAESONG GENERAL TRADING CORPORATION ships from Sinuiju but declares CN (re-labelling).
    Its names go to the list matcher with North Korea as their country, so the KP-listed body is not discounted
    as a firm of another country, and both screens make it one node with the body's Hangul name."""
    from chainlight.resolve.types import Match, Query
    from chainlight.score.signals import own_countries, query_country
    from chainlight.trace.graph import Party

    sinuiju = Party("p")
    sinuiju.names["DAESONG GENERAL TRADING CORPORATION"] += 1
    sinuiju.countries["cn"] += 1
    sinuiju.addresses.append("Sinuiju, North Pyongan")
    dandong = Party("q")
    dandong.names["丹东金源服装有限公司"] += 1
    dandong.countries["cn"] += 1
    dandong.addresses.append("辽宁省丹东市振兴区")
    assert own_countries(sinuiju) == {"cn", "kp"} and query_country(sinuiju) == "kp"
    assert own_countries(dandong) == {"cn"} and query_country(dandong) == "cn"

    asked: list[Query] = []

    class Recording(FakeMatcher):
        def match(self, query: Query, limit: int = 5) -> list[Match]:
            asked.append(query)
            return super().match(query, limit)

    ships = [Shipment("BL-1", "2024-02-01", "Korea Rungrado General Trading Corp.", "丹东金源服装有限公司",
                      description="wool pullover sweaters", hs_code="611011", weight_kg=800,
                      shipper_country="cn", shipper_address="평안북도 신의주시", consignee_country="cn")]
    inp = ScreenInputs(entities(), claims(), priors(), goods(), [], ships, [])
    screen(inp, matcher=Recording(entities()), classifier=Classifier(), cluster=fake_cluster_parties)
    assert {q.country for q in asked if "Rungrado" in q.name} == {"kp"}
    assert {q.country for q in asked if "丹东" in q.name} == {"cn"}
