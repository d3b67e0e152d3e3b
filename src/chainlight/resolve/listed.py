"""The watchlist as the Matcher keeps it: a few compact columns per entry instead of the Entity objects.

At a million entries the Entity and Resolved objects (names, lists, dataclass dicts) took about half of the
Matcher's memory, yet scoring and reporting need only an id, a caption, a schema, the list references and
the countries and birth dates.  Entries are added one at a time (so a caller may pass a generator and never
hold the whole list), and merging across lists (the rule of merge.py: a shared name key, both people or
both not, people also by birth date, never two entries of the same list) runs afterwards on 64-bit hashes
of the keys.  A merged body is numbered by its first member (lowest id); its other members point to it.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from chainlight.model.entity import Entity, source_prefix
from chainlight.resolve.merge import (
    _MIN_KEY_CHARS,
    MERGE_NAME_KINDS,
    birth_years_agree,
    countries_agree,
    loose_key,
    person_full_name_key,
)
from chainlight.resolve.merge_forms import merge_forms
from chainlight.resolve.packed import PackedStrings
from chainlight.resolve.rendering import Analysis, render_name

_NONE: tuple[str, ...] = ()
RECORDS_KEPT = 32_768  # entries' records kept made (ListedTable.__getitem__): ~25 MB at most (~750 bytes each)


@dataclass(frozen=True)
class Listed:
    """A resolved watchlist entry: one body, with the lists' references of all its members."""

    id: str
    caption: str
    schema: str
    source_ids: list[str]
    member_ids: list[str]
    countries: list[str]
    birth_dates: list[str]
    north_korean: bool = False  # under a North Korea programme, no country listed (ListedTable.north_korean)


def merge_key(analysis: Analysis) -> str:
    """merge.name_key from an analysis already made (sorted skeletons of the first rendering's telling words)."""
    if not analysis.renderings:
        return ""
    return " ".join(sorted(t.skel for t in analysis.renderings[0] if t.cls != "legal"))


def placeless_key(analysis: Analysis) -> str:
    """The merge key without the words of the country the name carries: OFAC lists FOREIGN TRADE BANK OF THE
    DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA, the UN FOREIGN TRADE BANK (FTB); across two lists the country a
    name adds does not make it another body's."""
    if not analysis.renderings or not analysis.country_words:
        return ""
    drop = set(analysis.country_words)
    return " ".join(sorted(t.skel for t in analysis.renderings[0] if t.cls != "legal" and t.text not in drop))


# Where a body written in Korean or Chinese script could be listed under a translation of its own name: the
# lists render Korean and Chinese names so (GREEN PINE, BANK OF EAST LAND, RICH EARTH), while Korean and Chinese
# documents write any other country's body by its sound (Orient Shipping is 오리엔트, not 동방 東方)
EAST_ASIA = frozenset({"kp", "kr", "cn", "hk", "mo", "tw", "jp"})
_EAST_ASIAN_PROGRAM = re.compile(r"^DPRK", re.IGNORECASE)  # OFAC's DPRK, DPRK2-4, DPRK-NKSPEA; the UN's DPRK


_TIED, _DPRK_PROGRAMME, _ELSEWHERE = 1, 2, 4  # bits of an entry's ties (and of its lack of any, _ELSEWHERE)

# Russia, the North's other neighbour, is where the lists' foreign bodies of its arms and oil trade are: the ships
# ANGARA and LADY R, M LEASING LLC, AZIA SHIPPING, under RUSSIA-EO14024 only, which documents about North Korea name
# in Hangul, characters and kana (sets 7, 12, 13, 16)
_RUSSIA, _RUSSIA_PROGRAM = "ru", re.compile(r"^RUSSIA", re.IGNORECASE)
# and the programmes under which OFAC lists North Korean bodies beside its own (NPWMD: KOREA KWANGSON BANKING CORP,
# TANCHON COMMERCIAL BANK; CYBER: the mixers of the North's hackers' coin, BLENDER.IO): an entry under these with no
# country is not placed elsewhere by its programmes
_ALSO_NORTH_KOREAN_PROGRAM = re.compile(r"^(NPWMD|CYBER)", re.IGNORECASE)


# OFAC writes the North Korea Sanctions Regulations into the remarks of every entry they reach, whatever its
# programme: 113 of 591 such entries are listed under NPWMD, CYBER ... only (MINISTRY OF ROCKET INDUSTRY,
# MUNITIONS INDUSTRY DEPARTMENT), with no country either
_NORTH_KOREA_NOTE = "North Korea Sanctions Regulations"


def ties(e: Entity, countries: set[str]) -> int:
    """An entry's ties as bits: to Korea, China or Japan (by a country or a North Korea programme), and to a
    North Korea programme (one of its programmes, or the North Korea Sanctions Regulations in its remarks); and
    _ELSEWHERE for an entry that has neither of those ties nor one to Russia (a Russian country or programme) and
    gives another country, or none but is under programmes of which none also lists North Korean bodies (NPWMD,
    CYBER): the lists place it elsewhere.  An entry under no programme, with no country, says nothing of where it is."""
    dprk = any(_EAST_ASIAN_PROGRAM.match(p) for p in e.programs) or any(_NORTH_KOREA_NOTE in n for n in e.notes)
    tied = dprk or bool(countries & EAST_ASIA)
    russian = _RUSSIA in countries or any(_RUSSIA_PROGRAM.match(p) for p in e.programs)
    placed = bool(countries) or (bool(e.programs) and not any(_ALSO_NORTH_KOREAN_PROGRAM.match(p) for p in e.programs))
    return ((_TIED if tied else 0) | (_DPRK_PROGRAMME if dprk else 0)
            | (_ELSEWHERE if placed and not tied and not russian else 0))


_BIC = re.compile(r"^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$")


def _bank_countries(e: Entity) -> set[str]:
    """The countries a bank's SWIFT/BIC codes name (letters 5-6, ISO 3166: BRBKKPP1 is KP), for an entry the
    list gives no country: HANA BANKING CORPORATION LTD is a North Korean bank although OFAC lists no country
    for it, and a Hana Bank (China) is not it."""
    out: set[str] = set()
    for ident in e.identifiers:
        m = _BIC.match((ident.value or "").replace(" ", "").upper()) if ident.kind in ("swift", "bic") else None
        if m:
            out.add(m.group(1).lower())
    return out


class ListedTable:
    def __init__(self) -> None:
        # while entries are added, Python strings (a source id is often the id's own object, a caption the
        # name the index holds); packed once the table is complete (pack)
        self._ids = PackedStrings()
        self._source_ids = PackedStrings()
        self._captions = PackedStrings()
        self._schema = array("B")
        self._dataset = array("H")
        self._east = array("B")  # each entry's ties() bits
        self._codes: dict[str, int] = {}
        self._names: list[str] = []  # code -> schema or dataset name
        self._facts: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # countries, birth dates if any
        self._members: dict[int, list[int]] = {}  # lead entry -> all members, only for merged bodies
        self._key_hash = array("q")  # merge keys: (hash, entry) pairs
        self._key_entry = array("i")
        self._loose_hash = array("q")  # people's full-name keys, whatever their dates (merge.py's loose join)
        self._loose_entry = array("i")

    def pack(self) -> None:
        """Ids, source ids and captions as packed buffers, once the table is complete: a saved million-entry
        table loads ~3x faster, and forked screening workers do not copy the pages the strings sit on."""
        for column in (self._ids, self._source_ids, self._captions):
            column.pack()

    def _code(self, value: str) -> int:
        if value not in self._codes:
            self._codes[value] = len(self._names)
            self._names.append(value)
        return self._codes[value]

    def add(self, e: Entity, caption: str) -> int:
        n = len(self._ids)
        self._ids.append(e.id)
        self._source_ids.append(e.id if e.source_id == e.id else e.source_id)
        self._captions.append(caption)
        self._schema.append(self._code(e.schema))
        self._dataset.append(self._code(e.dataset))
        countries = set(e.countries) | _bank_countries(e)
        self._east.append(ties(e, countries))
        if countries or e.birth_dates:
            self._facts[n] = (tuple(sorted(countries)), tuple(sorted(set(e.birth_dates))))
        return n

    def add_merge_key(self, entry: int, e: Entity, kind: str, analysis: Analysis) -> None:
        if kind not in MERGE_NAME_KINDS:
            return
        person = e.schema == "Person"
        whole = merge_key(analysis)
        placeless = "" if person else placeless_key(analysis)
        # the key without the country's words only while two words at least remain (FOREIGN TRADE BANK)
        for key in (whole, *([placeless] if placeless != whole and " " in placeless else [])):
            if len(key.replace(" ", "")) < _MIN_KEY_CHARS:
                continue
            for d in (sorted(set(e.birth_dates)) if person else [""]):
                self._key_hash.append(hash((person, d, key)))
                self._key_entry.append(entry)
        if not person:
            # the name without its closing acronym, and a sub-body's own name after its parent (merge_forms.py)
            for form in merge_forms(analysis.original):
                key = merge_key(render_name(form))
                if len(key.replace(" ", "")) >= _MIN_KEY_CHARS and " " in key:
                    self._key_hash.append(hash((person, "", key)))
                    self._key_entry.append(entry)
        loose = (loose_key(analysis.original) if "-" in analysis.original else whole) if person else ""
        if person and person_full_name_key(loose):
            self._loose_hash.append(hash(("loose", loose)))
            self._loose_entry.append(entry)

    def merge(self) -> dict[int, int]:
        """Join entries of different lists that share a key; returns member -> lead for the joined ones."""
        hashes = np.frombuffer(self._key_hash, dtype=np.int64) if len(self._key_hash) else np.zeros(0, np.int64)
        entries = np.frombuffer(self._key_entry, dtype=np.int32) if len(self._key_entry) else np.zeros(0, np.int32)
        datasets = np.frombuffer(self._dataset, dtype=np.uint16) if len(self._dataset) else np.zeros(0, np.uint16)
        loose = np.frombuffer(self._loose_hash, dtype=np.int64) if len(self._loose_hash) else np.zeros(0, np.int64)
        loose_entries = np.frombuffer(self._loose_entry, dtype=np.int32) if len(self._loose_entry) \
            else np.zeros(0, np.int32)
        self._key_hash, self._key_entry = array("q"), array("i")  # not needed any more
        self._loose_hash, self._loose_entry = array("q"), array("i")
        if len(set(datasets.tolist())) <= 1:
            return {}
        parent = list(range(len(self._ids)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        order = np.argsort(hashes, kind="stable")  # stable: entries keep the order they were added in
        hs, es = hashes[order], entries[order]
        cuts = np.flatnonzero(np.diff(hs)) + 1
        for run in np.split(es, cuts):
            if len(run) < 2:
                continue
            first: dict[int, int] = {}  # dataset -> its first entry carrying the key
            for i in run.tolist():
                ds = int(datasets[i])
                for other_ds, j in first.items():
                    if other_ds != ds:
                        parent[find(i)] = find(j)
                first.setdefault(ds, i)
        self._join_loosely(loose, loose_entries, datasets, find, parent)
        groups: dict[int, list[int]] = {}
        for i in range(len(parent)):
            root = find(i)
            if root != i:
                groups.setdefault(root, []).append(i)
        lead_of: dict[int, int] = {}
        for root, rest in groups.items():
            members = sorted({root, *rest}, key=lambda k: self._ids[k])
            lead = members[0]
            self._members[lead] = members
            for m in members:
                if m != lead:
                    lead_of[m] = lead
        return lead_of

    def _join_loosely(self, hashes: np.ndarray, entries: np.ndarray, datasets: np.ndarray,
                      find: Callable[[int], int], parent: list[int]) -> None:
        """merge.py's loose join: a person's full name one person on each list carries, their birth years and
        countries not in conflict."""
        order = np.argsort(hashes, kind="stable")
        hs, es = hashes[order], entries[order]
        for run in np.split(es, np.flatnonzero(np.diff(hs)) + 1):
            if len(run) < 2:
                continue
            by_dataset: dict[int, set[int]] = {}
            for i in run.tolist():
                by_dataset.setdefault(int(datasets[i]), set()).add(i)
            if len(by_dataset) < 2 or any(len(v) != 1 for v in by_dataset.values()):
                continue
            one = [next(iter(v)) for v in by_dataset.values()]
            facts = [self._facts.get(i, (_NONE, _NONE)) for i in one]
            if all(birth_years_agree(facts[a][1], facts[b][1]) and countries_agree(facts[a][0], facts[b][0])
                   for a in range(len(one)) for b in range(a + 1, len(one))):
                for j in one[1:]:
                    parent[find(j)] = find(one[0])

    def cluster(self, entity_id: str) -> list[str]:
        """The ids of the entries joined with this one (one body on several lists), lead first."""
        for members in self._members.values():
            ids = [self._ids[m] for m in members]
            if entity_id in ids:
                return ids
        return [entity_id]

    def bodies(self) -> Iterator[list[str]]:
        """Each body once, as the ids of its entries, lead first (an entry joined with none is a body of one):
        what /search with no text lists."""
        joined = {m for members in self._members.values() for m in members}
        for i in range(len(self._ids)):
            members = self._members.get(i)
            if members is not None:
                yield [self._ids[m] for m in members]
            elif i not in joined:
                yield [self._ids[i]]

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[Listed]:
        return (self[i] for i in range(len(self._ids)))

    def leads(self) -> dict[int, int]:
        """Each entry merged into a body of several lists' entries -> the body's lead entry (its number)."""
        return {m: lead for lead, members in self._members.items() for m in members}

    def schema(self, i: int) -> str:
        return self._names[self._schema[i]]

    def id(self, i: int) -> str:
        return self._ids[i]

    def east_asian(self, i: int) -> bool:
        """Whether the body (any of its lists' entries) is tied to Korea, China or Japan."""
        return any(self._east[m] & _TIED for m in self._members.get(i, [i]))

    def elsewhere(self, i: int) -> bool:
        """Whether the lists place every entry of the body outside Korea, China, Japan and Russia (ties):
        JAYSH AL-SHA'BI (SYRIA), Syria's people's army; PARISAN (IRAN, NPWMD; Iran).  An entry with no country under
        NPWMD or CYBER only, or under no programme (a test's or a private list's), is not placed so."""
        return all(self._east[m] & _ELSEWHERE for m in self._members.get(i, [i]))

    def north_korean(self, i: int) -> bool:
        """Whether the body is listed under a North Korea programme and no list gives it a country: a North
        Korean body, as far as a query's country goes (a Chinese or Russian one listed so has its address)."""
        members = self._members.get(i, [i])
        return not self.countries(i) and any(self._east[m] & _DPRK_PROGRAMME for m in members)

    def tied_to_north_korea(self, i: int) -> bool:
        """Whether any of the body's entries is under a North Korea programme or gives North Korea as a country."""
        return any(self._east[m] & _DPRK_PROGRAMME for m in self._members.get(i, [i])) or "kp" in self.countries(i)

    def countries(self, i: int) -> list[str]:
        return sorted({c for m in self._members.get(i, [i]) for c in self._facts.get(m, (_NONE, _NONE))[0]})

    def birth_dates(self, i: int) -> list[str]:
        return sorted({d for m in self._members.get(i, [i]) for d in self._facts.get(m, (_NONE, _NONE))[1]})

    def __getitem__(self, i: int) -> Listed:
        """The entry's record.  Made once and kept (RECORDS_KEPT at most): the matcher asks for it for every
        candidate it scores, and making it (members, list references, countries, dates) was ~4% of a query's
        CPU.  The record is shared by every match that names the entry: its lists are not to be changed."""
        records: dict[int, Listed] | None = self.__dict__.get("_records")
        if records is None:  # a table read back from a saved matcher, or the first record asked for
            records = self.__dict__["_records"] = {}
        record = records.get(i)
        if record is None:
            if len(records) >= RECORDS_KEPT:
                records.clear()  # a bound on the memory, not an eviction policy: a screen of a 1M list
            record = records[i] = self._record(i)
        return record

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_records", None)  # not saved with the matcher: remade where it is used
        return state

    def _record(self, i: int) -> Listed:
        members = self._members.get(i, [i])
        refs = sorted({f"{source_prefix(self._names[self._dataset[m]])}:{self._source_ids[m]}" for m in members})
        return Listed(id=self._ids[i], caption=self._captions[i], schema=self.schema(i), source_ids=refs,
                      member_ids=[self._ids[m] for m in members], countries=self.countries(i),
                      birth_dates=self.birth_dates(i), north_korean=self.north_korean(i))
