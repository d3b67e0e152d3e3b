"""OFAC SDN entries as the resolve tests build them: an id, a schema and the names OFAC writes."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name


def ofac(sid: str, schema: str, *names: str) -> Entity:
    """The OFAC entry `sid` with its first name primary and the rest aliases."""
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns)
