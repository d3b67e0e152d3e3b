"""`chainlight ingest auto`: the KIND of a file from its name and first bytes.

Official lists are told apart by markers their publishers always write (the UN root element, the EU
element names, the UK "Unique ID" column, the OFAC numeric 12-column rows); the user's own records by
their id column.  Anything else is an input error rather than a guess.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from chainlight.errors import InputError
from chainlight.sources.base import require_file
from chainlight.sources.compressed import logical_path, read_head
from chainlight.sources.textfile import decode_legacy

SNIFF_BYTES = 16384
USER_ID_COLUMNS = (("listing_id", "listings"), ("shipment_id", "shipments"), ("supplier_id", "suppliers"))


def detect(path: Path) -> str:
    require_file(path)
    suffix = logical_path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _by_columns(_xlsx_header(path), path) or _unknown(path)
    if suffix == ".parquet":
        return _by_columns(_parquet_columns(path), path) or _unknown(path)
    text = decode_legacy(read_head(path, SNIFF_BYTES))
    return _sniff_text(text, suffix) or _unknown(path)


def _unknown(path: Path) -> str:
    raise InputError(str(path), "cannot tell what kind of file this is; name the kind: chainlight ingest KIND PATH")


def _sniff_text(text: str, suffix: str) -> str | None:
    head = text.lstrip("\ufeff \r\n\t")
    if head.startswith("<"):
        return _sniff_markup(head)
    if suffix in (".yml", ".yaml") or re.search(r"^(claims|entities|facilities|priors):", head, re.MULTILINE):
        return "evidence" if re.search(r"^(claims|entities|documents|priors):", head, re.MULTILINE) else None
    if head.startswith("{"):
        return _sniff_json(head)
    return _sniff_csv(head)


def _sniff_markup(head: str) -> str | None:
    if "<CONSOLIDATED_LIST" in head:
        return "un-sc"
    if "sanctionEntity" in head or "xmlFullSanctionsList" in head or "fsd/export" in head:
        return "eu-fsf"
    if "<Goods" in head and "<Good_Name" in head:
        return "dol-tvpra"
    if re.search(r"uflpa|UFLPA Entity List", head):
        return "uflpa"
    return None


def _sniff_json(head: str) -> str | None:
    first = head.splitlines()[0]
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return None
    if isinstance(record, dict) and "schema" in record and "properties" in record:
        return "ftm"
    return _by_columns(list(record) if isinstance(record, dict) else [], None)


def _sniff_csv(head: str) -> str | None:
    rows = list(csv.reader(io.StringIO(head, newline="")))[:3]
    if not rows:
        return None
    first = [c.strip() for c in rows[0]]
    if len(first) == 12 and first[0].isdigit():
        return "ofac-sdn"
    if (first and first[0].startswith("Report Date")) or (len(rows) > 1 and "Unique ID" in rows[1]):
        return "uk-sanctions"
    if first[:1] == ["Last Updated"] and len(rows) > 1 and "Group ID" in rows[1]:
        return "uk-sanctions"
    lower = [c.lower() for c in first]
    if lower[:5] == ["section", "hscode", "description", "parent", "level"]:
        return "hs"
    if "entities" in lower or ("entity" in lower and "merchandise" in lower):
        return "cbp-wro"
    if "name" in lower and "aliases" in lower and "section" in lower:
        return "uflpa"
    return _by_columns(first, None)


def _by_columns(columns: list[str], path: Path | None) -> str | None:
    names = {str(c).strip().lower() for c in columns if c is not None}
    return next((kind for column, kind in USER_ID_COLUMNS if column in names), None)


def _xlsx_header(path: Path) -> list[str]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(path, read_only=True).worksheets[0]
        return [str(c) for c in next(sheet.iter_rows(max_row=1, values_only=True), ()) if c is not None]
    except Exception as exc:  # not a workbook: openpyxl raises zipfile, KeyError and others
        raise InputError(str(path), f"cannot open as XLSX: {exc}") from exc


def _parquet_columns(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    try:
        return list(pq.read_schema(path).names)
    except Exception as exc:  # pyarrow raises ArrowInvalid and OSError for a damaged file
        raise InputError(str(path), f"cannot open as Parquet: {exc}") from exc
