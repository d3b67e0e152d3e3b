"""Leave-one-set-out (LOSO) figures of a classifier learned from the seen titles (learned.py beside this file) and
of rules that combine it with the rule classifier, on the seen title sets only (learned.SEEN; never a set still
unseen).

    python -m benchmarks.classify.realworld.loso [--cache /tmp/x.npz] [--alpha 1e-5]
    python -m benchmarks.classify.realworld.loso --blind v13     # a new set's dev half, once: counts only

For each seen set: fit on every other seen set, score the one left out (risk category, HS-4 on every row, HS-6 on
rows labelled to six digits); the mean and range over sets beside the pooled share.

The rule classifier cannot be left out of a set: hs_v6 was written from all of them, so its answers on the seen sets
are fitted.  Its answers *at first sight* are kept, though: each set's dev and held-out halves were scored blind
once (results/*first*, *baseline*, heldout_v*), and those files list every failure with what was answered; a row not
listed was answered right.  A combination rule (when the learned model overrides the rules) is judged on those
first-sight answers, with its thresholds chosen leave-one-set-out over the first-sight sets too; then on today's
hs_v6 (fitted) as the before -> after of every seen set.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.classify.realworld.learned import (
    ALPHA,
    BITS,
    ORDERS,
    RISK,
    SEEN,
    TARGETS,
    Head,
    Row,
    Rule,
    featurize,
    fit_head,
    load_rows,
    matrix,
)
from benchmarks.classify.realworld.learned import Answer as LearnedAnswer

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
# Blind first runs: (set, file).  The first run of a dev half, and every held-out half's single scoring.
FIRST_SIGHT = (
    ("v3", RESULTS / "v3-dev-baseline.txt"), ("v4", RESULTS / "v4-dev-baseline.txt"),
    ("v5", RESULTS / "v5-dev-baseline.txt"), ("v6", RESULTS / "v6-dev-baseline.txt"),
    ("v7", RESULTS / "v7_dev_first_run_at_79b8b04.txt"), ("v8", RESULTS / "v8-dev-first-run-9ed6e8d.txt"),
    ("v9", RESULTS / "v9-dev-first-hs_v5-at-8d4a932.txt"), ("v10", RESULTS / "v10-dev-first-hs_v6-at-dca2654.txt"),
    ("v11", RESULTS / "v11-dev-after-set10-rules.txt"), ("v12", RESULTS / "v12-dev-after-round16-mechanisms.txt"),
    ("v3", HERE / "heldout_v3_scored_at_d308a2b.txt"), ("v4", HERE / "heldout_v4_scored_at_a6c2241.txt"),
    ("v5", HERE / "heldout_v5_scored_at_26924fb.txt"), ("v6", HERE / "heldout_v6_scored_at_c4d178e.txt"),
    ("v7", HERE / "heldout_v7_scored_at_79b8b04.txt"), ("v8", HERE / "heldout_v8_scored_at_9ed6e8d.txt"),
    ("v9", RESULTS / "heldout_v9_scored_at_dca2654.txt"), ("v10", RESULTS / "heldout_v10_scored_at_a850ae4.txt"),
    ("v11", RESULTS / "heldout_v11_scored_at_eac2375.txt"), ("v12", RESULTS / "heldout_v12_scored_at_8608a89.txt"),
)
_FAIL = re.compile(r"^  x (\S+) \[\w+\] .*: want (\d*) (\w+), got (\S+) (\w+) \(")
_SPLIT = re.compile(r"split (dev|heldout)")


@dataclass(frozen=True)
class Answer:
    category: str
    hs6: str | None  # None: unknown; a row answered right but labelled to 4 digits has its label's 4 digits


def first_sight(rows: Sequence[Row]) -> dict[tuple[str, str], Answer]:
    """The rule classifier's answers at first sight, from the blind runs' failure lists."""
    by_set: dict[str, list[Row]] = {}
    for r in rows:
        by_set.setdefault(r.set, []).append(r)
    out: dict[tuple[str, str], Answer] = {}
    for name, path in FIRST_SIGHT:
        text = path.read_text(encoding="utf-8")
        split = _SPLIT.search(text.splitlines()[0] + "\n" + text[:2000])
        half = split.group(1) if split else ("heldout" if "heldout" in path.name else "dev")
        failed = {}
        for line in text.splitlines():
            m = _FAIL.match(line)
            if m:
                failed[m.group(1)] = Answer(m.group(5), None if m.group(4) == "None" else m.group(4))
        for r in by_set.get(name, []):
            if r.split == half:
                out[(name, r.id)] = failed.get(r.id, Answer(r.category, r.hs or None))
    return out


@dataclass(frozen=True)
class Learned:
    """LOSO answers of the learned model: per target, best class and its probability, for every row."""

    best: dict[str, list[str]]
    p: dict[str, np.ndarray]

    def answer(self, i: int) -> LearnedAnswer:
        b, p = self.best, self.p
        return LearnedAnswer(b["category"][i], float(p["category"][i]), b["hs4"][i], float(p["hs4"][i]),
                             b["hs6"][i], float(p["hs6"][i]))


def loso_learned(rows: Sequence[Row], alpha: float = ALPHA) -> Learned:
    x = matrix(featurize([r.text for r in rows], BITS, ORDERS))
    sets = np.array([r.set for r in rows])
    best = {t: [""] * len(rows) for t in TARGETS}
    prob = {t: np.zeros(len(rows)) for t in TARGETS}
    for g in SEEN:
        train = np.flatnonzero(sets != g)
        test = np.flatnonzero(sets == g)
        for t in TARGETS:
            classes, coef, intercept = fit_head(x[train], [rows[i].label(t) for i in train], alpha)
            head = Head(tuple(classes), coef, intercept)
            sub = featurize([rows[i].text for i in test], BITS, ORDERS)
            p = head.probabilities(sub)
            k = p.argmax(axis=1)
            for j, i in enumerate(test):
                best[t][i] = classes[k[j]]
                prob[t][i] = p[j, k[j]]
    return Learned(best, prob)


def share(hits: int, n: int) -> str:
    return f"{hits / n:.3f} ({hits}/{n})" if n else "n/a"


Scorer = Callable[[Row, int], tuple[bool | None, bool | None, bool | None]]


def per_set(rows: Sequence[Row], idx: Sequence[int], score: Scorer, title: str) -> list[str]:
    """Lines of a table: per set, category / HS-4 / HS-6 shares; then pooled, mean and range."""
    lines = [f"\n## {title}\n", "| set | n | category | HS-4 | HS-6 |", "|---|---|---|---|---|"]
    totals = np.zeros((3, 2), dtype=int)
    per: list[list[float]] = [[], [], []]
    for g in SEEN:
        mine = [i for i in idx if rows[i].set == g]
        if not mine:
            continue
        counts = np.zeros((3, 2), dtype=int)
        for i in mine:
            for k, ok in enumerate(score(rows[i], i)):
                if ok is not None:
                    counts[k] += (int(ok), 1)
        totals += counts
        for k in range(3):
            if counts[k, 1]:
                per[k].append(counts[k, 0] / counts[k, 1])
        lines.append(f"| {g} | {len(mine)} | " + " | ".join(share(*counts[k]) for k in range(3)) + " |")
    lines.append(f"| pooled | {len(idx)} | " + " | ".join(share(*totals[k]) for k in range(3)) + " |")
    lines.append("| mean [range] over sets | | " + " | ".join(
        f"{np.mean(v):.3f} [{min(v):.3f}-{max(v):.3f}]" if v else "n/a" for v in per) + " |")
    return lines


def risk_precision(pairs: Sequence[tuple[Row, str]]) -> str:
    """Of the answers of a risk category, how many are right; and risk goods called `other` (or unknown)."""
    said = [(r, c) for r, c in pairs if c in RISK]
    right = sum(r.category == c for r, c in said)
    risk_rows = [(r, c) for r, c in pairs if r.category in RISK]
    lost = sum(c in ("other", "unknown") for _, c in risk_rows)
    return f"risk-category precision {share(right, len(said))}; risk goods called other/unknown {lost}/{len(risk_rows)}"


def combined(rule: Rule, answer: Answer, learned: Learned, i: int) -> Answer:
    v = rule.apply(answer.category, answer.hs6, learned.answer(i))
    return Answer(v.category, v.hs6)


def judge(rows: Sequence[Row], answers: dict[int, Answer]) -> tuple[int, int, int, int]:
    """(category right, n, HS-6 right, n six-digit labels)."""
    cat = sum(rows[i].category == a.category for i, a in answers.items())
    six = [i for i in answers if len(rows[i].hs) == 6]
    return cat, len(answers), sum(answers[i].hs6 == rows[i].hs for i in six), len(six)


GRID = [Rule(u, d, h) for u in (0.3, 0.5, 0.7, 1.01) for d in (0.6, 0.8, 0.9, 0.95, 1.01)
        for h in (0.5, 0.7, 0.8, 0.9, 1.01)]


def choose(rows: Sequence[Row], rule_answers: dict[int, Answer], learned: Learned) -> Rule:
    """The grid's rule with the most HS-6 right among those whose category count and risk-category precision do
    not fall below the rules' own (ties: the most conservative, i.e. highest thresholds)."""
    base_cat, _, base_six, _ = judge(rows, rule_answers)
    base_prec = _precision_hits(rows, rule_answers)
    best, best_key = Rule(1.01, 1.01, 1.01), (base_six, 0.0)
    for rule in GRID:
        new = {i: combined(rule, a, learned, i) for i, a in rule_answers.items()}
        cat, _, six, _ = judge(rows, new)
        if cat < base_cat or _precision_hits(rows, new) < base_prec:
            continue
        key = (six, rule.unknown_p + rule.disagree_p + rule.hs6_p)
        if key > best_key:
            best, best_key = rule, key
    return best


def _precision_hits(rows: Sequence[Row], answers: dict[int, Answer]) -> float:
    said = [i for i, a in answers.items() if a.category in RISK]
    return sum(rows[i].category == answers[i].category for i in said) / len(said) if said else 1.0


FILL = Rule(0.7, 1.01, 1.01)  # the one use LOSO supports: a category where the rules name no product (never HS-6)


def blind(name: str, alpha: float) -> int:
    """The learned model fitted on every seen set, on a new set's dev half: counts only, no item printed."""
    if name in SEEN:
        raise SystemExit(f"{name} is seen; --blind is for a new set")
    from benchmarks.classify.realworld.learned import answers, fit
    from chainlight.classify import Classifier

    rows = [r for r in load_rows([name]) if r.split == "dev"]
    learned = answers(fit(load_rows(), alpha), [r.text for r in rows])
    clf = Classifier(version="hs_v6")
    rules = [Answer(p.risk_category, p.hs6) for p in (clf.classify(r.id, r.text) for r in rows)]
    fill = [FILL.apply(a.category, a.hs6, lr) for a, lr in zip(rules, learned, strict=True)]
    mixed = [Answer(v.category, v.hs6) for v in fill]
    only = [Answer(lr.category, lr.hs6) for lr in learned]
    print(f"# {name} dev half ({len(rows)} rows), blind: the learned model fitted on {', '.join(SEEN)}")
    for label, got in (("hs_v6", rules), ("learned alone", only), (f"hs_v6 + {FILL} (not adopted)", mixed)):
        cat = sum(r.category == a.category for r, a in zip(rows, got, strict=True))
        four = [(r, a) for r, a in zip(rows, got, strict=True) if len(r.hs) >= 4]
        six = [(r, a) for r, a in zip(rows, got, strict=True) if len(r.hs) == 6]
        print(f"{label}: category {share(cat, len(rows))}, HS-4 {share(sum((a.hs6 or '')[:4] == r.hs[:4] for r, a in four), len(four))}, "
              f"HS-6 {share(sum(a.hs6 == r.hs for r, a in six), len(six))}; "
              + risk_precision([(r, a.category) for r, a in zip(rows, got, strict=True)]))
    print(f"answers the fill rule gave: {sum(v.by != 'rules' for v in fill)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--cache", type=Path, help="keep the LOSO answers here (npz) and reuse them")
    parser.add_argument("--blind", metavar="SET",
                        help="a new set (e.g. v13): fit on every seen set, score its dev half ONCE; summary only")
    args = parser.parse_args(argv)
    if args.blind:
        return blind(args.blind, args.alpha)
    rows = load_rows()
    if args.cache and args.cache.exists():
        with np.load(args.cache, allow_pickle=False) as z:
            learned = Learned({t: [str(s) for s in z[f"{t}_best"]] for t in TARGETS},
                              {t: z[f"{t}_p"] for t in TARGETS})
    else:
        learned = loso_learned(rows, args.alpha)
        if args.cache:
            np.savez(args.cache, **{f"{t}_best": np.array(learned.best[t]) for t in TARGETS},
                     **{f"{t}_p": learned.p[t] for t in TARGETS})
    everyone = list(range(len(rows)))
    out = [f"# LOSO on the seen title sets ({', '.join(SEEN)}; {len(rows)} rows), learned model: hashed character "
           f"1-{ORDERS}-grams ({1 << BITS} buckets), logistic regressions (one per class), alpha={args.alpha}"]

    def learned_score(r: Row, i: int) -> tuple[bool | None, bool | None, bool | None]:
        return (learned.best["category"][i] == r.category,
                learned.best["hs4"][i] == r.hs[:4] if len(r.hs) >= 4 else None,
                learned.best["hs6"][i] == r.hs if len(r.hs) == 6 else None)

    out += per_set(rows, everyone, learned_score, "Learned model alone, leave-one-set-out")
    out.append(risk_precision([(rows[i], learned.best["category"][i]) for i in everyone]))

    from chainlight.classify import Classifier

    clf = Classifier(version="hs_v6")
    now = {i: Answer(p.risk_category, p.hs6) for i, p in enumerate(clf.classify(r.id, r.text) for r in rows)}

    def rule_score(answers: dict[int, Answer]) -> Scorer:
        def score(r: Row, i: int) -> tuple[bool | None, bool | None, bool | None]:
            a = answers[i]
            return (a.category == r.category, (a.hs6 or "")[:4] == r.hs[:4] if len(r.hs) >= 4 else None,
                    a.hs6 == r.hs if len(r.hs) == 6 else None)
        return score

    out += per_set(rows, everyone, rule_score(now), "hs_v6 today on the seen sets (plain seen figures: fitted)")
    out.append(risk_precision([(rows[i], now[i].category) for i in everyone]))

    index = {(r.set, r.id): i for i, r in enumerate(rows)}
    seen_first = {index[k]: a for k, a in first_sight(rows).items()}
    first_idx = sorted(seen_first)
    out += per_set(rows, first_idx, rule_score(seen_first),
                   "The rule classifier at first sight (each half's blind run; the version of its day)")
    out.append(risk_precision([(rows[i], seen_first[i].category) for i in first_idx]))

    # thresholds chosen leave-one-set-out over the first-sight sets, then applied to the set left out
    mixed: dict[int, Answer] = {}
    chosen = []
    first_sets = sorted({rows[i].set for i in first_idx}, key=SEEN.index)
    for g in first_sets:
        tune = {i: a for i, a in seen_first.items() if rows[i].set != g}
        rule = choose(rows, tune, learned)
        chosen.append(f"{g}: {rule}")
        for i, a in seen_first.items():
            if rows[i].set == g:
                mixed[i] = combined(rule, a, learned, i)
    out += per_set(rows, first_idx, rule_score(mixed),
                   "Rules at first sight + learned model, thresholds chosen leave-one-set-out (nested)")
    out.append(risk_precision([(rows[i], mixed[i].category) for i in first_idx]))
    out.append("thresholds chosen per left-out set: " + "; ".join(chosen))
    final = choose(rows, seen_first, learned)
    out.append(f"thresholds chosen on all first-sight sets: {final}")
    today = {i: combined(final, a, learned, i) for i, a in now.items()}
    out += per_set(rows, everyone, rule_score(today), f"hs_v6 today + learned (LOSO answers), {final}")
    out.append(risk_precision([(rows[i], today[i].category) for i in everyone]))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
