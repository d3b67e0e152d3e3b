"""A name written with its other script in brackets (written.bracket_readings): a word in Hangul glossed by its
characters (훙샹(鴻祥)그룹, 조선광선은행(朝鮮光鮮銀行), 마샤오훙(馬曉紅)), read with the characters in place of the Hangul
and, where the bracket writes the whole name, alone; a bracket that names a body with its country is no place.
The names are those Korean documents write (benchmarks/resolve/realworld); the entries are OFAC's."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.written import bracket_readings
from tests.resolve.listed import ofac


def test_characters_in_brackets_take_the_place_of_the_hangul_they_write() -> None:
    got = dict(bracket_readings("훙샹(鴻祥)그룹"))
    assert "鴻祥그룹" in got
    assert "鴻祥" not in got  # the bracket glosses one word of two: alone it would drop 그룹
    assert "단둥 鴻祥실업발전" in dict(bracket_readings("단둥 훙샹(鴻祥)실업발전"))


def test_characters_writing_the_whole_name_are_read_alone() -> None:
    got = dict(bracket_readings("조선광선은행(朝鮮光鮮銀行)"))
    assert "朝鮮光鮮銀行" in got
    assert "조선광선은행" in got  # a body's name opening with its country is no place: the bracket goes
    assert "馬曉紅" in dict(bracket_readings("마샤오훙(馬曉紅)"))  # four syllables for three characters: alone only


def test_a_bracket_naming_a_place_stays_and_a_bracket_of_other_characters_is_no_gloss() -> None:
    assert dict(bracket_readings("하나은행(중국)")) == {"하나은행 (중국)": "without the bracket: 하나은행 (중국)"}
    # a longer Hangul word than the bracket: its syllables that are the characters' Korean reading are replaced
    assert "대重鑛그룹" in dict(bracket_readings("대중광(重鑛)그룹"))
    assert not any("重鑛" in t for t, _ in bracket_readings("대성광(重鑛)그룹")[1:])  # not read 중광: no gloss


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        ofac("20565", "Person", "MA, Xiaohong", program="NPWMD"),
        ofac("11111", "Company", "KOREA KWANGSON BANKING CORP", program="DPRK"),
    ])


@pytest.mark.parametrize("name,want", [("마샤오훙(馬曉紅)", "ofac-20565"), ("조선광선은행(朝鮮光鮮銀行)", "ofac-11111")])
def test_a_name_glossed_by_its_characters_is_found(matcher: Matcher, name: str, want: str) -> None:
    got = matcher.match(Query("q", name), limit=3)
    assert got and got[0].entity_id == want and got[0].match, [(m.entity_name, m.score) for m in got]
