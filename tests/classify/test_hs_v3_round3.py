"""hs_v3 mechanisms of the third real-world round (issue 15, set 3): each test names the rule; the texts are
made up for it and are not in the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.conftest import code


# --- knitted or woven said inside a compound product word, or by a knitted garment named with the good -------
@pytest.mark.parametrize("text", [
    "针织连衣裙 女 长袖",  # a knitted dress: the construction is inside the product word
    "毛衣连衣裙 女 冬季",  # a sweater dress: a knitted garment named with the dress
    "여성 저지 원피스",  # jersey is a knitted fabric
])
def test_a_dress_said_knitted_is_of_chapter_61(v3: Classifier, text: str) -> None:
    hs6, category = code(v3, text)
    assert hs6 is not None and hs6[:4] == "6104" and category == "knitwear"


def test_an_english_pullover_dress_is_a_style_not_a_sweater(v3: Classifier) -> None:
    hs6, _ = code(v3, "Sleeveless pullover dress of 100% cotton with a bib front")
    assert hs6 is not None and hs6[:4] == "6204"


# --- the product the title names most often, among products of about the same priority ---------------------
def test_the_product_named_most_often_wins_among_equals(v3: Classifier) -> None:
    hs6, category = code(v3, "高领毛衣 女 打底衫 针织衫 秋冬")  # two words for a pullover, one for a base-layer top
    assert hs6 is not None and hs6[:4] == "6110" and category == "knitwear"


# --- no fibre predominates: the subheading last in numerical order (Section XI subheading note 2(A)) --------
@pytest.mark.parametrize(("text", "hs6"), [
    ("Women's cardigan of 50% wool 50% acrylic knit", "611030"),
    ("Women's cardigan of 50% acrylic 50% wool knit", "611030"),
    ("Women's cardigan of 70% wool 30% acrylic knit", "611011"),
])
def test_equal_shares_take_the_last_subheading(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text)[0] == hs6


# --- cooked fish and molluscs are preparations of chapter 16; words of the state do not name the good --------
@pytest.mark.parametrize("text", ["삶은 문어 1kg", "cooked octopus"])
def test_cooked_octopus_is_a_preparation(v3: Classifier, text: str) -> None:
    assert code(v3, text) == ("160555", "other")


def test_frozen_octopus_stays_in_chapter_3(v3: Classifier) -> None:
    assert code(v3, "냉동 문어")[0] == "030752"


# --- brassieres and girdles: heading 62.12 whether or not knitted -------------------------------------------
@pytest.mark.parametrize(("text", "hs6"), [
    ("Soft bra of knitted nylon with hook and eye closure", "621210"),  # "closure" here is no hair piece
    ("哺乳文胸 纯棉 无钢圈", "621210"),
    ("Panty girdle of knit nylon and spandex", "621220"),
])
def test_brassieres_and_girdles_are_6212(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text) == (hs6, "other")


def test_brown_is_no_bra(v3: Classifier) -> None:
    assert code(v3, "브라운 니트 가디건")[0] != "621210"


# --- a hairbrush with its own motor is an appliance; trade words for lashes and for human hair --------------
def test_a_motorised_hairbrush_is_an_appliance(v3: Classifier) -> None:
    assert code(v3, "Rechargeable rotating hair brush")[0] == "850980"
    assert code(v3, "Boar bristle hair brush")[0] == "960329"


def test_falsies_are_lashes_and_virgin_hair_is_human(v3: Classifier) -> None:
    assert code(v3, "Magnetic falsies 10 pairs")[1] == "false_eyelashes"
    assert code(v3, "Peruvian virgin straight lace wig") == ("670420", "wigs")


# --- fish named by its kind: the subheading that lists it, in the state the default stands for --------------
@pytest.mark.parametrize(("text", "hs6"), [
    ("Channel catfish fillets (Ictalurus punctatus), IQF", "030462"),
    ("tilapia fillets 10 kg carton", "030461"),
    ("fish fillets 10 kg carton", "030489"),
])
def test_a_fish_named_by_its_kind_takes_its_subheading(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text)[0] == hs6
