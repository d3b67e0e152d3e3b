"""End-to-end columnar screen at scale: records_gen.py Parquet -> score/batch_screen.py -> findings.csv.

    python -m benchmarks.trace.run --batch-e2e --sizes 100000,1000000
    python -m benchmarks.trace.run --batch-e2e --sizes 10000000          # long; needs ~disk for Parquet
    python -m benchmarks.trace.batch_e2e FOLDER [spark]   # screen FOLDER/{shipments,listings}.parquet made before
    python -m benchmarks.trace.engines --sizes 1000000   # DuckDB and Spark side by side (engines.py)

Each size runs in a fresh process (peak = ru_maxrss of that process); generation runs in its own process
first so that its buffers are not counted.  Real resolver (`cluster_parties`), classifier and matcher.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.trace.records_gen import generate_records
from benchmarks.trace.scenario import _claims, _entities, _priors
from chainlight.score.batch_screen import BatchScreener, run_batch
from chainlight.score.screen import default_classifier, default_cluster, default_matcher
from chainlight.settings import get_settings


def generate(n: int, folder: Path) -> dict[str, object]:
    t0 = time.perf_counter()
    info: dict[str, object] = dict(generate_records(n, folder / "shipments.parquet", folder / "listings.parquet"))
    info["generate_s"] = round(time.perf_counter() - t0, 1)
    return info


def screen_one(folder: Path, threads: int = 2, memory_limit: str = "5GB", engine: str = "duckdb",
               out: str = "findings.csv") -> dict[str, object]:
    """`engine` "spark": the same stages on PySpark in local mode on `threads` cores (chainlight.engine)."""
    t0 = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = '{folder / 'spill'}'")
    from chainlight.engine import make_engine

    eng = make_engine(engine, con=con, master=f"local[{threads}]")
    entities = _entities()
    b = BatchScreener(entities=entities, claims=_claims(), priors=_priors(), goods=[],
                      matcher=default_matcher(entities, get_settings()), classifier=default_classifier(),
                      cluster=default_cluster(), engine=eng)
    def log(msg: str) -> None:  # stage by stage on stderr, with the peak so far, for runs that may be stopped
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"[{time.perf_counter() - t0:7.1f} s] {msg}; peak {peak} MB", file=sys.stderr, flush=True)

    r = run_batch(b, folder / "shipments.parquet", folder / "listings.parquet", folder / out,
                  keep_tiers=False, log=log)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # forked workers (clustering, matching) share the parent's pages copy-on-write; their own peak apart
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parties = (eng.rows("SELECT count(DISTINCT pid), count(*) FROM mention_party") or [(0, 0)])[0]
    return {"engine": engine, "screen_s": round(wall, 1), "peak_mb": round(peak), "workers_peak_mb": round(workers_peak),
            "steps": r.timings, "tiers": r.counts,
            "parties": parties[0], "distinct_names": parties[1], "findings_built": len(r.findings)}


def main(n: int) -> None:
    """Child process: generate in a grandchild, then screen here."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="chainlight-e2e-") as tmp:
        folder = Path(tmp)
        gen = subprocess.run([sys.executable, "-c", "import json,sys; from pathlib import Path; "
                              "from benchmarks.trace.batch_e2e import generate; "
                              f"print(json.dumps(generate({n}, Path({str(folder)!r}))))"],
                             capture_output=True, text=True, check=True)
        info = json.loads(gen.stdout.strip().splitlines()[-1])
        info.update(screen_one(folder))
        print(json.dumps(info))


if __name__ == "__main__":  # screen a folder generated before: python -m benchmarks.trace.batch_e2e FOLDER [ENGINE]
    engine = sys.argv[2] if len(sys.argv) > 2 else "duckdb"
    print(json.dumps(screen_one(Path(sys.argv[1]), engine=engine, out=f"findings-{engine}.csv")))
