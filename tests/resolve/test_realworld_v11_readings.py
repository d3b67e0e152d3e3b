"""Readings added on the eleventh real-world set's dev half (issue 14, thirteenth round): katakana フ as the h
Korean says, a Taiwanese firm's own name in characters spelt in Wade-Giles, Hangul loanwords written as one word
cut where one listed name carries their words together, and JV as joint venture.  The names are those the sets'
documents write; the entries are OFAC's (some ids stand in)."""

from __future__ import annotations

import pytest

from chainlight.resolve import kana, loanwords
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.written import country_first_reading, wade_giles_reading
from tests.resolve.listed import ofac


def test_katakana_fu_in_a_korean_name_is_the_korean_h() -> None:
    # リ・ミョンフン (a Japanese page on South Korea's 2017 list): RI Myong Hun, 0.46 as ri myonfun
    read = [t for t, _how in kana.readings("リ・ミョンフン")]
    assert "ri myonghun" in read
    m = Matcher([ofac("23231", "Person", "RI, Myong Hun", program="DPRK3")])
    top = m.match(Query("q", "リ・ミョンフン"), 1)
    assert top and top[0].entity_id == "ofac-23231" and top[0].match


@pytest.mark.parametrize("name,reading", [
    ("瑞邦海運股份有限公司", "jui pang 海運股份有限公司"),
    ("瑞榮船舶管理有限公司", "jui jung 船舶管理有限公司"),
    ("海星貿易公司", "hai hsing 貿易公司"),  # -ai kept (pypinyin's table gives hei)
])
def test_a_firms_own_name_in_characters_is_spelt_in_wade_giles(name: str, reading: str) -> None:
    assert [t for t, _how in wade_giles_reading(name)] == [reading]


@pytest.mark.parametrize("name", [
    "丹東至誠金属材料有限公司",  # a mainland city first: pinyin
    "朝鮮光鮮銀行",  # North Korean: read in Korean
    "陳美香",  # no word of a body
    "瑞邦 Shipping",
])
def test_other_names_have_no_wade_giles_reading(name: str) -> None:
    assert wade_giles_reading(name) == []


def test_a_taiwanese_firm_in_characters_is_found_under_its_wade_giles_name() -> None:
    m = Matcher([
        ofac("26929", "Company", "JUI PANG SHIPPING CO LTD", program="DPRK4"),
        ofac("26931", "Company", "JUI ZONG SHIP MANAGEMENT CO LTD", program="DPRK4"),
    ])
    top = m.match(Query("q", "瑞邦海運股份有限公司"), 1)
    assert top and top[0].entity_id == "ofac-26929" and top[0].match
    assert "Wade-Giles" in top[0].explanation


def test_loanwords_written_as_one_word_are_cut_where_one_listed_name_carries_them() -> None:
    # 퍼스트오일 (set 11), 썬문스타 (set 10): the loanword cut heard 퍼스 base + 트오일 tool, and spelt 썬문스타 whole
    m = Matcher([
        ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4"),
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD", program="DPRK4"),
        ofac("24000", "Company", "PEACE TRADING", program="SDGT"),  # carries base's peace, but no tool
        ofac("17068", "Organization", "OCEAN MARITIME MANAGEMENT COMPANY LIMITED", program="DPRK3"),
    ])
    assert m.translator.names_cover("퍼스트오일") == [("퍼스트", ["first"]), ("오일", ["oil"])]
    for query, want in (("퍼스트오일 합작회사", "ofac-23725"), ("썬문스타", "ofac-24566")):
        top = m.match(Query("q", query), 1)
        assert top and top[0].entity_id == want and top[0].match, query
    # a word the loanword cut reads whole stays whole (매니지먼트 management, not two words)
    top = m.match(Query("q", "오션마린매니지먼트"), 1)
    assert top and top[0].entity_id == "ofac-17068"


def test_no_listed_name_carrying_the_words_gives_no_cut() -> None:
    m = Matcher([ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4")])
    assert m.translator.names_cover("아시아오션쉬핑") is None  # a look-alike (set 10): no name carries its words


def test_jv_is_a_joint_venture() -> None:
    m = Matcher([ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4")])
    top = m.match(Query("q", "First Oil Joint Venture Co"), 1)
    assert top and top[0].entity_id == "ofac-23725" and top[0].match


@pytest.mark.parametrize("name,rest", [
    ("싱가포르 벨무어 매니지먼트", "벨무어 매니지먼트"),  # set 10: VELMUR MANAGEMENT PTE LTD, of Singapore
    ("러시아 프리모리예 해운", "프리모리예 해운"),
])
def test_a_country_opening_a_foreign_firms_name_is_read_off(name: str, rest: str) -> None:
    assert [t for t, _how in country_first_reading(name)] == [rest]


@pytest.mark.parametrize("name", [
    "조선 여광무역연합총회사",  # Korea's own names open a Korean body's listed name
    "대한민국 무역",
    "중국 은행",  # vocabulary alone is no name
    "싱가포르",
    "싱가포르벨무어",  # not a word of its own
])
def test_no_country_is_read_off_other_names(name: str) -> None:
    assert country_first_reading(name) == []


def test_a_singapore_firm_in_hangul_is_found_without_its_country() -> None:
    m = Matcher([ofac("22606", "Company", "VELMUR MANAGEMENT PTE LTD", program="DPRK3"),
                 ofac("22605", "Company", "TRANSATLANTIC PARTNERS PTE. LTD.", program="DPRK3")])
    top = m.match(Query("q", "싱가포르 벨무어 매니지먼트"), 1)
    assert top and top[0].entity_id == "ofac-22606" and top[0].match
    assert "CLDR" in top[0].explanation


def test_loanwords_written_apart_take_the_words_one_listed_name_carries_together() -> None:
    # 리더 인터내셔널 (set 10): 리더 sounded like lite, rad, lid, lit before leader
    m = Matcher([ofac("15616", "Company", "LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED", "LEADER INTERNATIONAL",
                      program="NPWMD"),
                 ofac("30000", "Company", "LITE ON TRADING", program="SDGT")])
    top = m.match(Query("q", "리더 인터내셔널"), 1)
    assert top and top[0].entity_id == "ofac-15616" and top[0].match


def test_a_long_hangul_piece_for_a_short_english_word_is_not_a_loanword() -> None:
    # 아시아오션쉬핑 (a look-alike of set 10): five syllables are no spelling of ocean's two consonants
    assert not loanwords.plausible_piece("아시아오션")
    assert loanwords.plausible_piece("오일") and loanwords.plausible_piece("퍼스트")
