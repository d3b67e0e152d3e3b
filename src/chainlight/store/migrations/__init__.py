"""Schema migrations: numbered SQL files applied in order, each in its own transaction."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib import resources

import duckdb

from chainlight.errors import StoreError


def available() -> list[tuple[int, str]]:
    out = []
    for entry in resources.files(__name__).iterdir():
        m = re.match(r"(\d+)_.*\.sql$", entry.name)
        if m:
            out.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(out)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    version = current_version(con)
    known = available()
    if known and version > known[-1][0]:
        raise StoreError(f"the store has schema version {version}, newer than this chainlight knows "
                         f"({known[-1][0]}); upgrade chainlight")
    for number, sql in known:
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in sql.split(";"):
                if statement.strip() and not all(
                        line.strip().startswith("--") or not line.strip() for line in statement.splitlines()):
                    con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?, ?)", [number, datetime.now(UTC).replace(tzinfo=None)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {number} failed: {exc}") from exc
        version = number
    return version
