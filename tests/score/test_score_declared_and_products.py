"""Rule declared_link_undated, the HS-heading product rule, and the hub-prior floor, on small records."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.score.batch_screen import BatchScreener, run_batch
from chainlight.score.screen import ScreenInputs, ScreenResult, screen
from chainlight.trace.products import compatible, hs_feeds
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import RUNGRADO, claims, entities, goods, priors

KP = {"shipper_country": "kp", "shipper_address": "평안북도 신의주시"}


def _run(shipments: list[Shipment], suppliers: list[Supplier], listings: list[Listing]) -> ScreenResult:
    """The row screen's result, checked against the columnar screen's: every finding (listing, shipment,
    supplier, party) at the same tier and score."""
    inputs = ScreenInputs(entities(), claims(), priors(), goods(), listings, shipments, suppliers)
    result = screen(inputs, matcher=FakeMatcher(entities()), classifier=FakeClassifier(),
                    cluster=fake_cluster_parties)
    b = BatchScreener(entities=inputs.entities, claims=inputs.claims, priors=inputs.priors, goods=inputs.goods,
                      matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)
    got = run_batch(b, _table(shipments), _table(listings), suppliers=_table(suppliers))
    assert {k: (v[1], round(v[2], 4)) for k, v in got.tiers.items()} == {
        f"{f.record_type}:{f.record_id}": (f.tier, round(f.score, 4)) for f in result.findings}
    return result


def _table(records: Sequence[Shipment | Supplier | Listing]) -> pa.Table | None:
    rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in records]
    return pa.Table.from_pylist(rows) if rows else None


def test_hs_heading_rule_keeps_finished_goods_apart_and_lets_semi_finished_inputs_in() -> None:
    assert not hs_feeds("611030", "610910")  # a pullover does not become a T-shirt
    assert hs_feeds("611030", "611011") and hs_feeds("520512", "610910")  # same heading; cotton yarn into 61
    assert hs_feeds("050100", "670420") and hs_feeds("670300", "670419")  # raw and worked hair into 6704
    assert not hs_feeds("330420", "670419") and hs_feeds(None, "670419")  # no code: the category decides
    assert compatible("human_hair", "050100", "wigs", "670420")
    assert not compatible("other", "350691", "false_eyelashes", "670419")


def _tainted_processor() -> list[Shipment]:
    return [Shipment("BL-1", "2024-03-01", RUNGRADO, "青岛星光睫毛有限公司", description="eyelash strips",
                     weight_kg=500, hs_code="670419", origin_country="kp", **KP)]  # type: ignore[arg-type]


def test_undated_declared_supplier_with_tainted_inputs_asks_for_evidence_but_proves_nothing() -> None:
    result = _run(_tainted_processor(),
                  [Supplier("SUP-X", "Qingdao Xingguang Jiemao Co., Ltd.", "cn", "Qingdao", "Velvet Lashes Ltd",
                            products="false eyelashes", hs_codes="670419")],
                  [Listing("L-X", "Volume false eyelashes 10 pairs", "Velvet Lashes Ltd", seller_country="gb")])
    f = result.finding("L-X")
    assert f is not None and f.tier == "elevated" and f.score <= 0.69 and "CAATSA-321" not in f.policies
    step = next(s for s in f.evidence if "declared_link_undated" in s.detail)
    assert "BL-1" in step.detail and "not proof" in step.detail and "supplier:SUP-X" in step.source_ids


def test_declared_supplier_rebutted_by_dated_shipments_that_left_before_the_taint_is_low() -> None:
    early = Shipment("BL-0", "2024-01-10", "Qingdao Xingguang Jiemao Co Ltd", "Velvet Lashes Ltd",
                     description="false eyelashes", weight_kg=80, hs_code="670419")
    result = _run([early, *_tainted_processor()],
                  [Supplier("SUP-X", "青岛星光睫毛有限公司", "cn", "Qingdao", "Velvet Lashes Ltd",
                            products="false eyelashes", hs_codes="670419")],
                  [Listing("L-X", "Volume false eyelashes 10 pairs", "Velvet Lashes Ltd", seller_country="gb")])
    f = result.finding("L-X")
    assert f is not None and f.tier == "low"
    step = next(s for s in f.evidence if "declared_link_undated" in s.detail)
    assert "BL-0" in step.detail and "all left before it arrived" in step.detail


def test_a_root_as_declared_supplier_is_still_proof() -> None:
    result = _run([], [Supplier("SUP-K", RUNGRADO, "kp", "평양", "Velvet Lashes Ltd", products="eyelash strips")],
                  [Listing("L-X", "Volume false eyelashes 10 pairs", "Velvet Lashes Ltd", seller_country="gb")])
    f = result.finding("L-X")
    assert f is not None and f.tier == "high" and "CAATSA-321" in f.policies


def test_an_applying_hub_prior_puts_a_listing_at_least_at_elevated() -> None:
    result = _run([], [], [Listing("L-P", "假睫毛 10对装", "平度丽人睫毛厂", seller_address="山东省平度市大泽山镇")])
    f = result.finding("L-P")
    assert f is not None and f.tier == "elevated" and f.score >= 0.4
    assert any(s.kind == "prior" and "%" in s.detail for s in f.evidence)


def test_a_prior_two_legs_upstream_stands_in_for_the_invisible_inputs_there() -> None:
    """Pingdu lash factory (no visible inputs; the Pingdu prior) -> Hong Kong trader -> US importer: the
    importer's listing and shipments carry the prior of the factory two legs up, on both screens."""
    ships = [Shipment("BL-A", "2024-02-01", "平度丽人睫毛厂", "Golden Bridge Trading (HK) Ltd",
                      description="eyelash strips", weight_kg=300, hs_code="670419",
                      shipper_address="山东省平度市大泽山镇", shipper_country="cn"),  # type: ignore[arg-type]
             Shipment("BL-B", "2024-03-01", "Golden Bridge Trading (HK) Ltd", "Velvet Lashes Ltd",
                      description="false eyelashes", weight_kg=250, hs_code="670419",
                      shipper_country="hk")]  # type: ignore[arg-type]
    result = _run(ships, [], [Listing("L-X", "Volume false eyelashes 10 pairs", "Velvet Lashes Ltd",
                                      seller_country="gb")])
    f = result.finding("L-X")
    assert f is not None and f.tier == "elevated"
    assert any(s.kind == "prior" for s in f.evidence)
