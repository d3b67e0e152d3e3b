"""Round 21: two classifier versions side by side on the seen title sets (labelled.csv and real-world sets 1-18 since round 23,
both halves; never a set still unscored), per set and pooled, with every title whose answer moved.

    python -m benchmarks.classify.realworld.seen hs_v9 hs_v10 [--list]

Counting rule (run.py's): category over every row, HS-4 over rows labelled to four digits or more, HS-6 over rows
labelled to six; a risk-category false positive is an answer in a risk category (wigs, lashes, hair pieces, human
hair, knitwear) that is not the row's category; "risk as other" a risk good answered `other` or `unknown`.  A rule
cannot be left out of a set it was written from, so these are fitted figures for rules read from the seen sets; a
rule written from the nomenclature or a shipped dictionary is judged by them as by a leave-one-set-out figure.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from benchmarks.classify.realworld.learned import RISK, Row, load_rows

SETS = ("labelled", *(f"v{i}" for i in range(1, 25)))  # round 28: set 24 seen since its scoring


def answers(rows: Sequence[Row], version: str) -> list[tuple[str, str | None]]:
    from chainlight.classify import Classifier

    clf = Classifier(version=version)
    return [(c.risk_category, c.hs6) for c in (clf.classify(r.id, r.text) for r in rows)]


def score(rows: Sequence[Row], got: Sequence[tuple[str, str | None]]) -> tuple[int, int, int, int, int]:
    cat = sum(r.category == g[0] for r, g in zip(rows, got, strict=True))
    hs4 = sum((g[1] or "")[:4] == r.hs[:4] for r, g in zip(rows, got, strict=True) if len(r.hs) >= 4)
    hs6 = sum(g[1] == r.hs for r, g in zip(rows, got, strict=True) if len(r.hs) == 6)
    fp = sum(g[0] in RISK and g[0] != r.category for r, g in zip(rows, got, strict=True))
    hidden = sum(r.category in RISK and g[0] in ("other", "unknown") for r, g in zip(rows, got, strict=True))
    return cat, hs4, hs6, fp, hidden


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--list", action="store_true", help="list every title whose answer moved")
    args = ap.parse_args(argv)
    rows = load_rows(SETS)
    a, b = answers(rows, args.before), answers(rows, args.after)
    print(f"# seen sets ({len(rows)} titles), {args.before} -> {args.after}: category / HS-4 / HS-6 right, "
          "risk false positives, risk goods as other")
    print("| set | n | category | HS-4 | HS-6 | risk FP | risk as other |\n|---|---|---|---|---|---|---|")
    for name in (*SETS, "all"):
        idx = [i for i, r in enumerate(rows) if name in ("all", r.set)]
        sub = [rows[i] for i in idx]
        x, y = score(sub, [a[i] for i in idx]), score(sub, [b[i] for i in idx])
        print(f"| {name} | {len(sub)} | " + " | ".join(f"{p} -> {q}" for p, q in zip(x, y, strict=True)) + " |")
    if args.list:
        for r, p, q in zip(rows, a, b, strict=True):
            if p != q:
                mark = "+" if (q[0] == r.category) > (p[0] == r.category) or (q[1] or "")[:4] == r.hs[:4] else "-"
                print(f"{mark} {r.set} {r.id} want {r.hs} {r.category}: {p[1]} {p[0]} -> {q[1]} {q[0]}  {r.text[:70]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
