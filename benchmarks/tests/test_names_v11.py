"""The eleventh real-world names set (benchmarks/resolve/realworld/names_v11.jsonl) is well formed: split_v11's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-10 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the
set without counting either half as seen. No matcher runs here (the set is unseen: its dev half is first run in
the next round, its held-out half scored once at its end); failures name row ids only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v11 import V11
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V11)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    checks.check_no_name_repeats(V11)


def test_size_and_mix() -> None:
    checks.check_size_and_mix(V11)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    assert run.SETS["v11"] == V11.path
    # Dev half first run 2026-12-06 at 8d4a932 (v11-dev-baseline.txt); the held-out half scored once at f3b49a4
    # (v11-heldout-scored-once.txt), so its names may now be listed one by one.
    assert (Path(run.__file__).parent / "v11-heldout-scored-once.txt").is_file()
    assert {("v11", "dev"), ("v11", "heldout"), ("v11", "all")} <= run.SEEN
