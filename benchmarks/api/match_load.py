"""/match under load: `chainlight serve` on OFAC + UN, loopback, at concurrency 1, 4 and 16.

    python -m benchmarks.api.match_load [--workers 2] [--seconds 10] [--store lists.duckdb]

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
from urllib.parse import urlsplit

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
    """`concurrency` keep-alive connections, each sending its next request when the answer came.  A plain
    HTTP/1.1 client on asyncio streams (requests written once, answers read by Content-Length): httpx spends
    about 1 ms of CPU a request, which on 2 shared cores would be taken from the server measured."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    requests = []
    for name in NAMES:
        body = json.dumps({"queries": {"q": {"schema": "Company", "properties": {"name": [name]}}}}).encode()
        requests.append(f"POST {parts.path} HTTP/1.1\r\nHost: {host}:{port}\r\n{extra}Content-Type: application/json"
                        f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(n: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        i = n
        try:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                writer.write(requests[i % len(requests)])
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (ConnectionError, asyncio.IncompleteReadError):
                    # a retiring worker closed this idle keep-alive connection as the request went out (the
                    # race every HTTP/1.1 client meets): counted as an error, sent again on a new connection
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
                    continue
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.lower().split(b"\r\n")
                              if line.startswith(b"content-length:"))
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - t)
                errors += status != 200
                # each connection walks through every name from its own first one: stepping by the
                # concurrency gave each of 16 connections one name for the whole run, so a run's figures
                # hung on which worker the kernel gave the two connections whose names take ~13 ms
                i += 1
                if b"\r\nconnection: close" in head.lower():  # a worker retiring (serve replaces its first ones)
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    wall = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {"rps": len(latencies) / wall, "p50": q[49] * 1000, "p95": q[94] * 1000, "errors": errors, "wall": wall}


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and all its descendants (the server's workers), from /proc: each
    live process's own time and that of its children that ended and were waited for (cutime, cstime), so a
    worker `serve` replaced during the run is counted by its parent instead of lost."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime
        todo += children.get(current, [])
    return total


def _run_server(cmd: list[str], url: str, headers: dict[str, str], args: argparse.Namespace,
                env: dict[str, str] | None = None) -> dict[str, Any]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    rows: dict[int, dict[str, float]] = {}
    try:
        ready = _wait_ready(url, headers)
        ready_cpu = _cpu_seconds(proc.pid)  # the server's processes', by the first answer
        for c in (1, 4, 16) if args.seconds else ():
            cpu = _cpu_seconds(proc.pid)
            rows[c] = asyncio.run(_load(url, headers, c, args.seconds))
            # the server's CPU per answer: what the machine's other users cannot take away, unlike req/s
            rows[c]["cpu_ms"] = (_cpu_seconds(proc.pid) - cpu) * 1000 / (rows[c]["rps"] * rows[c]["wall"])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a worker still loading does not stop on SIGTERM
            subprocess.run(["pkill", "-KILL", "-P", str(proc.pid)], check=False)
            proc.kill()
            proc.wait()
    return {"ready": ready, "ready_cpu": ready_cpu, "rows": rows}


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
    parser.add_argument("--store", help="a store that already holds OFAC + UN (skips the ingest; a user is added)")
    parser.add_argument("--no-peer", action="store_true",
                        help="leave the peer out (for runs of two codes alternated: half the time, and the peer's "
                             "figures of other runs say how the machine is)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or str(Path(tmp) / "lists.duckdb")
        if not args.store:
            for kind, path in (("ofac-sdn", "sanctions/ofac/sdn.csv"), ("un-sc", "sanctions/un/consolidated.xml")):
                subprocess.run([CLI, "--db", db, "-q", "ingest", kind, str(SHARED / "data" / path)], check=True)
        user = f"bench-{os.getpid()}"
        key = subprocess.run([CLI, "--db", db, "-q", "users", "add", user, "--role", "viewer"], check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        from chainlight.store import Store

        with Store(db) as store:
            names = [n.value for e in store.entities() for n in e.names]
        (Path(tmp) / "names.json").write_text(json.dumps(names), encoding="utf-8")
        headers = {"Authorization": f"ApiKey {key}"}
        port = _free_port()
        url = f"http://127.0.0.1:{port}/match/default"
        # the first serve builds and saves the index (when missing); the measured one loads it, as a restart does
        first = _run_server([CLI, "--db", db, "-q", "serve", "--port", str(port)], url, headers,
                            argparse.Namespace(seconds=0))
        ours = _run_server([CLI, "--db", db, "-q", "serve", "--port", str(port), "--workers", str(args.workers)],
                           url, headers, args)
        nan = float("nan")
        no_peer: dict[str, Any] = {"ready": nan, "ready_cpu": nan, "rows": {
            c: dict.fromkeys(("rps", "p50", "p95", "cpu_ms", "errors"), nan) for c in (1, 4, 16)}}
        peer = no_peer if args.no_peer else _run_server(
            [sys.executable, "-m", "uvicorn", "benchmarks.api.match_load:peer_app", "--factory", "--port", str(port),
             "--workers", str(args.workers), "--log-level", "warning"],
            url, headers, args, env={**os.environ, "PEER_NAMES": str(Path(tmp) / "names.json")})
        if args.store:
            subprocess.run([CLI, "--db", db, "-q", "users", "revoke", user], check=True, capture_output=True)
    cores = os.cpu_count() or 1
    print(f"# /match under load: OFAC + UN ({len(names):,} names), loopback, {args.workers} workers, {cores} cores, "
          f"load average {load_before:.2f} at the start and {os.getloadavg()[0]:.2f} at the end\n")
    print(f"ready (first /match answered after start): chainlight {ours['ready']:.1f} s with the saved index, its "
          f"processes' CPU by then {ours['ready_cpu']:.1f} s (first start: {first['ready']:.1f} s); peer "
          f"{peer['ready']:.1f} s, CPU {peer['ready_cpu']:.1f} s\n")
    print("| concurrency | chainlight req/s | p50 ms | p95 ms | CPU ms/req | peer req/s | p50 ms | p95 ms | CPU ms/req "
          "| req/s ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in (1, 4, 16):
        a, b = ours["rows"][c], peer["rows"][c]
        print(f"| {c} | {a['rps']:.0f} | {a['p50']:.1f} | {a['p95']:.1f} | {a['cpu_ms']:.1f} | {b['rps']:.0f} | "
              f"{b['p50']:.1f} | {b['p95']:.1f} | {b['cpu_ms']:.1f} | {a['rps'] / b['rps']:.2f}x |")
    cpu = ours["rows"][16]["cpu_ms"]
    print(f"\nat concurrency 16 the server spent {cpu:.1f} ms of CPU per answer: {cores} idle cores would give at most "
          f"~{cores * 1000 / cpu:.0f} req/s (the load client takes its share of them too)")
    if ours["rows"][16]["errors"] or (peer["rows"][16]["errors"] and not args.no_peer):
        print(f"\nerrors: chainlight {ours['rows'][16]['errors']}, peer {peer['rows'][16]['errors']}")


if __name__ == "__main__":
    main()
