"""Fixtures for score tests.  The resolver and classifier doubles are TEST-ONLY (see tests/helpers/doubles.py)."""

from __future__ import annotations

import pytest

from chainlight.score.screen import ScreenResult
from tests.helpers.scenario import run


@pytest.fixture(scope="session")
def result() -> ScreenResult:
    return run()
