"""A learned sentence reader: which claim types a sentence carries, from the claims annotated in real reports.

The rule readers (places.py, quantities.py, ...) each read the constructions someone wrote down; four rounds of
held-out sets showed that rules written by hand, from misses or from dictionaries, miss about 40 % of the claims of a
new set.  This reader was *learned* from the ~3,200 claims annotated in the seen real-world sets (sets 1 and 3-15 of
benchmarks/extract/realworld): for every sentence of their units, the claim types and values whose quotes fall on it.
It is a logistic regression per label over the sentence's hashed character n-grams (one model per language), stored
as plain numbers (`data/sentence_reader.json`, made by `benchmarks/extract/realworld/train_reader.py`; no pickle).

It never reads a value on its own: it only says, with a probability, that a sentence carries a claim of a type the
rules found nothing of in that sentence, and the claim is then built from what the sentence itself names: the
channel the label is (labour_export, contract_processing, ...), the countries the place readers find in the
sentence (a destination), or the figures figures.py finds in it (a quantity: a figure model per kind, workers, money,
..., reads each figure the rules left, with its sentence masked as a place's is; the value is the figure's own).  Each such mention keeps `rule="learned:<label>"` and its probability in its value
(`value["learned"]`), so that a reviewer sees that a model, not a rule, read it and how sure it was.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from chainlight.errors import InputError
from chainlight.extract.types import Mention, Sentence

DATA = Path(__file__).resolve().parent / "data" / "sentence_reader.json"
N_FEATURES = 1 << 18  # hashed n-gram buckets (the seen sets hold ~15,000 distinct n-grams a language)
NGRAMS = (2, 3, 4)  # character n-gram lengths
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


def normalise(text: str) -> str:
    """The text the n-grams are cut from: NFKC, case folded, every digit 0 (a figure's size says nothing of its
    type), whitespace one space.  (Chinese is read in simplified characters by the caller, as the rules read it.)"""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " " + _SPACE.sub(" ", _DIGIT.sub("0", text)).strip() + " "


def _hashed(grams: set[str]) -> dict[int, float]:
    idx = {zlib.crc32(g.encode("utf-8")) % N_FEATURES for g in grams}
    if not idx:
        return {}
    w = 1.0 / math.sqrt(len(idx))
    return dict.fromkeys(idx, w)


def _grams(t: str, prefix: str = "") -> set[str]:
    return {prefix + t[i:i + n] for n in NGRAMS for i in range(len(t) - n + 1)}


def features(text: str, lang: str = "", morphemes: bool = False) -> dict[int, float]:
    """The sentence's distinct character n-grams, hashed (CRC-32, stable across runs and machines) into
    N_FEATURES buckets, each 1, the vector scaled to length 1.  With `morphemes`, a Korean sentence also gives the
    analyser's content morphemes (morpheme_grams)."""
    grams = _grams(normalise(text))
    if morphemes and lang == "ko":
        grams |= morpheme_grams(text)
    return _hashed(grams)


# Content morphemes as Kiwi reads them: nouns, verb and adjective stems and suffixes (파견|되), roots, Latin words
# (round 25)
_CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "XSV", "XSA", "SL"})


def morpheme_grams(text: str) -> set[str]:
    """A Korean sentence's content morphemes (kiwipiepy: nouns, verb and adjective stems, roots; 파견됐다 gives 파견,
    배치해 배치, 취업했다 취업), each with its tag's first letter, and each pair of neighbouring ones: the same word
    whatever its ending or particle, which character n-grams cut across.  Empty without the analyser."""
    from chainlight.extract import korean

    content = [f"{tag[0]}:{form.casefold()}" for form, tag in korean.tokens(text) if tag in _CONTENT_TAGS]
    return {f"m{c}" for c in content} | {f"m2{a}|{b}" for a, b in pairwise(content)}


WINDOW = 24  # characters each side of a place that its own context is read from


def place_features(text: str, start: int, end: int) -> dict[int, float]:
    """A place named at text[start:end], read from its sentence: the sentence's n-grams with the name replaced by one
    mark (the model learns what is said of a place, not which place), and, apart, the n-grams of the WINDOW characters
    each side of it."""
    return _hashed(_marked_grams(text, start, end))


def _marked_grams(text: str, start: int, end: int) -> set[str]:
    marked = normalise(text[:start] + " \u2302 " + text[end:])
    at = marked.index("\u2302")
    near = marked[max(0, at - WINDOW):at + 1 + WINDOW]
    return _grams(marked, "s") | _grams(near, "w")


def figure_features(text: str, start: int, end: int, value: float) -> dict[int, float]:
    """A figure written at text[start:end] (figures.py), read as a place is (its sentence with the figure masked, and
    the WINDOW characters each side), with one mark of its size: the number of its digits (a count of workers and a
    sum of dollars are told apart by the words around them more than by size, but 3 and 30,000 are not alike)."""
    return _hashed(_marked_grams(text, start, end) | {f"#digits{len(str(int(value)))}"})


@dataclass(frozen=True)
class LabelModel:
    label: str  # "channel:labour_export", "goods:seafood" (of a sentence), "place:destination" (of a place in it)
    intercept: float
    weights: dict[int, float]  # bucket -> coefficient (only the non-zero ones)
    threshold: float  # the probability from which the label is claimed (tuned by leave-one-set-out)

    def probability(self, x: dict[int, float]) -> float:
        z = self.intercept + sum(v * self.weights.get(i, 0.0) for i, v in x.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


PLACE = "place:destination"
FIGURE = "figure:"  # "figure:workers": is a figure the sentence writes a claim of that kind (quantity.kind)


# A sentence that says "abroad" names work in another country as well as a country's name does (해외파견, 국외,
# 海外, "overseas"): the word the languages have for any country not one's own (round 24)
_ABROAD = re.compile(r"해외|국외|외국|海外|境外|国外|\b(?:abroad|overseas)\b", re.IGNORECASE)


def _of_sentence(label: str) -> bool:
    return label != PLACE and not label.startswith(FIGURE)


@dataclass(frozen=True)
class SentenceReader:
    """Per language ("en", "ko", "zh"), the label models."""

    models: dict[str, tuple[LabelModel, ...]]
    version: str
    morphemes: bool = False  # sentence labels read Korean morphemes too (features(..., morphemes=True); round 25)

    def scores(self, text: str, lang: str) -> dict[str, float]:
        """label -> probability for every sentence label of the language."""
        models = [m for m in self.models.get(lang, ()) if _of_sentence(m.label)]
        if not models:
            return {}
        x = features(text, lang, self.morphemes)
        return {m.label: m.probability(x) for m in models}

    def place_model(self, lang: str) -> LabelModel | None:
        return next((m for m in self.models.get(lang, ()) if m.label == PLACE), None)

    def figure_models(self, lang: str) -> list[LabelModel]:
        return [m for m in self.models.get(lang, ()) if m.label.startswith(FIGURE)]

    def thresholds(self, lang: str) -> dict[str, float]:
        return {m.label: m.threshold for m in self.models.get(lang, ())}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SentenceReader:
        if data.get("n_features") != N_FEATURES or tuple(data.get("ngrams", ())) != NGRAMS:
            raise InputError(str(DATA), "stored for another vectorizer (n_features, ngrams): run "
                             "benchmarks/extract/realworld/train_reader.py again")
        models = {lang: tuple(LabelModel(m["label"], float(m["intercept"]),
                                         {int(i): float(w) for i, w in m["weights"]}, float(m["threshold"]))
                              for m in ms)
                  for lang, ms in data["models"].items()}
        return cls(models, str(data.get("version", "")), bool(data.get("morphemes", False)))


@cache
def default_reader() -> SentenceReader | None:
    """The reader shipped with the package, or None where its file is missing."""
    if not DATA.exists():
        return None
    return SentenceReader.from_dict(json.loads(DATA.read_text(encoding="utf-8")))


def sentence_mentions(s: Sentence, text: str, lang: str, found: list[Mention], reader: SentenceReader,
                      thresholds: dict[str, float] | None = None, scores: dict[str, float] | None = None
                      ) -> list[Mention]:
    """The claims the learned reader gives sentence `s` (`text` is the sentence as the readers read it, Chinese in
    simplified characters, same offsets) for the types the rules found nothing of in it (`found`, the rules' mentions
    of the sentence): a channel label whose probability reaches its threshold is its own value and spans the
    sentence; a goods label is its category; a destination is a foreign country the sentence names (topic.countries_of)
    that the place model reads as one.  `thresholds` (label -> probability) and `scores` (the sentence labels'
    probabilities, already computed) are for the leave-one-set-out harness."""
    from chainlight.extract import chinese
    from chainlight.extract.topic import countries_of

    have = {m.type for m in found}
    limits = thresholds if thresholds is not None else reader.thresholds(lang)
    if all(v > 1 for v in limits.values()):
        return []  # no label of the language is claimed (its thresholds are off): no work
    out: list[Mention] = []

    def add(kind: str, start: int, end: int, value: dict[str, Any], p: float, label: str) -> None:
        p = round(p, 4)
        value["learned"] = {"reader": "sentence_reader", "label": label, "probability": p}
        out.append(Mention(kind, s.text[start:end], s.start + start, s.start + end, s.index, value, p,
                           f"learned:{label}"))

    probs = scores if scores is not None else (
        reader.scores(text, lang) if any(v <= 1 for k, v in limits.items() if _of_sentence(k)) else {})
    for label, p in sorted(probs.items()):
        kind, _, value = label.partition(":")
        if kind in have or p < limits.get(label, 2.0):
            continue
        if kind == "channel":
            # exported labour is work in another country: the sentence must name one (or be about work abroad, its
            # paragraph's topic); "North Korean workers in Pyongyang work 12 hours a day" is no export
            if value == "labour_export" and not (s.topic or countries_of(text, lang) or _ABROAD.search(text)):
                continue
            add("channel", 0, len(text), {"channel": value}, p, label)
        elif kind == "goods":
            add("goods", 0, len(text), {"category": value, "term": None, "hs6": None, "hs_description": None},
                p, label)
    place = reader.place_model(lang)
    # (the place model is blind to the sentence's topic: it learned from reports about North Korea, where most
    # countries named are destinations, and reads "日本3万人参加了马拉松比赛" as jp.  Asking the sentence to name North
    # Korea, a channel, goods or a figure of work cost 21 of its 53 right answers over the left-out sets for 3 wrong
    # ones fewer, so it is not asked: round 17's known limit)
    if place is not None and "destination" not in have and limits.get(PLACE, 2.0) <= 1:
        seen: set[str] = set()
        # (a place inside a name the rules read is the name's: 东港 in 东港市金辉食品公司)
        names = [(m.start - s.start, m.end - s.start) for m in found if m.type in ("organisation", "facility")]
        for start, end, code in countries_of(text, lang):
            if code in seen or any(start < e and b < end for b, e in names):
                continue
            # (a place that only begins a firm's name, qualifies a firm or person, or is the designating state of a
            # sentence with no moving in it: 丹东科华经贸公司, 中国公民, 美国……对……实施制裁; round 21, in-sample)
            if lang == "zh" and chinese.locates_only(text, start, end):
                continue
            p = place.probability(place_features(text, start, end))
            if p >= limits.get(PLACE, 2.0):
                seen.add(code)
                add("destination", start, end, {"country": code}, p, PLACE)
    for f_start, f_end, f_value, f_p, f_label in _figures(s, text, lang, found, reader, limits):
        add("quantity", f_start, f_end, f_value, f_p, f_label)
    return out


def _figures(s: Sentence, text: str, lang: str, found: list[Mention], reader: SentenceReader,
             limits: dict[str, float]) -> list[tuple[int, int, dict[str, Any], float, str]]:
    """The figures of the sentence the rules read nothing of (no quantity or date of theirs overlaps it) that a figure
    model reads as a claim of its kind (the likeliest kind, at or above its threshold), as (start, end, value,
    probability, label): the value is the figure's as figures.py reads it, approximations and ranges kept."""
    from chainlight.extract.figures import figures
    from chainlight.extract.numbers import clean

    models = [m for m in reader.figure_models(lang) if limits.get(m.label, 2.0) <= 1]
    if not models:
        return []
    taken = [(m.start - s.start, m.end - s.start) for m in found if m.type in ("quantity", "period")]
    keys = {m.key for m in found if m.type == "quantity"}
    out = []
    for f in figures(text, lang):
        if any(f.start < e and b < f.end for b, e in taken):
            continue
        x = figure_features(text, f.start, f.end, f.value)
        p, model = max(((m.probability(x), m) for m in models), key=lambda pm: pm[0])
        if p < limits[model.label]:
            continue
        kind = model.label[len(FIGURE):]
        value: dict[str, Any] = {"kind": kind, "value": clean(f.value), "unit": "", "approximate": f.approximate}
        if f.max is not None:
            value["max"] = clean(f.max)
        key = f"{kind}={value['value']}" + (f"-{value['max']}" if f.max is not None else "")
        if key not in keys:
            keys.add(key)
            out.append((f.start, f.end, value, p, model.label))
    return out
