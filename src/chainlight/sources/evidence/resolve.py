"""Read every evidence file together and check the references between them.

Documents, entities, claims and priors may live in different files (the bundled base splits camps,
state bodies and trade hubs), so ids are unique and references resolve across the whole set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chainlight.errors import Problem
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.sources.evidence import build, schema
from chainlight.sources.evidence.check import Checker
from chainlight.sources.evidence.yaml_lines import load_with_lines

Node = tuple[Checker, dict[str, Any]]


@dataclass
class Evidence:
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    priors: dict[str, Prior] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def collect(paths: Sequence[Path]) -> Evidence:
    ev = Evidence()
    sections: dict[str, list[Node]] = {name: [] for name in schema.SECTIONS}
    for path in paths:
        c = Checker(path, ev.problems)
        data = load_with_lines(path)
        if not isinstance(data, dict):
            ev.problems.append(Problem(str(path), 1, None, "an evidence file is a mapping with documents, "
                                       "entities, claims and/or priors"))
            continue
        c.keys(data, "an evidence file", (frozenset(), frozenset(schema.SECTIONS)))
        for name in schema.SECTIONS:
            items = data.get(name) or []
            if not isinstance(items, list):
                c.add(data, name, f"'{name}' must be a list")
                continue
            for item in items:
                if c.keys(item, f"an item of {name}", schema.SECTIONS[name], data, name):
                    sections[name].append((c, item))
    _build(ev, sections)
    return ev


def _build(ev: Evidence, sections: dict[str, list[Node]]) -> None:
    for c, node in sections["documents"]:
        _put(ev.documents, build.document(c, node), c, node)
    for c, node in sections["entities"]:
        _put(ev.entities, build.entity(c, node), c, node)
    for c, node in sections["claims"]:
        source_id = c.text(node, "source") or ""
        source = ev.documents.get(source_id)
        if source is None:
            c.add(node, "source", f"no document with id '{source_id}'")
            source = SourceDocument(source_id, "", "")
        made = build.claim(c, node, source)
        made.entities = [_entity_ref(ev, c, node, ref) for ref in made.entities]
        _put(ev.claims, made, c, node)
    for c, node in sections["priors"]:
        base_rate = build.prior(c, node)
        for ref in base_rate.claims:
            if ref not in ev.claims:
                c.add(node, "claims", f"no claim with id '{ref}'")
        _put(ev.priors, base_rate, c, node)


def _entity_ref(ev: Evidence, c: Checker, node: dict[str, Any], ref: str) -> str:
    """A claim names evidence entities by slug (or full id) and list entries by their chainlight id."""
    if ref.startswith(schema.LIST_PREFIXES):
        return ref
    full = ref if ref.startswith(schema.EVIDENCE_PREFIX) else schema.EVIDENCE_PREFIX + ref
    if full not in ev.entities:
        c.add(node, "entities", f"no entity with id '{ref}', and it is not a list entry id "
              f"({', '.join(schema.LIST_PREFIXES)})")
    return full


def _put(table: dict[str, Any], item: Any, c: Checker, node: dict[str, Any]) -> None:
    if item.id in table:
        c.add(node, "id", f"id '{item.id}' is used twice")
    elif item.id:
        table[item.id] = item
