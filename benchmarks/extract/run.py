"""Precision and recall of `chainlight extract` by claim type, next to keyword spotting, plus the seed report.

    python -m benchmarks.extract.run

Reads benchmarks/extract/paragraphs.yml (gold written for chainlight) and the seed report from
../shared/seeds/ (never copied into the repo).  Prints markdown tables.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from benchmarks.extract.baseline import keywords
from chainlight.classify import Classifier
from chainlight.extract import Extraction, Gazetteer, extract_file, extract_text
from chainlight.extract.types import MENTION_TYPES
from chainlight.sources import get_reader
from chainlight.sources.evidence import bundled_paths
from chainlight.sources.evidence import read as read_evidence

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
Counts = dict[str, list[int]]  # type -> [tp, fp, fn]


def found(ex: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {t: set() for t in MENTION_TYPES}
    for m in ex.mentions:
        key = m.key
        if m.type == "period":
            key = f"{m.value.get('start') or ''}/{m.value.get('end') or ''}"
        out[m.type].add(key)
    return out


def score(gold: dict[str, list[str]], got: dict[str, set[str]], counts: Counts) -> None:
    for t in MENTION_TYPES:
        g = {str(v).lower() for v in gold.get(t, [])}
        p = {v.lower() for v in got.get(t, set())}
        c = counts.setdefault(t, [0, 0, 0])
        c[0] += len(g & p)
        c[1] += len(p - g)
        c[2] += len(g - p)


def table(rows: dict[str, Counts]) -> str:
    names = list(rows)
    head = "| type | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    lines = [head, "|" + "---|" * (1 + 3 * len(names))]
    for t in [*MENTION_TYPES, "all"]:
        cells = []
        for n in names:
            tp, fp, fn = (sum(c[i] for c in rows[n].values()) for i in range(3)) if t == "all" else \
                rows[n].get(t, [0, 0, 0])
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            cells.append(f"{p:.2f} | {r:.2f} | {f:.2f}")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


SEED_NEEDS = {
    "facility Kaechon": lambda ex: "evidence-kaechon-kyohwaso-1" in found(ex)["facility"],
    "goods: wigs, false eyelashes, knitwear": lambda ex: {"wigs", "false_eyelashes", "knitwear"} <= found(ex)["goods"],
    "period 2020-01..2022-08": lambda ex: "2020-01/2022-08" in found(ex)["period"],
    "period after August 2022": lambda ex: "2022-08/" in found(ex)["period"],
    "16 hours a day": lambda ex: any(m.value.get("unit") == "hours/day" and m.value.get("value") == 16
                                     for m in ex.by_type("quantity")),
    "about 40 deaths among about 500": lambda ex: {"deaths=40", "inmates=500"} <= found(ex)["quantity"],
    "destination China": lambda ex: found(ex)["destination"] == {"cn"},
    "channel internet platforms": lambda ex: "internet_platforms" in found(ex)["channel"],
    "bureau linked to ofac:19790": lambda ex: any("ofac:19790" in m.value.get("source_ids", [])
                                                  for m in ex.by_type("organisation")),
}


def main() -> int:
    t0 = time.perf_counter()
    ofac = get_reader("ofac-sdn").read([SHARED / "data" / "sanctions" / "ofac" / "sdn.csv"])
    entities = read_evidence(bundled_paths()).entities + ofac.entities
    gazetteer, classifier = Gazetteer(entities), Classifier()
    gazetteer.matcher  # noqa: B018 - build the index before timing
    setup = time.perf_counter() - t0
    data = yaml.safe_load((HERE / "paragraphs.yml").read_text(encoding="utf-8"))["paragraphs"]
    rows: dict[str, Counts] = {"chainlight": {}, "keywords": {}}
    misses: list[str] = []
    t1 = time.perf_counter()
    for item in data:
        ex = extract_text(item["text"], gazetteer=gazetteer, classifier=classifier)
        got = found(ex)
        score(item["gold"] or {}, got, rows["chainlight"])
        for t in MENTION_TYPES:
            gold = {str(v).lower() for v in (item["gold"] or {}).get(t, [])}
            if gold != {v.lower() for v in got[t]}:
                misses.append(f"{item['id']} {t}: gold {sorted(gold)} got {sorted(got[t])}")
    elapsed = time.perf_counter() - t1
    for item in data:
        score(item["gold"] or {}, keywords(item["text"], gazetteer), rows["keywords"])
    langs = {"en": sum(1 for i in data if i["id"].startswith("en")), "ko": sum(1 for i in data if i["id"].startswith("ko"))}
    print(f"## extract: {len(data)} paragraphs ({langs['en']} English, {langs['ko']} Korean), "
          f"{elapsed / len(data) * 1000:.0f} ms per paragraph (setup {setup:.1f} s, {len(entities)} entities)\n")
    print(table(rows) + "\n")
    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    ex = extract_file(seed, gazetteer=gazetteer, classifier=classifier)
    print(f"## seed report {seed.name}: {len(ex.sentences)} sentences, {len(ex.mentions)} mentions, "
          f"{len(ex.to_claims())} claims\n")
    print("| the issue asks for | found |\n|---|---|")
    ok = True
    for label, check in SEED_NEEDS.items():
        passed = bool(check(ex))
        ok &= passed
        print(f"| {label} | {'yes' if passed else 'NO'} |")
    if "-v" in sys.argv:
        print("\nDisagreements with the gold:\n" + "\n".join(f"- {m}" for m in misses))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
