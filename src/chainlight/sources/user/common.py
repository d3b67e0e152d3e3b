"""Shared reading of the user's records: a file in, validated `Listing`/`Shipment`/`Supplier` records out.

The reading is column-wise (stage.py stages the file in DuckDB, checks.py checks every column in SQL); this
module turns the checked rows into records for callers that want Python objects (small files, the API).  The
store takes large files from the checked view directly (store/user_records.py).  Every problem of every row
is collected and raised once, so a user fixes the whole file in one pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb

from chainlight.errors import Problem
from chainlight.model.records import RECORD_TYPES
from chainlight.sources.base import ReadResult, SourceMeta, UserRecord
from chainlight.sources.user.checks import Checked, check, known_fields
from chainlight.sources.user.stage import LINE, Restage, Stage, quote, restage, stage_file, stage_table
from chainlight.sources.user.tables import Table

__all__ = ["read_checked", "read_records", "read_table", "records_of", "user_meta"]


def user_meta(kind: str, title: str) -> SourceMeta:
    return SourceMeta(kind=kind, dataset=kind, title=title, publisher="the user", url="",
                      licence="the user's own data", format="CSV (, ; or tab), XLSX, JSON lines or Parquet",
                      expected_min=1, notes="Columns as in docs/formats.md; unknown columns are kept as extra.")


def read_records(paths: Sequence[Path], kind: str) -> ReadResult:
    result = ReadResult(dataset=kind)
    with duckdb.connect() as con:
        for path in paths:
            checked = read_checked(con, Path(path), kind)
            result.records.extend(records_of(con, checked))
            result.warnings.extend(checked.warnings)
    return result


def read_checked(con: duckdb.DuckDBPyConnection, path: Path, kind: str,
                 step: Callable[[str], None] | None = None) -> Checked:
    """Stage and check one file in `con` (temporary tables); InputError with every problem."""
    known = known_fields(kind)
    stage = stage_file(con, path, known)
    try:
        return check(con, stage, kind)
    except Restage:
        if step is not None:
            step(f"{path.name}: read by Python's csv module (a quoted line break or another irregularity)")
        return check(con, restage(con, stage, known), kind)


def read_table(table: Table, kind: str) -> tuple[list[UserRecord], list[Problem]]:
    """Rows read elsewhere (the API's JSON) checked as a file's rows are."""
    with duckdb.connect() as con:
        stage: Stage = stage_table(con, table, known_fields(kind))
        checked = check(con, stage, kind)
        return records_of(con, checked), checked.warnings


def records_of(con: duckdb.DuckDBPyConnection, checked: Checked) -> list[UserRecord]:
    """The checked rows as records, in file order; `origin` names the file and line."""
    record_type = RECORD_TYPES[checked.kind]
    cols = ", ".join(quote(f) for f in checked.fields)
    name = checked.stage.path.name
    out: list[UserRecord] = []
    for row in con.execute(f"SELECT {LINE}, __extra, {cols} FROM {checked.view} ORDER BY {LINE}").fetchall():
        fields = dict(zip(checked.fields, row[2:], strict=True))
        out.append(record_type(**fields, extra=json.loads(row[1]), origin=f"{name}:{row[0]}"))
    return out
