"""The screen on a realistic scenario: every trap of issue 5, with Hangul and Chinese names."""

from __future__ import annotations

import pytest

from chainlight.score.screen import ScreenResult
from tests.helpers.scenario import listings, run, shipments, suppliers


def tier(result: ScreenResult, rid: str) -> str:
    f = result.finding(rid)
    assert f is not None, rid
    return f.tier


def test_lash_listing_traced_to_listed_dprk_trader_is_high_under_caatsa(result: ScreenResult) -> None:
    f = result.finding("L-1")
    assert f is not None and f.tier == "high" and f.score >= 0.9
    assert "CAATSA-321" in f.policies and "EU-FLR-2024/3015" in f.policies
    kinds = [s.kind for s in f.evidence]
    assert kinds[0] == "classification" and {"shipment", "mass_balance", "list_entry", "claim", "policy"} <= set(kinds)
    ids = {i for s in f.evidence for i in s.source_ids}
    assert {"shipment:BL-001", "shipment:BL-003", "ofac:19613", "evidence:dailynk-kaechon-1"} <= ids
    balance = next(s for s in f.evidence if s.kind == "mass_balance" and "平度美睫" in s.detail)
    assert "1,200 kg" in balance.detail and "800 kg (66.7%)" in balance.detail
    assert any(s.source_url and "dailynk.com" in s.source_url for s in f.evidence)  # Kaechon claim reaches chain


def test_mascara_and_glue_from_the_tainted_processor_are_not_carried_but_low(result: ScreenResult) -> None:
    # Not made from the North Korean strips (no traced taint, no policy), but bought from a processor that
    # buys directly from the listed trader: low, not none (rule root_counterparty).
    for rid in ("L-2", "BL-004", "BL-005"):
        f = result.finding(rid)
        assert f is not None and f.tier == "low" and not f.policies, rid
        assert not any(s.kind == "shipment" and "tainted" in s.detail for s in f.evidence)
        assert any("buys directly from" in s.detail for s in f.evidence)


def test_dprk_input_arriving_after_every_sale_does_not_taint_the_earlier_buyer(result: ScreenResult) -> None:
    f = result.finding("L-3")  # visible, time-broken upstream: low, and the evidence says so
    assert f is not None and f.tier == "low" and not f.policies
    assert any(s.kind == "signal" and "visible input shipment(s)" in s.detail for s in f.evidence)
    assert tier(result, "BL-011") != "high"
    assert tier(result, "L-4") == "high"  # the buyer served after the input arrived


def test_pingdu_processor_with_only_indonesian_inputs_is_not_flagged_by_the_prior(result: ScreenResult) -> None:
    assert tier(result, "L-5") in ("none", "low")
    f = result.finding("BL-021")
    assert f is not None and not any(s.kind == "prior" for s in f.evidence)


def test_two_hops_through_hong_kong_trader_reach_the_wig_listing(result: ScreenResult) -> None:
    f = result.finding("L-6")
    assert f is not None and f.tier == "high"
    shipped = {i for s in f.evidence if s.kind == "shipment" for i in s.source_ids}
    assert {"shipment:BL-030", "shipment:BL-031", "shipment:BL-032"} <= shipped
    assert "UFLPA" in f.policies  # the Xinjiang wig maker also supplies this seller


def test_south_korean_supplier_named_like_a_listed_bank_is_not_high(result: ScreenResult) -> None:
    f = result.finding("SUP-1")
    assert f is not None and f.tier != "high" and "CAATSA-321" not in f.policies
    assert any("discounted" in s.detail for s in f.evidence)


def test_declared_supplier_without_shipments_gets_prior_not_proof(result: ScreenResult) -> None:
    f = result.finding("SUP-2")
    assert f is not None and f.tier == "elevated" and f.score <= 0.69
    assert any(s.kind == "prior" and "not proof" in s.detail for s in f.evidence)
    assert any("appears in no shipment" in s.detail for s in f.evidence)


def test_relabelled_dprk_shipment_and_xinjiang_shipment(result: ScreenResult) -> None:
    f = result.finding("BL-001")
    assert f is not None and f.tier == "high" and any("re-labelled" in s.detail for s in f.evidence)
    x = result.finding("BL-040")
    assert x is not None and x.tier == "high" and {"UFLPA", "19USC1307"} <= set(x.policies)


def test_bad_input_is_counted_with_reasons_never_dropped(result: ScreenResult) -> None:
    reasons = " | ".join(result.skipped)
    for word in ("missing or invalid date", "negative quantity", "missing weight", "unknown HS code", "cycle",
                 "seller matches no party"):
        assert word in reasons, word
    assert all(n >= 1 for n in result.skipped.values())
    records = {f.record_id for f in result.findings}
    assert {"BL-090", "BL-091", "BL-092", "BL-093", "L-7"} <= records  # still screened on their own data
    assert any(p.line is None and "BL-090" in p.message for p in result.details)


def test_party_findings_and_sankey_flows(result: ScreenResult) -> None:
    parties = [f for f in result.findings if f.record_type == "entity"]
    assert any("平度美睫" in f.summary and f.tier == "high" for f in parties)
    flows = {(s, t) for s, t, _, _ in result.flows}
    assert ("조선릉라도무역총회사", "平度美睫有限公司") in flows
    assert all(kg >= 0 for *_, kg in result.flows)


@pytest.mark.parametrize("subset", ["listings", "shipments", "suppliers"])
def test_any_subset_of_inputs_screens(subset: str) -> None:
    empty: dict[str, object] = {"listings": [], "shipments": [], "suppliers": []}
    empty[subset] = {"listings": listings, "shipments": shipments, "suppliers": suppliers}[subset]()
    result = run(**empty)
    kinds = {f.record_type for f in result.findings} - {"entity"}
    assert kinds == {subset[:-1]}


def test_listings_alone_use_seller_place_priors_and_list_hits() -> None:
    result = run(shipments=[], suppliers=[])
    f = result.finding("L-8")  # the Pingdu processor selling directly: prior, no visible inputs
    assert f is not None and f.tier == "elevated" and any(s.kind == "prior" for s in f.evidence)
    assert result.skipped  # sellers that match nothing are counted


def test_goods_loaded_at_a_dprk_port_are_tainted_whoever_ships_them() -> None:
    from chainlight.model.records import Listing, Shipment

    extra = [Shipment("BL-P1", "2024-01-05", "Dandong Hengtai Trading Co., Ltd.", "Sunny Lashes GmbH",
                      description="semi-finished eyelash strips", weight_kg=300, shipper_country="cn",
                      origin_country="cn", port_of_lading="남포항 (Nampo)"),
             Shipment("BL-P2", "2024-02-05", "Sunny Lashes GmbH", "Lash Outlet Ltd", description="false eyelashes",
                      weight_kg=100, shipper_country="de")]
    result = run(shipments=shipments() + extra,
                 listings=[Listing("L-P", "false eyelashes", "Lash Outlet Ltd"),
                           Listing("L-S", "mink lashes", "Some Seller", ships_from="KP")])
    f = result.finding("BL-P1")
    assert f is not None and f.tier == "high" and any("loaded at Nampo" in s.detail for s in f.evidence)
    assert tier(result, "BL-P2") == "high" and tier(result, "L-P") == "high"
    s = result.finding("L-S")
    assert s is not None and s.tier == "high" and "CAATSA-321" in s.policies


def test_listing_mass_balance_speaks_of_the_sellers_stock(result: ScreenResult) -> None:
    f = result.finding("L-1")
    assert f is not None
    first = next(s for s in f.evidence if s.kind == "mass_balance")
    assert "Lash Lane LLC" in first.detail and "the false eyelashes it sells from this stock" in first.detail
    assert first.confidence == pytest.approx(400 / 600, abs=1e-3)


def test_listed_dprk_trader_party_finding_carries_the_camp_claim(result: ScreenResult) -> None:
    f = next(f for f in result.findings if f.record_type == "entity" and "조선릉라도무역총회사" in f.summary)
    assert f.tier == "high" and "CAATSA-321" in f.policies
    assert any(s.kind == "claim" and "Kaechon" in s.detail for s in f.evidence)
    assert any(s.kind == "list_entry" and s.source_ids == ["ofac:19613"] for s in f.evidence)


def test_south_korean_party_against_a_countryless_dprk_entry_is_discounted() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.model.records import Supplier
    from tests.helpers.scenario import entities

    hana = Entity("ofac-99999", "Company", "ofac-sdn", "99999", [Name("HANA BEAUTY CORPORATION")], [],
                  programs=["DPRK3"])
    result = run(entities=[*entities(), hana], suppliers=[Supplier("SUP-H", "Hana Beauty Corp.", "kr",
                                                                   "서울특별시 강남구", products="false eyelashes")])
    f = result.finding("SUP-H")
    assert f is not None and f.tier != "high" and "CAATSA-321" not in f.policies
    assert any("South Korea" in s.detail for s in f.evidence)
