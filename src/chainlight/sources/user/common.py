"""Shared reading of the user's records: one table in, validated `Listing`/`Shipment`/`Supplier` records out.

Every problem of every row is collected and raised once, so a user fixes the whole file in one pass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from chainlight.errors import InputError, Problem
from chainlight.model.records import RECORD_TYPES
from chainlight.sources.base import ReadResult, SourceMeta, UserRecord
from chainlight.sources.user import values
from chainlight.sources.user.tables import Table, load_table

NUMBER_FIELDS = {"price", "quantity", "weight_kg", "value"}
DATE_FIELDS = {"date"}
COUNTRY_FIELDS = {"seller_country", "ships_from", "shipper_country", "consignee_country", "origin_country",
                  "country"}
# Marketplaces fill "ships from" with a country or a city ("Qingdao"): a city is kept as written.
FREE_TEXT_PLACES = {"ships_from"}
# The tracer skips these; a negative amount is a data-entry slip worth a warning, not a refusal.
NON_NEGATIVE = {"quantity", "weight_kg"}
INTERNAL = {"extra", "origin"}


def user_meta(kind: str, title: str) -> SourceMeta:
    return SourceMeta(kind=kind, dataset=kind, title=title, publisher="the user", url="",
                      licence="the user's own data", format="CSV (, ; or tab), XLSX, JSON lines or Parquet",
                      expected_min=1, notes="Columns as in docs/formats.md; unknown columns are kept as extra.")


def read_records(paths: Sequence[Path], kind: str) -> ReadResult:
    result = ReadResult(dataset=kind)
    for path in paths:
        records, warnings = read_table(load_table(Path(path)), kind)
        result.records.extend(records)
        result.warnings.extend(warnings)
    return result


def read_table(table: Table, kind: str) -> tuple[list[UserRecord], list[Problem]]:
    record_type = RECORD_TYPES[kind]
    required: tuple[str, ...] = record_type.REQUIRED
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise InputError(str(table.path), f"required column '{missing[0]}' is missing (found: "
                         f"{', '.join(table.columns)})", line=1, field=missing[0])
    known = [f.name for f in dataclasses.fields(record_type) if f.name not in INTERNAL]
    builder = _RowBuilder(table.path, known, required)
    records = [builder.build(record_type, line, row) for line, row in table.rows]
    builder.check_duplicates(required[0], [(line, row.get(required[0])) for line, row in table.rows])
    if builder.problems:
        raise InputError.collected(builder.problems)
    return records, builder.warnings


class _RowBuilder:
    def __init__(self, path: Path, known: list[str], required: tuple[str, ...]) -> None:
        self.path, self.known, self.required = path, known, required
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def build(self, record_type: Callable[..., UserRecord], line: int, row: dict[str, Any]) -> UserRecord:
        fields: dict[str, Any] = {}
        extra = {k: v for k, v in row.items() if k not in self.known and v not in (None, "")}
        for name in self.known:
            fields[name] = self._field(line, name, row.get(name), extra)
        for name in self.required:
            if fields[name] is None and not any(p.line == line and p.field == name for p in self.problems):
                self._problem(self.problems, line, name, "required value is empty")
        return record_type(**fields, extra=extra, origin=f"{self.path.name}:{line}")

    def _field(self, line: int, name: str, raw: Any, extra: dict[str, Any]) -> Any:
        try:
            if name in NUMBER_FIELDS:
                return self._amount(line, name, values.number(raw))
            if name in DATE_FIELDS:
                return values.iso_date(raw)
            out = values.text(raw)
        except ValueError as exc:
            self._problem(self.problems, line, name, str(exc))
            return None
        if name in COUNTRY_FIELDS and out is not None:
            return self._country(line, name, out, extra)
        return out

    def _amount(self, line: int, name: str, amount: float | None) -> float | None:
        if amount is not None and amount < 0 and name in NON_NEGATIVE:
            self._problem(self.warnings, line, name, f"negative {name} {amount:g}; the tracer will skip it")
        return amount

    def _country(self, line: int, name: str, raw: str, extra: dict[str, Any]) -> str | None:
        code = values.country(raw)
        if code is None and name in FREE_TEXT_PLACES:
            return raw
        if code is None:
            extra[name] = raw
            self._problem(self.warnings, line, name, f"unknown country '{raw}', kept as extra.{name}")
        return code

    def check_duplicates(self, id_field: str, ids: list[tuple[int, Any]]) -> None:
        first: dict[str, int] = {}
        for line, raw in ids:
            key = values.text(raw)
            if key is None:
                continue
            if key in first:
                self._problem(self.problems, line, id_field,
                              f"duplicate {id_field} '{key}', also on line {first[key]}")
            else:
                first[key] = line

    def _problem(self, into: list[Problem], line: int, name: str, message: str) -> None:
        into.append(Problem(str(self.path), line, name, message))
