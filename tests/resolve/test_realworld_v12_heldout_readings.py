"""Readings from the classes of the twelfth real-world set's held-out misses (issue 14, fifteenth round), each a
general rule: a dictionary word's listed adjective (遠東 "far east": FAR EASTERN; 金屬 "metal": METALLIC), English gh
silent after i as Korean hears it (라이트 light), a katakana surname's ン read ng where a Korean surname is so spelt
(パン Pang), three circles read as the legal form OOO, and one Hangul word that is a part of a person's name only
is no person.  The names are those documents write; the entries are OFAC's (some ids stand in)."""

from __future__ import annotations

import pytest

from chainlight.resolve.kana import readings as kana_readings
from chainlight.resolve.loanwords import english_key, hangul_key
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.written import circled_letters_reading
from tests.resolve.listed import ofac


def listed() -> Matcher:
    return Matcher([
        ofac("37517", "Organization", "FAR EASTERN BANK", program="DPRK3"),
        ofac("20001", "Organization", "NORTH EAST ASIA BANK", program="DPRK3"),
        ofac("22603", "Company", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", program="DPRK3"),
        ofac("20002", "Company", "KOREA METAL TRADING", program="DPRK3"),
        ofac("18346", "Vessel", "DAWNLIGHT", program="DPRK"),
        ofac("35753", "Company", "APOLLON OOO", program="DPRK3"),
        ofac("22984", "Person", "PANG, Su Nam", program="DPRK3"),
        ofac("20003", "Person", "PAN, Sun", program="SDGT"),
        ofac("20004", "Person", "GARCIA DURAN, Maria Del Rosario", program="SDNTK"),
    ])


@pytest.mark.parametrize("name,want", [
    ("远东银行", "ofac-37517"),  # far east -> far eastern, which the listed name carries with bank
    ("즈청금속", "ofac-22603"),  # zhicheng (the Mandarin table) + metal -> metallic
    ("던라이트", "ofac-18346"),  # dawnlight: gh silent
    ("阿波隆○○○", "ofac-35753"),
    ("パン・スナム", "ofac-22984"),
])
def test_a_general_reading_finds_the_listed_name(name: str, want: str) -> None:
    top = listed().match(Query("q", name), 3)
    assert top and top[0].entity_id == want and top[0].match


def test_one_hangul_word_that_is_a_given_name_only_finds_no_person() -> None:
    # 마리아 (the Russian ship MARIA in the press) was GARCIA DURAN, Maria Del Rosario at 0.82
    assert not [m for m in listed().match(Query("q", "마리아"), 3) if m.match and m.schema == "Person"]


def test_a_full_korean_name_in_one_hangul_word_still_finds_the_person() -> None:
    top = listed().match(Query("q", "방수남"), 3)
    assert top and top[0].entity_id == "ofac-22984" and top[0].match


def test_gh_after_i_is_silent_as_korean_hears_it() -> None:
    assert english_key("bright") == hangul_key("브라이트") == "PRT"
    assert english_key("dawnlight") == hangul_key("던라이트")


def test_a_katakana_surname_closing_in_n_is_also_read_ng() -> None:
    assert any(text.startswith("pang ") for text, _ in kana_readings("パン・スナム"))


@pytest.mark.parametrize("name,want", [
    ("阿波隆○○○", "阿波隆 OOO"),
    ("RK Briz〇〇〇", "RK Briz OOO"),
    ("김○○", None),  # a person's name masked, as the Korean press writes it
    ("阿波隆○○", None),
])
def test_three_circles_are_the_letters_ooo(name: str, want: str | None) -> None:
    got = circled_letters_reading(name)
    assert (got[0][0] if got else None) == want


# Round 15, step 3: classes of names set 13 dev's misses, each read as a general rule


def organs() -> Matcher:
    return Matcher([
        ofac("21308", "Organization", "MINISTRY OF LABOR", program="DPRK3"),
        ofac("19528", "Organization", "KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION DEPARTMENT", program="DPRK3"),
        ofac("43337", "Organization", "TECHNICAL RECONNAISSANCE BUREAU", "THIRD BUREAU", program="DPRK2"),
        ofac("24917", "Company", "KOREA EXPO JOINT VENTURE", program="DPRK2"),
        ofac("20005", "Person", "KIM, Yong Sil", program="DPRK3"),
    ])


@pytest.mark.parametrize("name,want", [
    ("朝鮮勞動部", "ofac-21308"),  # 部 translated department, and ministry as the analyser renders 부
    ("기술정찰실", "ofac-43337"),  # an organ's 실 (office) as the 국 (bureau) the lists write
    ("코리아엑스포합영회사", "ofac-24917"),  # 코리아: a country's English name (CLDR) by its sound
])
def test_an_organ_or_a_place_word_is_read_as_the_lists_write_it(name: str, want: str) -> None:
    top = organs().match(Query("q", name), 3)
    assert top and top[0].entity_id == want and top[0].match


def test_a_persons_name_closing_in_sil_is_no_office() -> None:
    from chainlight.resolve.written import office_as_bureau_reading

    assert office_as_bureau_reading("김영실") == []
    assert office_as_bureau_reading("기술정찰실")[0][0] == "기술정찰국"


def test_the_english_names_of_places_are_loanwords_too() -> None:
    from chainlight.resolve.loanwords import place_words

    assert {"korea", "russia", "asia"} <= place_words()


def test_a_bracketed_acronym_names_the_listed_body_whose_own_word_the_name_spells() -> None:
    m = Matcher([
        ofac("20578", "Organization", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", program="DPRK3"),
        ofac("20006", "Organization", "MINISTRY OF OIL PRODUCTION", program="DPRK3"),  # MOP too, no word of the name
        ofac("37518", "Company", "AIR KORYO TRADING CORPORATION", program="NPWMD"),
    ])
    top = m.match(Query("q", "万寿台海外開発会社(MOP)"), 3)
    assert top and top[0].entity_id == "ofac-20578" and top[0].match
    assert not [x for x in top if x.entity_id == "ofac-20006" and x.match]
    top = m.match(Query("q", "高丽航空贸易公司(AKTC)"), 3)
    assert top and top[0].entity_id == "ofac-37518" and top[0].match
    # the acronym alone, with a name that spells none of the body's own words, finds nothing by it
    assert not [x for x in m.match(Query("q", "금강무역(MOP)"), 3) if x.match]


def test_a_loanword_of_one_consonant_written_apart_is_read_beside_its_neighbours() -> None:
    m = Matcher([
        ofac("19570", "Vessel", "EVER BRIGHT 88", program="DPRK"),
        ofac("20007", "Company", "GREEN WAVE TELECOMMUNICATION", program="DPRK3"),
    ])
    top = m.match(Query("q", "에버 브라이트 88"), 3)
    assert top and top[0].entity_id == "ofac-19570" and top[0].match
    # its options must sound nearly alike: 에버 is not wave (Evergreen is no GREEN WAVE)
    assert not [x for x in m.match(Query("q", "에버 그린"), 3) if x.match]


def test_a_letters_name_glued_to_a_loanword_is_the_letter_and_the_word() -> None:
    # 엠리징 (VOA): M LEASING LLC, the letter M written 엠, leasing 리징 with its s said z
    m = Matcher([
        ofac("37065", "Company", "M LEASING LLC", program="RUSSIA-EO14024"),
        ofac("20008", "Company", "RISING STAR TRADING", program="DPRK3"),
    ])
    top = m.match(Query("q", "엠리징"), 3)
    assert top and top[0].entity_id == "ofac-37065" and top[0].match
    assert english_key("leasing") != hangul_key("리징")  # found by the key with the s voiced, beside the plain one
