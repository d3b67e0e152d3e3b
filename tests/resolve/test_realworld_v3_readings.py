"""Readings added on the third real-world set's dev half (issue 14): Roman numerals ending a name, a state
body's head noun rendered both ways the lists write it, and English given in brackets after Hangul."""

from __future__ import annotations

from chainlight.resolve.matcher import name_similarity
from chainlight.resolve.rendering import render_name
from chainlight.resolve.written import query_readings


def texts(name: str) -> list[str]:
    return [" ".join(t.text for t in r) for r in render_name(name).renderings]


def test_a_roman_numeral_ending_a_name_is_its_number() -> None:
    assert texts("Pu Hung I") == ["pu hung 1"]
    assert texts("Kwang Myong II") == ["kwang myong 2"]
    assert texts("Diamond II") == ["diamond ii"]
    assert name_similarity("Pu Hung I", "PU HUNG 1")[0] >= 0.9


def test_a_lone_i_or_a_first_word_is_no_numeral() -> None:
    assert texts("Yi I") == ["yi i"]  # the Joseon scholar 이이: a surname and a given name
    assert texts("Vi Trading") == ["vi trading"]


def test_a_state_bodys_head_noun_in_hangul_is_ministry_as_well_as_department() -> None:
    assert set(texts("인민보안부")) == {"peoples security department", "peoples security ministry"}
    assert name_similarity("인민보안부", "MINISTRY OF PEOPLE'S SECURITY")[0] >= 0.7
    assert name_similarity("국가보위부", "MINISTRY OF STATE SECURITY")[0] >= 0.7
    # a Latin name keeps the word it writes
    assert texts("Ministry of Defence") == ["ministry of defence"]


def test_english_in_brackets_after_hangul_reads_the_words_before_it_and_alone() -> None:
    got = dict(query_readings("다롄 하이보 (Dalian Haibo) 국제화물사"))
    assert "Dalian Haibo 국제화물사" in got
    assert "Dalian Haibo" in got


def test_a_one_word_or_non_latin_bracket_is_not_read_as_a_name() -> None:
    got = dict(query_readings("하나은행(중국)유한공사"))
    assert "중국" not in got
    assert all("Haibo" not in t for t in got)


def test_katakana_wo_of_a_korean_name_is_read_wo() -> None:
    from chainlight.resolve import kana

    assert "ri jongwon" in [t for t, _ in kana.readings("リ・ジョンウォン")]


def test_a_proper_nouns_gloss_gives_none_of_its_common_words_alone() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator(["dynasty", "korea", "mining"])
    assert all("dynasty" not in r.text for r in t.readings("高麗商社"))  # 高麗 "Korean Goryeo dynasty"
    assert any(r.text.startswith("korea ") for r in t.readings("北韩矿业"))  # 北韓 "North Korea": its name


def test_a_chinese_persons_name_in_hangul_is_read_as_surname_and_given_name() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator(["yan", "zhiyong", "sun", "wei"])
    assert [r.text for r in t.readings("옌즈융")][:1] == ["yan zhiyong"]
    assert [r.text for r in t.readings("쑨웨이")][:1] == ["sun wei"]
    assert Translator(["kim", "jong"]).readings("김정은") == []  # every syllable a Hanja's: a Korean name


def test_katakana_of_a_foreign_word_is_also_read_without_the_vowels_japanese_adds() -> None:
    from chainlight.resolve import kana

    got = [t for t, _ in kana.readings("アグロソユーズ商業銀行")]
    assert "agrosoyuz 商業銀行" in got
    assert "gren pine associated" not in [t for t, _ in kana.readings("グリーン・パイン・アソシエーテッド")]


def test_a_vocabulary_word_is_also_read_by_its_fuller_dictionary_sense() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator(["foreign", "trade", "trading", "bank", "mining", "industry"])
    assert [o[2] for o in t.fuller_senses("外貿")] == ["foreign trade"]
    assert t.fuller_senses("矿业") == []  # "mining industry" adds only a word the analyser reads already
    assert t.fuller_senses("朝鲜") == []  # the country word is no trade's


def test_a_unit_written_after_its_parent_without_a_space_is_read_alone() -> None:
    got = dict(query_readings("朝鮮労働党軍需工業部"))
    assert "軍需工業部" in got
    assert dict(query_readings("인민무력부정찰총국")).keys() >= {"정찰총국"}
    assert query_readings("조선광업개발무역회사") == []  # 조선광업 (Korea Mining) is no parent body


def test_a_sense_is_also_offered_in_its_own_words_where_the_lists_have_them() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator(["military", "supply", "supply", "supplies", "industry"])
    got = [r.text for r in t.readings("軍需工業部")]
    assert "military supplies 工業部" in got
