"""yente's request and response shapes (opensanctions/yente, `yente/data/common.py`), so that tools written
for yente's `/match` and `/search` can point at chainlight unchanged.

chainlight adds to each result what yente leaves out and an analyst needs: `source_ids` (the lists' own
identifiers) and `explanation` (which query name met which list name, on what features).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from chainlight.model.entity import Entity
from chainlight.resolve import match_v6 as match_default
from chainlight.resolve.match_v6.weights import WEIGHTS
from chainlight.resolve.types import Match, Query

SANCTION_TOPICS = frozenset({"sanction", "sanction.linked", "debarment"})
# OpenSanctions' names for the lists chainlight reads, so a yente client's include_dataset and the datasets it
# sees in results are the ones it knows; chainlight's own names are accepted too.
OPENSANCTIONS_NAMES = {"ofac-sdn": "us_ofac_sdn", "un-sc": "un_sc_sanctions", "eu-fsf": "eu_fsf",
                       "uk-sanctions": "gb_fcdo_sanctions"}
CHAINLIGHT_NAMES = {v: k for k, v in OPENSANCTIONS_NAMES.items()}
DEFAULT_COLLECTION = "default"
MATCH_CANDIDATES = 10  # as yente: score limit x 10 candidates (at least 20), so a lower threshold widens them


def public_name(dataset: str) -> str:
    return OPENSANCTIONS_NAMES.get(dataset, dataset)


def store_name(dataset: str) -> str:
    return CHAINLIGHT_NAMES.get(dataset, dataset)
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


def check_example(key: str, example: EntityExample) -> None:
    """yente refuses an example it cannot read as an entity of a known FtM schema (400)."""
    from followthemoney import model

    from chainlight.errors import UsageError

    schema = model.get(example.schema_)
    if schema is None:
        raise UsageError(f"Cannot parse example entity: unknown schema '{example.schema_}' in query '{key}'")
    unknown = [p for p in example.properties if p not in schema.properties]
    if unknown:
        raise UsageError(f"Cannot parse example entity: {schema.name} has no property "
                         f"{', '.join(sorted(unknown))} (query '{key}')")
    if schema.matchable is False:
        raise UsageError(f"Cannot parse example entity: {schema.name} cannot be matched (query '{key}')")


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


def feature_docs() -> dict[str, dict[str, Any]]:
    """yente's `matcher` block: each feature with its weight and what it measures."""
    url = "https://github.com/chainlight/chainlight/tree/main/src/chainlight/resolve/match_v6"
    return {name: {"description": description, "coefficient": WEIGHTS.get(name, 0.0), "url": url}
            for name, description in match_default.DESCRIPTIONS.items()}


def entity_response(members: list[Entity]) -> dict[str, Any]:
    """A resolved entity (one body on several lists) in yente's EntityResponse shape."""
    from chainlight.sources.ftm.export import entity_to_ftm

    head = members[0]
    data = entity_to_ftm(head)
    props: dict[str, list[str]] = {}
    for member in members:
        for prop, values in entity_to_ftm(member).get("properties", {}).items():
            props.setdefault(prop, [])
            props[prop] += [v for v in values if v not in props[prop]]
    topics = {t for m in members for t in m.topics}
    return {
        "id": head.id,
        "caption": head.caption,
        "schema": data.get("schema", head.schema),
        "properties": props,
        "datasets": sorted({public_name(m.dataset) for m in members}),
        "referents": [m.id for m in members[1:]],
        "target": bool(topics & SANCTION_TOPICS) or any(m.programs for m in members),
        "first_seen": head.first_seen,
        "last_seen": head.last_seen,
        "last_change": None,  # yente's field; the store keeps it per entry (entities.last_change), not yet here
        "source_ids": sorted({m.source_ref for m in members}),
    }


def scored_result(match: Match, members: list[Entity], threshold: float | None) -> dict[str, Any]:
    data = entity_response(members) if members else {
        "id": match.entity_id, "caption": match.entity_name, "schema": match.schema, "properties": {},
        "datasets": [], "referents": [], "target": False, "first_seen": None, "last_seen": None,
        "last_change": None, "source_ids": match.source_ids}
    data.update({
        "score": match.score,
        "match": match.score >= threshold if threshold is not None else match.match,
        "features": match.features,
        "explanation": match.explanation,
        "explanations": {"name": {"query_name": match.query_name, "matched_name": match.matched_name,
                                  "summary": match.explanation}},
        "query_name": match.query_name,
        "matched_name": match.matched_name,
    })
    return data
