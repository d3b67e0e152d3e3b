"""hs_v3 on seafood and other food: the state named (live, fresh, frozen, dried, salted) against preparations of
chapters 16 and 20, fish by kind, meat by animal.  Each test names the rule; the texts are made up for it unless a test
says otherwise.  Grouped below by the round file they came from."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.vote import residual_kind
from tests.classify.conftest import code

# --- from tests/classify/test_hs_v3_mechanisms.py: hs_v3's general mechanisms for real product titles
# (issue 15, second real-world set): each test names the rule, not an example of the benchmark — the texts
# here are made up for the rule and are not in the title sets.


# --- the glossary: Korean native words and the state of seafood read into the nomenclature's words ----------
@pytest.mark.parametrize(("text", "hs6"), [
    ("활 가리비 5kg", "030721"),  # live scallops
    ("냉동 갑오징어", "030743"),  # frozen cuttle fish
    ("말린 문어", "030759"),  # dried octopus
    ("냉동 홍합 1kg", "030732"),  # frozen mussels
])
def test_korean_seafood_and_its_state_come_from_the_glossary(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text) == (hs6, "other")


def test_what_was_done_to_seafood_decides_before_what_it_still_is(v3: Classifier) -> None:
    assert code(v3, "即食鱿鱼丝 鲜") == ("160554", "other")  # prepared beats fresh
    assert code(v3, "fresh squid tubes") == ("030742", "other")
    assert code(v3, "cooked peeled shrimp 500g") == ("160521", "other")


def test_chapter_16_needs_words_of_a_preparation(v3: Classifier) -> None:
    assert code(v3, "활 바지락 10kg")[0] == "030771"


# --- from tests/classify/test_hs_v3_round3.py: hs_v3 mechanisms of the third real-world round (issue 15,
# set 3): each test names the rule; the texts are made up for it and are not in the title sets.


# --- cooked fish and molluscs are preparations of chapter 16; words of the state do not name the good --------
@pytest.mark.parametrize("text", ["삶은 문어 1kg", "cooked octopus"])
def test_cooked_octopus_is_a_preparation(v3: Classifier, text: str) -> None:
    assert code(v3, text) == ("160555", "other")


def test_frozen_octopus_stays_in_chapter_3(v3: Classifier) -> None:
    assert code(v3, "냉동 문어")[0] == "030752"


# --- fish named by its kind: the subheading that lists it, in the state the default stands for --------------
@pytest.mark.parametrize(("text", "hs6"), [
    ("Channel catfish fillets (Ictalurus punctatus), IQF", "030462"),
    ("tilapia fillets 10 kg carton", "030461"),
    ("fish fillets 10 kg carton", "030489"),
])
def test_a_fish_named_by_its_kind_takes_its_subheading(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text)[0] == hs6


# --- from tests/classify/test_hs_v3_round4.py: hs_v3's fourth-round mechanisms (issue 15, fourth real-world
# set): each test names the rule; the texts are made up for the rule (in English, Chinese and Korean) and
# are not in the title sets.


# --- goods put up as preserves -------------------------------------------------------------------------------------
def test_fish_put_up_in_oil_or_airtight_containers_is_a_preparation_of_chapter_16(v3: Classifier) -> None:
    assert code(v3, "Anchovies in olive oil")[0] == "160416"  # not olive oil of 1509
    assert code(v3, "Skipjack tuna chunks in sunflower oil, 185 g tin")[0] == "160414"
    assert code(v3, "鲭鱼罐头 425克")[0] == "160415"
    # 통조림 "canned": the fish named, not a shrimp subheading that only says "in airtight container"
    assert code(v3, "고등어 통조림 400g")[0] == "160415"
    # frozen, not put up: the fish stays in chapter 3
    assert (code(v3, "Frozen skipjack tuna, whole round")[0] or "")[:2] == "03"
    # oil packed in tins is still oil
    assert code(v3, "Olive oil in tins of 5 litres")[0] == "150930"


# --- fish of a kind no subheading lists ------------------------------------------------------------------------
def test_a_fish_no_subheading_lists_is_fish_n_e_c_in_the_state_named(v3: Classifier) -> None:
    # hairtail (갈치) is listed by no subheading of 03.03: "frozen fish" alone must not pick shark fins
    assert code(v3, "냉동 갈치 10kg")[0] == "030389"
    # a kind a subheading lists keeps its subheading
    assert code(v3, "Frozen tilapia fillets")[0] == "030461"
    assert residual_kind("030392", {"frozen": 1.0, "fish": 1.0}) == "030389"
    assert residual_kind("030343", {"frozen": 1.0, "skipjack": 1.0}) == "030343"


# --- seafood: prepared, cooked, grilled ------------------------------------------------------------------------------
def test_seafood_said_prepared_or_grilled_is_a_preparation_of_chapter_16(v3: Classifier) -> None:
    assert code(v3, "명란젓 500g")[0][:4] == "1604"  # salted, seasoned pollock roe
    assert code(v3, "구운 장어 2미")[0] == "160417"  # grilled eel, not live eels
    assert code(v3, "오징어젓갈 1kg")[0][:4] == "1605"
    # raw stays raw, live stays live
    assert code(v3, "Frozen shrimp, raw, peeled")[0][:4] == "0306"
    assert code(v3, "Live eels Anguilla")[0] == "030192"


def test_sea_cucumbers_are_not_cucumbers(v3: Classifier) -> None:
    assert code(v3, "Frozen sea cucumber, gutted")[0][:4] == "0308"
    assert code(v3, "Fresh cucumbers, 10 kg")[0] == "070700"


def test_imitation_crab_is_surimi_not_crab(v3: Classifier) -> None:
    assert code(v3, "Imitation crab sticks of surimi, frozen")[0] == "160420"
    assert code(v3, "冷冻蟹棒 鱼糜制品")[0] == "160420"
    assert code(v3, "크래미 게맛살 1kg")[0] == "160420"
    assert code(v3, "대게 냉동")[0] == "030614"  # real crab stays crab


def test_korean_seafood_in_soy_sauce_and_mackerel(v3: Classifier) -> None:
    assert code(v3, "간장게장 1kg")[0][:4] == "1605"  # crab marinated in soy sauce: a preparation
    assert code(v3, "냉동 고등어 10kg")[0] == "030354"  # mackerel (Scomber), not jack mackerel
    assert code(v3, "冷冻鲭鱼 整条")[0] == "030354"
    assert code(v3, "Frozen mackerel, whole round")[0] == "030354"
    assert code(v3, "Frozen horse mackerel")[0] == "030355"


# --- from tests/classify/test_hs_v3_round5.py: hs_v3's fifth-round mechanisms (issue 15, fifth real-world
# set): each test names the rule; the texts are made up for the rule (in English, Chinese and Korean) and
# are not in the title sets.


# --- coated seafood is prepared ---------------------------------------------------------------------------------
def test_breaded_or_battered_seafood_is_a_preparation(v3: Classifier) -> None:
    assert code(v3, "Frozen breaded shrimp, tail-on, 2 lb bag")[0] == "160521"
    assert (code(v3, "Battered cod fillets, frozen")[0] or "")[:4] == "1604"
    assert code(v3, "冷冻裹粉虾 1kg")[0] == "160521"


def test_fish_fillets_are_not_read_as_whole_fish_excluding_fillets(v3: Classifier) -> None:
    assert (code(v3, "Frozen Alaska pollock fillets, skinless boneless, 10 kg")[0] or "")[:4] == "0304"
    # whole fish keep their heading
    assert code(v3, "Whole frozen mackerel 300-500g")[0] == "030354"


# --- live seafood in Chinese, data machines by their trade names ---------------------------------------------------
def test_chinese_live_and_fresh_words_of_their_own(v3: Classifier) -> None:
    assert code(v3, "南美白对虾 活 每500克40只")[0] == "030636"
    # 海鲜 (seafood) holds 鲜 as part of another word: no state
    assert code(v3, "冷冻海鲜 南美白虾 1kg")[0] == "030617"


def test_fish_not_called_fillets_are_fish_as_caught(v3: Classifier) -> None:
    assert code(v3, "Frozen hake, headed and gutted")[0] == "030366"
    assert code(v3, "Frozen hake fillets, skinless")[0] == "030474"
    # 속살 is the inner flesh: fish meat, not the whole fish
    assert (code(v3, "황다랑어 속살 참치회 (냉동) 480g")[0] or "")[:4] == "0304"


# --- from tests/classify/test_hs_v3_round6.py: hs_v3's sixth-round mechanisms (issue 15, sixth real-world
# set): each test names the rule; the texts are made up for the rule (in English, Chinese and Korean) and
# are not in the title sets.


# --- plants prepared: seaweed roasted or seasoned is 20.08 ---------------------------------------------------------
def test_roasted_or_seasoned_seaweed_is_a_preparation(v3: Classifier) -> None:
    assert code(v3, "Roasted seaweed sheets for sushi, 50 sheets")[0] == "200899"
    assert code(v3, "광천 조미김 전장 20봉")[0] == "200899"
    assert code(v3, "烤海苔 即食 原味")[0] == "200899"


def test_dried_seaweed_stays_a_raw_plant(v3: Classifier) -> None:
    assert code(v3, "완도 마른김 100매")[0] == "121221"
    assert code(v3, "Dried seaweed (laver) sheets, not seasoned")[0] == "121221"


# --- glossary words the reader lacked (Korean seafood and laver, Chinese goods, English trade words) ---------------
def test_korean_oysters_and_fresh_state(v3: Classifier) -> None:
    assert code(v3, "통영 생굴 1kg")[0] == "030711"
    assert code(v3, "영광 굴비 10미")[0][:4] == "0305"  # dried croakers, not oysters


# --- seafood: the state the text names, and the nomenclature's spelling of sea cucumbers -------------------------
def test_dried_sea_cucumbers_are_0308_19(v3: Classifier) -> None:
    assert code(v3, "淡干海参 250克 辽宁")[0] == "030819"
    assert code(v3, "완도 건해삼 50g")[0] == "030819"
    assert code(v3, "Frozen sea cucumbers, gutted, 10 kg carton")[0] == "030812"


# --- Korean suffix keys and the state of fish across headings of chapter 3 -------------------------------------------
def test_korean_sashimi_suffix_after_a_fish(v3: Classifier) -> None:
    assert (code(v3, "제주 광어회 2인분")[0] or "")[:4] == "0304"
    # 회색 (grey) starts with the same syllable and is no fish
    assert code(v3, "회색 울 니트 가디건")[0] == "611011"


def test_live_fish_go_to_heading_0301(v3: Classifier) -> None:
    assert (code(v3, "자연산 광어 활어 1kg")[0] or "")[:4] == "0301"


def test_canned_or_pickled_vegetables_are_chapter_20(v3: Classifier) -> None:
    assert code(v3, "Pickled cucumbers in glass jars, 720 ml")[0][:4] == "2001"
    assert code(v3, "Fresh cucumbers, 10 kg box")[0][:2] == "07"


def test_sashimi_is_fish_meat(v3: Classifier) -> None:
    assert (code(v3, "Frozen yellowfin tuna sashimi, saku blocks, 1 kg")[0] or "")[:4] == "0304"


def test_salted_fish_go_to_heading_0305(v3: Classifier) -> None:
    # no line of 03.03 (frozen) says salted: the heading of chapter 3 whose text does
    assert (code(v3, "노르웨이 고등어 자반 2손")[0] or "")[:4] == "0305"


# --- from tests/classify/test_hs_v3_round8.py: hs_v3's eighth-round mechanisms (issue 15; classes found on
# the seen sets 1-6, both halves). Each test names the rule; the first title of a test is a seen title that
# showed the class, the others are made up for the rule (and the negatives keep it from reaching too far).


def test_meat_is_read_as_the_nomenclature_names_the_animal(v3: Classifier) -> None:
    assert code(v3, "冻鸡爪") == ("020714", "other")
    assert code(v3, "冻鸭肾") == ("020745", "other")
    assert code(v3, "frozen chicken wings")[0] == "020714"
    assert code(v3, "frozen whole chicken")[0] == "020712"
    assert code(v3, "냉동 닭발")[0] == "020714"
    assert (code(v3, "돼지고기 삼겹살")[0] or "").startswith("0203")
    assert (code(v3, "冷冻牛肉")[0] or "").startswith("0202")
    # a chicken-shaped toy is a toy
    assert code(v3, "스피커, LED, 모터를 갖춘 플라스틱 닭 모양의 완구")[0] == "950300"
    assert code(v3, "chicken shaped plush toy")[0] == "950300"


def test_cooked_meat_is_a_chapter_16_preparation(v3: Classifier) -> None:
    assert code(v3, "cooked chicken breast")[0] == "160232"
    assert (code(v3, "삶은 족발")[0] or "").startswith("1602")
    # smoked meat stays in chapter 2 (heading 02.10)
    assert (code(v3, "smoked pork belly")[0] or "").startswith("0210")
