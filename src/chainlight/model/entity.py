"""Entities from lists and the evidence base: people, companies, organisations, facilities, vessels.

The shape follows FollowTheMoney so that `chainlight export --format ftm` and `ingest ftm` round-trip;
chainlight keeps a few fields first-class (names with their kind and script, programs, source ids) because
matching and scoring read them on every query.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from chainlight.model.statement import Statement

# chainlight schema -> the FollowTheMoney schema used on export.  FtM has no facility schema; a prison camp
# or factory is exported as an Organization with the topic it carries.
SCHEMATA = {
    "Person": "Person",
    "Company": "Company",
    "Organization": "Organization",
    "LegalEntity": "LegalEntity",
    "PublicBody": "PublicBody",
    "Facility": "Organization",
    "Vessel": "Vessel",
    "Airplane": "Airplane",
}

NAME_KINDS = ("primary", "alias", "weak_alias", "former", "original_script")


@dataclass
class Name:
    value: str
    kind: str = "primary"
    lang: str | None = None  # ISO 639-1 where known: "ko", "zh", "en"
    source_id: str | None = None  # the list row the name came from, when an entity merges several


@dataclass
class Identifier:
    kind: str  # "passport", "imo", "registration", "swift", "tax", "other"
    value: str
    country: str | None = None


@dataclass
class Address:
    full: str
    city: str | None = None
    country: str | None = None  # ISO 3166 alpha-2, lower case as in FtM


@dataclass
class Entity:
    id: str  # chainlight id: "<dataset prefix>-<source id>", e.g. "ofac-9347", "un-KPe.002"
    schema: str
    dataset: str  # "ofac-sdn", "un-sc", "evidence", ...
    source_id: str  # the list's own identifier: OFAC ent_num, UN reference number, ...
    names: list[Name] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # "sanction", "forced_labour", "prison", ...
    listed_on: str | None = None
    notes: list[str] = field(default_factory=list)
    source_url: str | None = None
    properties: dict[str, list[str]] = field(default_factory=dict)  # anything else, FtM property names
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def caption(self) -> str:
        for name in self.names:
            if name.kind == "primary":
                return name.value
        return self.names[0].value if self.names else self.id

    @property
    def source_ref(self) -> str:
        """The form used in `source_ids`: ofac:9347, un:KPe.002, evidence:kaechon-kyohwaso-1."""
        return f"{source_prefix(self.dataset)}:{self.source_id}"

    def all_names(self) -> list[str]:
        return [n.value for n in self.names]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        data = dict(data)
        data["names"] = [Name(**n) for n in data.get("names", [])]
        data["identifiers"] = [Identifier(**i) for i in data.get("identifiers", [])]
        data["addresses"] = [Address(**a) for a in data.get("addresses", [])]
        return cls(**data)

    def content_hash(self) -> str:
        """Hash of what the list says, ignoring first/last seen, so a re-ingest detects real changes."""
        data = self.to_dict()
        data.pop("first_seen", None)
        data.pop("last_seen", None)
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()

    def statements(self) -> list[Statement]:
        """Every value as a statement with this entity's provenance."""
        out: list[Statement] = []

        def add(prop: str, value: str | None, lang: str | None = None) -> None:
            if value:
                out.append(Statement(self.id, prop, value, self.dataset, self.source_id, lang,
                                     None, self.first_seen, self.last_seen))

        for n in self.names:
            add("name" if n.kind in ("primary", "original_script") else
                ("previousName" if n.kind == "former" else ("weakAlias" if n.kind == "weak_alias" else "alias")),
                n.value, n.lang)
        for c in self.countries:
            add("country", c)
        for i in self.identifiers:
            add(f"identifier:{i.kind}", i.value)
        for a in self.addresses:
            add("address", a.full)
        for d in self.birth_dates:
            add("birthDate", d)
        for p in self.programs:
            add("program", p)
        for t in self.topics:
            add("topics", t)
        add("listingDate", self.listed_on)
        add("sourceUrl", self.source_url)
        for prop, values in self.properties.items():
            for v in values:
                add(prop, v)
        return out


DATASET_PREFIX = {
    "ofac-sdn": "ofac",
    "un-sc": "un",
    "eu-fsf": "eu",
    "uk-sanctions": "uk",
    "uflpa": "uflpa",
    "cbp-wro": "cbp",
    "dol-tvpra": "dol",
    "evidence": "evidence",
    "ftm": "ftm",
}


def source_prefix(dataset: str) -> str:
    return DATASET_PREFIX.get(dataset, dataset)


def make_id(dataset: str, source_id: str) -> str:
    return f"{source_prefix(dataset)}-{source_id}"
