"""Fixtures for score tests.  The resolver and classifier doubles are TEST-ONLY (see score_doubles.py)."""

from __future__ import annotations

import pytest
from score_scenario import run

from chainlight.score.screen import ScreenResult


@pytest.fixture(scope="session")
def result() -> ScreenResult:
    return run()
