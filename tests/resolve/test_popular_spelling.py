"""A Korean person's name in Hangul also read in the popular spelling of South Korean usage (resolve/hangul.py
popular_person, issue 14, round 21): Revised Romanization's eo written u syllable by syllable, as OFAC writes
KIM, Jung Jong (김정종), where McCune-Reischauer gives Chong Jong and Revised Romanization Jeong Jong."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.hangul import popular_person
from chainlight.resolve.matcher import POPULAR_SPELLING
from tests.resolve.listed import ofac as _e


@pytest.mark.parametrize("name,spelt", [("김정종", "Kim Jung Jong"), ("리철호", "Ri Chul Ho"), ("김일성", "Kim Il Sung")])
def test_the_popular_spelling(name: str, spelt: str) -> None:
    assert popular_person(name) == spelt


@pytest.mark.parametrize("name", ["김유나",  # no eo to write otherwise
                                  "조선", "단천",  # two syllables: a word more often than a name
                                  "상업은행", "Kim Jung Jong", "金正宗"])
def test_no_popular_spelling(name: str) -> None:
    assert popular_person(name) is None


def test_the_person_found_and_said_how() -> None:
    m = Matcher([_e("18558", "Individual", "KIM, Jung Jong", program="NPWMD"),
                 _e("90010", "Individual", "KIM, Jong Jong", program="NPWMD")])
    top = m.match(Query("q", "김정종"), limit=1)[0]
    assert (top.entity_name, top.match) == ("KIM, Jung Jong", True)
    assert POPULAR_SPELLING in top.explanation
