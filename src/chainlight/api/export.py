"""The analyst's current view of findings as a CSV or XLSX file.

The columns are formats.md's findings columns (record_type … evidence) followed by what the workspace adds
(record, presumption, mass_balance_share, decision, decided_by, decided_at).  Every text cell goes through
report/cells.py: a value a spreadsheet would run as a formula is written as text, and nothing exceeds a cell's
32,767 characters.  The file is written to a temporary file while the store is held (at most
workspace.EXPORT_MAX rows; a bigger view is refused with its count, so that a filter narrows it) and sent
from there, so memory stays flat whatever the size of the run.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from chainlight.api import workspace
from chainlight.api.deps import AppState
from chainlight.errors import UsageError
from chainlight.report.cells import evidence_cell, fitted, neutral
from chainlight.report.tables import CSV_COLUMNS

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
COLUMNS = (*CSV_COLUMNS, "record", "presumption", "mass_balance_share", "decision", "decided_by", "decided_at")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # no XML 1.0 file may hold these


def export_row(f: dict[str, Any]) -> dict[str, Any]:
    whole_in = f"GET /findings/{f['record_id']}"

    def text(value: Any) -> str:
        return neutral(fitted(str(value or ""), whole_in))

    return {
        "record_type": f["record_type"],
        "record_id": text(f["record_id"]),
        "score": round(float(f["score"]), 4),
        "tier": f["tier"],
        "policies": ";".join(f["policies"]),
        "summary": text(f["summary"]),
        "evidence": neutral(evidence_cell(f.get("evidence") or [], whole_in)),
        "record": text(f.get("label")),
        "presumption": "yes" if f.get("presumption") else "no",
        "mass_balance_share": round(f["share"], 4) if f.get("share") is not None else "",
        "decision": f.get("decision") or "undecided",
        "decided_by": text(f.get("decided_by")),
        "decided_at": f.get("decided_at") or "",
    }


def rows(state: AppState, view: workspace.View) -> Iterable[dict[str, Any]]:
    total = workspace.count(state, view)
    if total > workspace.EXPORT_MAX:
        raise UsageError(f"the view holds {total:,} findings; an export takes at most {workspace.EXPORT_MAX:,}: "
                         "narrow it with tier, record_type, decision or q")
    for batch in workspace.batches(state, view):
        yield from (export_row(f) for f in batch)


def write(state: AppState, view: workspace.View, fmt: str) -> Path:
    """The view written to a temporary file (the caller deletes it once sent)."""
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    with tempfile.NamedTemporaryFile(prefix="chainlight-export-", suffix=f".{fmt}", delete=False) as handle:
        path = Path(handle.name)
    try:
        if fmt == "csv":
            with path.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM: Excel reads it as UTF-8
                writer = csv.DictWriter(fh, fieldnames=COLUMNS)
                writer.writeheader()
                writer.writerows(rows(state, view))
        else:
            _write_xlsx(path, rows(state, view))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _write_xlsx(path: Path, data: Iterable[dict[str, Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("findings")
    sheet.append(list(COLUMNS))
    for row in data:
        sheet.append([_ILLEGAL_XML.sub("", v) if isinstance(v, str) else v for v in row.values()])
    book.save(path)

