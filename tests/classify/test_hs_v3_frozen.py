"""hs_v3 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of commit fe365f3,
so a verdict recorded with classifier hs_v3 can be reproduced.  fixtures/hs_v3_answers.tsv was written by that
commit's code on benchmarks/classify/labelled.csv and realworld titles v1-v7 (the seen sets; no unscored set is
read).  A change meant for the default goes into hs_v4 (its layer, or a rule its options switch on)."""

from __future__ import annotations

from chainlight.classify import Classifier
from tests.classify.frozen import FIXTURES, moved_answers, seen_files

FILES = seen_files(7)
FROZEN = FIXTURES / "hs_v3_answers.tsv"


def test_hs_v3_answers_are_those_released(v3: Classifier) -> None:
    moved = moved_answers(v3, FROZEN, FILES)
    assert not moved, f"{len(moved)} hs_v3 answers moved: " + "; ".join(moved[:5])
