"""A learned claim filter (a verifier): how likely a claim the rules or the sentence reader propose is right.

The readers propose claims from what a sentence says (rules written from the seen sets' misses, and the learned
sentence reader); on each new set about one claim in six they propose is not in the annotation: a heading word read as
a place, a fragment read as a body, a firm's sentence read as labour export, visits counted as workers.  Rules written
from one set's wrong claims fit that set.  This filter is instead *learned* from every claim the readers propose over
all seen sets, each labelled right or wrong by the benchmark's counting rule (benchmarks/extract/realworld/README.md):
one logistic regression per claim type over features that name no example:

* the claim: its language, the rule or reader that proposed it (whole and by its first parts), the reader's
  probability, its value's kind (the channel, the country, the quantity's kind and number of digits, the period's
  grain), the shape of its words (length, words, script, capitals, digits, the last characters of its head word), and
  whether a list links it;
* its sentence: the characters WINDOW each side of the span (the span masked, as learned.place_features reads a
  place), whether the sentence looks like a heading (no end mark, short, words in capitals), the paragraph's topic;
* its document: how many sentences claim the same value, how many sentences the document has.

A claim whose probability of being right falls below the threshold of its language and type is dropped
(`ClaimVerifier.keep`); the thresholds were chosen by leave-one-set-out (benchmarks/extract/realworld/verify_claims.py),
kept only where precision gained more than recall lost.  Stored as plain numbers (`data/claim_verifier.json`, made by
`python -m benchmarks.extract.realworld.verify_claims --write`; no pickle), read without numpy.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from chainlight.errors import InputError
from chainlight.extract.types import Mention, Sentence

DATA = Path(__file__).resolve().parent / "data" / "claim_verifier.json"
N_FEATURES = 1 << 18
WINDOW = 24  # characters each side of the claim's span read as its context
NGRAMS = (2, 3)
# the model a claim type is judged by (facilities and bodies are both names)
MODEL_OF = {"facility": "named", "organisation": "named", "goods": "goods", "period": "period",
            "quantity": "quantity", "destination": "destination", "channel": "channel"}
_END = re.compile(r"[.!?。！？다\"'”’)\]]\s*$")
_WORD = re.compile(r"[A-Za-z]+|[\uac00-\ud7a3]+|[\u4e00-\u9fff]+|\d+")


def _bucket(n: int, edges: Sequence[int]) -> int:
    return next((i for i, e in enumerate(edges) if n <= e), len(edges))


def _script(text: str) -> str:
    kinds = set()
    for c in text:
        if "\uac00" <= c <= "\ud7a3":
            kinds.add("ko")
        elif "\u4e00" <= c <= "\u9fff":
            kinds.add("han")
        elif c.isascii() and c.isalpha():
            kinds.add("lat")
        elif c.isdigit():
            kinds.add("dig")
    return "+".join(sorted(kinds)) or "none"


def _rule_parts(rule: str) -> list[str]:
    parts = rule.split(":")
    return [":".join(parts[:i]) for i in range(1, len(parts) + 1)]


def value_features(m: Mention) -> list[str]:
    """What the claim's value is like, by type (no value of a name: its shape only)."""
    v, out = m.value, []
    if m.type == "channel":
        out.append(f"ch:{v.get('channel')}")
    elif m.type == "destination":
        out.append(f"cc:{v.get('country')}")
    elif m.type == "goods":
        out.append(f"cat:{v.get('category')}")
    elif m.type == "quantity":
        kind = v.get("kind")
        value = v.get("value")
        digits = len(str(int(abs(value)))) if isinstance(value, (int, float)) else 0
        out += [f"qk:{kind}", f"qd:{kind}:{digits}", f"qr:{v.get('max') is not None}",
                f"qa:{bool(v.get('approximate'))}"]
        if isinstance(value, (int, float)) and value == int(value) and 1900 <= value <= 2100:
            out.append("q:yearlike")
    elif m.type == "period":
        start, end = str(v.get("start") or ""), str(v.get("end") or "")
        out += [f"pg:{len(start)}:{len(end)}", f"pe:{start == end}"]
    return out


def span_features(m: Mention) -> list[str]:
    text = m.text.strip()
    words = _WORD.findall(text)
    last = words[-1].casefold() if words else ""
    first = words[0].casefold() if words else ""
    out = [f"len:{_bucket(len(text), (1, 2, 3, 5, 8, 12, 20, 40))}", f"nw:{_bucket(len(words), (1, 2, 3, 5, 8))}",
           f"sc:{_script(text)}"]
    if text[:1].isupper():
        out.append("cap")
    if text.isupper() and len(text) > 1:
        out.append("allcaps")
    if m.type in ("facility", "organisation", "destination", "goods"):
        if last.isascii():
            out += [f"head:{last}", f"first:{first}"]
        else:
            out += [f"head1:{last[-1:]}", f"head2:{last[-2:]}"]
    if m.links:
        out += ["linked", f"schema:{m.links[0].schema}", f"via:{m.links[0].via}"]
    return out


def sentence_features(s: Sentence) -> list[str]:
    text = s.text.strip()
    words = re.findall(r"[A-Za-z]+", text)
    caps = sum(w[0].isupper() for w in words)
    out = [f"slen:{_bucket(len(text), (20, 40, 80, 160, 320))}"]
    if not _END.search(text):
        out.append("noend")
    if len(words) >= 3 and caps / len(words) > 0.6:
        out.append("titlecase")
    if s.topic:
        out.append("topic")
    return out


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", text))


def context_grams(s: Sentence, m: Mention) -> set[str]:
    """The WINDOW characters each side of the claim's span, the span masked (whole-sentence claims: the sentence)."""
    a, b = max(0, m.start - s.start), max(0, m.end - s.start)
    if a <= 0 and b >= len(s.text):
        marked = " " + _normalise(s.text) + " "
        return {"s" + marked[i:i + n] for n in NGRAMS for i in range(len(marked) - n + 1)}
    left = _normalise(s.text[max(0, a - WINDOW):a])
    right = _normalise(s.text[b:b + WINDOW])
    marked = left + "\u2302" + right
    return {"w" + marked[i:i + n] for n in NGRAMS for i in range(len(marked) - n + 1)}


def _h(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % N_FEATURES


def features(m: Mention, s: Sentence, lang: str, same_value: int, n_sentences: int) -> dict[int, float]:
    """The claim's features, hashed (CRC-32) into N_FEATURES buckets: the named ones 1 each, with the language and
    the proposing rule also crossed with each other; the context n-grams together of length 1."""
    named = [f"lang:{lang}", *(f"rule:{r}" for r in _rule_parts(m.rule)), f"rl:{lang}:{m.rule}",
             *value_features(m), *span_features(m), *sentence_features(s),
             f"same:{min(same_value, 4)}", f"docs:{_bucket(n_sentences, (1, 2, 4, 8, 16, 40))}"]
    if m.rule.startswith("learned:"):
        p = float(m.value.get("learned", {}).get("probability", m.confidence))
        named.append(f"lp:{int(p * 10)}")
    named += [f"{lang}|{f}" for f in named if not f.startswith("lang:")]
    x: dict[int, float] = {}
    for f in named:
        x[_h(f)] = 1.0
    for grams in (context_grams(s, m), span_grams(m)):
        idx = {_h(g) for g in grams}
        if idx:
            w = 1.0 / math.sqrt(len(idx))
            for i in idx:
                x[i] = x.get(i, 0.0) + w
    return x


def span_grams(m: Mention) -> set[str]:
    """The character n-grams of a name's or place's own words (a fragment, a heading word, a kind without a name:
    what its words are made of, not which name it is), with the language of the words crossed in by script."""
    if m.type not in ("facility", "organisation", "destination"):
        return set()
    t = " " + _normalise(m.text.strip()) + " "
    return {"v" + t[i:i + n] for n in NGRAMS for i in range(len(t) - n + 1)}


def sentence_lang(s: Sentence) -> str:
    from chainlight.extract import chinese

    return "zh" if chinese.is_chinese(s.text) else s.lang


class _Document:
    """A document's sentences by index and the sentences each (type, value) stands in: what a claim's features read
    beyond its own sentence."""

    def __init__(self, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> None:
        self.by_index = {s.index: s for s in sentences}
        self.n_sentences = len(sentences)
        self.where: dict[tuple[str, str], set[int]] = {}
        for m in mentions:
            self.where.setdefault((m.type, m.key), set()).add(m.sentence)

    def sentence(self, m: Mention) -> tuple[Sentence, str]:
        s = self.by_index.get(m.sentence) or Sentence(m.sentence, m.start, m.end, m.text, "en")
        return s, sentence_lang(s)

    def features(self, m: Mention, s: Sentence, lang: str) -> dict[int, float]:
        return features(m, s, lang, len(self.where[(m.type, m.key)]), self.n_sentences)


def claim_features(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[tuple[str, dict[int, float]]]:
    """(language, features) of every mention of a document, in order."""
    doc = _Document(sentences, mentions)
    out = []
    for m in mentions:
        s, lang = doc.sentence(m)
        out.append((lang, doc.features(m, s, lang)))
    return out


@dataclass(frozen=True)
class TypeModel:
    intercept: float
    weights: dict[int, float]

    def probability(self, x: dict[int, float]) -> float:
        z = self.intercept + sum(v * self.weights.get(i, 0.0) for i, v in x.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


@dataclass(frozen=True)
class ClaimVerifier:
    models: dict[str, TypeModel]  # MODEL_OF's names -> model
    thresholds: dict[str, dict[str, float]]  # lang -> claim type -> the probability below which a claim is dropped
    version: str

    def probabilities(self, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[float]:
        """Each mention's probability of being right (1.0 where no model judges its type)."""
        out = []
        for m, (_, x) in zip(mentions, claim_features(sentences, mentions), strict=True):
            model = self.models.get(MODEL_OF.get(m.type, ""))
            out.append(model.probability(x) if model else 1.0)
        return out

    def keep(self, sentences: Sequence[Sentence], mentions: Sequence[Mention],
             thresholds: dict[str, dict[str, float]] | None = None) -> list[Mention]:
        """The mentions whose probability reaches their language's and type's threshold (the others dropped)."""
        limits = self.thresholds if thresholds is None else thresholds
        judged = {t for by_type in limits.values() for t in by_type}
        if not judged:
            return list(mentions)
        doc = _Document(sentences, mentions)
        kept = []
        for m in mentions:
            # features only for a claim a threshold judges: a document's other claims are kept as they are
            model = self.models.get(MODEL_OF.get(m.type, "")) if m.type in judged else None
            if model is None:
                kept.append(m)
                continue
            s, lang = doc.sentence(m)
            limit = limits.get(lang, {}).get(m.type)
            if limit is None or model.probability(doc.features(m, s, lang)) >= limit:
                kept.append(m)
        return kept

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimVerifier:
        if data.get("n_features") != N_FEATURES or tuple(data.get("ngrams", ())) != NGRAMS \
                or data.get("window") != WINDOW:
            raise InputError(str(DATA), "stored for other features (n_features, ngrams, window): run "
                             "python -m benchmarks.extract.realworld.verify_claims --write again")
        models = {name: TypeModel(float(m["intercept"]), {int(i): float(w) for i, w in m["weights"]})
                  for name, m in data["models"].items()}
        thresholds = {lang: {t: float(v) for t, v in by_type.items()} for lang, by_type in data["thresholds"].items()}
        return cls(models, thresholds, str(data.get("version", "")))


@cache
def default_verifier() -> ClaimVerifier | None:
    """The verifier shipped with the package, or None where its file is missing."""
    if not DATA.exists():
        return None
    return ClaimVerifier.from_dict(json.loads(DATA.read_text(encoding="utf-8")))

