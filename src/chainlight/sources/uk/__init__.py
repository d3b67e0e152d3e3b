"""UK Sanctions List (FCDO CSV) and the older OFSI Consolidated List (ConList.csv).

Rows are grouped by designation id; the row whose name type is "Primary Name" gives the caption, other
rows give aliases ("Low quality" -> weak_alias) and, in the non-latin columns, Hangul or Chinese names.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from chainlight.errors import InputError
from chainlight.model.entity import Address, Entity, Identifier, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.completeness import finish_read
from chainlight.sources.countries import to_iso2
from chainlight.sources.dates import parse_date
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.problems import ProblemLog
from chainlight.sources.scripts import language_code, script_lang
from chainlight.sources.textfile import read_legacy_text
from chainlight.sources.uk.columns import column_index, layout_of

META = load_meta(__file__)
SCHEMAS = {"individual": "Person", "ship": "Vessel", "entity": "Organization"}
Row = dict[str, str]


def read(paths: Sequence[Path]) -> ReadResult:
    log = ProblemLog()
    entities: dict[str, Entity] = {}
    result = ReadResult(META.dataset)
    for path in paths:
        require_file(path)
        rows, result.version = _rows(path, log)
        for line, row in rows:
            _add_row(entities, row, path, line, log)
    result.entities = list(entities.values())
    return finish_read(result, log, META, paths[0])


def _rows(path: Path, log: ProblemLog) -> tuple[list[tuple[int, Row]], str | None]:
    lines = list(csv.reader(io.StringIO(read_legacy_text(path), newline="")))
    # blank lines before the date line (a re-saved file) are skipped; line numbers stay the file's own
    first = next((i for i, values in enumerate(lines) if any(v.strip() for v in values)), len(lines))
    lines = lines[first:]
    if len(lines) < 2:
        raise InputError(str(path), "expected a date line and a header line", line=first + 1)
    version = parse_date(lines[0][-1].replace("Report Date:", "").strip()) or _text_date(lines[0])
    layout = layout_of(lines[1])
    if layout is None:
        raise InputError(str(path), "header has no 'Unique ID'/'Group ID' and 'Name 6'; not a UK sanctions CSV",
                         line=first + 2)
    index = column_index(lines[1], layout)
    out = []
    for n, values in enumerate(lines[2:], start=first + 3):
        if not any(v.strip() for v in values):
            continue
        if len(values) < len(lines[1]):
            log.error(path, n, None, f"expected {len(lines[1])} columns, found {len(values)}")
            continue
        out.append((n, {f: " ".join(values[i].split()) for f, i in index.items()}))
    return out, version


def _text_date(first: list[str]) -> str | None:
    """"Report Date: 08-Oct-2026" -> "2026-10-08"."""
    text = " ".join(first).replace("Report Date:", "").replace("Last Updated", "").strip(" ,")
    return parse_date(text.replace("-", " "))


def _add_row(entities: dict[str, Entity], row: Row, path: Path, line: int, log: ProblemLog) -> None:
    uid = row.get("id", "")
    if not uid:
        log.error(path, line, "Unique ID", "row without an id")
        return
    name = _full_name(row)
    entity = entities.get(uid)
    if entity is None:
        if not name:
            log.error(path, line, "Name 6", f"{uid} has no name")
            return
        entity = entities[uid] = _new_entity(uid, name, row)
    _add_name(entity, name, row)
    _add_details(entity, row)


def _full_name(row: Row) -> str:
    parts = [row.get(f"name{i}", "") for i in (1, 2, 3, 4, 5, 6)]
    return " ".join(p for p in parts if p)


def _new_entity(uid: str, name: str, row: Row) -> Entity:
    schema = SCHEMAS.get(row.get("subject_type", "").lower(), "Organization")
    if schema == "Organization":
        schema = organisation_schema(name)
    return Entity(id=make_id(META.dataset, uid), schema=schema, dataset=META.dataset, source_id=uid,
                  topics=["sanction"], listed_on=parse_date(row.get("listed_on")), source_url=META.url)


def _add_name(entity: Entity, name: str, row: Row) -> None:
    name_type = row.get("name_type", "").lower()
    if name_type.startswith("primary") and not any(n.kind == "primary" for n in entity.names):
        kind = "primary"
    elif "low" in row.get("alias_strength", "").lower():
        kind = "weak_alias"
    else:
        kind = "alias"
    if name and all(n.value != name for n in entity.names):
        entity.names.append(Name(name, kind, source_id=entity.source_id))
        entity.names.sort(key=lambda n: n.kind != "primary")  # primary first: it is the caption
    script = row.get("non_latin", "")
    if script and all(n.value != script for n in entity.names):
        lang = language_code(row.get("non_latin_language")) or script_lang(script)
        entity.names.append(Name(script, "original_script", lang, entity.source_id))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").replace(";", "|").split("|") if v.strip()]


def _add_details(entity: Entity, row: Row) -> None:
    for program in _split(row.get("regime")):
        if program not in entity.programs:
            entity.programs.append(program)
    for value in _split(row.get("nationality")) + _split(row.get("address_country")) + _split(row.get("flag")):
        code = to_iso2(value)
        if code and code not in entity.countries:
            entity.countries.append(code)
    for value in _split(row.get("dob")):
        date = parse_date(value)
        if date and date not in entity.birth_dates:
            entity.birth_dates.append(date)
    for field, kind in (("passport", "passport"), ("national_id", "national_id"),
                        ("registration", "registration"), ("imo", "imo")):
        for value in _split(row.get(field)):
            value = value.removeprefix("IMO").strip() if kind == "imo" else value
            if all(i.value != value for i in entity.identifiers):
                entity.identifiers.append(Identifier(kind, value))
    _add_address(entity, row)
    for field, prop in (("other_information", None), ("position", "position"), ("un_reference", "unscId")):
        value = row.get(field, "")
        if value and prop is None and value not in entity.notes:
            entity.notes.append(value)
        elif value and prop and value not in entity.properties.get(prop, []):
            entity.properties.setdefault(prop, []).append(value)


def _add_address(entity: Entity, row: Row) -> None:
    lines = [row.get(f"address{n}", "") for n in range(7)]
    country = row.get("address_country", "")
    full = ", ".join(p for p in [*lines, country] if p)
    if full and not all(not p for p in lines) and all(a.full != full for a in entity.addresses):
        city = next((p for p in reversed(lines[:6]) if p), None)
        entity.addresses.append(Address(full, city, to_iso2(country)))
