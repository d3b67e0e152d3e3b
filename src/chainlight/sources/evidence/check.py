"""Field checks for hand-written evidence YAML: each problem keeps its file, line and field.

The checks collect problems rather than stop at the first, so an analyst sees every mistake in one run.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from chainlight.errors import Problem
from chainlight.sources.evidence.yaml_lines import fields_of, line_of

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


class Checker:
    """Reads fields out of the mappings of one file and records what is wrong with them."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def add(self, node: dict[str, Any], field: str | None, message: str) -> None:
        self.problems.append(Problem(str(self.path), line_of(node, field), field, message))

    def keys(self, node: Any, where: str, spec: tuple[frozenset[str], frozenset[str]],
             parent: dict[str, Any] | None = None, field: str | None = None) -> bool:
        """A mapping with every required key and no unknown ones; False when it is not a mapping."""
        if not isinstance(node, dict):
            self.add(parent or {}, field, f"{where} must be a mapping of keys to values")
            return False
        required, optional = spec
        written = set(fields_of(node))
        for key in sorted(written - required - optional):
            self.add(node, key, f"unknown key '{key}' in {where}; allowed: "
                     f"{', '.join(sorted(required | optional))}")
        for key in sorted(required - written):
            self.add(node, key, f"{where} lacks required field '{key}'")
        for key in sorted(required & written):
            if node[key] is None or node[key] == "" or node[key] == []:
                self.add(node, key, f"required field '{key}' of {where} is empty")
        return True

    def text(self, node: dict[str, Any], key: str) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, (dict, list, bool)):
            self.add(node, key, f"'{key}' must be text")
            return None
        return str(value).strip() or None

    def texts(self, node: dict[str, Any], key: str) -> list[str]:
        value = node.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or any(isinstance(v, (dict, list)) or v is None for v in value):
            self.add(node, key, f"'{key}' must be a list of text values")
            return []
        return [str(v).strip() for v in value]

    def choice(self, node: dict[str, Any], key: str, allowed: Iterable[str], default: str | None) -> str | None:
        value = self.text(node, key)
        if value is None:
            return default
        allowed = sorted(allowed)
        if value not in allowed:
            self.add(node, key, f"'{value}' is not one of: {', '.join(allowed)}")
            return default
        return value

    def choices(self, node: dict[str, Any], key: str, allowed: Iterable[str]) -> list[str]:
        allowed = set(allowed)
        values = self.texts(node, key)
        for v in values:
            if v not in allowed:
                self.add(node, key, f"'{v}' is not one of: {', '.join(sorted(allowed))}")
        return [v for v in values if v in allowed]

    def date(self, node: dict[str, Any], key: str, pad: str | None = None) -> str | None:
        """An ISO date; `pad` = "start" or "end" widens YYYY or YYYY-MM to a whole day."""
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        parsed = _parse_date(str(value).strip(), pad)
        if parsed is None:
            self.add(node, key, f"'{value}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return parsed

    def country(self, node: dict[str, Any], key: str, value: str) -> str | None:
        if not _COUNTRY.match(value):
            self.add(node, key, f"'{value}' is not an ISO 3166 alpha-2 country code")
            return None
        return value.lower()

    def countries(self, node: dict[str, Any], key: str) -> list[str]:
        out = [self.country(node, key, v) for v in self.texts(node, key)]
        return [c for c in out if c]


def _parse_date(text: str, pad: str | None) -> str | None:
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day is not None:
            return dt.date(year, int(month or 1), int(day)).isoformat()
        if month is not None and not 1 <= int(month) <= 12:
            return None
    except ValueError:
        return None
    if pad is None:
        return text
    first_month, last_month = (int(month), int(month)) if month else (1, 12)
    if pad == "start":
        return dt.date(year, first_month, 1).isoformat()
    return dt.date(year, last_month, calendar.monthrange(year, last_month)[1]).isoformat()
