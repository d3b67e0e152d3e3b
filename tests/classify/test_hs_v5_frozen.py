"""hs_v5 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of the code that
scored the ninth titles set's dev half (8d4a932, unchanged in src/chainlight/classify up to ceac902), so a verdict
recorded with classifier hs_v5 can be reproduced.  fixtures/hs_v5_answers.tsv was written by that code on
benchmarks/classify/labelled.csv and realworld titles v1-v8, both halves (all seen; no unscored set is read).  A change
meant for the default goes into hs_v6."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(8)
FROZEN = FIXTURES / "hs_v5_answers.tsv"


@pytest.fixture(scope="module")
def v5() -> Classifier:
    return Classifier(version="hs_v5")


def test_hs_v5_answers_are_those_released(v5: Classifier) -> None:
    moved = moved_answers(v5, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v5 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v5_verdict_reproduces(v5: Classifier) -> None:
    # a wool comforter hs_v5 read as greasy shorn wool (its recorded verdict on the ninth set's dev half)
    got = v5.classify("v9a16baa10", "브루노 60수 고밀도 양모 차렵이불")
    assert (got.hs6, got.risk_category, got.classifier) == ("510111", "other", "hs_v5")
