"""The thirteenth real-world names set (benchmarks/resolve/realworld/names_v13.jsonl) is well formed: split_v13's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-12 repeated, short quotes), the stored split is the stratified rule every set uses, and run.py offers the
set without counting either half as seen. No matcher runs here (the set is unseen: its dev half is first run in
a later round, its held-out half scored once at that round's end); failures name row ids only."""

from __future__ import annotations

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


def test_run_offers_the_set_with_neither_half_seen() -> None:
    assert run.SETS["v13"] == V13.path
    # Nothing has been run on set 13: both halves stay out of SEEN until the lead's first dev run and the
    # held-out half's single scoring.
    assert ("v13", "dev") not in run.SEEN
    assert ("v13", "heldout") not in run.SEEN
    assert ("v13", "all") not in run.SEEN
