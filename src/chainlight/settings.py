"""Configuration in one place, read from CHAINLIGHT_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CHAINLIGHT_{name}", default)


@dataclass(frozen=True)
class Settings:
    db_path: Path = field(default_factory=lambda: Path(_env("DB", "chainlight.duckdb")))
    engine: str = field(default_factory=lambda: _env("ENGINE", "duckdb"))
    match_threshold: float = field(default_factory=lambda: float(_env("MATCH_THRESHOLD", "0.70")))
    # Days a processor needs to turn an input into an output; an input cannot taint what left before it.
    processing_lag_days: int = field(default_factory=lambda: int(_env("PROCESSING_LAG_DAYS", "3")))
    # How long an input can still end up in outputs (stock turnover of lash and wig finishers).
    trace_window_days: int = field(default_factory=lambda: int(_env("TRACE_WINDOW_DAYS", "365")))
    trace_max_depth: int = field(default_factory=lambda: int(_env("TRACE_MAX_DEPTH", "6")))
    http_timeout_s: float = field(default_factory=lambda: float(_env("HTTP_TIMEOUT", "60")))
    http_retries: int = field(default_factory=lambda: int(_env("HTTP_RETRIES", "3")))


def get_settings() -> Settings:
    return Settings()
