"""The classifier on real-world product titles (benchmarks/classify/realworld/titles.csv).

    python -m benchmarks.classify.realworld.run [--split dev|heldout]

Prints risk-category accuracy, HS-6 accuracy (rows labelled to six digits), HS-4 accuracy, the unknown
rate, each per language, for hs_v2 and hs_v3 side by side, and items/s; on the dev split it lists every failure
of hs_v3 with the reasons.
The held-out split is scored once, at the end of a piece of work (see the README beside this file).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from chainlight.classify import Classifier
from chainlight.classify.classifier import VERSIONS
from chainlight.model.product import Classification

TITLES = Path(__file__).resolve().parent / "titles.csv"


def load(split: str) -> list[dict[str, str]]:
    with TITLES.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["split"] == split]


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def scores(pairs: list[tuple[dict[str, str], Classification]]) -> dict[str, str]:
    six = [(r, p) for r, p in pairs if len(r["hs"]) == 6]
    return {
        "category": share(sum(r["risk_category"] == p.risk_category for r, p in pairs), len(pairs)),
        "HS-6": share(sum(r["hs"] == p.hs6 for r, p in six), len(six)),
        "HS-4": share(sum(r["hs"][:4] == (p.hs4 or "") for r, p in pairs), len(pairs)),
        "unknown": share(sum(p.risk_category == "unknown" for _, p in pairs), len(pairs)),
    }


def failed(row: dict[str, str], pred: Classification) -> bool:
    code = pred.hs6 or ""
    return row["risk_category"] != pred.risk_category or code[:len(row["hs"])] != row["hs"]


def speed(clf: Classifier, texts: list[str]) -> float:
    best = 0.0
    for _ in range(3):
        clf._decide.cache_clear()
        start = time.perf_counter()
        for i, t in enumerate(texts * 10):
            clf.classify(str(i), t + " " * (i % 3))
        best = max(best, len(texts) * 10 / (time.perf_counter() - start))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--classifiers", default=",".join(VERSIONS), help="comma-separated, e.g. hs_v2,hs_v3")
    parser.add_argument("--failures", default="hs_v3", help="list the failures of this classifier (dev only)")
    args = parser.parse_args(argv)
    rows = load(args.split)
    names = [n for n in args.classifiers.split(",") if n]
    results = {}
    for name in names:
        clf = Classifier(version=name)
        clf.classify("warm-up", "frozen shrimp 冻虾 냉동 새우")  # loads the dictionaries once, outside the timing
        preds = [clf.classify(r["id"], r["text"]) for r in rows]
        results[name] = (clf, list(zip(rows, preds, strict=True)))
    print(f"# real-world titles, split {args.split}: {len(rows)} items\n")
    print("| language | n | " + " | ".join(f"{n} category | {n} HS-6 | {n} HS-4 | {n} unknown" for n in names)
          + " |\n|---|---|" + "---|" * (4 * len(names)))
    for lang in ("all", "en", "zh", "ko"):
        cells = []
        n_items = 0
        for name in names:
            part = [(r, p) for r, p in results[name][1] if lang == "all" or r["language"] == lang]
            n_items = len(part)
            s = scores(part)
            cells += [s["category"], s["HS-6"], s["HS-4"], s["unknown"]]
        print(f"| {lang} | {n_items} | " + " | ".join(cells) + " |")
    texts = [r["text"] for r in rows]
    print()
    for name in names:
        print(f"items/s {name} (uncached, one process): {speed(results[name][0], texts):,.0f}")
    if args.split == "dev" and args.failures in results:
        print(f"\nFailures of {args.failures}:")
        for r, p in results[args.failures][1]:
            if failed(r, p):
                print(f"  x {r['id']} [{r['language']}] {r['text'][:90]!r}: want {r['hs']} {r['risk_category']}, "
                      f"got {p.hs6} {p.risk_category} ({'; '.join(p.reasons)[:200]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
