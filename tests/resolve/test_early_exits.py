"""The readings' early exits (round 27, issues 16 and 19): each test a reading makes before its work, cheaper than the
reading, gives what the reading gives, on names in Hangul, characters, kana, Cyrillic and European letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chainlight.resolve import european, hanzi, lexicon
from chainlight.resolve.normalize import has_hangul, has_hangul_or_han, is_han, is_hangul
from chainlight.resolve.particles import particle_readings
from chainlight.resolve.posts import post_readings
from chainlight.resolve.written import number_mark_reading

NAMES = ["Korea Ryonbong General Corporation", "조선광선은행", "朝鲜大成银行", "朝鮮鉱業開発", "コリョこうくう",
         "Ким Чен Ын", "Société générale de Corée", "Außenhandelsbank der DPRK", "리선권 외무상은", "金正恩総書記",
         "Qingdao Shunzhong Haoyuan Lash Works Co., Ltd.", "PT Sumber Damei Jiaheng Rambut", "조선 Trading 𠀀 Co",
         "Kyong Thaek-jong, ministre de la Sécurité d'Etat", "", " ", "39호실", "高丽航空贸易公司(AKTC)"]


@pytest.mark.parametrize("name", NAMES)
def test_the_script_tests_agree_with_the_character_tests(name: str) -> None:
    assert has_hangul_or_han(name) == any(is_hangul(c) or is_han(c) for c in name)
    assert has_hangul(name) == any(is_hangul(c) for c in name)


def test_the_script_tests_agree_on_every_code_point() -> None:
    for cp in range(0x110000):
        c = chr(cp)
        assert has_hangul_or_han(c) == (is_hangul(c) or is_han(c)), hex(cp)
        assert has_hangul(c) == is_hangul(c), hex(cp)


@pytest.mark.parametrize("name", ["Korea Ryonbong General Corporation", "DALIAN HAIBO (INTL) FREIGHT CO., LTD.",
                                  "Pingdu Hair Products Co", "a & b 1-2"])
def test_an_ascii_name_is_its_own_simplified_form_as_opencc_gives_it(name: str) -> None:
    assert hanzi.simplified(name) == name == str(hanzi._T2S.convert(name))


def test_characters_are_still_simplified() -> None:
    assert hanzi.simplified("朝鮮大成銀行") == "朝鲜大成银行"


@pytest.fixture
def table() -> Iterator[None]:
    lexicon.use({e.source: e for e in (
        lexicon.Entry("무역", "trading", 37, 0.86, ("朝鮮革新貿易会社 = KOREA HYOKSIN TRADING CORPORATION",)),
        lexicon.Entry("항공", "air", 2, 1.0, ("高麗航空 = AIR KORYO",)),
    )})
    yield
    lexicon.use(None)


def test_a_latin_name_has_no_learned_reading_and_characters_still_have(table: None) -> None:
    assert lexicon.readings("Korea Hyoksin Trading Corporation") == ()
    assert lexicon.readings("Ким Чен Ын") == ()
    assert [r.text for r in lexicon.readings("高麗航空")] == ["고려 air", "高丽 air"]
    assert [r.text for r in lexicon.readings("조선혁신무역회사")] == ["조선혁신 trading 회사"]


def test_a_fold_table_with_latin_segments_is_read_by_its_own_first_letters() -> None:
    # the first letters are the table's: a table given after another (a fold's) is read by its own
    lexicon.use({"ab": lexicon.Entry("ab", "alpha beta", 2, 1.0, ())})
    try:
        assert [r.text for r in lexicon.readings("xabx")] == ["x alpha beta x"]
        lexicon.use({"무역": lexicon.Entry("무역", "trading", 37, 0.86, ())})
        assert lexicon.readings("xabx") == ()
        assert [r.text for r in lexicon.readings("조선무역")] == ["조선 trading"]
    finally:
        lexicon.use(None)


def test_a_latin_name_in_quotes_is_still_read_without_them() -> None:
    assert particle_readings("'Korea Ryonbong General Corporation'") == [
        ("Korea Ryonbong General Corporation",
         "without the quotation marks the sentence put around the name: Korea Ryonbong General Corporation")]
    assert particle_readings("Korea Ryonbong General Corporation") == []
    assert [t for t, _ in particle_readings("리선권 외무상은")] == ["리선권 외무상"]


@pytest.mark.parametrize(("text", "person"), [
    ("Kyong Thaek-jong, ministre de la Sécurité d'Etat", "Jong Kyong Thaek"),  # the family name hyphened last
    ("Minister of State Security, Kim Won Hong", "Kim Won Hong"),
    ("Kim Won Hong (Minister of State Security)", "Kim Won Hong"),
])
def test_a_korean_family_name_beside_a_post_is_still_read(text: str, person: str) -> None:
    assert post_readings(text)[0][0] == person


@pytest.mark.parametrize("text", ["Qingdao Shunzhong Haoyuan Lash Works Co., Ltd.", "Minister of State Security",
                                  "Zhongjia Longtian Beauty Imports LLC"])
def test_no_korean_family_name_no_person_read(text: str) -> None:
    assert post_readings(text) == []


def test_a_number_mark_is_read_and_a_latin_name_has_none() -> None:
    assert [t for t, _ in number_mark_reading("노동당 39호실")] == ["노동당 office 39"]
    assert number_mark_reading("KUM UN SAN 3") == []


def test_a_german_compound_is_cut_once_and_each_caller_gets_its_own_list() -> None:
    first, second = european._compound("aussenhandelsbank"), european._compound("aussenhandelsbank")
    assert first is not None and len(first) >= 2
    assert first == second and first is not second
    assert european._compound("qingdao") is None


@pytest.mark.parametrize(("name", "first", "notes"), [
    # a phrase of the vocabulary (limited liability company) still read whole after the words looked up alone
    ("Korea Ryonbong General Corporation Limited Liability Company", ["korea", "ryonbong", "general", "corporation", "llc"],
     ("limited liability company=llc",)),
    # romanized vocabulary still read, as written and as Wade-Giles
    ("Jiangsu Rongzhi Shiye Youxian Zeren Gongsi", ["jiangsu", "rongzhi", "industrial", "limited", "limited", "company"],
     ("shiye=industrial", "youxian=limited", "zeren=limited", "gongsi=company")),
])
def test_the_latin_vocabulary_is_read_as_before(name: str, first: list[str], notes: tuple[str, ...]) -> None:
    from chainlight.resolve.rendering import render_name

    a = render_name(name)
    assert [t.text for t in a.renderings[0]] == first
    assert a.notes == notes
