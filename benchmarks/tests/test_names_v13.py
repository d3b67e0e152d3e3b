"""The thirteenth real-world names set (benchmarks/resolve/realworld/names_v13.jsonl) is well formed: split_v13's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-12 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py counts the
set as seen once its held-out half was scored. No matcher runs here; failures name row ids only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v13 import V13
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V13)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-12, the twelfth's held-out half included
    assert len(V13.earlier) == 12
    checks.check_no_name_repeats(V13)


def test_size_and_mix() -> None:
    checks.check_size_and_mix(V13)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    assert run.SETS["v13"] == V13.path
    # Dev half first run 2026-12-06 at a850ae4's code (v13-dev-baseline.txt); the held-out half scored once at
    # 5056650 (v13-heldout-scored-once.txt), so its names may now be listed one by one.
    assert (Path(run.__file__).parent / "v13-heldout-scored-once.txt").is_file()
    assert {("v13", "dev"), ("v13", "heldout"), ("v13", "all")} <= run.SEEN
