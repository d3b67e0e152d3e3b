"""Cells fit for a spreadsheet: no formula a seller's name can smuggle in, nothing over a cell's size.

A CSV or XLSX from chainlight is opened in Excel or LibreOffice by the analyst who asked for it and by the
customs officer it is sent to.  A value that begins with = + - @ (or a tab or carriage return) is read there
as a formula, so a seller named `=HYPERLINK("http://…","click")` would run in their spreadsheet: such text is
written with a leading apostrophe, which the spreadsheet shows as text (OWASP's advice for CSV injection).
Numbers are left alone.  A cell holds at most 32,767 characters; longer text is cut with a note saying where
the whole of it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

CELL_MAX = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$")


def neutral(value: str) -> str:
    """Text that a spreadsheet shows as text, never evaluates."""
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value.strip()):
        return "'" + value
    return value


def fitted(value: str, whole_in: str) -> str:
    """The value, or its start with a note naming where the rest is when it would overflow a cell."""
    if len(value) <= CELL_MAX:
        return value
    note = f" … [cut at {CELL_MAX:,} characters; the whole is in {whole_in}]"
    return value[:CELL_MAX - len(note)] + note


def evidence_cell(steps: list[dict[str, Any]], whole_in: str = "findings.json") -> str:
    """The chain as JSON; when it would overflow a cell, as many whole steps as fit and a last entry that says
    how many more there are and where, so the cell stays valid JSON."""
    text = json.dumps(steps, ensure_ascii=False)
    if len(text) <= CELL_MAX:
        return text
    kept: list[dict[str, Any]] = []
    for step in steps:
        trial = json.dumps([*kept, step, {"more": len(steps), "see": whole_in}], ensure_ascii=False)
        if len(trial) > CELL_MAX:
            break
        kept.append(step)
    rest = {"more": len(steps) - len(kept), "see": whole_in,
            "note": f"{len(steps) - len(kept)} further steps are in {whole_in}"}
    return json.dumps([*kept, rest], ensure_ascii=False)


def row_for_sheet(row: dict[str, Any]) -> dict[str, Any]:
    """A row's text cells neutralised; numbers and empty cells as they are."""
    return {k: neutral(v) if isinstance(v, str) else v for k, v in row.items()}
