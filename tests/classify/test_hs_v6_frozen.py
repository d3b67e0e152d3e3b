"""hs_v6 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of the code that
scored titles set 13's held-out half (4a39318; src/chainlight/classify unchanged for hs_v6 up to 55e7b74), so a
verdict recorded with classifier hs_v6 can be reproduced.  fixtures/hs_v6_answers.tsv was written by that code on
benchmarks/classify/labelled.csv and realworld titles v1-v13, both halves (all seen; no unscored set is read).  A
change meant for the default goes into hs_v7."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(13)
FROZEN = FIXTURES / "hs_v6_answers.tsv"


@pytest.fixture(scope="module")
def v6() -> Classifier:
    return Classifier(version="hs_v6")


def test_hs_v6_answers_are_those_released(v6: Classifier) -> None:
    moved = moved_answers(v6, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v6 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v6_verdict_reproduces(v6: Classifier) -> None:
    # a yarn named by its brand alone: hs_v6 names no good (its recorded verdict on set 13's held-out half)
    got = v6.classify("v138d24609d", "Drops Nepal")
    assert (got.hs6, got.risk_category, got.classifier) == (None, "unknown", "hs_v6")
