"""The user's marketplace listings (one row per offer): `read(paths)` gives `Listing` records, columns as in formats.md."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.sources.base import ReadResult
from chainlight.sources.user.common import read_records, user_meta

META = user_meta("listings", "the user's marketplace listings (one row per offer)")


def read(paths: Sequence[Path]) -> ReadResult:
    return read_records(paths, "listings")
