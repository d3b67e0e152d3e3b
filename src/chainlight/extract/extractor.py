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
from chainlight.extract.sentences import language, paragraph_spans
from chainlight.extract.stream import Paragraph, Progress, Report, normalised_key, text_paragraphs
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
    doc = document or document_for(text, "text", None)
    run = _Run(gaz, cls, base_date(doc.published))
    for paragraph in text_paragraphs(text):
        run.add(paragraph)
    ex = Extraction(doc, text, kind, run.sentences, run.mentions, dict(protected or {}),
                    repeated=run.repeated, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())
    if doc.language is None:
        doc.language = ex.language
    return ex


def extract_report(report: Report, *, gazetteer: Gazetteer, classifier: Classifies | None = None,
                   published: str | None = None, protected: dict[str, Any] | None = None,
                   progress: Progress | None = None) -> Extraction:
    """Extract from a report file of any size, read paragraph by paragraph (`stream.Report`); repeated
    paragraphs and sentences are read once.  Bad files raise InputError, before anything is kept."""
    cls = classifier if classifier is not None else default_classifier()
    run = _Run(gazetteer, cls, base_date(published))
    for paragraph in report.paragraphs(progress):
        run.add(paragraph)
    doc = _document(report.sha1, report.path.stem, report.title or report.first_line or report.path.stem)
    doc.published = published
    ex = Extraction(doc, "", report.kind, run.sentences, run.mentions, dict(protected or {}),
                    repeated=run.repeated, digest=report.sha256)
    doc.language = ex.language
    return ex


class _Run:
    """Sentences and mentions of one document, paragraph by paragraph.  A paragraph or a sentence whose text
    (whitespace folded) came before is counted in `repeated` and read no further: a report that repeats
    itself yields each claim once."""

    def __init__(self, gaz: Gazetteer, cls: Classifies | None, base: dt.date | None) -> None:
        self.gaz, self.cls, self.base = gaz, cls, base
        self.sentences: list[Sentence] = []
        self.mentions: list[Mention] = []
        self.repeated = 0
        self._paragraphs: set[bytes] = set()
        self._sentences: set[bytes] = set()

    def add(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if not text.strip():
            return
        key = normalised_key(text)
        if key in self._paragraphs:
            self.repeated += 1
            return
        self._paragraphs.add(key)
        for start, end in paragraph_spans(text):
            words = text[start:end]
            key = normalised_key(words)
            if key in self._sentences:
                self.repeated += 1
                continue
            self._sentences.add(key)
            s = Sentence(len(self.sentences), paragraph.start + start, paragraph.start + end, words,
                         language(words))
            self.sentences.append(s)
            self.mentions.extend(_sentence_mentions(s, self.gaz, self.cls, self.base))


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
    first = next((line.strip() for line in text.splitlines() if line.strip()), stem)
    return _document(hashlib.sha1(text.encode("utf-8")).hexdigest(), stem, title or first)


def _document(sha1: str, stem: str, title: str) -> SourceDocument:
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:24].strip("-") or "report"
    return SourceDocument(id=f"report-{slug}-{sha1[:8]}", title=title[:160], publisher="unknown")
