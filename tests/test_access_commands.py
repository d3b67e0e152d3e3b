"""`chainlight users …` and `chainlight audit verify` as an administrator runs them."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from chainlight.cli import main
from chainlight.store import Store, users


def test_users_add_prints_the_key_last_and_it_opens_the_store(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "users", "add", "이수민", "--role", "admin"]) == 0
    key = capsys.readouterr().out.strip().splitlines()[-1]
    with Store(db) as store:
        user = users.by_key(store.con, key)
        assert user is not None and user.name == "이수민" and user.role == "admin"
    assert main(["--db", db, "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert "이수민" in listing and "admin" in listing and key not in listing
    assert main(["--db", db, "users", "revoke", "이수민"]) == 0
    with Store(db) as store:
        assert users.by_key(store.con, key) is None


def test_bad_role_and_unknown_user_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "users", "add", "x", "--role", "root"]) == 2
    assert main(["--db", db, "users", "revoke", "nobody"]) == 2


def test_audit_verify_exits_2_naming_the_first_broken_row(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    for name in ("a1", "a2", "a3"):
        assert main(["--db", db, "-q", "users", "add", name, "--role", "viewer"]) == 0
    assert main(["--db", db, "audit", "verify"]) == 0
    assert "3 rows chained" in capsys.readouterr().out
    con = duckdb.connect(db)
    con.execute("UPDATE audit SET detail = '{\"role\": \"admin\"}' WHERE seq = 2")
    con.close()
    assert main(["--db", db, "audit", "verify"]) == 2
    assert "broken at row 2" in capsys.readouterr().err


def test_serve_refuses_a_public_address_without_users(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import chainlight.api.app

    started: list[str] = []
    # the server itself is not started: serve() binds the port and runs uvicorn until stopped
    monkeypatch.setattr(chainlight.api.app, "serve", lambda app, host, *args, **kw: started.append(host))
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "serve", "--host", "0.0.0.0"]) == 2
    assert "no users" in capsys.readouterr().err and started == []
    assert main(["--db", db, "serve", "--host", "127.0.0.1"]) == 0
    assert main(["--db", db, "-q", "users", "add", "ops", "--role", "admin"]) == 0
    assert main(["--db", db, "serve", "--host", "0.0.0.0"]) == 0
    assert started == ["127.0.0.1", "0.0.0.0"]
