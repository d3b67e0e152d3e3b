"""The learned lexicon (resolve/lexicon.py): word-level correspondences learned from the real-world sets' annotations
(benchmarks/resolve/realworld/lexicon.py), read as one more reading of a name, its entries named in the explanation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chainlight.resolve import cedict, lexicon
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


@pytest.fixture
def table() -> Iterator[None]:
    # a fold's table, as loso.py --lexicon-loso gives the matcher one; the file's again afterwards
    lexicon.use({e.source: e for e in (
        lexicon.Entry("해외", "overseas", 2, 0.57, ("만수대해외개발사 = MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",)),
        lexicon.Entry("건설", "construction", 5, 0.83, ("해외건설지도국 = KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION",)),
        lexicon.Entry("무역", "trading", 37, 0.86, ("朝鮮革新貿易会社 = KOREA HYOKSIN TRADING CORPORATION",)),
        lexicon.Entry("회사", "corporation", 25, 0.50, ("朝鮮革新貿易会社 = KOREA HYOKSIN TRADING CORPORATION",)),
        lexicon.Entry("항공", "air", 2, 1.0, ("高麗航空 = AIR KORYO",)),
    )})
    yield
    lexicon.use(None)


def test_characters_are_read_in_korean_then_by_the_learned_words(table: None) -> None:
    got = lexicon.readings("万寿台海外建設")
    # 海外 and 建設 read in Korean (해외, 건설) are learned words; 万寿台 stays in Korean (만수대) or as written
    assert [r.text for r in got] == ["만수대 overseas construction", "万寿台 overseas construction"]
    assert got[0].words == ("overseas", "construction")
    assert "2 listed bodies" in got[0].notes[0] and "MANSUDAE" in got[0].notes[0]


def test_the_longest_learned_segment_is_read_and_a_name_without_one_has_no_reading(table: None) -> None:
    assert [r.text for r in lexicon.readings("철현무역회사")] == ["철현 trading corporation"]
    assert lexicon.readings("대성산소") == ()
    lexicon.use({})
    assert lexicon.readings("철현무역회사") == ()


def test_the_matcher_finds_a_body_through_a_learned_reading_and_says_which_entry(
        table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # (CC-CEDICT's closed compounds read 航空 air too since round 25b, 航空邮件 airmail: set aside here, so that the
    # learned reading is the one that finds the airline)
    monkeypatch.setattr(cedict, "closed_compound_senses", lambda head: ())
    m = Matcher([ofac("9960", "Organization", "AIR KORYO", program="DPRK2"),
                 ofac("9961", "Organization", "AIR KORYO TRADING CORPORATION", program="DPRK2")])
    m.use_lexicon = True
    got = m.match(Query("q", "고려항공"), 3)  # as Korean pages write the airline
    assert got and got[0].entity_id == "ofac-9960" and got[0].match
    assert "learned lexicon" in got[0].explanation and "항공 = air" in got[0].explanation
    assert "2 listed bodies" in got[0].explanation
    # the learned reading 고려 air accounts for AIR KORYO whole, not for AIR KORYO TRADING CORPORATION
    assert all(x.entity_id != "ofac-9961" or "learned lexicon" not in x.explanation for x in got)
    got = m.match(Query("q", "고려항공무역회사"), 3)
    assert got and got[0].entity_id == "ofac-9961" and got[0].match
    m.use_lexicon = False
    assert all("learned lexicon" not in x.explanation for x in m.match(Query("q", "고려항공"), 3))


def test_the_shipped_table_rests_on_two_bodies_at_least() -> None:
    entries = lexicon.table()
    assert entries and all(e.support >= 2 and e.examples for e in entries.values())
    assert all(e.english == e.english.lower() and " " not in e.english for e in entries.values())
