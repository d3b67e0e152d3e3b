"""hs_v7 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of the code that
scored titles set 14's held-out half (9fbd203; src/chainlight/classify unchanged for hs_v7 since, but for 5404f41,
which moved no answer), so a verdict recorded with classifier hs_v7 can be reproduced.  fixtures/hs_v7_answers.tsv
was written by that code on benchmarks/classify/labelled.csv and realworld titles v1-v14, both halves (all seen; no
unscored set is read).  A change meant for the default goes into hs_v8."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(14)
FROZEN = FIXTURES / "hs_v7_answers.tsv"


@pytest.fixture(scope="module")
def v7() -> Classifier:
    return Classifier(version="hs_v7")


def test_hs_v7_answers_are_those_released(v7: Classifier) -> None:
    moved = moved_answers(v7, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v7 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v7_verdict_reproduces(v7: Classifier) -> None:
    # a canvas shoe: hs_v7 has no footwear word and the nomenclature reads "canvas" as 59.07 (set 14's dev half)
    got = v7.classify("v1408a3183c", "回力女鞋高帮帆布鞋女学生韩版鞋子女2019潮鞋女鞋新款春季板鞋女")
    assert (got.hs6, got.risk_category, got.classifier) == ("590700", "other", "hs_v7")
