"""match_v5: match_v4's features and rules, one more measure, weights refitted on the same three kinds of
data (benchmarks/resolve/fit.py).

The new measure (features.py) comes from what match_v4 let through on a million-name generated watchlist:
firms alike but for the trade word, which each side writes as another English word of one meaning (Staivous
Textiles / Staibous Garments).

Keep the arithmetic unchanged once released; a better scorer becomes match_v6.  Country, birth date and
schema then move the score exactly as in match_v1.
"""

from __future__ import annotations

from chainlight.resolve.keys import Analysis, Rendering
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored, adjust
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v4 import scorer as v4
from chainlight.resolve.match_v5 import pairwise
from chainlight.resolve.match_v5.weights import BIAS, WEIGHTS

NAME = "match_v5"
THRESHOLD = v4.THRESHOLD
FLOOR = v4.FLOOR

DESCRIPTIONS = {
    **v4.DESCRIPTIONS,
    "trade_written": "companies: each writes its trade in an English word the other does not (Staivous "
                     "Textiles / Staibous Garments)",
}

__all__ = ["DESCRIPTIONS", "FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain",
           "pair_features", "rendering_pairs"]

rendering_pairs = v3.rendering_pairs
# features that say the names as written differ where the renderings agree: no identical-words rule then
DIFFERS = ("trade_written",)


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> dict[str, float]:
    """match_v4's features and match_v5's own."""
    return pairwise.features(qa, ca, q, c, rarity, person)


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """The best-scoring pair of renderings under match_v3's rules (the identical-words rule not where the trades
    are written differently); parts are each feature's share of the logit."""
    return v3.best_pair_by(qa, ca, rarity, person, pairwise.compare, WEIGHTS, BIAS, differs=DIFFERS)


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    """match_v4's explanation, under this scorer's name and bias."""
    return v4.explain_by(qa, ca, s, BIAS, NAME)
