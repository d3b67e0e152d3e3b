"""The real-world titles sets written since the seventh (benchmarks/classify/realworld/titles_v7.csv, titles_v8.csv)
are well formed: every HS code is in the HS 2022 nomenclature the classifier uses, the split is the crc32 rule every
set uses, no text repeats an earlier set's and no CBP ruling an earlier set cites is cited again. No classifier runs
here (a set's held-out half is scored once, by the lead); failures name row ids only, so held-out rows are not
printed."""

from __future__ import annotations

import csv
import lzma
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from chainlight.classify.types import RISK_CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "benchmarks" / "classify" / "realworld"
NOMENCLATURE = ROOT / "tests" / "snapshots" / "hs" / "harmonized-system" / "harmonized-system.csv.xz"
COLUMNS = ["id", "text", "language", "hs", "risk_category", "material_stated", "split", "source", "annotated",
           "labelled_by"]
ORDER = ("titles.csv", "titles_v2.csv", "titles_v3.csv", "titles_v4.csv", "titles_v5.csv", "titles_v6.csv",
         "titles_v7.csv", "titles_v8.csv")
# a CBP ruling number as the source columns write it: "NY R02977", "HQ 955840", "NY 867929"
RULING = re.compile(r"\b(?:NY|HQ)\s+([A-Z]?\d{5,6})\b")


@dataclass(frozen=True)
class TitlesSet:
    tag: str  # "v7": the id prefix and the mark in `annotated` / `labelled_by`
    rows: tuple[int, int]  # the size the set's README gives, as a range
    max_en: float
    min_zh: float
    min_ko: float

    @property
    def file(self) -> str:
        return f"titles_{self.tag}.csv"


# Korean listing titles were scarce in the searchable material for the eighth set (its README: shortfalls), so its
# bar is non-English >= 45% with a small Korean floor rather than the seventh set's 20% Korean.
CHECKED = (
    TitlesSet("v7", (140, 180), max_en=0.6, min_zh=0.2, min_ko=0.2),
    TitlesSet("v8", (120, 180), max_en=0.55, min_zh=0.4, min_ko=0.03),
)


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with (SETS / name).open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def _codes() -> frozenset[str]:
    with lzma.open(NOMENCLATURE, "rt", encoding="utf-8") as fh:
        return frozenset(r["hscode"] for r in csv.DictReader(fh))


@pytest.mark.parametrize("ts", CHECKED, ids=lambda ts: ts.tag)
def test_columns_ids_and_split_follow_the_rule_of_every_set(ts: TitlesSet) -> None:
    with (SETS / ts.file).open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows(ts.file)
    assert ts.rows[0] <= len(rows) <= ts.rows[1]
    for r in rows:
        crc = zlib.crc32(r["text"].encode("utf-8"))
        assert r["id"] == f"{ts.tag}{crc:08x}", r["id"]
        assert r["split"] == ("heldout" if crc & 1 else "dev"), r["id"]
        assert r["annotated"] == f"2026-12-05 ({ts.tag}, before any classifier run)", r["id"]
        assert r["source"] and r["labelled_by"].startswith(f"issue-15 engineer ({ts.tag})"), r["id"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "heldout"}


@pytest.mark.parametrize("ts", CHECKED, ids=lambda ts: ts.tag)
def test_labels_are_nomenclature_codes_and_known_categories(ts: TitlesSet) -> None:
    codes = _codes()
    for r in _rows(ts.file):
        assert r["hs"] in codes and len(r["hs"]) in (4, 6), r["id"]
        # a four-digit label is a row whose text does not fix the subheading (HS-4 only)
        assert r["material_stated"] == ("true" if len(r["hs"]) == 6 else "false"), r["id"]
        assert r["risk_category"] in RISK_CATEGORIES and r["risk_category"] != "unknown", r["id"]
        assert r["language"] in {"en", "zh", "ko"}, r["id"]


@pytest.mark.parametrize("ts", CHECKED, ids=lambda ts: ts.tag)
def test_no_text_or_cbp_ruling_repeats_an_earlier_set(ts: TitlesSet) -> None:
    rows = _rows(ts.file)
    earlier = [r for name in ORDER[: ORDER.index(ts.file)] for r in _rows(name)]
    texts = {r["text"] for r in earlier}
    assert not [r["id"] for r in rows if r["text"] in texts]
    cited = {n for r in earlier for n in RULING.findall(r["source"])}
    assert not [r["id"] for r in rows if set(RULING.findall(r["source"])) & cited]


@pytest.mark.parametrize("ts", CHECKED, ids=lambda ts: ts.tag)
def test_languages_are_mixed(ts: TitlesSet) -> None:
    rows = _rows(ts.file)
    share = {lang: sum(r["language"] == lang for r in rows) / len(rows) for lang in ("en", "zh", "ko")}
    assert share["en"] <= ts.max_en and share["zh"] >= ts.min_zh and share["ko"] >= ts.min_ko
