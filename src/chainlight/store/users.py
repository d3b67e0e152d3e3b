"""Users of the service, their roles and API keys (kept as SHA-256 digests; a key is shown once)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from chainlight.errors import NotFoundError, UsageError
from chainlight.store import audit

ROLES = ("viewer", "analyst", "admin")  # each may do what the ones before it may
KEY_PREFIX = "clk_"  # tells a chainlight key from other secrets in logs and secret scanners


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None = None

    def may(self, role: str) -> bool:
        """Whether this user holds `role` or a stronger one."""
        return self.revoked_at is None and ROLES.index(self.role) >= ROLES.index(role)


def key_digest(key: str) -> str:
    return hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _user(row: tuple[object, ...]) -> User:
    name, role, created_at, created_by, revoked_at = row
    return User(str(name), str(role), created_at, str(created_by), revoked_at)  # type: ignore[arg-type]


_COLUMNS = "name, role, created_at, created_by, revoked_at"


def add(con: duckdb.DuckDBPyConnection, name: str, role: str, by: str) -> str:
    """Make a user and return their new API key (the only time it is seen)."""
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() or not c.isprintable() for c in name):
        raise UsageError(f"user name {name!r}: give 1-64 printable characters without spaces")
    if role not in ROLES:
        raise UsageError(f"role '{role}' is not one of {', '.join(ROLES)}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    con.execute("BEGIN TRANSACTION")
    try:
        if con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise UsageError(f"user '{name}' exists; `chainlight users revoke {name}` first to give a new key")
        con.execute("INSERT INTO users VALUES (?, ?, ?, ?, ?, NULL)", [name, role, key_digest(key), _now(), by])
        audit.append(con, by, "user.added", f"user:{name}", {"role": role})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return key


def revoke(con: duckdb.DuckDBPyConnection, name: str, by: str) -> None:
    """Remove a user: their key stops working at once; the audit keeps what they did."""
    con.execute("BEGIN TRANSACTION")
    try:
        if not con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise NotFoundError(f"no user '{name}'; `chainlight users list` shows them")
        # the row goes (a revoked name may be given again); the audit row says who had it and when it ended
        con.execute("DELETE FROM users WHERE name = ?", [name])
        audit.append(con, by, "user.revoked", f"user:{name}", {})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def listed(con: duckdb.DuckDBPyConnection) -> list[User]:
    return [_user(r) for r in con.execute(f"SELECT {_COLUMNS} FROM users ORDER BY name").fetchall()]


def by_key(con: duckdb.DuckDBPyConnection, key: str) -> User | None:
    """The user an API key belongs to, or None for an unknown or revoked key."""
    if not key.startswith(KEY_PREFIX):
        return None
    row = con.execute(f"SELECT {_COLUMNS} FROM users WHERE key_sha256 = ? AND revoked_at IS NULL",
                      [key_digest(key)]).fetchone()
    return _user(row) if row else None


def count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM users WHERE revoked_at IS NULL").fetchone()
    return int(row[0]) if row else 0
