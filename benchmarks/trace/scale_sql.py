"""Scale of the DuckDB mass-balance pass (trace/batch.py): flows from Parquet, 2 threads, time and peak memory.

    python -m benchmarks.trace.scale_sql --sizes 100000,1000000[,10000000]

Each size runs in a fresh process so that peak memory (ru_maxrss, the process's high-water mark) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.trace.flows_gen import generate_flows
from chainlight.trace.batch import load_flows, taint_rows


def one(n: int, threads: int, memory_limit: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "flows.parquet"
        t0 = time.perf_counter()
        world = generate_flows(n, path)
        t1 = time.perf_counter()
        con = duckdb.connect(str(Path(tmp) / "work.duckdb"))  # on disk, so DuckDB may spill past the limit
        con.execute(f"SET threads = {threads}; SET memory_limit = '{memory_limit}'; "
                    f"SET temp_directory = '{tmp}/spill'; SET preserve_insertion_order = false")
        load_flows(con, path)
        t2 = time.perf_counter()
        rows = taint_rows(con, 3, 365, 6)
        t3 = time.perf_counter()
        con.close()
    return {**world, "generate_s": round(t1 - t0, 1), "load_s": round(t2 - t1, 1), "taint_s": round(t3 - t2, 1),
            "tainted_flows": len(rows), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--memory-limit", default="6GB")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.threads, args.memory_limit)))
        return
    print("| flows | generate s | load s | taint pass s | tainted flows | peak MB |\n|---|---|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, "-m", "benchmarks.trace.scale_sql", "--one", str(n), "--threads",
                              str(args.threads), "--memory-limit", args.memory_limit],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['flows']:,} | {r['generate_s']} | {r['load_s']} | {r['taint_s']} | {r['tainted_flows']:,} "
              f"| {r['peak_mb']} |", flush=True)


if __name__ == "__main__":
    main()
