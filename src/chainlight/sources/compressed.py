"""Source files as they are downloaded or archived: plain, gzip, xz or bzip2.

Publishers and mirrors hand lists out compressed (OpenSanctions' exports, archived OFAC sets), and the
repository keeps its test snapshots as `.xz`.  Readers open every file through here, so `sdn.csv.xz` reads as
`sdn.csv` would.  The format is told by the file's first bytes, not its name: a renamed download still reads.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, cast

from chainlight.errors import InputError

# magic numbers of the formats Python's standard library reads (zip is left out: an .xlsx is a zip)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"BZh", "bzip2"),
)
SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".xz": "xz", ".bz2": "bzip2"}
_ERRORS = (EOFError, OSError, lzma.LZMAError, zlib.error, ValueError)
# what a cut or damaged archive raises while a parser streams it
ARCHIVE_ERRORS = (EOFError, lzma.LZMAError, zlib.error, gzip.BadGzipFile)


def damaged(path: Path, exc: BaseException) -> InputError:
    """The user's error for an archive that breaks off or is corrupt, to raise from a streaming parser."""
    kind = compression_of(path) or "compressed"
    return InputError(str(path), f"the {kind} archive is damaged or cut short ({exc or type(exc).__name__}); "
                      "download it again")


def compression_of(path: Path) -> str | None:
    """"gzip", "xz", "bzip2" or None for a plain file, from the first bytes."""
    with open(path, "rb") as fh:
        head = fh.read(6)
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def logical_path(path: Path) -> Path:
    """The name the file has once uncompressed: data/sdn.csv.xz -> data/sdn.csv (suffix rules stay simple)."""
    return path.with_suffix("") if path.suffix.lower() in SUFFIXES else path


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The file's uncompressed bytes as a stream."""
    kind = compression_of(path)
    if kind == "gzip":
        with gzip.open(path, "rb") as gz:
            yield cast(IO[bytes], gz)
    elif kind == "xz":
        with lzma.open(path, "rb") as xz:
            yield cast(IO[bytes], xz)
    elif kind == "bzip2":
        with bz2.open(path, "rb") as bz:
            yield cast(IO[bytes], bz)
    else:
        with open(path, "rb") as plain:
            yield plain


def read_bytes(path: Path) -> bytes:
    """All of a file's uncompressed bytes; a damaged or cut archive is the user's error, named."""
    kind = compression_of(path)
    if kind is None:
        return path.read_bytes()
    try:
        with open_binary(path) as fh:
            return fh.read()
    except _ERRORS as exc:
        raise damaged(path, exc) from exc


def read_head(path: Path, size: int) -> bytes:
    """The first `size` uncompressed bytes, for sniffing what a file is."""
    try:
        with open_binary(path) as fh:
            return fh.read(size)
    except _ERRORS as exc:
        raise InputError(str(path), f"the compressed file cannot be read ({exc or type(exc).__name__})") from exc
