"""The user's shipment lines (bill-of-lading or customs declaration lines): `read(paths)` gives `Shipment` records, columns as in formats.md."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.sources.base import ReadResult
from chainlight.sources.user.common import read_records, user_meta

META = user_meta("shipments", "the user's shipment lines (bill-of-lading or customs declaration lines)")


def read(paths: Sequence[Path]) -> ReadResult:
    return read_records(paths, "shipments")
