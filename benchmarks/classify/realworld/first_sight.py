"""Round 27: two classifier versions judged on each seen half's first-sight answers.

    python -m benchmarks.classify.realworld.first_sight hs_v15 hs_v16

Every half of sets 3-23 was run blind once (its dev half after the round that preceded it, its held-out half at its
scoring): those files list every failure of the version of that day, and a row not listed was answered right
(loso.first_sight).  For each half: the first-sight figures, then each version's today.  A half's first-sight answers
are the only ones that no rule was read from; a version today is fitted to every seen half, so a change that keeps
today's figures but loses a half's first-sight right answers (`lost`, rows right at first sight that the version now
misses) or wins its first-sight misses (`won`) says how a rule does on titles it was not written from.

Counting rule (run.py's): category over every row, HS-4 over rows labelled to four digits or more, HS-6 over rows
labelled to six.  A row counts as right at first sight for HS-4 when its answer was right or its failure line shows the
same four digits.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from benchmarks.classify.realworld.learned import Row, load_rows
from benchmarks.classify.realworld.loso import FIRST_SIGHT, RESULTS

HERE = Path(__file__).resolve().parent
# The blind runs after set 12 (loso.FIRST_SIGHT stops there): each dev half's run after the round that preceded it,
# each held-out half's scoring.  Sets 13 and 14's dev runs list no failures (their files keep the summary only).
LATER = (
    ("v13", RESULTS / "heldout_v13_scored_at_4a39318.txt"), ("v14", RESULTS / "heldout_v14_scored_at_9fbd203.txt"),
    ("v15", RESULTS / "v15-dev-after-round19.txt"), ("v15", HERE / "heldout_v15_scored_at_867a0e6.txt"),
    ("v16", RESULTS / "v16-dev-after-round20.txt"), ("v16", HERE / "heldout_v16_scored_at_61e10e8.txt"),
    ("v17", RESULTS / "v17-dev-after-round21.txt"), ("v17", HERE / "heldout_v17_scored_at_ee7f8ea.txt"),
    ("v18", RESULTS / "v18-dev-after-round22.txt"), ("v18", HERE / "heldout_v18_scored_at_56305ef.txt"),
    ("v19", RESULTS / "v19-dev-after-round23.txt"), ("v19", HERE / "heldout_v19_scored_at_d5f2a0d.txt"),
    ("v20", RESULTS / "v20-dev-after-round24.txt"), ("v20", HERE / "heldout_v20_scored_at_e851b63.txt"),
    ("v21", RESULTS / "v21-dev-after-round25.txt"), ("v21", HERE / "heldout_v21_scored_at_7822c98.txt"),
    ("v22", RESULTS / "v22-dev-after-round26.txt"), ("v22", HERE / "heldout_v22_scored_at_c8bb865.txt"),
    # round 27b: set 23's dev half at the round's start code, its held-out half at its scoring
    ("v23", RESULTS / "v23-dev-baseline-at-a886cb4.txt"), ("v23", HERE / "heldout_v23_scored_at_d44c810.txt"),
)
_FAIL = re.compile(r"^  x (\S+) \[\w+\] .*: want (\d*) (\w+), got (\S+) (\w+) \(")
_SPLIT = re.compile(r"split (dev|heldout)")
Answer = tuple[str, str | None]  # category, HS-6


def blind_answers(path: Path, rows: Sequence[Row]) -> tuple[str, dict[str, Answer]]:
    """The half a blind file scored and the first version's answer of every row of it (a row not listed as a
    failure was answered right: its label, four digits standing for a right HS-4 of a four-digit label)."""
    text = path.read_text(encoding="utf-8")
    m = _SPLIT.search(text[:2000])
    half = m.group(1) if m else ("heldout" if "heldout" in path.name else "dev")
    failed: dict[str, Answer] = {}
    for line in text.splitlines():
        if line.startswith("Failures of") and failed:
            break  # the first version's failures only
        if (f := _FAIL.match(line)) is not None:
            failed[f.group(1)] = (f.group(5), None if f.group(4) == "None" else f.group(4))
    return half, {r.id: failed.get(r.id, (r.category, r.hs)) for r in rows if r.split == half}


def counts(rows: Sequence[Row], got: Sequence[Answer]) -> tuple[int, int, int]:
    cat = sum(r.category == g[0] for r, g in zip(rows, got, strict=True))
    hs4 = sum((g[1] or "")[:4] == r.hs[:4] for r, g in zip(rows, got, strict=True) if len(r.hs) >= 4)
    hs6 = sum(g[1] == r.hs for r, g in zip(rows, got, strict=True) if len(r.hs) == 6)
    return cat, hs4, hs6


def right(r: Row, g: Answer) -> tuple[bool, bool, bool]:
    return r.category == g[0], len(r.hs) >= 4 and (g[1] or "")[:4] == r.hs[:4], len(r.hs) == 6 and g[1] == r.hs


def main(argv: list[str] | None = None) -> int:
    from chainlight.classify import Classifier

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    args = ap.parse_args(argv)
    files = (*FIRST_SIGHT, *LATER)
    names = sorted({n for n, _ in files}, key=lambda s: int(s[1:]))
    rows = load_rows(names)
    clf = {v: Classifier(version=v) for v in (args.before, args.after)}
    print(f"# first-sight halves (sets {names[0]}-{names[-1]}): category / HS-4 / HS-6 right at first sight, "
          f"{args.before} and {args.after} today; won / lost = first-sight misses now right / first-sight right "
          "answers now missed (category, HS-4, HS-6)")
    print(f"| half | n | first sight | {args.before} | {args.after} | {args.before} won / lost | "
          f"{args.after} won / lost |\n|---|---|---|---|---|---|---|")
    total = [[0, 0, 0] for _ in range(3)]
    moves = {v: [[0, 0, 0], [0, 0, 0]] for v in clf}
    for name, path in files:
        mine = [r for r in rows if r.set == name]
        half, first = blind_answers(path, mine)
        sub = [r for r in mine if r.split == half]
        firsts = [first[r.id] for r in sub]
        now = {v: [(c.risk_category, c.hs6) for c in (k.classify(r.id, r.text) for r in sub)] for v, k in clf.items()}
        cells = [counts(sub, firsts), *(counts(sub, now[v]) for v in clf)]
        for t, c in zip(total, cells, strict=True):
            for k in range(3):
                t[k] += c[k]
        wl = []
        for v in clf:
            won, lost = [0, 0, 0], [0, 0, 0]
            for r, f, g in zip(sub, firsts, now[v], strict=True):
                for k, (a, b) in enumerate(zip(right(r, f), right(r, g), strict=True)):
                    won[k] += b and not a
                    lost[k] += a and not b
            for k in range(3):
                moves[v][0][k] += won[k]
                moves[v][1][k] += lost[k]
            wl.append(f"{'/'.join(map(str, won))} / {'/'.join(map(str, lost))}")
        print(f"| {name} {half} | {len(sub)} | " + " | ".join("/".join(map(str, c)) for c in cells) + " | "
              + " | ".join(wl) + " |")
    print("| all | | " + " | ".join("/".join(map(str, t)) for t in total) + " | " + " | ".join(
        f"{'/'.join(map(str, moves[v][0]))} / {'/'.join(map(str, moves[v][1]))}" for v in clf) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
