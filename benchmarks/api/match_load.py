"""/match under load: `chainlight serve` on OFAC + UN, loopback, at concurrency 1, 4 and 16.

    python -m benchmarks.api.match_load [--workers 2] [--seconds 10] [--store lists.duckdb]
    python -m benchmarks.api.match_load --store S --no-peer --warm --per-worker --client-nice 10

Peer in the same run: a minimal FastAPI + uvicorn service over the same list names that answers each query
with rapidfuzz's extractOne (token_sort_ratio), with the same number of workers: what a team might put up
instead.  Figures: time until the first /match answers after start (index loaded from the saved file), then
requests per second and latency percentiles at each concurrency.  Each request is one yente-shaped query
(an authenticated viewer's `Authorization: ApiKey`), names drawn from real list spellings and cross-script
forms.  Needs ../shared/data (or CHAINLIGHT_SHARED).

The load client runs on the same cores as the server: its own CPU per answer is printed beside the server's, and
`--client-nice N` runs it at a lower priority.  `--per-worker` says, for each level, which server process held
each of the client's connections (read from /proc: the server's end of the connection among the processes'
open files, so it needs no help from the server) and the answers and p95 of each process's connections: with
several workers, how the connections were split.  `--warm` starts the levels once `serve` has replaced its
first workers (a Hangul name answered, only `--workers` processes left) rather than at the first answer, and
`--levels` picks the concurrencies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
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


def _wait_warm(url: str, headers: dict[str, str], pid: int, workers: int, timeout: float = 300) -> float:
    """Seconds until a name in Hangul answers 200 (the readings' dictionaries loaded: the first workers answer it
    503 until `serve` has replaced them) and the server is down to its parent and `workers` processes."""
    start = time.perf_counter()
    body = {"queries": {"q": {"schema": "Company", "properties": {"name": [NAMES[1]]}}}}
    while time.perf_counter() - start < timeout:
        try:
            answered = httpx.post(url, json=body, headers=headers, timeout=30).status_code == 200
        except httpx.HTTPError:
            answered = False
        if answered and len(_tree(pid)) <= workers + 1:
            return time.perf_counter() - start
        time.sleep(0.1)
    raise RuntimeError(f"{url} was not warm within {timeout} s")


def _client_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def _quantile(values: list[float], n: int) -> float:
    """The n-th percentile, as statistics.quantiles gives it (one value: itself)."""
    return (statistics.quantiles(values, n=100)[n - 1] if len(values) > 1 else values[0]) if values else float("nan")


async def _load(url: str, headers: dict[str, str], concurrency: int, seconds: float,
                server_pid: int | None = None) -> dict[str, Any]:
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
    by_port: dict[int, list[float]] = {}  # the client's port of each connection -> its answers' latencies
    left_open: list[Any] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(n: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        mine = by_port.setdefault(writer.get_extra_info("sockname")[1], [])
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
                    mine = by_port.setdefault(writer.get_extra_info("sockname")[1], [])
                    continue
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.lower().split(b"\r\n")
                              if line.startswith(b"content-length:"))
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - t)
                mine.append(latencies[-1])
                errors += status != 200
                # each connection walks through every name from its own first one: stepping by the
                # concurrency gave each of 16 connections one name for the whole run, so a run's figures
                # hung on which worker the kernel gave the two connections whose names take ~13 ms
                i += 1
                if b"\r\nconnection: close" in head.lower():  # a worker retiring (serve replaces its first ones)
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
                    mine = by_port.setdefault(writer.get_extra_info("sockname")[1], [])
        finally:
            left_open.append(writer)  # closed once the server's processes holding them are read

    start, cpu = time.perf_counter(), _client_cpu()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    wall, cpu = time.perf_counter() - start, _client_cpu() - cpu
    holders = _holders(server_pid, port, list(by_port)) if server_pid else {}
    for writer in left_open:
        writer.close()
    per_worker: dict[str, list[float]] = {}
    connections: dict[str, int] = {}
    for client_port, seen in by_port.items():
        who = str(holders.get(client_port, "closed"))
        per_worker.setdefault(who, []).extend(seen)
        connections[who] = connections.get(who, 0) + 1
    return {"rps": len(latencies) / wall, "p50": _quantile(latencies, 50) * 1000,
            "p95": _quantile(latencies, 95) * 1000, "errors": errors, "wall": wall,
            "client_cpu_ms": cpu * 1000 / max(1, len(latencies)),
            "workers": {who: {"connections": connections[who], "answers": len(seen), "p95": _quantile(seen, 95) * 1000}
                        for who, seen in sorted(per_worker.items())}}


def _holders(server_pid: int, server_port: int, client_ports: list[int]) -> dict[int, int]:
    """Which process of the server (the pid given and its descendants) holds the server's end of each of the
    client's connections: the socket's inode from /proc/net/tcp, then the processes' open files."""
    inodes: dict[str, int] = {}
    wanted = set(client_ports)
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, inode = int(fields[1].rsplit(":", 1)[1], 16), int(fields[2].rsplit(":", 1)[1], 16), fields[9]
            if local == server_port and remote in wanted:
                inodes[f"socket:[{inode}]"] = remote
    out: dict[int, int] = {}
    for pid in _tree(server_pid):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target in inodes and (inodes[target] not in out or out[inodes[target]] == server_pid):
                out[inodes[target]] = pid  # a worker's hold counts over the parent's passing copy
    return out


def _tree(pid: int) -> list[int]:
    """pid and its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            children.setdefault(int(stat.read_text().rsplit(")", 1)[1].split()[1]), []).append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    out, todo = [], [pid]
    while todo:
        out.append(todo.pop())
        todo += children.get(out[-1], [])
    return out


def _load_at(url: str, headers: dict[str, str], concurrency: int, seconds: float, server_pid: int | None,
             nice: int) -> dict[str, Any]:
    """_load here, or with `nice` in a forked process at that much lower priority (the figures sent back)."""
    if not nice:
        return asyncio.run(_load(url, headers, concurrency, seconds, server_pid))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the client, niced
        code = 0
        try:
            os.close(read)
            os.nice(nice)
            with os.fdopen(write, "w") as out:
                json.dump(asyncio.run(_load(url, headers, concurrency, seconds, server_pid)), out)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as got:
        text = got.read()
    os.waitpid(pid, 0)
    return dict(json.loads(text))


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
    rows: dict[int, dict[str, Any]] = {}
    try:
        ready = _wait_ready(url, headers)
        ready_cpu = _cpu_seconds(proc.pid)  # the server's processes', by the first answer
        warm = _wait_warm(url, headers, proc.pid, args.workers) if getattr(args, "warm", False) else float("nan")
        for c in args.levels if args.seconds else ():
            cpu = _cpu_seconds(proc.pid)
            rows[c] = _load_at(url, headers, c, args.seconds, proc.pid if getattr(args, "per_worker", False) else None,
                               getattr(args, "client_nice", 0))
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
    return {"ready": ready, "ready_cpu": ready_cpu, "warm": warm, "rows": rows}


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
    parser.add_argument("--warm", action="store_true",
                        help="measure once a Hangul name answers and the first workers are gone (serve replaces "
                             "them once the readings' dictionaries are loaded), not from the first answer")
    parser.add_argument("--levels", default="1,4,16", help="the concurrencies, in order (default 1,4,16)")
    parser.add_argument("--per-worker", action="store_true",
                        help="which server process held each connection, and each process's answers and p95")
    parser.add_argument("--client-nice", type=int, default=0,
                        help="run the load client at this much lower priority (a forked process, os.nice)")
    args = parser.parse_args()
    args.levels = [int(c) for c in args.levels.split(",")]
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
                            argparse.Namespace(seconds=0, levels=[], workers=1))
        ours = _run_server([CLI, "--db", db, "-q", "serve", "--port", str(port), "--workers", str(args.workers)],
                           url, headers, args)
        nan = float("nan")
        no_peer: dict[str, Any] = {"ready": nan, "ready_cpu": nan, "warm": nan, "rows": {
            c: dict.fromkeys(("rps", "p50", "p95", "cpu_ms", "errors", "client_cpu_ms"), nan) for c in args.levels}}
        peer = no_peer if args.no_peer else _run_server(
            [sys.executable, "-m", "uvicorn", "benchmarks.api.match_load:peer_app", "--factory", "--port", str(port),
             "--workers", str(args.workers), "--log-level", "warning"],
            url, headers, argparse.Namespace(**{**vars(args), "warm": False}),
            env={**os.environ, "PEER_NAMES": str(Path(tmp) / "names.json")})
        if args.store:
            subprocess.run([CLI, "--db", db, "-q", "users", "revoke", user], check=True, capture_output=True)
    cores = os.cpu_count() or 1
    print(f"# /match under load: OFAC + UN ({len(names):,} names), loopback, {args.workers} workers, {cores} cores, "
          f"load average {load_before:.2f} at the start and {os.getloadavg()[0]:.2f} at the end\n")
    print(f"ready (first /match answered after start): chainlight {ours['ready']:.1f} s with the saved index, its "
          f"processes' CPU by then {ours['ready_cpu']:.1f} s (first start: {first['ready']:.1f} s); peer "
          f"{peer['ready']:.1f} s, CPU {peer['ready_cpu']:.1f} s" +
          (f"; warm (a Hangul name answered, first workers gone) {ours['warm']:.1f} s later\n" if args.warm else "\n"))
    print("| concurrency | chainlight req/s | p50 ms | p95 ms | CPU ms/req | client CPU ms/req | peer req/s | p50 ms "
          "| p95 ms | CPU ms/req | req/s ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in args.levels:
        a, b = ours["rows"][c], peer["rows"][c]
        print(f"| {c} | {a['rps']:.0f} | {a['p50']:.1f} | {a['p95']:.1f} | {a['cpu_ms']:.2f} | {a['client_cpu_ms']:.2f} "
              f"| {b['rps']:.0f} | {b['p50']:.1f} | {b['p95']:.1f} | {b['cpu_ms']:.1f} | {a['rps'] / b['rps']:.2f}x |")
    if args.per_worker:
        print("\nconnections held by each server process (pid: connections, answers, p95 ms):")
        for c in args.levels:
            split = ", ".join(f"{who}: {w['connections']}, {w['answers']}, {w['p95']:.1f}"
                              for who, w in ours["rows"][c]["workers"].items())
            print(f"- c{c}: {split}")
    top = max(args.levels)
    cpu = ours["rows"][top]["cpu_ms"]
    print(f"\nat concurrency {top} the server spent {cpu:.2f} ms of CPU per answer and the client "
          f"{ours['rows'][top]['client_cpu_ms']:.2f} ms: {cores} idle cores would give the server alone at most "
          f"~{cores * 1000 / cpu:.0f} req/s, ~{cores * 1000 / (cpu + ours['rows'][top]['client_cpu_ms']):.0f} with "
          f"this client beside it")
    if ours["rows"][top]["errors"] or (peer["rows"][top]["errors"] and not args.no_peer):
        print(f"\nerrors: chainlight {ours['rows'][top]['errors']}, peer {peer['rows'][top]['errors']}")


if __name__ == "__main__":
    main()
