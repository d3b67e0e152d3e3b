"""hs_v8 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of the code that
scored titles set 15's held-out half (867a0e6; src/chainlight/classify unchanged for hs_v8 since), so a verdict
recorded with classifier hs_v8 can be reproduced.  fixtures/hs_v8_answers.tsv was written by that code on
benchmarks/classify/labelled.csv and realworld titles v1-v15, both halves (all seen; no unscored set is read), with
`python -m tests.classify.frozen hs_v8 15`.  A change meant for the default goes into hs_v9."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(15)
FROZEN = FIXTURES / "hs_v8_answers.tsv"


@pytest.fixture(scope="module")
def v8() -> Classifier:
    return Classifier(version="hs_v8")


def test_hs_v8_answers_are_those_released(v8: Classifier) -> None:
    moved = moved_answers(v8, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v8 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v8_verdict_reproduces(v8: Classifier) -> None:
    # a plain English wig cap: hs_v8 reads it as the woven variant of 65.05 (set 14's held-out half labels it knitted)
    got = v8.classify("v1481fa4af5", "Wig Cap")
    assert (got.hs6, got.risk_category, got.classifier) == ("650500", "other", "hs_v8")
