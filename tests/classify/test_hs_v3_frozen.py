"""hs_v3 is frozen as released: its answers (HS-6, risk category) on every seen title stay those of commit fe365f3,
so a verdict recorded with classifier hs_v3 can be reproduced.  fixtures/hs_v3_answers.tsv was written by that
commit's code on benchmarks/classify/labelled.csv and realworld titles v1-v7 (the seen sets; no unscored set is
read).  A change meant for the default goes into hs_v4 (its layer, or a rule its options switch on)."""

from __future__ import annotations

import csv
from pathlib import Path

from chainlight.classify import Classifier

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "benchmarks" / "classify" / "realworld"
FILES = {"labelled.csv": ROOT / "benchmarks" / "classify" / "labelled.csv",
         "titles.csv": REALWORLD / "titles.csv",
         **{f"titles_v{i}.csv": REALWORLD / f"titles_v{i}.csv" for i in range(2, 8)}}
FROZEN = Path(__file__).resolve().parent / "fixtures" / "hs_v3_answers.tsv"


def test_hs_v3_answers_are_those_released(v3: Classifier) -> None:
    texts = {(name, r["id"]): r["text"] for name, path in FILES.items()
             for r in csv.DictReader(path.open(encoding="utf-8"))}
    moved = []
    with FROZEN.open(encoding="utf-8") as fh:
        for name, row_id, hs6, category in (line.rstrip("\n").split("\t") for line in fh):
            got = v3.classify(row_id, texts[(name, row_id)])
            if (str(got.hs6), got.risk_category) != (hs6, category):
                moved.append(f"{name} {row_id}: {hs6} {category} -> {got.hs6} {got.risk_category}")
    assert not moved, f"{len(moved)} hs_v3 answers moved: " + "; ".join(moved[:5])
