"""yente's request and response shapes (opensanctions/yente, `yente/data/common.py`), so that tools written
for yente's `/match` and `/search` can point at chainlight unchanged.

chainlight adds to each result what yente leaves out and an analyst needs: `source_ids` (the lists' own
identifiers) and `explanation` (which query name met which list name, on what features).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from chainlight.model.entity import Entity
from chainlight.resolve import match_v7 as match_default
from chainlight.resolve.match_v7.weights import WEIGHTS
from chainlight.resolve.types import Match, Query

if TYPE_CHECKING:
    from chainlight.api.entries import Entries

SANCTION_TOPICS = frozenset({"sanction", "sanction.linked", "debarment"})
# OpenSanctions' names for the lists chainlight reads, so a yente client's include_dataset and the datasets it
# sees in results are the ones it knows; chainlight's own names are accepted too.
OPENSANCTIONS_NAMES = {"ofac-sdn": "us_ofac_sdn", "un-sc": "un_sc_sanctions", "eu-fsf": "eu_fsf",
                       "uk-sanctions": "gb_fcdo_sanctions"}
CHAINLIGHT_NAMES = {v: k for k, v in OPENSANCTIONS_NAMES.items()}
DEFAULT_COLLECTION = "default"
# As yente (YENTE_MATCH_CANDIDATES): score limit x 10 candidates (at least 20), so a lower threshold widens them.
# Each is a full comparison, most of a /match's CPU for a name with many look-alikes on the lists: at 4, the 16
# names of benchmarks/api and 300 list names (half with a typo) got the same results with 0.45x the matcher's
# CPU, and one answer a lower `total` (20 rather than 24 of 24 look-alike vessels).
MATCH_CANDIDATES = int(os.environ.get("CHAINLIGHT_MATCH_CANDIDATES", "10"))


def public_name(dataset: str) -> str:
    return OPENSANCTIONS_NAMES.get(dataset, dataset)


def store_name(dataset: str) -> str:
    return CHAINLIGHT_NAMES.get(dataset, dataset)


def datasets_of(entity: Entity) -> list[str]:
    """The datasets an entry is in, by OpenSanctions' names: its list's, or every one an FtM export named."""
    named = entity.properties.get("datasets") or [entity.dataset]
    return list(dict.fromkeys(public_name(d) for d in named if d))


ALGORITHMS = {match_default.NAME: "Cross-script name matching (Hangul, Hanzi, romanizations, legal forms): "
                             "rarity-weighted word overlap, edit and phonetic similarity and conflicts, "
                             "combined by fitted weights; country, birth date and schema adjust the score."}
DEFAULT_ALGORITHM = match_default.NAME


class EntityExample(BaseModel):
    id: str | None = None
    schema_: str = Field(..., alias="schema", examples=["Company"])
    # yente accepts one value or a list per property.
    properties: dict[str, str | list[Any]] = Field(default_factory=dict,
                                                   examples=[{"name": ["조선대성총무역회사"], "country": ["kp"]}])

    def values(self, prop: str) -> list[str]:
        raw = self.properties.get(prop, [])
        items = raw if isinstance(raw, list) else [raw]
        return [str(v).strip() for v in items if str(v).strip()]


class EntityMatchQuery(BaseModel):
    weights: dict[str, float] = Field(default_factory=dict)  # accepted for compatibility; the weights are fitted
    config: dict[str, Any] = Field(default_factory=dict)  # the algorithm's options: this one has none
    queries: dict[str, EntityExample | None]


def check_example(key: str, example: EntityExample, entries: Entries | None = None) -> None:
    """yente refuses an example it cannot read as an entity of a known FtM schema (400).  FtM's schemata as
    `entries` keeps them (saved with the entries: no import of followthemoney), else followthemoney's own."""
    from chainlight.errors import UsageError

    if entries is not None:
        found = entries.schema(example.schema_)
    else:
        from chainlight.api.entries import ftm_schemata

        found = ftm_schemata().get(example.schema_)
    if found is None:
        raise UsageError(f"Cannot parse example entity: unknown schema '{example.schema_}' in query '{key}'")
    properties, matchable = found
    name = example.schema_
    unknown = [p for p in example.properties if p not in properties]
    if unknown:
        raise UsageError(f"Cannot parse example entity: {name} has no property "
                         f"{', '.join(sorted(unknown))} (query '{key}')")
    if not matchable:
        raise UsageError(f"Cannot parse example entity: {name} cannot be matched (query '{key}')")


# properties of FtM's country type that a yente example may give (by name or code)
COUNTRY_PROPS = ("country", "nationality", "jurisdiction", "citizenship", "registrationCountry", "mainCountry")


def echoed_query(example: Any) -> dict[str, Any]:
    """The example as yente echoes it: after FtM's cleaning, so a country given by name is its code ("Russia"
    is ru) and a value that names no country is left out."""
    from chainlight.sources.countries import to_iso2_list

    said = example.model_dump(by_alias=True)
    props = dict(said.get("properties") or {})
    for prop in COUNTRY_PROPS:
        if prop in props:
            values = props[prop] if isinstance(props[prop], list) else [props[prop]]
            props[prop] = to_iso2_list([str(v) for v in values])
    return {**said, "properties": props}


def to_queries(key: str, example: EntityExample) -> list[Query]:
    """One chainlight query per name of a yente example: yente matches on any of the names."""
    names = example.values("name") + example.values("alias") + example.values("previousName")
    for first, last in zip(example.values("firstName"), example.values("lastName"), strict=False):
        names.append(f"{first} {last}")
    # yente's own examples give countries by name ("Russia"): read them as codes, as FtM's country type does
    from chainlight.sources.countries import to_iso2_list

    countries = to_iso2_list(example.values("country") + example.values("nationality")
                             + example.values("jurisdiction") + example.values("citizenship"))
    births = example.values("birthDate")
    addresses = example.values("address")
    return [Query(id=key, name=name, schema=example.schema_, country=countries[0] if countries else None,
                  birth_date=births[0] if births else None, address=addresses[0] if addresses else None)
            for name in dict.fromkeys(names)]


# What the matcher records beside its name features (resolve/match_v1 adjust, resolve/matcher.py): each becomes a
# yes/no feature, as nomenklatura's country_mismatch is.  (part > 0, part < 0) -> the features' names.
ADJUSTMENTS = {"country": ("country_match", "country_mismatch"), "birth_date": ("dob_match", "dob_mismatch"),
               "schema": ("schema_match", "schema_mismatch")}
ADJUSTED_BY = {name: part for part, names in ADJUSTMENTS.items() for name in names}
ADJUSTMENT_DOCS = {
    "country_match": "the query's country is one of the entry's: the score moves up a little",
    "country_mismatch": "the query's country is none of the entry's: the score is multiplied down",
    "dob_match": "the query's birth date is one of the entry's",
    "dob_mismatch": "the query's birth date is none of the entry's: the score is multiplied down",
    "schema_mismatch": "the query's schema cannot be the entry's (a Person asked, a Vessel listed)",
    "organisation_words": "every reading of the query has an organisation's word and the entry is a person, ship or "
                          "aircraft: a rule, x0.7",
    "other_acronym": "two short acronyms a letter apart (KOMID / KMID): a rule, x0.7",
    "other_kind_of_body": "the query says what kind of body it names (a bank, a committee, a group) and the "
                          "entry's name is another kind or a firm's: a rule, x0.7",
    "more_syllables": "a name in Hangul or characters with more syllables than the listed person's name: a rule, "
                      "x0.8",
    "translated": "found through a dictionary translation of descriptive words: a rule, x0.95",
}
SOURCE_URL = "https://github.com/chainlight/chainlight/tree/main/src/chainlight/resolve/match_v7"


def feature_docs() -> dict[str, dict[str, Any]]:
    """yente's `matcher` block: each feature with its coefficient (the fitted logit weight; 0 for a rule, which
    multiplies the score instead) and what it measures."""
    docs = {name: {"description": description, "coefficient": WEIGHTS.get(name, 0.0), "url": SOURCE_URL}
            for name, description in match_default.DESCRIPTIONS.items()}
    for name, description in ADJUSTMENT_DOCS.items():
        docs.setdefault(name, {"description": description, "coefficient": 0.0, "url": SOURCE_URL})
    return docs


def feature_scores(parts: dict[str, float]) -> dict[str, float]:
    """yente's `features`: each feature's value in [0, 1], as nomenklatura reports them, from the matcher's record
    of each feature's part in the logit (weight x value: the value is the part over the weight).  A rule or an
    adjustment (country, birth date, schema) that fired is a feature of value 1.0."""
    out: dict[str, float] = {}
    for name, part in parts.items():
        weight = WEIGHTS.get(name)
        if weight:
            value = min(1.0, max(0.0, part / weight))
            if value > 0:
                out[name] = round(value, 4)
        elif name in ADJUSTMENTS:
            if part:
                out[ADJUSTMENTS[name][0 if part > 0 else 1]] = 1.0
        elif part:
            out[name] = 1.0
    return out


def feature_explanations(match: Match, features: dict[str, float]) -> dict[str, dict[str, Any]]:
    """nomenklatura's `explanations`: per feature its score and a detail in words (FtResult: score, detail), and
    chainlight's `contribution`: what the feature moved (the logit for a weighted feature, the score for a rule)."""
    docs = feature_docs()
    pair = f"'{match.query_name}' ~ '{match.matched_name}'"
    return {name: {"score": value, "detail": f"{pair}: {docs.get(name, {}).get('description') or name}",
                   "contribution": match.features.get(ADJUSTED_BY.get(name, name))}
            for name, value in features.items()}


Stamps = dict[str, tuple[str | None, str | None, str | None]]  # entity id -> first_seen, last_seen, last_change
_STAMPS: list[tuple[dict[str, Entity], Stamps]] = []  # (the entities read, their stamps)


def stamps(state: Any) -> Stamps:
    """When the store first saw each entry, last saw it in its list and last saw it change (the entities
    table's columns), read once per load of the lists."""
    entities = state.entities()
    if not _STAMPS or _STAMPS[0][0] is not entities:
        # written by DuckDB (isoformat's text, to the second): datetime.isoformat over 16k rows x 3 was ~0.1 s of
        # the first answer, which `serve` gives before it is ready
        iso = ", ".join(f"strftime({c}, '%Y-%m-%dT%H:%M:%S')" for c in ("first_seen", "last_seen", "last_change"))
        rows = state.store.con.execute(f"SELECT id, {iso} FROM entities").fetchall()
        _STAMPS[:] = [(entities, {r[0]: (r[1], r[2], r[3]) for r in rows})]
    return _STAMPS[0][1]


def stamps_read(state: Any) -> bool:
    """`stamps` answers without reading the store (they were read for the entries loaded now)."""
    entries = state._entries
    return bool(_STAMPS) and entries is not None and _STAMPS[0][0] is entries.entities


def _dates(members: list[Entity], known: Stamps | None) -> tuple[str | None, str | None, str | None]:
    """yente's first_seen (the earliest of the members), last_seen and last_change (the latest): an FtM
    export's own dates where it gave them, else the store's."""
    known = known or {}
    firsts, lasts, changes = [], [], []
    for m in members:
        first, last, change = known.get(m.id, (None, None, None))
        firsts.append(m.first_seen or first)
        lasts.append(m.last_seen or last)
        changes.append(change)
    return (min((v for v in firsts if v), default=None), max((v for v in lasts if v), default=None),
            max((v for v in changes if v), default=None))


def entity_response(members: list[Entity], known: Stamps | None = None,
                    entries: Entries | None = None) -> dict[str, Any]:
    """A resolved entity (one body on several lists) in yente's EntityResponse shape.  The members' FtM forms
    as `entries` keeps them (the server's entries), else worked out here."""
    from chainlight.api.entries import ftm_form

    ftm = entries.ftm if entries is not None else ftm_form
    head = members[0]
    forms = [ftm(member) for member in members]
    props: dict[str, list[str]] = {}
    for form in forms:
        for prop, values in form.get("properties", {}).items():
            props.setdefault(prop, [])
            props[prop] += [v for v in values if v not in props[prop]]
    topics = {t for m in members for t in m.topics}
    first_seen, last_seen, last_change = _dates(members, known)
    return {
        "id": head.id,
        "caption": head.caption,
        "schema": forms[0].get("schema", head.schema),
        "properties": props,
        "datasets": sorted({d for m in members for d in datasets_of(m)}),
        "referents": [m.id for m in members[1:]],
        "target": bool(topics & SANCTION_TOPICS) or any(m.programs for m in members),
        "first_seen": first_seen,
        "last_seen": last_seen,
        "last_change": last_change,
        "source_ids": sorted({m.source_ref for m in members}),
    }


def scored_result(match: Match, members: list[Entity], threshold: float | None,
                  known: Stamps | None = None, entries: Entries | None = None) -> dict[str, Any]:
    features = feature_scores(match.features)
    data = entity_response(members, known, entries) if members else {
        "id": match.entity_id, "caption": match.entity_name, "schema": match.schema, "properties": {},
        "datasets": [], "referents": [], "target": False, "first_seen": None, "last_seen": None,
        "last_change": None, "source_ids": match.source_ids}
    data.update({
        "score": match.score,
        "match": match.score >= threshold if threshold is not None else match.match,
        "features": features,
        "explanation": match.explanation,  # chainlight's: the scorer's own account, logit parts and all
        "explanations": feature_explanations(match, features),
        "query_name": match.query_name,
        "matched_name": match.matched_name,
    })
    return data
