"""Benchmark of chainlight.classify (the default classifier, hs_v6; --classifier hs_v5 or another) against a fuzzy-matching peer, measured in the same run.

    python -m benchmarks.classify.run [--errors] [--classifier hs_v3]

Reports, for the tuning and the held-out part of benchmarks/classify/labelled.csv: accuracy of the risk
category, of HS-4, of HS-6 where the text states the material (and over all), a confusion table, the
calibration of the confidence, items/s; then an out-of-domain check on the HSClassify micro benchmark
(../shared/data/hs/labelled), where a classifier for hair goods and knitwear should say "unknown".
The peer is rapidfuzz's best match of the text against every HS 2022 subheading description.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

from chainlight.classify import Classifier
from chainlight.classify import learned as _learned
from chainlight.model.product import Classification

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared" / "data" / "hs"
LABELLED = HERE / "labelled.csv"
NOMENCLATURE = SHARED / "harmonized-system" / "harmonized-system.csv"
OOD = SHARED / "labelled" / "hsclassify_micro_benchmark_cases.csv"
CATS = ("wigs", "false_eyelashes", "hair_pieces", "human_hair", "knitwear", "other", "unknown")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def accuracy(rows: list[dict[str, str]], preds: list[Classification]) -> dict[str, str]:
    pairs = list(zip(rows, preds, strict=True))
    coded = [(r, p) for r, p in pairs if r["hs6"]]
    stated = [(r, p) for r, p in coded if r["material_stated"] == "true"]
    return {
        "category": share(sum(r["risk_category"] == p.risk_category for r, p in pairs), len(pairs)),
        "HS-4": share(sum(r["hs6"][:4] == (p.hs4 or "") for r, p in coded), len(coded)),
        "HS-6 (material stated)": share(sum(r["hs6"] == p.hs6 for r, p in stated), len(stated)),
        "HS-6 (all)": share(sum(r["hs6"] == p.hs6 for r, p in coded), len(coded)),
    }


def confusion(rows: list[dict[str, str]], preds: list[Classification]) -> str:
    counts = Counter((r["risk_category"], p.risk_category) for r, p in zip(rows, preds, strict=True))
    short = [c[:8] for c in CATS]
    lines = ["true \\ predicted".ljust(18) + " ".join(s.rjust(8) for s in short)]
    for truth in CATS:
        lines.append(truth.ljust(18) + " ".join(str(counts[(truth, p)] or ".").rjust(8) for p in CATS))
    return "\n".join(lines)


def calibration(rows: list[dict[str, str]], preds: list[Classification]) -> str:
    """Expected calibration error: confidence against 'category and HS-4 both right'."""
    bins: dict[float, list[bool]] = defaultdict(list)
    for r, p in zip(rows, preds, strict=True):
        if p.risk_category == "unknown":
            continue
        right = r["risk_category"] == p.risk_category and r["hs6"][:4] == (p.hs4 or "")
        bins[round(p.confidence, 2)].append(right)
    total = sum(len(v) for v in bins.values())
    ece = sum(len(v) * abs(c - sum(v) / len(v)) for c, v in bins.items()) / max(total, 1)
    parts = [f"{c:.2f}: {sum(v)}/{len(v)}" for c, v in sorted(bins.items())]
    return f"ECE {ece:.3f}; by stated confidence " + ", ".join(parts)


def speed(fn: Callable[[], int], repeat: int = 5) -> float:
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        n = fn()
        best = max(best, n / (time.perf_counter() - start))
    return best


def cpu_speed(fn: Callable[[], int], repeat: int = 5) -> float:
    """items per second of this process's CPU time (which other jobs on a shared machine do not inflate)."""
    best = 0.0
    for _ in range(repeat):
        start = time.process_time()
        n = fn()
        best = max(best, n / max(time.process_time() - start, 1e-9))
    return best


class FuzzyPeer:
    """Best rapidfuzz WRatio match of the text against the HS 2022 subheading descriptions."""

    def __init__(self) -> None:
        rows = [r for r in read_csv(NOMENCLATURE) if r["level"] == "6"]
        self.codes = [r["hscode"] for r in rows]
        self.texts = [r["description"].lower() for r in rows]

    def predict(self, text: str) -> str:
        _, _, index = process.extractOne(text.lower(), self.texts, scorer=fuzz.WRatio)
        return self.codes[index]


def peer_scores(rows: list[dict[str, str]], codes: list[str]) -> str:
    coded = [(r, c) for r, c in zip(rows, codes, strict=True) if r["hs6"]]
    stated = [(r, c) for r, c in coded if r["material_stated"] == "true"]
    return (f"HS-4 {share(sum(r['hs6'][:4] == c[:4] for r, c in coded), len(coded))}, "
            f"HS-6 (material stated) {share(sum(r['hs6'] == c for r, c in stated), len(stated))}")


def report_split(name: str, rows: list[dict[str, str]], clf: Classifier, peer: FuzzyPeer,
                 show_errors: bool) -> None:
    preds = [clf.classify(r["id"], r["text"]) for r in rows]
    print(f"\n## {name}: {len(rows)} items "
          f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(r['language'] for r in rows).items()))})")
    for metric, value in accuracy(rows, preds).items():
        print(f"- {clf.version} {metric}: {value}")
    for lang in ("en", "zh", "ko"):
        part = [(r, p) for r, p in zip(rows, preds, strict=True) if r["language"] == lang]
        print(f"- {clf.version} category [{lang}]: " + share(sum(r["risk_category"] == p.risk_category
                                                          for r, p in part), len(part)))
    print(f"- {clf.version} calibration: {calibration(rows, preds)}")
    start = time.perf_counter()
    peer_codes = [peer.predict(r["text"]) for r in rows]
    peer_rate = len(rows) / (time.perf_counter() - start)
    print(f"- peer (rapidfuzz over HS descriptions): {peer_scores(rows, peer_codes)}; {peer_rate:,.0f} items/s")
    print(f"\nConfusion of risk categories ({clf.version}):\n```\n" + confusion(rows, preds) + "\n```")
    if show_errors:
        for r, p in zip(rows, preds, strict=True):
            if r["risk_category"] != p.risk_category or (r["hs6"] and r["hs6"] != p.hs6):
                print(f"  x {r['id']} {r['text']!r}: want {r['hs6']} {r['risk_category']}, got {p.hs6} "
                      f"{p.risk_category} ({'; '.join(p.reasons)})")


def report_ood(clf: Classifier) -> None:
    rows = read_csv(OOD)
    preds = [clf.classify(str(i), r["text"]) for i, r in enumerate(rows)]
    unknown = sum(p.risk_category == "unknown" for p in preds)
    right = sum(p.hs6 == r["expected_hs_code"] for r, p in zip(rows, preds, strict=True))
    wrong = len(rows) - unknown - right
    print(f"\n## Out of domain: HSClassify micro benchmark, {len(rows)} general-trade items")
    print(f"- unknown {unknown}, right HS-6 {right}, wrong (a code other than expected) {wrong}")
    for r, p in zip(rows, preds, strict=True):
        if p.risk_category != "unknown":
            print(f"  {r['text']!r}: expected {r['expected_hs_code']}, {clf.version} {p.hs6} {p.risk_category}")


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    version = argv[argv.index("--classifier") + 1] if "--classifier" in argv else None
    clf = Classifier(version=version)
    if clf.version != "hs_v2":  # the dictionaries load once, outside the timing (hs_v3-hs_v6)
        from chainlight.classify.nomenclature import warm

        warm()
    print(f"# classify benchmark ({clf.version})\n\nclassifier load: {time.perf_counter() - start:.2f} s")
    rows = read_csv(LABELLED)
    peer = FuzzyPeer()
    for split in ("tune", "holdout"):
        report_split(split, [r for r in rows if r["split"] == split], clf, peer, "--errors" in argv)
    texts = [r["text"] for r in rows]

    distinct = list(dict.fromkeys(texts))

    def first_sight() -> int:
        # every title analysed afresh, once (the earlier "without cache" figure repeated each title ten times: 1 in
        # 10 was fresh); runs of Chinese/Korean forgotten too, each word's reading kept
        clf.forget()
        _learned.heading_of.cache_clear()  # hs_v8's learned heading, kept per title: forgotten too
        from chainlight.classify import lexicon, nomenclature

        nomenclature.han_words.cache_clear()
        nomenclature.hangul_words.cache_clear()
        nomenclature.glossary_spans.cache_clear()
        lexicon.clear_runs()
        for i, t in enumerate(distinct):
            clf.classify(str(i), t)
        return len(distinct)

    def first_sight_batch() -> int:
        # the same, through the batch path (Classifier.classify_many: each distinct text normalised and decided
        # once, its answers those of classify, tests/classify/test_batch.py)
        clf.forget()
        _learned.heading_of.cache_clear()  # hs_v8's learned heading, kept per title: forgotten too
        from chainlight.classify import lexicon, nomenclature

        nomenclature.han_words.cache_clear()
        nomenclature.hangul_words.cache_clear()
        nomenclature.glossary_spans.cache_clear()
        lexicon.clear_runs()
        clf.classify_many([(str(i), t, None) for i, t in enumerate(distinct)])
        return len(distinct)

    def stream_batch() -> int:
        clf.forget()  # as stream(), one batch
        _learned.heading_of.cache_clear()  # hs_v8's learned heading, kept per title: forgotten too
        clf.classify_many([(str(i), t + (" " * (i % 3)), None) for i, t in enumerate(texts * 10)])
        return len(texts) * 10

    def stream() -> int:
        clf.forget()  # decisions forgotten, then each title ten times (descriptions repeat)
        _learned.heading_of.cache_clear()  # hs_v8's learned heading, kept per title: forgotten too
        for i, t in enumerate(texts * 10):
            clf.classify(str(i), t + (" " * (i % 3)))
        return len(texts) * 10

    def cached() -> int:
        for i, t in enumerate(texts * 10):
            clf.classify(str(i), t)
        return len(texts) * 10

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n## Speed (one process; load average {load})\n- {clf.version}: {speed(first_sight):,.0f} items/s "
          f"at first sight of each text, {speed(stream):,.0f} items/s in a stream repeating each ten times, "
          f"{speed(cached):,.0f} items/s all cached\n- {clf.version}, batch path (classify_many): "
          f"{speed(first_sight_batch):,.0f} items/s at first sight, {speed(stream_batch):,.0f} in the stream; "
          f"CPU time at first sight, best of 5: one title at a time {cpu_speed(first_sight):,.0f} items/s, "
          f"batch {cpu_speed(first_sight_batch):,.0f}")
    report_ood(clf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
