"""Run every reader over every sentence of a report: the pure core of `chainlight extract`."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chainlight.extract.extraction import Extraction
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.goods import Classifies, default_classifier, find_goods
from chainlight.extract.load import load_path
from chainlight.extract.periods import base_date, find_periods
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.extract.sentences import split
from chainlight.extract.types import Mention, Sentence
from chainlight.model.entity import Entity
from chainlight.model.evidence import SourceDocument


def extract_file(path: Path, *, entities: Sequence[Entity] = (), document: SourceDocument | None = None,
                 gazetteer: Gazetteer | None = None, classifier: Classifies | None = None,
                 protected: dict[str, Any] | None = None) -> Extraction:
    """Read a text, HTML or PDF report and extract its candidate claims.  Bad files raise InputError."""
    loaded = load_path(Path(path))
    doc = document or document_for(loaded.text, Path(path).stem, loaded.title)
    return extract_text(loaded.text, entities=entities, document=doc, gazetteer=gazetteer,
                        classifier=classifier, protected=protected, kind=loaded.kind)


def extract_text(text: str, *, entities: Sequence[Entity] = (), document: SourceDocument | None = None,
                 gazetteer: Gazetteer | None = None, classifier: Classifies | None = None,
                 protected: dict[str, Any] | None = None, kind: str = "text") -> Extraction:
    gaz = gazetteer or Gazetteer(entities)
    cls = classifier if classifier is not None else default_classifier()
    sentences = split(text)
    doc = document or document_for(text, "text", None)
    base = base_date(doc.published)
    mentions: list[Mention] = []
    for s in sentences:
        mentions.extend(_sentence_mentions(s, gaz, cls, base))
    ex = Extraction(doc, text, kind, sentences, mentions, dict(protected or {}))
    if doc.language is None:
        doc.language = ex.language
    return ex


def _sentence_mentions(s: Sentence, gaz: Gazetteer, cls: Classifies | None,
                       base: dt.date | None = None) -> list[Mention]:
    out: list[Mention] = []

    def add(kind: str, start: int, end: int, value: dict[str, Any], conf: float, rule: str,
            links: Sequence[Any] = ()) -> None:
        out.append(Mention(kind, s.text[start:end], s.start + start, s.start + end, s.index, value,
                           round(conf, 4), rule, list(links)))

    for e in gaz.find(s.text):
        top = e.links[0] if e.links else None
        value: dict[str, Any] = {"name": top.entity_name if top else s.text[e.start:e.end],
                                 "entity_id": top.entity_id if top else None,
                                 "source_ids": sorted({sid for link in e.links for sid in link.source_ids})}
        add(e.type, e.start, e.end, value, e.confidence, e.rule, e.links)
    for p in find_periods(s.text, base):
        add("period", p.start, p.end, {"start": p.period[0], "end": p.period[1]}, p.confidence, p.rule)
    for q in find_quantities(s.text):
        add("quantity", q.start, q.end, q.value, q.confidence, q.rule)
    for d in find_destinations(s.text):
        add("destination", d.start, d.end, d.value, d.confidence, d.rule)
    orgs = [(m.start - s.start, m.end - s.start) for m in out if m.type == "organisation"]

    def outside(start: int, end: int) -> bool:
        # "Hair Products" in a company's name, or 무역회사 in 조선신흥무역회사, names the company, not a claim.
        return not any(start < e and b < end for b, e in orgs)

    for g in find_goods(s.text, cls):
        if outside(g.start, g.end):
            add("goods", g.start, g.end, g.value, g.confidence, g.rule)
    for c in find_channels(s.text):
        if outside(c.start, c.end):
            add("channel", c.start, c.end, c.value, c.confidence, c.rule)
    return sorted(out, key=lambda m: (m.start, m.type))


def document_for(text: str, stem: str, title: str | None) -> SourceDocument:
    """A document record from the text alone; the CLI adds URL, publisher and date when the analyst gives them."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:24].strip("-") or "report"
    first = next((line.strip() for line in text.splitlines() if line.strip()), stem)
    return SourceDocument(id=f"report-{slug}-{digest}", title=(title or first)[:160], publisher="unknown")
