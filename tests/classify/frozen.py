"""The check behind a frozen classifier version: its answers on the seen titles against the fixture written when
it was released, so a verdict recorded with that version can be reproduced."""

from __future__ import annotations

import csv
from pathlib import Path

from chainlight.classify import Classifier

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "benchmarks" / "classify" / "realworld"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def seen_files(last_set: int) -> dict[str, Path]:
    """labelled.csv and the real-world title sets 1..last_set, by the file name the fixtures carry."""
    return {"labelled.csv": ROOT / "benchmarks" / "classify" / "labelled.csv",
            "titles.csv": REALWORLD / "titles.csv",
            **{f"titles_v{i}.csv": REALWORLD / f"titles_v{i}.csv" for i in range(2, last_set + 1)}}


def moved_answers(classifier: Classifier, fixture: Path, files: dict[str, Path]) -> list[str]:
    """Every fixture row whose HS-6 or risk category the classifier no longer answers, as 'file id: old -> new'."""
    texts = {(name, r["id"]): r["text"] for name, path in files.items()
             for r in csv.DictReader(path.open(encoding="utf-8"))}
    moved = []
    with fixture.open(encoding="utf-8") as fh:
        for name, row_id, hs6, category in (line.rstrip("\n").split("\t") for line in fh):
            got = classifier.classify(row_id, texts[(name, row_id)])
            if (str(got.hs6), got.risk_category) != (hs6, category):
                moved.append(f"{name} {row_id}: {hs6} {category} -> {got.hs6} {got.risk_category}")
    return moved


def write_answers(version: str, last_set: int, fixture: Path) -> int:
    """Write a version's answers on labelled.csv and sets 1..last_set (the fixture's rows: file, id, HS-6, category)."""
    classifier = Classifier(version=version)
    lines = []
    for name, path in seen_files(last_set).items():
        for r in csv.DictReader(path.open(encoding="utf-8")):
            got = classifier.classify(r["id"], r["text"])
            lines.append(f"{name}\t{r['id']}\t{got.hs6}\t{got.risk_category}\n")
    fixture.write_text("".join(lines), encoding="utf-8")
    return len(lines)


if __name__ == "__main__":  # python -m tests.classify.frozen hs_v8 15  (writes fixtures/hs_v8_answers.tsv)
    import sys

    print(write_answers(sys.argv[1], int(sys.argv[2]), FIXTURES / f"{sys.argv[1]}_answers.tsv"))
