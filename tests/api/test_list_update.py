"""A list update reaches a running server without a restart: the new index is built aside and swapped in."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api import deps
from chainlight.api.app import create_app
from chainlight.cli import main
from chainlight.settings import Settings
from tests.helpers.snapshots import snapshot, unpack

UN = "sanctions/un/consolidated.xml"


def _ids(client: TestClient, name: str) -> list[str]:
    body = {"queries": {"q": {"schema": "Company", "properties": {"name": [name]}}}}
    results = client.post("/match/default", json=body).json()["responses"]["q"]["results"]
    return [r["id"] for r in results if r["match"]]


def test_an_ingest_while_serving_swaps_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deps, "LIST_CHECK_S", 0.0)
    db = tmp_path / "lists.duckdb"
    # the UN list less one bank, then the whole list
    text = unpack(UN, tmp_path).read_text(encoding="utf-8")
    start = text.index("KOREA KWANGSONG TRADING CORPORATION")
    first = text.rindex("<ENTITY>", 0, start)
    end = text.index("</ENTITY>", start) + len("</ENTITY>")
    shorter = tmp_path / "shorter.xml"
    shorter.write_text(text[:first] + text[end:], encoding="utf-8")
    assert main(["--db", str(db), "-q", "ingest", "un-sc", str(shorter)]) == 0
    app = create_app(db, Settings())
    state = app.state.chainlight
    with TestClient(app) as client:
        assert _ids(client, "Korea Kwangsong Trading Corporation") == []
        state.close()  # as the idle release does between requests
        assert main(["--db", str(db), "-q", "ingest", "un-sc", str(snapshot(UN))]) == 0
        deadline = time.monotonic() + 60
        found: list[str] = []
        while not found and time.monotonic() < deadline:
            found = _ids(client, "Korea Kwangsong Trading Corporation")  # the old index answers meanwhile
            time.sleep(0.1)
        assert found and found[0].startswith("un-")
    state.close()
