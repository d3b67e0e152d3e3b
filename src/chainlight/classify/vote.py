"""hs_v3: the hs_v2 vocabulary's decision, with the nomenclature reader (nomenclature.py) as a second voice.

1. The vocabulary names no product: the best HS 2022 subheading by BM25 over the nomenclature's texts is the
   answer when it scores at least MIN_SCORE and leads the best subheading of any other heading by MIN_MARGIN;
   otherwise `unknown` stands (a title that names no good scores low everywhere).
2. The vocabulary named a product but no material decided its subheading (it fell back to a default): the
   nomenclature votes among the subheadings of the same heading, and its choice is taken when it leads the
   runner-up of that heading by SUBHEADING_MARGIN.
3. Otherwise the vocabulary's answer stands (the nomenclature is not consulted: it costs time and, on the dev
   half, overruling a named product lost more than it won).

The thresholds were set on the dev half of benchmarks/classify/realworld/titles.csv only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from chainlight.classify.decide import Decision, decide
from chainlight.classify.matcher import Hit
from chainlight.classify.nomenclature import Match, index, query_words
from chainlight.classify.normalize import normalize_text
from chainlight.classify.vocabulary import HsChoice, Vocabulary

MIN_SCORE = 8.0
MIN_MARGIN = 0.0
SUBHEADING_MARGIN = 2.0
CONFIDENCE = {"nomenclature": 0.6, "nomenclature_subheading": 0.8}
_HAIR_WORDS = {"wig": "wigs", "eyelash": "false_eyelashes", "lash": "false_eyelashes"}


def category_of(code: str, words: dict[str, float], vocab: Vocabulary) -> str:
    """The risk category of a subheading the nomenclature chose: the vocabulary's table for declared codes
    (chapter 61 and 6505 are knitwear, 6703 and 0501 human hair), hair goods of 6704 by what the text names."""
    if code.startswith("6704"):
        for word, category in _HAIR_WORDS.items():
            if word in words:
                return category
    table = vocab.declared_categories
    prefix = next((p for p in sorted(table, key=len, reverse=True) if code.startswith(p)), None)
    return table[prefix] if prefix else "other"


def _describe(m: Match) -> str:
    return (f"nomenclature: {m.code} scores {m.score:.1f}, {m.margin:.1f} above the next heading "
            f"(words: {', '.join(m.words[:6])})")


@lru_cache(maxsize=1)
def authority() -> dict[str, Any]:
    """hs_v3/authority.yaml, with its festive words compiled to one pattern."""
    text = (resources.files("chainlight.classify") / "hs_v3" / "authority.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    words = [normalize_text(w) for ws in data["festive"]["words"].values() for w in ws]
    latin = [re.escape(w) for w in words if w.isascii()]
    other = [re.escape(w) for w in words if not w.isascii()]
    data["festive_re"] = re.compile("|".join([rf"\b(?:{'|'.join(latin)})\b", *other]))
    set_words = [normalize_text(w) for ws in data["sets"]["words"].values() for w in ws]
    data["sets_re"] = re.compile("|".join([rf"\b(?:{'|'.join(re.escape(w) for w in set_words if w.isascii())})\b",
                                           *[re.escape(w) for w in set_words if not w.isascii()]]))
    return data


def apply_sets(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """GRI 3(b)/(c) for a set or kit that names several products (hs_v3/authority.yaml, `sets`)."""
    rules = authority()
    sets = rules["sets"]
    if decision.product is None or not rules["sets_re"].search(text):
        return decision
    named = {h.meaning.key for h in hits if h.meaning.kind == "product"}
    if len(named) < 2:
        return decision
    keep: str | None = None
    essential = [p for p in sets["essential"] if p in named]
    if essential:
        keep = essential[0]
        why = f"a set or kit: the {keep} gives it its essential character (GRI 3(b))"
    else:
        equal = [p for p in sets["last_heading"] if p in named]
        if len(equal) >= 2:
            choices = {p: decide(text, [h for h in hits if h.meaning.kind != "product" or h.meaning.key == p],
                                 vocab) for p in equal}
            codes = {p: d.choice.hs6 if d.choice else "" for p, d in choices.items()}
            keep = max(codes, key=codes.__getitem__)
            why = f"a set of {', '.join(equal)}: none gives the essential character, the last heading (GRI 3(c))"
    if keep is None or keep == decision.product.id:
        return decision
    again = decide(text, [h for h in hits if h.meaning.kind != "product" or h.meaning.key == keep], vocab)
    if again.choice is None:
        return decision
    return replace(again, reasons=[*again.reasons, why])


def apply_authority(text: str, decision: Decision) -> Decision:
    """The label authority's rulings on a product the vocabulary named (festive wigs, eyelash curlers)."""
    if decision.product is None or decision.choice is None:
        return decision
    rules = authority()
    festive = rules["festive"]
    if decision.product.id in festive["products"] and (m := rules["festive_re"].search(text)):
        return replace(decision, choice=HsChoice(festive["hs"], festive["category"]),
                       reasons=[*decision.reasons, f"'{m.group(0)}': a costume or festive article, not postiche "
                                "(EN 95.05 (A)(3); CBP rulings on costume wigs and lashes)"])
    moved = rules["subheadings"].get(decision.product.id, {}).get(decision.choice.hs6)
    if moved:
        return replace(decision, choice=HsChoice(moved, decision.choice.category),
                       reasons=[*decision.reasons, f"{decision.choice.hs6} -> {moved} by the customs ruling on "
                                "the article (label authority, hs_v3/authority.yaml)"])
    return decision


def vote(text: str, decision: Decision, vocab: Vocabulary, hits: list[Hit] | None = None) -> Decision:
    decision = apply_sets(text, decision, hits or [], vocab)
    decision = apply_authority(text, decision)
    if decision.choice is not None and "|default|" not in decision.evidence:
        return decision
    words = query_words(text)
    ix = index()
    if decision.choice is None:
        m = ix.best(words)
        if m is None:
            return decision
        if m.score < MIN_SCORE or m.margin < MIN_MARGIN:
            return replace(decision, reasons=[*decision.reasons, _describe(m) + ": too weak to answer"])
        choice = HsChoice(m.code, category_of(m.code, words, vocab))
        return Decision(None, choice, "nomenclature", None,
                        [*decision.reasons, _describe(m), f"answered from the nomenclature: {m.code}"])
    hs6 = decision.choice.hs6
    if "|default|" in decision.evidence:
        m = ix.best(words, within=hs6[:4])
        if m is not None and m.code != hs6 and m.margin >= SUBHEADING_MARGIN:
            choice = HsChoice(m.code, decision.choice.category)
            return replace(decision, choice=choice, evidence="nomenclature_subheading",
                           reasons=[*decision.reasons, f"the nomenclature picks subheading {m.code} of heading "
                                    f"{hs6[:4]} ({m.margin:.1f} above the next; words: {', '.join(m.words[:6])})"])
    return decision
