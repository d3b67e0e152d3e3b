"""Reuse the TEST-ONLY doubles and the scenario kept in tests/score."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "score"))
