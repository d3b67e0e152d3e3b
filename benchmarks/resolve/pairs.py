"""Pairwise quality: OpenSanctions' name_bench_cases, chainlight match_v1 next to logic-v2 (frozen and live)."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.resolve.metrics import prf

from chainlight.resolve import name_similarity
from chainlight.resolve.match_v1 import THRESHOLD


def logic_v2():  # type: ignore[no-untyped-def]
    """nomenklatura's logic-v2 as a pair scorer, or None when nomenklatura is not installed."""
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
        from nomenklatura.matching.types import ScoringConfig
    except ImportError:
        return None
    algo, cfg = get_algorithm("logic-v2"), ScoringConfig.defaults()
    counter = iter(range(10**9))  # logic-v2 caches by entity id: every entity needs a fresh one

    def score(a: str, b: str, schema: str) -> float:
        def make(name: str):  # type: ignore[no-untyped-def]
            e = model.make_entity(schema if schema in model.schemata else "LegalEntity")
            e.id = f"x{next(counter)}"
            e.add("name", name)
            return e
        return float(algo.compare(make(a), make(b), cfg).score)
    return score


def run(data: Path) -> list[dict[str, object]]:
    base = data / "name_matching" / "nomenklatura"
    with open(base / "name_bench_logicv2-frozen.csv", encoding="utf-8") as f:
        frozen = {(r["case_group"], r["schema"], r["name1"], r["name2"]): r for r in csv.DictReader(f)}
    with open(base / "name_bench_cases.csv", encoding="utf-8") as f:
        cases = [r for r in csv.DictReader(f) if (r["case_group"], r["schema"], r["name1"], r["name2"]) in frozen]
    truth = [r["is_match"] == "true" for r in cases]
    ours = [name_similarity(r["name1"], r["name2"], r["schema"])[0] >= THRESHOLD for r in cases]
    v2f = [frozen[(r["case_group"], r["schema"], r["name1"], r["name2"])]["predicted_match"] == "true"
           for r in cases]
    rows = [{"set": "nomenklatura name_bench_cases", "method": f"chainlight match_v1 @{THRESHOLD}",
             "pairs": len(cases), **prf(zip(ours, truth, strict=True))},
            {"set": "nomenklatura name_bench_cases", "method": "logic-v2 frozen", "pairs": len(cases),
             **prf(zip(v2f, truth, strict=True))}]
    live = logic_v2()
    if live is not None:
        v2 = [live(r["name1"], r["name2"], r["schema"]) >= 0.7 for r in cases]
        rows.append({"set": "nomenklatura name_bench_cases", "method": "logic-v2 live @0.7", "pairs": len(cases),
                     **prf(zip(v2, truth, strict=True))})
    return rows
