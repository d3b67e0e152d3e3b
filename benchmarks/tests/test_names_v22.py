"""The twenty-second real-world names set (benchmarks/resolve/realworld/names_v22.jsonl) is well formed: split_v22's
validation passes (schema, id formula, every expected / also_ok id in the list files under ../shared, no name of
sets 1-21 repeated, short quotes), the stored split is the stratified rule every set uses, the set meets the size it
was committed at (81 listed names, short of the shared brief's 90, as SET22.md says) with this round's Hangul share,
and run.py offers the set while it is unseen: neither half is in SEEN, so run.py prints no per-name listing for it.
No matcher runs here; failures name row ids only, so no held-out name is ever printed."""

from __future__ import annotations

from collections import Counter

from benchmarks.resolve.realworld import run
from benchmarks.resolve.realworld.split_v22 import V22
from benchmarks.tests import names_set_checks as checks


def test_the_file_validates_and_keeps_the_split_rule() -> None:
    checks.check_validates_and_keeps_the_split_rule(V22)


def test_no_name_repeats_an_earlier_set_or_another_row() -> None:
    # sets 1-21, the twenty-first's held-out half included (compared as texts, never printed)
    assert len(V22.earlier) == 21
    checks.check_no_name_repeats(V22)


def test_size_and_mix() -> None:
    # The shared brief (20-40 look-alikes, >= 25 % Hanzi or mixed, some kana, both halves, countries on look-alikes
    # only) with this round's Hangul aim of ~30 % and the 81 listed names the set was committed with (SET22.md)
    checks.check_size_and_mix(V22, hangul_at_least=0.3, listed_at_least=81)
    # and this set's own aim: Korean pages weighted (>= 30 % of rows), Japanese and Chinese pages besides
    langs = Counter(r["lang"] for r in checks.rows(V22))
    assert langs["ko"] >= 0.3 * sum(langs.values())
    assert langs["ja"] >= 15 and langs["zh-Hans"] + langs["zh-Hant"] >= 11


def test_run_offers_the_set_with_neither_half_seen() -> None:
    # Annotated and committed (f877a75, six rows added at fa1a013) before any matcher saw a name; the first dev run
    # and the held-out half's single scoring are the lead's.
    assert run.SETS["v22"] == V22.path
    assert not {("v22", "dev"), ("v22", "heldout"), ("v22", "all")} & run.SEEN
