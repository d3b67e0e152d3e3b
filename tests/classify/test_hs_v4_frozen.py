"""hs_v4 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of commit 735b861
(the classifier the eighth titles set was scored with, 9ed6e8d), so a verdict recorded with classifier hs_v4 can be
reproduced.  fixtures/hs_v4_answers.tsv was written by that code on benchmarks/classify/labelled.csv and realworld
titles v1-v8, both halves (all seen; no unscored set is read).  A change meant for the default goes into hs_v5."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(8)
FROZEN = FIXTURES / "hs_v4_answers.tsv"


@pytest.fixture(scope="module")
def v4() -> Classifier:
    return Classifier(version="hs_v4")


def test_hs_v4_answers_are_those_released(v4: Classifier) -> None:
    moved = moved_answers(v4, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v4 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v4_verdict_reproduces(v4: Classifier) -> None:
    # a set-8 title hs_v4 answered as a babies' garment (its recorded verdict); hs_v5 reads the hat as headgear
    got = v4.classify("v8c7b019db", "Infant hat and bootie set of knit 100% cotton fabric, snug hat with cuff, "
                                    "booties with ribbed knit cuff, ready for retail sale")
    assert (got.hs6, got.risk_category, got.classifier) == ("611120", "knitwear", "hs_v4")
