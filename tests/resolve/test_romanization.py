"""Keys: Hangul, Hanzi and Latin spellings of the same name meet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainlight.resolve import name_similarity
from chainlight.resolve.hangul import mccune_reischauer, word_variants
from chainlight.resolve.normalize import fold, skeleton
from chainlight.resolve.rendering import render_name


def test_mccune_reischauer_forms() -> None:
    assert mccune_reischauer("련봉", breves=False, apostrophes=False) == "ryonbong"
    assert mccune_reischauer("청천강") == "ch'ŏngch'ŏngang"
    assert mccune_reischauer("포통강", breves=False, dprk=True) == "phothonggang"
    assert mccune_reischauer("관리소", breves=False) == "kwalliso"


def test_initial_rieul_variants() -> None:
    assert {"ryonbong", "lyonbong", "yonbong"} <= set(word_variants("련봉"))


@pytest.mark.parametrize("a,b", [("Ryonbong", "Lyonbong"), ("Ryŏnbong", "Ryonbong"), ("Jong", "Chong"),
                                 ("Jeong", "Chong"), ("Ri", "Lee"), ("Kwalliso", "Kwaliso")])
def test_skeleton_collapses_romanizations(a: str, b: str) -> None:
    assert skeleton(fold(a)) == skeleton(fold(b))


@pytest.mark.parametrize("hangul,latin", [
    ("리정철", "RI, Chong Chol"), ("리정철", "LI Jong Chol"), ("리정철", "Lee Jeong-cheol"), ("리정철", "Yi Jong Chol"),
    ("조정철", "CHO Jong Chol"), ("조정철", "Jo Chong Chol"), ("정성남", "Jong Song Nam"),
    ("정성남", "Chong Song Nam"), ("정성남", "Jeong Seong-nam"),
])
def test_korean_person_names_meet_every_romanization(hangul: str, latin: str) -> None:
    score, why = name_similarity(hangul, latin, "Person")
    assert score >= 0.9, why


@pytest.mark.parametrize("a,b", [
    ("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION"),
    ("조선련봉총회사", "Korea Lyonbong General Corp."),
    ("Rungra-do", "Rungrado"), ("Chong Chon Gang", "Chongchongang"), ("王建國", "王建国"), ("王建国", "Wang Jianguo"),
    ("朝鲜矿业开发贸易公司", "Korea Mining Development Trading Corporation"),
    ("平度市大泽山镇美睫工艺品有限公司", "Pingdu Dazeshan Meijie Arts & Crafts Co., Ltd"),
])
def test_cross_script_pairs_match(a: str, b: str) -> None:
    score, why = name_similarity(a, b)
    assert score >= 0.8, why


@pytest.mark.parametrize("a,b", [
    ("KOREA DEVELOPMENT BANK", "KOREA KWANGSON BANKING CORPORATION"),
    ("한국산업은행", "KOREA KWANGSON BANKING CORPORATION"),
    ("KOREA TRADING CO LTD", "KOREA PUGANG TRADING CORPORATION"),
    ("RI Song Chol", "RI Chong Chol"),  # one given-name syllable apart: match_v2's 'conflict' feature
    ("김종은", "김정은"), ("习近朋", "习近平"),  # same script, one syllable apart: 'cjk_chars'
    ("平度市大泽山镇华艺发制品有限公司", "Pingdu Dazeshan Meijie Arts & Crafts Co., Ltd"),
])
def test_look_alikes_stay_below_threshold(a: str, b: str) -> None:
    score, why = name_similarity(a, b)
    assert score < 0.7, why


@pytest.mark.parametrize("a,b", [
    ("Илиана Йотова", "Iliana Yotova"), ("Владимир Путин", "Vladimir Putin"), ("Барак Обама", "Barack Obama"),
    ("1st International Bank", "First International Bank"), ("Brigade Forty-Four", "Brigade 44"),
    ("HSBC Holdings p.l.c.", "HSBC Holdings plc"), ("Bibi Netanyahu", "Benjamin Netanyahu"),
])
def test_other_scripts_numbers_abbreviations_nicknames(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Person" if " " in a and a[0] not in "1BH" else None)
    assert score >= 0.7, why


def test_match_v1_stays_importable_and_selectable() -> None:
    v1, why1 = name_similarity("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION", scorer_name="match_v1")
    v2, why2 = name_similarity("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION")
    assert v1 >= 0.9 and v2 >= 0.9 and "[match_v7]" in why2 and "[match_v7]" not in why1


def test_explanation_names_both_values_and_vocabulary() -> None:
    _, why = name_similarity("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION")
    assert "'조선련봉총회사' ~ 'KOREA RYONBONG GENERAL CORPORATION'" in why
    assert "조선=korea" in why and "총회사=general corporation" in why and "tokens" in why


def test_vocabulary_country_hint() -> None:
    assert render_name("조선광선은행").country == "kp"
    assert render_name("한국산업은행").country == "kr"


@pytest.mark.parametrize("bad", ["", "   ", "!!!---...", "・・・", "x" * 10_000, "가" * 10_000, "\x00\ufffd"])
def test_bad_names_do_not_crash(bad: str) -> None:
    score, _ = name_similarity(bad, "KOREA RYONBONG GENERAL CORPORATION")
    assert 0.0 <= score < 0.7


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_analyse_never_raises(text: str) -> None:
    a = render_name(text)
    for r in a.renderings:
        # a name part's key is its skeleton, or for an acronym of consonants (CK, HM) its letters
        assert all(t.skel in (skeleton(t.text), t.text) or t.cls != "name" for t in r)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=8))
def test_any_hangul_romanizes_to_ascii(text: str) -> None:
    for form in word_variants(text):
        assert form.isascii()
