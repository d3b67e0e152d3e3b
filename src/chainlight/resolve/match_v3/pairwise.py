"""All of match_v3's features of one rendering pair from one table of word similarities.

match_v2 computed the best partner of each word several times over (coverage both ways, and for later
measures again); here each (query word, list word) similarity is computed once and every measure reads
each part's best similarity from the table.  match_v2's features come out as match_v2's own functions give
them (tests/resolve/test_match_v3.py checks it).

Before the features, a word one side writes joined and the other apart (大连义锦 read 'dalianyijin' against
'Dalian Yijin') is cut as the other side writes it (spacing.py); the features then compare aligned parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from chainlight.resolve.match_v1 import features as F1
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v3 import features as F
from chainlight.resolve.match_v3 import spacing
from chainlight.resolve.rendering import Analysis, Rendering


@dataclass(frozen=True)
class Compared:
    features: dict[str, float]
    query: Rendering  # the renderings compared: as analysed, or with joined words cut
    listed: Rendering
    joins: tuple[str, ...] = ()  # the words cut, "dalianyijin = dalian + yijin"
    before: dict[str, float] | None = None  # the features before the cut, when a word was cut
    best_query: tuple[float, ...] = ()  # each compared word's best similarity on the other side
    best_listed: tuple[float, ...] = ()


def _best(q: Rendering, c: Rendering, person: bool) -> tuple[list[float], list[float]]:
    """Each word's best similarity on the other side, both ways, from one table."""
    sim = [[F2._similarity(x, y, person) for y in c] for x in q]
    best_q = [max(row, default=0.0) for row in sim]
    best_c = [max((row[j] for row in sim), default=0.0) for j in range(len(c))]
    return best_q, best_c


def compare(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
            person: bool, best: tuple[list[float], list[float]] | None = None,
            known: Mapping[str, float] | None = None, may_cut: bool = True) -> Compared:
    """The features of the pair, after cutting the words one side writes joined.  `best` is _best(q, c,
    person) when the caller has it already (it is the costliest step); `known`, features of q and c the caller
    has made already by the same functions (_features reads those of _SHARED there); `may_cut` False when the
    caller's quick tests of spacing's (match_v7's table.may_cut) say no word of either is cut."""
    best_q, best_c = best if best is not None else _best(q, c, person)
    cut = spacing.respace(q, c, best_q, best_c, person) if may_cut else None
    if cut is None:
        return Compared(_features(qa, ca, q, c, best_q, best_c, rarity, person, known), q, c,
                        best_query=tuple(best_q), best_listed=tuple(best_c))
    before = _features(qa, ca, q, c, best_q, best_c, rarity, person, known)
    best_q, best_c = _best(cut.query, cut.listed, person)
    after = _features(qa, ca, cut.query, cut.listed, best_q, best_c, rarity, person)
    return Compared(after, cut.query, cut.listed, cut.joins, before, tuple(best_q), tuple(best_c))


def with_features(cmp: Compared, features: dict[str, float], before: dict[str, float] | None) -> Compared:
    """The comparison with a later scorer's features (dataclasses.replace costs ~10x more)."""
    return Compared(features, cmp.query, cmp.listed, cmp.joins, before, cmp.best_query, cmp.best_listed)


def features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
             person: bool) -> dict[str, float]:
    return compare(qa, ca, q, c, rarity, person).features


def _features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, best_q: list[float], best_c: list[float],
              rarity: Rarity, person: bool, known: Mapping[str, float] | None = None) -> dict[str, float]:
    """The features; with `known` (features of q and c made by the same functions, with this table: a bound's),
    those of _SHARED it holds are read rather than made again (match_v7's bound makes most of them)."""
    a, b = F2.overlap_of(q, best_q, rarity), F2.overlap_of(c, best_c, rarity)
    tokens = 2 * a.coverage * b.coverage / (a.coverage + b.coverage) if a.coverage + b.coverage else 0.0
    if tokens < 0.999 and sum(t.cls == "name" for t in q) != sum(t.cls == "name" for t in c):
        tokens = max(tokens, F1.tokens(q, c, rarity))  # spacing differences (Rungra-do / Rungrado), as in v1
    conflict, extra = min(a.unmatched, b.unmatched), max(a.unmatched, b.unmatched)
    if a.has_names != b.has_names:
        conflict, extra = 1.0, 0.0
    k = known if known else _NOTHING
    if "syllable_diff" in k and "syllable_miss" in k:
        syllable_diff, syllable_miss = k["syllable_diff"], k["syllable_miss"]
    else:
        missing = F.missing(q, c)
        syllable_diff = missing[0] / missing[1] if missing and missing[1] else 0.0
        syllable_miss = 1.0 if missing and missing[0] else 0.0
    return {
        "tokens": tokens, "joined": k["joined"] if "joined" in k else F1.joined(q, c),
        "phonetic": k["phonetic"] if "phonetic" in k else F1.phonetic(q, c),
        # an extra part is a patronymic or a middle name for a person, a distinctive word for a company
        "conflict": conflict, "extra": 0.0 if person else extra, "person_extra": extra if person else 0.0,
        "numbers": k["numbers"] if "numbers" in k else F2.numbers(q, c), "cjk_chars": F2.cjk_chars(qa, ca),
        "near_short": k["near_short"] if "near_short" in k else F2.near_short(q, c),
        "syllable_conflict": float(a.short_unmatched and b.short_unmatched),
        "person_cover": max(a.coverage, b.coverage) if person else 0.0,
        "token_set": k["token_set"] if "token_set" in k else F2.token_set(q, c),
        "generic_only": F1.generic_only(q, c),
        "person_subset": (k["person_subset"] if "person_subset" in k else F.subset(q, c, best_q, best_c))
        if person else 0.0,
        "syllable_diff": syllable_diff, "syllable_miss": syllable_miss,
        "letters": k["letters"] if "letters" in k else F.letters(q, c),
        "weakest": k["weakest"] if "weakest" in k else F.weakest(q, c, best_q, best_c),
    }


_NOTHING: Mapping[str, float] = {}
