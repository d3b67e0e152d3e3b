"""The first choices of several options each, best first, without listing every combination.

A reading picks one option per word (a sense, a loanword, an abbreviation's expansion), each list best
first.  Combinations are wanted in the order of their rank sums (all first options, then one second option,
…), and only the first few: a long name has so many words that the full product would not fit in memory
(300 characters of Hangul loanwords: 4^60 combinations).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def first_combinations(sizes: Sequence[int], limit: int) -> list[tuple[int, ...]]:
    """Up to `limit` index tuples (one index per option list of the given sizes) in the order of (rank sum,
    the tuple itself): the order sorted(product(...)) by that key gives, found best-first."""
    if limit <= 0 or any(n <= 0 for n in sizes):
        return []
    start = (0,) * len(sizes)
    heap: list[tuple[int, tuple[int, ...]]] = [(0, start)]
    seen = {start}
    out: list[tuple[int, ...]] = []
    while heap and len(out) < limit:
        total, ks = heapq.heappop(heap)
        out.append(ks)
        for i, n in enumerate(sizes):
            if ks[i] + 1 < n:
                nxt = (*ks[:i], ks[i] + 1, *ks[i + 1:])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (total + 1, nxt))
    return out
