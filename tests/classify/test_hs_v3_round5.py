"""hs_v3's fifth-round mechanisms (issue 15, fifth real-world set): each test names the rule; the texts are made
up for the rule (in English, Chinese and Korean) and are not in the title sets."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.classify.nomenclature import english_tokens
from tests.classify.conftest import code


# --- "not" and "non": a negated word is a word of its own in the descriptions and in a text ---------------------
def test_a_negated_word_is_read_as_negated() -> None:
    assert english_tokens("seats with wooden frames, not upholstered") == ["seat", "wooden", "frame", "not_upholster"]
    assert "not_alloy" in english_tokens("non-alloy steel bars")
    # "whether or not", "in shell or not, live" and a "not" before punctuation negate nothing
    assert "not_knitt" not in english_tokens("garments, whether or not knitted")
    assert english_tokens("oysters, in shell or not, live") == ["oyster", "shell", "live"]


def test_upholstered_and_not_upholstered_seats_part(v3: Classifier) -> None:
    assert code(v3, "Seats with wooden frames, not upholstered, for the garden")[0] == "940169"
    assert code(v3, "Seats with wooden frames, upholstered in linen")[0] == "940161"
    assert code(v3, "Live oysters in shell, 5 kg")[0] == "030711"


# --- a one-character Chinese state word inside another word ------------------------------------------------------
def test_a_chinese_state_word_inside_another_word_is_not_the_state(v3: Classifier) -> None:
    # 成熟 is "mature": the crab is live (鲜活), not cooked (熟)
    assert code(v3, "新鲜成熟大闸蟹 鲜活 8只")[0] == "030633"
    # 熟 standing alone still says cooked
    assert code(v3, "熟冻虾仁 500克")[0] == "160521"
    # a gender word of one character is not a state word and keeps its reading (男子: men's)
    assert code(v3, "男子纯棉针织短袖POLO衫")[0] == "610510"


def test_how_a_good_is_put_up_names_no_good(v3: Classifier) -> None:
    # 礼盒装 "in a gift box": the crab is sold, not the box (4819)
    assert (code(v3, "阳澄湖大闸蟹礼盒装 8只")[0] or "")[:4] == "0306"


# --- coated seafood is prepared ---------------------------------------------------------------------------------
def test_breaded_or_battered_seafood_is_a_preparation(v3: Classifier) -> None:
    assert code(v3, "Frozen breaded shrimp, tail-on, 2 lb bag")[0] == "160521"
    assert (code(v3, "Battered cod fillets, frozen")[0] or "")[:4] == "1604"
    assert code(v3, "冷冻裹粉虾 1kg")[0] == "160521"


# --- hair or fibre for making wigs -------------------------------------------------------------------------------
def test_fibre_for_making_wigs_is_hair_prepared_for_wig_making(v3: Classifier) -> None:
    assert code(v3, "Synthetic fibre for making wigs and doll hair") == ("670300", "human_hair")
    assert code(v3, "Kanekalon fibre for use in making wigs or hairpieces, 50 kg cartons") == ("670300", "human_hair")
    assert code(v3, "가발 제조용 머리카락 100kg") == ("670300", "human_hair")
    # a wig named as the good is still a wig
    assert code(v3, "Lace front wig, synthetic, natural black") == ("670411", "wigs")


# --- festive wigs ------------------------------------------------------------------------------------------------
def test_clown_cosplay_and_party_wigs_are_festive_articles(v3: Classifier) -> None:
    assert code(v3, "Adult clown wig, rainbow curly") == ("950590", "other")
    assert code(v3, "Cosplay wig, silver long straight") == ("950590", "other")
    assert code(v3, "Pink bob party wig") == ("950590", "other")
    assert code(v3, "Wigs for costumes, assorted colours") == ("950590", "other")


# --- the trade's words the nomenclature writes otherwise ---------------------------------------------------------
def test_trade_words_for_coal_calendars_and_soles(v3: Classifier) -> None:
    assert code(v3, "유연탄 5만톤 수입")[0] == "270112"
    assert code(v3, "进口焦煤 2万吨")[0] == "270112"
    assert code(v3, "2026 벽걸이 달력")[0] == "491000"
    # an outer sole makes an article footwear, not a knitted garment
    assert (code(v3, "Slippers of knit fabric with rubber outer soles")[0] or "")[:2] == "64"


# --- what a description excludes is what it is not ---------------------------------------------------------------
def test_excluded_words_are_negated_where_the_text_does_not_also_name_them() -> None:
    from chainlight.classify.nomenclature import NEGATED, english_tokens

    words = english_tokens("Fish; frozen, mackerel (Scomber scombrus), excluding fillets, fish meat of 0304")
    assert NEGATED + "fillet" in words and "fillet" not in words
    assert "fish" in words and NEGATED + "fish" not in words  # still fish
    assert NEGATED + "knitt" in english_tokens("Trousers, other than knitted, of cotton")


def test_fish_fillets_are_not_read_as_whole_fish_excluding_fillets(v3: Classifier) -> None:
    assert (code(v3, "Frozen Alaska pollock fillets, skinless boneless, 10 kg")[0] or "")[:4] == "0304"
    # whole fish keep their heading
    assert code(v3, "Whole frozen mackerel 300-500g")[0] == "030354"


# --- live seafood in Chinese, data machines by their trade names ---------------------------------------------------
def test_chinese_live_and_fresh_words_of_their_own(v3: Classifier) -> None:
    assert code(v3, "南美白对虾 活 每500克40只")[0] == "030636"
    # 海鲜 (seafood) holds 鲜 as part of another word: no state
    assert code(v3, "冷冻海鲜 南美白虾 1kg")[0] == "030617"


def test_tablets_and_smartwatches_are_data_machines(v3: Classifier) -> None:
    assert code(v3, "고성능 LTE 태블릿PC 10인치")[0] == "847130"
    assert code(v3, "平板电脑 10英寸 WiFi版")[0] == "847130"
    assert (code(v3, "스마트워치 블루투스 심박 측정")[0] or "")[:4] == "8517"


def test_fish_not_called_fillets_are_fish_as_caught(v3: Classifier) -> None:
    assert code(v3, "Frozen hake, headed and gutted")[0] == "030366"
    assert code(v3, "Frozen hake fillets, skinless")[0] == "030474"
    # 속살 is the inner flesh: fish meat, not the whole fish
    assert (code(v3, "황다랑어 속살 참치회 (냉동) 480g")[0] or "")[:4] == "0304"


# --- the nomenclature names the class of fibre, not the trade fibre ------------------------------------------------
def test_trade_fibres_read_as_their_class_when_the_nomenclature_answers(v3: Classifier) -> None:
    # 6111.30 "of synthetic fibres": polyester is one
    assert code(v3, "Baby bunting bag, 100% polyester fleece knit, hooded") == ("611130", "knitwear")
    assert code(v3, "Infant bunting bag of 100% cotton knit jersey, zip front") == ("611120", "knitwear")


# --- an oxide of an element is a compound of it ---------------------------------------------------------------------
def test_oxides_are_compounds_unless_the_nomenclature_names_them(v3: Classifier) -> None:
    assert code(v3, "Cerium oxide powder 99.99%")[0] == "284610"
    assert code(v3, "Zinc oxide, 99.7% min, 25 kg bags")[0] == "281700"
    assert code(v3, "Ammonium chloride, technical grade")[0] == "282710"
