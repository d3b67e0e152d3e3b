"""Figures with what they count: working hours a day, deaths, inmates and workers, output and money.

A figure without its noun ("40") means nothing to an analyst, so each rule reads the number together with
the words that say what it counts, and marks it approximate when the report hedges ("about", "or so", 여).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from chainlight.extract.numbers import (
    APPROX_AFTER,
    APPROX_BEFORE,
    KO_APPROX_AFTER,
    KO_APPROX_BEFORE,
    NUMBER,
    clean,
    parse_number,
)

_N = rf"(?P<approx>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<approx2>{APPROX_AFTER})?"
_KN = rf"(?P<approx>{KO_APPROX_BEFORE})?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?P<approx2>{KO_APPROX_AFTER})?"
_PEOPLE = r"(?:(?:female|male|women|woman|political|life-sentenced|other)\s+)?"
_INMATES = r"(?:inmates|prisoners|detainees|lifers|convicts)"
_WORKERS = r"(?:workers|labou?rers|employees)"


@dataclass(frozen=True)
class QuantityHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float


# (pattern, kind, unit, confidence); the order is a priority when spans overlap.
_RULES: list[tuple[str, str, str, float]] = [
    (rf"\b{_N}[\s-]+hours?\s+(?:a|per|each|every)\s+day\b", "work_hours", "hours/day", 0.9),
    (rf"\b{_N}[\s-]+hours?\s+(?:daily|a\s+shift|per\s+shift)\b", "work_hours", "hours/day", 0.85),
    (rf"\b{_N}[\s-]+hour\s+(?:work)?(?:days?|shifts?|workdays?)\b", "work_hours", "hours/day", 0.8),
    (rf"\b{_N}\s+hours?\s+(?:straight|non-?stop|without\s+(?:a\s+)?(?:break|rest))\b", "work_hours", "hours",
     0.7),
    (r"하루\s*(?:에\s*)?" + _KN + r"\s*시간", "work_hours", "hours/day", 0.9),
    (rf"\b{_N}\s+(?:{_PEOPLE}(?:people|persons|{_INMATES}|{_WORKERS}|women|men)\s+)?(?:have\s+|had\s+)?"
     r"(?:died|deaths|perished|starved to death|were killed|lost their lives)\b", "deaths", "persons", 0.85),
    (rf"\b(?:deaths|death toll)\s+of\s+{_N}\b", "deaths", "persons", 0.8),
    (_KN + r"\s*명\s*(?:의\s*)?(?:[가-힣]+\s*)?(?:이|가)?\s*(?:사망|숨지|숨졌|목숨을\s*잃|죽었|굶어\s*죽)",
     "deaths", "persons", 0.85),
    (r"사망자(?:는|가|\s)*\s*" + _KN + r"\s*명", "deaths", "persons", 0.85),
    (rf"\b(?:the\s+)?{_N}\s+{_PEOPLE}{_INMATES}\b", "inmates", "persons", 0.8),
    (r"(?:수감자|수용자|재소자|죄수)(?:는|가|\s)*\s*" + _KN + r"\s*명", "inmates", "persons", 0.8),
    (_KN + r"\s*명\s*(?:의\s*)?(?:여성\s*|남성\s*|무기수\s*)?(?:수감자|수용자|재소자|죄수|무기수)", "inmates",
     "persons", 0.8),
    (rf"\b{_N}\s+(?:(?:North\s+Korean|female|male)\s+)?{_WORKERS}\b", "workers", "persons", 0.75),
    (r"(?:노동자|근로자|여공)\s*" + _KN + r"\s*명", "workers", "persons", 0.75),
    (_KN + r"\s*명\s*(?:의\s*)?(?:북한\s*)?(?:노동자|근로자|여공)", "workers", "persons", 0.75),
    (rf"\b{_N}\s+(?P<what>wigs|pairs of (?:false )?eyelashes|pairs|pieces|sets|sweaters)\s+(?:a|per|each|every)"
     r"\s+(?P<per>day|week|month|year)\b", "output", "", 0.75),
    (rf"(?:US\s?)?\$\s?{_N}(?:\s+(?P<scale>million|billion))?", "money", "USD", 0.7),
    (rf"\b{_N}(?:\s+(?P<scale>million|billion))?\s+(?P<cur>yuan|RMB|dollars|won)\b", "money", "", 0.7),
]
_RULE_RES = [(re.compile(p, re.IGNORECASE), kind, unit, conf) for p, kind, unit, conf in _RULES]
_CURRENCIES = {"yuan": "CNY", "rmb": "CNY", "dollars": "USD", "won": "KPW"}
_SCALE = {"million": 1_000_000, "billion": 1_000_000_000}


def find_quantities(text: str) -> list[QuantityHit]:
    chosen: list[QuantityHit] = []
    for hit in _hits(text):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _hits(text: str) -> Iterator[QuantityHit]:
    for rx, kind, unit, conf in _RULE_RES:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            if n is None or n == 0:
                continue
            groups = m.groupdict()
            if groups.get("scale"):
                n *= _SCALE[groups["scale"].lower()]
            unit_out = unit
            if kind == "output":
                unit_out = f"{groups['what'].lower()}/{groups['per'].lower()}"
            elif kind == "money" and groups.get("cur"):
                unit_out = _CURRENCIES[groups["cur"].lower()]
            approx = bool(groups.get("approx") or groups.get("approx2"))
            value = {"kind": kind, "value": clean(n), "unit": unit_out, "approximate": approx}
            yield QuantityHit(m.start(), m.end(), value, f"quantity:{kind}", conf)
