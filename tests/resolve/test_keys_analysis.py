"""Name analysis: how Hangul and Hanzi runs are cut into vocabulary and name parts, hyphenated Wade–Giles
syllables, misspelt vocabulary, and 厂 written out."""

from __future__ import annotations

import pytest

from chainlight.resolve.normalize import skeleton
from chainlight.resolve.rendering import render_name


def _first(name: str) -> list[tuple[str, str]]:
    return [(t.text, t.cls) for t in render_name(name).renderings[0]]


def _names(name: str) -> list[list[str]]:
    """The name-part skeletons of every rendering."""
    return [[t.skel for t in r if t.cls == "name"] for r in render_name(name).renderings]


# Hangul: the reading that leaves no one-syllable name part wins over the greedy first match


def test_hangul_electronics_is_not_read_as_safety() -> None:
    # 조선함안전자련합회사: 함안 + 전자 (electronics), not 함 + 안전 (safety) + 자
    assert _first("조선함안전자련합회사") == [("korea", "generic"), ("haman", "name"), ("electronics", "industry"),
                                          ("united", "generic"), ("company", "legal")]
    got = _first("조선천하안전자회사")
    assert ("electronics", "industry") in got and ("security", "industry") not in got
    assert [t for t, c in got if c == "name"] == ["chonhaan"]


@pytest.mark.parametrize(("name", "words"), [
    ("국가안전보위부", ["state", "security", "security", "department"]),  # 안전 where it is meant
    ("인민보안성", ["peoples", "security", "ministry"]),  # 성 at the end, after vocabulary
    ("조선대성총무역회사", ["korea", "taesong", "general", "trading", "corporation"]),  # the longest word whole
])
def test_hangul_vocabulary_still_read(name: str, words: list[str]) -> None:
    assert [t for t, _ in _first(name)] == words


def test_hangul_person_keeps_a_syllable_that_is_a_vocabulary_word() -> None:
    # 김성: 성 (ministry) would leave 김 alone; a two-syllable name is a person
    assert _first("김성") == [("kim", "name"), ("song", "name")]


# Hanzi: 厂 after an industry word, and a place split from the firm's own name


def test_hanzi_factory_after_industry_word() -> None:
    assert _first("大连义锦棉业厂") == [("dalian", "name"), ("yijin", "name"), ("cotton", "industry"),
                                   ("factory", "industry")]
    assert [t for t, _ in _first("无锡凤贵实业厂")][-2:] == ["industrial", "factory"]
    # the whole chunk as one word is kept as another rendering
    assert _names("大连义锦棉业厂")[1] == [skeleton("dalianyijin")]


def test_hanzi_person_is_not_split_as_a_firm() -> None:
    assert _first("王建国") == [("wang", "name"), ("jianguo", "name")]


@pytest.mark.parametrize(("name", "english"), [
    ("义乌美丽睫毛制品有限公司", "eyelashes"), ("平壤속눈섭공장", "eyelashes"), ("青岛华美制衣厂", "garments"),
    ("苏州文贵纺织品有限公司", "garments"), ("조선은하피복공장", "garments"), ("Jinhua Eyelashes Co., Ltd.", "eyelashes"),
])
def test_trade_words_of_the_hair_and_garment_business(name: str, english: str) -> None:
    assert any(t == english and c == "industry" for t, c in _first(name)), _first(name)


def test_vocabulary_that_is_also_a_given_name_is_not_read_romanized() -> None:
    # 制衣 (garments) is zhiyi, also a given name: in Latin letters it stays the firm's name
    assert ("zhiyi", "name") in _first("Ningbo Zhiyi Garments Co., Ltd.")


# Wade–Giles: a hyphenated group of syllables is one word


@pytest.mark.parametrize(("wade_giles", "pinyin"), [
    ("Hsiang-Kang Hung-Feng Cotton Co., Ltd.", "Xianggang Hongfeng Cotton Co., Ltd."),
    ("Ning-Po Jui-Lung Agriculture", "Ningbo Ruilong Agriculture"),
    ("Shan-Tung Kuang-Shu Food", "Shandong Guangshu Food"),
    ("Ku-Erh-Le Shun-Lung Textile Factory", "Kuerle Shunlong Textile Factory"),
    ("Ch'ing-Tao Chung-Tung Technology Factory", "Qingdao Zhongdong Technology Factory"),
])
def test_hyphenated_wade_giles_meets_the_pinyin_words(wade_giles: str, pinyin: str) -> None:
    assert _names(pinyin)[0] in _names(wade_giles)


def test_hyphenated_words_that_are_not_syllables_stay_apart() -> None:
    assert [t for t, _ in _first("Jean-Pierre Dupont")] == ["jean", "pierre", "dupont"]
    assert [t for t, _ in _first("Rolls-Royce Marine")] == ["rolls", "royce", "shipping"]


def test_hyphenated_korean_given_name_keeps_its_syllables_as_a_spelling() -> None:
    assert ["li", "jonk", "jol"] in _names("Ri Jong-Chol") and ["li", "jonkjol"] in _names("Ri Jong-Chol")


# Misspelt vocabulary and 厂 written out


@pytest.mark.parametrize(("name", "word"), [
    ("Korea San Jang Tradig Company", "trading"), ("Unha Textile Groupp", "group"),
    ("Kumsong Tradinng Company", "trading"), ("Jinhua Tex Tilres Factory", "garments"),
])
def test_misspelt_vocabulary_is_read_as_vocabulary(name: str, word: str) -> None:
    assert any(t == word and c != "name" for t, c in _first(name)), _first(name)


@pytest.mark.parametrize(("name", "word"), [("Marina Petrova", "marina"), ("Maxine Shipping Ltd", "maxine"),
                                             ("Cotten Trading", "cotten")])
def test_names_one_letter_from_a_six_letter_vocabulary_word_stay_names(name: str, word: str) -> None:
    # marine, cotton: one letter changed in a six-letter word is too often a name
    assert _first(name)[0] == (word, "name")


@pytest.mark.parametrize(("name", "legal"), [
    ("SHAKEAX MANUFACTURING GMBHH", "llc"), ("Cegepit Batteriee Coorp.", "corporation"),
    ("Bochear Unity Mining LLLP", "llc"), ("Nub Iast Holdings TZCO", "llc"), ("Ciat Tiger Industries OOOO", "llc"),
    ("Kumsong Chemical rGoup", "group"), ("Beijing Taoya Steel Goup Co., Ltd.", "limited"),
    ("Prosperity Vaiim Trading Co., Lyd.", "limited"), ("Bousteas Enterprises Gmb", "llc"),
])
def test_a_misspelt_legal_form_at_the_end_of_a_firms_name_is_read_as_one(name: str, legal: str) -> None:
    assert _first(name)[-1][0] == legal and _first(name)[-1][1] != "name", _first(name)
    assert "goup" not in [t for t, _ in _first(name)]


@pytest.mark.parametrize(("name", "rest"), [
    ("LIMITED LIABILITTY COMPANH RADIOCOMP", [("radiocomp", "name")]),  # OFAC's Russian forms, misspelt
    ("PUBLIC JOINT SGOCK COMMPANY POLYUS", [("polyus", "name")]),
    ("TRV AUTO LIMITED LIABILITY COMPANU", [("trv", "name"), ("auto", "name")]),
])
def test_a_legal_form_of_several_words_misspelt_is_read_as_one(name: str, rest: list[tuple[str, str]]) -> None:
    assert [t for t in _first(name) if t[1] != "legal"] == rest and ("llc", "legal") in _first(name)


def test_two_words_one_edit_each_from_a_legal_form_and_none_right_stay_names() -> None:
    assert _first("Joint Stick Trading")[:2] == [("joint", "name"), ("stick", "name")]
    assert ("llc", "legal") not in _first("Limitex Liabilitx Companx")  # three edits: not the form


@pytest.mark.parametrize(("name", "word"), [
    ("John Paul Pete", "pete"), ("Carl Sri", "sri"), ("Ltdx", "ltdx"),  # Pte, SRL are left out; alone, no firm
    ("JSC USC", "usc"), ("Hana Electronics JVC", "jvc"), ("Limited Liability Company ITC", "itc"),  # acronyms (OFAC)
])
def test_a_name_one_letter_from_a_legal_form_stays_a_name(name: str, word: str) -> None:
    assert (word, "name") in _first(name), _first(name)


def test_chang_after_an_industry_word_is_a_factory() -> None:
    assert _first("Xiamen Shengfei Dianzi Chang")[-2:] == [("electronics", "industry"), ("factory", "industry")]
    assert _first("Xianggang Mingtian Touzi Chang Co., Ltd.")[3] == ("factory", "industry")
    assert _first("Wang Chang") == [("wang", "name"), ("chang", "name")]
    assert _first("Chang Trading")[0] == ("chang", "name")
    assert ("chang", "name") in _first("Korea Trading Chang Min")


@pytest.mark.parametrize(("name", "expected"), [
    # 광물 (minerals) beside 물산 (trading): 별광물산 is Pyolgwang Trading, 백혁광물 Paekhyok Minerals
    ("별광물산", [("pyolgwang", "name"), ("trading", "industry")]),
    ("백혁광물그룹", [("paekhyok", "name"), ("mining", "industry"), ("group", "generic")]),
    # Revised Romanization written out: Joseon (조선), Ryeonhaphoesa (련합회사)
    ("Joseon Baekdusan Mulsan Ryeonhaphoesa", [("korea", "generic"), ("baekdusan", "name"),
                                               ("trading", "industry"), ("united", "generic"),
                                               ("company", "generic")]),
    # a pinyin firm name ending in trade + 厂, with no English word in it
    ("Anhui Wende Fushi Chang", [("anhui", "name"), ("wende", "name"), ("garments", "industry"),
                                 ("factory", "industry")]),
    # the country word glued to the name, and a legal form glued to the trade
    ("Koreakyegwang Investment Company", [("korea", "generic"), ("kyegwang", "name"),
                                          ("investment", "industry"), ("company", "legal")]),
    ("Trougeat Manufacturingllp", [("trougeat", "name"), ("manufacturing", "industry"), ("llc", "legal")]),
])
def test_korean_and_chinese_trade_words(name: str, expected: list[tuple[str, str]]) -> None:
    assert _first(name) == expected


def test_country_word_is_not_cut_from_a_short_name() -> None:
    assert _first("Koreana Hotel")[0] == ("koreana", "name")
    assert _first("Koreanair Cargo")[0] == ("koreanair", "name")


def test_chinese_surname_read_as_a_surname() -> None:
    # 曾 alone is ceng ('once'); as a surname Zeng
    assert _first("曾樹鵬") == [("zeng", "name"), ("shupeng", "name")]
    assert _first("单伟") == [("shan", "name"), ("wei", "name")]


def test_a_one_letter_syllable_before_a_vocabulary_word_stays_a_name() -> None:
    # 'I' + 'Machinery' is one letter from 'machinery' too, but Po I is the firm's name (Dalian Boyi)
    assert [t for t, _ in _first("Ta-Lien Po I Machinery Co., Ltd.")][:4] == ["talien", "po", "i", "machinery"]
    assert [t.text for t in render_name("Ta-Lien Po I Machinery").renderings[1][:3]] == ["talian", "po", "yi"]


def test_hyphenated_syllables_make_a_firm_name_wade_giles() -> None:
    # no Wade–Giles sign in any word, but Pei-Ching in a firm's name: Jung Tung is read Rong Tong
    assert ["peiching", "rong", "tong"] in [[t.text for t in r if t.cls == "name"]
                                            for r in render_name("Pei-Ching Jung Tung Garment Co., Ltd.").renderings]
    # in a person's name only the hyphenated group is read so (Ma Peng-Jui = Ma Pengrui)
    assert ["ma", "pengrui"] in [[t.text for t in r] for r in render_name("Ma Peng-Jui").renderings]
    assert ["hung", "tairong"] in [[t.text for t in r] for r in render_name("Hung Tai-Jung").renderings]


def test_wade_giles_trade_word_before_chang() -> None:
    assert _first("I-Li Ai-Shun Fang-Chih Chang")[-2:] == [("garments", "industry"), ("factory", "industry")]


def test_taiwan_silicon_character() -> None:
    assert ("silicon", "industry") in _first("伊犁陽霞矽業有限公司")


def test_a_korean_name_partly_made_of_vocabulary_is_also_read_as_a_persons() -> None:
    from chainlight.resolve.rendering import render_name

    for name, person, firm in (("강철학", "gang chol hak", "steel hak"), ("박화성", "park hwa song", "pakhwa ministry")):
        forms = {" ".join(t.text for t in r) for r in render_name(name).renderings}
        assert person in forms and firm in forms
    # a name of four syllables or more stays a body's name (정찰총국, the Reconnaissance General Bureau)
    assert all("chong chal" not in " ".join(t.text for t in r) for r in render_name("정찰총국").renderings)


def test_a_numbers_mark_is_dropped_and_a_word_ending_in_it_kept() -> None:
    from chainlight.resolve.rendering import render_name

    def read(name: str) -> list[str]:
        return [" ".join(t.text for t in r) for r in render_name(name).renderings]

    assert read("제2경제위원회") == ["2 economic committee"]  # 第2: the second
    assert "kumunsan 3" in read("금운산3호")  # No. 3
    assert read("경제2") == ["economic 2"]  # 경제 (economy) ends in 제: no mark
