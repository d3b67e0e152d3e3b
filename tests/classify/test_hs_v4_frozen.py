"""hs_v4 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of commit 735b861
(the classifier the eighth titles set was scored with, 9ed6e8d), so a verdict recorded with classifier hs_v4 can be
reproduced.  fixtures/hs_v4_answers.tsv was written by that code on benchmarks/classify/labelled.csv and realworld
titles v1-v8, both halves (all seen; no unscored set is read).  A change meant for the default goes into hs_v5."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chainlight.classify import Classifier

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "benchmarks" / "classify" / "realworld"
FILES = {"labelled.csv": ROOT / "benchmarks" / "classify" / "labelled.csv",
         "titles.csv": REALWORLD / "titles.csv",
         **{f"titles_v{i}.csv": REALWORLD / f"titles_v{i}.csv" for i in range(2, 9)}}
FROZEN = Path(__file__).resolve().parent / "fixtures" / "hs_v4_answers.tsv"


@pytest.fixture(scope="module")
def v4() -> Classifier:
    return Classifier(version="hs_v4")


def test_hs_v4_answers_are_those_released(v4: Classifier) -> None:
    texts = {(name, r["id"]): r["text"] for name, path in FILES.items()
             for r in csv.DictReader(path.open(encoding="utf-8"))}
    moved = []
    with FROZEN.open(encoding="utf-8") as fh:
        for name, row_id, hs6, category in (line.rstrip("\n").split("\t") for line in fh):
            got = v4.classify(row_id, texts[(name, row_id)])
            if (str(got.hs6), got.risk_category) != (hs6, category):
                moved.append(f"{name} {row_id}: {hs6} {category} -> {got.hs6} {got.risk_category}")
    assert not moved, f"{len(moved)} hs_v4 answers moved: " + "; ".join(moved[:5])


def test_a_past_hs_v4_verdict_reproduces(v4: Classifier) -> None:
    # a set-8 title hs_v4 answered as a babies' garment (its recorded verdict); hs_v5 reads the hat as headgear
    got = v4.classify("v8c7b019db", "Infant hat and bootie set of knit 100% cotton fabric, snug hat with cuff, "
                                    "booties with ribbed knit cuff, ready for retail sale")
    assert (got.hs6, got.risk_category, got.classifier) == ("611120", "knitwear", "hs_v4")
