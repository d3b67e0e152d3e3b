"""Round 19: a learned HS heading where the rules named no product, judged leave-one-set-out (LOSO) on the seen title
sets (learned.SEEN and set 14, whose held-out half was scored once at 9fbd203).

    python -m benchmarks.classify.realworld.heading [--list] [--bits 12]
    python -m benchmarks.classify.realworld.heading --write     # hs_v8/learned_heading.json from every seen set

The rules answer from the nomenclature alone when the vocabulary names no good in a title (reasons: "no product named
in the text"); that reading loses the heading most often (a yarn line read as a machine, a toy by its theme).  The
helper gives such an answer the learned model's HS-4 heading (a logistic regression per heading over the hashed
character n-grams of learned.py, `bits` hash bits, weights in int16 steps as shipped) where its probability is at
least `p` and the heading differs from the rules'.  The category never changes, so the risk-category precision cannot
move; with `coherent`, only a heading whose seen titles carry the rules' category (a `human_hair` answer never gets a
toy heading); with `other only`, only where the rules' category is `other` (never a risk good's code).  Its six digits: the subheading the seen titles of that heading carry most often (ties: the lowest code),
from the training sets only; a heading no training title carries to six digits is not given.

The rules are judged at first sight (assist.first_sight: each half's blind run, the version of its day; set 14's
held-out half from its scoring file; set 14's dev half has no failure list and is left out), thresholds chosen
leave-one-set-out (nested), then applied to today's rules on every seen row (fitted) as before -> after.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from benchmarks.classify.realworld import assist
from benchmarks.classify.realworld.assist import Helper, LearnedLoso, Sight, changed, counts, hs4_right
from benchmarks.classify.realworld.learned import (
    ALPHA,
    ORDERS,
    ROOT,
    SEEN,
    Head,
    Row,
    featurize,
    fit_head,
    load_rows,
    matrix,
)
from benchmarks.classify.realworld.loso import RESULTS, per_set, risk_precision
from chainlight.classify.learned import HEADING_BITS, HEADING_MODEL, heading_from_json, heading_json

SETS = (*SEEN, "v14")
HELDOUT_V14 = RESULTS / "heldout_v14_scored_at_9fbd203.txt"


def quantised(head: Head) -> Head:
    """The head as the shipped file holds it (chainlight.classify.learned.to_json: int16 steps)."""
    scale = float(f"{float(np.abs(head.coef).max()) / 32767:.6e}") or 1.0
    intercept = np.array([float(f"{x:.6e}") for x in head.intercept])
    return Head(head.classes, np.rint(head.coef / scale) * scale, intercept)


def tables(rows: Iterable[Row]) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Per heading of the rows' labels: its most frequent six-digit label (ties: the lowest code; none where no row
    has six digits: such a heading is never given) and the risk categories its rows carry."""
    six: dict[str, Counter[str]] = defaultdict(Counter)
    cats: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if len(r.hs) >= 4:
            cats[r.hs[:4]].add(r.category)
            if len(r.hs) == 6:
                six[r.hs[:4]][r.hs] += 1
    common = {h: min(c, key=lambda k: (-c[k], k)) for h, c in six.items()}
    return common, {h: frozenset(c) for h, c in cats.items()}


def loso_heading(rows: Sequence[Row], bits: int, alpha: float = ALPHA) -> tuple[LearnedLoso, dict[str, tuple[dict[str, str], dict[str, frozenset[str]]]]]:
    """Each set's rows scored by the heading head (and the tables) fitted on the other sets."""
    x = matrix(featurize([r.text for r in rows], bits, ORDERS), bits)
    sets = np.array([r.set for r in rows])
    n = len(rows)
    out = LearnedLoso([""] * n, np.zeros(n), [""] * n, np.zeros(n), [{} for _ in range(n)])
    per: dict[str, tuple[dict[str, str], dict[str, frozenset[str]]]] = {}
    for g in SETS:
        train, test = np.flatnonzero(sets != g).tolist(), np.flatnonzero(sets == g).tolist()
        per[g] = tables(rows[i] for i in train)
        sub = featurize([rows[i].text for i in test], bits, ORDERS)
        classes, coef, intercept = fit_head(x[train], [rows[i].label("hs4") for i in train], alpha)
        p = quantised(Head(tuple(str(c) for c in classes), coef, intercept)).probabilities(sub)
        k = p.argmax(axis=1)
        for j, i in enumerate(test):
            out.hs4[i], out.hs4_p[i] = str(classes[k[j]]), p[j, k[j]]
    return out, per


def heading(rows: Sequence[Row], learned: LearnedLoso, per: dict[str, tuple[dict[str, str], dict[str, frozenset[str]]]],
            p: float, coherent: bool, other_only: bool = False) -> Helper:
    def helper(i: int, s: Sight) -> Sight:
        if not s.no_product or s.category == "unknown" or learned.hs4_p[i] < p:
            return s
        if other_only and s.category != "other":
            return s
        h4 = learned.hs4[i]
        if s.code and s.code[:4] == h4:
            return s
        common, cats = per[rows[i].set]
        if h4 not in common or (coherent and s.category not in cats.get(h4, frozenset())):
            return s
        return Sight(s.category, common[h4], s.no_product, s.default_sub)
    return helper


def choose(rows: Sequence[Row], base: dict[int, Sight], grid: Sequence[tuple[str, Helper]]) -> tuple[str, Helper | None]:
    """The grid point with the most HS-4 + HS-6 right whose category, HS-4 and HS-6 counts and risk-category
    precision do not fall below the rules' own (ties: the first; the grid is ordered strictest first)."""
    cat0, six0, prec0 = counts(rows, base)
    four0 = hs4_right(rows, base)
    best: tuple[str, Helper | None] = ("none", None)
    gain = 0
    for name, helper in grid:
        new = {i: helper(i, s) for i, s in base.items()}
        cat, six, prec = counts(rows, new)
        four = hs4_right(rows, new)
        if cat < cat0 or six < six0 or four < four0 or prec < prec0 - 1e-12:
            continue
        if four + six - four0 - six0 > gain:
            best, gain = (name, helper), four + six - four0 - six0
    return best


def nested(rows: Sequence[Row], base: dict[int, Sight], grid: Sequence[tuple[str, Helper]]) -> tuple[dict[int, Sight], list[str]]:
    out: dict[int, Sight] = {}
    chosen = []
    for g in sorted({rows[i].set for i in base}, key=SETS.index):
        name, helper = choose(rows, {i: s for i, s in base.items() if rows[i].set != g}, grid)
        chosen.append(f"{g}: {name}")
        for i, s in base.items():
            if rows[i].set == g:
                out[i] = helper(i, s) if helper else s
    return out, chosen


def table(rows: Sequence[Row], answers: dict[int, Sight], title: str) -> list[str]:
    got = assist.as_answers(answers)
    lines = per_set(rows, sorted(got), assist.score_of(rows, got), title)  # type: ignore[arg-type]
    lines.append(risk_precision([(rows[i], a.category) for i, a in got.items()]))
    return lines


def write_model(path: Path | None = None, alpha: float = ALPHA) -> Path:
    """Fit the heading head on every seen set (SETS) and write it with its tables as hs_v8 ships it."""
    rows = load_rows(SETS, as_fitted=True)
    x = matrix(featurize([r.text for r in rows], HEADING_BITS, ORDERS), HEADING_BITS)
    classes, coef, intercept = fit_head(x, [r.label("hs4") for r in rows], alpha)
    common, cats = tables(rows)
    target = path or ROOT / "src" / "chainlight" / "classify" / "hs_v8" / HEADING_MODEL
    target.write_text(heading_json(Head(tuple(str(c) for c in classes), coef, intercept), HEADING_BITS, ORDERS, SETS,
                                   common, cats), encoding="utf-8")
    heading_from_json(target.read_text(encoding="utf-8"))  # it loads
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--bits", type=int, default=HEADING_BITS)
    parser.add_argument("--version", default="hs_v7", help="the rules judged today (fitted) beside the first sight")
    parser.add_argument("--list", action="store_true", help="list the rows the chosen helper changes")
    parser.add_argument("--write", action="store_true", help="write hs_v8/" + HEADING_MODEL + " and stop")
    args = parser.parse_args(argv)
    if args.write:
        print(write_model(alpha=args.alpha))
        return 0
    assist.SEEN = SETS  # type: ignore[misc]  # nested LOSO over every seen set, set 14 included
    rows = load_rows(SETS)
    now, proxy = assist.today(rows, args.version)
    assist.FIRST_SIGHT = (*assist.FIRST_SIGHT, ("v14", HELDOUT_V14))  # type: ignore[misc]
    base = assist.first_sight(rows, proxy)
    learned, per = loso_heading(rows, args.bits, args.alpha)
    out = [f"# Round 19: learned heading where the rules named no product, LOSO on {', '.join(SETS)} ({len(rows)} "
           f"rows), {1 << args.bits} buckets; first-sight rows {len(base)} (the blind halves of sets 3-13 and set "
           f"14's held-out half; the tables show sets 3-13, the grid lines and choices count set 14's half too)"]
    out += table(rows, base, "The rules at first sight (each half's blind run)")
    cat0, six0, prec0 = counts(rows, base)
    out.append(f"first sight, all {len(base)} rows: category {cat0}, HS-4 {hs4_right(rows, base)}, HS-6 {six0}, "
               f"risk precision {prec0:.3f}")
    grid = [(f"heading p>={p}{' coherent' if c else ''}{' other only' if o else ''}", heading(rows, learned, per, p, c, o))
            for o in (True, False) for c in (True, False) for p in (0.95, 0.9, 0.8, 0.7, 0.6, 0.5)]
    for name, point in grid:
        new = {i: point(i, s) for i, s in base.items()}
        cat, six, prec = counts(rows, new)
        out.append(f"grid: {name}: category {cat}, HS-4 {hs4_right(rows, new)}, HS-6 {six}, risk precision {prec:.3f}")
    mixed, chosen = nested(rows, base, grid)
    cat, six, prec = counts(rows, mixed)
    out += table(rows, mixed, "rules at first sight + heading chosen leave-one-set-out (nested)")
    out.append(f"nested, all {len(base)} rows: category {cat}, HS-4 {hs4_right(rows, mixed)}, HS-6 {six}, "
               f"risk precision {prec:.3f}")
    out.append("chosen per left-out set: " + "; ".join(chosen))
    if args.list:
        out += changed(rows, base, mixed)
    name, final = choose(rows, base, grid)
    out.append(f"chosen on all first-sight sets: {name}")
    if final is not None:
        after = {i: final(i, s) for i, s in now.items()}
        for label, got in (("before (fitted)", now), (f"+ {name} (the learned part LOSO), after", after)):
            cat, six, prec = counts(rows, got)
            out.append(f"{args.version} today, every seen row {label}: category {cat}, HS-4 {hs4_right(rows, got)}, "
                       f"HS-6 {six}, risk precision {prec:.3f}")
        if args.list:
            out += changed(rows, now, after)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
