"""The batch path (Classifier.classify_many) answers what the one-title path (classify) answers, field for field,
on every seen title: benchmarks/classify/labelled.csv and realworld titles v1-v8, both halves (no unscored set is
read), in one batch with repeats and declared codes, as a bill of lading has them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chainlight.classify import Classifier

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "benchmarks" / "classify" / "realworld"
FILES = [ROOT / "benchmarks" / "classify" / "labelled.csv", REALWORLD / "titles.csv",
         *(REALWORLD / f"titles_v{i}.csv" for i in range(2, 9))]


def _seen() -> list[tuple[str, str]]:
    return [(r["id"], r["text"]) for path in FILES for r in csv.DictReader(path.open(encoding="utf-8"))]


@pytest.mark.parametrize("version", ["hs_v6"])
def test_the_batch_path_answers_as_the_one_title_path(version: str) -> None:
    seen = _seen()
    # repeats (the same text under other ids, and again with a declared code) and an empty text
    items: list[tuple[str, str, str | None]] = [(i, t, None) for i, t in seen]
    items += [(f"{i}-again", t, None) for i, t in seen[::7]]
    items += [(f"{i}-declared", t, "6704.20") for i, t in seen[::11]] + [("empty", "", "0501.00")]
    one, batch = Classifier(version=version), Classifier(version=version)
    expected = [one.classify(i, t, d).to_dict() for i, t, d in items]
    got = [c.to_dict() for c in batch.classify_many(items)]
    differ = [f"{e['id']}: {e} != {g}" for e, g in zip(expected, got, strict=True) if e != g]
    assert not differ, f"{len(differ)} of {len(items)} differ: " + "; ".join(differ[:3])
