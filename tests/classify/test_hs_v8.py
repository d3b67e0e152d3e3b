"""hs_v8: hs_v7 with footwear read by the material of its upper (chapter 64; hs_v8/vocabulary.yaml) and a learned HS
heading where the rules answered from the nomenclature alone (option learned_heading, learned.py).

The heading model is plain arrays with two tables (hs_v8/learned_heading.json) written by
benchmarks/classify/realworld/heading.py --write from the seen title sets; re-training must give the same file."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.classify.learned import HEADING_MODEL, HEADING_P, shipped_heading

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "classify" / "hs_v8" / HEADING_MODEL


@pytest.fixture(scope="module")
def v8() -> Classifier:
    return Classifier(version="hs_v8")


@pytest.mark.parametrize(("text", "code"), [
    # the upper's material picks the heading (64.03 leather, 64.04 textile, 64.02 rubber or plastics)
    ("男士头层牛皮商务休闲鞋", "640399"),
    ("소가죽 남성 로퍼", "640399"),
    ("Men's suede loafers", "640399"),
    ("网面透气跑步鞋 男", "640411"),  # sports footwear, textile upper
    ("Nike 牛皮 足球鞋", "640319"),  # sports footwear, leather upper
    ("帆布鞋 女 低帮", "640419"),
    ("캔버스 스니커즈", "640411"),
    ("真皮马丁靴 男", "640391"),  # covering the ankle, leather upper
    ("PU皮 女士 凉鞋", "640299"),
    ("儿童雨靴", "640192"),  # waterproof, moulded
])
def test_footwear_by_the_upper(v8: Classifier, text: str, code: str) -> None:
    got = v8.classify("f", text)
    assert (got.hs6, got.risk_category) == (code, "other"), got.reasons


def test_a_shoe_word_inside_another_word_is_no_shoe(v8: Classifier) -> None:
    # a one-syllable Korean shoe word (뮬 "mule") is not in the vocabulary: it sits inside brand names (뮬라웨어)
    got = v8.classify("m", "[뮬라웨어] 뮬릭 숏 슬리브 MWNATS901")
    assert not (got.hs6 or "").startswith("64")


def test_hs_v7_had_no_footwear() -> None:
    got = Classifier(version="hs_v7").classify("x", "帆布鞋 女 低帮")
    assert not (got.hs6 or "").startswith("64")


def test_the_learned_heading_acts_only_on_a_nomenclature_answer(v8: Classifier) -> None:
    # the vocabulary names a good: the rules decide, the heading model is not asked
    for text in ("Human Hair Lace Front Wig 22 inch", "3D Faux Mink False Eyelashes", "여성 니트 가디건"):
        got = v8.classify("x", text)
        assert not any("learned model (p=" in r for r in got.reasons), text


def test_the_learned_heading_keeps_the_category_and_says_so(v8: Classifier) -> None:
    model = shipped_heading()
    for heading, code in model.subheading.items():
        assert code.startswith(heading) and len(code) == 6
    v7 = Classifier(version="hs_v7")
    moved = 0
    for text in ("Ball of yarn of 80% merino wool and 20% angora", "Cashmere blend pullover, 70% wool 30% cashmere",
                 "儿童益智拼图玩具 木质"):
        a, b = v8.classify("x", text), v7.classify("x", text)
        assert a.risk_category == b.risk_category
        if a.hs6 != b.hs6 and any("by the learned model" in r for r in a.reasons):
            moved += 1
            heading, p = model.best(text)
            assert p >= HEADING_P and a.hs6 == model.subheading[heading]
    assert moved >= 0


def test_a_declared_code_is_not_overridden_by_the_learned_heading(v8: Classifier) -> None:
    got = v8.classify("d", "Drops Nepal", declared_hs="5109.10")
    assert got.hs6 == "510910"


def test_retraining_on_the_seen_sets_writes_the_shipped_heading_file(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from benchmarks.classify.realworld.heading import write_model

    again = write_model(tmp_path / HEADING_MODEL)
    assert again.read_bytes() == SHIPPED.read_bytes()


# --- read from set 15 dev's misses after its blind run (fitted; no seen answer moved but one, made right) ---------

def test_a_wig_also_sold_for_daily_wear_is_no_festive_article(v8: Classifier) -> None:
    assert v8.classify("w", "Synthetic Headband Wig Long Straight for Daily Party").risk_category == "wigs"
    assert v8.classify("w", "Halloween Party Wig Pink").hs6 == "950590"  # a party wig alone stays festive
    assert Classifier(version="hs_v7").classify("w", "Synthetic Headband Wig for Daily Party").hs6 == "950590"


def test_a_weak_hair_word_after_another_goods_noun_is_its_put_up(v8: Classifier) -> None:
    got = v8.classify("y", "Acrylic Yarn Bundle - Rainbow Colors")
    assert (got.hs6 or "")[:4] == "5511" and got.risk_category == "other"
    assert v8.classify("b", "Brazilian Hair Bundles with Closure").risk_category == "hair_pieces"


def test_baobao_beside_a_childs_size_word_is_no_baby(v8: Classifier) -> None:
    got = v8.classify("c", "女童打底裤春秋款儿童加绒加厚宝宝裤子 针织")
    assert not (got.hs6 or "").startswith("6111")
    assert (v8.classify("b", "巴拉巴拉童装宝宝连体衣").hs6 or "").startswith("6111")  # 童装 is the shop's word
    assert (v8.classify("b", "婴儿 儿童 宝宝 连体衣").hs6 or "").startswith("6111")  # a baby is named
