"""hs_v16 (option head_gloss, head_gloss.py): the head noun of a title the rules named no good in, read in English by a
dictionary and matched against the nomenclature's own heading and subheading texts, the title's other words choosing
the subheading.  Titles written for the test (Chinese, Korean, English), not taken from the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.head_gloss import glosses, head_gloss, names_goods
from chainlight.classify.nomenclature import english_tokens, index, query_words
from chainlight.classify.vote import _head_gloss_match


@pytest.fixture(scope="module")
def v16() -> Classifier:
    return Classifier(version="hs_v16")


def test_the_nomenclature_names_goods_by_the_nouns_that_end_its_phrases() -> None:
    # "Rice; husked (brown) rice", "Belts and bandoliers ... of leather": rice and belt head phrases there
    for word in ("rice", "belt", "umbrella", "sardine"):
        assert names_goods(english_tokens(word)[0]), word
    # words that qualify goods there, or that it never writes
    for word in ("small", "multifunction", "kettle"):
        assert not names_goods(english_tokens(word)[0]), word


@pytest.mark.parametrize(("text", "noun", "head"), [
    # Chinese: the last noun of two characters or more, read by CC-CEDICT's first sense
    ("某品牌全自动折叠雨伞", "雨伞", "umbrella"),
    # nothing after 带 "with" is the good (the steel ring that comes with a chopping board)
    ("实木砧板 38*8带钢圈", "砧板", None),
    # English: the last word of the first phrase, a colour passed over
    ("Leather Belt Brown", "belt", "belt"),
    ("Canned Sardines - in tomato sauce", "sardine", "sardine"),
])
def test_the_head_and_its_english(text: str, noun: str, head: str | None) -> None:
    first = glosses(text)[0]
    assert first.noun == (english_tokens(noun)[0] if noun.isascii() else noun)
    found = head_gloss(text)
    assert (found.head if found else None) == (english_tokens(head)[0] if head else None)


def test_a_glossary_noun_is_left_to_the_nomenclature_reader() -> None:
    # 통조림 is the glossary's "prepared or preserved ... airtight containers": the reader weighs it already
    assert head_gloss("연어 통조림 223g") is None


def test_the_head_chooses_the_lines_and_the_title_the_subheading(v16: Classifier) -> None:
    # sardines read in the nomenclature: heading 16.04 by "canned", its sardine line by the head
    got = v16.classify("t1", "Canned Sardines - Saba Phil. Sardines")
    assert got.hs6 == "160413" and got.risk_category == "other"
    assert any("head noun in the nomenclature" in r for r in got.reasons)


def test_the_lines_are_restricted_to_the_head_word() -> None:
    ix = index()
    umbrella = english_tokens("umbrella")[0]
    m = ix.best(dict.fromkeys(english_tokens("folding umbrella steel"), 1.0), containing=umbrella)
    assert m is not None and m.code.startswith("6601")
    assert umbrella in ix._doc_words[ix.codes.index(m.code)]


def test_a_risk_good_is_not_read_by_the_head(v16: Classifier) -> None:
    # "hair": its lines are wigs (67.04) and raw human hair (05.01), risk goods the vocabulary's rules name, not the
    # head's lines; knitted fabric is no risk good and is read
    vocab = v16.vocabulary
    for text in ("premium synthetic hair", "human hair"):
        assert head_gloss(text) is not None
        assert _head_gloss_match(text, query_words(text), vocab)[0] is None
    m = _head_gloss_match("knit fabric", query_words("knit fabric"), vocab)[0]
    assert m is not None and m.code.startswith("6006")


def test_the_table_of_hs_v15_still_reads_first(v16: Classifier) -> None:
    # a kettle: the nomenclature has no word for it; hs_v15's table holds it
    assert v16.classify("t3", "家用大容量电热水壶").hs6 == "851679"



def test_a_generic_english_head_gives_no_gloss() -> None:
    # the seed report's "knitted goods" (Kaechon's knitwear): "goods" heads the phrase and names no good; "knitted"
    # qualifies it and must not be read as the head (it sent the title to knitted fabric, 60.05)
    assert head_gloss("knitted goods") is None
    assert head_gloss("Hand-knitted woollen articles") is None
    assert Classifier().classify("t", "knitted goods").risk_category == "knitwear"
