"""matcher: near ties decided by the name's own words, a confirmed name's two unjoined entries, an aircraft's
registration read alone, and a given name alone in transliteration characters (issue 14, round 25b).  아지아 해운회사
reads AZIA SHIPPING HOLDINGS LIMITED 0.9782 by one reading and AZIA SHIPPING COMPANY 0.9781 by another: 회사 says
company, which only the second lists.  Entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.matcher import (
    _decided_by_words,
    _given_name_only,
    _near_tie_by_words,
    _one_transliterated_word,
    registrations,
)
from chainlight.resolve.types import Match
from tests.resolve.listed import ofac


def _m(entity_id: str, listed: str, score: float, query_key: str, list_key: str, schema: str = "Company",
       features: dict[str, float] | None = None) -> Match:
    return Match("q", 1, entity_id, listed, schema, score, score >= 0.7, [entity_id.replace("-", ":", 1)],
                 [entity_id], "q", listed, dict(features or {}),
                 explanation=f"'x' ~ '{listed}' via key '{query_key}' / '{list_key}': tokens -0.07")


def test_the_body_whose_own_word_the_name_writes_goes_first() -> None:
    holdings = _m("ofac-46770", "AZIA SHIPPING HOLDINGS LIMITED", 0.9782, "a jia shipping company",
                  "a zia shipping holdings limited")
    company = _m("ofac-46769", "AZIA SHIPPING COMPANY", 0.9781, "ajia shipping company", "azia shipping company")
    assert _decided_by_words(holdings, company) == 2
    found = _near_tie_by_words([holdings, company], 0.7)
    assert [m.entity_name for m in found] == ["AZIA SHIPPING COMPANY", "AZIA SHIPPING HOLDINGS LIMITED"]
    assert found[1].score < found[0].score and found[1].match and "near_tie_words" in found[1].features
    assert "the name's words decide" in found[1].explanation and [m.rank for m in found] == [1, 2]


def test_a_body_with_no_unsaid_word_before_one_with_an_unsaid_word() -> None:
    bank = _m("ofac-1", "KORYO BANK", 0.95, "koryo bank", "koryo bank")
    commercial = _m("ofac-2", "KORYO COMMERCIAL BANK", 0.949, "koryo bank", "koryo commercial bank")
    assert _decided_by_words(bank, commercial) == 1
    assert [m.entity_name for m in _near_tie_by_words([bank, commercial], 0.7)] == ["KORYO BANK", "KORYO COMMERCIAL BANK"]


def test_words_that_decide_nothing_leave_the_order_and_the_scores() -> None:
    a = _m("ofac-1", "KOREA X TRADING", 0.95, "korea x", "korea x trading")
    b = _m("ofac-2", "KOREA X MINING", 0.949, "korea x", "korea x mining")
    assert _decided_by_words(a, b) == 0
    found = _near_tie_by_words([a, b], 0.7)
    assert [(m.entity_name, m.score) for m in found] == [("KOREA X TRADING", 0.95), ("KOREA X MINING", 0.949)]


def test_bodies_far_apart_and_persons_are_left_alone() -> None:
    holdings = _m("ofac-46770", "AZIA SHIPPING HOLDINGS LIMITED", 0.99, "ajia shipping company",
                  "azia shipping holdings limited")
    company = _m("ofac-46769", "AZIA SHIPPING COMPANY", 0.95, "ajia shipping company", "azia shipping company")
    assert _near_tie_by_words([holdings, company], 0.7)[0].entity_name == holdings.entity_name
    p = _m("ofac-3", "KIM, Yong Chol", 0.95, "kim yong", "kim yong chol", "Person")
    q = _m("ofac-4", "KIM, Yong", 0.949, "kim yong", "kim yong", "Person")
    assert _near_tie_by_words([p, q], 0.7)[0] is p


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        ofac("46770", "Company", "AZIA SHIPPING HOLDINGS LIMITED", program="RUSSIA-EO14024"),
        ofac("46769", "Company", "AZIA SHIPPING COMPANY", program="RUSSIA-EO14024"),
        ofac("20543", "Airplane", "P-552", program="DPRK3"),
        ofac("20520", "Organization", "AIR KORYO", program="DPRK3"),
        ofac("31302", "Person", "ZUEVA, Mariya Evgenevna", program="RUSSIA-EO14024"),
    ])


def test_a_company_written_with_its_head_noun_is_that_company(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "아지아 해운회사"), limit=5)[0]
    assert (top.entity_name, top.match) == ("AZIA SHIPPING COMPANY", True)


def test_a_registration_beside_the_aircraft_type() -> None:
    assert registrations("Tu154B(P−552)") == ["P-552"]
    assert registrations("IL62M (P-881)") == ["P-881"]
    assert registrations("P-552") == []  # a registration alone is matched as written
    assert registrations("Tu-204") == [] and registrations("KOTI CORP") == []
    # the mark typed with the Cyrillic capital drawn like it, alone or in Russian text
    assert registrations("Р-552") == ["P-552"] and registrations("самолёт Р-552") == ["P-552"]


def test_a_registration_with_a_cyrillic_mark(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "Р-552"), limit=5)[0]
    assert (top.entity_name, top.match) == ("P-552", True)


def test_an_aircraft_by_type_and_registration(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "Tu154B(P−552)"), limit=5)[0]
    assert (top.entity_name, top.schema, top.match) == ("P-552", "Airplane", True)
    assert "an aircraft's registration read alone" in top.explanation


def test_a_registration_finds_only_an_aircraft() -> None:
    m = Matcher([ofac("1", "Company", "P-552 TRADING", program="DPRK3")])
    assert not any(x.match for x in m.match(Query("q", "Tu154B(P−552)"), limit=5))


def test_a_given_name_alone_in_transliteration_characters() -> None:
    assert _one_transliterated_word("玛丽亚") and not _one_transliterated_word("玛丽亚·祖耶娃")
    assert not _one_transliterated_word("朝鲜银行")
    given = _m("ofac-31302", "ZUEVA, Mariya Evgenevna", 0.79, "maliya", "zueva mariya", "Person",
               {"person_subset": 1.35})
    surname = _m("ofac-41185", "KOZLOV, Ilya Pavlovich", 0.69, "kozlov", "kozlov ilya", "Person",
                 {"person_subset": 1.35})
    assert _given_name_only(given) and not _given_name_only(surname)


def test_a_given_name_alone_is_no_person(matcher: Matcher) -> None:
    assert not any(m.match for m in matcher.match(Query("q", "玛丽亚"), limit=5) if m.schema == "Person")


def test_hiragana_written_in_the_characters_of_its_reading() -> None:
    from chainlight.resolve.matcher import in_characters

    assert in_characters("コリョこうくう")[0] == "コリョ航空"
    assert in_characters("高麗航空") == [] and in_characters("北朝鮮の") == []


def test_air_koryo_in_katakana_and_hiragana(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "コリョこうくう"), limit=5)[0]
    assert (top.entity_name, top.match) == ("AIR KORYO", True)
    assert "hiragana read as the Sino-Japanese words they spell" in top.explanation
