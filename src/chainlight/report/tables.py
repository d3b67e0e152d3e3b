"""Findings as CSV and JSON, in the columns of formats.md; each file appears only once it is whole, and the CSV's
cells are fit for a spreadsheet (report/cells.py)."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chainlight.edges import written
from chainlight.model.finding import Finding
from chainlight.report.cells import evidence_cell, neutral

CSV_COLUMNS = ("record_type", "record_id", "score", "tier", "policies", "summary", "evidence")


def finding_row(f: Finding) -> dict[str, str]:
    """A finding as a spreadsheet row: text cells neutralised, the chain shortened to fit one cell."""
    return {
        "record_type": f.record_type,
        "record_id": neutral(f.record_id),
        "score": f"{f.score:.4f}",
        "tier": f.tier,
        "policies": ";".join(f.policies),
        "summary": neutral(f.summary),
        "evidence": neutral(evidence_cell([s.to_dict() for s in f.evidence])),
    }


def write_findings_csv(findings: Sequence[Finding], path: str | Path) -> Path:
    path = Path(path)
    with written(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(finding_row(f) for f in findings)
    return path


def write_findings_json(findings: Sequence[Finding], path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    """`{"meta": {...}, "findings": [...]}` with each finding's evidence as a list of steps."""
    path = Path(path)
    doc = {"meta": meta or {}, "findings": [f.to_dict() for f in findings]}
    with written(path) as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2, default=str)
    return path
