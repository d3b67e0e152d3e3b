"""The seventeenth real-world titles set (benchmarks/classify/realworld/titles_v17.csv) is well formed: every HS code
is in the HS 2022 nomenclature the classifier uses, the split is the crc32 rule every set uses, the ids are `v17` +
crc32, no text repeats sets 1-16 and no CBP ruling they cite is cited again, and the languages are mixed as its README
says. No classifier runs here (the held-out half is scored once, by the lead); failures name row ids only, so held-out
rows are not printed."""

from __future__ import annotations

import csv
import zlib

from benchmarks.tests import titles_set_checks as checks
from benchmarks.tests.test_titles_sets import _rows

FILE = "titles_v17.csv"
TAG = "v17"


def test_columns_ids_and_split_follow_the_rule_of_every_set() -> None:
    # the shared check dates its sets 2026-12-06; this set was annotated on 2026-12-07, so the same checks are
    # spelled out here with that date
    with (checks.SETS / FILE).open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == checks.COLUMNS
    rows = _rows(FILE)
    assert 125 <= len(rows) <= 150  # the README gives 139
    for r in rows:
        crc = zlib.crc32(r["text"].encode("utf-8"))
        assert r["id"] == f"{TAG}{crc:08x}", r["id"]
        assert r["split"] == ("heldout" if crc & 1 else "dev"), r["id"]
        assert r["annotated"] == f"2026-12-07 ({TAG}, before any classifier run)", r["id"]
        assert r["source"] and r["text"] == r["text"].strip(), r["id"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "heldout"}


def test_labels_are_nomenclature_codes_and_known_categories() -> None:
    checks.check_labels(FILE)


def test_labelled_by_says_whose_label_it_is() -> None:
    # no row cites a CBP ruling; every row is the engineer's reading of the HS 2022 heading and subheading texts
    for r in _rows(FILE):
        assert not checks.RULING.search(r["source"]), r["id"]
        assert r["labelled_by"] == "issue-15 engineer (v17): HS 2022 heading/subheading texts", r["id"]


def test_no_text_or_cbp_ruling_repeats_an_earlier_set() -> None:
    checks.check_no_repeat(FILE, checks.earlier_sets(17))


def test_languages_are_mixed() -> None:
    # the brief asked for at least 60% Chinese and Korean; the set has 84% (zh 72, ko 45 of 139)
    share = checks.language_shares(FILE)
    assert share["en"] <= 0.40 and share["zh"] >= 0.40 and share["ko"] >= 0.15
