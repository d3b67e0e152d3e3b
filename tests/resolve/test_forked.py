"""resolve/forked: work split over forked processes reading one shared object."""

from __future__ import annotations

import pytest

from chainlight.resolve import forked


def _scaled(shared: int, chunk: list[int]) -> list[int]:
    return [shared * x for x in chunk]


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_fork_imap_gives_fork_maps_results_one_at_a_time_in_order() -> None:
    chunks = [list(range(lo, hi)) for lo, hi in forked.spans(50, 7)]
    got = forked.fork_imap(_scaled, 3, chunks, 2)
    assert next(got) == [3 * x for x in chunks[0]]  # the first chunk, before the others are asked for
    assert [next(got), *got] == forked.fork_map(_scaled, 3, chunks, 2)[1:]
    assert forked._STATE is None  # the workers' state is dropped with the pool


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_a_fork_imap_left_early_drops_its_workers_state() -> None:
    got = forked.fork_imap(_scaled, 2, [[1], [2], [3]], 2)
    assert next(got) == [2]
    got.close()
    assert forked._STATE is None
