"""The eighth real-world titles set (benchmarks/classify/realworld/titles_v8.csv) is well formed: every HS code is
in the HS 2022 nomenclature the classifier uses, the split is the crc32 rule every set uses, no text repeats an
earlier set's and no CBP ruling an earlier set cites is cited again. No classifier runs here (the set's held-out
half is scored once, by the lead); failures name row ids only, so the held-out rows are not printed."""

from __future__ import annotations

import csv
import lzma
import re
import zlib
from pathlib import Path

from chainlight.classify.types import RISK_CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "benchmarks" / "classify" / "realworld"
NOMENCLATURE = ROOT / "tests" / "snapshots" / "hs" / "harmonized-system" / "harmonized-system.csv.xz"
COLUMNS = ["id", "text", "language", "hs", "risk_category", "material_stated", "split", "source", "annotated",
           "labelled_by"]
EARLIER = ("titles.csv", "titles_v2.csv", "titles_v3.csv", "titles_v4.csv", "titles_v5.csv", "titles_v6.csv",
           "titles_v7.csv")
# a CBP ruling number as the source columns write it: "NY R02977", "HQ 955840", "NY 867929"
RULING = re.compile(r"\b(?:NY|HQ)\s+([A-Z]?\d{5,6})\b")


def _rows(name: str) -> list[dict[str, str]]:
    with (SETS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _codes() -> set[str]:
    with lzma.open(NOMENCLATURE, "rt", encoding="utf-8") as fh:
        return {r["hscode"] for r in csv.DictReader(fh)}


def test_columns_ids_and_split_follow_the_rule_of_every_set() -> None:
    with (SETS / "titles_v8.csv").open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows("titles_v8.csv")
    assert 120 <= len(rows) <= 180
    for r in rows:
        crc = zlib.crc32(r["text"].encode("utf-8"))
        assert r["id"] == f"v8{crc:08x}", r["id"]
        assert r["split"] == ("heldout" if crc & 1 else "dev"), r["id"]
        assert r["annotated"] == "2026-12-05 (v8, before any classifier run)", r["id"]
        assert r["source"] and r["labelled_by"].startswith("issue-15 engineer (v8)"), r["id"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "heldout"}


def test_labels_are_nomenclature_codes_and_known_categories() -> None:
    codes = _codes()
    for r in _rows("titles_v8.csv"):
        assert r["hs"] in codes and len(r["hs"]) in (4, 6), r["id"]
        # a four-digit label is a row whose text does not fix the subheading (HS-4 only)
        assert r["material_stated"] == ("true" if len(r["hs"]) == 6 else "false"), r["id"]
        assert r["risk_category"] in RISK_CATEGORIES and r["risk_category"] != "unknown", r["id"]
        assert r["language"] in {"en", "zh", "ko"}, r["id"]


def test_no_text_or_cbp_ruling_repeats_an_earlier_set() -> None:
    rows = _rows("titles_v8.csv")
    earlier = [r for name in EARLIER for r in _rows(name)]
    texts = {r["text"] for r in earlier}
    assert not [r["id"] for r in rows if r["text"] in texts]
    cited = {n for r in earlier for n in RULING.findall(r["source"])}
    assert not [r["id"] for r in rows if set(RULING.findall(r["source"])) & cited]


def test_languages_are_mixed() -> None:
    rows = _rows("titles_v8.csv")
    share = {lang: sum(r["language"] == lang for r in rows) / len(rows) for lang in ("en", "zh", "ko")}
    # Korean listing titles were scarce in the searchable material this round (README, eighth set: shortfalls),
    # so the bar is non-English >= 45% with a small Korean floor rather than the seventh set's 20% Korean.
    assert share["en"] <= 0.55 and share["zh"] >= 0.4 and share["ko"] >= 0.03
