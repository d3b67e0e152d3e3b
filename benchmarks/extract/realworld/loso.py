"""Leave-one-set-out (LOSO) figures of the learned sentence reader (src/chainlight/extract/learned.py).

    python -m benchmarks.extract.realworld.loso [--pooled] [--thresholds 0.5,0.6,...] [--cache /tmp/x.pkl]

For each seen set (1 and 3-15, both halves; train_reader.SEEN), the reader is trained on the other seen sets only and
scored on the one left out; the figures add the sets up.  The rules' mentions are the extractor's with the learned
reader off (`extract_text(..., learned=False)`), read once per unit; the learned mentions are added to them exactly as
the extractor adds them (`learned.sentence_mentions`), and each unit is scored by run.py's counting rule
(`run.score_unit`).  "before" is the rules alone, "after" the rules plus the reader trained without the set.  The rules
themselves were written from all these sets, so "before" is a fitted figure; what LOSO measures honestly is what the
learned part adds on a set it did not learn from.

Thresholds: for each language and claim type, every threshold of the grid is scored; `choose()` takes the lowest
whose added claims (after - before, summed over the left-out sets) are right at least MIN_ADDED_PRECISION of the time,
so the language's precision cannot fall below 0.90 through them.  (Choosing one number per cell from the LOSO output
is itself a small fit; the per-set range below shows how much the figure moves from set to set.)
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.extract.realworld.data import LANGS, Unit
from benchmarks.extract.realworld.run import SHARED, Row, _prf, score_unit
from benchmarks.extract.realworld.train_reader import LABEL_TYPES, SEEN, fit, rows_of, seen_units
from chainlight.extract import chinese, learned
from chainlight.extract.types import Mention, Sentence

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MIN_ADDED_PRECISION = 0.9

Extracted = list[tuple[str, Unit, list[Sentence], list[Mention]]]  # (set, unit, sentences, rule mentions)


def extract_rules(cache: Path | None = None) -> Extracted:
    """Every seen unit read by the rules alone (the learned reader off), as run.py reads it."""
    if cache and cache.exists():
        with cache.open("rb") as f:  # a scratch cache of this harness's own output, never a model
            data: Extracted = pickle.load(f)
            return data
    from chainlight.classify import Classifier
    from chainlight.extract import Gazetteer, extract_text
    from chainlight.model.evidence import SourceDocument
    from chainlight.sources import get_reader
    from chainlight.sources.evidence import bundled_paths
    from chainlight.sources.evidence import read as read_evidence

    ofac = get_reader("ofac-sdn").read([SHARED / "data" / "sanctions" / "ofac" / "sdn.csv"])
    gazetteer, classifier = Gazetteer(read_evidence(bundled_paths()).entities + ofac.entities), Classifier()
    out: Extracted = []
    for s, u in seen_units():
        doc = SourceDocument(id=f"{u.doc}-{u.part}", title=u.doc, publisher=u.publisher, url=u.url,
                             published=u.published)
        ex = extract_text(u.text, gazetteer=gazetteer, classifier=classifier, document=doc, learned=False)
        out.append((s, u, ex.sentences, ex.mentions))
    if cache:
        with cache.open("wb") as f:
            pickle.dump(out, f)
    return out


def _reading(sentence: Sentence) -> tuple[str, str]:
    """(text, lang) of a sentence as the extractor hands it to the learned reader."""
    zh = chinese.is_chinese(sentence.text)
    return (chinese.simplified(sentence.text), "zh") if zh else (sentence.text, sentence.lang)


Readers = dict[str, tuple[learned.SentenceReader, dict[tuple[int, int], dict[str, float]]]]


def loso_readers(extracted: Extracted, *, pooled: bool = False, c: float | None = None,
                 morphemes: bool | None = None, langs: Sequence[str] | None = None,
                 held_out: Sequence[str] = SEEN) -> Readers:
    """For each seen set, the reader trained without it and its sentence labels' probabilities on the set's
    sentences ((unit's position in `extracted`, sentence index) -> label -> probability)."""
    rows = rows_of([(s, u) for s, u, _, _ in extracted])
    if langs is not None:  # (the models of some languages only: a quicker run when one language's features change)
        rows = [r for r in rows if r.lang in langs]
    out: Readers = {}
    kwargs: dict[str, Any] = {} if c is None else {"c": c}
    if morphemes is not None:
        kwargs["morphemes"] = morphemes
    for held in held_out:
        train = [r for r in rows if r.set != held]
        if pooled:  # the same rows for every language: one model
            train = [replace(r, lang=lang) for r in train for lang in LANGS]
        reader = learned.SentenceReader.from_dict(fit(train, **kwargs))
        out[held] = (reader, held_scores(extracted, reader, held))
    return out


def held_scores(extracted: Extracted, reader: learned.SentenceReader,
                held: str) -> dict[tuple[int, int], dict[str, float]]:
    """The reader's scores of every sentence of the set `held`, keyed by (unit's place, sentence index)."""
    scores: dict[tuple[int, int], dict[str, float]] = {}
    for i, (s, _, sentences, _) in enumerate(extracted):
        if s == held:
            for sent in sentences:
                text, lang = _reading(sent)
                scores[(i, sent.index)] = reader.scores(text, lang)
    return scores


Counts = dict[str, dict[str, dict[str, list[int]]]]  # set -> lang -> type -> [tp, fp, fn, on quote]


def score(extracted: Extracted, readers: Readers | None, thresholds: dict[tuple[str, str], float]) -> Counts:
    """Per set, language and type, the counts of the rules plus the learned mentions of the reader trained without
    the set, each (language, label type) at its threshold; `readers` None: the rules alone."""
    counts: Counts = {}
    for i, (s, u, sentences, mentions) in enumerate(extracted):
        allm = list(mentions)
        if readers is not None and s in readers:
            reader, scores = readers[s]
            for sent in sentences:
                text, lang = _reading(sent)
                limits = {m.label: thresholds.get((lang, m.label.partition(":")[0]), 2.0)
                          for m in reader.models.get(lang, ())}
                found = [m for m in mentions if m.sentence == sent.index]
                allm.extend(learned.sentence_mentions(sent, text, lang, found, reader, limits,
                                                      scores.get((i, sent.index), {})))
        row: Row = counts.setdefault(s, {}).setdefault(u.lang, {})
        score_unit(u, allm, row, None)
    return counts


def total(counts: Counts, lang: str | None = None, type_: str | None = None,
          sets: Sequence[str] | None = None) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for s, by_lang in counts.items():
        if sets is not None and s not in sets:
            continue
        for lg, row in by_lang.items():
            if lang is not None and lg != lang:
                continue
            for t, c in row.items():
                if type_ is None or t == type_:
                    tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
    return tp, fp, fn


def choose(extracted: Extracted, readers: Readers, before: Counts) -> tuple[dict[tuple[str, str], float], list[str]]:
    """Per (language, type), the lowest threshold of GRID whose added claims are right MIN_ADDED_PRECISION of the
    time (none: the type is not claimed by the reader in that language); the table of every threshold."""
    lines = ["| lang | type | threshold | added tp | added fp | added P |", "|---|---|---|---|---|---|"]
    chosen: dict[tuple[str, str], float] = {}
    for thr in GRID:
        after = score(extracted, readers, {(lg, t): thr for lg in LANGS for t in LABEL_TYPES})
        for lg in LANGS:
            for t in LABEL_TYPES:
                claim = {"place": "destination", "figure": "quantity"}.get(t, t)
                b, a = total(before, lg, claim), total(after, lg, claim)
                dtp, dfp = a[0] - b[0], a[1] - b[1]
                prec = dtp / (dtp + dfp) if dtp + dfp else 1.0
                lines.append(f"| {lg} | {t} | {thr} | {dtp} | {dfp} | {prec:.2f} |")
                if dtp > 0 and prec >= MIN_ADDED_PRECISION and (lg, t) not in chosen:
                    chosen[(lg, t)] = thr
    return chosen, lines


def report(before: Counts, after: Counts) -> list[str]:
    """Per language and type: before -> after over all seen sets (LOSO); per set, the recall gained."""
    from benchmarks.extract.realworld.data import TYPES

    lines = ["| lang | type | before P / R (tp/fp/fn) | after P / R (tp/fp/fn) |", "|---|---|---|---|"]
    for lg in (*LANGS, None):
        for t in (*TYPES, None):
            b, a = total(before, lg, t), total(after, lg, t)
            if b == a and t is not None:
                continue
            pb, rb, _ = _prf(*b)
            pa, ra, _ = _prf(*a)
            lines.append(f"| {lg or 'all'} | {t or 'all'} | {pb:.3f} / {rb:.3f} ({'/'.join(map(str, b))}) | "
                         f"{pa:.3f} / {ra:.3f} ({'/'.join(map(str, a))}) |")
    lines += ["", "| set | before P / R | after P / R | recall gained |", "|---|---|---|---|"]
    gains = []
    for s in SEEN:
        b, a = total(before, sets=[s]), total(after, sets=[s])
        pb, rb, _ = _prf(*b)
        pa, ra, _ = _prf(*a)
        gains.append(ra - rb)
        lines.append(f"| {s} | {pb:.3f} / {rb:.3f} | {pa:.3f} / {ra:.3f} | {ra - rb:+.3f} |")
    lines.append(f"\nrecall gained per left-out set: mean {sum(gains) / len(gains):+.3f}, "
                 f"range {min(gains):+.3f} .. {max(gains):+.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pooled", action="store_true", help="one model for en/ko/zh instead of one per language")
    ap.add_argument("--cache", type=Path, help="keep the rules' mentions here (scratch, outside the repository)")
    ap.add_argument("--threshold", type=float, help="one threshold for every language and type instead of choose()")
    ap.add_argument("-C", type=float, help="the regularisation (train_reader.C unless given)")
    ap.add_argument("--morphemes", choices=("on", "off"),
                    help="Korean sentence labels with the analyser's morphemes or without (train_reader.MORPHEMES unless given)")
    ap.add_argument("--langs", help="fit and report these languages only (comma-separated: ko,zh)")
    ap.add_argument("--held", help="leave out only these sets in turn (comma-separated; each reader still learns from "
                                   "every other seen set): a quicker run than all of SEEN")
    args = ap.parse_args(argv)
    extracted = extract_rules(args.cache)
    langs = tuple(args.langs.split(",")) if args.langs else None
    if langs:
        extracted = [e for e in extracted if e[1].lang in langs]
    held = tuple(args.held.split(",")) if args.held else SEEN
    readers = loso_readers(extracted, pooled=args.pooled, c=args.C, langs=langs, held_out=held,
                           morphemes=None if args.morphemes is None else args.morphemes == "on")
    if held != SEEN:  # (score the left-out sets only: a reader exists for them alone)
        extracted = [(s, u, sents, ms) if s in held else (s, replace(u, gold=[]), [], []) for s, u, sents, ms in extracted]
    before = score(extracted, None, {})
    chosen, curve = choose(extracted, readers, before)
    if args.threshold is not None:
        chosen = {(lg, t): args.threshold for lg in LANGS for t in LABEL_TYPES}
    after = score(extracted, readers, chosen)
    print(f"## learned sentence reader, leave-one-set-out over sets {', '.join(SEEN)} "
          f"({'one model' if args.pooled else 'one model per language'})\n")
    print("thresholds chosen: " + ", ".join(f"{lg}/{t} {v}" for (lg, t), v in sorted(chosen.items())) + "\n")
    print("\n".join(report(before, after)) + "\n")
    print("Every threshold (added claims over all left-out sets):\n")
    print("\n".join(curve))
    return 0


if __name__ == "__main__":
    sys.exit(main())
