"""The sixteenth real-world names set (benchmarks/resolve/realworld/names_v16.jsonl) is well formed: split_v16's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-15 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the set
as seen once its held-out half was scored. No matcher runs here; failures name row ids only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v16 import V16
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V16)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-15, the fifteenth's held-out half included (compared as texts, never printed)
    assert len(V16.earlier) == 15
    checks.check_no_name_repeats(V16)


def test_size_and_mix() -> None:
    checks.check_size_and_mix(V16)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    # The dev half was run once at 480c954 (v16-dev-after-round18.txt); the held-out half was scored once at 9fbd203
    # (v16-heldout-scored-once.txt), so its names may now be listed one by one.
    assert run.SETS["v16"] == V16.path
    assert (Path(run.__file__).parent / "v16-heldout-scored-once.txt").is_file()
    assert {("v16", "dev"), ("v16", "heldout"), ("v16", "all")} <= run.SEEN
