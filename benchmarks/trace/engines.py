"""The columnar screen on both engines side by side: DuckDB and Spark (local mode, the same 2 cores).

    python -m benchmarks.trace.engines --sizes 100000,1000000        # 10000000 the same way (long)

For each size the records are generated once (records_gen.py Parquet, in its own process), then each engine
screens them in a fresh process (`batch_e2e.py FOLDER ENGINE`: real resolver, classifier and matcher, which
run on the driver over the distinct names and texts for both).  Printed per size: each engine's seconds and
stages, the ratio Spark / DuckDB, whether the tier counts agree and whether findings.csv is byte-identical,
and the load average before the run (the machine is shared).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _run(code: list[str]) -> dict[str, object]:
    out = subprocess.run([sys.executable, *code], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def compare(n: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="chainlight-engines-") as tmp:
        folder = Path(tmp)
        gen = _run(["-c", "import json; from pathlib import Path; from benchmarks.trace.batch_e2e import generate; "
                    f"print(json.dumps(generate({n}, Path({str(folder)!r}))))"])
        row: dict[str, object] = {"shipments": n, "generate_s": gen.get("generate_s"),
                                  "load_before": round(os.getloadavg()[0], 1)}
        for engine in ("duckdb", "spark"):
            got = _run(["-m", "benchmarks.trace.batch_e2e", str(folder), engine])
            row[engine] = {k: got[k] for k in ("screen_s", "peak_mb", "steps", "tiers", "parties")}
            row[f"{engine}_csv"] = _digest(folder / f"findings-{engine}.csv")
        duck, spark = row["duckdb"], row["spark"]
        assert isinstance(duck, dict) and isinstance(spark, dict)
        row["spark_over_duckdb"] = round(float(spark["screen_s"]) / float(duck["screen_s"]), 2)
        row["same_tiers"] = duck["tiers"] == spark["tiers"]
        row["same_findings_csv"] = row["duckdb_csv"] == row["spark_csv"]
        row["load_after"] = round(os.getloadavg()[0], 1)
        return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000", help="shipments per run, comma-separated")
    args = ap.parse_args()
    for n in (int(x) for x in args.sizes.split(",")):
        row = compare(n)
        print(json.dumps(row), flush=True)
        d, s = row["duckdb"], row["spark"]
        assert isinstance(d, dict) and isinstance(s, dict)
        print(f"{n:>12,} shipments: DuckDB {d['screen_s']} s, Spark local {s['screen_s']} s, "
              f"ratio {row['spark_over_duckdb']}x; same tiers {row['same_tiers']}, identical findings.csv "
              f"{row['same_findings_csv']} (load {row['load_before']} -> {row['load_after']})", flush=True)


if __name__ == "__main__":
    main()
