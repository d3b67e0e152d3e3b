"""Pairwise quality: OpenSanctions' name_bench_cases, chainlight's scorers next to logic-v2 (frozen and live)."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.resolve.fit import is_train
from benchmarks.resolve.metrics import prf
from chainlight.resolve import name_similarity, scorers
from chainlight.resolve.match_v5 import THRESHOLD


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


def _group_filter(group: str):  # type: ignore[no-untyped-def]
    return lambda r: r["case_group"] == group


def run(data: Path) -> list[dict[str, object]]:
    base = data / "name_matching" / "nomenklatura"
    with open(base / "name_bench_logicv2-frozen.csv", encoding="utf-8") as f:
        frozen = {(r["case_group"], r["schema"], r["name1"], r["name2"]): r for r in csv.DictReader(f)}
    with open(base / "name_bench_cases.csv", encoding="utf-8") as f:
        cases = [r for r in csv.DictReader(f) if (r["case_group"], r["schema"], r["name1"], r["name2"]) in frozen]
    live = logic_v2()
    preds: dict[str, list[bool]] = {
        # the default scorer (match_v7), then each earlier one by name
        f"chainlight {scorers.DEFAULT} @{THRESHOLD}": [
            name_similarity(r["name1"], r["name2"], r["schema"])[0] >= THRESHOLD for r in cases],
        "chainlight match_v6 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v6")[0] >= 0.7
                                     for r in cases],
        "chainlight match_v5 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v5")[0] >= 0.7
                                     for r in cases],
        "chainlight match_v4 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v4")[0] >= 0.7
                                     for r in cases],
        "chainlight match_v3 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v3")[0] >= 0.7
                                     for r in cases],
        "chainlight match_v2 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v2")[0] >= 0.7
                                     for r in cases],
        "chainlight match_v1 @0.7": [name_similarity(r["name1"], r["name2"], r["schema"], "match_v1")[0] >= 0.7
                                     for r in cases],
        "logic-v2 frozen": [frozen[(r["case_group"], r["schema"], r["name1"], r["name2"])]["predicted_match"]
                            == "true" for r in cases],
    }
    if live is not None:
        preds["logic-v2 live @0.7"] = [live(r["name1"], r["name2"], r["schema"]) >= 0.7 for r in cases]
    rows: list[dict[str, object]] = []
    # match_v2 to match_v5 were fitted on the 'train' half (crc32 of the pair even); 'test' is the held-out half
    subsets = {"all": lambda r: True, "test (held out)": lambda r: not is_train(r["name1"], r["name2"]),
               **{f"group {g}": _group_filter(g) for g in sorted({r["case_group"] for r in cases})}}
    for label, keep in subsets.items():
        idx = [i for i, r in enumerate(cases) if keep(r)]
        truth = [cases[i]["is_match"] == "true" for i in idx]
        for method, pred in preds.items():
            rows.append({"subset": label, "method": method, "pairs": len(idx),
                         **prf(zip([pred[i] for i in idx], truth, strict=True))})
    return rows
