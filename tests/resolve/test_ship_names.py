"""A ship's name with its mark heard as a listed vessel's name (resolve/ship_names.py, issue 14, round 20): the
lists spell North Korean ships by no one system (대홍단 is DAI HONG DAN), the press writes the Korean by ear (찬마산호
for CHON MA SAN) and Chinese by Mandarin sound (暮独邦号, mu du bang: MU DU BONG).  Consonants by class syllable for
syllable, a number the same, and one vowel apart at most; only a vessel answers, under the name as written.
Vessels as OFAC writes them; the queries as Korean and Chinese press wrote them (sets 15 and 17)."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query, ship_names
from tests.resolve.listed import ofac as _e


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("23721", "Vessel", "DAI HONG DAN", program="DPRK2"),
        _e("23729", "Vessel", "CHON MA SAN", program="DPRK2"),
        _e("13991", "Vessel", "MU DU BONG", program="DPRK2"),
        _e("23730", "Vessel", "UL JI BONG 6", program="DPRK2"),
        _e("90003", "Company", "DAE HUNG DAN TRADING CO", program="DPRK2"),
    ])


def _listed(name: str) -> tuple[tuple[ship_names.Syllable, ...], str]:
    read = ship_names.listed_syllables(name)
    assert read is not None
    return read


@pytest.mark.parametrize("spoken,listed", [("대홍단", "DAI HONG DAN"), ("대흥단", "DAI HONG DAN"),
                                           ("찬마산", "CHON MA SAN"), ("暮独邦", "MU DU BONG"),
                                           ("暮獨邦", "MU DU BONG"), ("을지봉6", "UL JI BONG 6"),
                                           # as spoken (round 21): 압록 is said am nok, 백령 paeng nyong, 신라 sil la
                                           ("압록강", "AM NOK GANG"), ("백령", "PAENG NYONG"), ("신라", "SIL LA"),
                                           ("청천강", "CHONG CHON GANG")])
def test_heard_alike(spoken: str, listed: str) -> None:
    assert ship_names.heard_alike(spoken, _listed(listed))


@pytest.mark.parametrize("spoken,listed", [
    ("대용단", "DAI HONG DAN"),  # ㅇ is no h
    ("다이홍단", "DAI HONG DAN"),  # four syllables against three
    ("천마선", "CHAN MA SAN"),  # two vowels apart
    ("을지봉", "UL JI BONG 6"),  # the number missing
    ("우지봉6", "UL JI BONG 6"),  # a consonant missing
    ("鸭绿江", "AM NOK GANG"),  # characters by pinyin (ya lu jiang): no Korean sound change
])
def test_not_heard_alike(spoken: str, listed: str) -> None:
    assert not ship_names.heard_alike(spoken, _listed(listed))


def test_a_name_not_of_one_syllable_a_word_is_not_read() -> None:
    assert ship_names.listed_syllables("OCEAN SKY") is None
    assert ship_names.listed_syllables("PAEKMA") is None  # one word


@pytest.mark.parametrize("name,vessel", [("대홍단호", "DAI HONG DAN"), ("찬마산호", "CHON MA SAN"),
                                         ("暮独邦号", "MU DU BONG")])
def test_the_vessel_found_under_the_name_as_written(matcher: Matcher, name: str, vessel: str) -> None:
    top = matcher.match(Query("q", name), limit=1)[0]
    assert (top.entity_name, top.match, top.schema) == (vessel, True, "Vessel")
    assert ship_names.SOURCE in top.explanation and top.score <= 0.9


def test_without_a_ship_mark_nothing_is_heard(matcher: Matcher) -> None:
    assert not any(ship_names.SOURCE in m.explanation for m in matcher.match(Query("q", "찬마산"), limit=5))
