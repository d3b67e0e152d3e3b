"""Look-alikes that are other parties: near spellings of short Korean/Chinese names, reordered syllables."""

from __future__ import annotations

import pytest

from chainlight.resolve import name_similarity
from chainlight.resolve.match_v2.features import syllabic_word
from chainlight.resolve.match_v2.scorer import THRESHOLD
from chainlight.resolve.rendering import render_name


@pytest.mark.parametrize("word,expected", [
    ("daelim", True), ("taerio", True), ("ilshin", True), ("ryonbong", True), ("xinyuan", True),
    ("qingdao", True), ("chevron", False), ("qaeda", False), ("apple", False), ("vitol", False),
])
def test_syllabic_word_reads_korean_and_pinyin_only(word: str, expected: bool) -> None:
    assert syllabic_word(word) is expected


@pytest.mark.parametrize("query,listed", [
    ("Korea Ilshin Bank", "ILSIM INTERNATIONAL BANK"),  # a South Korean name one letter from a listed one
    ("Korea Daelim International Co., Ltd.", "TAERIO INTERNATIONAL LTD EOOD"),
    ("대림국제주식회사", "TAERIO INTERNATIONAL LTD EOOD"),
])
def test_near_spelling_of_a_short_korean_name_is_not_a_match(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Company")
    assert score < THRESHOLD, why
    assert "near_short_only" in why


@pytest.mark.parametrize("a,b", [("Chevron Corporation", "Chevon Corporation"), ("Al Qaeda", "Al Qa'ida"),
                                 ("Stripe LLC", "Strip Limited Liability Company")])
def test_western_misspellings_still_match(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Company")
    assert score >= THRESHOLD and "near_short_only" not in why, why


def test_bulgarian_legal_form_is_not_a_name_part() -> None:
    classes = {t.text: t.cls for t in render_name("TAERIO INTERNATIONAL LTD EOOD").renderings[0]}
    assert classes["taerio"] == "name" and "eood" not in classes


@pytest.mark.parametrize("query,listed", [
    ("KIM, Kwang Su", "KIM, Su-Kwang"),  # the same syllables in another order: another given name
    ("KIM, Chun Man", "KIM, Man Chun"),
    ("RI, Ho Ho", "RI, Won Ho"),  # a syllable said twice does not stand for the one the other side has
])
def test_korean_given_name_syllables_keep_their_order(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Person")
    assert score < THRESHOLD, why
    assert "syllable_order" in why


@pytest.mark.parametrize("query,listed", [
    ("Kwang-Su Kim", "KIM, Kwang Su"),  # the surname moves, the given name keeps its order
    ("김광수", "KIM, Kwang Su"), ("CHOL MIN RI", "RI, Chol Min"),
])
def test_surname_may_move_to_either_end(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Person")
    assert score >= THRESHOLD and "syllable_order" not in why, why


def test_a_trading_house_is_not_a_bank_of_the_same_name() -> None:
    from chainlight.resolve import name_similarity

    trading, _ = name_similarity("조선대성총무역회사", "KOREA DAESONG GENERAL TRADING CORPORATION")
    bank, why = name_similarity("조선대성총무역회사", "KOREA DAESONG BANK")
    assert trading >= 0.9
    assert bank < 0.7 and "industry_conflict" in why


def test_identical_names_score_one_but_hangul_one_syllable_apart_do_not() -> None:
    from chainlight.resolve import name_similarity

    assert name_similarity("KOREA RYONBONG GENERAL CORPORATION", "Korea Ryonbong General Corporation")[0] == 1.0
    assert name_similarity("김종은", "김정은")[0] < 0.7


def test_a_short_acronym_does_not_match_another_one_a_letter_away() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    komid = Entity("ofac-9345", "Company", "ofac-sdn", "9345",
                   [Name("KOREA MINING DEVELOPMENT TRADING CORPORATION", "primary"), Name("KOMID", "alias")])
    kaveh = Entity("ofac-1", "Company", "ofac-sdn", "1",
                   [Name("KAVEH PARS MINING INDUSTRIES DEVELOPMENT COMPANY", "primary"), Name("KMID", "alias")])
    m = Matcher([komid, kaveh])
    got = {x.entity_id: x for x in m.match(Query("q", "KOMID"), limit=2)}
    assert got["ofac-9345"].match
    assert "ofac-1" not in got or not got["ofac-1"].match


def test_a_south_korean_firm_is_not_a_north_korea_programme_body_listed_without_a_country() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    # 대원산업 (Daewon Industrial, Seoul) and DAEWON INDUSTRIES (OFAC, DPRK3, no country): the same words, so a
    # name alone still matches; with its country the South Korean firm does not, while a Chinese facilitator
    # listed so without a country (DALIAN HAIBO) is still found for a query that says China
    m = Matcher([
        Entity("ofac-20579", "Company", "ofac-sdn", "20579", [Name("DAEWON INDUSTRIES", "primary")],
               programs=["DPRK3"]),
        Entity("ofac-26243", "Company", "ofac-sdn", "26243", [Name("DALIAN HAIBO INTERNATIONAL FREIGHT CO. LTD.",
                                                                   "primary")], programs=["DPRK4"]),
    ])
    assert m.match(Query("q", "대원산업"), limit=1)[0].match
    kr = m.match(Query("q", "대원산업", country="KR"), limit=1)
    assert not kr or not kr[0].match
    assert "country" in kr[0].features
    assert m.match(Query("q", "Dalian Haibo International Freight", country="CN"), limit=1)[0].match
