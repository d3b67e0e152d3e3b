"""The real-world sets (benchmarks/extract/realworld/data.py): each set loads, apart from the others, with its quotes
within the word limit."""

from __future__ import annotations

from benchmarks.extract.realworld.data import MAX_QUOTE_WORDS, load, quote_words
from benchmarks.extract.realworld.run import SETS

# --- from tests/extract/test_real_text.py: What real reports need (issue 15): dates read against the
# publication date, Korean figures, imports, channels, goods beyond hair, and organisations of the chain
# apart from the authority that names them.


def test_the_real_world_set_is_well_formed() -> None:
    units = load()
    assert {(u.lang, u.split) for u in units} == {("en", "dev"), ("en", "heldout"), ("ko", "dev"), ("ko", "heldout")}
    assert len({u.doc for u in units}) >= 14
    for u in units:
        assert all(u.text[g.start:g.end] == g.quote for g in u.gold)
        if u.part != "whole":
            assert len(u.text.split()) <= MAX_QUOTE_WORDS


# --- from tests/extract/test_real_text_v3.py: Classes found on the third real-world set (issue 15): lists
# of places and where workers are, Korean months without a year, dates of enactments and of estimates,
# numbers in Hangul numerals, counts of people who are employed, ranges that share their scale, a firm named
# by apposition, false beards.


def test_set_3_loads_apart_from_sets_1_and_2() -> None:
    units = load(SETS["3"])
    assert {u.lang for u in units} == {"en", "ko"} and {u.split for u in units} == {"dev", "heldout"}
    assert all(len(u.text.split()) <= MAX_QUOTE_WORDS for u in units if u.part != "whole")
    assert not {u.doc for u in units} & {u.doc for u in load(SETS["1"])}


# --- from tests/extract/test_real_text_v4.py: Classes found on the fourth real-world set (issue 15):
# Chinese sentences (simplified and traditional) with their dates, figures in 万/亿, destinations, channels,
# goods and firm names; Korean day ranges and "from ... until now", workers sent somewhere, lists ending in
# 등; English years running ("in 2017 and 2018") and workers dispatched. The sentences are real press
# sentences outside the set's quotes (歪脑/Outlaw Ocean, 天天新闻, 时代, 人民报, Sputnik, 界面新闻 copies, 뉴스1, 이코노믹포스트),
# or shortened from them.


def test_set_4_loads_with_chinese_quotes_counted_by_characters() -> None:
    units = load(SETS["4"])
    assert {u.lang for u in units} == {"en", "ko", "zh"} and {u.split for u in units} == {"dev", "heldout"}
    assert all(quote_words(u.text, u.lang) <= MAX_QUOTE_WORDS for u in units)
    assert quote_words("仅在海产品产业中心丹东市就有多达8万名朝鲜工人", "zh") == 12  # 22 Han characters and "8"
    earlier = {u.doc for s in ("1", "3") for u in load(SETS[s])}
    assert not {u.doc for u in units} & earlier
