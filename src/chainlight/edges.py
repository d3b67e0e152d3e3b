"""Small helpers shared by the edges (CLI commands, report writers): where output goes, and how it gets there.

Every file chainlight writes is written under a temporary name in the same folder and renamed when complete:
a screen killed half-way leaves the previous findings.csv or none, never one that looks complete and is not.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def written(path: Path) -> Iterator[TextIO]:
    """A text file (UTF-8, no newline translation) that appears under `path` only once it is whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def written_bytes(path: Path) -> Iterator[Path]:
    """A temporary path for a library that writes a file itself (an XLSX, a PDF); renamed to `path` once whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """A file to write (written whole or not at all, see `written`), or standard output."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with written(path) as fh:
        yield fh
