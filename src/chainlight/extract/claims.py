"""Group a report's mentions into candidate claims, one per sentence that says something checkable.

A sentence's claim links what the sentence names; "the camp" or "these goods" borrow the facility the
report is about (its most-named one), with a note saying so.  Every claim starts `pending`: a machine read
it, no analyst has.  Figures and sales channels, which the Claim record has no field for, go into its note
and summary so they survive review and export.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from chainlight.extract.types import Mention
from chainlight.model.evidence import Claim

if TYPE_CHECKING:
    from chainlight.extract.extraction import Extraction

_SUBSTANTIVE = frozenset({"facility", "organisation", "goods", "quantity", "destination", "channel"})
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:camp|prison|facility|workshop)s?\b|\bthese\b|\bthe inmates\b|"
                      r"수용소|교화소|이들|이 제품", re.IGNORECASE)


def build_claims(ex: Extraction) -> list[Claim]:
    main = _main_facility(ex.mentions)
    by_sentence: dict[int, list[Mention]] = {}
    for m in ex.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    claims = []
    for index, mentions in sorted(by_sentence.items()):
        if not any(m.type in _SUBSTANTIVE for m in mentions):
            continue
        sentence = ex.sentences[index]
        inherited = None
        if main and not any(m.type == "facility" for m in mentions) and _ANAPHOR.search(sentence.text):
            inherited = main
        claims.append(_claim(ex, index, mentions, inherited))
    return claims


def _claim(ex: Extraction, index: int, mentions: list[Mention], inherited: Mention | None) -> Claim:
    sentence = ex.sentences[index]
    entities: list[str] = []
    for m in mentions + ([inherited] if inherited else []):
        entities.extend(link.entity_id for link in m.links if link.entity_id not in entities)
    goods = _unique(str(m.value["category"]) for m in mentions if m.type == "goods")
    countries = _unique(str(m.value["country"]) for m in mentions if m.type == "destination")
    start, end = _period(mentions)
    figures = [_figure(m) for m in mentions if m.type == "quantity"]
    channels = _unique(str(m.value["channel"]) for m in mentions if m.type == "channel")
    names = _unique(str(m.value.get("name") or m.text) for m in mentions if m.type in ("facility", "organisation"))
    parts = []
    if names:
        parts.append(", ".join(names))
    if inherited:
        parts.append(f"{inherited.value.get('name') or inherited.text} (from context)")
    for label, values in (("goods", goods), ("to", countries), ("channel", channels), ("figures", figures)):
        if values:
            parts.append(f"{label}: {', '.join(values)}")
    if start or end:
        parts.append(f"period: {start or '…'} to {end or '…'}")
    confidence = min(m.confidence for m in mentions if m.type in _SUBSTANTIVE)
    note = f"machine-extracted ({ex.extractor}), lowest mention confidence {confidence:.2f}"
    if inherited:
        note += f"; facility taken from context (sentence {inherited.sentence})"
    if figures or channels:
        note += "; " + "; ".join(figures + [f"channel {c}" for c in channels])
    facility_like = any(m.type == "facility" for m in mentions) or inherited is not None
    return Claim(
        id=f"{ex.document.id}-s{index:03d}", source=ex.document, summary="; ".join(parts),
        quote=sentence.text[:600], period_start=start, period_end=end, reliability="low", entities=entities,
        goods=goods, countries=countries, labour="prison_labour" if facility_like else None, status="pending",
        protected=dict(ex.protected), note=note)


def _main_facility(mentions: list[Mention]) -> Mention | None:
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "facility" and m.links:
            key = m.links[0].entity_id
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, m)
    if not counts:
        return None
    return first[max(counts, key=lambda k: counts[k])]


def _period(mentions: list[Mention]) -> tuple[str | None, str | None]:
    periods = [m for m in mentions if m.type == "period"]
    if not periods:
        return None, None
    # The most confident reading; on a tie the one that bounds both ends.
    best = max(periods, key=lambda m: (m.confidence, bool(m.value.get("start")) + bool(m.value.get("end"))))
    return pad(best.value.get("start"), "start"), pad(best.value.get("end"), "end")


def pad(value: str | None, side: str) -> str | None:
    """"2020" -> 2020-01-01 (start) or 2020-12-31 (end); "2022-08" -> 2022-08-01 or 2022-08-31."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return value
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (1 if side == "start" else 12)
    day = 1 if side == "start" else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def _figure(m: Mention) -> str:
    v = m.value
    approx = "about " if v.get("approximate") else ""
    top = f"–{v['max']}" if v.get("max") is not None else ""
    return f"{v['kind']} {approx}{v['value']}{top} {v['unit']}".strip()


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out
