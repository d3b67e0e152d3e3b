"""Starting the service: /readyz answers 503 while the name index loads and 200 once it is loaded; `serve
--workers 2` forks its workers after loading it (how it hands them connections: test_prefork.py)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app, listening
from chainlight.errors import UsageError
from chainlight.settings import Settings
from tests.helpers.server import children, serve_process, wait_ready


def test_readyz_is_503_until_the_index_is_loaded(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    app = create_app(db, Settings())
    state = app.state.chainlight
    with TestClient(app) as client:
        assert client.get("/readyz").status_code == 503  # lists in the store, no index yet
        state.index_warming = True  # a warm-up thread is loading it: answered without waiting for the store
        assert client.get("/readyz").json() == {"detail": "Index not ready.", "status": "loading"}  # as yente
        state.index_warming = False
        assert state.warm_index().startswith("name index ")
        answer = client.get("/readyz")
        assert answer.status_code == 200 and answer.json() == {"status": "ok"}
    state.close()


def test_an_empty_store_is_ready_at_once(tmp_path: Path) -> None:
    app = create_app(tmp_path / "empty.duckdb", Settings())
    with TestClient(app) as client:
        assert client.get("/readyz").status_code == 200
    app.state.chainlight.close()


def test_the_port_is_refused_when_taken() -> None:
    sock = listening("127.0.0.1", 0)
    port = sock.getsockname()[1]
    with pytest.raises(UsageError, match="cannot listen"):
        listening("127.0.0.1", port)  # another server holds it
    sock.close()
    again = listening("127.0.0.1", port)
    assert again.getsockname()[1] == port
    again.close()


def test_serve_keeps_the_collector_off_while_it_loads_and_on_afterwards(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import chainlight.api.app
    from chainlight.cli import main

    seen: list[bool] = []
    # the server itself is not started; serve_app is where the collector is frozen and started again
    monkeypatch.setattr(chainlight.api.app, "serve", lambda app, *args, **kw: seen.append(gc.isenabled()))
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "-q", "serve"]) == 0
    assert seen == [False] and gc.isenabled()
    assert main(["--db", db, "-q", "serve", "--host", "0.0.0.0"]) == 2  # refused (no users): on again too
    assert gc.isenabled()


def test_collect_from_here_freezes_what_was_made_and_collects_again() -> None:
    import gc

    from chainlight.api.app import collect_from_here

    gc.disable()
    try:
        kept = [[i] for i in range(1000)]
        collect_from_here()
        assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forked workers need Linux")
def test_serve_with_two_workers_forks_two_processes_that_answer(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with serve_process(db, workers=2) as (proc, port):
        assert len(children(proc.pid)) >= 2  # two workers (briefly four while the warm ones replace the first)
        for _ in range(20):  # fresh connections, each handed to a worker
            answer = httpx.post(f"http://127.0.0.1:{port}/match/default", timeout=60,
                                json={"queries": {"q": {"schema": "Company",
                                                        "properties": {"name": ["Korea Daesong Bank"]}}}})
            assert answer.status_code == 200
    assert not children(proc.pid) or all(not Path(f"/proc/{p}").exists() for p in children(proc.pid))
    assert os.path.exists(db)


def _start(db: Path, port: int) -> subprocess.Popen[str]:
    cli = Path(sys.executable).parent / "chainlight"
    # each server lets go of the store 0.2 s after its last request (1 s by default), so that the other's
    # requests wait less
    return subprocess.Popen([str(cli), "--db", str(db), "-q", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CHAINLIGHT_IDLE_RELEASE": "0.2"})


@pytest.mark.slow  # two servers started (~10-35 s, most of it their warm-ups)
def test_two_servers_on_one_store_see_each_other_s_decisions_in_one_audit_chain(demo_db_template: Path,
                                                                                  tmp_path: Path) -> None:
    """Two `serve` processes on one store file (a second server, or a restart beside the old one): decisions
    posted to both at once are all kept, each server reads the other's, and the audit chain stays whole (each
    row linked to the one before, whichever process wrote it)."""
    from concurrent.futures import ThreadPoolExecutor

    from chainlight.store import Store, audit, users

    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        key = users.add(store.con, "kim", "analyst", by="tests")
    headers = {"Authorization": f"ApiKey {key}"}
    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    servers = [_start(db, port) for port in ports]
    try:
        for proc, port in zip(servers, ports, strict=True):
            wait_ready(proc, port)
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        listed = httpx.get(f"{urls[0]}/findings", params={"limit": 50}, headers=headers, timeout=60).json()
        records = list(dict.fromkeys(f["record_id"] for f in listed))[:8]
        assert len(records) == 8

        def decide(n: int) -> int:
            return httpx.post(f"{urls[n % 2]}/findings/{records[n]}/decision", headers=headers, timeout=120,
                              json={"decision": "needs_evidence", "note": f"seen by server {n % 2}"}).status_code

        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(decide, range(len(records)))) == [200] * len(records)
        for n, record in enumerate(records):  # each server reads what the other wrote
            seen = httpx.get(f"{urls[(n + 1) % 2]}/findings/{record}", headers=headers, timeout=60).json()
            assert seen["decision"]["decision"] == "needs_evidence"
            assert seen["decision"]["note"] == f"seen by server {n % 2}"
    finally:
        for proc in servers:
            proc.send_signal(signal.SIGTERM)
        for proc in servers:
            proc.wait(timeout=60)
    with Store(db) as store:
        check = audit.verify(store.con)
        actors = store.con.execute("SELECT actor, count(*) FROM audit WHERE subject IN (SELECT unnest(?)) "
                                   "GROUP BY actor", [[f"finding:{r}" for r in records]]).fetchall()
    assert check.intact and check.rows >= len(records), check
    assert actors == [("kim", len(records))]

