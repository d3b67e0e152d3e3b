"""match_v2: match_v1's name measures plus new features, combined by weights fitted on a training split.

The score is a logistic function of a weighted sum of features; the weights and the bias live in weights.py,
written by `python -m benchmarks.resolve.fit` (logistic regression with numpy on the training halves of
OpenSanctions' name_bench_cases and chainlight's cross-script set).  The bias is shifted so that the
F1-best cut on the training data falls at THRESHOLD (0.70), the one threshold the rest of chainlight uses.
Keep the arithmetic unchanged once released; a better scorer becomes match_v3.  Country, birth date and
schema then move the score exactly as in match_v1.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping

from chainlight.resolve.match_v1 import features as F1
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import GENERIC_ONLY, Scored, adjust
from chainlight.resolve.match_v2 import features as F
from chainlight.resolve.match_v2.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v2"
SYLLABLE_CONFLICT = 0.8  # multiplier for people whose names differ in a syllable on each side
ORDER_CONFLICT = 0.6  # multiplier for syllabic names made of the same syllables in another order (Kwang Su / Su Kwang)
INDUSTRY_CONFLICT = 0.7  # multiplier for organisations of different trades (a trading house is not a bank)
# Industry words that name one trade: a trading company also imports and exports.
SECTOR = {"import": "trade", "export": "trade", "trading": "trade", "commerce": "trade", "commercial": "trade"}
NEAR_SHORT = 0.65  # multiplier for names whose only distinctive parts meet by a near spelling (Daelim / Taerio)
THRESHOLD = 0.70
FLOOR = 0.35

DESCRIPTIONS = {
    "tokens": "overlap of words weighted by class and rarity, both ways (initials count for part)",
    "joined": "edit similarity of the distinctive parts written together (spacing, order)",
    "phonetic": "share of distinctive parts whose romanization skeletons agree exactly",
    "conflict": "each side has a distinctive part the other lacks (Song / Chong, al-Rawi / al-Tikriti)",
    "extra": "one side has distinctive parts the other lacks (a patronymic, a middle name)",
    "numbers": "both carry numbers and they differ (Fund 8 / Fund 9)",
    "cjk_chars": "both in Hangul or both in Hanzi: share of differing syllables",
    "syllable_conflict": "each side has a syllable-length part the other lacks: Korean and Chinese given names "
                         "one syllable apart are different people (RI Song Chol / RI Chong Chol)",
    "person_cover": "people: how fully the better-covered name is found (middle names, patronymics apart)",
    "token_set": "edit similarity of the word sets, one name's words inside the other's",
    "near_short": "short distinctive parts meet only by a near spelling (Daelim / Taerio)",
    "generic_only": "names made only of vocabulary words that differ in one",
    "industry_conflict": "organisations naming different trades (trading vs bank): a rule, x0.7",
    "identical": "the same words in the same order after normalisation: 1.0",
}

__all__ = ["FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain", "pair_features"]


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> F.PairFeatures:
    a, b = F.overlap(q, c, rarity, person), F.overlap(c, q, rarity, person)
    tokens = 2 * a.coverage * b.coverage / (a.coverage + b.coverage) if a.coverage + b.coverage else 0.0
    # spacing differences (Rungra-do / Rungrado) as in match_v1; only when the numbers of parts differ
    if tokens < 0.999 and sum(t.cls == "name" for t in q) != sum(t.cls == "name" for t in c):
        tokens = max(tokens, F1.tokens(q, c, rarity))
    conflict, extra = min(a.unmatched, b.unmatched), max(a.unmatched, b.unmatched)
    if a.has_names != b.has_names:
        # "Korea Trading Co Ltd" against "Korea Pugang Trading Corporation": the one distinctive part is
        # not an extra middle name but what tells the listed body apart
        conflict, extra = 1.0, 0.0
    return F.PairFeatures(
        tokens=tokens, joined=F1.joined(q, c), phonetic=F1.phonetic(q, c),
        conflict=conflict, extra=extra,
        numbers=F.numbers(q, c), cjk_chars=F.cjk_chars(qa, ca), near_short=F.near_short(q, c),
        syllable_conflict=float(a.short_unmatched and b.short_unmatched),
        person_cover=max(a.coverage, b.coverage) if person else 0.0, token_set=F.token_set(q, c),
        generic_only=F1.generic_only(q, c),
    )


def _logit(f: F.PairFeatures) -> tuple[float, dict[str, float]]:
    values = f.as_dict()
    parts = {k: WEIGHTS.get(k, 0.0) * v for k, v in values.items() if v and WEIGHTS.get(k, 0.0)}
    return BIAS + sum(parts.values()), parts


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _syllabic(r: Rendering) -> bool:
    """Written like a Korean or Chinese personal name: two or more syllable-length parts and nothing else."""
    return len(r) >= 2 and all(t.cls == "name" and len(t.skel) <= F.SYLLABLE for t in r)


def _skels(r: Rendering) -> list[str]:
    return [t.skel for t in r if t.cls == "name"]


def _one_syllabic_name(r: Rendering) -> bool:
    """The name's one distinctive part reads as Korean or Chinese syllables (Ilshin, not Chevron)."""
    names = [t for t in r if t.cls == "name"]
    return len(names) == 1 and F.syllabic_word(names[0].text)


def syllable_order(q: Rendering, c: Rendering) -> float:
    """A multiplier (0 when none applies) for Korean and Chinese names whose syllables agree as a bag only.

    Given-name syllables keep their order however a name is written; only the surname moves to the front or
    the back (KIM Kwang Su, Kwang-Su Kim).  The same syllables in another order are another name (KIM Su
    Kwang), and a syllable said twice (RI Ho Ho) does not account for one the other side has (RI Won Ho).
    """
    a, b = _skels(q), _skels(c)
    if len(a) < 3 or not all(len(x) <= F.SYLLABLE for x in a + b):
        return 0.0
    if sorted(a) == sorted(b):
        rotations = {tuple(b[i:] + b[:i]) for i in range(len(b))}
        return 0.0 if tuple(a) in rotations else ORDER_CONFLICT
    # one-to-one: a syllable repeated on one side is matched once
    left, right = Counter(a) - Counter(b), Counter(b) - Counter(a)
    repeated = any(a.count(x) > 1 and x in b for x in left) or any(b.count(x) > 1 and x in a for x in right)
    return SYLLABLE_CONFLICT if left and right and repeated else 0.0


def _sectors(rendering: Rendering) -> set[str]:
    return {SECTOR.get(t.text, t.text) for t in rendering if t.cls == "industry"}


def _industry_conflict(q: Rendering, c: Rendering) -> bool:
    """Both names say what trade they are in, and the trades differ."""
    a, b = _sectors(q), _sectors(c)
    return bool(a and b and not a & b)


def apply_rules(q: Rendering, c: Rendering, f: Mapping[str, float], s: float, parts: dict[str, float],
                person: bool, same_words: bool, extra: Callable[[float], float] | None = None) -> float:
    """match_v2's rules on a fitted score: each multiplies it and is named in `parts` when it moves it.

    `extra` (a later scorer's own rule) runs after the syllable-conflict rule; `same_words` says whether
    the identical-names rule may set the score to 1.0.
    """
    if f["syllable_conflict"] and (person or (_syllabic(q) and _syllabic(c))):
        # a rule, not a weight: OpenSanctions' cases label one-syllable variants of a person's name as the
        # same person (Kim Yong-chol / Kim Yong-chun), which for DPRK lists is wrong; the fit cannot learn it
        # against them
        parts["syllable_conflict"] = s * SYLLABLE_CONFLICT - s
        s *= SYLLABLE_CONFLICT
    if extra is not None:
        s = extra(s)
    if person or (_syllabic(q) and _syllabic(c)):
        order = syllable_order(q, c)
        if order and not (order == SYLLABLE_CONFLICT and f["syllable_conflict"]):  # not twice
            parts["syllable_order"] = s * order - s
            s *= order
    if f["near_short"] and NEAR_SHORT < 1.0 and not person and _one_syllabic_name(q) and _one_syllabic_name(c):
        parts["near_short_only"] = s * NEAR_SHORT - s
        s *= NEAR_SHORT
    if not person and _industry_conflict(q, c):
        # a rule, not a weight: the fitted features ignore vocabulary words, so "Daesong General Trading"
        # and "Daesong Bank" met on their one distinctive word
        parts["industry_conflict"] = s * INDUSTRY_CONFLICT - s
        s *= INDUSTRY_CONFLICT
    if same_words and not f["cjk_chars"] and s < 1.0:
        parts["identical"] = 1.0 - s  # the same words in the same order, after normalisation
        s = 1.0
    if f["generic_only"]:
        # the training data has almost no such pairs, so this stays match_v1's rule, not a weight
        parts["generic_only"] = s * GENERIC_ONLY - s
        s *= GENERIC_ONLY
    return s


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """The best-scoring pair of renderings; parts are each feature's share of the logit (bias apart)."""
    best: Scored | None = None
    for q in qa.renderings:
        for c in ca.renderings:
            f = pair_features(qa, ca, q, c, rarity, person)
            z, parts = _logit(f)
            s = apply_rules(q, c, f.as_dict(), _sigmoid(z), parts, person,
                            [t.text for t in q] == [t.text for t in c])
            if best is None or s > best.score:
                best = Scored(s, {k: round(v, 4) for k, v in parts.items()}, q, c)
    return best


def describe(qa: Analysis, ca: Analysis, s: Scored, bias: float, name: str) -> str:
    """The explanation of a scored pair: which query value met which list value, how, and each part."""
    key = " ".join(t.text for t in s.list_rendering)
    via = " ".join(t.text for t in s.query_rendering)
    how = f" ({', '.join(qa.notes)})" if qa.notes else ""
    parts = ", ".join(f"{k} {v:+.2f}" for k, v in s.parts.items())
    return (f"'{qa.original}' ~ '{ca.original}' via key '{via}' / '{key}'{how}: "
            f"{parts} (logit, bias {bias:+.2f}) = {s.score:.2f} [{name}]")


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    return describe(qa, ca, s, BIAS, NAME)
