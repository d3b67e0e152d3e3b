"""A word's dictionary senses ranked by the listed names themselves (translation._ranked_by_lists): the sense
whose English one listed body's name writes beside the query's other words is tried first.  List names are
OFAC SDN entries as OFAC writes them; the queries are names as Korean and Chinese documents write them."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.translation import Translator
from tests.resolve.listed import ofac as _e

# real listed bodies: the ones meant, and others whose words a wrong sense would find
_LISTED = [
    _e("22703", "Company", "MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES (PTY) LIMITED",
       "MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES LIMITED", program="DPRK3"),
    _e("43379", "Company", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY", program="DPRK3"),
    _e("17068", "Company", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", "East Sea Shipping Company",
       "Korea Mirae Shipping Co. Ltd", program="DPRK3"),
    _e("19489", "Organization", "WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION", "CENTRAL MILITARY COMMISSION",
       program="DPRK3"),
    _e("22283", "Organization", "STATE AFFAIRS COMMISSION", program="DPRK3"),
    _e("23083", "Organization", "EXTERNAL CONSTRUCTION BUREAU", program="DPRK3"),
    _e("29240", "Organization", "MILITARY CONSTRUCTION ESTABLISHMENT", program="DPRK3"),
    _e("9347", "Company", "KOREA RYONBONG GENERAL CORPORATION", program="DPRK3"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(_LISTED)


def test_the_sense_a_listed_name_writes_beside_the_other_words_comes_first(matcher: Matcher) -> None:
    # 건축 is "construction" first in the dictionary; beside 해외 overseas and 서비스 services the lists write
    # it ARCHITECTURAL
    first = matcher.translator.readings("만수대해외프로젝트건축기술서비스")[0]
    assert "architectural" in first.text.split()
    # 원양 is "open ocean" first in the dictionary: OCEAN, beside MANAGEMENT and COMPANY, is read first
    readings = [r.text for r in matcher.translator.readings("원양해운관리회사")]
    assert next(r for r in readings if not r.startswith("원양")).startswith("ocean ")


@pytest.mark.parametrize(("query", "listed"), [
    ("만수대해외프로젝트건축기술서비스", "ofac-22703"),
    ("진영정보기술협조회사", "ofac-43379"),
    ("원양해운관리회사", "ofac-17068"),
])
def test_names_whose_meant_sense_is_not_the_dictionarys_first_are_found(matcher: Matcher, query: str,
                                                                         listed: str) -> None:
    found = matcher.match(Query("q", query))
    assert found and found[0].entity_id == listed and found[0].match


def test_a_word_picked_out_of_a_sense_does_not_find_another_body(matcher: Matcher) -> None:
    # 軍事 "military affairs": AFFAIRS beside 委員会 is in STATE AFFAIRS COMMISSION, but 'military' is borne out
    # better (CENTRAL MILITARY COMMISSION of the WORKERS' PARTY), and the rest keep the dictionary's order
    found = matcher.match(Query("q", "労働党中央軍事委員会"))
    assert not found or found[0].entity_id != "ofac-22283" or not found[0].match


def test_without_listed_names_the_dictionary_order_stands() -> None:
    t = Translator(["construction", "architectural", "building", "overseas", "services", "technical"])
    first = t.readings("만수대해외프로젝트건축기술서비스")[0]
    assert "construction" in first.text.split()


_DEPARTMENTS = [
    _e("20123", "Organization", "ORGANIZATION AND GUIDANCE DEPARTMENT", program="DPRK3"),
    _e("12214", "Organization", "MUNITIONS INDUSTRY DEPARTMENT", "MILITARY SUPPLIES INDUSTRY DEPARTMENT",
       program="DPRK3"),
    _e("20129", "Organization", "MINISTRY OF STATE SECURITY", program="DPRK3"),
]


@pytest.mark.parametrize("query", ["組織指導部", "组织指导部", "조직지도부"])
def test_a_word_ending_in_a_vocabulary_word_is_cut_where_the_lists_write_the_two(query: str) -> None:
    # 指導部 is one dictionary word, "leadership", which no listed body's name writes; 指導 guidance beside 部
    # department is in ORGANIZATION AND GUIDANCE DEPARTMENT
    found = Matcher(_DEPARTMENTS).match(Query("q", query))
    assert found and found[0].entity_id == "ofac-20123" and found[0].match


def test_without_listed_names_a_dictionary_word_stays_whole() -> None:
    t = Translator(["organization", "guidance", "department", "leader", "ship"])
    assert all("guidance" not in r.text for r in t.readings("組織指導部"))
