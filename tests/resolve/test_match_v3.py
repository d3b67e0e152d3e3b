"""match_v3: its new measures, its one-pass feature table, and what it changes on realistic pairs."""

from __future__ import annotations

import pytest

from chainlight.resolve import name_similarity as _similarity
from chainlight.resolve.match_v3 import features as F
from chainlight.resolve.match_v3 import pairwise
from chainlight.resolve.match_v3 import scorer as S
from chainlight.resolve.rendering import render_name


def _v3(a: str, b: str, schema: str | None = None) -> tuple[float, str]:
    """match_v3's score: it stays selectable, and these tests pin what it does."""
    return _similarity(a, b, schema, scorer_name="match_v3")


PAIRS = [
    ("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION", False),
    ("RI Song Chol", "RI Chong Chol", True), ("김정은", "Kim Jong Un", True),
    ("丹东鸿祥实业有限公司", "Dandong Hongxiang Industrial Development Co., Ltd.", False),
    ("Ta-Lien Fei-Hung Food Co., Ltd.", "Dalian Feihong Food Co., Ltd.", False),
    ("Islam Khalil", "Pedro Islam Khalil", True), ("Vladimir Putin", "Vladimir Vladimirovich Putin", True),
    ("Grioti Investments FZE", "KRIOT INVESTMENTS OOO", False), ("Sesrgeo Dilshod Dogan", "Sergei Dilshod Dogan", True),
]


@pytest.mark.parametrize(("a", "b", "person"), PAIRS)
def test_one_table_gives_match_v2s_values(a: str, b: str, person: bool) -> None:
    from chainlight.resolve.match_v2.scorer import pair_features as v2_features

    qa, ca = render_name(a), render_name(b)
    for q0 in qa.renderings:
        for c0 in ca.renderings:
            # on the renderings compared: a word written joined on one side is cut first (Kim Jong Un / 김정은 read
            # 'kim jongun')
            cmp = pairwise.compare(qa, ca, q0, c0, lambda _t: 1.0, person)
            fast, q, c = cmp.features, cmp.query, cmp.listed
            ref = v2_features(qa, ca, q, c, lambda _t: 1.0, person).as_dict()
            # match_v3 splits match_v2's 'extra' into a person's and a company's
            assert fast["extra"] + fast["person_extra"] == pytest.approx(ref.pop("extra"))
            assert all(fast[k] == pytest.approx(v) for k, v in ref.items()), (a, b)


def test_weakest_part_and_a_name_inside_a_longer_one() -> None:
    qa, ca = render_name("Islam Khalil"), render_name("Pedro Islam Khalil")
    f = S.pair_features(qa, ca, qa.renderings[0], ca.renderings[0], lambda _t: 1.0, True)
    assert f["person_subset"] == 1.0 and f["weakest"] == 0.0  # Pedro has no partner
    qa, ca = render_name("Sesrgeo Dilshod Dogan"), render_name("Sergei Dilshod Dogan")
    f = S.pair_features(qa, ca, qa.renderings[0], ca.renderings[0], lambda _t: 1.0, True)
    assert f["person_subset"] == 0.0 and f["weakest"] < 0.85  # a misspelling on both sides is no subset


@pytest.mark.parametrize(("word", "cut"), [
    ("dalian", ("ta", "lian")), ("jingjie", ("jink", "jie")), ("xian", ("sian",)), ("ryonbong", ("lyon", "ponk")),
])
def test_syllables_take_the_fewest_cuts(word: str, cut: tuple[str, ...]) -> None:
    assert F.syllables(word)[0] == cut


def test_a_word_no_system_reads_has_no_syllables() -> None:
    assert F.syllables("mcdonald") == () and F.syllables("sesrgeo") == ()


def test_one_syllable_apart_is_another_chinese_firm_a_misspelling_is_not() -> None:
    other, _ = _v3("Dongguan Haojuan Logistics Group", "Dongguan Taijuan Logistics Group")
    typo, _ = _v3("Dongguan Haojuan Logistcs Group", "Dongguan Haojuan Logistics Group")
    assert other < S.THRESHOLD <= typo


def test_letters_tell_apart_what_the_skeleton_joins() -> None:
    q, c = render_name("Grioti Investments").renderings[0], render_name("Kriot Investments").renderings[0]
    from chainlight.resolve.match_v2.features import _similarity

    assert _similarity(q[0], c[0], False) > 0.7  # klioti / kliot: near as skeletons
    assert F.letters(q, c) < 0.5  # grioti / kriot: two letters of five apart as written


def test_hangul_one_syllable_apart_is_held_below_the_threshold_by_a_named_rule() -> None:
    score, why = _v3("김종은", "김정은", "Person")
    assert score < S.THRESHOLD and "cjk_differs" in why and "[match_v3]" in why


def test_legal_forms_apart_the_same_words_are_identical() -> None:
    score, why = _v3("朝鲜矿业开发贸易公司", "Korea Mining Development Trading Corporation")
    assert score == 1.0 and "identical" in why
