"""benchmarks/classify/realworld/seen.py: the counts it compares two classifier versions by (run.py's counting rule),
on rows written for the test; and the seen sets it reads are the scored ones only (sets 1-24 since set 24's held-out
half was scored in round 28; never set 25, not yet collected)."""

from __future__ import annotations

from benchmarks.classify.realworld.learned import Row
from benchmarks.classify.realworld.seen import SETS, score


def _row(hs: str, category: str) -> Row:
    return Row("v1", "x", "title", "en", hs, category, "dev")


def test_counting_rule() -> None:
    rows = [_row("670420", "wigs"), _row("6110", "knitwear"), _row("950300", "other"), _row("650500", "knitwear")]
    got = [("wigs", "670411"), ("knitwear", "611030"), ("hair_pieces", "670420"), ("other", "650500")]
    # category right 2; HS-4 right 3 of 4 (every row has four digits); HS-6 right 1 of 3 six-digit rows;
    # one risk false positive (hair_pieces on a toy); one risk good answered other (the wig cap)
    assert score(rows, got) == (2, 3, 1, 1, 1)


def test_only_scored_sets_are_read() -> None:
    assert SETS[0] == "labelled" and SETS[-1] == "v24" and "v25" not in SETS
