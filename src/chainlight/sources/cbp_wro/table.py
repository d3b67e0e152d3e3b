"""Rows of the CBP WRO/Findings table from CSV or XLSX, with loosely matched headers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chainlight.errors import InputError
from chainlight.sources.compressed import logical_path
from chainlight.sources.dates import parse_date
from chainlight.sources.problems import ProblemLog
from chainlight.sources.textfile import read_legacy_text

# Header words -> field; first match wins, so "merchandise" is tested before "entit".
HEADERS = (("merchandise", "merchandise"), ("product", "merchandise"), ("date", "date"), ("country", "country"),
           ("entit", "entities"), ("status", "status"), ("finding", "kind"), ("type", "kind"))


@dataclass
class Order:
    line: int
    date: str | None
    country: str | None
    entities: list[str]
    merchandise: str | None
    status: str | None
    kind: str | None


def _field(header: str) -> str | None:
    text = header.strip().lower()
    return next((f for word, f in HEADERS if word in text), None)


def _text(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    return " ".join(str(value).split()) if value is not None else ""


def _raw_rows(path: Path) -> Iterator[list[Any]]:
    if logical_path(path).suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises several types for a file that is not a workbook
            raise InputError(str(path), f"cannot open as XLSX: {exc}") from exc
        yield from (list(r) for r in sheet.iter_rows(values_only=True))
    else:
        yield from csv.reader(io.StringIO(read_legacy_text(path), newline=""))


def read_table(path: Path, log: ProblemLog) -> list[Order]:
    rows = iter(_raw_rows(path))
    header = [_field(_text(h)) for h in next(rows, [])]
    if "entities" not in header:
        raise InputError(str(path), "no 'Entities' column; expected CBP WRO columns Date, Country, Entities, "
                         "Merchandise, Status, Type", line=1)
    out = []
    for line, values in enumerate(rows, start=2):
        cells = {f: _text(v) for f, v in zip(header, values, strict=False) if f}
        if not any(cells.values()):
            continue
        names = [n.strip() for n in re.split(r";|\n", cells.get("entities", "")) if n.strip()]
        if not names:
            log.error(path, line, "Entities", "order without an entity")
            continue
        when = parse_date(cells.get("date"))
        if cells.get("date") and when is None:
            log.error(path, line, "Date", f"not a date: '{cells['date']}'")
            continue
        out.append(Order(line, when, cells.get("country") or None, names, cells.get("merchandise") or None,
                         cells.get("status") or None, cells.get("kind") or None))
    return out
