"""match_v3: a word one side writes joined and the other apart is compared part by part, not as a conflict."""

from __future__ import annotations

import pytest

from chainlight.resolve import name_similarity
from chainlight.resolve.match_v3 import THRESHOLD, pairwise
from chainlight.resolve.match_v3 import features as F
from chainlight.resolve.rendering import render_name


def _compare(a: str, b: str, person: bool = False) -> pairwise.Compared:
    qa, ca = render_name(a), render_name(b)
    return pairwise.compare(qa, ca, qa.renderings[0], ca.renderings[0], lambda _t: 1.0, person)


@pytest.mark.parametrize(("a", "b", "person"), [
    ("Kumihyang Technologyjoint Venture Company", "Kumihyang Technology Joint Venture Company", False),
    ("Jiop Iat Petroleum GmbH", "Jiopiat Petroleum GmbH", False),
    ("Pic Houm Engineering Sdn Bhd", "PICHOUM ENGINEERING SDN. BHD.", False),
    ("Xianggang Hongfeng Cotton", "Xiang Gang Hong Feng Cotton", False),
    ("Dalianyijin Cotton Factory", "Dalian Yijin Cotton Factory", False),
    ("Vladimirromanov", "Vladimir Romanov", True),
])
def test_words_written_together_match_the_same_words_apart(a: str, b: str, person: bool) -> None:
    score, why = name_similarity(a, b, "Person" if person else None)
    assert score >= THRESHOLD and "spacing +" in why and "written apart on the other side: " in why


@pytest.mark.parametrize(("a", "b"), [
    ("Koreaansamgae Mining Associated Corporation", "Korea Ansamgae Mining Associated Corporation"),
    ("Hsiang-Kang Hung-Feng Cotton", "Xianggang Hongfeng Cotton"),
    ("大连义锦棉业厂", "Dalian Yijin Cotton Factory"),
])
def test_spacing_the_analysis_repairs_needs_no_cut(a: str, b: str) -> None:
    # a glued country word, hyphen groups and a Hanzi place + firm name are split when the names are read
    score, why = name_similarity(a, b)
    assert score >= THRESHOLD and "written apart" not in why


def test_the_cut_follows_the_other_sides_words_and_keeps_their_classes() -> None:
    cmp = _compare("Kumihyang Technologyjoint Venture Company", "Kumihyang Technology Joint Venture Company")
    assert cmp.joins == ("technologyjoint = technology + joint",)
    assert [(t.text, t.cls) for t in cmp.query[1:3]] == [("technology", "industry"), ("joint", "generic")]
    # before the cut 'technologyjoint' was a distinctive word the listed name lacks
    assert cmp.before is not None and cmp.before["extra"] > 0.0 and cmp.features["extra"] == 0.0


def test_a_doubled_letter_at_the_join_is_one_letter_in_the_skeleton() -> None:
    cmp = _compare("Vladimirromanov", "Vladimir Romanov", person=True)
    assert [t.text for t in cmp.query] == ["vladimir", "romanov"]


def test_a_word_read_as_one_is_cut_into_the_listed_words() -> None:
    cmp = _compare("Dalianyijin Cotton Factory", "Dalian Yijin Cotton Factory")
    assert "dalianyijin = dalian + yijin" in cmp.joins and cmp.features["conflict"] == 0.0


def test_aligned_pieces_still_show_a_different_surname() -> None:
    # 邓鸿浩 read as one word 'denghonghao': cut as Ding Honghao is written, honghao agrees and Deng meets Ding
    qa, ca = render_name("Ding Honghao"), render_name("邓鸿浩")
    joined = next(r for r in ca.renderings if len(r) == 1)
    cmp = pairwise.compare(qa, ca, qa.renderings[0], joined, lambda _t: 1.0, True)
    assert cmp.joins == ("denghonghao = deng + honghao",) and cmp.features["conflict"] > 0.0
    assert name_similarity("Ding Honghao", "邓鸿浩", "Person")[0] < THRESHOLD


def test_the_explanation_names_the_words_cut() -> None:
    _, why = name_similarity("Dalianyijin Cotton Factory", "Dalian Yijin Cotton Factory")
    assert why.endswith("written apart on the other side: dalianyijin = dalian + yijin")
    _, plain = name_similarity("Dalian Yijin Cotton Factory", "Dalian Yijin Cotton Factory")
    assert "written apart" not in plain and "spacing" not in plain


def test_matched_words_are_left_alone() -> None:
    cmp = _compare("Korea Ansamgae Mining Corporation", "Korea Ansamgae Mining Corporation")
    assert cmp.joins == () and cmp.before is None


def test_a_cut_that_leaves_a_differing_piece_shows_the_difference() -> None:
    # Sunrise / Sun Rose: cut as 'sun' + 'rise', rise meets rose and differs, instead of one unmatched word
    cmp = _compare("Pyongyang Sunrise Trading", "Pyongyang Sun Rose Trading")
    assert cmp.joins == ("sunrise = sun + rise",) and cmp.features["conflict"] > 0.0


def test_words_too_far_apart_are_not_cut() -> None:
    cmp = _compare("Pyongyang Sunrise Trading", "Pyongyang Sun Moon Trading")
    assert cmp.joins == () and cmp.before is None


def test_a_chinese_given_name_one_syllable_apart_is_a_syllable_missed() -> None:
    qa, ca = render_name("蕭嘉紅"), render_name("Xiao Zhihong")
    # jiahong read the pinyin way (jia-hong), not the Korean way (ji-a-hong) that would contain zhi-hong
    assert F.syllables("jiahong") == (("jia", "honk"),)
    cmp = pairwise.compare(qa, ca, qa.renderings[0], ca.renderings[0], lambda _t: 1.0, True)
    assert cmp.features["syllable_miss"] == 1.0


def test_wade_giles_ung_is_pinyin_ong() -> None:
    qa, ca = render_name("Dong Wan-Yun"), render_name("Tung Wan-Yun")
    assert F.missing(qa.renderings[0], ca.renderings[0]) == (0, 3)


def test_trades_that_differ_beside_a_shared_factory() -> None:
    a = render_name("Xianggang Zhongfeng Apparel Factory").renderings[0]
    b = render_name("Xianggang Zhongfeng Food Factory").renderings[0]
    same = render_name("Xianggang Zhongfeng Garments Factory").renderings[0]  # apparel = garments
    assert F.trades_differ(a, b) and not F.trades_differ(a, a) and not F.trades_differ(a, same)
    score, why = name_similarity("Xianggang Zhongfeng Apparel Factory", "Xianggang Zhongfeng Food Factory")
    assert score < THRESHOLD and "trades_differ" in why
