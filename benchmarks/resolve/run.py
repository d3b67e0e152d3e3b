"""Resolve benchmarks: `python -m benchmarks.resolve.run [--sizes 10000x1000,100000x10000] [--skip-speed]`.

Prints markdown tables: pair quality on OpenSanctions' cases (chainlight's scorers vs logic-v2 frozen and
live), the cross-script set, 10k names against the full OFAC + UN lists, and speed/memory/R@1/F1 on
gen_names data, next to rapidfuzz brute force and logic-v2 (on the first 2,000 queries of each set).
Generated data goes to a temporary folder and is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.resolve.metrics import table

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _one(method: str, folder: Path) -> dict[str, object]:
    code = ("import json,sys; from pathlib import Path; from benchmarks.resolve.screening import run_one; "
            f"print(json.dumps(run_one({method!r}, Path({str(folder)!r}))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000x1000,100000x10000", help="MxN list; add 1000000x10000 for 1M")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-cross", action="store_true", help="skip the cross-script set (~2 min with logic-v2)")
    ap.add_argument("--methods", default="chainlight-build,chainlight,rapidfuzz-cdist,logic-v2",
                    help="chainlight-build indexes and saves the list; chainlight then loads it and screens; "
                         "logic-v2 screens the first 2,000 queries behind a rapidfuzz top-10 candidate search")
    ap.add_argument("--skip-lists", action="store_true",
                    help="skip 10k names against the full OFAC + UN lists (lists_set.py, ~1 min)")
    args = ap.parse_args(argv)

    from benchmarks.resolve import pairs
    print("## Pair quality (OpenSanctions name_bench_cases)\n")
    print(table(pairs.run(SHARED / "data")) + "\n")
    if not args.skip_cross:
        from benchmarks.resolve import crossscript_eval
        print("## Cross-script set (benchmarks/resolve/crossscript_cases.jsonl, full OFAC + UN lists)\n")
        print(table(crossscript_eval.run()) + "\n")
    if args.skip_speed:
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            m, n = size.split("x")
            folder = Path(tmp) / size
            subprocess.run([sys.executable, str(SHARED / "bench" / "gen_names.py"), "-M", m, "-N", n,
                            "--seed", str(args.seed), "--out", str(folder)], check=True, capture_output=True)
            for method in args.methods.split(","):
                rows.append(_one(method, folder))
                print(rows[-1], file=sys.stderr)
        if not args.skip_lists:
            from benchmarks.resolve import lists_set
            folder = Path(tmp) / "lists"
            lists_set.build(folder, seed=args.seed)
            lists_rows = []
            for method in args.methods.split(","):
                lists_rows.append(_one(method, folder))
                print(lists_rows[-1], file=sys.stderr)
            print("## 10k names against the full OFAC SDN + UN lists (lists_set.py)\n")
            for kind in (True, False):  # the build, then the screens
                part = [r for r in lists_rows if (r["method"] == "chainlight-build") == kind]
                if part:
                    print(table(part) + "\n")
    builds = [r for r in rows if r["method"] == "chainlight-build"]
    if builds:
        print("## Index build (chainlight-build: read, analyse, index and save the watchlist)\n")
        print(table(builds) + "\n")
    print("## Screening gen_names.py data (cross_script_R@1 = Hangul/Hanzi queries)\n")
    print("Two counting rules, side by side for every method. Rank-1 (precision, recall, f1): the top candidate "
          "is the\nprediction when it scores at or above the method's threshold; right if it is the true entity "
          "(or a namesake).\nTop-5 (top5_*), the rule of the peers' figures in ../shared/bench/README.md: each of "
          "the five best at or\nabove the threshold is a prediction (one right one is a true positive, each wrong "
          "one a false positive).\nchainlight's top-5 come from an untimed second pass; wall and query times are "
          "the rank-1 run's.\n")
    print(table([r for r in rows if r["method"] != "chainlight-build"]))


if __name__ == "__main__":
    main()
