"""Screening a query set against a watchlist made by ../shared/bench/gen_names.py.

Each method runs in its own process so that its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.resolve.metrics import prf
from chainlight.model.entity import Entity, Name


def stream(path: Path) -> Iterator[dict]:  # type: ignore[type-arg]
    with open(path, encoding="utf-8") as f:
        for x in f:
            yield json.loads(x)


def load(folder: Path) -> tuple[list[dict], list[dict], dict[str, dict]]:  # type: ignore[type-arg]
    truth = {t["qid"]: t for t in stream(folder / "truth.jsonl")}
    return list(stream(folder / "watchlist.jsonl")), list(stream(folder / "queries.jsonl")), truth


def watch_entities(folder: Path) -> Iterator[Entity]:
    """The watchlist as Entity objects read one line at a time: the Matcher keeps only compact columns."""
    for w in stream(folder / "watchlist.jsonl"):
        yield Entity(w["id"], w["schema"], "bench", w["id"],
                     [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(w["names"])])


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


def _score_top5(truth: dict[str, dict], threshold: float) -> dict[str, float]:  # type: ignore[type-arg]
    """The top-5 rule (the gen_names README's peers): every one of a query's five best at or above the threshold
    is a prediction; one right entity among them is a true positive (further right ones count for nothing), each
    wrong one a false positive; a matching query with no right one among them a false negative."""
    tp = fp = fn = 0
    for qid, t in truth.items():
        ok_ids = {t["entity_id"], *(t.get("alt_ids") or [])} - {None}
        predicted = [eid for eid, s in TOP5.get(qid, []) if s >= threshold]
        right = any(eid in ok_ids for eid in predicted)
        tp += right
        fp += sum(1 for eid in predicted if eid not in ok_ids)
        fn += bool(ok_ids) and not right
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"top5_precision": p, "top5_recall": r, "top5_f1": 2 * p * r / (p + r) if p + r else 0.0}


SAVED = "matcher.pkl"  # the built matcher, written by the build run beside the generated data


def chainlight_build(folder: Path, queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    """Build the matcher from the watchlist (reading and parsing the JSON lines included) and save it: a
    large list is indexed once; the screening run then loads it in a fresh process."""
    from chainlight.resolve import Matcher
    from chainlight.resolve.match_v5 import THRESHOLD

    t = time.perf_counter()
    m = Matcher(watch_entities(folder))
    TIMES["build_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    m.save(folder / SAVED)
    TIMES["save_s"] = round(time.perf_counter() - t, 2)
    # numba compiles the candidate loop once per install and caches it; doing that here, as an install or
    # an index build would, keeps the compiler out of the screening figures (loading the cache stays in)
    m.index.prepare()
    return {}, THRESHOLD


def chainlight_top(folder: Path, queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    from chainlight.resolve import Matcher, Query
    from chainlight.resolve.match_v5 import THRESHOLD

    t = time.perf_counter()
    if (folder / SAVED).exists():
        m = Matcher.load(folder / SAVED)
        TIMES["load_s"] = round(time.perf_counter() - t, 2)
    else:
        m = Matcher(watch_entities(folder))
        TIMES["build_s"] = round(time.perf_counter() - t, 2)
    LAST["matcher"] = m
    t = time.perf_counter()
    results = m.match_many([Query(q["qid"], q["name"], q.get("schema")) for q in queries], limit=1,
                           workers=WORKERS)
    TIMES["query_s"] = round(time.perf_counter() - t, 2)
    top = {}
    for q, r in zip(queries, results, strict=True):
        top[q["qid"]] = (r[0].member_ids[0], r[0].score) if r else (None, 0.0)
    if TOP5_PASS:
        # an untimed second pass: asked for one match the matcher stops early, so the five best are asked apart
        t = time.perf_counter()
        fives = m.match_many([Query(q["qid"], q["name"], q.get("schema")) for q in queries], limit=5,
                             workers=WORKERS)
        for q, r in zip(queries, fives, strict=True):
            TOP5[q["qid"]] = [(x.member_ids[0], x.score) for x in r]
        TIMES["top5_pass_s"] = round(time.perf_counter() - t, 2)  # taken out of the wall time
    return top, THRESHOLD


def rapidfuzz_top(folder: Path, queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    names, owners = [], []
    for w in stream(folder / "watchlist.jsonl"):
        for n in w["names"]:
            names.append(n)
            owners.append(w["id"])
    top = {}
    for start in range(0, len(queries), 256):  # chunks keep the score matrix small
        chunk = queries[start:start + 256]
        mat = process.cdist([q["name"] for q in chunk], names, scorer=fuzz.token_sort_ratio,
                            processor=utils.default_process, workers=-1, dtype=np.uint8)
        best = mat.argmax(axis=1)
        five = np.argpartition(-mat.astype(np.int16), min(5, len(names)) - 1, axis=1)[:, :5]
        for q, j, row, js in zip(chunk, best, mat, five, strict=True):
            top[q["qid"]] = (owners[j], float(row[j]) / 100)
            ranked: dict[str, float] = {}
            for i in sorted(js.tolist(), key=lambda i: -int(row[i])):
                ranked.setdefault(owners[i], float(row[i]) / 100)
            TOP5[q["qid"]] = list(ranked.items())
    return top, 0.85


LOGIC_V2_QUERIES = 2000  # logic-v2 takes ~10-40 ms a query: it screens the first 2,000 (all of a 1k set)
LOGIC_V2_CANDIDATES = 10


def logic_v2_top(folder: Path, queries: list[dict]) -> tuple[dict[str, tuple[str | None, float]], float]:  # type: ignore[type-arg]
    """OpenSanctions' logic-v2 (nomenklatura) as yente runs it: a candidate search (here rapidfuzz's
    token_sort_ratio over every list name, the 10 best), then logic-v2 on each candidate entity; threshold 0.7.
    Only the first LOGIC_V2_QUERIES queries are screened (SAMPLE says which)."""
    import numpy as np
    from followthemoney import model
    from nomenklatura.matching import get_algorithm
    from nomenklatura.matching.types import ScoringConfig
    from rapidfuzz import fuzz, process, utils

    algo, cfg = get_algorithm("logic-v2"), ScoringConfig.defaults()
    entities = list(stream(folder / "watchlist.jsonl"))
    names, owners = [], []
    for i, w in enumerate(entities):
        for n in w["names"]:
            names.append(n)
            owners.append(i)
    proxies: dict[int, Any] = {}

    def proxy(i: int) -> Any:
        if i not in proxies:
            w = entities[i]
            p = model.make_entity(w["schema"] if w["schema"] in model.schemata else "LegalEntity")
            p.id = w["id"]
            p.add("name", w["names"])
            proxies[i] = p
        return proxies[i]

    sample = queries[:LOGIC_V2_QUERIES]
    SAMPLE.update(q["qid"] for q in sample)
    top: dict[str, tuple[str | None, float]] = {}
    for start in range(0, len(sample), 256):
        chunk = sample[start:start + 256]
        mat = process.cdist([q["name"] for q in chunk], names, scorer=fuzz.token_sort_ratio,
                            processor=utils.default_process, workers=-1, dtype=np.uint8)
        k = min(LOGIC_V2_CANDIDATES, len(names))
        best_names = np.argpartition(-mat.astype(np.int16), k - 1, axis=1)[:, :k]
        for q, cand in zip(chunk, best_names, strict=True):
            query = model.make_entity(q.get("schema") if q.get("schema") in model.schemata else "LegalEntity")
            query.id = f"q-{q['qid']}"
            query.add("name", q["name"])
            best: tuple[str | None, float] = (None, 0.0)
            scored = []
            for i in dict.fromkeys(owners[j] for j in cand):
                score = float(algo.compare(query, proxy(i), cfg).score)
                scored.append((entities[i]["id"], score))
                if score > best[1]:
                    best = (entities[i]["id"], score)
            top[q["qid"]] = best
            TOP5[q["qid"]] = sorted(scored, key=lambda x: -x[1])[:5]
    return top, 0.7


SAMPLE: set[str] = set()  # the queries a sampled method screened (empty: all)
# each query's five best (entity id, score), for the top-5 counting rule; filled by every method's run
TOP5: dict[str, list[tuple[str, float]]] = {}
WORKERS = 2  # the machine's two cores
TOP5_PASS = True  # chainlight's untimed second pass for the top-5 rule (off: rank-1 figures only)
TIMES: dict[str, float] = {}  # build and query seconds of the last chainlight run

METHODS = {"chainlight-build": chainlight_build, "chainlight": chainlight_top, "rapidfuzz-cdist": rapidfuzz_top,
           "logic-v2": logic_v2_top}


def _peak_mb() -> int:
    """VmHWM of this process (ru_maxrss would carry over the parent's peak across exec)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def candidate_recall(m: Any, queries: list[dict], truth: dict[str, dict], ks: tuple[int, ...] = (12, 200),  # type: ignore[type-arg]
                     sample: int = 3000) -> dict[str, float]:
    """Share of positive queries (of the first `sample`) whose true entity is among the index's K best names,
    and among the names the detailed scorer sees (the shortlist): where recall is lost before scoring."""
    from chainlight.resolve.rendering import render_name

    hits = dict.fromkeys(ks, 0)
    short = positives = 0
    for q in queries[:sample]:
        t = truth[q["qid"]]
        ok = {t["entity_id"], *(t.get("alt_ids") or [])} - {None}
        if not ok:
            continue
        positives += 1
        qa = render_name(q["name"])
        found = [set(m.resolved[m.index.owner[i]].member_ids) for i, _ in m.index.scored_candidates(qa, max(ks))]
        for k in ks:
            hits[k] += any(f & ok for f in found[:k])
        short += any(set(m.resolved[m.index.owner[i]].member_ids) & ok for i in m._shortlist(qa, 1))
    n = max(positives, 1)
    return {**{f"cand_R@{k}": round(v / n, 3) for k, v in hits.items()}, "shortlist_R": round(short / n, 3)}


LAST: dict[str, Any] = {}  # the last chainlight Matcher, for candidate_recall after the timed run


def run_one(method: str, folder: Path) -> dict[str, object]:
    queries = list(stream(folder / "queries.jsonl"))
    truth = {t["qid"]: t for t in stream(folder / "truth.jsonl")}
    SAMPLE.clear()  # a sampled method fills it again
    TOP5.clear()
    t = time.perf_counter()
    top, threshold = METHODS[method](folder, queries)
    wall = time.perf_counter() - t - float(TIMES.pop("top5_pass_s", 0.0))
    if SAMPLE:  # a slow peer screened the first queries only: its figures are on those
        queries = [q for q in queries if q["qid"] in SAMPLE]
        truth = {k: v for k, v in truth.items() if k in SAMPLE}
    with open(folder / "meta.json", encoding="utf-8") as f:
        m = int(json.load(f)["entities"])
    head: dict[str, object] = {"method": method, "M": m, "N": len(queries), "wall_s": round(wall, 2),
                               **{k: TIMES.get(k, "-") for k in ("build_s", "save_s", "load_s", "query_s")}}
    if method == "chainlight-build":
        return {**head, "peak_MB": _peak_mb()}
    cross = _score(top, truth, threshold, only={"hangul", "hanzi", "han", "hant", "hans"})
    five = _score_top5(truth, threshold) if TOP5 else {}
    return {**head, "q_per_s": round(len(queries) / wall, 1), "peak_MB": _peak_mb(),
            **_score(top, truth, threshold), **five, "cross_script_R@1": cross["R@1"],
            **(candidate_recall(LAST["matcher"], queries, truth) if "matcher" in LAST else {})}
