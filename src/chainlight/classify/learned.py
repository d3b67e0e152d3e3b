"""hs_v7: a risk category learned from the analysts' labels of the seen real-world titles, used only where the rules
answer `unknown` (option `learned_fill`); hs_v8: an HS heading learned the same way, used only where the rules named no
good and the nomenclature alone answered (option `learned_heading`, hs_v8/learned_heading.json, written by
benchmarks/classify/realworld/heading.py --write).

The model is a logistic regression per category (one against the rest) over hashed character 1-4-grams of the
normalised title, fitted by benchmarks/classify/realworld/learned.py (`--write`) on every seen title set and kept as
plain arrays in hs_v7/learned_category.json (no pickle).  Why only there: leave-one-set-out over the seen sets, the
learned model alone is 5 points of category under the rules and its HS codes are worse still, but where the rules
named no product it names the category right 15 times in 15 at p >= 0.9 on the first-sight halves of sets 3-13
(benchmarks/classify/realworld/results/loso-round18.txt).  It gives a category only, never an HS code.

Hashing of characters: titles are English, Chinese and Korean; a Chinese or Korean run has no spaces to split words
at, and a word never seen shares n-grams with words that were.  The hash is a polynomial of the code points of each
n-gram, mixed and cut to `bits` bits: the same on every machine (Python's own str hash is salted per process).
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from chainlight.classify.normalize import normalize_text

_M = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime, as a multiplier of the polynomial
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of h * 2^64/phi spread the keys
MODEL = "learned_category.json"
FILL_P = 0.9  # chosen leave-one-set-out over the first-sight halves (loso-round18.txt); below it risk goods go `other`


@dataclass(frozen=True)
class Features:
    """A batch's n-grams: `rows[i]` the title, `index[i]` the hashed bucket, `weight[i]` its value; `starts[r]`
    where title r's n-grams begin (they are in title order)."""

    rows: np.ndarray
    index: np.ndarray
    weight: np.ndarray
    starts: np.ndarray
    n: int


def featurize(texts: Sequence[str], bits: int, orders: int) -> Features:
    """The hashed character n-grams (orders 1..`orders`) of each title, normalised as the classifier reads titles
    and padded with a space at each end (so "wig" as a whole word has the n-grams " wig" and "wig "); each title's
    counts divided by the square root of how many n-grams it has."""
    # NUL separates the titles below, so one inside a title (a user's file can hold any character) becomes a space
    padded = [" " + normalize_text(t or "").replace("\x00", " ") + " " for t in texts]
    joined = "\x00".join(padded) + "\x00"
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    sep = cp == 0
    zeros = np.concatenate(([0], np.cumsum(sep)))  # zeros[i] = separators before position i
    row_of = zeros[:-1]  # the title each position belongs to
    rows, index = [], []
    h = np.zeros(len(cp), dtype=np.uint64)
    shift = np.uint64(64 - bits)
    with np.errstate(over="ignore"):
        for n in range(1, orders + 1):
            # h[i] = polynomial of cp[i : i + n]; order n folded into the seed so orders do not share buckets
            h = h[: len(cp) - n + 1] * _M + cp[n - 1:] + np.uint64(n)
            valid = zeros[n: len(cp) + 1] - zeros[: len(cp) - n + 1] == 0  # no separator inside the n-gram
            rows.append(row_of[: len(cp) - n + 1][valid])
            index.append(((h[valid] * _MIX) >> shift).astype(np.int64))
    row = np.concatenate(rows).astype(np.int64)
    idx = np.concatenate(index)
    order = np.argsort(row, kind="stable")
    row, idx = row[order], idx[order]
    counts = np.bincount(row, minlength=len(texts))
    weight = (1.0 / np.sqrt(np.maximum(counts, 1)))[row]
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    return Features(row, idx, weight, starts, len(texts))


@dataclass(frozen=True)
class Head:
    """One target's linear model: `classes[k]` scored by `coef[:, k]` (a row per hashed bucket) + `intercept[k]`."""

    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, feats: Features) -> np.ndarray:
        scores = np.zeros((feats.n, len(self.classes)))
        if len(feats.index):
            gathered = self.coef[feats.index].astype(np.float64) * feats.weight[:, None]
            nonempty = np.flatnonzero(np.bincount(feats.rows, minlength=feats.n))
            scores[nonempty] = np.add.reduceat(gathered, feats.starts[nonempty], axis=0)
        scores += self.intercept
        p = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))  # each class against the rest, then shared out
        return p / p.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class CategoryModel:
    """The shipped category head and how its features are made."""

    head: Head
    bits: int
    orders: int
    fitted_on: tuple[str, ...]

    def best(self, text: str) -> tuple[str, float]:
        """The most probable category of a title and its probability."""
        p = self.head.probabilities(featurize([text], self.bits, self.orders))[0]
        k = int(p.argmax())
        return self.head.classes[k], float(p[k])


def to_json(head: Head, bits: int, orders: int, fitted_on: Sequence[str]) -> str:
    """The model as JSON: the weights a dense (2^bits x classes) array of little-endian int16 in base64, in steps of
    `coef_scale` (the largest weight / 32767: a step moves a title's score by under 1e-4, no answer at the 0.9
    threshold), the intercepts as numbers.  The same fit writes the same bytes."""
    scale = float(f"{float(np.abs(head.coef).max()) / 32767:.6e}") or 1.0
    q = np.rint(head.coef / scale).astype("<i2")
    doc = {"bits": bits, "orders": orders, "fitted_on": list(fitted_on), "classes": list(head.classes),
           "intercept": [float(f"{x:.6e}") for x in head.intercept], "coef_scale": scale,
           "coef_int16_le_base64": base64.b64encode(q.tobytes()).decode("ascii")}
    return json.dumps(doc, indent=0, ensure_ascii=False) + "\n"


def from_json(text: str) -> CategoryModel:
    doc = json.loads(text)
    classes = tuple(doc["classes"])
    q = np.frombuffer(base64.b64decode(doc["coef_int16_le_base64"]), dtype="<i2")
    coef = q.reshape(1 << doc["bits"], len(classes)).astype(np.float64) * doc["coef_scale"]
    head = Head(classes, coef, np.array(doc["intercept"], dtype=np.float64))
    return CategoryModel(head, doc["bits"], doc["orders"], tuple(doc["fitted_on"]))


@lru_cache(maxsize=1)
def shipped() -> CategoryModel:
    return from_json((resources.files("chainlight.classify") / "hs_v7" / MODEL).read_text("utf-8"))


# hs_v8: the learned HS heading where the rules answered from the nomenclature alone (option learned_heading)
HEADING_MODEL = "learned_heading.json"
HEADING_BITS = 12  # 4,096 buckets: a head per heading (~170) stays a file of ~2 MB
HEADING_P = 0.6  # chosen leave-one-set-out over the first-sight halves (benchmarks/classify/realworld/heading.py)
# hs_v9 (option risk_heading_category): the learned category over the rules' `other` where the learned heading is one
# of the risk goods; both thresholds chosen leave-one-set-out (benchmarks/classify/realworld/follow.py, round 20)
FOLLOW_HEADING_P = 0.6
FOLLOW_CATEGORY_P = 0.5


@dataclass(frozen=True)
class HeadingModel:
    """The heading head, and per heading the subheading its seen titles carry most often and their categories."""

    model: CategoryModel
    subheading: dict[str, str]
    categories: dict[str, frozenset[str]]

    def best(self, text: str) -> tuple[str, float]:
        return self.model.best(text)


def heading_json(head: Head, bits: int, orders: int, fitted_on: Sequence[str], subheading: dict[str, str],
                 categories: dict[str, frozenset[str]]) -> str:
    """The heading model as JSON: the head as to_json writes it, with the two tables."""
    doc = json.loads(to_json(head, bits, orders, fitted_on))
    doc["subheading"] = dict(sorted(subheading.items()))
    doc["categories"] = {h: sorted(c) for h, c in sorted(categories.items())}
    return json.dumps(doc, indent=0, ensure_ascii=False) + "\n"


def heading_from_json(text: str) -> HeadingModel:
    doc = json.loads(text)
    return HeadingModel(from_json(text), dict(doc["subheading"]),
                        {h: frozenset(c) for h, c in doc["categories"].items()})


@lru_cache(maxsize=1)
def shipped_heading() -> HeadingModel:
    return heading_from_json((resources.files("chainlight.classify") / "hs_v8" / HEADING_MODEL).read_text("utf-8"))


@lru_cache(maxsize=65536)
def heading_of(text: str) -> tuple[str, float]:
    """The shipped heading model's best heading of a title and its probability, kept per title: it runs after the
    classifier's cached decision, and bills of lading repeat their descriptions."""
    return shipped_heading().best(text)


# hs_v14 (option learned_subheading): the subheading of a heading the learned heading model gave, chosen by a model per
# heading fitted on the seen titles of that heading and the nomenclature's own subheading texts (hs_v14/
# learned_subheading.json.gz, written by benchmarks/classify/realworld/subheading.py --write), where hs_v8 took the
# subheading its seen titles carry most often; the threshold chosen leave-one-set-out (subheading.py).
SUBHEADING_MODEL = "learned_subheading.json.gz"  # gzip: 3.5 MB of JSON in the repo otherwise
SUBHEADING_P = 0.6  # chosen leave-one-set-out (subheading.py, int8 as shipped: +3 HS-6 at 0.4-0.8, +4 at 0.3 moving 34)


@dataclass(frozen=True)
class SubHead:
    """One heading's subheadings scored by a linear model over the hashed n-grams: `buckets` the sorted buckets
    with a weight (the others weigh nothing: the fit never saw them in this heading's titles), `coef[j, k]` bucket
    j's weight for `classes[k]`."""

    classes: tuple[str, ...]
    buckets: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, feats: Features) -> np.ndarray:
        """Title 0 of `feats`'s probability of each class (one against the rest, shared out as Head does)."""
        if not len(self.buckets):
            scores = self.intercept
        else:
            at = np.minimum(np.searchsorted(self.buckets, feats.index), len(self.buckets) - 1)
            found = self.buckets[at] == feats.index
            scores = (self.coef[at[found]] * feats.weight[found, None]).sum(axis=0) + self.intercept
        p = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        return p / p.sum()


@dataclass(frozen=True)
class SubheadingModel:
    heads: dict[str, SubHead]
    bits: int
    orders: int
    fitted_on: tuple[str, ...]

    def best(self, text: str, heading: str) -> tuple[str, float] | None:
        """The most probable subheading of `heading` for a title and its probability; None for a heading the model
        has no head for."""
        head = self.heads.get(heading)
        if head is None:
            return None
        p = head.probabilities(featurize([text], self.bits, self.orders))
        k = int(p.argmax())
        return head.classes[k], float(p[k])


def subheading_json(heads: Mapping[str, tuple[Sequence[str], np.ndarray, np.ndarray]], bits: int, orders: int,
                    fitted_on: Sequence[str]) -> str:
    """Per heading (classes, coef as 2^bits x classes, intercept) as JSON: the weights in int8 steps of the heading's
    own scale (its largest weight / 127: a title's score moves by a few hundredths at most, measured leave-one-set-out
    as stored), only the buckets with a weight of a step or more, their indices as little-endian int32, all base64.
    The same fit writes the same bytes."""
    doc: dict[str, object] = {"bits": bits, "orders": orders, "fitted_on": list(fitted_on)}
    out = {}
    for h, (classes, coef, intercept) in sorted(heads.items()):
        scale = float(f"{float(np.abs(coef).max()) / 127:.6e}") or 1.0
        q = np.rint(coef / scale).astype("i1")
        rows = np.flatnonzero(np.abs(q).max(axis=1)).astype("<i4")
        out[h] = {"classes": list(classes), "intercept": [float(f"{x:.6e}") for x in intercept], "coef_scale": scale,
                  "buckets_int32_le_base64": base64.b64encode(rows.tobytes()).decode("ascii"),
                  "coef_int8_base64": base64.b64encode(q[rows].tobytes()).decode("ascii")}
    doc["heads"] = out
    return json.dumps(doc, indent=0, ensure_ascii=False) + "\n"


def subheading_from_json(text: str) -> SubheadingModel:
    doc = json.loads(text)
    heads = {}
    for h, d in doc["heads"].items():
        classes = tuple(d["classes"])
        buckets = np.frombuffer(base64.b64decode(d["buckets_int32_le_base64"]), dtype="<i4").astype(np.int64)
        q = np.frombuffer(base64.b64decode(d["coef_int8_base64"]), dtype="i1")
        coef = q.reshape(len(buckets), len(classes)).astype(np.float64) * d["coef_scale"]
        heads[h] = SubHead(classes, buckets, coef, np.array(d["intercept"], dtype=np.float64))
    return SubheadingModel(heads, doc["bits"], doc["orders"], tuple(doc["fitted_on"]))


@lru_cache(maxsize=1)
def shipped_subheading() -> SubheadingModel:
    return subheading_from_json(gzip.decompress((resources.files("chainlight.classify") / "hs_v14" / SUBHEADING_MODEL)
                                                .read_bytes()).decode("utf-8"))
