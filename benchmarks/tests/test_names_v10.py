"""The tenth real-world names set (benchmarks/resolve/realworld/names_v10.jsonl) is well formed: split_v10's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-9 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the
set without counting either half as seen. No matcher runs here (the set is unseen: its dev half is first run in
the next round, its held-out half scored once at its end); failures name row ids only."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v2 import assign, validate
from benchmarks.resolve.realworld.split_v10 import V10


def _rows() -> list[dict[str, Any]]:
    return [json.loads(x) for x in Path(V10.path).read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    rows = _rows()
    assert validate(rows, V10) == []
    rule = assign(rows)
    assert [r["id"] for r in rows if r["split"] != rule[r["id"]]] == []
    assert all(r["id"].startswith("rw10-") for r in rows)


def test_size_and_mix() -> None:
    rows = _rows()
    kinds = Counter("lookalike" if r["kind"] == "lookalike" else "listed" for r in rows)
    assert kinds["listed"] >= 90 and 20 <= kinds["lookalike"] <= 35
    scripts = Counter(r["script"] for r in rows)
    assert scripts["hangul"] + scripts["hanzi"] + scripts["kana"] + scripts["mixed"] > 3 * scripts["latin"]
    assert {r["split"] for r in rows} == {"dev", "heldout"}


def test_run_lists_the_set_as_seen_once_scored() -> None:
    # Dev half first run 2026-12-05, held-out half scored once 2026-12-06 (v10-heldout-scored-once.txt).
    assert run.SETS["v10"] == V10.path
    assert {("v10", "dev"), ("v10", "heldout")} <= run.SEEN
