"""hs_v19 (option worked_fish, worked_fish.py): fillets, fish meat and dried, salted or smoked fish by the state the
title says and the species a line names; crustaceans and molluscs moved to the same good's line of the state said.
Titles written for the test (English, Chinese, Korean), not taken from the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME
from chainlight.classify.worked_fish import said_state


@pytest.fixture(scope="module")
def v19() -> Classifier:
    return Classifier(version="hs_v19")


@pytest.fixture(scope="module")
def v18() -> Classifier:
    return Classifier(version="hs_v18")


def test_hs_v19_is_the_default_and_hs_v18_stays_choosable() -> None:
    assert NAME == "hs_v19" and Classifier().version == "hs_v19"
    assert Classifier(version="hs_v18").version == "hs_v18"


@pytest.mark.parametrize(("words", "state"), [
    ({"frozen", "fresh", "shrimp"}, "frozen"),  # 鲜冻: a frozen good praised as fresh
    ({"frozen", "salt", "shrimp"}, "frozen"),  # salt a treatment of a frozen good
    ({"dried", "salt", "fish"}, "dried"),  # 0305.5: dried, whether or not salted
    ({"smok", "salmon"}, "smoked"),
    ({"chill", "salmon"}, "fresh"),
    ({"salmon", "fillet"}, None),
])
def test_the_state_a_title_says_in_the_texts_precedence(words: set[str], state: str | None) -> None:
    assert said_state(words) == state


@pytest.mark.parametrize(("text", "code"), [
    ("冰鲜鳕鱼片 300g", "030444"),  # chilled cod fillets: 0304.44, the Gadidae families' fresh fillets
    ("Chilled Atlantic salmon fillets, skin-on, 2 x 250 g", "030441"),
    ("노르웨이 냉장 연어 필렛 500g", "030441"),  # 냉장 "chilled"
])
def test_fillets_said_chilled_are_the_fresh_lines(v19: Classifier, v18: Classifier, text: str, code: str) -> None:
    assert v19.classify("t", text).hs6 == code
    assert v18.classify("t", text).hs6 != code  # hs_v18 kept the frozen line


@pytest.mark.parametrize(("text", "code"), [
    ("국산 마른 명태 5마리", "030553"),  # dried Alaska pollock: Gadidae, not cod
    ("Salted cod, whole, bone-in, 1 kg", "030562"),  # salted, not dried: 0305.62
    ("염장 고등어 2손", "030569"),  # salted mackerel: no line of 0305.6 names it
    ("盐渍鲅鱼 1kg", "030569"),  # 盐渍 "salted" Spanish mackerel
])
def test_dried_or_salted_fish_by_state_and_species(v19: Classifier, text: str, code: str) -> None:
    got = v19.classify("t", text)
    assert (got.hs6, got.risk_category) == (code, "other")


@pytest.mark.parametrize(("text", "code"), [
    ("鲜冻南美白虾 2kg", "030617"),  # fresh-frozen whiteleg shrimp
    ("Frozen Shrimp, peeled, treated with salt", "030617"),
    ("鲜活基围虾 500g", "030636"),  # live: stays
    ("생굴 1kg", "030711"),  # raw oysters: stays
])
def test_shellfish_in_the_state_said(v19: Classifier, text: str, code: str) -> None:
    assert v19.classify("t", text).hs6 == code


@pytest.mark.parametrize(("text", "code"), [
    ("冷冻鳕鱼片 1kg", "030471"),  # frozen cod fillets
    ("Frozen salmon fillets, skinless, 1 kg", "030481"),
    ("Smoked salmon slices 200g", "030541"),
])
def test_answers_already_in_the_state_said_stay(v19: Classifier, text: str, code: str) -> None:
    assert v19.classify("t", text).hs6 == code


@pytest.mark.parametrize(("text", "code"), [
    ("男士修身西装外套 商务正装 羊毛", "620331"),  # 西装 "suit; Western-style clothes": a men's wool suit jacket
    ("女士小西装外套 春秋 韩版", "620433"),
    ("Men's slim fit suit jacket, wool blend", "620331"),
    ("여성 울 블레이저 자켓", "620431"),  # 블레이저 "blazer"
])
def test_a_blazer_or_suit_jacket_is_not_a_coat(v19: Classifier, text: str, code: str) -> None:
    got = v19.classify("t", text)
    assert (got.hs6, got.risk_category) == (code, "other")


@pytest.mark.parametrize("text", [
    "Men's ski suit jacket, waterproof",  # 62.01: "anoraks (including ski-jackets)"
    "남성 겨울 패딩 자켓",
    "男士羽绒服外套 冬季",
])
def test_coats_stay_coats(v19: Classifier, text: str) -> None:
    assert v19.classify("t", text).hs6[:4] == "6201"


@pytest.mark.parametrize(("text", "code"), [
    ("Boxer Briefs 3 Pack, Cotton Stretch", "610711"),
    ("纯棉平角裤 4条装", "610711"),  # 平角裤 "boxer shorts"
    ("모달 드로즈 3팩", "610712"),  # modal drawers: man-made fibres
    ("Women's boxer shorts, cotton knit sleep shorts", "610821"),  # the wearer named: stays women's
    ("女士平角内裤 纯棉", "610821"),
    ("Hipster panties cotton 5 pack", "610821"),
])
def test_briefs_cut_for_men_with_no_woman_named(v19: Classifier, text: str, code: str) -> None:
    got = v19.classify("t", text)
    assert (got.hs6, got.risk_category) == (code, "knitwear")
