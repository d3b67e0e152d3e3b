"""A list of strings kept, once complete, as one UTF-8 buffer and an offsets array.

A million-name watchlist holds two million names and sketches.  As Python strings they are millions of
objects: unpickling them is most of a saved matcher's load time, and a forked screening worker that reads one
writes its reference count, so that the page it sits on is copied.  Packed, they load as two buffers and are
decoded only when a candidate is looked at.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np


class PackedStrings:
    def __init__(self) -> None:
        self._items: list[str] | None = []  # while strings are being added
        self._blob = b""
        self._ends = np.zeros(0, dtype=np.int64)  # end offset of each string in _blob

    def append(self, s: str) -> None:
        if self._items is None:
            self._items = list(self)  # adding after packing: rare (a list grown after a screen)
            self.__dict__.pop("_view", None)
        self._items.append(s)

    def pack(self) -> None:
        """One buffer from here on (cheap to pickle, copy-on-write friendly)."""
        if self._items is None:
            return
        encoded = [s.encode("utf-8") for s in self._items]
        self._ends = np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
        self._blob = b"".join(encoded)
        self._items = None
        self.__dict__.pop("_view", None)

    def __len__(self) -> int:
        return len(self._items) if self._items is not None else len(self._ends)

    def __getitem__(self, i: int) -> str:
        # (the offsets' view, kept once packed, first: a query's shortlist reads a few hundred names and sketches)
        ends: memoryview | None = self.__dict__.get("_view")
        if ends is None:
            if self._items is not None:
                return self._items[i]
            ends = self._offsets()
        n = len(ends)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._blob[ends[i - 1] if i else 0:ends[i]].decode("utf-8")

    def _offsets(self) -> memoryview:
        """The end offsets as a memoryview over the array (no copy): indexing it gives a Python int, ~4x faster
        than numpy's scalar and int() (a query's shortlist reads a hundred names and their sketches)."""
        view: memoryview | None = self.__dict__.get("_view")
        if view is None:
            view = self._view = self._ends.data
        return view

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_view", None)  # made again on first use (a memoryview cannot be pickled)
        return state

    def __iter__(self) -> Iterator[str]:
        if self._items is not None:
            return iter(self._items)
        return (self[i] for i in range(len(self._ends)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedStrings | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
