"""Shared fixtures: where the public snapshots are, and small stores."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"the public snapshots are expected in {SHARED_DATA} (../shared beside the repo)")
    return SHARED_DATA
