"""`chainlight match` on a store, called twice: the first call builds and saves the name index, the second
loads it. Peer in the same run: rapidfuzz brute force (token_sort_ratio over every list name, all cores) on
the same queries, which needs no index.

    python -m benchmarks.resolve.saved_index [--entities 100000] [--queries 5000] [--seed 12]

The watchlist and queries come from ../shared/bench/gen_names.py (seed 12 by default: no other benchmark
and no fit uses it); the watchlist is stored through `chainlight ingest ftm` as FollowTheMoney entities, as a
user would load an OpenSanctions export. Figures are wall-clock seconds of whole CLI processes (Python start,
store open, index load or build, matching, output), and peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CHAINLIGHT_SHARED", ROOT.parent / "shared"))
CLI = [str(Path(sys.executable).parent / "chainlight")]  # the installed command, as a user runs it


def _run(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one chainlight process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(CLI + args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    return wall, peak // 1024


def _to_ftm(watchlist: Path, out: Path) -> int:
    n = 0
    with open(watchlist, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            w = json.loads(line)
            schema = "Person" if w["schema"] == "Person" else "Company"
            dst.write(json.dumps({"id": w["id"], "schema": schema, "properties": {"name": w["names"]}},
                                 ensure_ascii=False) + "\n")
            n += 1
    return n


def _rapidfuzz(watchlist: Path, queries: list[str]) -> float:
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    start = time.perf_counter()
    with open(watchlist, encoding="utf-8") as fh:
        names = [n for line in fh for n in json.loads(line)["names"]]
    for i in range(0, len(queries), 256):
        mat = process.cdist(queries[i:i + 256], names, scorer=fuzz.token_sort_ratio,
                            processor=utils.default_process, workers=-1, dtype=np.uint8)
        mat.argmax(axis=1)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        subprocess.run([sys.executable, str(SHARED / "bench" / "gen_names.py"), "--entities", str(args.entities),
                        "--queries", str(args.queries), "--seed", str(args.seed), "--out", str(tmp / "set")],
                       check=True, capture_output=True)
        ftm = tmp / "watchlist.ftm.json"
        count = _to_ftm(tmp / "set" / "watchlist.jsonl", ftm)
        with open(tmp / "set" / "queries.jsonl", encoding="utf-8") as fh:
            names = [json.loads(line)["name"] for line in fh]
        queries = tmp / "queries.csv"
        with open(queries, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["query_id", "name"])
            w.writerows((f"q{i}", n) for i, n in enumerate(names))
        db = str(tmp / "lists.duckdb")
        ingest, _ = _run(["--db", db, "-q", "ingest", "ftm", str(ftm)])
        match = ["--db", db, "-q", "match", str(queries), "--out", str(tmp / "out.csv")]
        first, first_mb = _run(match)
        second, second_mb = _run(match)
        index_mb = Path(db + ".matcher").stat().st_size / 1e6
        peer = _rapidfuzz(tmp / "set" / "watchlist.jsonl", names)
    print(f"# chainlight match with a saved index: {count:,} entities x {len(names):,} names (seed {args.seed})\n")
    print(f"ingest ftm: {ingest:.1f} s; saved index {index_mb:.0f} MB; load average {os.getloadavg()[0]:.2f}\n")
    print("| run | wall s | peak MB | vs rapidfuzz |\n|---|---:|---:|---:|")
    print(f"| chainlight match, first call (builds and saves the index) | {first:.1f} | {first_mb} | "
          f"{first / peer:.2f}x |")
    print(f"| chainlight match, second call (loads the index) | {second:.1f} | {second_mb} | {second / peer:.2f}x |")
    print(f"| rapidfuzz brute force, token_sort_ratio, all cores | {peer:.1f} | - | 1.00x |")


if __name__ == "__main__":
    main()
