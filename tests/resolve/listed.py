"""OFAC SDN entries as the resolve tests build them: an id, a schema and the names OFAC writes."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name


def ofac(sid: str, schema: str, *names: str, program: str | None = None) -> Entity:
    """The OFAC entry `sid` with its first name primary and the rest aliases, listed under `program` (DPRK3 ...)."""
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, programs=[program] if program else [])
