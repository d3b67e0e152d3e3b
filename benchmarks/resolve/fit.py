"""Fit match_v2's weights: logistic regression (numpy, Newton steps, L2) on training splits, then write weights.py.

Training pairs: the half of OpenSanctions' name_bench_cases whose crc32 is even, and for the training half of
the cross-script set each query against its 10 best index candidates on the full OFAC + UN lists (label:
the candidate is the listed body).  The test halves are never seen here.  The bias is then shifted so that
the F1-best cut on the training pairs falls at the system threshold 0.70.

    python -m benchmarks.resolve.fit            # prints the fit and rewrites src/chainlight/resolve/match_v2/weights.py
"""

from __future__ import annotations

import csv
import math
import zlib
from pathlib import Path

import numpy as np

from chainlight.resolve.keys import Analysis, analyse
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import scorer
from chainlight.resolve.match_v2.features import PairFeatures
from chainlight.resolve.match_v2.weights import WEIGHTS

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT.parent / "shared" / "data" / "name_matching" / "nomenklatura" / "name_bench_cases.csv"
OUT = ROOT / "src" / "chainlight" / "resolve" / "match_v2" / "weights.py"
# generic_only stays match_v1's multiplier (the training data has almost no such pairs)
# (as is syllable_conflict for people: a rule, see match_v2/scorer.py)
NAMES = [k for k in PairFeatures.__dataclass_fields__ if k not in ("generic_only", "syllable_conflict")]


def is_train(a: str, b: str) -> bool:
    return zlib.crc32(f"{a}\t{b}".encode()) % 2 == 0


def vector(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> list[float]:
    """Features of the rendering pair the current weights score best (the pair scoring will use)."""
    best: tuple[float, list[float]] = (-1e9, [0.0] * len(NAMES))
    for q in qa.renderings:
        for c in ca.renderings:
            f = scorer.pair_features(qa, ca, q, c, rarity, person).as_dict()
            z = sum(WEIGHTS.get(k, 0.0) * f[k] for k in NAMES)
            if z > best[0]:
                best = (z, [f[k] for k in NAMES])
    return best[1]


def bench_pairs(train: bool) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    with open(BENCH, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if is_train(r["name1"], r["name2"]) != train:
                continue
            xs.append(vector(analyse(r["name1"]), analyse(r["name2"]), lambda _t: 1.0, r["schema"] == "Person"))
            ys.append(int(r["is_match"] == "true"))
    return xs, ys


def cross_pairs() -> tuple[list[list[float]], list[int]]:
    from benchmarks.resolve.crossscript import build, load_lists
    from chainlight.resolve import Matcher
    ents = load_lists()
    m = Matcher(ents)
    xs, ys = [], []
    for c in build(ents):
        if c.split != "train":
            continue
        qa = analyse(c.name)
        if qa.empty:
            continue
        seen: set[int] = set()
        for name_no in m.index.candidates(qa, limit=10):
            owner = m.index.owner[name_no]
            if owner in seen:
                continue
            seen.add(owner)
            r = m.resolved[owner]
            person = (c.schema or r.schema) == "Person"
            xs.append(vector(qa, analyse(m.index.names[name_no]), m.index.rarity, person))
            ys.append(int(c.target is not None and c.target in r.source_ids))
    return xs, ys


def logistic(x: np.ndarray, y: np.ndarray, sw: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    reg = np.full(x1.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x1 @ w)))
        grad = x1.T @ (sw * (p - y)) + reg * w
        hess = (x1 * (sw * p * (1 - p))[:, None]).T @ x1 + np.diag(reg + 1e-9)
        w -= np.linalg.solve(hess, grad)
    return w


def best_cut(p: np.ndarray, y: np.ndarray, sw: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for t in np.linspace(0.05, 0.95, 91):
        pred = p >= t
        tp = float(np.sum(sw * (pred & (y == 1))))
        fp = float(np.sum(sw * (pred & (y == 0))))
        fn = float(np.sum(sw * (~pred & (y == 1))))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def main() -> None:
    bx, by = bench_pairs(train=True)
    cx, cy = cross_pairs()
    x = np.array(bx + cx, dtype=float)
    y = np.array(by + cy, dtype=float)
    # the bench pairs count as much in total as the (more numerous) cross-script candidate pairs
    sw = np.array([len(cy) / max(len(by), 1)] * len(by) + [1.0] * len(cy))
    w = logistic(x, y, sw)
    p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))
    cut, f1 = best_cut(p, y, sw)
    bias = float(w[-1] - math.log(cut / (1 - cut)) + math.log(0.7 / 0.3))
    print(f"train pairs: bench {len(by)} ({sum(by)} matches), cross-script {len(cy)} ({sum(cy)} matches)")
    print(f"F1-best cut {cut:.2f} (train F1 {f1:.3f}); weights:", dict(zip(NAMES, np.round(w[:-1], 3).tolist(), strict=True)))
    body = ",\n".join(f'    "{k}": {float(v):.3f}' for k, v in zip(NAMES, w[:-1], strict=True))
    OUT.write_text(
        '"""match_v2 weights (logit scale).  Written by `python -m benchmarks.resolve.fit`; do not edit by hand.\n\n'
        f"Fitted on {len(by)} name_bench training pairs and {len(cy)} cross-script training pairs; the raw bias\n"
        f'{w[-1]:.3f} is shifted so that the training F1-best cut ({cut:.2f}) falls at 0.70.\n"""\n\n'
        f"BIAS = {bias:.3f}\nWEIGHTS: dict[str, float] = {{\n{body},\n}}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
