"""Candidate generation: an in-memory inverted index from blocking keys to list names.

A query touches only the posting lists of its own keys, so its cost grows with how common its words are,
not with the size of the watchlist.  Keys shared by a large share of names (a prefix like 'p:kore') say
nothing; they are used only when a query has no rarer key.
"""

from __future__ import annotations

import math
from array import array
from collections import defaultdict

from chainlight.resolve.keys import Analysis, Token, index_keys

MAX_POSTING = 5000  # longer posting lists are skipped when the query has rarer keys


class NameIndex:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.owner = array("i")  # name number -> resolved entity number
        self._postings: dict[str, array[int]] = defaultdict(lambda: array("i"))
        self._skel_df: dict[str, int] = defaultdict(int)

    def add(self, name: str, owner: int, analysis: Analysis) -> None:
        n = len(self.names)
        self.names.append(name)
        self.owner.append(owner)
        keys: set[str] = set()
        skels: set[str] = set()
        for r in analysis.renderings:
            keys |= index_keys(r)
            skels |= {t.skel for t in r}
        for k in keys:
            self._postings[k].append(n)
        for s in skels:
            self._skel_df[s] += 1

    def freeze(self) -> None:
        self._postings = dict(self._postings)
        self._skel_df = dict(self._skel_df)

    def __len__(self) -> int:
        return len(self.names)

    def rarity(self, token: Token) -> float:
        """How telling a distinctive word is here: 1.0 when rare, down to 0.3 for 'kim' or 'trading'."""
        if token.cls != "name" or not self.names:
            return 1.0
        df = self._skel_df.get(token.skel, 0)
        if df <= 1:
            return 1.0
        return max(0.3, 1.0 - math.log(df) / math.log(max(len(self.names), 3)) * 0.9)

    def candidates(self, analysis: Analysis, limit: int = 40) -> list[int]:
        """Name numbers sharing the most (rarity-weighted) keys with any rendering of the query."""
        keys: set[str] = set()
        for r in analysis.renderings:
            keys |= index_keys(r)
        lists = sorted((p for k in keys if (p := self._postings.get(k)) is not None), key=len)
        if not lists:
            return []
        usable = [p for p in lists if len(p) <= MAX_POSTING] or [lists[0][:MAX_POSTING]]
        n = max(len(self.names), 2)
        score: dict[int, float] = defaultdict(float)
        for p in usable:
            w = math.log(n / len(p)) + 0.1
            for i in p:
                score[i] += w
        return sorted(score, key=score.__getitem__, reverse=True)[:limit]
