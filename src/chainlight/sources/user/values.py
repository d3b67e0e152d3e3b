"""Parse one cell of a user's record: text, numbers, ISO dates and countries, whatever the file format gave.

Each parser raises ValueError with a message the user can act on; the caller adds file, line and field.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from chainlight.sources.countries import to_iso2

# "1,234,567.5": thousands separators are only removed when they cannot be a decimal comma.
THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet stores the id 1001 or the HS code 670420 as 670420.0
    if isinstance(value, dt.datetime):
        value = value.isoformat()
    out = str(value).strip()
    return out or None


def number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not a number")
    if isinstance(value, int | float):
        out = float(value)
    else:
        raw = str(value).strip().replace(" ", "")
        if THOUSANDS.match(raw):
            raw = raw.replace(",", "")
        try:
            out = float(raw)
        except ValueError:
            raise ValueError(f"'{value}' is not a number (use a dot for decimals: 1234.5)") from None
    if not math.isfinite(out):
        raise ValueError(f"'{value}' is not a finite number")
    return out


def iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = str(value).strip()
    if not raw:
        return None
    match = ISO_DATETIME.match(raw)
    day = match.group(1) if match else raw
    if not ISO_DATE.match(day):
        raise ValueError(f"'{raw}' is not an ISO 8601 date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(day).isoformat()
    except ValueError:
        raise ValueError(f"'{raw}' is not a real date") from None



def country(value: str) -> str | None:
    """ISO alpha-2 (lower case, as entities carry it) for a code or a country name; None if unknown."""
    return to_iso2(value)
