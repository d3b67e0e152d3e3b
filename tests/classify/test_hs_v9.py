"""hs_v9: hs_v8 with knitted pile (fleece, terry loop) read as a knitted construction, an accessory named before "for" read as itself, not as the wig or lash it serves
(hs_v9/vocabulary.yaml; compounds.not_goods, option for_user_not_good).  The titles here are written for the test."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module")
def v9() -> Classifier:
    return Classifier(version="hs_v9")


@pytest.mark.parametrize(("text", "category"), [
    # an accessory named before "for": what it serves is not the good
    ("Hairline Tape for Lace Front Wigs", "other"),
    ("Storage Box for Wigs and Hair Pieces", "other"),
    # a person after "for" keeps the product word after it as the good
    ("Body Wave for Black Women Human Hair Wig", "wigs"),
    ("Hair Topper for Women Thinning Hair", "hair_pieces"),
    # a good named before "for" stays the good
    ("Lace Front Wig for Women", "wigs"),
    ("Human Hair Bundles for Braiding", "hair_pieces"),
    # the word before "for" is no noun of the nomenclature: no accessory read
    ("Hairdo Sleek for The Week Wigs", "wigs"),
])
def test_accessory_before_for(v9: Classifier, text: str, category: str) -> None:
    got = v9.classify("a", text)
    assert got.risk_category == category, got.reasons


@pytest.mark.parametrize(("text", "category"), [
    ("플리스 자켓 여성", "knitwear"),  # knitted pile: chapter 61
    ("女士摇粒绒立领外套", "knitwear"),
    ("Polar fleece jacket", "knitwear"),
    ("Wig Cap Stocking Nylon Nude 10 pcs", "other"),  # hs_v9 as released: a wig cap `other` (hs_v10 reads it knitted)
    ("울 트위드 자켓", "other"),  # tweed is woven
])
def test_knitted_pile(v9: Classifier, text: str, category: str) -> None:
    got = v9.classify("k", text)
    assert got.risk_category == category, got.reasons


def test_for_making_keeps_decides_reading(v9: Classifier) -> None:
    # "for (use in) making" stays decide's reading (what a material is made into), as in hs_v8
    text = "Mesh fabric for making wigs"
    assert v9.classify("m", text).risk_category == Classifier(version="hs_v8").classify("m", text).risk_category


def test_hs_v8_reads_as_released() -> None:
    # hs_v8 is frozen: the same titles keep its answers
    assert Classifier(version="hs_v8").classify("x", "Hairline Tape for Lace Front Wigs").risk_category == "wigs"


def test_category_follows_a_learned_risk_heading(v9: Classifier) -> None:
    # a cashmere knit named by a style code: the rules named no good and read the nomenclature (51.02 cashmere hair);
    # the learned heading (61.10) and the learned category (knitwear) agree on a risk good (set 9, seen)
    got = v9.classify("c", "라운드 기본핏 캐시미어(V0X BLWW 9381)")
    assert got.risk_category == "knitwear" and (got.hs6 or "").startswith("61"), got.reasons
    assert any("by the learned model" in r for r in got.reasons)
    v8 = Classifier(version="hs_v8").classify("c", "라운드 기본핏 캐시미어(V0X BLWW 9381)")
    assert v8.risk_category == "other"


def test_a_named_good_keeps_the_rules_category(v9: Classifier) -> None:
    # the option acts only where the rules named no good: a named other good is never moved
    assert v9.classify("t", "Stainless steel kitchen knife").risk_category == "other"
    assert v9.classify("t", "나일론 크로스백").risk_category == "other"
