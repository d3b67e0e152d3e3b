"""/match under load: `chainlight serve` on OFAC + UN, loopback, at concurrency 1, 4 and 16.

    python -m benchmarks.api.match_load [--workers 2] [--seconds 10]

Peer in the same run: a minimal FastAPI + uvicorn service over the same list names that answers each query
with rapidfuzz's extractOne (token_sort_ratio), with the same number of workers: what a team might put up
instead.  Figures: time until the first /match answers after start (index loaded from the saved file), then
requests per second and latency percentiles at each concurrency.  Each request is one yente-shaped query
(an authenticated viewer's `Authorization: ApiKey`), names drawn from real list spellings and cross-script
forms.  Needs ../shared/data (or CHAINLIGHT_SHARED).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CHAINLIGHT_SHARED", ROOT.parent / "shared"))
CLI = str(Path(sys.executable).parent / "chainlight")
NAMES = ["KOREA RYONBONG GENERAL CORPORATION", "조선광선은행", "朝鲜大成银行", "Korea Kwangson Banking Corp",
         "Green Pine Associated Corporation", "KOMID", "Ri Je Son", "Paek Se Bong", "Daesong Bank",
         "Korea Mining Development Trading Corporation", "Acme Lash Supplies Ltd", "Pingdu Hair Products Co",
         "Ocean Maritime Management", "조선무역은행", "Chang Myong Chin", "Reconnaissance General Bureau"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(url: str, headers: dict[str, str], timeout: float = 300) -> float:
    start = time.perf_counter()
    body = {"queries": {"q": {"schema": "Company", "properties": {"name": ["KOMID"]}}}}
    while time.perf_counter() - start < timeout:
        try:
            if httpx.post(url, json=body, headers=headers, timeout=30).status_code == 200:
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


async def _load(url: str, headers: dict[str, str], concurrency: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(n: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(headers=headers, timeout=30) as client:
            i = n
            while time.perf_counter() < stop:
                body = {"queries": {"q": {"schema": "Company", "properties": {"name": [NAMES[i % len(NAMES)]]}}}}
                t = time.perf_counter()
                r = await client.post(url, json=body)
                latencies.append(time.perf_counter() - t)
                errors += r.status_code != 200
                i += concurrency

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    wall = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {"rps": len(latencies) / wall, "p50": q[49] * 1000, "p95": q[94] * 1000, "errors": errors}


def _run_server(cmd: list[str], url: str, headers: dict[str, str], args: argparse.Namespace,
                env: dict[str, str] | None = None) -> dict[str, Any]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        ready = _wait_ready(url, headers)
        rows = {c: asyncio.run(_load(url, headers, c, args.seconds)) for c in (1, 4, 16)} if args.seconds else {}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"ready": ready, "rows": rows}


def peer_app() -> Any:
    """The peer: rapidfuzz extractOne over the store's list names, one query per request."""
    from fastapi import FastAPI
    from rapidfuzz import fuzz, process, utils

    names: list[str] = json.loads(Path(os.environ["PEER_NAMES"]).read_text(encoding="utf-8"))
    app = FastAPI()

    @app.post("/match/{dataset}")
    def match(dataset: str, body: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, q in body["queries"].items():
            best = process.extractOne(q["properties"]["name"][0], names, scorer=fuzz.token_sort_ratio,
                                      processor=utils.default_process)
            out[key] = {"results": [{"caption": best[0], "score": best[1] / 100}] if best else []}
        return {"responses": out}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "lists.duckdb")
        for kind, path in (("ofac-sdn", "sanctions/ofac/sdn.csv"), ("un-sc", "sanctions/un/consolidated.xml")):
            subprocess.run([CLI, "--db", db, "-q", "ingest", kind, str(SHARED / "data" / path)], check=True)
        key = subprocess.run([CLI, "--db", db, "-q", "users", "add", "bench", "--role", "viewer"], check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        from chainlight.store import Store

        with Store(db) as store:
            names = [n.value for e in store.entities() for n in e.names]
        (Path(tmp) / "names.json").write_text(json.dumps(names), encoding="utf-8")
        headers = {"Authorization": f"ApiKey {key}"}
        port = _free_port()
        url = f"http://127.0.0.1:{port}/match/default"
        # the first serve builds and saves the index; the measured one loads it, as a restart does
        first = _run_server([CLI, "--db", db, "-q", "serve", "--port", str(port)], url, headers,
                            argparse.Namespace(seconds=0))
        ours = _run_server([CLI, "--db", db, "-q", "serve", "--port", str(port), "--workers", str(args.workers)],
                           url, headers, args)
        peer = _run_server([sys.executable, "-m", "uvicorn", "benchmarks.api.match_load:peer_app", "--factory",
                            "--port", str(port), "--workers", str(args.workers), "--log-level", "warning"],
                           url, headers, args, env={**os.environ, "PEER_NAMES": str(Path(tmp) / "names.json")})
    print(f"# /match under load: OFAC + UN ({len(names):,} names), loopback, {args.workers} workers, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}\n")
    print(f"ready (first /match answered after start): chainlight {ours['ready']:.1f} s with the saved index "
          f"(first start, building it: {first['ready']:.1f} s); peer {peer['ready']:.1f} s\n")
    print("| concurrency | chainlight req/s | p50 ms | p95 ms | peer req/s | p50 ms | p95 ms | req/s ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in (1, 4, 16):
        a, b = ours["rows"][c], peer["rows"][c]
        print(f"| {c} | {a['rps']:.0f} | {a['p50']:.1f} | {a['p95']:.1f} | {b['rps']:.0f} | {b['p50']:.1f} | "
              f"{b['p95']:.1f} | {a['rps'] / b['rps']:.2f}x |")
    if ours["rows"][16]["errors"] or peer["rows"][16]["errors"]:
        print(f"\nerrors: chainlight {ours['rows'][16]['errors']}, peer {peer['rows'][16]['errors']}")


if __name__ == "__main__":
    main()
