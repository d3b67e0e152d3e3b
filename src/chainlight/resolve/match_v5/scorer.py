"""match_v5: match_v4's features and rules, one more measure and two more rules, weights refitted on the same
three kinds of data (benchmarks/resolve/fit.py).

They come from what match_v4 let through or missed on a million-name generated watchlist (features.py): firms
alike but for the trade word, which each side writes as another English word of one meaning (Staivous
Textiles / Staibous Garments: a fitted measure); Korean and Chinese people whose syllables no reading makes
one (Zeng / Zheng Fengyong: a rule, x0.7) or some reading does (Choe Hung-ye / Choi Heung Ye: a rule, at
least 0.8).

Keep the arithmetic unchanged once released; a better scorer becomes match_v6.  Country, birth date and
schema then move the score exactly as in match_v1.
"""

from __future__ import annotations

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored, adjust
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v4 import scorer as v4
from chainlight.resolve.match_v5 import pairwise
from chainlight.resolve.match_v5.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v5"
THRESHOLD = v4.THRESHOLD
FLOOR = v4.FLOOR
READING_DIFFERS = 0.7  # multiplier for two Korean or Chinese names no reading of which agrees (readings.py)
READING_AGREES = 0.8  # the least score of two Korean or Chinese names a reading of which agrees

DESCRIPTIONS = {
    **v4.DESCRIPTIONS,
    "trade_written": "companies: each writes its trade in an English word the other does not (Staivous "
                     "Textiles / Staibous Garments)",
    "reading_differs": "a person: both names read as Korean or as Chinese syllables, and no reading of one is a "
                       "reading of the other (Zeng / Zheng Fengyong; Kye Hyong-hong / Kye Hyong-hung): a rule, x0.7",
    "reading_agrees": "a person: both names read as Korean or as Chinese syllables, and a reading of one is a "
                      "reading of the other (Choe Hung-ye / Choi Heung Ye): a rule, at least 0.8",
}

__all__ = ["DESCRIPTIONS", "FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain",
           "pair_features", "rendering_pairs"]

rendering_pairs = v3.rendering_pairs
# features that say the names as written differ where the renderings agree: no identical-words rule then
DIFFERS = ("trade_written", "reading_differs")


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> dict[str, float]:
    """match_v4's features and match_v5's own."""
    return pairwise.features(qa, ca, q, c, rarity, person)


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """The best-scoring pair of renderings under match_v3's rules (the identical-words rule not where the trades
    are written differently); parts are each feature's share of the logit."""
    return v3.best_pair_by(qa, ca, rarity, person, pairwise.compare, WEIGHTS, BIAS, differs=DIFFERS,
                           rule=_own_rule)


def _own_rule(f: dict[str, float], s: float, parts: dict[str, float]) -> float:
    if f.get("reading_differs"):
        # a rule, not a weight: the fit saw these pairs mostly among non-matches other features already
        # score low, and weighed the feature little (-1.0 logit); the ones that matter are the others, named
        # alike in every skeleton (Zeng / Zheng Fengyong at 0.98), which a weight of that size leaves above
        # the threshold.  At a million generated names it marks ~120 non-matches and ~11 matches (typos that
        # make another syllable: Goujia / Guojia).
        parts["reading_differs"] = s * READING_DIFFERS - s
        s *= READING_DIFFERS
    elif f.get("reading_agrees") and s < READING_AGREES:
        # a rule too: one name in two romanizations (Choe Hung-ye / Choi Heung Ye, Im / Lim Tong Gil) is what
        # a screen of Korean and Chinese names is for, and the fitted features, which see a surname and a
        # syllable spelt apart, put it at 0.4-0.65.  At a million generated names it raised ~20 true matches
        # to the threshold and ~3 non-matches (readings that may be one: 宋振丰 / Sung Chen-Feng).
        parts["reading_agrees"] = READING_AGREES - s
        s = READING_AGREES
    return s


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    """match_v4's explanation, under this scorer's name and bias."""
    return v4.explain_by(qa, ca, s, BIAS, NAME)
