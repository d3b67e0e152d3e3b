"""Round 20: the risk category following a learned heading of the risk goods, judged leave-one-set-out (LOSO) on the
seen title sets (learned.SEEN, sets 14 and 15).

    python -m benchmarks.classify.realworld.follow [--list]

Where the rules named no good, answered from the nomenclature alone and called the title `other`, hs_v8 may move the
code into the heading of the learned model (heading.py), but keeps the category: a title can leave with an HS code of
67.04 and the category `other` (a lace closure named in words the vocabulary lacks).  The helper measured here gives
such a title the learned category (hs_v7's model, learned.py) when (1) the learned heading is sure (p >= p4) and every
training title of that heading carries a risk category, (2) the learned category is one of the categories those
titles carry, at p >= pc.  Two models fitted apart must agree on a risk good before `other` is overturned.

The rules are judged at first sight (assist.first_sight: each half's blind run, the version of its day; set 14's
held-out half, set 15's dev half from hs_v8's blind run and its held-out half from its scoring), thresholds chosen
leave-one-set-out (nested: the left-out set never chooses its own threshold).  The base is the rules at first sight
with round 19's heading helper (p >= 0.6, as hs_v8 ships it) applied, then this helper on top.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from benchmarks.classify.realworld import assist, heading
from benchmarks.classify.realworld.assist import (
    Helper,
    LearnedLoso,
    Sight,
    changed,
    counts,
    hs4_right,
    risk_as_other,
)
from benchmarks.classify.realworld.learned import ALPHA, RISK, SEEN, Row, load_rows
from benchmarks.classify.realworld.loso import RESULTS
from chainlight.classify.learned import HEADING_BITS, HEADING_P

HERE = RESULTS.parent
SETS = (*SEEN, "v14", "v15")
EXTRA_FIRST_SIGHT = (("v14", RESULTS / "heldout_v14_scored_at_9fbd203.txt"),
                     ("v15", RESULTS / "v15-dev-after-round19.txt"),
                     ("v15", HERE / "heldout_v15_scored_at_867a0e6.txt"))
GRID = [(p4, pc) for p4 in (0.9, 0.8, 0.7, 0.6) for pc in (0.9, 0.8, 0.7, 0.6, 0.5)]


def follow(rows: Sequence[Row], cat: LearnedLoso, head: LearnedLoso,
           per: dict[str, tuple[dict[str, str], dict[str, frozenset[str]]]], p4: float, pc: float) -> Helper:
    def helper(i: int, s: Sight) -> Sight:
        if not s.no_product or s.category != "other" or head.hs4_p[i] < p4:
            return s
        common, cats = per[rows[i].set]
        h4 = head.hs4[i]
        kinds = cats.get(h4, frozenset())
        if not kinds or not kinds <= RISK or cat.cat[i] not in kinds or cat.cat_p[i] < pc:
            return s
        return Sight(cat.cat[i], common.get(h4, s.code), s.no_product, s.default_sub)
    return helper


def score(rows: Sequence[Row], answers: dict[int, Sight]) -> str:
    c, six, prec = counts(rows, answers)
    return (f"category {c}, HS-4 {hs4_right(rows, answers)}, HS-6 {six}, risk precision {prec:.3f}, "
            f"risk goods called other {risk_as_other(rows, answers)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the rows the chosen helper changes")
    args = parser.parse_args(argv)
    assist.SEEN = SETS  # type: ignore[assignment]  # LOSO over every seen set, sets 14 and 15 included
    heading.SETS = SETS  # type: ignore[assignment]
    rows = load_rows(SETS)
    _, proxy = assist.today(rows, "hs_v8")
    assist.FIRST_SIGHT = (*assist.FIRST_SIGHT, *EXTRA_FIRST_SIGHT)  # type: ignore[assignment]
    first = assist.first_sight(rows, proxy)
    head, per = heading.loso_heading(rows, HEADING_BITS, ALPHA)
    cat = assist.loso_learned(rows, ALPHA)
    shipped = heading.heading(rows, head, per, HEADING_P, coherent=False)
    base = {i: shipped(i, s) for i, s in first.items()}
    out = [f"# Round 20: the category following a learned risk heading, LOSO on {', '.join(SETS)} ({len(rows)} rows); "
           f"first-sight rows {len(base)} (blind halves of sets 3-13, set 14's held-out half, set 15's both halves)",
           f"rules at first sight: {score(rows, first)}",
           f"+ round 19's heading (p >= {HEADING_P}), the base: {score(rows, base)}"]
    grid = [(f"p4>={p4} pc>={pc}", follow(rows, cat, head, per, p4, pc)) for p4, pc in GRID]
    for name, helper in grid:
        out.append(f"grid {name}: {score(rows, {i: helper(i, s) for i, s in base.items()})}")

    def choose(sub: dict[int, Sight]) -> tuple[str, Helper | None]:
        c0, _, prec0 = counts(rows, sub)
        best: tuple[str, Helper | None] = ("none", None)
        gain = 0
        for name, helper in grid:  # strictest first; a point must not lose risk precision
            new = {i: helper(i, s) for i, s in sub.items()}
            c, _, prec = counts(rows, new)
            if prec < prec0 - 1e-12:
                continue
            if c - c0 > gain:
                best, gain = (name, helper), c - c0
        return best

    mixed: dict[int, Sight] = {}
    chosen = []
    for g in sorted({rows[i].set for i in base}, key=SETS.index):
        name, picked = choose({i: s for i, s in base.items() if rows[i].set != g})
        chosen.append(f"{g}: {name}")
        for i, s in base.items():
            if rows[i].set == g:
                mixed[i] = picked(i, s) if picked is not None else s
    out.append(f"nested LOSO (threshold chosen without the set scored): {score(rows, mixed)}")
    out.append("chosen per left-out set: " + "; ".join(chosen))
    if args.list:
        out += changed(rows, base, mixed)
    name, _ = choose(base)
    out.append(f"chosen on all first-sight sets: {name}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
