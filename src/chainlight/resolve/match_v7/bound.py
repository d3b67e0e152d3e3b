"""An upper bound of match_v7's score of two names, from its cheaper features, so that a candidate that cannot
reach the score a caller asks for goes without the full comparison.

match_v7's score of a rendering pair is a logistic function of fitted weights times features, then rules.  The
bound takes the same features from the same functions on the same renderings, but only some of them: every
other feature of positive weight is taken at its largest value (MAXIMA) and every one of negative weight at
its smallest, 0 (they are all shares, similarities or flags in [0, 1]).  Of the rules, those that multiply by a
factor below 1 are left out (they only lower the score); the three that raise it are honoured:

- the same words in the same order (match_v2's identical rule, 1.0): the bound is 1.0;
- names of vocabulary alone one inside the other (match_v7's vocabulary_cover, at least 0.8): the bound is at
  least 0.8;
- a person's name of which a Korean or Chinese reading agrees (match_v5's reading_agrees, at least 0.8): likewise.

The features are exact only where match_v7 compares the renderings as analysed: when a misspelt vocabulary word
would be read as the other side's (match_v4's vocabulary_read), a person's patronymic left out (match_v4), or a
word one side writes joined cut as the other writes it (match_v3's spacing), the pair is compared on other
renderings, and the bound gives up (1.0).  tests/resolve/test_match_bound.py holds it to best_pair over the
list names and the real-world names; it must be kept beside any change to match_v7's features or rules (a new
rule that raises a score must raise the bound too).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from chainlight.resolve.match_v1 import features as F1
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v2 import scorer as v2
from chainlight.resolve.match_v3 import features as F3
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v3 import spacing
from chainlight.resolve.match_v3.scorer import _words, rendering_pairs
from chainlight.resolve.match_v4 import features as F4
from chainlight.resolve.match_v5 import features as F5
from chainlight.resolve.match_v7 import table
from chainlight.resolve.match_v7.scorer import VOCABULARY_COVER, vocabulary_cover
from chainlight.resolve.match_v7.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

# The largest value of each fitted feature of positive weight (each a share, a similarity or a flag)
MAXIMA = {"joined": 1.0, "numbers": 1.0, "token_set": 1.0, "syllable_miss": 1.0, "letters": 1.0,
          "weakest": 1.0, "person_extra": 1.0, "person_subset": 1.0, "slip": 1.0}
READING_AGREES = 0.8  # match_v5's floor for a person's name a reading of which agrees
IDENTICAL = 1.0
_SLACK = 1e-9  # in the logit: the bound adds the features in another order than the scorer does

assert all(w <= 0.0 or k in MAXIMA for k, w in WEIGHTS.items()), "a feature of positive weight has no maximum"


# spacing's quick tests (table.py, shared with best_pair, which asks them before spacing.respace too)
_may_cut = table.may_cut


@lru_cache(maxsize=65_536)  # a listed name's renderings recur across queries, the query's across its candidates
def _words_of(r: Rendering) -> tuple[str, ...]:
    """match_v3's _words (the words that name the body, legal forms apart), kept per rendering."""
    return tuple(_words(r))


# match_v3's word table with its rows kept, and match_v4's vocabulary reading's tests (table.py, shared with
# best_pair, which reads the table a bound has made)
_best = table.best
_may_read = table.may_read


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_CLOSE = 1e-6  # in the logit: nearer the target's logit than this, the sigmoid itself is compared


@lru_cache(maxsize=64)
def _logit(target: float) -> float | None:
    """The logit of a target in (0, 1) that _sigmoid reaches unclamped, or None: `_under` compares logits."""
    if not 1e-12 < target < 1.0 - 1e-12:
        return None
    z = math.log(target / (1.0 - target))
    return z if -29.0 < z < 29.0 else None


def _under(z: float, target: float, at: float | None) -> bool:
    """_sigmoid(z + _SLACK) < target, with `at` _logit(target): the logits compared when they are apart by more
    than rounding could move either (the sigmoid is increasing), the sigmoid made only when they are close."""
    if at is not None:
        if z + _SLACK < at - _CLOSE:
            return True
        if z + _SLACK > at + _CLOSE:
            return False
    return _sigmoid(z + _SLACK) < target


class _Pair:
    """One rendering pair's features, each computed when first asked for, as match_v3's to match_v7's compare
    computes it on the renderings as analysed."""

    def __init__(self, qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                 person: bool) -> None:
        self.qa, self.ca, self.q, self.c, self.rarity, self.person = qa, ca, q, c, rarity, person
        # the table and the features computed so far, kept where best_pair reads them (table.Seen)
        self.seen = table.Seen(qa, ca, q, c, rarity, person)
        self.features = self.seen.features

    def table(self) -> tuple[list[float], list[float]]:
        made = self.seen.table
        if made is None:
            made = self.seen.table = _best(self.q, self.c, self.person)
        return made

    def compared_as_analysed(self) -> bool:
        """Whether match_v7 compares this pair's renderings as they are (no word read, left out or cut)."""
        q, c = self.q, self.c
        best_q, best_c = self.table()
        if self.person:
            if F4.without_patronymic(q, c)[2]:
                return False
        elif table.reads(q, c, best_q, best_c):  # vocabulary_read would read a word (its tests, their edits kept)
            return False
        if not (_may_cut(q, best_q, c, best_c) or _may_cut(c, best_c, q, best_q)):
            return True
        return spacing.respace(q, c, best_q, best_c, self.person) is None

    # each stage: (features it gives exactly) -> their values
    def near(self) -> dict[str, float]:
        best_q, best_c = self.table()
        q, c = self.q, self.c
        out = {"weakest": F3.weakest(q, c, best_q, best_c), "letters": F3.letters(q, c),
               "numbers": F2.numbers(q, c), "phonetic": F1.phonetic(q, c)}
        if self.person:  # (for a body both are 0: see _known)
            out["slip"] = F4.slip(q, c, tuple(best_q), tuple(best_c))
            out["person_subset"] = F3.subset(q, c, best_q, best_c)
        return out

    def words(self) -> dict[str, float]:
        """token_set: of the largest weight, it takes most pairs under a target with `near`, and `joined` is
        then not made (a stage of its own)."""
        return {"token_set": F2.token_set(self.q, self.c)}

    def joined(self) -> dict[str, float]:
        return {"joined": F1.joined(self.q, self.c)}

    def written(self) -> dict[str, float]:
        qa, ca = self.qa, self.ca
        out = {"cjk_chars": F4.cjk_chars(qa, ca), "near_short": F2.near_short(self.q, self.c)}
        if not self.person:
            out["trade_written"] = F5.trade_written(qa, ca)
        return out

    def parts(self) -> dict[str, float]:
        """conflict and extra (or person_extra) from each side's overlap, and the syllables each side lacks."""
        q, c, rarity = self.q, self.c, self.rarity
        best_q, best_c = self.table()
        a, b = F2.overlap_of(q, best_q, rarity), F2.overlap_of(c, best_c, rarity)
        conflict, extra = min(a.unmatched, b.unmatched), max(a.unmatched, b.unmatched)
        if a.has_names != b.has_names:
            conflict, extra = 1.0, 0.0
        missing = F3.missing(q, c)
        return {"conflict": conflict, "extra": 0.0 if self.person else extra,
                "person_extra": extra if self.person else 0.0,
                "syllable_diff": missing[0] / missing[1] if missing and missing[1] else 0.0,
                "syllable_miss": 1.0 if missing and missing[0] else 0.0}


_STAGES: tuple[Callable[[_Pair], dict[str, float]], ...] = (_Pair.near, _Pair.words, _Pair.joined, _Pair.written,
                                                                _Pair.parts)
# The features match_v3 to match_v7 set to 0 for a body's name, and for a person's
_PERSONS_ONLY = ("person_extra", "person_cover", "person_subset", "front_extra", "slip")
_BODIES_ONLY = ("extra", "trade_extra", "trade_written")


def _top(zero: tuple[str, ...]) -> float:
    """The logit with every feature at its most telling, those in `zero` at 0."""
    return BIAS + sum(w * MAXIMA[k] for k, w in WEIGHTS.items() if w > 0.0 and k not in zero)


_TOP = {False: _top(_PERSONS_ONLY), True: _top(_BODIES_ONLY)}  # by whether a person is compared


def _terms(zero: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """feature -> (weight, the value _TOP counts it at) of each feature that moves the logit, those in `zero`
    (counted at 0 already) and those of no weight left out: a term is weight x (value - that value)."""
    return {k: (w, MAXIMA[k] if w > 0.0 else 0.0) for k, w in WEIGHTS.items() if w and k not in zero}


_TERMS = {False: _terms(_PERSONS_ONLY), True: _terms(_BODIES_ONLY)}  # by whether a person is compared


def _pair_bound(p: _Pair, target: float | None) -> float:
    """The bound of one rendering pair's score; with a target, it stops refining once below it.

    (Asked of every candidate a /match query meets: the terms are read from _TERMS and _under's test of the
    logits is written out here; the same sums in the same order as term by term from WEIGHTS and MAXIMA.)"""
    z, terms = _TOP[p.person], _TERMS[p.person]
    at = None if target is None else _logit(target)
    features = p.features
    for stage in _STAGES:
        found = stage(p)
        features.update(found)
        for k, v in found.items():
            term = terms.get(k)
            if term is not None:
                z += term[0] * (v - term[1])
        if at is not None:
            if z + _SLACK < at - _CLOSE:
                break
            if z + _SLACK > at + _CLOSE:
                continue
        if target is not None and _sigmoid(z + _SLACK) < target:
            break
    s = _sigmoid(z + _SLACK)
    if target is not None and s < target:
        # under the target already: the rules that lower a score cannot take it back over (only the one that
        # raises it can), and a caller with a target asks no more than whether it is under
        return max(s, VOCABULARY_COVER) if not p.person and vocabulary_cover(p.q, p.c) else s
    # of the rules that lower a score, the cheap ones (match_v2's and match_v3's, in their order: each a factor)
    if not p.person and v2._industry_conflict(p.q, p.c):
        s *= v2.INDUSTRY_CONFLICT
    if features.get("cjk_chars"):
        s *= v3.CJK_DIFFERS
    if not p.person and F3.trades_differ(p.q, p.c):
        s *= v2.INDUSTRY_CONFLICT
    # the rules that raise a score
    if not p.person and vocabulary_cover(p.q, p.c):
        s = max(s, VOCABULARY_COVER)
    return s


def upper_bound(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False,
                target: float | None = None) -> float:
    """A score match_v7's best_pair(qa, ca, rarity, person) does not exceed (0 when it gives none; 1.0 when
    the bound cannot say).  With `target`, the work stops as soon as the bound is below it, and 1.0 is
    given when it is not: a caller skipping candidates that cannot reach `target` needs no more."""
    pairs = rendering_pairs(qa, ca)
    if person and pairs and F5.readings(qa, ca)["reading_agrees"]:
        floor = READING_AGREES
        if target is not None and floor >= target:
            return 1.0
    else:
        floor = 0.0
    bounds = []
    kept = table.bounding()  # the pairs' tables and features, for a best_pair asked next of these names
    for q, c in pairs:
        if _words_of(q) == _words_of(c):
            return IDENTICAL
        p = _Pair(qa, ca, q, c, rarity, person)
        kept[id(q), id(c)] = p.seen
        b = _pair_bound(p, target)
        if target is not None and b >= target:
            return 1.0
        bounds.append((b, p))
    # only now that each pair is below the target: the renderings compared are these
    if not all(p.compared_as_analysed() for _, p in bounds):
        return 1.0
    return max([floor, *(b for b, _ in bounds)])
