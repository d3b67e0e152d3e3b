"""Small helpers shared by the edges (CLI commands): where output goes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """A file to write (parents created, UTF-8, no newline translation), or standard output."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh
