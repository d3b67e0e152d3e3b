"""Write chainlight entities as FollowTheMoney JSON lines that OpenSanctions tools (yente, nomenklatura)
read.  Values go through `EntityProxy.add`, so FtM cleans and validates every one of them; a value FtM
rejects for its type (an IMO number with a bad checksum, say) is left out rather than written wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from followthemoney import EntityProxy, model

from chainlight.model.entity import SCHEMATA, Entity
from chainlight.sources.ftm.vocabulary import (
    IDENTIFIER_FALLBACK,
    IDENTIFIER_KIND_PROPS,
    NAME_KIND_PROPS,
    RECORD_KEYS,
    TOPICS_TO_FTM,
)

FALLBACK_SCHEMA = "LegalEntity"


def entity_to_ftm(entity: Entity) -> dict[str, Any]:
    proxy = model.make_entity(SCHEMATA.get(entity.schema, FALLBACK_SCHEMA))
    # An entity read from FtM keeps its FtM id, so the export links up with the data it came from.
    proxy.id = entity.source_id if entity.dataset == "ftm" else entity.id
    for name in entity.names:
        _add(proxy, NAME_KIND_PROPS.get(name.kind, "alias"), name.value)
    for prop, values in _core_values(entity).items():
        for value in values:
            _add(proxy, prop, value)
    for identifier in entity.identifiers:
        _add_identifier(proxy, identifier.kind, identifier.value)
    for prop, values in entity.properties.items():
        if prop not in RECORD_KEYS and proxy.schema.get(prop) is not None:
            for value in values:
                _add(proxy, prop, value)
    return _envelope(entity, proxy)


def write_ftm(entities: Iterable[Entity], fh: TextIO) -> int:
    count = 0
    for entity in entities:
        fh.write(json.dumps(entity_to_ftm(entity), ensure_ascii=False) + "\n")
        count += 1
    return count


def _core_values(entity: Entity) -> dict[str, list[str]]:
    urls = [entity.source_url] if entity.source_url else []
    return {
        "country": entity.countries,
        "address": [a.full for a in entity.addresses],
        "birthDate": entity.birth_dates,
        "program": entity.programs,
        "topics": [TOPICS_TO_FTM.get(t, t) for t in entity.topics],
        "notes": entity.notes,
        "sourceUrl": urls + entity.properties.get("sourceUrl", []),
    }


def _add(proxy: EntityProxy, prop: str, value: str) -> None:
    if proxy.schema.get(prop) is not None:
        proxy.add(prop, value, quiet=True)


def _add_identifier(proxy: EntityProxy, kind: str, value: str) -> None:
    for prop in (IDENTIFIER_KIND_PROPS.get(kind, ""), *IDENTIFIER_FALLBACK):
        if proxy.schema.get(prop) is not None:
            proxy.add(prop, value, quiet=True)
            return
    _add(proxy, "notes", f"{kind}: {value}")  # a Vessel has no idNumber: keep the value readable


def _envelope(entity: Entity, proxy: EntityProxy) -> dict[str, Any]:
    data: dict[str, Any] = proxy.to_dict()
    data["caption"] = entity.caption
    data["datasets"] = entity.properties.get("datasets") or [entity.dataset]
    data["referents"] = entity.properties.get("referents", [])
    if entity.first_seen:
        data["first_seen"] = entity.first_seen
    if entity.last_seen:
        data["last_seen"] = entity.last_seen
    return data
