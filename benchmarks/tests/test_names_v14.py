"""The fourteenth real-world names set (benchmarks/resolve/realworld/names_v14.jsonl) is well formed: split_v14's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-13 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the set
as seen once its held-out half was scored. No matcher runs here; failures name row ids only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v14 import V14
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V14)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-13, the thirteenth's held-out half included
    assert len(V14.earlier) == 13
    checks.check_no_name_repeats(V14)


def test_size_and_mix() -> None:
    checks.check_size_and_mix(V14)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    # The dev half was run once after round 16's mechanisms (v14-dev-after-round16-mechanisms.txt); the held-out
    # half was scored once at 0fe7a80 (v14-heldout-scored-once.txt), so its names may now be listed one by one.
    assert run.SETS["v14"] == V14.path
    assert (Path(run.__file__).parent / "v14-heldout-scored-once.txt").is_file()
    assert {("v14", "dev"), ("v14", "heldout"), ("v14", "all")} <= run.SEEN
