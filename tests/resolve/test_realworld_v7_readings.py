"""Readings added on the seventh real-world set's dev half (issue 14): a name run together with its acronym, a
Latin letter written by its Korean name, and the h a Korean given name drops when said, as katakana writes it."""

from __future__ import annotations

from chainlight.resolve import kana
from chainlight.resolve.loanwords import likeness
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.written import acronym_readings, query_readings
from tests.resolve.listed import ofac


def test_a_name_run_together_with_its_acronym_is_read_without_it_and_as_the_acronym() -> None:
    got = dict(query_readings("Korea Mining Development Trading CorporationKOMID"))
    assert "Korea Mining Development Trading Corporation" in got
    assert "KOMID" in got
    # with a space too, and the acronym may take several letters of a word (KOrea MIning Development)
    assert [t for t, _ in acronym_readings("Korea Kwangson Banking Corporation KKBC")] == [
        "Korea Kwangson Banking Corporation", "KKBC"]


def test_a_closing_capitalised_word_that_abbreviates_nothing_stays() -> None:
    assert acronym_readings("Amroggang Development Bank LTD") == []  # L is no initial of the first word
    assert acronym_readings("Korea Ryonbong General Corporation") == []
    assert acronym_readings("KOMID") == []
    assert acronym_readings("조선광업개발무역회사 KOMID") == []  # an acronym of Latin words only


def test_a_latin_letter_written_by_its_korean_name_beside_a_loanword() -> None:
    m = Matcher([
        ofac("37095", "Vessel", "LADY R", program="RUSSIA-EO14024"),
        ofac("70002", "Organization", "LASHKAR E-TAYYIBA"),
        ofac("70003", "Company", "RED STAR SHIPPING LTD"),
    ])
    top = m.match(Query("q", "레이디 알"), 1)
    assert top and top[0].entity_id == "ofac-37095" and top[0].match
    assert "the letter's name in Korean" in top[0].explanation


def test_a_korean_letter_name_alone_is_no_letter() -> None:
    m = Matcher([ofac("37095", "Vessel", "LADY R")])
    assert not [x for x in m.match(Query("q", "알"), 1) if x.match]  # 알 "egg" alone


def test_an_english_word_is_also_read_as_said() -> None:
    # 레이디 romanizes reiti: lady, said lei-di, is the likeliest English word of those consonants
    assert likeness("reiti", "lady") > likeness("reiti", "red")
    assert likeness("reiti", "lady") > likeness("reiti", "lid")


def test_katakana_writes_a_korean_given_name_without_the_h_it_drops() -> None:
    read = [t for t, _ in kana.readings("リ・ウォノ")]  # 리원호 said [워노]: RI Won Ho
    assert "ri won ho" in read
    m = Matcher([
        ofac("19609", "Person", "RI, Won Ho", program="DPRK3"),
        ofac("70004", "Person", "RI, Won", program="DPRK3"),
    ])
    top = m.match(Query("q", "リ・ウォノ"), 1)
    assert top and top[0].entity_id == "ofac-19609" and top[0].match


def test_a_short_pinyin_name_korean_writes_as_one_word_is_read_whole() -> None:
    from chainlight.resolve.chinese_in_hangul import ChineseInHangul

    reader = ChineseInHangul({"shang": 1, "yuan": 3, "bao": 2, "korea": 9},
                             names=["shang yuan bao", "korea kumsan trading", "yuan"])
    assert reader.pinyin("상위안바오") == ("shangyuanbao",)
    assert reader.joined == frozenset({"shangyuanbao"})  # a name of English or Korean words is not pinyin


def test_a_chinese_vessel_in_hangul_with_the_ship_mark_is_found_by_its_mandarin_sound() -> None:
    m = Matcher([
        ofac("26933", "Vessel", "SHANG YUAN BAO", program="DPRK4"),
        ofac("70005", "Company", "SHANGHAI YUAN BAO TRADING CO LTD"),
        ofac("70006", "Person", "SANG, Won", program="DPRK3"),
    ])
    top = m.match(Query("q", "상위안바오호"), 1)
    assert top and top[0].entity_id == "ofac-26933" and top[0].match
    assert "ship" in top[0].explanation


def test_a_firm_by_its_legal_form_is_not_the_bank_of_its_name() -> None:
    # the UN's BANK OF EAST LAND (KPe.013) with its aliases; 주식회사 동방 is a South Korean firm, Dongbang Co., Ltd.
    m = Matcher([ofac("12696", "Organization", "BANK OF EAST LAND", "Dongbang BANK", "TONGBANG BANK",
                      program="DPRK")])
    firm = m.match(Query("q", "주식회사 동방"), 1)
    assert not firm or not firm[0].match
    assert firm and "other_kind_of_body" in firm[0].features
    bank = m.match(Query("q", "동방은행"), 1)  # the bank itself, in Hangul
    assert bank and bank[0].entity_id == "ofac-12696" and bank[0].match
