"""Work split over forked processes that all read one large object (an index, a list's analyses).

Forked workers see the parent's memory copy-on-write, so the object is not pickled to them; only the chunks
and the results travel.  The object is millions of Python objects: frozen before the fork, the workers'
garbage collector leaves them alone instead of touching (and so copying) every page of them.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

C = TypeVar("C")
R = TypeVar("R")

_STATE: tuple[Callable[[Any, Any], Any], Any] | None = None  # (function, shared object) while a map runs


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _call(chunk: Any) -> Any:
    assert _STATE is not None
    func, shared = _STATE
    return func(shared, chunk)


def fork_map(func: Callable[[Any, C], R], shared: Any, chunks: Sequence[C], workers: int) -> list[R]:
    """[func(shared, chunk) for chunk in chunks], in order, computed in `workers` forked processes."""
    global _STATE
    _STATE = (func, shared)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return list(pool.imap(_call, chunks))
    finally:
        gc.unfreeze()
        _STATE = None


def fork_imap(func: Callable[[Any, C], R], shared: Any, chunks: Sequence[C], workers: int) -> Iterator[R]:
    """fork_map's results one at a time, in order, as the workers hand them back: the caller works on each
    (on its own core) while the workers go on with the next chunks."""
    global _STATE
    _STATE = (func, shared)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_call, chunks)
    finally:
        gc.unfreeze()
        _STATE = None


def spans(n: int, parts: int) -> list[tuple[int, int]]:
    """0..n cut into about `parts` consecutive (lo, hi) spans."""
    size = max(1, -(-n // parts))
    return [(lo, min(lo + size, n)) for lo in range(0, n, size)]
