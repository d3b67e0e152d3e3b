"""hs_v15 (option head_noun, head_noun.py): the head noun of a title the rules named no good in, read by a dictionary
against a table of everyday goods written from the nomenclature (hs_v15/heads.yaml).  Titles written for the test."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME
from chainlight.classify.head_noun import head_of, table
from chainlight.classify.types import HAIR_GOODS

jieba = pytest.importorskip("jieba")


@pytest.fixture(scope="module")
def v15() -> Classifier:
    return Classifier(version="hs_v15")


def test_hs_v19_is_the_default_and_hs_v15_stays_choosable() -> None:
    assert NAME == "hs_v19" and Classifier().version == "hs_v19"


@pytest.mark.parametrize(("text", "noun", "code"), [
    # Chinese: the last noun, a word CC-CEDICT lacks read by its ending, electric when the title says so
    ("某品牌家用大容量电热水壶", "电热水壶", "851679"),
    ("家用不锈钢烧水壶", "烧水壶", "732393"),
    ("某牌体重秤家用精准", "秤", "842310"),
    # a selling point after the head that the nomenclature has no word for (毛孔 "pore") is passed over
    ("玻尿酸补水面膜收缩毛孔", "面膜", "330499"),
    ("某游戏周边通票项链", "项链", "711719"),
    ("某游戏周边925银通票项链", "项链", "711311"),
    # Korean: the table's Korean names and loanwords; a brand's 울트라 is no wool
    ("삼성 스팀 울트라 로봇청소기", "로봇청소기", "850811"),
    ("어느 브랜드 비타 세럼 한정기획 3종", "세럼", "330499"),
    ("두피 마사지 브러시", "브러시", "960329"),
    # English: the key that ends the first phrase, or the title where nothing closes it
    ("Stainless steel electric kettle, 1.7 L", "electric kettle", "851679"),
    ("Boar Bristle Paddle Brush", "brush", "960329"),
    # FITTED (set 22's dev misses): two jieba words CC-CEDICT holds as one, a word tagged as a name, an electric pot,
    # a Korean name written in two words
    ("家用空气净化器", "空气净化器", "842139"),
    ("全自动折叠伞", "折叠伞", "660191"),
    ("迷你多功能电煮锅宿舍小锅家用一体锅", "锅", "851660"),
    ("스텐 프라이 팬 28cm", "프라이팬", "732393"),
])
def test_the_head_noun_names_the_good(text: str, noun: str, code: str) -> None:
    head = head_of(text)
    assert head is not None and (head.noun, head.code) == (noun, code)


@pytest.mark.parametrize("text", [
    "某品牌电热毯双人",  # a blanket: its material chooses (heads.yaml "-"), the nomenclature reads it
    "圆形吸顶灯改造灯板光源模组",  # the last noun, 模组 "module", is a good the table lacks: no head here
    "온도 상승 기준치를 초과한 전기요",  # no Sino-Korean reading (초과 is not read as 炒鍋 "wok")
    "Battery operated quartz analog wrist watch, round case",  # the phrase ends in "watch", not a key
    "不锈钢汤锅",  # a pot not said electric: its material chooses (heads.yaml "-/851660")
])
def test_no_head_where_the_last_noun_is_not_the_tables(text: str) -> None:
    assert head_of(text) is None


def test_the_classifier_answers_the_head_only_where_the_rules_named_no_good(v15: Classifier) -> None:
    got = v15.classify("t", "美的电水壶热水壶电热水壶304不锈钢水壶双层防烫烧水壶")
    assert (got.hs6, got.risk_category) == ("851679", "other")
    assert any("head noun" in r for r in got.reasons)
    # a title the vocabulary reads keeps the vocabulary's answer (a wig with a comb is a wig)
    wig = v15.classify("w", "女士真人发全头套假发送梳子")
    assert wig.risk_category == "wigs" and not any("head noun" in r for r in wig.reasons)
    assert Classifier(version="hs_v14").classify("t", "星穹铁道通票项链").hs6 == "730210"
    assert v15.classify("t", "星穹铁道通票项链").hs6 == "711719"


def test_the_table_holds_no_risk_good() -> None:
    codes = {c for pair in table().codes.values() for c in pair if c != "-"}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert not any(c[:2] in ("61", "62", "03", "16") or c[:4] in ("6704", "6703", "0501", "6505") for c in codes)
    assert "knitwear" not in HAIR_GOODS  # the table's answers are `other`, never a risk category


def test_a_line_the_table_chose_keeps_its_residual_line(v15: Classifier) -> None:
    # FITTED (set 22's dev half): hs_v6's residual sibling would read "air" as 8421.31's intake air filters and
    # "plated" as 7117.11's cuff links; the table's line is not a reading of the nomenclature's words
    assert v15.classify("a", "空气净化器").hs6 == "842139"
    assert v15.classify("c", "18k Gold Plated Cuban Choker").hs6 == "711719"
