"""Company words written out in pinyin or Korean romanization, and spaces lost or added on the way."""

from __future__ import annotations

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query, name_similarity
from chainlight.resolve.rendering import render_name


def _words(name: str) -> list[tuple[str, str]]:
    return [(t.text, t.cls) for t in render_name(name).renderings[0]]


@pytest.mark.parametrize(("name", "expected"), [
    # pinyin and Wade–Giles organisational words (有限责任公司, 钢铁, 光伏)
    ("Jiangsu Rongzhi Shiye Youxian Zeren Gongsi", [("jiangsu", "name"), ("rongzhi", "name"),
                                                    ("industrial", "industry"), ("company", "legal"),
                                                    ("limited", "legal")]),
    # (a hyphenated group of syllables is one word: Ka-Shih = Kashi)
    ("K'a-Shih Hung-Pin Kang-T'ieh Youxian Gongsi", [("kashih", "name"), ("hungpin", "name"),
                                                      ("steel", "industry"), ("company limited", "legal")]),
    # Korean: 기술 technology, 회사 company; 물산 trading, 련합회사 united company
    ("Choson Kuan Kisul Hoesa", [("korea", "generic"), ("kuan", "name"), ("technology", "industry"),
                                 ("company", "legal")]),
    ("Namjang Mulsan Ryonhaphoesa", [("namjang", "name"), ("trading", "industry"), ("united", "generic"),
                                     ("company", "generic")]),
])
def test_romanized_company_words_read_as_vocabulary(name: str, expected: list[tuple[str, str]]) -> None:
    got = _words(name)
    for text, cls in expected:
        assert any(t == text.split()[0] and c == cls for t, c in got), (text, got)


def test_a_person_keeps_a_given_name_that_spells_a_company_word() -> None:
    # 建设 jianshe is 'construction', but Wang Jianshe is a man: no other vocabulary word, no reading
    assert _words("Wang Jianshe") == [("wang", "name"), ("jianshe", "name")]
    # nor is the first word of a name read so: 수산 susan (fisheries) / Susan
    assert _words("Susan Trading Co")[0] == ("susan", "name")


@pytest.mark.parametrize(("name", "words"), [
    ("Me Holdings Comp Any", ["me", "holdings", "company"]),
    ("Hamkang Shipp Ing General Company", ["hamkang", "shipping", "general", "company"]),
    ("Crown Sain Investmentssa", ["crown", "sain", "investment", "llc"]),
    ("Anjutrading Co., Ltd.", ["anju", "trading", "company", "limited"]),
    ("丹东 Jinxingapparel Company", ["dandong", "jinxing", "garments", "company"]),
])
def test_spaces_lost_or_added_around_company_words(name: str, words: list[str]) -> None:
    assert [t for t, _ in _words(name)] == words


@pytest.mark.parametrize("name", ["Jasmine Trading", "Mexico Shipping", "Tabasco Foods"])
def test_names_ending_like_a_short_company_word_stay_whole(name: str) -> None:
    assert _words(name)[0][0] == name.split()[0].lower()


def test_one_letter_off_in_a_short_word_is_still_a_candidate() -> None:
    ents = [Entity(f"e{i}", "Company", "t", f"e{i}", [Name(n, "primary")]) for i, n in enumerate(
        ["Marco Korsa", "Marko Polo Trading", "Korsan Shipping", "Orsa Marine", "Mark Korsakov"])]
    m = Matcher(ents)
    top = m.match(Query("q", "Mardco Korsa"), limit=3)
    assert top and top[0].entity_name == "Marco Korsa"


def test_pinyin_company_meets_its_english_listing() -> None:
    score, why = name_similarity("Dongguan Haicheng Fushi Youxian Gongsi", "Dongguan Haicheng Apparel Co., Ltd.")
    assert score >= 0.7, why
