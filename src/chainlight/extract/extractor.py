"""Run every reader over every sentence of a report: the pure core of `chainlight extract`.

A large report's new sentences are read in forked worker processes (`extract_report(..., jobs=N)`): the
parent reads the file, cuts and de-duplicates sentences as before and hands blocks of new sentences to the
workers, which share the gazetteer, the resolver, the classifier and the Korean analyser copy-on-write; the
mentions come back in order, so the result is the one a single process gives.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import multiprocessing
import os
import re
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from chainlight.extract import chinese, korean
from chainlight.extract.carried import carried_ko
from chainlight.extract.extraction import Extraction
from chainlight.extract.frames import (
    COUNT_RULE,
    employer_act,
    labour_frames,
    processing_frames,
    worker_counts,
)
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.goods import Classifies, default_classifier, find_goods
from chainlight.extract.learned import SentenceReader, default_reader, sentence_mentions
from chainlight.extract.load import load_path
from chainlight.extract.partner import built_in_ko, partners_ko, supplied_ko
from chainlight.extract.periods import base_date, find_periods, valid_period
from chainlight.extract.placed import employed_workers, placed_workers
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.extract.sentences import language, paragraph_spans
from chainlight.extract.stationed import stationed, stationed_hosts, stationed_zh
from chainlight.extract.stream import Paragraph, Progress, Report, normalised_key, text_paragraphs
from chainlight.extract.topic import about_work_abroad, carried_hosts, work_places, worker_hosts
from chainlight.extract.types import Mention, Sentence
from chainlight.extract.verifier import default_verifier
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
                 protected: dict[str, Any] | None = None, kind: str = "text", learned: bool = True) -> Extraction:
    """With `learned` False, the rules alone read (the learned sentence reader, learned.py, and the learned claim
    filter, verifier.py, are left out: the leave-one-set-out harnesses add their own)."""
    gaz = gazetteer or Gazetteer(entities)
    cls = classifier if classifier is not None else default_classifier()
    doc = document or document_for(text, "text", None)
    run = _Run(gaz, cls, base_date(doc.published), default_reader() if learned else None)
    for paragraph in text_paragraphs(text):
        run.add(paragraph)
    mentions = _verified(run, learned)
    ex = Extraction(doc, text, kind, run.sentences, mentions, dict(protected or {}),
                    repeated=run.repeated, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())
    if doc.language is None:
        doc.language = ex.language
    return ex


def _verified(run: _Run, learned: bool = True) -> list[Mention]:
    """The run's mentions less those the learned claim filter (verifier.py) judges likely wrong."""
    verifier = default_verifier() if learned else None
    return verifier.keep(run.sentences, run.mentions) if verifier is not None else run.mentions


PARALLEL_FROM = 2_000_000  # bytes: a smaller report is read in one process (forking costs more than it saves)
BLOCK_SENTENCES = 256  # new sentences handed to a worker at a time
_IN_FLIGHT = 3  # blocks per worker queued or being read: the parent reads no further ahead than this


def cpu_count() -> int:
    """The CPUs this process may run on (the container's share, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_report(report: Report, *, gazetteer: Gazetteer, classifier: Classifies | None = None,
                   published: str | None = None, protected: dict[str, Any] | None = None,
                   progress: Progress | None = None, jobs: int = 1) -> Extraction:
    """Extract from a report file of any size, read paragraph by paragraph (`stream.Report`); repeated
    paragraphs and sentences are read once.  Bad files raise InputError, before anything is kept.

    With `jobs` > 1, a report of PARALLEL_FROM bytes or more has its new sentences read in that many forked
    processes (where the platform can fork); the sentences, mentions and their order are the same."""
    cls = classifier if classifier is not None else default_classifier()
    run = _Run(gazetteer, cls, base_date(published), default_reader())
    paragraphs = report.paragraphs(progress)
    if jobs > 1 and report.size >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        _read_forked(run, paragraphs, jobs)
    else:
        for paragraph in paragraphs:
            run.add(paragraph)
    doc = _document(report.sha1, report.path.stem, report.title or report.first_line or report.path.stem)
    doc.published = published
    ex = Extraction(doc, "", report.kind, run.sentences, _verified(run), dict(protected or {}),
                    repeated=run.repeated, digest=report.sha256)
    doc.language = ex.language
    return ex


# (round 27: a heading's topic carried to the paragraph below it; False gives round 26's reading)
HEADINGS = True
# (round 28: a group placed in or at a foreign country or firm is labour export, English; False gives round 27's)
STATIONED = True
# (round 28: and the sentence's foreign countries host the group, where no reader placed them; False: channel alone)
STATIONED_HOSTS = True
_HEADING_END = re.compile(r"[.!?。！？…:;\"”’)\]]\s*$")


def _is_heading(text: str) -> bool:
    """A paragraph that is a heading: one line of at most 12 words, with no end mark of a sentence."""
    line = text.strip()
    return "\n" not in line and len(line.split()) <= 12 and len(line) <= 120 and not _HEADING_END.search(line)


class _Run:
    """Sentences and mentions of one document, paragraph by paragraph.  A paragraph or a sentence whose text
    (whitespace folded) came before is counted in `repeated` and read no further: a report that repeats
    itself yields each claim once."""

    def __init__(self, gaz: Gazetteer, cls: Classifies | None, base: dt.date | None,
                 reader: SentenceReader | None = None) -> None:
        self.gaz, self.cls, self.base, self.reader = gaz, cls, base, reader
        self.sentences: list[Sentence] = []
        self.mentions: list[Mention] = []
        self.repeated = 0
        self.deferred: list[Sentence] | None = None  # when set, new sentences wait here for a worker
        self._paragraphs: set[bytes] = set()
        self._sentences: set[bytes] = set()
        self._heading_topic = False  # the heading just read is about work abroad: the paragraph below carries it

    def add(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if not text.strip():
            return
        key = normalised_key(text)
        if key in self._paragraphs:
            self.repeated += 1
            return
        self._paragraphs.add(key)
        before = ""
        # the paragraph is about North Korean workers or firms abroad from an earlier sentence on, or from the heading
        # above it ("North Korean Workers Abroad" over a TIP narrative's paragraph; round 27)
        topic, self._heading_topic = HEADINGS and self._heading_topic, False
        if HEADINGS and _is_heading(text):
            self._heading_topic = about_work_abroad(text)
        for start, end in paragraph_spans(text):
            words = text[start:end]
            key = normalised_key(words)
            if key in self._sentences:
                self.repeated += 1
                before = words
                topic = topic or about_work_abroad(words)
                continue
            self._sentences.add(key)
            s = Sentence(len(self.sentences), paragraph.start + start, paragraph.start + end, words,
                         language(words), before, topic)
            before = words
            topic = topic or about_work_abroad(words)
            self.sentences.append(s)
            if self.deferred is not None:
                self.deferred.append(s)
            else:
                self.mentions.extend(_sentence_mentions(s, self.gaz, self.cls, self.base, self.reader))


# What forked workers read (copy-on-write) while `_read_forked` runs: the gazetteer, classifier and base date.
_SHARED: tuple[Gazetteer, Classifies | None, dt.date | None, SentenceReader | None] | None = None


def _block_mentions(block: list[Sentence]) -> list[Mention]:
    """In a worker: the mentions of a block of sentences, in order."""
    assert _SHARED is not None
    gaz, cls, base, reader = _SHARED
    return [m for s in block for m in _sentence_mentions(s, gaz, cls, base, reader)]


def _read_forked(run: _Run, paragraphs: Iterable[Paragraph], jobs: int) -> None:
    """`run.add` over the paragraphs, with the mentions of new sentences read by `jobs` forked workers in
    blocks of BLOCK_SENTENCES.  The parent keeps the order and reads at most _IN_FLIGHT blocks per worker
    ahead of the slowest, so memory does not grow with the report.  The workers start with the first full
    block: a report that repeats itself (fewer new sentences than a block) is read in this process."""
    global _SHARED
    pool: ProcessPoolExecutor | None = None
    waiting: deque[Future[list[Mention]]] = deque()

    def send(block: list[Sentence]) -> None:
        nonlocal pool
        global _SHARED
        if pool is None:
            _warm(run.gaz, run.cls, run.base)  # every lazy part built once here, not once in each worker
            _SHARED = (run.gaz, run.cls, run.base, run.reader)
            gc.freeze()  # the workers' collector then leaves the shared objects (and their pages) alone
            # (a worker that dies, e.g. killed for memory, fails the run with BrokenProcessPool: never a hang)
            pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
        waiting.append(pool.submit(_block_mentions, block))
        while len(waiting) >= jobs * _IN_FLIGHT:
            run.mentions.extend(waiting.popleft().result())

    try:
        run.deferred = []
        for paragraph in paragraphs:
            run.add(paragraph)
            if len(run.deferred) >= BLOCK_SENTENCES:
                block, run.deferred = run.deferred, []
                send(block)
        block, run.deferred = run.deferred, None
        if pool is None:  # never a full block: no worker needed
            run.mentions.extend(m for s in block for m in _sentence_mentions(s, run.gaz, run.cls, run.base, run.reader))
        elif block:
            send(block)
        while waiting:
            run.mentions.extend(waiting.popleft().result())
    except BaseException:  # a bad file, a failed worker, Ctrl-C: the blocks still queued are dropped
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        run.deferred = None
        if pool is not None:
            pool.shutdown()
            gc.unfreeze()
        _SHARED = None


def _warm(gaz: Gazetteer, cls: Classifies | None, base: dt.date | None) -> None:
    """Build what the readers load on first use (the resolver's index and its Korean analyser, the Hanja
    readings, Kiwi, the classifier, OpenCC and the CLDR country names) by reading an English, a Korean and a
    Chinese sentence whose mentions are dropped."""
    from chainlight.resolve import Query
    from chainlight.resolve.translation import sino_korean

    for text, lang in (("Inmates of the Kaechon Prison Camp and the Bureau of Corrections made wigs in 2020.", "en"),
                       ("함흥 제9호 교화소에서 가발을 만들어 중국으로 수출했다. 훈춘동양실업유한공사, 연태대신 등", "ko"),
                       ("2023年,朝鮮向中國出口假髮1680噸,東港市金輝食品公司雇用了約500名朝鮮工人。", "zh")):
        _sentence_mentions(Sentence(0, 0, len(text), text, lang), gaz, cls, base)
    gaz.matcher.match(Query("warm", "훈춘동양실업유한공사"))
    korean.noun_spans("훈춘동양실업유한공사, 연태대신 등")
    sino_korean()


def _sentence_mentions(s: Sentence, gaz: Gazetteer, cls: Classifies | None,
                       base: dt.date | None = None, reader: SentenceReader | None = None) -> list[Mention]:
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
    # A Chinese sentence is read in simplified characters (same offsets) by the Chinese readers.
    zh = chinese.is_chinese(s.text)
    text = chinese.simplified(s.text) if zh else s.text
    if zh:
        known = [(m.start - s.start, m.end - s.start) for m in out]
        for n in chinese.find_names(text):
            if not any(n.start < e and b < n.end for b, e in known):
                kind = n.rule.split(":")[0]
                # (a camp's number coordinated before its head is named with the head: 14號與18號集中營)
                name = s.text[n.start:n.end] + ("" if "head" not in n.value else s.text[slice(*n.value["head"])])
                add(kind, n.start, n.end, {"name": name, "entity_id": None, "source_ids": []}, n.confidence, n.rule)
        for h in chinese.find_periods(text, base):
            if valid_period(h.value.get("start"), h.value.get("end")):  # (今年34月: no month, no period)
                add("period", h.start, h.end, h.value, h.confidence, h.rule)
        for h in chinese.find_quantities(text):
            add("quantity", h.start, h.end, h.value, h.confidence, h.rule)
        names = [(m.start - s.start, m.end - s.start) for m in out if m.type in ("organisation", "facility")]
        for h in chinese.find_destinations(text):
            if not any(h.start < e and b < h.end for b, e in names):  # 东港 in 东港市金辉食品公司 names the firm
                add("destination", h.start, h.end, h.value, h.confidence, h.rule)
    else:
        for p in find_periods(s.text, base):
            if valid_period(*p.period):  # (2018년 34월, "March 34": no date, no period)
                add("period", p.start, p.end, {"start": p.period[0], "end": p.period[1]}, p.confidence, p.rule)
        for q in find_quantities(s.text):
            add("quantity", q.start, q.end, q.value, q.confidence, q.rule)
        for d in find_destinations(s.text):
            add("destination", d.start, d.end, d.value, d.confidence, d.rule)
        if s.lang == "ko":
            # the partner of the sentence's trade with North Korea, read from its subject (partner.py)
            taken = [(m.start - s.start, m.end - s.start) for m in out if m.type == "destination"]
            for d in [*partners_ko(s.text), *built_in_ko(s.text), *supplied_ko(s.text)]:
                if not any(d.start < e and b < d.end for b, e in taken):
                    add("destination", d.start, d.end, d.value, d.confidence, d.rule)
        if s.lang == "ko" and s.before:
            # a sentence that continues one about workers: its counts count them, its countries host them
            carried_places, carried_counts = carried_ko(s.text, s.before)
            taken = [(m.start - s.start, m.end - s.start) for m in out if m.type in ("quantity", "destination")]
            carried: list[tuple[str, int, int, dict[str, Any], float, str]] = [
                *(("destination", p.start, p.end, p.value, p.confidence, p.rule) for p in carried_places),
                *(("quantity", q.start, q.end, q.value, q.confidence, q.rule) for q in carried_counts)]
            for kind, start, end, value, conf, rule in carried:
                if not any(start < e and b < end for b, e in taken):
                    add(kind, start, end, value, conf, rule)
    # the countries of a sentence about North Korean workers abroad host them (topic.py), where no reader above
    # placed the sentence's countries already
    channels = find_channels(text)
    hosts, placed = worker_hosts(text, "zh" if zh else s.lang,
                                 [(m.start - s.start, m.end - s.start) for m in out if m.type in ("organisation", "facility")],
                                 [(m.start - s.start, m.end - s.start, m.rule) for m in out if m.type == "destination"],
                                 # (in Chinese and Korean, whose labour-export phrases name the sending itself; English
                                 # names it of sanctions and visas too: "disguise the North's labor dispatches")
                                 exported=((zh or s.lang == "ko")
                                           and any(c.value.get("channel") == "labour_export" for c in channels))
                                 # (English: North Korea's people named by the employer's act, "has housed DPRK IT
                                 # personnel in Laos"; round 27)
                                 or (not zh and s.lang == "en" and employer_act(text) is not None),
                                 topic=s.topic)
    for host in hosts:
        add("destination", host.start, host.end, host.value, host.confidence, host.rule)
    if not any(m.type == "destination" for m in out):
        # a sentence about the workers that points back (该厂, 이곳, "the factory") to the place of the one before
        for host in carried_hosts(text, s.before, "zh" if zh else s.lang):
            add("destination", host.start, host.end, host.value, host.confidence, host.rule)
            placed = True
    orgs = [(m.start - s.start, m.end - s.start) for m in out if m.type in ("organisation", "facility")]

    def outside(start: int, end: int) -> bool:
        # "Hair Products" in a company's name, or 무역회사 in 조선신흥무역회사, names the company, not a claim.
        return not any(start < e and b < end for b, e in orgs)

    def around(start: int, end: int) -> bool:
        # a channel phrase that holds a name is the channel's all the same: "North Korean workers at the Crist shipyard"
        return outside(start, end) or not any(b <= start and end <= e for b, e in orgs)

    for g in find_goods(text, cls):
        if outside(g.start, g.end):
            add("goods", g.start, g.end, g.value, g.confidence, g.rule)
    for c in channels:
        if around(c.start, c.end):
            add("channel", c.start, c.end, c.value, c.confidence, c.rule)
            if c.value.get("platform"):
                # the marketplace that sells the goods (Pinduoduo, 핀둬둬) is a body of the chain too
                add("organisation", c.start, c.end, {"name": s.text[c.start:c.end], "entity_id": None,
                                                     "source_ids": []}, 0.6, "organisation:platform")
    if not any(m.type == "channel" and m.value.get("channel") == "labour_export" for m in out):
        # North Korean workers in a sentence that reads a country as their host are exported labour
        rules = [m.rule for m in out if m.type == "destination"] + (["destination:host:topic"] if placed else [])
        for c in placed_workers(text, rules) or employed_workers(text):
            if around(c.start, c.end):
                add("channel", c.start, c.end, c.value, c.confidence, c.rule)
    # the channels read as frames (frames.py: a worker, a move or work, a place abroad; materials in and goods made),
    # where no pattern above read that channel in the sentence
    have = {m.value.get("channel") for m in out if m.type == "channel"}
    lang_read = "zh" if zh else s.lang
    labour = [] if "labour_export" in have else labour_frames(text, lang_read, s.topic)
    if STATIONED and not labour and "labour_export" not in have and lang_read in ("en", "zh"):
        # (a group placed in or at a foreign country or firm, with no verb of sending: stationed.py; round 28)
        labour = stationed(text) if lang_read == "en" else stationed_zh(text)
        if labour and STATIONED_HOSTS and not any(m.type == "destination" for m in out):
            # (the foreign countries of the sentence host the group it placed there: "staff in Laos and Vietnam")
            for host in stationed_hosts(text, lang_read, orgs):
                add("destination", host.start, host.end, host.value, host.confidence, host.rule)
    framed = labour + ([] if "contract_processing" in have else processing_frames(text, lang_read))
    for c in framed:
        if around(c.start, c.end):
            add("channel", c.start, c.end, c.value, c.confidence, c.rule)
    if not zh and s.lang == "en":
        # counts of workers by country with the noun left out ("including 2,500 in Kuwait"), where no figure was read
        taken = [(m.start - s.start, m.end - s.start) for m in out if m.type in ("quantity", "period")]
        for start, end, value in worker_counts(text, "en", s.topic):
            if not any(start < e and b < end for b, e in taken):
                add("quantity", start, end, value, 0.5, COUNT_RULE)
    if not zh and s.lang == "en" and not any(m.type in ("destination", "channel") and not m.rule.endswith(":frame")
                                             for m in out):
        # the countries of an English sentence about work that no rule placed (topic.work_places; a frame's channel
        # places no country, so it does not count here)
        for host in work_places(text, orgs):
            add("destination", host.start, host.end, host.value, host.confidence, host.rule)
    if reader is not None:
        # the types the rules read nothing of in the sentence, where the learned reader says the sentence carries them
        lang = "zh" if zh else s.lang
        out.extend(sentence_mentions(s, text, lang, out, reader))
    return sorted(out, key=lambda m: (m.start, m.type))


def document_for(text: str, stem: str, title: str | None) -> SourceDocument:
    """A document record from the text alone; the CLI adds URL, publisher and date when the analyst gives them."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), stem)
    return _document(hashlib.sha1(text.encode("utf-8")).hexdigest(), stem, title or first)


def _document(sha1: str, stem: str, title: str) -> SourceDocument:
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:24].strip("-") or "report"
    return SourceDocument(id=f"report-{slug}-{sha1[:8]}", title=title[:160], publisher="unknown")
