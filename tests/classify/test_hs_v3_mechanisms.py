"""hs_v3's general mechanisms for real product titles (issue 15, second real-world set): each test names the
rule, not an example of the benchmark — the texts here are made up for the rule and are not in the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.nomenclature import glossary_spans, query_words
from tests.classify.conftest import code


@pytest.fixture(scope="module")
def v2() -> Classifier:
    return Classifier(version="hs_v2")


# --- the glossary: Korean native words and the state of seafood read into the nomenclature's words ----------
@pytest.mark.parametrize(("text", "hs6"), [
    ("활 가리비 5kg", "030721"),  # live scallops
    ("냉동 갑오징어", "030743"),  # frozen cuttle fish
    ("말린 문어", "030759"),  # dried octopus
    ("냉동 홍합 1kg", "030732"),  # frozen mussels
])
def test_korean_seafood_and_its_state_come_from_the_glossary(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text) == (hs6, "other")


def test_a_one_syllable_key_only_starts_a_word() -> None:
    assert [k for _, _, k in glossary_spans("활전복", "ko")] == ["활", "전복"]
    assert "활" not in [k for _, _, k in glossary_spans("생활방수", "ko")]  # 활 of 생활 is no "live"


def test_listing_words_are_not_read_as_loanwords() -> None:
    assert query_words("선물 세트") .keys().isdisjoint({"seat", "set"})


def test_korean_loanwords_are_read_by_their_sound() -> None:
    assert "cardigan" in query_words("롱 카디건")
    assert "dress" in query_words("드레스")


def test_trade_words_are_read_as_the_nomenclature_writes_them() -> None:
    assert {"accumulator", "lithium"} <= set(query_words("slim power bank 5000mah"))


# --- the vocabulary's hits before a product is picked -------------------------------------------------------
def test_a_korean_term_inside_a_longer_word_is_not_that_term(v3: Classifier, v2: Classifier) -> None:
    # 바지 "trousers" inside 바지락 "clams": hs_v2 reads trousers, hs_v3 clams
    assert v2.classify("t", "국산 바지락 2kg").hs6 == "620462"
    assert code(v3, "국산 바지락 2kg")[0] == "030772"


def test_chinese_terms_are_recut_where_the_longest_match_swallows_the_next_word(v3: Classifier) -> None:
    # 毛衣针 (knitting needles) + 织衫 -> 毛衣 + 针织衫 (both sweaters)
    assert code(v3, "男士羊毛衫毛衣针织衫") == ("611011", "knitwear")


# --- fibres: the predominant one picks the material, the 85 % subheadings follow the share --------------------
@pytest.mark.parametrize(("text", "hs6"), [
    ("Hand knitting yarn 60% wool 40% acrylic, 100 g ball", "510990"),
    ("Hand knitting yarn 90% wool 10% nylon, 50 g ball", "510910"),
    ("Hand knitting yarn 40% wool 60% acrylic, 100 g ball", "551120"),
    ("Crochet yarn 70% cotton 30% acrylic, 50 g", "520790"),
])
def test_fibre_shares_decide_the_heading_and_the_85_percent_subheading(v3: Classifier, text: str,
                                                                       hs6: str) -> None:
    assert code(v3, text)[0] == hs6


@pytest.mark.parametrize(("text", "hs6"), [
    ("100% polyester staple yarn, single, on a cone of 1.5 kg", "550921"),
    ("Cotton yarn 100% cotton on cones, 2-ply", "520532"),
])
def test_yarn_on_cones_is_not_put_up_for_retail_sale(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text)[0] == hs6


# --- construction, users and states --------------------------------------------------------------------------
def test_a_stated_woven_construction_wins_over_a_default_knitted_one(v3: Classifier, v2: Classifier) -> None:
    assert code(v3, "Baby romper of woven cotton poplin") == ("620920", "other")
    assert code(v2, "Baby romper of woven cotton poplin") == ("611120", "knitwear")


def test_korean_customs_words_for_knitted_fabric(v3: Classifier) -> None:
    assert code(v3, "순면 편물로 만든 여성용 원피스") == ("610442", "knitwear")


def test_garments_for_animals_are_heading_4201(v3: Classifier) -> None:
    assert code(v3, "Christmas knit sweater for dogs, acrylic") == ("420100", "other")
    assert code(v3, "宠物毛衣 泰迪") == ("420100", "other")


def test_what_was_done_to_seafood_decides_before_what_it_still_is(v3: Classifier) -> None:
    assert code(v3, "即食鱿鱼丝 鲜") == ("160554", "other")  # prepared beats fresh
    assert code(v3, "fresh squid tubes") == ("030742", "other")
    assert code(v3, "cooked peeled shrimp 500g") == ("160521", "other")


def test_chapter_16_needs_words_of_a_preparation(v3: Classifier) -> None:
    assert code(v3, "활 바지락 10kg")[0] == "030771"


def test_the_user_of_a_good_is_not_the_good(v3: Classifier) -> None:
    # synthetic fibre for making wigs: heading 67.03 ("prepared for use in making wigs"), not a wig; its category is
    # the codes table's for 6703 (hair inputs), as the real-world labels have it (CBP NY L86853, theatrical hair)
    assert code(v3, "가발 제조용 합성섬유 원사") == ("670300", "human_hair")
    assert code(v3, "假发专用洗发水")[0] == "330510"  # shampoo for wigs


def test_lashes_give_a_lash_and_glue_set_its_essential_character(v3: Classifier) -> None:
    assert code(v3, "Lash kit: 5 pairs synthetic lashes with lash glue") == ("670419", "false_eyelashes")


def test_a_mannequin_head_is_a_mannequin(v3: Classifier) -> None:
    assert code(v3, "Canvas block head for wig making")[0] == "961800"


def test_hs_v2_does_not_read_the_hs_v3_layer(v2: Classifier) -> None:
    assert v2.classify("t", "20000mAh power bank").risk_category == "unknown"
