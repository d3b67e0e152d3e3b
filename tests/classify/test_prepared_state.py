"""hs_v17 (option prepared_state, prepared_state.py): the line a title's state or preparation decides, as the
nomenclature splits it.  Titles written for the test (English, Chinese, Korean), not taken from the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module")
def v17() -> Classifier:
    return Classifier(version="hs_v17")


@pytest.mark.parametrize(("text", "heading"), [
    # coated with batter or breadcrumbs, or shaped: chapter 16, not the fish or shrimp of chapter 3
    ("Frozen breaded haddock fillets 400g", "1604"),
    ("Frozen pollock fish fingers", "1604"),
    ("冷冻天妇罗大虾 500克", "1605"),
    ("냉동 오징어튀김 500g", "1605"),
    # roe in soy sauce or salted-fermented: caviar substitutes
    ("간장 날치알 200g", "1604"),
])
def test_prepared_goes_to_chapter_16(v17: Classifier, text: str, heading: str) -> None:
    assert (v17.classify("t", text).hs6 or "")[:4] == heading


def test_a_breaded_fillet_is_fish_in_pieces_and_fingers_are_fish_in_forms(v17: Classifier) -> None:
    assert v17.classify("t", "Frozen breaded haddock fillets 400g").hs6 == "160419"
    assert v17.classify("t", "Frozen pollock fish fingers").hs6 == "160420"


def test_roe_preserved_is_a_caviar_substitute(v17: Classifier) -> None:
    assert v17.classify("t", "간장 날치알 200g").hs6 == "160432"


def test_korean_fish_meat_is_heading_0304_not_whole_fish(v17: Classifier) -> None:
    # 살 "flesh" after the fish's name: fillets and other fish meat (03.04), not the whole frozen fish of 03.03
    got = v17.classify("t", "냉동 가자미살 200g")
    assert (got.hs6 or "")[:4] == "0304"
    assert (Classifier(version="hs_v16").classify("t", "냉동 가자미살 200g").hs6 or "")[:4] != "0304"


def test_a_board_game_is_a_table_game_not_a_toy(v17: Classifier) -> None:
    assert v17.classify("t", "儿童飞行棋游戏玩具").hs6 == "950490"


@pytest.mark.parametrize("text", ["Frozen haddock fillets 400g", "冷冻大虾 500克", "儿童积木玩具", "냉동 고등어 1kg"])
def test_plain_goods_keep_their_lines(v17: Classifier, text: str) -> None:
    # no preparation, no shape, no game: hs_v17 answers as hs_v16 does
    assert v17.classify("t", text).hs6 == Classifier(version="hs_v16").classify("t", text).hs6
