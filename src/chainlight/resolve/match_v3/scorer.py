"""match_v3: match_v2's features and rules, three more measures, and weights fitted on three kinds of data.

The weights (weights.py, written by `python -m benchmarks.resolve.fit --scorer match_v3`) are fitted on the
training halves of OpenSanctions' name_bench_cases and of chainlight's cross-script set, and on screening
pairs from a generated watchlist (../shared/bench/gen_names.py with a seed the benchmark never uses: each
query against the candidates the index gives it, so that the negatives are the near names a real screen
meets).  A name with several renderings (a Hangul name read MR, RR and the DPRK's way) is compared on the
two rendering pairs a cheap C-speed similarity ranks best, not on every pair.

Keep the arithmetic unchanged once released; a better scorer becomes match_v4.  Country, birth date and
schema then move the score exactly as in match_v1.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from rapidfuzz import fuzz

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored, adjust
from chainlight.resolve.match_v2 import scorer as v2
from chainlight.resolve.match_v3 import features as F
from chainlight.resolve.match_v3 import pairwise, spacing
from chainlight.resolve.match_v3.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v3"
THRESHOLD = 0.70
FLOOR = 0.35
PAIRS_SCORED = 2  # rendering pairs fully compared per candidate
CJK_DIFFERS = 0.7  # multiplier for two names in the same Hangul or Hanzi script that differ in a character

DESCRIPTIONS = {
    **{k: v for k, v in v2.DESCRIPTIONS.items()},
    "syllable_diff": "both read as Korean or Chinese syllables: share of syllables one side has and the other lacks",
    "extra": "a company: one side has distinctive parts the other lacks",
    "person_extra": "a person: one side has name parts the other lacks (a patronymic, a middle name)",
    "person_subset": "a person: the shorter name is wholly found in the longer, which has more parts",
    "identical": "the same words in the same order after normalisation, legal forms apart: 1.0",
    "cjk_differs": "same Hangul or Hanzi script, a character differs: a rule, x0.7",
    "syllable_miss": "both read as Korean or Chinese syllables and each has a syllable the other lacks",
    "letters": "edit similarity of the distinctive parts' letters as written, not their phonetic skeletons",
    "weakest": "similarity of the least well matched distinctive part, on either side",
    "trades_differ": "companies sharing a trade word, each naming another (Apparel / Food Factory): a rule, x0.7",
    "spacing": "a word one side writes joined was cut as the other side writes it (dalianyijin = dalian + "
               "yijin); the value is what the cut moved the logit",
}

__all__ = ["FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain", "pair_features"]


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> dict[str, float]:
    """match_v2's features (an extra part split into a person's and a company's) and match_v3's own."""
    return pairwise.features(qa, ca, q, c, rarity, person)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _sketch(r: Rendering) -> str:
    return " ".join(t.skel for t in r if t.cls != "legal")


def _words(r: Rendering) -> list[str]:
    """The words that name the body, legal forms apart (Co., Ltd. and Corporation say who, not which)."""
    return [t.text for t in r if t.cls != "legal"]


def rendering_pairs(qa: Analysis, ca: Analysis) -> list[tuple[Rendering, Rendering]]:
    """The rendering pairs worth a full comparison: all of them when few, else the best by token_sort_ratio."""
    pairs = [(q, c) for q in qa.renderings for c in ca.renderings]
    if len(pairs) <= PAIRS_SCORED:
        return pairs
    return sorted(pairs, key=lambda p: -fuzz.token_sort_ratio(_sketch(p[0]), _sketch(p[1])))[:PAIRS_SCORED]


def _own_rules(q: Rendering, c: Rendering, f: dict[str, float], parts: dict[str, float],
               person: bool) -> Callable[[float], float]:
    """This scorer's rules on a fitted score, run by match_v2's after its syllable rule; each multiplies the
    score and is named in `parts` when it moves it."""
    def apply(s: float) -> float:
        if f["cjk_chars"]:
            # a rule, not a weight: written in the same script, 김종은 and 김정은 differ in a syllable with no
            # romanization in between to blame, which the screening data the fit also saw rarely shows
            parts["cjk_differs"] = s * CJK_DIFFERS - s
            s *= CJK_DIFFERS
        if not person and F.trades_differ(q, c):
            # match_v2's industry rule, where the trades share a word: Zhongfeng Apparel Factory is not
            # Zhongfeng Food Factory (a rule: the fitted features ignore vocabulary words)
            parts["trades_differ"] = s * v2.INDUSTRY_CONFLICT - s
            s *= v2.INDUSTRY_CONFLICT
        return s
    return apply


Compare = Callable[[Analysis, Analysis, Rendering, Rendering, Rarity, bool], pairwise.Compared]


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """The best-scoring pair of renderings; parts are each feature's share of the logit (bias apart)."""
    return best_pair_by(qa, ca, rarity, person, pairwise.compare, WEIGHTS, BIAS)


Rule = Callable[[dict[str, float], float, dict[str, float]], float]


def best_pair_by(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool, compare: Compare,
                 weights: dict[str, float], bias: float, differs: tuple[str, ...] = (),
                 rule: Rule | None = None) -> Scored | None:
    """best_pair with another scorer's features and weights, under this scorer's rules (match_v4 and match_v5 use it).

    `differs` names a later scorer's features that, when they fire, say the names as written differ where
    the renderings agree (Textiles / Garments, both 'garments'): match_v2's identical-words rule then does
    not apply.  `rule` (features, score, parts) -> score is a later scorer's own rule, run after these."""
    def logit(values: dict[str, float]) -> tuple[float, dict[str, float]]:
        parts = {k: weights[k] * v for k, v in values.items() if v and weights.get(k, 0.0)}
        return bias + sum(parts.values()), parts

    # (the best pair's values; its Scored, with the parts rounded, is made once, of it alone)
    best: tuple[float, dict[str, float], Rendering, Rendering] | None = None
    for q0, c0 in rendering_pairs(qa, ca):
        cmp = compare(qa, ca, q0, c0, rarity, person)
        f, q, c = cmp.features, cmp.query, cmp.listed
        z, parts = logit(f)
        if cmp.before is not None:
            parts["spacing"] = z - logit(cmp.before)[0]  # what the cut moved the logit

        # match_v2's rules, unchanged, then this scorer's own: each is named in the explanation
        same = _words(q) == _words(c) and not any(f.get(k) for k in differs)
        s = v2.apply_rules(q, c, f, _sigmoid(z), parts, person, same,
                           extra=_own_rules(q, c, f, parts, person))
        if rule is not None:
            s = rule(f, s, parts)
        if best is None or s > best[0]:
            best = (s, parts, q, c)
    if best is None:
        return None
    s, parts, q, c = best
    return Scored(s, {k: round(v, 4) for k, v in parts.items()}, q, c)


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    """match_v2's explanation, and the words cut as the other side writes them, when any were."""
    return explain_by(qa, ca, s, BIAS, NAME)


def explain_by(qa: Analysis, ca: Analysis, s: Scored, bias: float, name: str) -> str:
    cut = (*spacing.joins(qa.renderings, s.query_rendering), *spacing.joins(ca.renderings, s.list_rendering))
    said = v2.describe(qa, ca, s, bias, name)
    return f"{said}; written apart on the other side: {'; '.join(cut)}" if cut else said
