"""Screening a query set against a watchlist made by ../shared/bench/gen_names.py.

Each method runs in its own process so that its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from benchmarks.resolve.metrics import prf


def load(folder: Path) -> tuple[list[dict], list[dict], dict[str, dict]]:  # type: ignore[type-arg]
    def lines(name: str) -> list[dict]:  # type: ignore[type-arg]
        with open(folder / name, encoding="utf-8") as f:
            return [json.loads(x) for x in f]
    truth = {t["qid"]: t for t in lines("truth.jsonl")}
    return lines("watchlist.jsonl"), lines("queries.jsonl"), truth


def _score(top: dict[str, tuple[str | None, float]], truth: dict[str, dict], threshold: float,  # type: ignore[type-arg]
           only: set[str] | None = None) -> dict[str, float]:
    pairs, hits, positives = [], 0, 0
    for qid, t in truth.items():
        if only is not None and t.get("script") not in only:
            continue
        ok_ids = {t["entity_id"], *(t.get("alt_ids") or [])} - {None}
        eid, s = top.get(qid, (None, 0.0))
        right = eid in ok_ids
        positives += bool(ok_ids)
        hits += bool(ok_ids) and right
        pred = s >= threshold
        pairs.append((pred and right, bool(ok_ids)))
        if pred and not right:
            pairs.append((True, False))  # a wrong entity above the threshold is a false positive
    return {"R@1": hits / positives if positives else 0.0, **prf(pairs)}


def chainlight_top(watch: list[dict], queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query
    from chainlight.resolve.match_v2 import THRESHOLD

    ents = [Entity(w["id"], w["schema"], "bench", w["id"],
                   [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(w["names"])]) for w in watch]
    watch.clear()  # the JSON rows are not needed once converted (a million of them take ~0.5 GB)
    t = time.perf_counter()
    m = Matcher(ents)
    TIMES["build_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    results = m.match_many([Query(q["qid"], q["name"], q.get("schema")) for q in queries], limit=1,
                           workers=WORKERS)
    TIMES["query_s"] = round(time.perf_counter() - t, 2)
    top = {}
    for q, r in zip(queries, results, strict=True):
        top[q["qid"]] = (r[0].member_ids[0], r[0].score) if r else (None, 0.0)
    return top, THRESHOLD


def rapidfuzz_top(watch: list[dict], queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    names, owners = [], []
    for w in watch:
        for n in w["names"]:
            names.append(n)
            owners.append(w["id"])
    top = {}
    for start in range(0, len(queries), 256):  # chunks keep the score matrix small
        chunk = queries[start:start + 256]
        mat = process.cdist([q["name"] for q in chunk], names, scorer=fuzz.token_sort_ratio,
                            processor=utils.default_process, workers=-1, dtype=np.uint8)
        best = mat.argmax(axis=1)
        for q, j, row in zip(chunk, best, mat, strict=True):
            top[q["qid"]] = (owners[j], float(row[j]) / 100)
    return top, 0.85


WORKERS = 2  # the machine's two cores
TIMES: dict[str, float] = {}  # build and query seconds of the last chainlight run

METHODS = {"chainlight": chainlight_top, "rapidfuzz-cdist": rapidfuzz_top}


def _peak_mb() -> int:
    """VmHWM of this process (ru_maxrss would carry over the parent's peak across exec)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run_one(method: str, folder: Path) -> dict[str, object]:
    watch, queries, truth = load(folder)
    m = len(watch)
    t = time.perf_counter()
    top, threshold = METHODS[method](watch, queries)
    wall = time.perf_counter() - t
    cross = _score(top, truth, threshold, only={"hangul", "hanzi", "han", "hant", "hans"})
    return {"method": method, "M": m, "N": len(queries), "wall_s": round(wall, 2),
            "build_s": TIMES.get("build_s", "-"), "query_s": TIMES.get("query_s", "-"),
            "q_per_s": round(len(queries) / wall, 1),
            "peak_MB": _peak_mb(),
            **_score(top, truth, threshold), "cross_script_R@1": cross["R@1"]}
