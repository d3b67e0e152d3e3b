"""Keyed items into the `items` table as set operations: what changed is a join, not a loop.

`sync_items` takes any SELECT that yields (item_type, id, hash, data, protected, status, caption) — an Arrow
table of a list's documents and claims, or the SQL over a checked user file (`user_rows_sql`) — and stores it
under `scope` with the rules of store/db.py: an unchanged hash only refreshes `last_seen`; a changed or new
item is (re)written, taking its id from any other file of the dataset it was in (a record re-delivered in a
new file); an item of the scope the new data lacks is removed; each is one row of `changes`.

`user_rows_sql` writes each record's JSON in SQL exactly as `json.dumps(record.to_dict(), sort_keys=True,
ensure_ascii=False)` does (DuckDB's to_json and DOUBLE-to-text agree with Python's on strings and floats), and
the hash is the SHA-1 of that JSON without `origin`, so a file stored by the row-by-row ingest of earlier
versions re-ingests as unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from chainlight.sources.base import SourceMeta
from chainlight.sources.user.checks import NUMBER_FIELDS, Checked
from chainlight.sources.user.stage import LINE, literal, quote


@dataclass
class UserFiles:
    """One `ingest KIND PATH...` of the user's records: each file checked (sources/user/checks.py)."""

    meta: SourceMeta
    checked: list[Checked]
    paths: list[Path]
    sha256: str

    @property
    def rows(self) -> int:
        return sum(c.rows for c in self.checked)

    @property
    def warnings(self) -> int:
        return sum(len(c.warnings) for c in self.checked)


def sync_items(con: duckdb.DuckDBPyConnection, source_sql: str, dataset: str, scope: str, ingest_id: int,
               now: datetime, counts: dict[str, int]) -> None:
    # what each incoming item is to the scope (ids and hashes only: a user record's JSON is built again, and
    # only for the items written, by the INSERT below, so that it never sits in memory whole)
    con.execute(f"CREATE OR REPLACE TEMP VIEW _incoming AS {source_sql}")
    stored = con.execute("SELECT EXISTS (SELECT 1 FROM items WHERE scope = ?)", [scope]).fetchone()
    # a scope stored for the first time: every item is added, and its hash (a user record's JSON built and
    # hashed) is only needed once, by the INSERT
    hashed = "hash" if stored and stored[0] else "NULL::VARCHAR AS hash"
    # in two statements: the user's checks (a join per converted field) and the join with the stored items
    # each hold their own working memory, and together they ran out under the ingest's 64 MiB
    con.execute(f"CREATE OR REPLACE TEMP TABLE _in AS SELECT item_type, id, {hashed}, caption FROM _incoming")
    con.execute("""CREATE OR REPLACE TEMP TABLE _new AS SELECT i.item_type, i.id, i.hash, i.caption,
            CASE WHEN o.id IS NULL THEN 'added' WHEN o.hash = i.hash THEN 'unchanged' ELSE 'changed' END AS state
        FROM _in i LEFT JOIN (SELECT item_type, id, hash FROM items WHERE scope = ?) o USING (item_type, id)""",
                [scope])
    con.execute("DROP TABLE _in")
    if True:  # on an error the caller rolls back, which takes these temporary tables too
        here = dict.fromkeys(counts, 0)
        for state, n in con.execute("SELECT state, count(*) FROM _new GROUP BY state").fetchall():
            here[str(state)] = int(n)
        con.execute("""CREATE OR REPLACE TEMP TABLE _gone AS SELECT o.item_type, o.id FROM items o
            WHERE o.scope = ? AND NOT EXISTS (SELECT 1 FROM _new n WHERE n.item_type = o.item_type AND n.id = o.id)""",
                    [scope])
        gone = con.execute("SELECT count(*) FROM _gone").fetchone()
        here["removed"] = int(gone[0]) if gone else 0
        for key, n in here.items():
            counts[key] += n
        con.execute("""INSERT INTO changes SELECT ?, ?, id, item_type, state, caption FROM _new
            WHERE state <> 'unchanged'""", [ingest_id, dataset])
        con.execute("INSERT INTO changes SELECT ?, ?, id, item_type, 'removed', NULL FROM _gone",
                    [ingest_id, dataset])
        if here["changed"] or here["removed"] or _moved(con):
            # an id may move between files of the same dataset (a record re-delivered in a new file)
            con.execute("""DELETE FROM items WHERE EXISTS (SELECT 1 FROM (SELECT item_type, id FROM _gone UNION ALL
                SELECT item_type, id FROM _new WHERE state <> 'unchanged') d
                WHERE d.item_type = items.item_type AND d.id = items.id)""")
        with item_writes(con):
            if here["added"] or here["changed"]:  # an unchanged file writes nothing (nor builds its JSON again)
                con.execute("""INSERT INTO items SELECT i.item_type, i.id, ?, ?, i.hash, i.data, i.protected,
                    i.status, ?, ?
                    FROM _incoming i WHERE NOT EXISTS (SELECT 1 FROM _new n WHERE n.state = 'unchanged'
                        AND n.item_type = i.item_type AND n.id = i.id)""", [dataset, scope, now, now])
        if here["unchanged"]:  # the rows just written carry `now` already
            con.execute("UPDATE items SET last_seen = ? WHERE scope = ? AND last_seen <> ?", [now, scope, now])
    con.execute("DROP TABLE _new")
    con.execute("DROP TABLE _gone")
    con.execute("DROP VIEW _incoming")


# Settings for writing many items.  The order of items is never read (readers sort by id): letting DuckDB write
# them as they come is faster; each thread holds its own row groups until the commit: one thread, half the
# memory.  Records' JSON, hashes and ids are each unique: DuckDB's dictionary compressions, tried on every row
# group written, collect all its distinct strings first (200k lines: +80 MB) to find nothing to share; FSST stays
ITEM_WRITES = {"preserve_insertion_order": "false", "threads": "1",
               "disabled_compression_methods": "'dictionary,dict_fsst'"}


@contextmanager
def item_writes(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """`ITEM_WRITES` for a piece of work.  A transaction of items holds them until after its COMMIT, which
    writes the last row group: with DuckDB's defaults back by then, the commit of 200k lines collected that
    row group's distinct strings after all (+50 MB over the INSERT, measured with benchmarks/ingest)."""
    with write_settings(con, **ITEM_WRITES):
        yield


@contextmanager
def write_settings(con: duckdb.DuckDBPyConnection, **settings: str) -> Iterator[None]:
    """DuckDB settings changed for a piece of work and set back after it, also when it fails.  A failed statement
    (out of memory, say) aborts the transaction, which then refuses even a SET; these settings are the
    database's, not the connection's, so a cursor of their own sets them back, and the caller sees the
    statement's own error (which within_ingest_memory retries on), not "transaction is aborted"."""
    before = {name: con.execute("SELECT current_setting(?)", [name]).fetchone() for name in settings}
    for name, value in settings.items():
        con.execute(f"SET {name} = {value}")
    try:
        yield
    finally:
        with con.cursor() as own:
            for name, row in before.items():
                _set(own, name, row[0] if row else None)


def _set(con: duckdb.DuckDBPyConnection, name: str, value: Any) -> None:
    if value is None:
        con.execute(f"RESET {name}")
    elif isinstance(value, bool):
        con.execute(f"SET {name} = {str(value).lower()}")
    elif isinstance(value, int | float):
        con.execute(f"SET {name} = {value}")
    else:
        con.execute(f"SET {name} = '" + str(value).replace("'", "''") + "'")


def _moved(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether an added item's id is held under another scope (its old row must go first)."""
    row = con.execute("""SELECT EXISTS (SELECT 1 FROM _new n JOIN items i USING (item_type, id)
        WHERE n.state = 'added')""").fetchone()
    return bool(row and row[0])


def user_rows_sql(parts: Sequence[Checked]) -> str:
    """The checked files of one kind as items: id, SHA-1 of the record's JSON without origin, the JSON."""
    selects = []
    for checked in parts:
        content, data = _json_exprs(checked.fields)
        origin = f"{literal(checked.stage.path.name + ':')} || {LINE}"
        key = quote(checked.fields[0])
        selects.append(f"SELECT {literal(checked.kind)} AS item_type, {key} AS id, sha1({content}) AS hash, "
                       f"{data.replace('__ORIGIN__', f'to_json({origin})::VARCHAR')} AS data, NULL::VARCHAR AS "
                       f"protected, NULL::VARCHAR AS status, {key} AS caption FROM {checked.view}")
    return " UNION ALL ".join(selects)


def _json_exprs(fields: Sequence[str]) -> tuple[str, str]:
    """SQL for the record's JSON without origin (hashed) and with it (stored; `__ORIGIN__` marks its place)."""
    exprs: dict[str, str] = {"extra": "__extra"}
    for f in fields:
        exprs[f] = (f"coalesce({quote(f)}::VARCHAR, 'null')" if f in NUMBER_FIELDS else
                    f"coalesce(to_json({quote(f)})::VARCHAR, 'null')")
    keys = sorted(exprs)
    before = [k for k in keys if k < "origin"]
    after = [k for k in keys if k > "origin"]

    def pieces(names: list[str], lead: str) -> list[str]:
        return [p for i, k in enumerate(names) for p in (
            literal(("" if i == 0 and not lead else ", ") + json.dumps(k, ensure_ascii=False) + ": "), exprs[k])]

    # one concat() of every piece, not a chain of ||: each || is an operator with its own vector of the
    # growing text, so a record of 25 fields held ~50 copies of each 2,048-row batch (200k lines: ~130 MB)
    head, tail = pieces(before, ""), pieces(after, "x")
    content = "concat('{', " + ", ".join(head + tail) + ", '}')"
    data = "concat('{', " + ", ".join([*head, "', \"origin\": '", "__ORIGIN__", *tail]) + ", '}')"
    return content, data


def rows_table(rows: Sequence[Any]) -> Any:
    """ItemRows (store/items.py) as an Arrow table for `sync_items`."""
    import pyarrow as pa

    names = ["item_type", "id", "hash", "data", "protected", "status", "caption"]
    return pa.table({n: pa.array([getattr(r, n) for r in rows], pa.string()) for n in names})
