"""A user's file as a DuckDB table of raw cells: the first step of the columnar ingest.

The staged table has `__line` (the line a user sees: the physical line of a CSV or JSON-lines file, the sheet
row of an XLSX file, the 1-based row of a Parquet file), then one column per header column, names trimmed and
lower-cased as tables.py does.  Columns of formats.md hold the cell as text (what `values.text` would make of
it before stripping); any other column holds the cell as JSON (what `extra` will keep), NULL when empty.

CSV is read by DuckDB's own reader when the file is plain UTF-8 with one record per line (the common case);
the line of each record is counted by numpy over the bytes.  Anything else (quoted line breaks, stray bare CR,
a row with more values than the header, NUL bytes, bytes that are not UTF-8, UTF-16, compressed files) goes
through tables.py's readers, which know how to word each of those problems, and is staged in Arrow batches.
Parquet is read by DuckDB with its row numbers.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
import json
import mmap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import duckdb
import numpy as np
import pyarrow as pa

from chainlight.errors import InputError
from chainlight.sources.base import require_file
from chainlight.sources.compressed import compression_of
from chainlight.sources.user import tables
from chainlight.sources.user.decode import BOMS

LINE = "__line"
BATCH = 50_000  # rows per Arrow batch when rows come from a Python reader
# Python's str.strip() whitespace, for SQL trim(): a value of ideographic spaces is as empty as one of blanks
WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_IDS = itertools.count(1)
# DuckDB's CSV reader holds a few buffers of this size per thread: its default (32 MiB) kept ~60 MB for a
# file of any size, the whole budget of a 30 MB file; 2 MiB (DuckDB's longest line by default) reads as fast.
# A record longer than that fails DuckDB's reading and goes to tables.py's reader, as any irregular file does
CSV_BUFFER = 2 << 20


@dataclass
class Stage:
    table: str  # temporary DuckDB table
    path: Path
    columns: list[str]  # normalized header, in file order
    rows: int  # staged rows (blank rows included); -1 while a CSV is a view not yet read
    how: str  # "duckdb", "python", or "view": a CSV read by DuckDB when the view is first read, after
    # which `check` verifies that every record had one line (else it raises Restage)


class Restage(Exception):
    """DuckDB's reading of a CSV file does not line up with its lines: stage it with tables.py instead."""


def restage(con: duckdb.DuckDBPyConnection, stage: Stage, known: Sequence[str]) -> Stage:
    """The same file staged through tables.py's reader, which words each irregularity."""
    drop(con, [stage])
    return stage_table(con, tables.load_table(stage.path), known, f"{stage.table}p")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def stage_file(con: duckdb.DuckDBPyConnection, path: Path, known: Sequence[str]) -> Stage:
    """Stage one file (CSV, XLSX, JSON lines or Parquet) in a new temporary table (or view) of `con`."""
    require_file(path)
    table = f"_stage_{next(_IDS)}"
    fmt = tables.detect_format(path)
    stage = None
    if fmt == "csv":
        stage = _duckdb_csv(con, path, table, known)
    elif fmt == "parquet":
        stage = _duckdb_parquet(con, path, table, known)
    if stage is None:
        stage = stage_table(con, tables.load_table(path), known, table)
    return stage


# ---- rows from a Python reader (tables.py, the API) -----------------------------------------------------

def stage_table(con: duckdb.DuckDBPyConnection, source: tables.Table, known: Sequence[str],
                table: str | None = None) -> Stage:
    """Stage (line, row) pairs read in Python, in Arrow batches."""
    table = table or f"_stage_{next(_IDS)}"
    columns = _sql_columns(source)
    known_set = set(known)
    schema = pa.schema([(LINE, pa.int64())] + [(c, pa.string()) for c in columns])
    con.execute(f"CREATE TEMP TABLE {table} ({LINE} BIGINT, "
                + ", ".join(f"{quote(c)} VARCHAR" for c in columns) + ")" if columns else
                f"CREATE TEMP TABLE {table} ({LINE} BIGINT)")
    rows = 0
    for start in range(0, len(source.rows), BATCH):
        chunk = source.rows[start:start + BATCH]
        arrays = [pa.array([line for line, _ in chunk], pa.int64())]
        for c in columns:
            cell = _cell_text if c in known_set else _cell_json
            arrays.append(pa.array([cell(row.get(c)) for _, row in chunk], pa.string()))
        _append(con, table, pa.Table.from_arrays(arrays, schema=schema))
        rows += len(chunk)
    return Stage(table, source.path, columns, rows, "python")


def _sql_columns(source: tables.Table) -> list[str]:
    """The columns a table can be staged with.  A column without a name is left out when it holds nothing
    (a spreadsheet's trailing empty column); with values in it, or with two names that differ only in case
    (SQL reads Title and title as one), nothing can say which field is meant, and the file is refused."""
    out: list[str] = []
    seen: dict[str, str] = {}
    for c in source.columns:
        if not c.strip():
            if any(row.get(c) not in (None, "") for _, row in source.rows):
                line = next(n for n, row in source.rows if row.get(c) not in (None, ""))
                raise InputError(str(source.path), "a column has values but no name in the header", line=line,
                                 field="(unnamed column)")
            continue
        if "\x00" in c:  # no SQL column can be named with it (a damaged header, or a JSON key sent as such)
            raise InputError(str(source.path), "a column name holds a NUL character", line=1, field=repr(c))
        if c.lower() in seen:
            raise InputError(str(source.path), f"two columns are named alike: {seen[c.lower()]!r} and {c!r}",
                             line=1, field=c)
        seen[c.lower()] = c
        out.append(c)
    return out


def _append(con: duckdb.DuckDBPyConnection, table: str, batch: pa.Table) -> None:
    con.register("_stage_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _stage_batch")
    finally:
        con.unregister("_stage_batch")


def _cell_text(value: Any) -> str | None:
    """A cell of a formats.md column as the text values.py parses (before stripping)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a spreadsheet stores the id 1001 or the HS code 670420 as 670420.0
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def _cell_json(value: Any) -> str | None:
    """A cell of another column as `extra` keeps it: JSON, nothing for an empty cell."""
    if value is None or value == "":
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


# ---- CSV by DuckDB ------------------------------------------------------------------------------------

def _duckdb_csv(con: duckdb.DuckDBPyConnection, path: Path, table: str, known: Sequence[str]) -> Stage | None:
    """A view over DuckDB's reading of the file, each row beside its line, or None for tables.py."""
    if compression_of(path) is not None:
        return None
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        if any(mm[:4].startswith(bom) for bom, _ in BOMS):
            return None
        header = _header(path, mm)
        if header is None:
            return None
        delimiter, columns = header
        fh.seek(0)
        lines = record_lines(fh)  # read in blocks: a scan of the mapping would hold the whole file in memory
        if lines is None:
            return None
        if mm[-1:] not in (b"\n", b"\r") and not _last_line_whole(path, mm, int(lines[-1]) if len(lines) else 1,
                                                                  delimiter, len(columns)):
            return None
    return _read_csv(con, path, table, known, delimiter, columns, lines)


def _header(path: Path, mm: mmap.mmap) -> tuple[str, list[str]] | None:
    end = mm.find(b"\n")
    raw = mm[: end if end >= 0 else len(mm)]
    try:
        text = raw.decode("utf-8-sig").rstrip("\r")
    except UnicodeDecodeError:
        return None
    if not text.strip() or text.count('"') % 2:
        return None  # a blank first line or a header cell with a line break: tables.py's reading decides
    delimiter = max(tables.DELIMITERS, key=text.count)
    return delimiter, tables._columns(path, next(csv.reader([text], delimiter=delimiter)))


def record_lines(source: bytes | BinaryIO, block: int = 1 << 20) -> np.ndarray | None:
    """The 1-based numbers of the non-empty lines after the first, counted over the bytes a block at a time
    (memory: a block and the result, never the file); None when the file has a carriage return that does
    not end a line (an old Mac file, or a stray CR: tables.py reads it) or a NUL byte.  1 MiB blocks: the
    blocks' arrays stay in the process's heap after it (4 MiB: +12 MB on 200k lines, 1 MiB: +5 MB, as fast)."""
    read = io.BytesIO(source).read if isinstance(source, bytes | bytearray) else source.read
    found: list[np.ndarray] = []
    lines = 0  # line ends seen so far
    start = 0  # offset where the current line starts
    pos = 0  # offset of the block
    last = -1  # the byte before the block
    while data := read(block):
        arr = np.frombuffer(data, dtype=np.uint8)
        if last == 13 and arr[0] != 10:
            return None
        crs = np.flatnonzero(arr == 13)
        if len(crs) and not np.all(arr[crs[crs + 1 < len(arr)] + 1] == 10):
            return None
        if np.any(arr == 0):
            return None
        nl = np.flatnonzero(arr == 10)
        ends = nl + pos
        starts = np.empty_like(ends)
        if len(ends):
            starts[0] = start
            starts[1:] = ends[:-1] + 1
        before = np.where(nl > 0, arr[np.maximum(nl - 1, 0)], last)
        keep = ((ends - starts) > 1) | (((ends - starts) == 1) & (before != 13))
        found.append(np.flatnonzero(keep).astype(np.int64) + lines + 1)
        lines += len(nl)
        if len(ends):
            start = int(ends[-1]) + 1
        last = int(arr[-1])
        pos += len(arr)
    if last == 13:
        return None  # the file ends in a bare CR
    if pos - start > 0:  # a last line without its line end
        found.append(np.array([lines + 1], dtype=np.int64))
    out = np.concatenate(found) if found else np.zeros(0, np.int64)
    return out[out > 1]  # the header's line is not a record


def _last_line_whole(path: Path, mm: mmap.mmap, line: int, delimiter: str, columns: int) -> bool:
    """tables.py's check of a file that stops inside its last line (a cut download); False when the last
    line is blank, which tables.py's reading words best."""
    tail = mm[mm.rfind(b"\n") + 1:]
    try:
        text = tail.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if not text.strip():
        return False
    if text.count('"') % 2 == 1:
        raise InputError(str(path), "the last line stops inside a quoted value; the file looks cut short",
                         line=line)
    values = next(csv.reader([text], delimiter=delimiter))
    if len(values) < columns:
        raise InputError(str(path), f"the last line has {len(values)} of {columns} values and no line end; the "
                         "file looks cut short", line=line)
    return True


def _read_csv(con: duckdb.DuckDBPyConnection, path: Path, table: str, known: Sequence[str], delimiter: str,
              columns: list[str], lines: np.ndarray) -> Stage | None:
    spec = "{" + ", ".join(f"{literal(f'c{i}')}: 'VARCHAR'" for i in range(len(columns))) + "}"
    known_set = set(known)
    cells = [f"c{i}" if c in known_set else _json_cell(f"c{i}") for i, c in enumerate(columns)]
    # the numpy array itself, not an Arrow table of it: registering Arrow costs the process ~17-55 MB (pyarrow's
    # dataset modules and memory pool, met here first by `chainlight ingest`) for a 1.6 MB column
    con.register(f"{table}_lines", {LINE: lines})
    con.execute(
        f"CREATE TEMP VIEW {table} AS SELECT {LINE}, "
        + ", ".join(f"{cell} AS {quote(c)}" for cell, c in zip(cells, columns, strict=True))
        + f", _present FROM (SELECT 1 AS _present, * FROM read_csv({literal(str(path))}, header = false, "
        f"skip = 1, delim = {literal(delimiter)}, quote = '\"', escape = '\"', columns = {spec}, "
        f"auto_detect = false, null_padding = true, strict_mode = true, nullstr = '', buffer_size = {CSV_BUFFER})) "
        f"POSITIONAL JOIN {table}_lines")
    return Stage(table, path, columns, -1, "view")


def _json_cell(expr: str) -> str:
    return f"CASE WHEN {expr} IS NULL OR {expr} = '' THEN NULL ELSE to_json({expr})::VARCHAR END"


# ---- Parquet by DuckDB --------------------------------------------------------------------------------

def _duckdb_parquet(con: duckdb.DuckDBPyConnection, path: Path, table: str, known: Sequence[str]) -> Stage | None:
    source = f"read_parquet({literal(str(path))}, file_row_number = true)"
    try:
        described = con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
    except duckdb.Error:
        return None  # tables.py words the error as it always has
    names = [(str(r[0]), str(r[1])) for r in described if r[0] != "file_row_number"]
    columns = tables._columns(path, [n for n, _ in names])
    known_set = set(known)
    cells = [(_text_of(quote(n), t) if c in known_set else _json_of(quote(n), t))
             for (n, t), c in zip(names, columns, strict=True)]
    con.execute(f"CREATE TEMP TABLE {table} AS SELECT file_row_number + 1 AS {LINE}, "
                + ", ".join(f"{cell} AS {quote(c)}" for cell, c in zip(cells, columns, strict=True))
                + f" FROM {source} ORDER BY file_row_number")
    rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return Stage(table, path, columns, int(rows[0]) if rows else 0, "duckdb")


def _text_of(expr: str, typ: str) -> str:
    """SQL for what `_cell_text` makes of a typed Parquet cell."""
    typ = typ.upper()
    if typ == "VARCHAR":
        return expr
    if typ in ("DOUBLE", "FLOAT"):
        return (f"CASE WHEN isfinite({expr}) AND {expr} = trunc({expr}) AND abs({expr}) < 1e37 "
                f"THEN {expr}::HUGEINT::VARCHAR ELSE {expr}::VARCHAR END")
    if typ == "DATE":
        return f"strftime({expr}, '%Y-%m-%d')"
    if typ.startswith("TIMESTAMP"):
        return (f"CASE WHEN epoch_us({expr}::TIMESTAMP) % 1000000 <> 0 THEN strftime({expr}::TIMESTAMP, "
                f"'%Y-%m-%dT%H:%M:%S.%f') ELSE strftime({expr}::TIMESTAMP, '%Y-%m-%dT%H:%M:%S') END")
    if typ == "BOOLEAN":
        return f"CASE WHEN {expr} THEN 'True' WHEN NOT {expr} THEN 'False' END"
    return f"{expr}::VARCHAR"


def _json_of(expr: str, typ: str) -> str:
    if typ.upper() == "VARCHAR":
        return _json_cell(expr)
    return f"to_json({expr})::VARCHAR"


def drop(con: duckdb.DuckDBPyConnection, stages: Iterable[Stage]) -> None:
    """Remove what staging made (the checks' tables and views go with `checks.drop`)."""
    for stage in stages:
        if stage.how == "view":
            con.execute(f"DROP VIEW IF EXISTS {stage.table}")
            with contextlib.suppress(duckdb.Error):
                con.unregister(f"{stage.table}_lines")
        else:
            con.execute(f"DROP TABLE IF EXISTS {stage.table}")
