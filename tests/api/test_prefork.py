"""`serve --workers N`'s parent hands each connection to the worker with the fewest open ones (api/prefork.py):
the connections spread within one of even over the workers, a closed connection is counted back, a worker that
ended gets no more, and replacing the first workers loses no request."""

from __future__ import annotations

import asyncio
import shutil
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from chainlight.api.prefork import CLOSED, Dispatcher, FedServer
from tests.helpers.server import children, serve_process

LOOPS = 2000  # a bound on a broken run, not a timing: each poll returns as soon as there is something to do


def _listener() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock


def _take(end: socket.socket) -> list[socket.socket]:
    """The connections sent on a fake worker's end of its pair so far."""
    out: list[socket.socket] = []
    end.setblocking(False)  # (recv_fds's flags argument is not passed on before Python 3.12)
    while True:
        try:
            _, fds, _, _ = socket.recv_fds(end, 16, 16)
        except BlockingIOError:
            return out
        out += [socket.socket(fileno=fd) for fd in fds]


def _dispatch(dispatcher: Dispatcher, ends: list[socket.socket], count: int, port: int) -> list[list[socket.socket]]:
    """Open `count` connections and let the dispatcher hand them all on; what each fake worker got."""
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
    got: list[list[socket.socket]] = [[] for _ in ends]
    for _ in range(LOOPS):
        if sum(map(len, got)) >= count:
            break
        dispatcher.poll(0.05)
        for n, end in enumerate(ends):
            got[n] += _take(end)
    assert sum(map(len, got)) == count
    for c in clients:
        c.close()
    return got


@pytest.mark.parametrize("workers,count", [(2, 16), (3, 16), (4, 10)])
def test_connections_spread_within_one_of_even(workers: int, count: int) -> None:
    listener = _listener()
    dispatcher = Dispatcher(listener)
    ends = []
    for n in range(workers):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        dispatcher.add(1000 + n, ours)
        ends.append(theirs)
    dispatcher.start_accepting()
    got = _dispatch(dispatcher, ends, count, listener.getsockname()[1])
    sizes = [len(g) for g in got]
    assert max(sizes) - min(sizes) <= 1, sizes
    assert sorted(dispatcher.counts().values()) == sorted(sizes)
    # the first worker's connections close: the next ones go to it until it holds as many as the others
    for conn in got[0]:
        conn.close()
    ends[0].send(CLOSED * len(got[0]))
    for _ in range(LOOPS):
        if dispatcher.counts()[1000] == 0:
            break
        dispatcher.poll(0.05)
    more = _dispatch(dispatcher, ends, len(got[0]), listener.getsockname()[1])
    counts = list(dispatcher.counts().values())
    assert max(counts) - min(counts) <= 1, counts
    assert len(more[0]) >= len(got[0]) - 1 and all(len(g) <= 1 for g in more[1:]), [len(g) for g in more]
    dispatcher.close()
    listener.close()


def test_a_worker_that_ended_gets_no_more_connections() -> None:
    listener = _listener()
    dispatcher = Dispatcher(listener)
    ends = []
    for n in range(2):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        dispatcher.add(2000 + n, ours)
        ends.append(theirs)
    dispatcher.start_accepting()
    ends[0].close()  # the worker ended: its end of the pair with it
    got = _dispatch(dispatcher, ends[1:], 5, listener.getsockname()[1])
    assert len(got[0]) == 5 and list(dispatcher.counts()) == [2001]
    dispatcher.close()
    listener.close()


async def _hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"5")]})
    await send({"type": "http.response.body", "body": b"hello"})


def _ask(port: int, close: bool) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n" + (b"Connection: close\r\n" if close else b"") + b"\r\n")
        answer = b""
        while not answer.endswith(b"hello"):
            chunk = c.recv(4096)
            assert chunk, answer
            answer += chunk
        return answer


def test_a_fed_worker_serves_what_it_is_handed_and_reports_each_close() -> None:
    """The parent's side and a worker's side in one process (the worker's loop in a thread): requests with and
    without `Connection: close` are answered, and the parent's count of the worker's open connections returns
    to 0 once the clients' connections are closed."""
    listener = _listener()
    port = listener.getsockname()[1]
    dispatcher = Dispatcher(listener)
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    dispatcher.add(3000, ours)
    dispatcher.start_accepting()
    server = FedServer(uvicorn.Config(_hello, lifespan="off", log_level="warning"), theirs)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    stop = threading.Event()

    def parent() -> None:
        while not stop.is_set():
            dispatcher.poll(0.05)

    parent_thread = threading.Thread(target=parent, daemon=True)
    parent_thread.start()
    try:
        answers = [_ask(port, close=n % 2 == 0) for n in range(6)]
        assert all(a.startswith(b"HTTP/1.1 200") for a in answers)
        assert sum(b"connection: close" in a.lower() for a in answers) == 3
        # (the parent's thread counts a connection just after sending it, so the last answer can arrive and its
        # close be read here before the count of the sixth: wait for both)
        for _ in range(LOOPS):
            if dispatcher.counts() == {3000: 0} and dispatcher.fed[3000].handed == 6:
                break
            time.sleep(0.01)
        assert dispatcher.counts() == {3000: 0}
        assert dispatcher.fed[3000].handed == 6
    finally:
        stop.set()
        parent_thread.join(30)
        server.should_exit = True
        thread.join(30)
        dispatcher.close()
        listener.close()


def _holders(server: int, port: int, clients: list[socket.socket]) -> Counter[int]:
    """How many of the clients' connections each worker of `server` holds (their server ends' inodes, from
    /proc/net/tcp, among each worker's open files)."""
    wanted = {c.getsockname()[1] for c in clients}
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and int(fields[2].rsplit(":", 1)[1], 16) in wanted:
            inodes.add(f"socket:[{fields[9]}]")
    out: Counter[int] = Counter()
    for pid in children(server):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                out[pid] += fd.readlink().as_posix() in inodes
            except OSError:
                continue
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forked workers need Linux")
def test_serve_spreads_connections_evenly_and_the_first_workers_retire_without_losing_a_request(
        demo_db_template: Path, tmp_path: Path) -> None:
    """`serve --workers 2` from its first answer: one client asks on kept-alive connections (opening another
    when an answer says `Connection: close`), another on a new connection each time, while the parent loads the
    readings and replaces its first workers; every request is answered 200.  Then 16 connections opened together
    are held 8 and 8."""
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    body = {"queries": {"q": {"schema": "Company", "properties": {"name": ["Korea Daesong Bank"]}}}}
    with serve_process(db, workers=2) as (proc, port):
        url = f"http://127.0.0.1:{port}"
        first = children(proc.pid)
        statuses: Counter[int] = Counter()
        with httpx.Client(timeout=60) as kept:
            for _ in range(LOOPS * 5):  # until both first workers have ended, and a little after
                statuses[kept.post(f"{url}/match/default", json=body).status_code] += 1
                statuses[httpx.post(f"{url}/match/default", json=body, timeout=60).status_code] += 1
                if not first & children(proc.pid) and statuses.total() > 20:
                    break
        assert not first & children(proc.pid), "the first workers were not retired"
        assert list(statuses) == [200], statuses
        assert len(children(proc.pid)) == 2
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(16)]
        for c in clients:  # one answer on each: the worker holding it has it by then
            c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        for c in clients:
            assert c.recv(4096).startswith(b"HTTP/1.1 200")
        assert sorted(_holders(proc.pid, port, clients).values()) == [8, 8]
        for c in clients:
            c.close()
