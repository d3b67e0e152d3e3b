"""The eighteenth real-world names set (benchmarks/resolve/realworld/names_v18.jsonl) is well formed: split_v18's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-17 repeated, short quotes), the stored split is the stratified rule every set uses, the set meets the shared
size brief, and run.py offers the set as seen once its held-out half was scored. No matcher runs here; failures
name row ids only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v18 import V18
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V18)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-17, the seventeenth's held-out half included (compared as texts, never printed)
    assert len(V18.earlier) == 17
    checks.check_no_name_repeats(V18)


def test_size_and_mix() -> None:
    # The shared brief in full (>= 90 listed, 20-40 look-alikes, >= 40 % Hangul, >= 25 % Hanzi or mixed, some kana)
    checks.check_size_and_mix(V18)
    # and this set's own aim: bodies named by translation and Japanese and Chinese pages besides Korean ones
    got = checks.rows(V18)
    langs = Counter(r["lang"] for r in got)
    assert langs["ja"] + langs["zh-Hans"] + langs["zh-Hant"] >= 0.4 * len(got)


def test_run_offers_the_set_as_seen_once_scored() -> None:
    # The dev half was run once at 8d013ed (v18-dev-baseline.txt) and once at 9eea124 (v18-dev-after-round20.txt);
    # the held-out half was scored once at 61e10e8 (v18-heldout-scored-once.txt), so its names may now be listed.
    assert run.SETS["v18"] == V18.path
    assert (Path(run.__file__).parent / "v18-heldout-scored-once.txt").is_file()
    assert {("v18", "dev"), ("v18", "heldout"), ("v18", "all")} <= run.SEEN
