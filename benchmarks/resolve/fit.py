"""Fit a scorer's weights: logistic regression (numpy, Newton steps, L2) on training splits, then write weights.py.

Training pairs: the half of OpenSanctions' name_bench_cases whose crc32 is even, and for the training half of
the cross-script set each query against its 10 best index candidates on the full OFAC + UN lists (label:
the candidate is the listed body).  For match_v3 to match_v5 also screening pairs: ../shared/bench/gen_names.py with
seed 2 (the benchmark uses seed 1), 100k entities, each query against the names the index shortlists for it.
The test halves and the benchmark's seed are never seen here.  The bias is then shifted so that the F1-best
cut on the training pairs falls at the system threshold 0.70.  Each source counts as much in total.

    python -m benchmarks.resolve.fit --scorer match_v5   # rewrites src/chainlight/resolve/match_v5/weights.py
    python -m benchmarks.resolve.fit --scorer match_v3   # (match_v3's fit, released weights: do not rewrite)
    python -m benchmarks.resolve.fit --scorer match_v2   # (match_v2's fit; its keys have moved on since)
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import math
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2.features import PairFeatures
from chainlight.resolve.rendering import Analysis, render_name

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT.parent / "shared" / "data" / "name_matching" / "nomenklatura" / "name_bench_cases.csv"
GEN = ROOT.parent / "shared" / "bench" / "gen_names.py"
# generic_only stays match_v1's multiplier (the training data has almost no such pairs)
# (as is syllable_conflict for people: a rule, see match_v2/scorer.py)
V2_NAMES = [k for k in PairFeatures.__dataclass_fields__ if k not in ("generic_only", "syllable_conflict")]
FEATURES = {"match_v2": V2_NAMES,
            "match_v3": [*V2_NAMES, "person_extra", "person_subset", "syllable_diff", "syllable_miss", "letters",
                         "weakest"]}
FEATURES["match_v4"] = [*FEATURES["match_v3"], "front_extra", "trade_extra", "slip"]
FEATURES["match_v5"] = [*FEATURES["match_v4"], "trade_written"]  # reading_differs is a rule
FEATURES["match_v6"] = FEATURES["match_v5"]  # match_v5 refitted on gen_names seed 11
FEATURES["match_v7"] = FEATURES["match_v6"]  # match_v6 and a rule: its weights are match_v6's
GEN_SEED, GEN_ENTITIES, GEN_QUERIES = 11, 100_000, 8000  # seed 11: no benchmark set uses it (match_v5 had 2)
GEN_SHARE = 2.0  # the screening pairs count this many times as much in total as each of the other sources

NAMES: list[str] = V2_NAMES
SCORER: ModuleType | Any = None
WEIGHTS: dict[str, float] = {}
OUT = ROOT / "src" / "chainlight" / "resolve" / "match_v2" / "weights.py"


def use(name: str) -> None:
    global NAMES, SCORER, WEIGHTS, OUT
    NAMES = FEATURES[name]
    SCORER = importlib.import_module(f"chainlight.resolve.{name}.scorer")
    WEIGHTS = dict(importlib.import_module(f"chainlight.resolve.{name}.weights").WEIGHTS)
    OUT = ROOT / "src" / "chainlight" / "resolve" / name / "weights.py"


def is_train(a: str, b: str) -> bool:
    return zlib.crc32(f"{a}\t{b}".encode()) % 2 == 0


def vector(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> list[float]:
    """Features of the rendering pair the current weights score best (the pair scoring will use)."""
    best: tuple[float, list[float]] = (-1e9, [0.0] * len(NAMES))
    pairs = SCORER.rendering_pairs(qa, ca) if hasattr(SCORER, "rendering_pairs") else \
        [(q, c) for q in qa.renderings for c in ca.renderings]
    for q, c in pairs:
        f = SCORER.pair_features(qa, ca, q, c, rarity, person)
        f = f if isinstance(f, dict) else f.as_dict()
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
            xs.append(vector(render_name(r["name1"]), render_name(r["name2"]), lambda _t: 1.0, r["schema"] == "Person"))
            ys.append(int(r["is_match"] == "true"))
    return xs, ys


def cross_pairs() -> tuple[list[list[float]], list[int]]:
    from benchmarks.resolve.crossscript import cases as frozen_cases
    from benchmarks.resolve.crossscript import load_lists
    from chainlight.resolve import Matcher
    ents = load_lists()
    m = Matcher(ents, scorer=SCORER.NAME)
    xs, ys = [], []
    for c in frozen_cases(ents):
        if c.split != "train":
            continue
        qa = render_name(c.name)
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
            xs.append(vector(qa, render_name(m.index.names[name_no]), m.index.rarity, person))
            ys.append(int(c.target is not None and c.target in r.source_ids))
    return xs, ys


GROUPS: list[int] = []  # per screening pair: the number of its query (the cut is set on each query's top hit)


def gen_pairs() -> tuple[list[list[float]], list[int]]:
    """Screening pairs on a generated watchlist: each query against the names the index shortlists."""
    from benchmarks.resolve.screening import stream, watch_entities
    from chainlight.resolve import Matcher

    xs, ys = [], []
    GROUPS.clear()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, str(GEN), "-M", str(GEN_ENTITIES), "-N", str(GEN_QUERIES),
                        "--seed", str(GEN_SEED), "--out", str(folder)], check=True, capture_output=True)
        m = Matcher(watch_entities(folder), scorer=SCORER.NAME)
        truth = {t["qid"]: t for t in stream(folder / "truth.jsonl")}
        for qn, q in enumerate(stream(folder / "queries.jsonl")):
            t = truth[q["qid"]]
            ok = {t["entity_id"], *(t.get("alt_ids") or [])} - {None}
            qa = render_name(q["name"])
            if qa.empty:
                continue
            seen: set[int] = set()
            for name_no in m._shortlist(qa, 5):
                owner = m.index.owner[name_no]
                if owner in seen:
                    continue
                seen.add(owner)
                r = m.resolved[owner]
                person = (q.get("schema") or r.schema) == "Person"
                xs.append(vector(qa, render_name(m.index.names[name_no]), m.index.rarity, person))
                ys.append(int(bool(set(r.member_ids) & ok)))
                GROUPS.append(qn if ok else -1 - qn)  # negative: a query with no true entity
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


def best_cut(p: np.ndarray, y: np.ndarray, sw: np.ndarray, n_screen: int = 0) -> tuple[float, float]:
    """The cut with the best F1: pair by pair for the first len(p) - n_screen pairs, and for the screening
    pairs (the last n_screen) as a screen decides: each query's top hit, right or wrong, above the cut or not."""
    k = len(p) - n_screen
    top_p, top_y, top_w, positives = _top_hits(p[k:], y[k:], sw[k:])
    best = (0.5, 0.0)
    for t in np.linspace(0.05, 0.95, 91):
        pred = p[:k] >= t
        tp = float(np.sum(sw[:k] * (pred & (y[:k] == 1))))
        fp = float(np.sum(sw[:k] * (pred & (y[:k] == 0))))
        fn = float(np.sum(sw[:k] * (~pred & (y[:k] == 1))))
        hit = top_p >= t
        s_tp = float(np.sum(top_w * (hit & (top_y == 1))))
        tp, fp, fn = tp + s_tp, fp + float(np.sum(top_w * (hit & (top_y == 0)))), fn + positives - s_tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (float(t), f1)
    return best


def _top_hits(p: np.ndarray, y: np.ndarray, sw: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Per screening query: the probability and label of its best candidate, its weight; and the weighted
    number of queries that have a true entity (each is a miss unless its top hit is right and above the cut)."""
    if not len(p):
        return p, y, sw, 0.0
    groups = np.array(GROUPS)
    order = np.lexsort((-p, groups))
    first = np.unique(groups[order], return_index=True)[1]
    top = order[first]
    w = sw[top] * 5  # a query stands for its (about five) candidate pairs
    return p[top], y[top], w, float(np.sum(w[groups[top] >= 0]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scorer", default="match_v6", choices=sorted(FEATURES))
    ap.add_argument("--rounds", type=int, default=2, help="refits; each picks rendering pairs by the last weights")
    ap.add_argument("--entities", type=int, default=GEN_ENTITIES,
                    help="generated watchlist size: a larger list has more near names, as a real screen meets")
    ap.add_argument("--seed", type=int, default=GEN_SEED,
                    help="gen_names seed of the screening pairs: one no benchmark set uses (benchmarks: 1, 2, 3 "
                         "the peers' sets, 4 the test snapshot, 5 the lists set's negatives, 12 the index benchmark)")
    ap.add_argument("--out", type=Path, default=None, help="write the weights here instead of the scorer's file")
    args = ap.parse_args(argv)
    _set_entities(args.entities)
    use(args.scorer)
    _set_seed(args.seed, args.out)
    for _ in range(args.rounds):
        w, x, y, sw, counts = _fit(args.scorer)
        WEIGHTS.update(zip(NAMES, w[:-1].tolist(), strict=True))
    by, cy, gy = counts
    _write(w, x, y, sw, by, cy, gy)


def _set_seed(seed: int, out: Path | None) -> None:
    global GEN_SEED, OUT
    GEN_SEED = seed
    if out is not None:
        OUT = out


def _set_entities(n: int) -> None:
    global GEN_ENTITIES
    GEN_ENTITIES = n


def _fit(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, tuple[list[int], list[int], list[int]]]:
    bx, by = bench_pairs(train=True)
    cx, cy = cross_pairs()
    gx, gy = gen_pairs() if name != "match_v2" else ([], [])
    x = np.array(bx + cx + gx, dtype=float)
    y = np.array(by + cy + gy, dtype=float)
    # each source counts as much in total as the cross-script candidate pairs, the screening pairs GEN_SHARE times
    sw = np.array([len(cy) / max(len(by), 1)] * len(by) + [1.0] * len(cy) + [GEN_SHARE * len(cy) / max(len(gy), 1)] * len(gy))
    w = logistic(x, y, sw)
    print(json.dumps(dict(zip(NAMES, np.round(w[:-1], 3).tolist(), strict=True))), file=sys.stderr)
    return w, x, y, sw, (by, cy, gy)


def _write(w: np.ndarray, x: np.ndarray, y: np.ndarray, sw: np.ndarray, by: list[int], cy: list[int],
           gy: list[int]) -> None:
    p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))
    cut, f1 = best_cut(p, y, sw, n_screen=len(gy))
    bias = float(w[-1] - math.log(cut / (1 - cut)) + math.log(0.7 / 0.3))
    print(f"train pairs: bench {len(by)} ({sum(by)} matches), cross-script {len(cy)} ({sum(cy)} matches), "
          f"screening {len(gy)} ({sum(gy)} matches)")
    print(f"F1-best cut {cut:.2f} (train F1 {f1:.3f}); weights:", dict(zip(NAMES, np.round(w[:-1], 3).tolist(), strict=True)))
    body = ",\n".join(f'    "{k}": {float(v):.3f}' for k, v in zip(NAMES, w[:-1], strict=True))
    OUT.write_text(
        f'"""{SCORER.NAME} weights (logit scale).  Written by `python -m benchmarks.resolve.fit --scorer {SCORER.NAME}`;'
        ' do not edit by hand.\n\n'
        f"Fitted on {len(by)} name_bench training pairs, {len(cy)} cross-script training pairs and {len(gy)} generated\n"
        f"screening pairs (gen_names seed {GEN_SEED}, {GEN_ENTITIES:,} entities); the raw bias\n"
        f'{w[-1]:.3f} is shifted so that the training F1-best cut ({cut:.2f}) falls at 0.70.\n"""\n\n'
        f"BIAS = {bias:.3f}\nWEIGHTS: dict[str, float] = {{\n{body},\n}}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
