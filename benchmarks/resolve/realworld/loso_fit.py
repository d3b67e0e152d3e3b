"""A verdict decision fitted on the seen real-world names and scored leave-one-set-out (LOSO).

    python -m benchmarks.resolve.realworld.loso --dump rows.json     # the rows' candidates (loso.py)
    python -m benchmarks.resolve.realworld.loso_fit rows.json        # LOSO figures of each decision

A decision says, from what the matcher computes for a query's rank-1 candidate, whether it is a match.  Today's is
score >= 0.70.  Each decision here is fitted on every seen set but one and scored on the one left out, for every set:
it may accept more names only where, on the sets it is fitted on, it accepts no more look-alikes and no more wrong
bodies than today's (the fit maximises the names found under that constraint).  Decisions:

- threshold: one threshold for all (the fit's check that 0.70 is where the seen sets put it);
- threshold by script, by the candidate's schema, by the reading that found it, by script and schema;
- logistic: scikit-learn's logistic regression over the rank-1 candidate's score, its feature parts, the reading,
  the script, the schema and the margin over rank 2, accepted above a fitted probability.

- confirmed names (resolve/confirmed.py): a store of the names the other sets' annotators tied to a body or vessel,
  written the same up to case, spaces, punctuation and simplified/traditional characters; a name of the left-out set
  so written is answered with that body at rank 1, score 1.0, as the matcher answers it.  Built by the store's own
  rule (confirmed_names.build) from the 13 other sets, and modelled on the dumped answers of a run made without the
  store's hits (loso.py --no-confirmed), so that a fold never sees its own set's names.

A re-ranking is not fitted: on the seen sets the right body is below another body among the answers for 6 names of
1,703 (round17-failure-classes.txt).  Counting: run.py's (README.md), on the dumped answers.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from chainlight.resolve.confirmed import MIN_KEY, written_key

THRESHOLD = 0.70
GRID = tuple(round(0.40 + 0.01 * k, 2) for k in range(51))  # 0.40 .. 0.90
FEATURES = ("tokens", "token_set", "joined", "phonetic", "letters", "weakest", "identical", "person_cover", "spacing",
            "translated", "extra", "syllable_diff", "syllable_miss", "conflict", "person_extra")
READINGS = ("as written", "translated", "read in Korean", "katakana")
SCRIPTS = ("hangul", "hanzi", "kana", "mixed", "latin")

Row = dict[str, Any]
Counts = tuple[int, int, int]  # found, wrong body, look-alikes matched


def _top(o: Row) -> dict[str, Any]:
    return o["candidates"][0]


def outcome(o: Row, accepted: bool) -> Counts:
    if not accepted:
        return 0, 0, 0
    if o["kind"] == "lookalike":
        return 0, 0, 1
    return (1, 0, 0) if _top(o)["right"] else (0, 1, 0)


def total(rows: list[Row], accept: Callable[[Row], bool]) -> Counts:
    f = w = la = 0
    for o in rows:
        a, b, c = outcome(o, accept(o))
        f, w, la = f + a, w + b, la + c
    return f, w, la


def _schema(o: Row) -> str:
    s = _top(o)["schema"]
    return s if s in ("Person", "Vessel") else "body"


def _reading(o: Row) -> str:
    how = _top(o)["how"]
    return next((r for r in READINGS if how.startswith(r)), "other reading")


GROUPS: dict[str, Callable[[Row], str]] = {
    "one threshold": lambda o: "all",
    "threshold by script": lambda o: o["script"],
    "threshold by schema": _schema,
    "threshold by reading": _reading,
    "threshold by script and schema": lambda o: f"{o['script']}/{_schema(o)}",
}


def at_least(t: float) -> Callable[[Row], bool]:
    return lambda o: bool(_top(o)["score"] >= t)


def among(chosen: set[int]) -> Callable[[Row], bool]:
    return lambda o: id(o) in chosen


def thresholds_by(group: Callable[[Row], str]) -> Callable[[list[Row]], Callable[[Row], bool]]:
    """The fit of a threshold per group, as a decision."""
    def fit(train: list[Row]) -> Callable[[Row], bool]:
        th = fit_thresholds(train, group)
        return lambda o: bool(_top(o)["score"] >= th.get(group(o), THRESHOLD))
    return fit


def fit_thresholds(train: list[Row], group: Callable[[Row], str]) -> dict[str, float]:
    """Per group, the threshold finding the most names on `train` with no more wrong bodies and look-alikes than
    today's threshold there (today's kept on a tie)."""
    out: dict[str, float] = {}
    for g in sorted({group(o) for o in train}):
        sub = [o for o in train if group(o) == g]
        bf, bw, bl = total(sub, lambda o: _top(o)["score"] >= THRESHOLD)
        best = (bf, THRESHOLD)
        for t in GRID:
            f, w, la = total(sub, at_least(t))
            if w <= bw and la <= bl and f > best[0]:
                best = (f, t)
        out[g] = best[1]
    return out


def features(o: Row) -> list[float]:
    c = _top(o)
    second = o["candidates"][1]["score"] if len(o["candidates"]) > 1 else 0.0
    return ([c["score"], c["score"] - second] + [c["features"].get(k, 0.0) for k in FEATURES]
            + [float(_reading(o) == r) for r in READINGS] + [float(o["script"] == s) for s in SCRIPTS]
            + [float(_schema(o) == s) for s in ("Person", "Vessel")])


def fit_logistic(train: list[Row]) -> Callable[[Row], bool]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([features(o) for o in train])
    y = np.array([o["kind"] != "lookalike" and _top(o)["right"] for o in train], dtype=int)
    scale = StandardScaler().fit(x)
    model = LogisticRegression(max_iter=2000).fit(scale.transform(x), y)
    p = model.predict_proba(scale.transform(x))[:, 1]
    _bf, bw, bl = total(train, lambda o: _top(o)["score"] >= THRESHOLD)
    best = (-1, 1.0)
    for cut in np.unique(p):
        chosen = {id(o) for o, pk in zip(train, p, strict=True) if pk >= cut}
        f, w, la = total(train, among(chosen))
        if w <= bw and la <= bl and f > best[0]:
            best = (f, float(cut))

    def accept(o: Row) -> bool:
        return bool(model.predict_proba(scale.transform(np.array([features(o)])))[0, 1] >= best[1])
    return accept


def _table(listed: dict[str, int], last: str, outcomes: dict[str, tuple[np.ndarray, np.ndarray]]) -> list[str]:
    """The LOSO table of (found, wrong, look-alikes) today and with the fitted change, one row a left-out set, and
    its mean-of-sets line: what `loso` and `memory_loso` both print."""
    lines = [f"| left out | listed | today: found / wrong / look-alikes | {last} |", "|---|---|---|---|"]
    before = [outcomes[s][0][0] / listed[s] for s in listed]
    after = [outcomes[s][1][0] / listed[s] for s in listed]
    tb, ta = np.zeros(3, int), np.zeros(3, int)
    for s, (b, a) in outcomes.items():
        tb += b
        ta += a
        lines.append(f"| {s} | {listed[s]} | {b[0]} / {b[1]} / {b[2]} | {a[0]} / {a[1]} / {a[2]} |")
    lines.append(f"| all | {sum(listed.values())} | {tb[0]} / {tb[1]} / {tb[2]} | {ta[0]} / {ta[1]} / {ta[2]} |")
    lines += ["", f"LOSO rank-1 recall, mean of sets [range]: {np.mean(before):.4f} [{min(before):.3f}-{max(before):.3f}]"
              f" -> {np.mean(after):.4f} [{min(after):.3f}-{max(after):.3f}]; wrong bodies {tb[1]} -> {ta[1]}, "
              f"look-alikes {tb[2]} -> {ta[2]}", ""]
    return lines


def loso(rows: list[Row], listed: dict[str, int], fit: Callable[[list[Row]], Callable[[Row], bool]]) -> list[str]:
    outcomes = {}
    for s in listed:
        test = [o for o in rows if o["set"] == s]
        accept = fit([o for o in rows if o["set"] != s])
        outcomes[s] = (np.asarray(total(test, lambda o: _top(o)["score"] >= THRESHOLD)), np.asarray(total(test, accept)))
    return _table(listed, "fitted: found / wrong / look-alikes", outcomes)


def fit_memory(train: list[Row]) -> dict[str, frozenset[str]]:
    """Written form -> the ids the training sets' annotators tied it to, by the store's own rule
    (confirmed_names.build: bodies and vessels only; a form tied to two bodies or to a look-alike left out)."""
    from benchmarks.resolve.realworld.confirmed_names import build

    return {k: frozenset(v["ids"].split()) for k, v in build(train).items()}


def memory_loso(every: list[Row], listed: dict[str, int]) -> list[str]:
    outcomes = {}
    hits: list[str] = []
    for s in listed:
        memory = fit_memory([o for o in every if o["set"] != s])
        b, a = np.zeros(3, int), np.zeros(3, int)
        for o in (o for o in every if o["set"] == s):
            now = outcome(o, bool(o["candidates"]) and _top(o)["score"] >= THRESHOLD)
            b += now
            ids = memory.get(written_key(o["name"])) if len(written_key(o["name"])) >= MIN_KEY else None
            if ids is None:
                a += now
                continue
            got = (0, 0, 1) if o["kind"] == "lookalike" else \
                (1, 0, 0) if ids & (set(o["expected"]) | set(o["also_ok"])) else (0, 1, 0)
            a += got
            if got != now:
                hits.append(f"- {s} [{o['script']}] {o['name']}: {now} -> {got}")
        outcomes[s] = (b, a)
    return [*_table(listed, "with the others' confirmed names", outcomes),
            "Names whose outcome (found, wrong, look-alike) the memory moves:", "", *hits, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", type=Path, help="rows written by loso.py --dump")
    args = ap.parse_args(argv)
    every = json.loads(args.dump.read_text(encoding="utf-8"))
    from benchmarks.resolve.realworld import run

    gold = {r["id"]: r for s in dict.fromkeys(o["set"] for o in every) for r in run.load("all", s)}
    for o in every:  # the annotation beside the dumped answers
        o["expected"], o["also_ok"] = gold[o["id"]]["expected"], gold[o["id"]]["also_ok"]
    listed: dict[str, int] = {}
    for o in every:
        listed[o["set"]] = listed.get(o["set"], 0) + (o["kind"] != "lookalike")
    rows = [o for o in every if o["candidates"]]  # a name with no candidate is answered "no match" by any decision
    out = ["# Verdict decisions fitted leave-one-set-out on the seen real-world names", ""]
    for label, group in GROUPS.items():
        out += [f"## {label}", ""]
        out += loso(rows, listed, thresholds_by(group))
    out += ["## logistic decision", ""]
    out += loso(rows, listed, fit_logistic)
    out += ["## confirmed names (a memory of the other sets' annotations)", ""]
    out += memory_loso(every, listed)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
