"""Findings as CSV and JSON, in the columns of formats.md."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chainlight.model.finding import Finding

CSV_COLUMNS = ("record_type", "record_id", "score", "tier", "policies", "summary", "evidence")


def finding_row(f: Finding) -> dict[str, str]:
    return {
        "record_type": f.record_type,
        "record_id": f.record_id,
        "score": f"{f.score:.4f}",
        "tier": f.tier,
        "policies": ";".join(f.policies),
        "summary": f.summary,
        "evidence": json.dumps([s.to_dict() for s in f.evidence], ensure_ascii=False),
    }


def write_findings_csv(findings: Sequence[Finding], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(finding_row(f) for f in findings)
    return path


def write_findings_json(findings: Sequence[Finding], path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    """`{"meta": {...}, "findings": [...]}` with each finding's evidence as a list of steps."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"meta": meta or {}, "findings": [f.to_dict() for f in findings]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path
