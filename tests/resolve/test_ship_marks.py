"""A ship's name as Korean, Chinese and Japanese documents write it, with the mark after it (백마호, 白马号, 코티호),
against the lists' vessels, which leave the mark out.  Vessel and person names are OFAC SDN entries as OFAC
writes them; the queries are as Korean press writes them (benchmarks/resolve/realworld, fifth set)."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.written import ship_mark_reading
from tests.resolve.listed import ofac as _e


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("23737", "Vessel", "PAEK MA", program="DPRK2"),
        _e("23786", "Vessel", "KOTI", program="DPRK2"),
        _e("23729", "Vessel", "CHON MA SAN", program="DPRK2"),
        _e("20571", "Company", "PAEKMA SHIPPING CO", program="DPRK2"),
        _e("21748", "Person", "KIM, Tong-ho", program="NPWMD"),
    ])


def _top(m: Matcher, name: str) -> tuple[str, bool]:
    got = m.match(Query("q", name), limit=5)
    return (got[0].entity_name, got[0].match) if got else ("", False)


@pytest.mark.parametrize("name,vessel", [("백마호", "PAEK MA"), ("코티호", "KOTI"), ("천마산호", "CHON MA SAN"),
                                         ("白马号", "PAEK MA"), ("白馬號", "PAEK MA")])
def test_a_ship_written_with_its_mark_is_the_listed_vessel(matcher: Matcher, name: str, vessel: str) -> None:
    found, matched = _top(matcher, name)
    assert (found, matched) == (vessel, True)
    explanation = matcher.match(Query("q", name), limit=1)[0].explanation
    assert "without the mark written after a ship's name" in explanation


def test_the_reading_without_the_mark_finds_vessels_only(matcher: Matcher) -> None:
    # 김정호 is a man's name: read without its last syllable it must not find a person or a firm
    found = matcher.match(Query("q", "김정호"), limit=5)
    assert all("without the mark" not in m.explanation and m.schema != "Vessel" for m in found)
    # the firm that owns the tanker is found by its own name, not by the ship's
    assert all(m.entity_name != "PAEKMA SHIPPING CO" or "without the mark" not in m.explanation
               for m in matcher.match(Query("q", "백마호"), limit=5))


def test_numbers_and_rooms_keep_their_mark() -> None:
    assert ship_mark_reading("3호") == [] and ship_mark_reading("39호실") == [] and ship_mark_reading("호") == []
    assert ship_mark_reading("금운산3호") == []  # No. 3 is the number of the list's KUM UN SAN 3 (rendering.py)
    assert ship_mark_reading("백마호") == [("백마", "without the mark written after a ship's name (호): 백마")]
