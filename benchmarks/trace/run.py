"""Trace/score benchmark: quality on generated scenarios with known truth, and speed/memory at scale.

    python -m benchmarks.trace.run                          # quality (2k shipments) + scale at 100k
    python -m benchmarks.trace.run --quality-only
    python -m benchmarks.trace.run --sizes 100000,1000000   # bigger runs (long; see README)
    python -m benchmarks.trace.run --sizes 100000 --no-batch # mass balance in Python even above 50k
    python -m benchmarks.trace.scale_sql --sizes 100000,1000000,10000000   # the DuckDB pass alone, Parquet in

Each scale size runs in a fresh process so that peak memory (ru_maxrss) belongs to that size alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter

from benchmarks.trace.scenario import generate
from chainlight.score.screen import ScreenResult, screen


def quality(n: int, seed: int) -> dict[str, object]:
    inputs, truth = generate(n, seed)
    result = screen(inputs)
    tiers = {f.record_id: f.tier for f in result.findings if f.record_type == "listing"}
    tainted = [lid for lid, t in truth.listings.items() if t]
    clean = [lid for lid, t in truth.listings.items() if not t]
    recall = sum(tiers[lid] == "high" for lid in tainted) / max(len(tainted), 1)
    clean_high = sum(tiers[lid] == "high" for lid in clean) / max(len(clean), 1)
    traps: Counter[str] = Counter()
    trap_high: Counter[str] = Counter()
    for lid, label in truth.traps.items():
        for trap in filter(None, label.split("; ")):
            if not truth.listings[lid]:
                traps[trap] += 1
                trap_high[trap] += tiers[lid] == "high"
    sup = {f.record_id: f.tier for f in result.findings if f.record_type == "supplier"}
    return {"shipments": len(inputs.shipments), "listings": len(truth.listings), "tainted": len(tainted),
            "recall_tainted_high": round(recall, 4), "clean_at_high": round(clean_high, 4),
            "clean_traps_at_high": {t: f"{trap_high[t]}/{traps[t]}" for t in sorted(traps)},
            "suppliers": sup, "skipped": result.skipped}


def scale_one(n: int, seed: int, batch: bool | None = None) -> dict[str, float]:
    t0 = time.perf_counter()
    inputs, _ = generate(n, seed)
    t1 = time.perf_counter()
    result: ScreenResult = screen(inputs, batch=batch)
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"shipments": len(inputs.shipments), "listings": len(inputs.listings), "generate_s": round(t1 - t0, 1),
            "screen_s": round(t2 - t1, 1), "peak_mb": round(peak_mb), "findings": len(result.findings)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quality-n", type=int, default=2000)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--sizes", default="100000")
    ap.add_argument("--quality-only", action="store_true")
    ap.add_argument("--no-batch", action="store_true", help="keep the mass-balance pass in Python at every size")
    ap.add_argument("--batch-e2e", action="store_true",
                    help="columnar screen end to end (Parquet in, findings.csv out) at --sizes")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one scale run
    ap.add_argument("--one-batch", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_batch:
        from benchmarks.trace.batch_e2e import main as batch_main

        batch_main(args.one_batch)
        return
    if args.batch_e2e:
        print("| shipments | listings | names | parties | generate s | screen s | peak MB | steps s | tiers |")
        print("|---|---|---|---|---|---|---|---|---|")
        for n in (int(s) for s in args.sizes.split(",")):
            # stage-by-stage progress of the child goes to this stderr
            out = subprocess.run([sys.executable, "-m", "benchmarks.trace.run", "--one-batch", str(n)],
                                 stdout=subprocess.PIPE, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| {r['shipments']} | {r['listings']} | {r['distinct_names']} | {r['parties']} "
                  f"| {r['generate_s']} | {r['screen_s']} | {r['peak_mb']} | {r['steps']} | {r['tiers']} |",
                  flush=True)
        return
    if args.one:
        print(json.dumps(scale_one(args.one, 1, False if args.no_batch else None)))
        return
    print("## trace quality\n\n| seed | shipments | listings | tainted | recall@high | clean@high | clean traps at high |")
    print("|---|---|---|---|---|---|---|")
    for seed in (int(s) for s in args.seeds.split(",")):
        q = quality(args.quality_n, seed)
        print(f"| {seed} | {q['shipments']} | {q['listings']} | {q['tainted']} | {q['recall_tainted_high']:.3f} "
              f"| {q['clean_at_high']:.3%} | {q['clean_traps_at_high']} |")
    print(f"\nsuppliers (seed {seed}): {q['suppliers']}\n\nskipped: {q['skipped']}")
    if args.quality_only:
        return
    print("\n## trace scale\n\n| shipments | listings | generate s | screen s | peak MB | findings |\n|---|---|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, "-m", "benchmarks.trace.run", "--one", str(n)] + (["--no-batch"] if args.no_batch else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['shipments']} | {r['listings']} | {r['generate_s']} | {r['screen_s']} | {r['peak_mb']} "
              f"| {r['findings']} |")


if __name__ == "__main__":
    main()
