"""The classifier on real-world product titles (benchmarks/classify/realworld/titles*.csv).

    python -m benchmarks.classify.realworld.run [--set v1|v2|v3|v4|v5|devall|seen|seen3|dev4|seen4] [--split dev|heldout|all]

Sets 1, 2 and 3 were each scored once on their held-out half and are now seen (`--set seen`: sets 1 and 2, both
halves; `--set seen3`: sets 1-3, both halves). Set 4 (`titles_v4.csv`) is the development material of the fourth
round: its dev half is run while developing (`--set v4`, or `--set dev4` for sets 1-3 plus the dev half of set 4),
its held-out half was scored once (`--set v4 --split heldout --once`) and set 4 is now seen too (`--set seen4`: sets
1-4, both halves). Set 5 (`titles_v5.csv`) is the development material of the fifth round: its dev half is run while
developing (`--set v5`), its held-out half is scored once, at the end (`--set v5 --split heldout --once`).

Prints risk-category accuracy, HS-6 accuracy (rows labelled to six digits), HS-4 accuracy, the unknown
rate, each per language, for hs_v2 and hs_v3 side by side, and items/s; on the dev split it lists every failure
of hs_v3 with the reasons.
The held-out split is scored once, at the end of a piece of work (see the README beside this file).
"""

from __future__ import annotations

import argparse
import csv
import os
import time
import zlib
from pathlib import Path

from chainlight.classify import Classifier
from chainlight.classify import learned as _learned
from chainlight.classify.classifier import NAME, READERS, VERSIONS
from chainlight.model.product import Classification

HERE = Path(__file__).resolve().parent
TITLES = HERE / "titles.csv"
TITLES_V2 = HERE / "titles_v2.csv"
TITLES_V3 = HERE / "titles_v3.csv"
TITLES_V4 = HERE / "titles_v4.csv"
TITLES_V5 = HERE / "titles_v5.csv"
SETS = {"v1": TITLES, "v2": TITLES_V2, "v3": TITLES_V3, "v4": TITLES_V4, "v5": TITLES_V5, "v6": HERE / "titles_v6.csv", "v7": HERE / "titles_v7.csv", "v8": HERE / "titles_v8.csv", "v9": HERE / "titles_v9.csv", "v10": HERE / "titles_v10.csv", "v11": HERE / "titles_v11.csv", "v12": HERE / "titles_v12.csv", "v13": HERE / "titles_v13.csv", "v14": HERE / "titles_v14.csv", "v15": HERE / "titles_v15.csv", "v16": HERE / "titles_v16.csv", "v17": HERE / "titles_v17.csv", "v18": HERE / "titles_v18.csv", "v19": HERE / "titles_v19.csv", "v20": HERE / "titles_v20.csv", "v21": HERE / "titles_v21.csv", "v22": HERE / "titles_v22.csv", "v23": HERE / "titles_v23.csv", "v24": HERE / "titles_v24.csv"}
ONCE = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24")  # sets whose held-out half is scored once, at the end of a round


def split_of(text: str) -> str:
    """The split every set uses, fixed when a row is written: `heldout` when crc32 of the UTF-8 text is odd."""
    return "heldout" if zlib.crc32(text.encode("utf-8")) & 1 else "dev"


def row_id(text: str, prefix: str) -> str:
    """`v3`/`v4` ids: the set's prefix and the crc32 of the text in hex."""
    return f"{prefix}{zlib.crc32(text.encode('utf-8')):08x}"


def load(split: str, which: str = "v1") -> list[dict[str, str]]:
    """Rows of a set and split; `which="devall"` is titles.csv (both halves) plus the dev half of titles_v2.csv."""
    if which == "devall":
        return load("all", "v1") + load("dev", "v2")
    if which == "seen":
        return load("all", "v1") + load("all", "v2")
    if which == "seen3":
        return load("all", "seen") + load("all", "v3")
    if which == "dev4":
        return load("all", "seen3") + load("dev", "v4")
    if which == "seen4":
        return load("all", "seen3") + load("all", "v4")
    if which == "seen8":  # sets 1-8, both halves (every held-out half scored once, all seen since)
        return load("all", "seen4") + [r for v in ("v5", "v6", "v7", "v8") for r in load("all", v)]
    with SETS[which].open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if split == "all" or r["split"] == split]


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


def _clear(clf: Classifier) -> None:
    """Forget every decision and every run of Chinese or Korean read (word-level readings are kept: a
    long-running process has seen the words before, not the titles)."""
    clf.forget()
    _learned.heading_of.cache_clear()  # hs_v8's learned heading, kept per title: forgotten too
    from chainlight.classify import nomenclature

    for cached in (nomenclature.han_words, nomenclature.hangul_words, nomenclature.glossary_spans):
        cached.cache_clear()
    from chainlight.classify import lexicon

    lexicon.clear_runs()


def speed(clf: Classifier, texts: list[str], rounds: int = 3) -> dict[str, float]:
    """items/s, best of `rounds` rounds, one process:
    - first sight: each distinct title once, decisions and runs of Chinese/Korean forgotten before each round
      (wall clock and CPU time of this process, which the load of a shared machine does not inflate);
    - stream: each title ten times over (bills of lading repeat their descriptions), decisions forgotten
      before each round -- the measure the earlier figures used under the name "uncached"."""
    distinct = list(dict.fromkeys(texts))
    first, first_cpu, stream = 0.0, 0.0, 0.0
    for _ in range(rounds):
        _clear(clf)
        wall, cpu = time.perf_counter(), time.process_time()
        for i, t in enumerate(distinct):
            clf.classify(str(i), t)
        first = max(first, len(distinct) / (time.perf_counter() - wall))
        first_cpu = max(first_cpu, len(distinct) / max(time.process_time() - cpu, 1e-9))
        _clear(clf)
        wall = time.perf_counter()
        for i, t in enumerate(distinct * 10):
            clf.classify(str(i), t + " " * (i % 3))
        stream = max(stream, len(distinct) * 10 / (time.perf_counter() - wall))
    return {"first sight": first, "first sight (CPU)": first_cpu, "stream": stream}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", choices=("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "devall", "seen", "seen3", "dev4", "seen4", "seen8"),
                        default="devall",
                        help="v1-v5: titles.csv, titles_v2.csv .. titles_v5.csv; devall: v1 both halves + "
                             "v2 dev (default); seen: v1 and v2, both halves; seen3: v1-v3, both halves (their held-out "
                             "halves were scored once); dev4: seen3 + the dev half of v4; seen4: v1-v4, both halves; seen8: v1-v8, both halves")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--classifiers", default=",".join(VERSIONS), help="comma-separated, e.g. hs_v2,hs_v3")
    parser.add_argument("--failures", default=NAME, help="list the failures of this classifier (dev only)")
    parser.add_argument("--once", action="store_true",
                        help="score the held-out half of titles_v3/v4/v5.csv (once, at the end of a round)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="speed: best of this many rounds (more rounds steady the figure on a loaded machine)")
    args = parser.parse_args(argv)
    if args.which in ONCE and args.split != "dev" and not args.once:
        parser.error(f"the held-out half of titles_{args.which}.csv is scored once, at the end: add --once")
    rows = load(args.split, args.which)
    names = [n for n in args.classifiers.split(",") if n]
    results = {}
    for name in names:
        clf = Classifier(version=name)
        if name in READERS:  # the dictionaries load once, outside the timing
            from chainlight.classify.nomenclature import warm

            warm()
        clf.classify("warm-up", "frozen shrimp 冻虾 냉동 새우")
        preds = [clf.classify(r["id"], r["text"]) for r in rows]
        results[name] = (clf, list(zip(rows, preds, strict=True)))
    label = "v1 all + v2 dev" if args.which == "devall" else f"{args.which}, split {args.split}"
    print(f"# real-world titles, {label}: {len(rows)} items\n")
    print("| language | n | " + " | ".join(f"{n} category | {n} HS-6 | {n} HS-4 | {n} unknown" for n in names)
          + " |\n|---|---|" + "---|" * (4 * len(names)))
    groups = ["all", "en", "zh", "ko"] + (["titles.csv", "titles_v2.csv dev"] if args.which == "devall" else [])
    for lang in groups:
        cells = []
        n_items = 0
        for name in names:
            part = [(r, p) for r, p in results[name][1] if lang == "all" or r["language"] == lang
                    or (lang == "titles.csv" and not r["id"].startswith("v2"))
                    or (lang == "titles_v2.csv dev" and r["id"].startswith("v2"))]
            n_items = len(part)
            s = scores(part)
            cells += [s["category"], s["HS-6"], s["HS-4"], s["unknown"]]
        print(f"| {lang} | {n_items} | " + " | ".join(cells) + " |")
    texts = [r["text"] for r in rows]
    print()
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    for name in names:
        rates = speed(results[name][0], texts, args.rounds)
        print(f"items/s {name} (one process; load average {load_avg}): "
              + ", ".join(f"{k} {v:,.0f}" for k, v in rates.items()))
    if (args.split == "dev" or args.which in ("v1", "v2", "seen", "seen3", "seen4", "seen8") or args.once) and args.failures in results:
        print(f"\nFailures of {args.failures}:")
        for r, p in results[args.failures][1]:
            if failed(r, p):
                print(f"  x {r['id']} [{r['language']}] {r['text'][:90]!r}: want {r['hs']} {r['risk_category']}, "
                      f"got {p.hs6} {p.risk_category} ({'; '.join(p.reasons)[:200]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
