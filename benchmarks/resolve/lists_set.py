"""10k query names against the full OFAC SDN + UN consolidated lists, written in gen_names' file format
(watchlist.jsonl, queries.jsonl, truth.jsonl, meta.json) so that the screening benchmark runs chainlight and
rapidfuzz on it exactly as on generated data.

    python -m benchmarks.resolve.lists_set --out lists-10k     # (run.py builds it in a temporary folder)

Positives (half): a name of a list entity drawn at random, written as a screen meets it: as listed, in other
case, one or two typos, two neighbouring words swapped, spaces changed.  The string changes are gen_names'
own (typo, respace, case_noise, imported from ../shared/bench/gen_names.py), so that they are the peers'
perturbations, not chainlight's.  A positive's right answers are every entity listing that name (the same
body on OFAC and on the UN list, its words in any order).  Negatives (half): names of a gen_names watchlist (seed 5) with the same
changes, none of them a list name.  The lists hold almost no Hangul or Hanzi, so this set measures speed on
the real lists more than cross-script quality (the cross-script set does that).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from benchmarks.resolve.crossscript import load_lists
from chainlight.resolve.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT.parent / "shared" / "bench" / "gen_names.py"
NEGATIVE_SEED = 5  # gen_names seed of the negatives' watchlist (the screening benchmark uses 1, the fit 2)
CHANGES = [("exact", 0.15), ("case", 0.15), ("typo1", 0.3), ("typo2", 0.15), ("reorder", 0.15), ("spacing", 0.1)]


def _gen_names() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_names", GEN)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _change(g: ModuleType, rng: random.Random, name: str) -> tuple[str, str]:
    """The name as a screen meets it, and which change was made."""
    r, kind = rng.random(), CHANGES[-1][0]
    for k, w in CHANGES:
        r -= w
        if r <= 0:
            kind = k
            break
    words = name.split()
    if kind == "case":
        out = g.case_noise(rng, name)
    elif kind in ("typo1", "typo2"):
        out = g.typo(rng, name, 1 if kind == "typo1" else 2)
    elif kind == "reorder" and len(words) >= 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        out = " ".join(words)
    elif kind == "spacing":
        out = g.respace(rng, [("w", w) for w in words])
    else:
        kind, out = "exact", name
    return " ".join(out.split()) or name, kind


def _key(name: str) -> str:
    """A name's words in order of the alphabet: 'AL-AZZAWI, Hikmat' and 'HIKMAT AL-AZZAWI' are one name."""
    return " ".join(sorted(re.findall(r"\w+", fold(name))))


def build(out: Path, n: int = 10_000, seed: int = 1) -> None:
    """Write the set to `out` (created)."""
    out.mkdir(parents=True, exist_ok=True)
    g, rng = _gen_names(), random.Random(seed)
    ents = load_lists()
    by_name: dict[str, set[str]] = defaultdict(set)
    with open(out / "watchlist.jsonl", "w", encoding="utf-8") as f:
        for e in ents:
            names = list(dict.fromkeys(nm.value for nm in e.names if nm.value.strip()))
            for nm in names:
                by_name[_key(nm)].add(e.id)
            f.write(json.dumps({"id": e.id, "schema": e.schema, "kind": e.dataset, "names": names},
                               ensure_ascii=False) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(GEN), "-M", str(n), "-N", "10", "--seed", str(NEGATIVE_SEED),
                        "--out", tmp], check=True, capture_output=True)
        with open(Path(tmp) / "watchlist.jsonl", encoding="utf-8") as f:
            others = [(json.loads(x)["names"][0], json.loads(x)["schema"]) for x in f]
    others = [(nm, s) for nm, s in others if _key(nm) not in by_name]
    rng.shuffle(others)
    queries, truth = [], []
    for i in range(n):
        qid = f"l{i:06d}"
        if i % 2 == 0:
            e = ents[rng.randrange(len(ents))]
            name = rng.choice([nm.value for nm in e.names if nm.value.strip()] or [e.caption])
            q, kind = _change(g, rng, name)
            alt = sorted(by_name[_key(name)] - {e.id})
            queries.append({"qid": qid, "name": q, "schema": e.schema})
            truth.append({"qid": qid, "entity_id": e.id, "alt_ids": alt, "ptype": kind, "kind": e.dataset,
                          "script": "latin"})
        else:
            name, schema = others[(i // 2) % len(others)]
            q, kind = _change(g, rng, name)
            queries.append({"qid": qid, "name": q, "schema": schema})
            truth.append({"qid": qid, "entity_id": None, "ptype": "neg_" + kind, "kind": "generated",
                          "script": "latin"})
    for fname, rows in (("queries.jsonl", queries), ("truth.jsonl", truth)):
        with open(out / fname, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    with open(out / "meta.json", "w", encoding="utf-8") as f:
        json.dump({"entities": len(ents), "queries": n, "positives": n - n // 2, "seed": seed,
                   "negatives_from": f"gen_names seed {NEGATIVE_SEED}"}, f)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("-N", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    build(args.out, args.N, args.seed)


if __name__ == "__main__":
    main()
