"""The fifteenth real-world names set (benchmarks/resolve/realworld/names_v15.jsonl) is well formed: split_v15's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-14 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the set
as seen once its held-out half was scored. No matcher runs here; failures name row ids only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v15 import V15
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V15)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-14, the fourteenth's held-out half included (compared as texts, never printed)
    assert len(V15.earlier) == 14
    checks.check_no_name_repeats(V15)


def test_size_and_mix() -> None:
    checks.check_size_and_mix(V15)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    # The dev half was run once at f8ad019 (v15-dev-after-round17.txt); the held-out half was scored once at 4a39318
    # (v15-heldout-scored-once.txt), so its names may now be listed one by one.
    assert run.SETS["v15"] == V15.path
    assert (Path(run.__file__).parent / "v15-heldout-scored-once.txt").is_file()
    assert {("v15", "dev"), ("v15", "heldout"), ("v15", "all")} <= run.SEEN
