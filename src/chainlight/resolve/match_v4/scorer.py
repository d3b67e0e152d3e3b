"""match_v4: match_v3's features and rules, three more measures, weights refitted on the same three kinds of
data (benchmarks/resolve/fit.py).

A patronymic written on one side only is left out before the comparison (Vladimir Vladimirovich Putin is
Vladimir Putin), and a firm's word the analysis read as a name is read as the vocabulary word the other side
writes, when it is that word misspelt and the names already agree on a distinctive part (Golden Warrior
Shipig / Shipping).  The new measures (features.py) come from what match_v3 let through on a million-name
generated watchlist: a person's listed name found at the end of a longer name that starts with another given
name, a firm naming a trade the other lacks, and (held back) a person's part misspelt by one letter.

Keep the arithmetic unchanged once released; a better scorer becomes match_v5.  Country, birth date and
schema then move the score exactly as in match_v1.
"""

from __future__ import annotations

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored, adjust
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v4 import features, pairwise
from chainlight.resolve.match_v4.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v4"
THRESHOLD = v3.THRESHOLD
FLOOR = v3.FLOOR

DESCRIPTIONS = {
    **v3.DESCRIPTIONS,
    "front_extra": "a person: the shorter name is found at the end of the longer, which starts with other "
                   "given names (Oleg Moradi / Osman Oleg Moradi)",
    "slip": "a person: each side has one part the other lacks, one letter apart as written (Jobn / John)",
    "trade_extra": "companies: one names a trade the other lacks (Red Baim Enterprises / Red Baim Chemicals)",
}

__all__ = ["DESCRIPTIONS", "FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain",
           "explain_by", "pair_features", "rendering_pairs"]

rendering_pairs = v3.rendering_pairs


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> dict[str, float]:
    """match_v3's features and match_v4's own."""
    return pairwise.features(qa, ca, q, c, rarity, person)


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """The best-scoring pair of renderings under match_v3's rules; parts are each feature's share of the logit."""
    return v3.best_pair_by(qa, ca, rarity, person, pairwise.compare, WEIGHTS, BIAS)


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    """match_v3's explanation, and the patronymic left out or the misspelt vocabulary read, when either was."""
    return explain_by(qa, ca, s, BIAS, NAME)


def explain_by(qa: Analysis, ca: Analysis, s: Scored, bias: float, name: str) -> str:
    """explain with another scorer's bias and name (match_v5 uses it)."""
    said = v3.explain_by(qa, ca, s, bias, name)
    scored = {t.text for t in (*s.query_rendering, *s.list_rendering)}
    left = [t.text for r in (*qa.renderings, *ca.renderings) for i in features.patronymics(r)
            for t in (r[i],) if t.text not in scored]
    if left:
        said += f"; patronymic written on one side only, left out: {', '.join(dict.fromkeys(left))}"
    sides = ((qa.renderings, s.query_rendering), (ca.renderings, s.list_rendering))
    read = [f"{a.text} = {b.text}" for rs, got in sides for r in rs if len(r) == len(got)
            for a, b in zip(r, got, strict=True) if a.cls == "name" != b.cls]
    if read:
        said += f"; misspelt vocabulary read as the other side writes it: {', '.join(dict.fromkeys(read))}"
    return said
