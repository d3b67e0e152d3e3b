"""Tables derived from the dictionaries that packages ship, kept on disk between runs.

Reading a name in Hangul or characters needs tables built from CC-CEDICT, JMdict and the hanja package (every
headword by its Korean reading, the dictionaries' English words).  Building them costs seconds that every
`chainlight match` with one such name would pay again; a table is instead saved once, pickled, in the user's
cache directory, under a key made of its builder's version and the versions of the packages it is built from,
so that an upgraded dictionary or a changed builder builds it anew and an old file is never read.

The directory is $CHAINLIGHT_CACHE_DIR, else $XDG_CACHE_HOME/chainlight, else ~/.cache/chainlight; an empty
CHAINLIGHT_CACHE_DIR turns the cache off.  Files are written whole (to a temporary name, then renamed) and
readable by their owner only; a file that cannot be read is built again, one that cannot be written is not
an error.  Like the saved index, the files are pickles this program wrote: do not put others there.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
FORMAT = "chainlight-derived-1"


def cache_dir() -> Path | None:
    """Where derived tables are kept, or None when the cache is turned off."""
    own = os.environ.get("CHAINLIGHT_CACHE_DIR")
    if own is not None:
        return Path(own) if own.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chainlight"


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def key(name: str, version: str, packages: tuple[str, ...]) -> str:
    """The file name of a table: its name and a digest of everything it is built from."""
    parts = [FORMAT, name, version, f"python {sys.version_info[:2]}",
             *(f"{p} {_package_version(p)}" for p in packages)]
    return f"{name}-{hashlib.sha256(chr(0).join(parts).encode()).hexdigest()[:16]}.pickle"


def derived(name: str, version: str, packages: tuple[str, ...], build: Callable[[], T]) -> T:
    """The table `build` makes, read from the cache when a file for this name, builder version and these
    packages' versions is there; built and written there otherwise."""
    folder = cache_dir()
    path = folder / key(name, version, packages) if folder is not None else None
    if path is not None:
        try:
            with open(path, "rb") as f:
                gc.disable()  # a large table of small objects loads several times faster without collections
                try:
                    return pickle.load(f)
                finally:
                    gc.enable()
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            pass  # a damaged or foreign file: built again and replaced
    table = build()
    if path is not None:
        _write(path, table)
    return table


def _write(path: Path, table: object) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: the table was built and is used, only not kept
