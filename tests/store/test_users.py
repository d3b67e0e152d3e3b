"""Users, roles and API keys: a key is shown once and kept as a digest; revoking stops it at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import NotFoundError, UsageError
from chainlight.store import Store, users
from chainlight.store.audit import verify


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "u.duckdb")


def test_a_key_finds_its_user_and_is_stored_only_as_a_digest(store: Store) -> None:
    key = users.add(store.con, "박지현", "analyst", by="admin")
    assert key.startswith(users.KEY_PREFIX) and len(key) > 40
    user = users.by_key(store.con, key)
    assert user is not None and user.name == "박지현" and user.role == "analyst"
    assert user.may("viewer") and user.may("analyst") and not user.may("admin")
    stored = store.con.execute("SELECT * FROM users").fetchall()
    assert key not in repr(stored) and users.key_digest(key) in repr(stored)
    assert users.by_key(store.con, key[:-1]) is None and users.by_key(store.con, "ApiKey " + key) is None


def test_revoked_keys_stop_and_the_audit_records_who_did_what(store: Store) -> None:
    key = users.add(store.con, "wang.li", "viewer", by="admin")
    users.revoke(store.con, "wang.li", by="admin")
    assert users.by_key(store.con, key) is None and users.count(store.con) == 0
    with pytest.raises(NotFoundError):
        users.revoke(store.con, "wang.li", by="admin")
    rows = store.con.execute("SELECT actor, action, subject FROM audit ORDER BY seq").fetchall()
    assert rows == [("admin", "user.added", "user:wang.li"), ("admin", "user.revoked", "user:wang.li")]
    assert verify(store.con).intact


@pytest.mark.parametrize(("name", "role"), [("", "viewer"), ("two words", "viewer"), ("x", "owner")])
def test_bad_names_and_roles_are_usage_errors(store: Store, name: str, role: str) -> None:
    with pytest.raises(UsageError):
        users.add(store.con, name, role, by="admin")
    assert users.count(store.con) == 0


def test_a_name_is_given_once(store: Store) -> None:
    users.add(store.con, "admin1", "admin", by="cli")
    with pytest.raises(UsageError, match="exists"):
        users.add(store.con, "admin1", "viewer", by="cli")
