"""The app served by uvicorn on a free loopback port, for tests that drive a real browser against it."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from chainlight.api.app import create_app
from chainlight.settings import Settings


@contextmanager
def served(db: Path) -> Iterator[str]:
    """The base URL of the app over `db`, served in a thread until the block ends."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def serve_process(db: Path, workers: int, ready_within: float = 120) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`chainlight serve --workers N` over `db` in its own process on a free loopback port, once /readyz answers 200:
    (the process, its port).  The block's end stops it with SIGTERM and expects a clean exit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cli = Path(sys.executable).parent / "chainlight"
    proc = subprocess.Popen([str(cli), "--db", str(db), "-q", "serve", "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_ready(proc, port, ready_within, f"serve --workers {workers}")
        yield proc, port
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (its workers), from /proc."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return out


def wait_ready(proc: subprocess.Popen[str], port: int, within: float = 120, what: str = "serve") -> None:
    """Until the server of `proc` on `port` answers /readyz with 200; failing, with its stderr, if it ends first,
    or if it is not ready within `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, f"{what} was not ready in {within:.0f} s"
        time.sleep(0.1)
