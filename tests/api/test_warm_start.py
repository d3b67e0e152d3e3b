"""What a server reads before it says it is ready: the first /match of a worker forked afterwards must find
everything it needs already read (the index, the entries and their dates, FtM's schemata, the users' keys)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from chainlight.api import access, yente
from chainlight.api.deps import AppState
from chainlight.settings import Settings
from chainlight.store import Store


def test_warm_index_answers_one_match_and_keeps_what_it_read(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    state = AppState(db, Settings())
    try:
        assert state.warm_index().startswith("name index")
        assert state.ready()
        entities = state.entities()
        assert yente._STAMPS and yente._STAMPS[0][0] is entities  # the entries' dates, read once
        assert state.access_book is not None and access.book_is_fresh(state) is state.access_book
        assert state._store is None  # the store closed again: other processes may be starting too
    finally:
        state.close()


def test_entities_read_for_serving_are_the_stores(demo_db_template: Path) -> None:
    import json

    from chainlight.model.entity import Entity

    with Store(demo_db_template, read_only=True) as store:
        by_json = {r[0]: Entity.from_dict(json.loads(r[1])) for r in
                   store.con.execute("SELECT id, data FROM entities").fetchall()}
        assert by_json and {e.id: e for e in store.entities()} == by_json
    state = AppState(demo_db_template, Settings())
    try:
        assert state.entities() == by_json
    finally:
        state.close()


def test_a_name_needing_the_readings_while_they_load_elsewhere_is_a_quick_503(client: TestClient) -> None:
    state = client.app.state.chainlight  # type: ignore[attr-defined]
    warm, until = state.readings_warm, state.readings_pending_until
    state.readings_warm, state.readings_pending_until = False, time.monotonic() + 60
    try:
        def match(name: str) -> Any:
            return client.post("/match/default", json={"queries": {"q": {"schema": "Company",
                                                                          "properties": {"name": [name]}}}})

        hangul = match("조선광선은행")
        assert hangul.status_code == 503 and hangul.headers["retry-after"] == "5"
        assert "retry" in hangul.json()["detail"]
        assert match("朝鲜大成银行").status_code == 503 and match("リョンボン").status_code == 503
        assert client.get("/search/default", params={"q": "조선대성"}).status_code == 503
        assert match("Korea Kwangson Banking Corp").status_code == 200  # a Latin name answers at once
        assert client.get("/readyz").status_code == 200
        state.readings_pending_until = time.monotonic() - 1  # the loading elsewhere overdue: read here, as before
        assert match("조선광선은행").status_code == 200
    finally:
        state.readings_warm, state.readings_pending_until = warm, until


def test_the_latest_runs_workspace_columns_are_worked_out_by_the_warm_up(demo_db_template: Path,
                                                                         tmp_path: Path) -> None:
    from chainlight.api import queries, workspace

    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    state = AppState(db, Settings())
    try:
        run_id = queries._run_id(state.store, None)
        assert run_id and run_id not in state.prepared_runs
        state.close()
        made = state.warm_findings()  # on a connection of its own, as the one-worker warm-up thread does
        assert made > 0 and run_id in state.prepared_runs
        with state.lock:
            assert workspace.prepare(state, run_id) == 0  # the first view finds them made
            view = workspace.resolve(state, workspace.View(q="조선대성총무역회사"))
            assert workspace.count(state, view) == len(workspace.rows(state, view)) > 0
    finally:
        state.close()
