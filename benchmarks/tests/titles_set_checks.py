"""Checks every new real-world titles set passes (titles_v9.csv onwards), shared by the sets' own test modules so
that each module holds only what is its own: the file, its tag, the sets before it and its language mix. No
classifier runs here; a failure names row ids only, so a held-out row is never printed."""

from __future__ import annotations

import csv
import re
import zlib
from pathlib import Path

from benchmarks.tests.test_titles_sets import _codes, _rows  # the sets' readers, shared
from chainlight.classify.types import RISK_CATEGORIES

SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "classify" / "realworld"
COLUMNS = ["id", "text", "language", "hs", "risk_category", "material_stated", "split", "source", "annotated",
           "labelled_by"]
# a CBP ruling number as the source columns write it: "NY R02977", "HQ 955840", "NY 867929"
RULING = re.compile(r"\b(?:NY|HQ)\s+([A-Z]?\d{5,6})\b")


def earlier_sets(before: int) -> tuple[str, ...]:
    """The files of titles sets 1 .. before-1 (set 1 is titles.csv)."""
    return ("titles.csv", *(f"titles_v{n}.csv" for n in range(2, before)))


def check_columns_ids_and_split(file: str, tag: str, sizes: range, annotated: str = "2026-12-06") -> None:
    with (SETS / file).open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows(file)
    assert len(rows) in sizes
    for r in rows:
        crc = zlib.crc32(r["text"].encode("utf-8"))
        assert r["id"] == f"{tag}{crc:08x}", r["id"]
        assert r["split"] == ("heldout" if crc & 1 else "dev"), r["id"]
        assert r["annotated"] == f"{annotated} ({tag}, before any classifier run)", r["id"]
        assert r["source"] and r["labelled_by"].startswith(f"issue-15 engineer ({tag})"), r["id"]
        assert r["text"] == r["text"].strip(), r["id"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "heldout"}


def check_labels(file: str) -> None:
    codes = _codes()
    for r in _rows(file):
        assert r["hs"] in codes and len(r["hs"]) in (4, 6), r["id"]
        # a four-digit label is a row whose text does not fix the subheading (HS-4 only)
        assert r["material_stated"] == ("true" if len(r["hs"]) == 6 else "false"), r["id"]
        assert r["risk_category"] in RISK_CATEGORIES and r["risk_category"] != "unknown", r["id"]
        assert r["language"] in {"en", "zh", "ko"}, r["id"]


def check_no_repeat(file: str, earlier: tuple[str, ...]) -> None:
    """No text of an earlier set comes again, and no CBP ruling an earlier set cites is cited again."""
    rows = _rows(file)
    before = [r for name in earlier for r in _rows(name)]
    texts = {r["text"] for r in before}
    assert not [r["id"] for r in rows if r["text"] in texts]
    cited = {n for r in before for n in RULING.findall(r["source"])}
    assert not [r["id"] for r in rows if set(RULING.findall(r["source"])) & cited]


def language_shares(file: str) -> dict[str, float]:
    rows = _rows(file)
    return {lang: sum(r["language"] == lang for r in rows) / len(rows) for lang in ("en", "zh", "ko")}
