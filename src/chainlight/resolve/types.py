"""The resolver's records: what is asked (Query), what is found (Match), and a party seen in the user's data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Query:
    id: str
    name: str
    schema: str | None = None  # Person, Company, Organization, Vessel, ...
    country: str | None = None  # ISO alpha-2, lower case
    birth_date: str | None = None
    address: str | None = None


@dataclass
class Match:
    query_id: str
    rank: int
    entity_id: str  # the resolved entity: one id for the same body across lists
    entity_name: str
    schema: str
    score: float  # calibrated to [0, 1]
    match: bool  # score >= the scorer's threshold
    source_ids: list[str]  # the lists' own ids: "ofac:9347", "un:KPe.002"
    member_ids: list[str]  # chainlight entity ids merged into the resolved entity
    query_name: str  # the query value that met ...
    matched_name: str  # ... this list value
    features: dict[str, float] = field(default_factory=dict)  # each feature's part in the score
    explanation: str = ""
    scorer: str = "match_v1"
    # the key-building of the index that found it and the query readings that answered (resolve/versions.py:
    # 'keys_v18-1a2b3c4d5e6f+readings_v4'): with the scorer, its version
    keys: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PartyName:
    """A party as the user's records name it: a shipper, consignee, seller, manufacturer or supplier."""

    key: str  # the caller's handle for this mention, e.g. "shipment:BL-1:shipper"
    name: str
    country: str | None = None
    address: str | None = None
