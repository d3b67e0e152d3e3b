"""The public snapshots the tests read: official files as published, xz-compressed, in tests/snapshots.

tests/snapshots/SOURCES.md names each file's publisher, official address, date and licence.  Readers take the
`.xz` paths directly, as they take a user's compressed download; tests that compare bytes unpack them here.
"""

from __future__ import annotations

import lzma
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"


def snapshot(relative: str) -> Path:
    """The compressed snapshot of a published file: snapshot("sanctions/ofac/sdn.csv") -> .../sdn.csv.xz."""
    path = SNAPSHOTS / f"{relative}.xz"
    if not path.is_file():
        path = SNAPSHOTS / relative  # a few small texts are kept uncompressed
    if not path.is_file():
        raise FileNotFoundError(f"no snapshot {relative} in {SNAPSHOTS} (see SOURCES.md there)")
    return path


def snapshot_bytes(relative: str) -> bytes:
    """The published file's bytes, as its publisher wrote them."""
    path = snapshot(relative)
    return lzma.decompress(path.read_bytes()) if path.suffix == ".xz" else path.read_bytes()


def unpack(relative: str, folder: Path) -> Path:
    """The published file under its own name in `folder`, for code that wants a plain file."""
    target = folder / Path(relative).name
    target.write_bytes(snapshot_bytes(relative))
    return target


SEED_REPORT = "reports/dailynk-kaechon-lifers.quotes.txt"
