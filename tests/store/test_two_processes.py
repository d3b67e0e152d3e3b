"""Two processes on one store: the CLI works while `serve` runs, each waiting briefly for the other."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.errors import StoreError
from chainlight.settings import Settings
from chainlight.store import Store

HOLD = """
import sys, time
from chainlight.store import Store
s = Store(sys.argv[1]); print("held", flush=True); time.sleep(float(sys.argv[2])); s.close()
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_process_waits_for_the_first(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = _hold(db, 1.0)
    with pytest.raises(StoreError, match="Another chainlight process"):
        Store(db, wait=0.1)
    start = time.monotonic()
    with Store(db, wait=20) as store:
        assert store.entity_count() == 0
    assert time.monotonic() - start > 0.2
    holder.wait(timeout=20)


def test_the_cli_works_while_the_server_runs(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    app = create_app(db, Settings())
    state = app.state.chainlight
    with TestClient(app) as client:
        before = client.get("/claims", params={"status": "pending"}).json()
        assert before
        deadline = time.monotonic() + 10
        while state._store is not None and time.monotonic() < deadline:  # released when idle
            time.sleep(0.05)
        assert state._store is None
        cli = Path(sys.executable).parent / "chainlight"
        reviewed = subprocess.run([str(cli), "--db", str(db), "-q", "claims", "review", before[0]["id"],
                                   "--reject", "--by", "이영희", "--note", "not in the source"],
                                  capture_output=True, text=True, timeout=120)
        assert reviewed.returncode == 0, reviewed.stderr
        after = {c["id"] for c in client.get("/claims", params={"status": "pending"}).json()}
        assert before[0]["id"] not in after  # the server sees what the CLI wrote
        # while the CLI holds the store, a request waits for it rather than failing
        holder = _hold(db, 0.8)
        assert client.get("/claims").status_code == 200
        holder.wait(timeout=20)
    state.close()
