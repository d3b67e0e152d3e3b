"""All of match_v3's features of one rendering pair from one table of word similarities.

match_v2 computed the best partner of each word three times over (coverage both ways, then the weakest part
and the subset test); here each (query word, list word) similarity is computed once and every measure reads
the table.  The values are the same as match_v2's functions give (tests/resolve/test_match_v3.py checks it).
"""

from __future__ import annotations

from chainlight.resolve.keys import Analysis, Rendering
from chainlight.resolve.match_v1 import features as F1
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v3 import features as F


def _side(xs: Rendering, best: list[float], rarity: Rarity) -> tuple[float, float, bool, bool]:
    """(coverage, unmatched share of distinctive parts, a syllable-length part unmatched, has parts)."""
    total = got = name_total = lost = 0.0
    short = False
    for x, b in zip(xs, best, strict=True):
        w = x.weight * rarity(x)
        total += w
        got += w * b
        if x.cls == "name":
            name_total += w
            if b < F2.UNMATCHED_BELOW:
                lost += w
                short = short or len(x.skel) <= F2.SYLLABLE
    return (got / total if total else 0.0, lost / name_total if name_total else 0.0, short, name_total > 0)


def features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
             person: bool) -> dict[str, float]:
    sim = [[F2._similarity(x, y, person) for y in c] for x in q]
    best_q = [max(row, default=0.0) for row in sim]
    best_c = [max((sim[i][j] for i in range(len(q))), default=0.0) for j in range(len(c))]
    cov_a, un_a, short_a, names_a = _side(q, best_q, rarity)
    cov_b, un_b, short_b, names_b = _side(c, best_c, rarity)
    tokens = 2 * cov_a * cov_b / (cov_a + cov_b) if cov_a + cov_b else 0.0
    n_q = sum(t.cls == "name" for t in q)
    n_c = sum(t.cls == "name" for t in c)
    if tokens < 0.999 and n_q != n_c:  # spacing differences (Rungra-do / Rungrado), as in match_v1
        tokens = max(tokens, F1.tokens(q, c, rarity))
    conflict, extra = min(un_a, un_b), max(un_a, un_b)
    if names_a != names_b:
        conflict, extra = 1.0, 0.0
    names_q = [b for t, b in zip(q, best_q, strict=True) if t.cls == "name"]
    names_c = [b for t, b in zip(c, best_c, strict=True) if t.cls == "name"]
    # nothing distinctive on either side: nothing was matched, so no part is 'weakest but found'
    weakest = min([1.0, *names_q, *names_c]) if names_q or names_c else 0.0
    subset = 0.0
    if person and n_q != n_c and n_q and n_c:
        shorter = names_q if n_q < n_c else names_c
        subset = 1.0 if all(b >= F.SURE for b in shorter) else 0.0
    missing = F.missing(q, c)
    return {
        "tokens": tokens, "joined": F1.joined(q, c), "phonetic": F1.phonetic(q, c),
        "conflict": conflict, "extra": 0.0 if person else extra,
        "numbers": F2.numbers(q, c), "cjk_chars": F2.cjk_chars(qa, ca), "near_short": F2.near_short(q, c),
        "syllable_conflict": float(short_a and short_b),
        "person_cover": max(cov_a, cov_b) if person else 0.0, "token_set": F2.token_set(q, c),
        "generic_only": F1.generic_only(q, c),
        "person_extra": extra if person else 0.0, "person_subset": subset,
        "syllable_diff": missing[0] / missing[1] if missing and missing[1] else 0.0,
        "syllable_miss": 1.0 if missing and missing[0] else 0.0,
        "letters": F.letters(q, c), "weakest": weakest,
    }
