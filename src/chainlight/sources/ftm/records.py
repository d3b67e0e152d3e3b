"""Lines of an FtM export, checked against the FollowTheMoney model, and an index to follow their links."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followthemoney import model

from chainlight.errors import InputError
from chainlight.sources.base import require_file
from chainlight.sources.compressed import ARCHIVE_ERRORS, damaged, open_binary

# Schemata folded into the party they name (Sanction.entity, Passport/Identification.holder).  Addresses are
# reached from the party's addressEntity instead.
FOLDED_BY_LINK = {"Sanction": "entity", "Passport": "holder", "Identification": "holder"}


@dataclass
class FtmRecord:
    line: int
    id: str
    schema: str
    properties: dict[str, list[str]]
    raw: dict[str, Any]

    def get(self, prop: str) -> list[str]:
        return self.properties.get(prop, [])

    def first(self, prop: str) -> str | None:
        values = self.properties.get(prop)
        return values[0] if values else None


@dataclass
class FtmIndex:
    by_id: dict[str, FtmRecord] = field(default_factory=dict)  # ids and referents
    naming: dict[str, list[FtmRecord]] = field(default_factory=dict)  # party id -> its sanctions, passports

    @classmethod
    def of(cls, records: list[FtmRecord]) -> FtmIndex:
        index = cls()
        for record in records:
            # Parties point at merged addresses by a referent id ("addr-..."), not by the canonical id.
            for key in [record.id, *(record.raw.get("referents") or [])]:
                index.by_id.setdefault(key, record)
            for target in record.get(FOLDED_BY_LINK.get(record.schema, "")):
                index.naming.setdefault(target, []).append(record)
        return index


def read_records(path: Path) -> list[FtmRecord]:
    require_file(path)
    records: list[FtmRecord] = []
    try:
        with open_binary(path) as fh:
            for number, raw in enumerate(fh, start=1):
                if raw.strip():
                    records.append(_record(path, number, _decode(path, number, raw)))
    except ARCHIVE_ERRORS as exc:
        raise damaged(path, exc) from exc
    return records


def _decode(path: Path, number: int, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 (byte {exc.start + 1} of the line); FtM exports are UTF-8",
                         line=number) from None


def _record(path: Path, number: int, line: str) -> FtmRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc.msg} at column {exc.colno})", line=number) from None
    except RecursionError:
        raise InputError(str(path), "JSON nested too deeply to be an FtM entity", line=number) from None
    if not isinstance(data, dict) or not data.get("id"):
        raise InputError(str(path), "expected an FtM entity: a JSON object with an id", line=number, field="id")
    schema = model.get(str(data.get("schema")))
    if schema is None:
        raise InputError(str(path), f"unknown FtM schema '{data.get('schema')}'", line=number, field="schema")
    props = data.get("properties") or {}
    if not isinstance(props, dict) or not all(isinstance(v, list) for v in props.values()):
        raise InputError(str(path), "properties must map names to lists of values", line=number,
                         field="properties")
    clean = {k: [str(v).strip() for v in vs if v not in (None, "")] for k, vs in props.items()}
    return FtmRecord(number, str(data["id"]), schema.name, {k: v for k, v in clean.items() if v}, data)
