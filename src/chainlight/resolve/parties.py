"""Group the parties of the user's records: one shipper written in Hanzi, pinyin and English is one party.

Rarity is measured within the user's own parties, so that a town name many suppliers share (Pingdu
Dazeshan) weighs less than the trade name that tells two firms of that town apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chainlight.resolve.index import NameIndex
from chainlight.resolve.keys import analyse
from chainlight.resolve.match_v1 import scorer
from chainlight.resolve.normalize import fold, scripts
from chainlight.resolve.types import PartyName

# Stricter than the watchlist threshold: a wrong merge hides one firm's trade behind another's.
SAME_PARTY = 0.85


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:80] or "unnamed"


def _label(names: list[str]) -> str:
    """The most complete Latin name, else the first rendering of the longest name."""
    latin = [n for n in names if scripts(n) == {"latin"}]
    if latin:
        return _slug(max(latin, key=lambda n: (len(fold(n)), n)))
    best = max(names, key=len)
    a = analyse(best)
    return _slug(" ".join(t.text for t in a.renderings[0])) if a.renderings else _slug(best)


def cluster_parties(parties: Sequence[PartyName]) -> dict[str, str]:
    """PartyName.key -> party id ("party:pingdu-dazeshan-meijie-arts-and-crafts-co-ltd")."""
    index = NameIndex()
    for i, p in enumerate(parties):
        index.add(p.name or "", i, analyse(p.name or ""))
    index.freeze()
    parent = list(range(len(parties)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, p in enumerate(parties):
        qa = analyse(p.name or "")
        if qa.empty:
            continue
        for j in index.candidates(qa, limit=30):
            other = parties[j]
            if j == i or find(i) == find(j):
                continue
            s = scorer.best_pair(qa, analyse(other.name), index.rarity)
            if s is None:
                continue
            s = scorer.adjust(s, query_country=p.country, countries=[other.country] if other.country else [],
                              query_dob=None, dobs=[], query_schema=None, schema="Company")
            if s.score >= SAME_PARTY:
                parent[find(i)] = find(j)
    members: dict[int, list[str]] = {}
    for i, p in enumerate(parties):
        members.setdefault(find(i), []).append(p.name or "")
    ids: dict[int, str] = {}
    used: set[str] = set()
    for root in sorted(members, key=lambda r: _label(members[r])):
        label = "party:" + _label(members[root])
        while label in used:  # two different parties with the same slug stay apart
            label += "-2"
        used.add(label)
        ids[root] = label
    return {p.key: ids[find(i)] for i, p in enumerate(parties)}
