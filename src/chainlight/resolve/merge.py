"""The same body on several lists becomes one resolved entity (KOMID = ofac:9345 = un:KPe.001).

Entries join when a name of one has the same key (sorted skeletons of its telling words) as a name of an
entry from another dataset, they are both people or both not, and people also share a birth date.  Entries
of the same list never join each other: a list that names two entries alike means two bodies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from chainlight.model.entity import Entity, Name
from chainlight.resolve.rendering import render_name

MERGE_NAME_KINDS = ("primary", "alias", "original_script", "former")
_MIN_KEY_CHARS = 6  # shorter keys ("kim chol") are shared by different bodies too often


@dataclass
class Resolved:
    id: str
    members: list[Entity]
    schema: str
    names: list[Name] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)

    @property
    def caption(self) -> str:
        return self.members[0].caption

    @property
    def source_ids(self) -> list[str]:
        return sorted({m.source_ref for m in self.members})

    @property
    def member_ids(self) -> list[str]:
        return [m.id for m in self.members]


def name_key(value: str) -> str:
    a = render_name(value)
    if not a.renderings:
        return ""
    return " ".join(sorted(t.skel for t in a.renderings[0] if t.cls != "legal"))


def _merge_keys(e: Entity) -> set[tuple[str, ...]]:
    person = e.schema == "Person"
    dobs = sorted(e.birth_dates) if person else [""]
    out: set[tuple[str, ...]] = set()
    for n in e.names:
        key = name_key(n.value) if n.kind in MERGE_NAME_KINDS else ""
        if len(key.replace(" ", "")) >= _MIN_KEY_CHARS:
            out.update((str(person), d, key) for d in dobs)
    return out


def merge(entities: Iterable[Entity]) -> list[Resolved]:
    ents = list(entities)
    if len({e.dataset for e in ents}) <= 1:  # entries of one list never join: no keys to compute
        return [_resolved([e]) for e in ents]
    parent = list(range(len(ents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_by_key: dict[tuple[str, ...], dict[str, int]] = defaultdict(dict)
    for i, e in enumerate(ents):
        for key in _merge_keys(e):
            seen = first_by_key[key]
            for dataset, j in seen.items():
                if dataset != e.dataset:
                    parent[find(i)] = find(j)
            seen.setdefault(e.dataset, i)
    groups: dict[int, list[Entity]] = defaultdict(list)
    for i, e in enumerate(ents):
        groups[find(i)].append(e)
    return [_resolved(sorted(g, key=lambda m: m.id)) for g in groups.values()]


def _resolved(members: list[Entity]) -> Resolved:
    e = members[0]
    if len(members) == 1 and len({n.value for n in e.names}) == len(e.names) \
            and e.countries == sorted(set(e.countries)) and e.birth_dates == sorted(set(e.birth_dates)):
        # one clean entry: share its lists instead of copying them (a million-entry watchlist is mostly this)
        return Resolved(id=e.id, members=members, schema=e.schema, names=e.names, countries=e.countries,
                        birth_dates=e.birth_dates)
    names: dict[str, Name] = {}
    for m in members:
        for n in m.names:
            names.setdefault(n.value, n)
    return Resolved(
        id=members[0].id,
        members=members,
        schema=members[0].schema,
        names=list(names.values()),
        countries=sorted({c for m in members for c in m.countries}),
        birth_dates=sorted({d for m in members for d in m.birth_dates}),
    )
