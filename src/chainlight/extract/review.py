"""An analyst's edits to a claim (`claims review ID --edit FIELD=VALUE`), checked before they are stored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chainlight.errors import UsageError
from chainlight.sources.dates import parse_date

LIST_FIELDS = frozenset({"entities", "goods", "countries"})
TEXT_FIELDS = frozenset({"summary", "quote", "note", "labour"})
DATE_FIELDS = frozenset({"period_start", "period_end"})
RELIABILITY = ("high", "medium", "low")
EDITABLE = LIST_FIELDS | TEXT_FIELDS | DATE_FIELDS | {"reliability"}


def parse_edits(items: Sequence[str]) -> dict[str, Any]:
    """["goods=wigs,false_eyelashes", "period_start=2020-01"] -> {"goods": [...], "period_start": "2020-01"}."""
    edits: dict[str, Any] = {}
    for item in items:
        field, sep, value = item.partition("=")
        field, value = field.strip(), value.strip()
        if not sep or not field:
            raise UsageError(f"--edit takes FIELD=VALUE, not '{item}'")
        if field not in EDITABLE:
            raise UsageError(f"'{field}' cannot be edited; editable fields: {', '.join(sorted(EDITABLE))}")
        edits[field] = _value(field, value)
    return edits


def _value(field: str, value: str) -> Any:
    if field in LIST_FIELDS:
        parts = [v.strip() for v in value.split(",") if v.strip()]
        return [p.lower() for p in parts] if field == "countries" else parts
    if field in DATE_FIELDS:
        if not value:
            return None
        iso = parse_date(value)
        if iso is None:
            raise UsageError(f"{field}: '{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        return iso
    if field == "reliability" and value not in RELIABILITY:
        raise UsageError(f"reliability must be one of {', '.join(RELIABILITY)}, not '{value}'")
    return value or None


def decide_status(confirm: bool, reject: bool, edits: dict[str, Any], current: str) -> str:
    if confirm and reject:
        raise UsageError("give --confirm or --reject, not both")
    if not (confirm or reject or edits):
        raise UsageError("nothing to do: give --confirm, --reject or --edit FIELD=VALUE")
    if confirm:
        return "confirmed"
    if reject:
        return "rejected"
    return current  # an edit alone keeps the claim where it was in review
