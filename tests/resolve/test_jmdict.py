"""JMdict read as a second dictionary of Sino-Korean words (resolve/jmdict.py), and names whose words only it
has found through it.  List names are OFAC SDN entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query, jmdict
from chainlight.resolve.translation import Translator, lookup, pieces, sino_heads
from tests.resolve.listed import ofac as _e


def test_words_chinese_writes_otherwise_are_found_with_their_english() -> None:
    zinc = jmdict.lookup("亞鉛")  # Chinese writes zinc 锌; Korean 아연 and Japanese 亜鉛 keep the old word
    assert zinc is not None and zinc.senses[0] == "zinc"
    atomic = jmdict.lookup("原子力")
    assert atomic is not None and "atomic energy" in atomic.senses


def test_japanese_forms_are_keyed_as_traditional_and_simplified_characters() -> None:
    head = jmdict.lookup("總局")  # JMdict writes 総局
    assert head is not None and head.traditional == "總局" and head.simplified == "总局"
    assert jmdict.lookup("总局") == head


def test_cc_cedict_is_read_first_and_each_word_names_its_dictionary() -> None:
    found = lookup("商業")
    assert found is not None and found[1] == "CC-CEDICT"
    found = lookup("亞鉛")
    assert found is not None and found[1] == "JMdict"


def test_hangul_words_are_found_by_the_korean_reading_of_jmdicts_headwords() -> None:
    assert "亞鉛" in sino_heads("아연")
    got = {p.text: p for p in pieces("조선아연공업총회사")}
    assert got["아연"].kind == "word" and "亞鉛" in got["아연"].heads


def test_a_proper_noun_the_dictionaries_cut_into_words_is_cut() -> None:
    # Kiwi knows 고려항공 (the airline) as one proper noun; its words are 고려 and 항공 (航空, aviation)
    assert [p.text for p in pieces("고려항공")] == ["고려", "항공"]
    # a proper noun the dictionaries do not cover stays one name
    assert next((p.text, p.kind) for p in pieces("만수대창작사")) == ("만수대", "name")


def test_a_compound_is_written_as_the_lists_write_it() -> None:
    t = Translator(["north"] * 10 + ["east"] * 30 + ["northeast", "asia", "bank"])
    assert t.listed_word("northeast") == "north east"  # NORTH EAST ASIA BANK, not North Asia
    assert t.listed_word("north") == "north"




@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("22325", "Company", "KOREA ZINC INDUSTRIAL GROUP", program="DPRK3"),
        _e("11598", "Organization", "GENERAL BUREAU OF ATOMIC ENERGY", program="DPRK3"),
        _e("20568", "Company", "NORTH EAST ASIA BANK", program="DPRK3"),
        _e("10001", "Company", "KORYO BANK", program="DPRK3"),
        _e("30009", "Company", "ASIA GLOBAL TRADING LIMITED"),
        _e("30010", "Person", "SAID, Mohamed"),
    ])


@pytest.mark.parametrize(("name", "listed", "word"), [
    ("조선아연공업총회사", "KOREA ZINC INDUSTRIAL GROUP", "亞鉛"),  # Hangul, as Korean news write it
    ("朝鮮亜鉛工業総会社", "KOREA ZINC INDUSTRIAL GROUP", "亜鉛"),  # kanji, as Japanese news write it
    ("원자력총국", "GENERAL BUREAU OF ATOMIC ENERGY", "原子力"),
    ("原子力総局", "GENERAL BUREAU OF ATOMIC ENERGY", "原子力"),
])
def test_names_whose_words_only_jmdict_has_find_their_listing(matcher: Matcher, name: str, listed: str,
                                                             word: str) -> None:
    got = matcher.match(Query("q", name), limit=3)
    assert got and got[0].entity_name == listed and got[0].match
    assert "JMdict" in got[0].explanation and word in got[0].explanation


def test_a_compound_sense_finds_the_bank_its_words_name(matcher: Matcher) -> None:
    got = matcher.match(Query("q", "동북아은행"), limit=3)
    assert got and got[0].entity_name == "NORTH EAST ASIA BANK" and got[0].match


def test_jmdict_senses_follow_cc_cedicts_and_are_cited_as_jmdicts() -> None:
    # 貨物 is goods and commodity to CC-CEDICT, cargo and freight to JMdict (as Korean uses 화물)
    t = Translator(["goods", "commodity", "cargo", "freight", "international", "dalian", "haibo"])
    got = [(label, english) for _, label, english, _ in t.senses(("貨物",))]
    assert got[:2] == [("goods", "goods"), ("commodity", "commodity")]
    assert ("JMdict: freight", "freight") in got


def test_a_name_read_partly_by_sound_has_its_other_words_read_by_dictionary() -> None:
    # 다롄 하이보 (Dalian Haibo, Chinese names written by their sound) + 국제 화물 (international freight)
    t = Translator(["dalian", "haibo", "international", "freight", "goods", "commodity", "cargo", "company"])
    got = {r.text: r for r in t.readings("다롄 하이보 국제 화물")}
    assert "dalian haibo 국제 freight" in got
    notes = " ".join(got["dalian haibo 국제 freight"].notes)
    assert "JMdict: freight" in notes and "dalian" in notes


def test_the_first_words_readings_do_not_use_up_the_others() -> None:
    # 第二经济委员会 is SECOND ECONOMIC COMMITTEE: 第二 (second) is translated too, though 经济 and 委员会 have many
    # senses each
    t = Translator(["second", "economic", "economy", "economics", "committee", "board", "commission", "number"])
    assert any(r.text.startswith("second economic committee") for r in t.readings("第二经济委员会"))


def test_a_chinese_firms_own_name_is_read_character_by_character() -> None:
    # 丹東富地貿易会社 is DANDONG RICH EARTH TRADING CO., LTD.: 丹東 is kept (a place the dictionary has), 富地
    # is no word, and its characters are 富 rich and 地 earth
    t = Translator(["dandong", "rich", "earth", "trading", "company", "limited", "land"])
    got = {r.text: r for r in t.readings("丹東富地貿易会社")}
    reading = next(r for text, r in got.items() if "rich earth" in text)
    assert reading.text.startswith("丹東 rich earth") and "富 rich; 地 earth" in " ".join(reading.notes)
    # characters whose senses no listed name uses are not read so
    assert not Translator(["bank"]).character_senses("富地")


def test_only_a_names_own_words_are_read_in_korean_beside_the_whole_reading() -> None:
    from chainlight.resolve.translation import names_in_korean

    # read whole, Japanese 総合 would be 총합; the firm's own name 竜岳山 is 룡악산 (LYONGAKSAN)
    assert names_in_korean("朝鮮竜岳山総合貿易会社") == "朝鮮 룡악산 総合 貿易 会社"
    assert names_in_korean("金正恩") is None  # no vocabulary: the whole reading says it all
    assert names_in_korean("Korea Ryonbong") is None
