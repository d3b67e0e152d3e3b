"""hs_v7: hs_v6 with a learned risk category where the rules answer `unknown` (option learned_fill, learned.py).

The learned model is plain arrays (hs_v7/learned_category.json) written by benchmarks/classify/realworld/learned.py
from the seen title sets; re-training must give the same file, so the shipped model is the documented fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.classify.learned import FILL_P, MODEL, shipped

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "chainlight" / "classify" / "hs_v7" / MODEL


@pytest.fixture(scope="module")
def v7() -> Classifier:
    return Classifier(version="hs_v7")


def test_hs_v19_is_the_default_and_hs_v7_stays_choosable() -> None:
    # hs_v19 (round 28) is the default; hs_v7 is frozen (test_frozen_versions.py) and chosen by name
    assert Classifier().version == "hs_v19"
    assert Classifier(version="hs_v7").version == "hs_v7"


def test_a_brand_only_yarn_gets_the_learned_category_and_no_code(v7: Classifier) -> None:
    # the rules name no good in a yarn line's brand (hs_v6: unknown); the analysts' labels of seen yarn lines do
    got = v7.classify("y1", "Lion Brand Homespun")
    assert (got.hs6, got.risk_category) == (None, "other")
    assert got.confidence >= FILL_P
    assert any(r.startswith("decided by the learned model") for r in got.reasons)


def test_the_rules_decide_wherever_they_name_a_good(v7: Classifier) -> None:
    v6 = Classifier(version="hs_v6")
    for text in ("Human Hair Lace Front Wig 22 inch", "3D Faux Mink False Eyelashes", "여성 니트 가디건",
                 "Eyelash Extension Pillow", "毛球修剪器 充电式"):
        a, b = v7.classify("x", text), v6.classify("x", text)
        assert (a.hs6, a.risk_category) == (b.hs6, b.risk_category), text
        assert not any("learned model" in r for r in a.reasons), text


def test_an_unsure_learned_answer_leaves_unknown_and_says_so(v7: Classifier) -> None:
    # a brand's hair piece (스킨위그 "skin wig"): the model leans to hair_pieces but under the threshold
    category, p = shipped().best("스킨위그 크라운 플러스")
    assert category == "hair_pieces" and p < FILL_P
    got = v7.classify("u1", "스킨위그 크라운 플러스")
    assert (got.hs6, got.risk_category) == (None, "unknown")
    assert any("the rules' unknown stands" in r for r in got.reasons)


def test_a_declared_code_still_decides_before_the_learned_model(v7: Classifier) -> None:
    got = v7.classify("d1", "Drops Nepal", declared_hs="5109.10")
    assert (got.hs6, got.risk_category) == ("510910", "other")
    assert not any("learned model" in r for r in got.reasons)


def test_control_characters_in_a_title_are_read_as_spaces(v7: Classifier) -> None:
    # NUL separates titles inside the featurizer; one in a user's text (the schema fuzzer sent "\x00") must neither
    # fail nor shift the batch's rows
    assert shipped().best("Lion Brand\x00Homespun") == shipped().best("Lion Brand Homespun")
    got = v7.classify_many([("a", "", None), ("b", "\x00", None), ("c", "Lion Brand\x00Homespun", None)])
    assert [c.risk_category for c in got][2] == v7.classify("c", "Lion Brand Homespun").risk_category


def test_retraining_on_the_seen_sets_writes_the_shipped_file(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from benchmarks.classify.realworld.learned import write_model

    again = write_model(tmp_path / MODEL)
    assert again.read_bytes() == SHIPPED.read_bytes()
