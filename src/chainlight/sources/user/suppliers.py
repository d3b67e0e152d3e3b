"""The user's known supplier relationships: `read(paths)` gives `Supplier` records, columns as in formats.md."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.sources.base import ReadResult
from chainlight.sources.user.common import read_records, user_meta

META = user_meta("suppliers", "the user's known supplier relationships")


def read(paths: Sequence[Path]) -> ReadResult:
    return read_records(paths, "suppliers")
