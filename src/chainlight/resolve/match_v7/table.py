"""match_v3's table of word similarities (match_v3.pairwise._best), its rows kept, and match_v4's vocabulary
reading's question (is a word of one name read as a vocabulary word of the other?) with its edit distances kept:
both shared by match_v7's bound (bound.py) and best_pair (scorer.py), which ask them of the same renderings.

A query's words recur across its renderings and candidates, a listed name's words across queries, and a bound
that lets a pair through has made the pair's table already: best_pair then reads it instead of computing match_v3's
table again.  The values are match_v3's and match_v4's own (tests/resolve/test_match_bound.py)."""

from __future__ import annotations

import threading
from functools import lru_cache

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v3 import features as F3
from chainlight.resolve.match_v4 import features as F4
from chainlight.resolve.rendering import Analysis, Rendering, Token


@lru_cache(maxsize=65_536)  # a query's words recur across its renderings, a listed name's across queries
def _row(x: Token, c: Rendering, person: bool) -> tuple[float, ...]:
    """One word's similarity to each word of c, as match_v3's table holds it."""
    return tuple([F2._similarity(x, y, person) for y in c])


def best(q: Rendering, c: Rendering, person: bool) -> tuple[list[float], list[float]]:
    """match_v3.pairwise._best(q, c, person): each word's best similarity on the other side, both ways, the
    table's rows kept per (word, rendering); new lists at each call."""
    rows = [_row(x, c, person) for x in q]
    best_q = [max(row, default=0.0) for row in rows]
    best_c = [max(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(c)
    return best_q, best_c


def may_read(r: Rendering, best_r: list[float]) -> bool:
    """Whether match_v4's vocabulary_read could read a part of r as a vocabulary word, by its tests on the
    parts' best similarities: a distinctive part surely found, and another of _MISSPELT_MIN letters or more
    with no partner.  Cheaper than its first test (the vocabulary words each side lacks)."""
    return (any(t.cls == "name" and x >= F3.SURE for t, x in zip(r, best_r, strict=True))
            and any(t.cls == "name" and x < F2.UNMATCHED_BELOW and len(t.text) >= F4._MISSPELT_MIN
                    for t, x in zip(r, best_r, strict=True)))


@lru_cache(maxsize=65_536)  # a name's unmatched words meet the same few vocabulary words again and again
def _misspelt_as(word: str, text: str, cls: str) -> bool:
    """match_v4's test: `word` is the vocabulary word (text, cls) misspelt."""
    return F4._misspelt(word, F4._SPELLINGS[(text, cls)])


def reads(q: Rendering, c: Rendering, best_q: list[float], best_c: list[float]) -> bool:
    """Whether match_v4's vocabulary_read(q, c, ...) reads any word (its third value is not empty), given the
    pair's table: on a side with a distinctive part surely found, an unmatched distinctive part of
    _MISSPELT_MIN letters or more that is a misspelling of a vocabulary word the other side writes and this
    one lacks.  (vocabulary_read takes the first such word of the first such part; any one is enough here.)"""
    for r, other, best_r in ((q, c, best_q), (c, q, best_c)):
        if not may_read(r, best_r):
            continue
        wanted = F4._wanted(r, other)
        if not wanted:
            continue
        for t, x in zip(r, best_r, strict=True):
            if t.cls == "name" and x < F2.UNMATCHED_BELOW and len(t.text) >= F4._MISSPELT_MIN \
                    and any(_misspelt_as(t.text, w.text, w.cls) for w in wanted):
                return True
    return False


class Seen:
    """What a bound made of one rendering pair (its table, its features so far), for best_pair, which the matcher
    asks of the same two names right after a bound that lets them through.  Each value is a function of the
    fields kept here, so that a record is read only for the same renderings (by identity), analyses, person and
    rarity."""

    __slots__ = ("c", "ca", "features", "person", "q", "qa", "rarity", "table")

    def __init__(self, qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                 person: bool) -> None:
        self.qa, self.ca, self.q, self.c, self.rarity, self.person = qa, ca, q, c, rarity, person
        self.table: tuple[list[float], list[float]] | None = None
        self.features: dict[str, float] = {}


_last = threading.local()  # per thread (a server answers in several): the last bound's pairs


def bounding() -> dict[tuple[int, int], Seen]:
    """A bound starts: its pairs' records, replacing the last bound's (only the bound just made is read)."""
    pairs: dict[tuple[int, int], Seen] = {}
    _last.pairs = pairs
    return pairs


def seen(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity, person: bool) -> Seen | None:
    """The last bound's record of this pair in this thread, when it was made of the same renderings, analyses,
    person and rarity; else None."""
    pairs: dict[tuple[int, int], Seen] | None = getattr(_last, "pairs", None)
    if not pairs:
        return None
    got = pairs.get((id(q), id(c)))
    if got is None or got.q is not q or got.c is not c or got.qa is not qa or got.ca is not ca \
            or got.person != person or got.rarity != rarity:
        return None
    return got
