"""The same body on several lists becomes one resolved entity (KOMID = ofac:9345 = un:KPe.001).

Entries join when a name of one has the same key (sorted skeletons of its telling words) as a name of an
entry from another dataset, they are both people or both not, and people also share a birth date.  Entries
of the same list never join each other: a list that names two entries alike means two bodies.

People whose birth dates are not written alike join too when the name is a person's full name (two words at
least) that no other person on either list carries, and what the lists say of them does not conflict: a
birth year in common or no date on one side, a country in common or none on one side.  The lists write dates
to different precision (OFAC 1945, the UN 1945-10-29: RI Man Gon) and OFAC often gives none (KANG Mun-kil,
whose UN entry has his date): exact dates alone left such a person two bodies, and a name query found
whichever entry scored first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from chainlight.model.entity import Entity, Name
from chainlight.resolve.merge_forms import merge_forms
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
        if not person and n.kind in MERGE_NAME_KINDS:
            # the name without its closing acronym, and a sub-body's own name after its parent (merge_forms.py)
            for form in merge_forms(n.value):
                key = name_key(form)
                if len(key.replace(" ", "")) >= _MIN_KEY_CHARS and " " in key:
                    out.add((str(person), "", key))
    return out


def birth_years_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    """No birth date on one side, or a year in common (dates are ISO: '1945', '1945-10-29')."""
    ya, yb = {d[:4] for d in a}, {d[:4] for d in b}
    return not ya or not yb or bool(ya & yb)


def countries_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    ca, cb = set(a), set(b)
    return not ca or not cb or bool(ca & cb)


def person_full_name_key(key: str) -> bool:
    """A key a loose join (see the module) may use: a full name, not one word (an alias such as Suleiman)."""
    return " " in key and len(key.replace(" ", "")) >= _MIN_KEY_CHARS


def loose_key(value: str) -> str:
    """A person's name key with a hyphenated given name cut at its hyphen: OFAC writes KANG, Mun-kil, the UN
    KANG MUN KIL."""
    return name_key(value.replace("-", " ") if "-" in value else value)


def _loose_keys(e: Entity) -> set[str]:
    if e.schema != "Person":
        return set()
    return {k for n in e.names if n.kind in MERGE_NAME_KINDS and person_full_name_key(k := loose_key(n.value))}


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
    carriers: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, e in enumerate(ents):
        for loose in _loose_keys(e):
            carriers[loose][e.dataset].add(i)
    for by_dataset in carriers.values():
        if len(by_dataset) < 2 or any(len(v) != 1 for v in by_dataset.values()):
            continue  # on one list only, or a name two people on one list carry
        one = [next(iter(v)) for v in by_dataset.values()]
        if all(birth_years_agree(ents[i].birth_dates, ents[j].birth_dates)
               and countries_agree(ents[i].countries, ents[j].countries) for i in one for j in one if i < j):
            for j in one[1:]:
                parent[find(j)] = find(one[0])
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
