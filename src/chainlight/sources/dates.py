"""Dates as the lists write them -> ISO 8601, keeping only the precision the list gives.

"13 Feb 1969" -> "1969-02-13", "Feb 1969" -> "1969-02", "circa 1969" -> "1969", "13/02/1969" -> "1969-02-13",
"00/00/1969" -> "1969" (the UK list writes unknown parts as zeros).  A birth date known only to the year
must match any date in that year, so the reader never invents a day.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_DAY_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")  # "June 21, 2022" (US pages)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_PREFIX = re.compile(r"^(?:circa|approximately|approx\.?|about|c\.|ca\.)\s*", re.IGNORECASE)


def _iso(year: int, month: int = 0, day: int = 0) -> str | None:
    if not 1000 <= year <= 2999 or not 0 <= month <= 12 or not 0 <= day <= 31:
        return None
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:  # "31 Feb": keep what is certain rather than drop the whole date
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None) -> str | None:
    """ISO form of one date, or None when the text is not a date this module knows."""
    if not text:
        return None
    value = _PREFIX.sub("", text.strip().rstrip("."))
    if m := _ISO.match(value):
        return _iso(int(m[1]), int(m[2] or 0), int(m[3] or 0))
    if m := _NUMERIC.match(value):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    if m := _MONTH_DAY_YEAR.match(value):
        month = MONTHS.get(m[1][:3].lower())
        return _iso(int(m[3]), month, int(m[2])) if month else None
    if m := _DAY_MONTH_YEAR.match(value):
        month = MONTHS.get(m[2][:3].lower())
        return _iso(int(m[3]), month, int(m[1] or 0)) if month else None
    return None


def parse_date_range(start: str, end: str) -> list[str]:
    """A range as the coarsest dates that cover it: a whole year -> "1946", 1946..1948 -> the three years.

    Lists write "DOB 01 Jan 1946 to 31 Dec 1946" for "born in 1946"; matching wants "1946", not two days.
    """
    a, b = parse_date(start), parse_date(end)
    if not a or not b:
        return [d for d in (a, b) if d]
    if a[:7] == b[:7] and len(a) >= 7:
        return [a[:7]] if a != b else [a]
    years = range(int(a[:4]), int(b[:4]) + 1)
    if 0 < len(years) <= 5:
        return [str(y) for y in years]
    return [a, b]
