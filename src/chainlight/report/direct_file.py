"""A large output file written past the page cache (O_DIRECT), for findings.csv's gigabytes.

Why: a buffered write copies every byte into page-cache pages the kernel must first find and fill.  On the
project's machines (virtual machines whose free memory is handed back to the host) that was most of the cost of
writing findings.csv: 3.8 GB at 1M shipments took 32.6 s of system time against 6.4 s of user time, and `dd` of
3 GB took 8.7-16.6 s of system time buffered against 0.4 s direct.  A file written once and not read back by
the run gains nothing from the cache.

The bytes are the same either way: data is gathered in a page-aligned buffer and written in whole blocks; the
last partial block is written after O_DIRECT is cleared.  Where the file system refuses O_DIRECT (tmpfs, some
network and FUSE mounts) or the platform lacks it, the file is written through the page cache as before.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import mmap
import os
from pathlib import Path
from types import TracebackType

BLOCK = 4096  # a multiple of every logical block size O_DIRECT may require (512 or 4096)
BUFFER = 8 << 20  # bytes gathered before each write: a multiple of BLOCK
_O_DIRECT = getattr(os, "O_DIRECT", 0)


class DirectFile:
    """Write-only binary file, created or truncated, written past the page cache where it can be.

    Use as a context manager; `write` takes bytes of any length.  `direct` tells whether O_DIRECT is in use
    (it is dropped if the first write is refused)."""

    def __init__(self, path: Path | str, buffer: int = BUFFER) -> None:
        if buffer <= 0 or buffer % BLOCK:
            raise ValueError(f"buffer must be a positive multiple of {BLOCK}")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        self.direct = bool(_O_DIRECT)
        try:
            self._fd = os.open(path, flags | _O_DIRECT, 0o666)
        except OSError as exc:
            if not _O_DIRECT or exc.errno != errno.EINVAL:
                raise
            self._fd = os.open(path, flags, 0o666)
            self.direct = False
        self._buf = mmap.mmap(-1, buffer)  # anonymous memory: page-aligned, as O_DIRECT needs
        self._view = memoryview(self._buf)
        self._used = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        size = len(self._buf)
        while view:
            take = min(len(view), size - self._used)
            self._view[self._used:self._used + take] = view[:take]
            self._used += take
            view = view[take:]
            if self._used == size:
                self._flush(size)

    def reserve(self, length: int) -> memoryview:
        """A writable region of the buffer, `length` bytes after what is gathered, for the caller to fill in
        place (then `commit`): the bytes are made where they are written from, without a copy.  Whole blocks
        gathered before are written first; the buffer grows when `length` does not fit."""
        if self._used + length > len(self._buf):
            self._drain()
        if self._used + length > len(self._buf):
            size = -(-(self._used + length) // BLOCK) * BLOCK
            grown = mmap.mmap(-1, size)
            grown[:self._used] = self._buf[:self._used]
            self._drop()
            self._buf, self._view = grown, memoryview(grown)
        return self._view[self._used:self._used + length]

    def commit(self, length: int) -> None:
        """Count the first `length` bytes of the region `reserve` gave as written; whole blocks go out when the
        buffer is full."""
        if length < 0 or self._used + length > len(self._buf):
            raise ValueError("commit beyond the reserved region")
        self._used += length
        if self._used == len(self._buf):
            self._flush(self._used)

    def _drain(self) -> None:
        """Write the whole blocks gathered and keep the partial last one at the buffer's start."""
        whole = self._used - self._used % BLOCK
        if not whole:
            return
        tail = self._used - whole
        keep = bytes(self._view[whole:self._used])
        self._flush(whole)
        self._view[:tail] = keep
        self._used = tail

    def _drop(self) -> None:
        """Let the buffer go.  A view of a reserved region that outlives its use (an array a reference cycle
        holds until the collector runs) keeps the memory mapped till then, instead of failing the close."""
        with contextlib.suppress(BufferError):
            self._view.release()
        with contextlib.suppress(BufferError):
            self._buf.close()

    def _flush(self, length: int) -> None:
        """Write the buffer's first `length` bytes (a multiple of BLOCK while direct) and empty it."""
        done = 0
        while done < length:
            try:
                done += os.write(self._fd, self._view[done:length])
            except OSError as exc:
                if not self.direct or exc.errno != errno.EINVAL:
                    raise
                self._buffered()  # the file system took the flag but refuses the writes
        self._used = 0

    def _buffered(self) -> None:
        if self.direct:
            fcntl.fcntl(self._fd, fcntl.F_SETFL, fcntl.fcntl(self._fd, fcntl.F_GETFL) & ~_O_DIRECT)
            self.direct = False

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            self._drain()
            if self._used:
                self._buffered()  # the last partial block: O_DIRECT writes whole blocks only
                self._flush(self._used)
        finally:
            self._drop()
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> DirectFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
