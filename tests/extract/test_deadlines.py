"""The deadline convention (benchmarks/extract/realworld/README.md, fixed 2026-12-06): "by <date>" is closed on the date
at the precision it gives, "until <date>" is open at the start."""

from __future__ import annotations

import datetime as dt

import pytest

from chainlight.extract.periods import find_periods

BASE = dt.date(2020, 1, 15)


@pytest.mark.parametrize(("text", "period"), [
    ("All workers must be sent home by December 2019.", ("2019-12", "2019-12")),
    ("They must leave by the end of December 2019.", ("2019-12", "2019-12")),
    ("States were to expel all laborers by December 22, 2019.", ("2019-12-22", "2019-12-22")),
    ("Member states had to repatriate them by 2019.", ("2019", "2019")),
    ("The workers must return home by March.", ("2019-03", "2019-03")),
    ("They worked there until March 2019.", (None, "2019-03")),
    ("They worked there until March.", (None, "2019-03")),
])
def test_by_is_closed_and_until_open(text: str, period: tuple[str | None, str | None]) -> None:
    assert [p.period for p in find_periods(text, BASE)] == [period]
