"""Goods named in a report, read through the classifier to an HS code and a risk category.

The term table finds the words (a report says "knitted goods", 뜨개 or 假睫毛, not an HS heading); the
classifier then gives the heading and category, so a claim's goods mean the same as a listing's.  Where
the classifier is unsure of a bare word, the table's category stands and the HS code is left empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from chainlight.model.product import Classification

# (pattern, category, confidence).  Categories follow classify.types.RISK_CATEGORIES plus the evidence
# base's wider goods (apparel).  Crochet is knitwear: HS chapter 61 is "knitted or crocheted" apparel.
_TERMS: list[tuple[str, str, float]] = [
    (r"\b(?:false|fake|artificial|synthetic|mink|strip)\s+(?:eye)?lash(?:es)?\b|\beyelash(?:es)?(?:\s+extensions?)?\b",
     "false_eyelashes", 0.9),
    (r"\blash(?:es)?\b", "false_eyelashes", 0.75),
    (r"(?:인조|가짜)?\s*속눈썹|假睫毛|睫毛", "false_eyelashes", 0.9),
    (r"\b(?:human[- ]hair\s+|synthetic\s+|lace[- ]front\s+)?wigs?\b", "wigs", 0.9),
    (r"가발|假发|假髮", "wigs", 0.9),
    (r"\b(?:hair\s+products?|hair\s*pieces?|hair\s+extensions?|toupees?|costume\s+beards?|false\s+beards?)\b", "hair_pieces", 0.85),
    (r"붙임머리|假胡子", "hair_pieces", 0.85),
    (r"\b(?:human\s+hair|raw\s+hair|hair\s+bundles?)\b", "human_hair", 0.8),
    (r"머리카락|人发|头发", "human_hair", 0.7),
    (r"\b(?:knitwear|knit(?:ted)?\s+(?:goods|garments|clothing|clothes|products|items|wear|sweaters|gloves|hats)|"
     r"sweaters?|cardigans?|jumpers|crochet(?:ed)?(?:\s+(?:goods|products|items))?)\b", "knitwear", 0.9),
    (r"뜨개(?:질)?(?:\s*제품|\s*옷|\s*물)?|편직물|편물|니트(?:\s*제품)?|스웨터|코바늘|针织(?:品|衫)?|毛衣", "knitwear", 0.9),
    (r"\b(?:garments?|clothing|apparel|textiles?)\b", "apparel", 0.6),
    (r"의류|피복|봉제품|服装", "apparel", 0.6),
    (r"\bartificial\s+flowers?\b|인조\s*꽃|假花", "artificial_flowers", 0.85),
]
_TERM_RES = [(re.compile(p, re.IGNORECASE), cat, conf) for p, cat, conf in _TERMS]


class Classifies(Protocol):
    def classify(self, id: str, text: str, declared_hs: str | None = None) -> Classification: ...


@dataclass(frozen=True)
class GoodsHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float


@cache
def default_classifier() -> Classifies | None:
    try:
        from chainlight.classify import Classifier
    except ImportError:  # the classifier ships with chainlight; tolerate a partial install of the package
        return None
    return Classifier()


def find_goods(text: str, classifier: Classifies | None = None) -> list[GoodsHit]:
    chosen: list[GoodsHit] = []
    for rx, category, conf in _TERM_RES:
        for m in rx.finditer(text):
            start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
            if any(start < c.end and c.start < end for c in chosen):
                continue
            chosen.append(GoodsHit(start, end, _value(text[start:end], category, classifier), "goods:term", conf))
    return sorted(chosen, key=lambda h: h.start)


# What to ask the classifier when it does not know the report's own word ("knitted goods", 뜨개).
_CANONICAL = {"false_eyelashes": "false eyelashes", "wigs": "wigs", "hair_pieces": "hairpieces",
              "human_hair": "human hair", "knitwear": "knitted sweaters", "apparel": "garments",
              "artificial_flowers": "artificial flowers"}


def _value(term: str, category: str, classifier: Classifies | None) -> dict[str, Any]:
    value: dict[str, Any] = {"category": category, "term": term, "hs6": None, "hs_description": None}
    if classifier is None:
        return value
    c = classifier.classify("mention", term)
    if c.hs6 is None and category in _CANONICAL:
        c = classifier.classify("mention", _CANONICAL[category])
    if c.risk_category == category or (category == "apparel" and c.risk_category == "knitwear"):
        value.update(category=c.risk_category, hs6=c.hs6, hs_description=c.hs_description,
                     classifier_confidence=round(c.confidence, 3))
    elif c.risk_category in ("unknown", "other") and c.hs6:
        value.update(hs6=c.hs6, hs_description=c.hs_description, classifier_confidence=round(c.confidence, 3))
    return value
