"""Wade–Giles names meet their pinyin listings; romanized vocabulary meets English; Korean is left alone."""

from __future__ import annotations

import pytest

from chainlight.resolve import name_similarity
from chainlight.resolve.rendering import render_name
from chainlight.resolve.wade_giles import looks_wade_giles, to_pinyin


@pytest.mark.parametrize("wg,py", [("hsing", "xing"), ("lung", "long"), ("chien", "chian"), ("hsueh", "xue"),
                                   ("jen", "ren"), ("chih", "chi"), ("tsung", "zong"), ("ssu", "si"),
                                   ("i", "yi")])
def test_syllables(wg: str, py: str) -> None:
    assert to_pinyin(wg) == py


def test_only_names_with_a_wade_giles_sign_are_read_as_such() -> None:
    assert looks_wade_giles(["chiang", "hsing", "lung"]) and looks_wade_giles(["lu", "chien"])
    assert not looks_wade_giles(["kim", "jung", "il"]) and not looks_wade_giles(["ryonbong", "general"])
    # Korean 중 (jung) keeps its own reading: no pinyin rendering is added
    assert [" ".join(t.text for t in r) for r in render_name("Kim Jung Il").renderings] == ["kim jung il"]


@pytest.mark.parametrize("wg,py,schema", [
    ("Chiang Hsing-Lung", "Jiang Xinglong", "Person"), ("Lu Chien", "Lu Jian", "Person"),
    ("Ta-Lien Fei-Hung Food Co., Ltd.", "Dalian Feihong Food Co., Ltd.", "Company"),
])
def test_wade_giles_meets_pinyin(wg: str, py: str, schema: str) -> None:
    score, why = name_similarity(wg, py, schema)
    assert score >= 0.7, why


@pytest.mark.parametrize("a,b", [
    ("Qingdao Yufa Kuangye Jituan Youxian Gongsi", "Qingdao Yufa Mining Group Co., Ltd."),
    ("无锡志远建设股份有限公司", "Wuxi Zhiyuan Construction Co., Ltd."),
    ("조선성향전자련합회사", "Korea Songhyang Electronics Associated Corporation"),
])
def test_organisational_words_meet_across_languages(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Company")
    assert score >= 0.7, why


def test_romanized_vocabulary_is_not_read_into_a_given_name() -> None:
    # Jiangzhu is one letter from Jianzhu (construction) but is a given name here
    score, why = name_similarity("LI, Jiangzhu", "LI, Jiangzhou", "Person")
    assert score >= 0.6 and "construction" not in why, why
    # zhu and zhou are two syllables (江竹, 江州): match_v5 counts that against the pair, by a rule
    assert "reading_differs" in why and name_similarity("LI, Jiangzhu", "LI, Jiangzhou", "Person", "match_v4")[0] >= 0.7
