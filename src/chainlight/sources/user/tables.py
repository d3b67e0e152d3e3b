"""Read a table of records from CSV, XLSX, JSON lines or Parquet as (line number, row) pairs.

Column names come back trimmed and lower-cased so that `Shipment_ID` and ` shipment_id ` are one column.
The line number is what a user sees: the physical line of a CSV or JSON-lines file, the sheet row of an
XLSX file, the 1-based row of a Parquet file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chainlight.errors import InputError
from chainlight.sources.base import require_file
from chainlight.sources.compressed import logical_path, read_bytes, read_head
from chainlight.sources.user.decode import decode_utf8

DELIMITERS = (",", ";", "\t")


@dataclass
class Table:
    path: Path
    columns: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def load_table(path: Path) -> Table:
    require_file(path)
    loaders = {"xlsx": _xlsx, "parquet": _parquet, "jsonl": _jsonl, "csv": _csv}
    table = loaders[detect_format(path)](path)
    if not table.rows:
        raise InputError(str(path), "file is empty: a header but no records")
    return table


def detect_format(path: Path) -> str:
    suffix = logical_path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    head = read_head(path, 4)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head == b"PAR1":
        return "parquet"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \r\n").startswith(b"{") else "csv"


def normalize_column(name: object) -> str:
    return " ".join(str(name or "").split()).lower().replace(" ", "_").replace("-", "_")


def _columns(path: Path, raw: list[Any], line: int = 1) -> list[str]:
    while raw and (raw[-1] is None or not str(raw[-1]).strip()):
        raw = raw[:-1]
    columns = [normalize_column(c) or f"column_{i}" for i, c in enumerate(raw, start=1)]
    seen: set[str] = set()
    for c in columns:
        if c in seen:
            raise InputError(str(path), f"column '{c}' appears twice in the header", line=line, field=c)
        seen.add(c)
    return columns


def _csv(path: Path) -> Table:
    text = decode_utf8(path, read_bytes(path))
    if not text.strip():
        raise InputError(str(path), "file is empty")
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table = Table(path, _columns(path, next(reader)))
    start = reader.line_num + 1
    last: list[str] = []
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:  # a value over the csv module's field limit (a stray quote swallowing the file)
            raise InputError(str(path), f"cannot be read as CSV ({exc}); is a quote left open?", line=start) from None
        if any(v.strip() for v in row):
            table.rows.append((start, _row(path, start, table.columns, row)))
            last = row
        start = reader.line_num + 1
    if table.rows and not text.endswith(("\n", "\r")):
        _check_last_line(path, text, table.rows[-1][0], last, len(table.columns))
    return table


def _check_last_line(path: Path, text: str, line: int, row: list[str], columns: int) -> None:
    """A file that stops inside its last line (a cut download or copy) is reported, not stored as if whole:
    its last line then has an open quote, or fewer values than the header has columns."""
    tail = text[text.rfind("\n") + 1:]
    if tail.count('"') % 2 == 1:
        raise InputError(str(path), "the last line stops inside a quoted value; the file looks cut short",
                         line=line)
    if len(row) < columns:
        raise InputError(str(path), f"the last line has {len(row)} of {columns} values and no line end; the "
                         "file looks cut short", line=line)


def _row(path: Path, line: int, columns: list[str], values: list[Any]) -> dict[str, Any]:
    if len(values) > len(columns) and any(str(v).strip() for v in values[len(columns):]):
        raise InputError(str(path), f"{len(values)} values but {len(columns)} columns; is a value with the "
                         "delimiter missing its quotes?", line=line)
    return dict(zip(columns, values, strict=False))


def _jsonl(path: Path) -> Table:
    text = decode_utf8(path, read_bytes(path))
    if not text.strip():
        raise InputError(str(path), "file is empty")
    table = Table(path, [])
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            table.rows.append((number, _json_object(path, number, line)))
    for _, row in table.rows:
        table.columns.extend(c for c in row if c not in table.columns)
    return table


def _json_object(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc.msg} at column {exc.colno})", line=number) from None
    if not isinstance(data, dict):
        raise InputError(str(path), "expected one JSON object per line", line=number)
    normalized = {normalize_column(k): v for k, v in data.items()}
    if len(normalized) != len(data):
        raise InputError(str(path), "two keys differ only in case or spaces", line=number)
    return normalized


def _xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for a broken file
        raise InputError(str(path), f"cannot be read as an Excel workbook ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError(str(path), "file is empty: the first sheet has no rows")
        table = Table(path, _columns(path, list(header)))
        for number, values in enumerate(rows, start=2):
            if any(v is not None and str(v).strip() for v in values):
                table.rows.append((number, _row(path, number, table.columns, list(values))))
        return table
    finally:
        workbook.close()


def _parquet(path: Path) -> Table:
    import pyarrow.parquet as pq

    try:
        data = pq.read_table(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid and OSError for a file that is not Parquet
        raise InputError(str(path), f"cannot be read as Parquet ({exc})") from None
    table = Table(path, _columns(path, data.column_names))
    for number, values in enumerate(_parquet_rows(data), start=1):
        table.rows.append((number, dict(zip(table.columns, values, strict=True))))
    return table


def _parquet_rows(data: Any) -> Iterator[list[Any]]:
    columns = [data.column(i).to_pylist() for i in range(data.num_columns)]
    yield from (list(values) for values in zip(*columns, strict=True))
