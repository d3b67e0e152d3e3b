"""Cross-script set: chainlight's Matcher (full OFAC + UN lists) next to logic-v2 behind a candidate search.

logic-v2 cannot look at 16,000 list entries per query in reasonable time, so it rescores the 10 best
candidates of a rapidfuzz token_sort_ratio search over all list names (the yente-style setup peers use).
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from benchmarks.resolve.crossscript import Case, load_lists
from benchmarks.resolve.crossscript import cases as frozen_cases
from benchmarks.resolve.metrics import prf
from chainlight.model.entity import Entity


def _figures(cases: list[Case], top: dict[str, tuple[set[str], float]], threshold: float) -> dict[str, Any]:
    pairs: list[tuple[bool, bool]] = []
    decoys = decoy_hits = 0
    for c in cases:
        ids, score = top.get(c.qid, (set(), 0.0))
        pred = score >= threshold
        if c.target is None:
            decoys += 1
            decoy_hits += pred
            pairs.append((pred, False))
            continue
        right = c.target in ids or bool(ids & set(c.alts))
        pairs.append((pred and right, True))
        if pred and not right:
            pairs.append((True, False))
    out = prf(pairs)
    return {**out, "decoys_matched": decoy_hits / decoys if decoys else 0.0}


def chainlight_top(ents: list[Entity], cases: list[Case], scorer: str | None = None) -> dict[str, tuple[set[str], float]]:
    from chainlight.resolve import Matcher, Query
    m = Matcher(ents) if scorer is None else Matcher(ents, scorer=scorer)  # type: ignore[call-arg]
    top = {}
    for c in cases:
        r = m.match(Query(c.qid, c.name, c.schema, c.country), limit=1)
        top[c.qid] = (set(r[0].source_ids) | {m_.replace("-", ":", 1) for m_ in r[0].member_ids}, r[0].score) \
            if r else (set(), 0.0)
    return top


def logic_v2_top(ents: list[Entity], cases: list[Case]) -> dict[str, tuple[set[str], float]] | None:
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
        from nomenklatura.matching.types import ScoringConfig
    except ImportError:
        return None
    from rapidfuzz import fuzz, process, utils
    algo, cfg = get_algorithm("logic-v2"), ScoringConfig.defaults()
    names, owners = [], []
    for i, e in enumerate(ents):
        for n in e.names:
            names.append(n.value)
            owners.append(i)
    proxies: dict[int, Any] = {}

    def proxy(i: int) -> Any:
        if i not in proxies:
            e = ents[i]
            p = model.make_entity(e.schema if e.schema in model.schemata else "LegalEntity")
            p.id = f"e{i}"
            p.add("name", [n.value for n in e.names])
            proxies[i] = p
        return proxies[i]

    top = {}
    for c in cases:
        q = model.make_entity(c.schema if c.schema in model.schemata else "LegalEntity")
        q.id = f"q-{c.qid}"
        q.add("name", c.name)
        hits = process.extract(c.name, names, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                               limit=10)
        best: tuple[set[str], float] = (set(), 0.0)
        for i in dict.fromkeys(owners[h[2]] for h in hits):
            s = float(algo.compare(q, proxy(i), cfg).score)
            if s > best[1]:
                best = ({ents[i].source_ref}, s)
        top[c.qid] = best
    return top


def run(splits: tuple[str, ...] = ("test", "train")) -> list[dict[str, object]]:
    ents = load_lists()
    cases = frozen_cases(ents)
    rows: list[dict[str, object]] = []
    methods: list[tuple[str, float, Any]] = [
        ("chainlight match_v5 @0.70", 0.70, lambda cs: chainlight_top(ents, cs)),
        ("chainlight match_v4 @0.70", 0.70, lambda cs: chainlight_top(ents, cs, "match_v4")),
        ("chainlight match_v3 @0.70", 0.70, lambda cs: chainlight_top(ents, cs, "match_v3")),
        ("chainlight match_v2 @0.70", 0.70, lambda cs: chainlight_top(ents, cs, "match_v2")),
        ("chainlight match_v1 @0.70", 0.70, lambda cs: chainlight_top(ents, cs, "match_v1")),
        ("logic-v2 live @0.70 (top-10 rapidfuzz candidates)", 0.70, lambda cs: logic_v2_top(ents, cs)),
    ]
    for label, th, fn in methods:
        t = time.perf_counter()
        top = fn(cases)
        wall = time.perf_counter() - t
        if top is None:
            continue
        for split in splits:
            sub = [c for c in cases if c.split == split]
            kinds = Counter(c.kind for c in sub)
            rows.append({"split": split, "method": label, "queries": len(sub),
                         "decoys": sum(v for k, v in kinds.items() if k.startswith("decoy")),
                         **_figures(sub, top, th), "wall_s": round(wall, 1)})
    return rows


def by_kind(scorer: str | None = None) -> dict[str, float]:
    """Recall (positives) or share matched (decoys) per kind, for finding what to fix."""
    ents = load_lists()
    cases = frozen_cases(ents)
    top = chainlight_top(ents, cases, scorer)
    out: dict[str, list[int]] = {}
    for c in cases:
        ids, s = top[c.qid]
        ok = (s >= 0.7) if c.target is None else (s >= 0.7 and (c.target in ids or bool(ids & set(c.alts))))
        out.setdefault(c.kind, []).append(int(ok))
    return {k: sum(v) / len(v) for k, v in out.items()}
