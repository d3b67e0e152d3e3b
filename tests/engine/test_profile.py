"""CHAINLIGHT_ENGINE_PROFILE: every statement of a run is timed, and the results are the engine's own."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from chainlight.engine import make_engine
from chainlight.engine.profile import Timed


def test_profile_logs_each_statement_and_keeps_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "profile.jsonl"
    monkeypatch.setenv("CHAINLIGHT_ENGINE_PROFILE", str(log))
    eng = make_engine("duckdb", con=duckdb.connect())
    assert isinstance(eng, Timed) and eng.dialect == "duckdb"
    eng.table("parties", pa.table({"name": ["조선광선은행", "朝鲜大成银行", "Korea Daesong Bank"],
                                   "country": ["KP", "KP", "KP"]}))
    eng.run("CREATE OR REPLACE TABLE kp AS SELECT name FROM parties WHERE country = 'KP'")
    assert eng.rows("SELECT count(*) FROM kp") == [(3,)]
    assert eng.columns("kp") == ["name"]
    assert eng.con.execute("SELECT min(name) FROM kp").fetchone() == ("Korea Daesong Bank",)  # passed through
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [x["method"] for x in lines] == ["table", "run", "rows"]
    assert lines[0]["what"] == "parties (3 rows)"
    assert lines[1]["what"].startswith("CREATE OR REPLACE TABLE kp AS SELECT name")
    assert all(x["engine"] == "duckdb" and x["s"] >= 0 for x in lines)


def test_no_profile_gives_the_engine_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHAINLIGHT_ENGINE_PROFILE", raising=False)
    plain = make_engine("duckdb")
    assert not isinstance(plain, Timed)
    # the screen asks hasattr(engine, "match_many") to choose where the matcher runs: wrapped, the answer holds
    assert not hasattr(Timed(plain, tmp_path / "p.jsonl"), "match_many")
