"""match_v3's table of word similarities (match_v3.pairwise._best), its rows kept, and match_v4's vocabulary
reading's question (is a word of one name read as a vocabulary word of the other?) with its edit distances kept:
both shared by match_v7's bound (bound.py) and best_pair (scorer.py), which ask them of the same renderings; and
spacing's quick tests (may_cut), which both ask before spacing.respace, most pairs failing them.

A query's words recur across its renderings and candidates, a listed name's words across queries, and a bound
that lets a pair through has made the pair's table already: best_pair then reads it instead of computing match_v3's
table again.  The values are match_v3's and match_v4's own (tests/resolve/test_match_bound.py)."""

from __future__ import annotations

import threading
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v3 import features as F3
from chainlight.resolve.match_v3 import spacing
from chainlight.resolve.match_v4 import features as F4
from chainlight.resolve.normalize import skeleton
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
    with no partner.  Cheaper than its first test (the vocabulary words each side lacks); one pass over the
    parts, as the bound asks it of nearly every candidate it turns away."""
    found = unpartnered = False
    for t, x in zip(r, best_r, strict=True):
        if t.cls == "name":
            if x >= _SURE:
                found = True
            if x < _UNMATCHED_BELOW and len(t.text) >= _MISSPELT_MIN:
                unpartnered = True
            if found and unpartnered:
                return True
    return False


_SURE, _UNMATCHED_BELOW, _MISSPELT_MIN = F3.SURE, F2.UNMATCHED_BELOW, F4._MISSPELT_MIN


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


def may_cut(xs: Rendering, best_x: list[float], ys: Rendering, best_y: list[float]) -> bool:
    """Whether spacing.respace could cut a word of xs as ys writes it, by the tests spacing._splits makes before
    it cuts: a distinctive word without a sure partner, about as long as a run of ys's words and spelt about as
    that run written together.  Most pairs fail them, and then respace (which makes them again, for both sides,
    and more) need not run: it finds nothing to cut, as no word passes them.

    The runs are spacing._runs's (2 to JOIN_MAX adjacent words, legal forms apart, one at least without a sure
    partner): those of ys whatever its partners are, with the spellings a word of a given length could be near
    by the length rules alone, are made once a (rendering, length) (`runs_for`), and here only the partners are
    read and the edit similarities left computed."""
    sure = spacing.SURE
    weak = [x.skel for x, b in zip(xs, best_x, strict=True) if b < sure and x.cls == "name"]
    if not weak:
        return False
    unsure = [b < sure for b in best_y]
    if True not in unsure:
        return False
    near = spacing.NEAR
    similarity = Levenshtein.normalized_similarity
    for w in weak:
        for j, end, spellings in runs_for(ys, len(w)):
            if True in unsure[j:end]:
                for spelt in spellings:
                    if similarity(w, spelt) >= near:
                        return True
    return False


@lru_cache(maxsize=65_536)  # a listed name's renderings recur across queries, the query's across its candidates
def runs_for(ys: Rendering, n: int) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(start, end, spellings) of the runs of ys (`_ys_runs`) a word of n letters may be cut as, by
    spacing._splits's length rule: of each, its joined spellings that `_may_be_near` leaves to compare (the
    letters' skeletons joined first, as spacing's tests take them)."""
    out = []
    for j, end, length, slack, whole, parts, n_whole in _ys_runs(ys):
        if abs(n - length) > slack:
            continue
        spellings = tuple(spelt for spelt, m in ((parts, length), (whole, n_whole)) if _may_be_near(n, m))
        if spellings:
            out.append((j, end, spellings))
    return tuple(out)


@lru_cache(maxsize=65_536)  # a listed name's renderings recur across queries, the query's across its candidates
def _ys_runs(ys: Rendering) -> tuple[tuple[int, int, int, int, str, str, int], ...]:
    """(start, end, letters of the skeletons, the letters spacing._splits allows a word to differ by, the run's
    two joined spellings as _run_spellings makes them, the length of the first) of each run of 2 to JOIN_MAX
    adjacent words of ys, no legal form among them, in spacing._runs's walk."""
    out = []
    n = len(ys)
    for j in range(n):
        length = 0
        for e in range(j, min(n, j + spacing.JOIN_MAX)):
            if ys[e].cls == "legal":
                break
            length += len(ys[e].skel)
            if e == j:
                continue
            whole, parts = _run_spellings(ys[j:e + 1])
            out.append((j, e + 1, length, spacing.LENGTH_SLACK + e + 1 - j, whole, parts, len(whole)))
    return tuple(out)


def _run_spellings(run: Rendering) -> tuple[str, str]:
    """A run of words written together, as spacing._joined_similarity spells it: the skeleton of the joined
    letters, and the joined skeletons (made once a rendering: `_ys_runs` is cached)."""
    return skeleton("".join(t.text for t in run)), "".join(t.skel for t in run)


def _may_be_near(la: int, lb: int) -> bool:
    """Whether two spellings of la and lb letters may have an edit similarity of spacing.NEAR or more: the
    similarity is at most 1 - |la - lb| / max(la, lb) (each letter of the longer beyond the shorter's length is
    an edit), so lengths that keep that under NEAR, by more than rounding, say no at once."""
    longer = max(la, lb)
    return not (longer and abs(la - lb) / longer > 1.0 - spacing.NEAR + 1e-9)


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
