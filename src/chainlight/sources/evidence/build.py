"""Turn checked YAML mappings into model records: documents, entities, claims and priors.

Each builder reads one mapping; references between records (a claim's source, its entities, a prior's
claims) are resolved in `resolve.py` once every file has been read.
"""

from __future__ import annotations

from typing import Any

from chainlight.model.entity import Address, Entity, Name
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.sources.evidence import schema
from chainlight.sources.evidence.check import Checker

DATASET = "evidence"


def document(c: Checker, node: dict[str, Any]) -> SourceDocument:
    url = c.text(node, "url")
    if url and not url.startswith(("http://", "https://")):
        c.add(node, "url", f"'{url}' is not an http(s) address")
    return SourceDocument(
        id=c.text(node, "id") or "", title=c.text(node, "title") or "",
        publisher=c.text(node, "publisher") or "", url=url,
        published=c.date(node, "published"), retrieved=c.date(node, "retrieved"),
        language=c.text(node, "language"), note=c.text(node, "note"))


def entity(c: Checker, node: dict[str, Any]) -> Entity:
    slug = c.text(node, "id") or ""
    if slug.startswith((*schema.LIST_PREFIXES, schema.EVIDENCE_PREFIX)):
        c.add(node, "id", f"write the entity id as a bare slug; '{slug}' starts with a reserved prefix")
    properties = _properties(c, node)
    same_as = c.texts(node, "same_as")
    for ref in same_as:
        if not ref.startswith(schema.LIST_PREFIXES):
            c.add(node, "same_as", f"'{ref}' is not a list entry id ({', '.join(schema.LIST_PREFIXES)})")
    if same_as:
        properties["sameAs"] = same_as
    return Entity(
        id=f"{schema.EVIDENCE_PREFIX}{slug}", schema=c.choice(node, "schema", schema.ENTITY_SCHEMAS, "Organization")
        or "Organization", dataset=DATASET, source_id=slug, names=_names(c, node),
        countries=c.countries(node, "countries"), addresses=_addresses(c, node),
        topics=c.choices(node, "topics", schema.TOPICS), notes=c.texts(node, "notes"),
        source_url=c.text(node, "source_url"), properties=properties)


def claim(c: Checker, node: dict[str, Any], source: SourceDocument) -> Claim:
    start = end = None
    period = node.get("period")
    if c.keys(period, "period", schema.PERIOD_KEYS, node, "period") and isinstance(period, dict):
        start, end = c.date(period, "start", pad="start"), c.date(period, "end", pad="end")
        if start and end and end < start:
            c.add(period, "end", f"period ends ({end}) before it starts ({start})")
    if not c.text(node, "summary") and not c.text(node, "quote"):
        c.add(node, "summary", "a claim needs a summary (and may add a short quote)")
    protected = node.get("protected") or {}
    if not isinstance(protected, dict):
        c.add(node, "protected", "'protected' must be a mapping (e.g. informant: ...)")
        protected = {}
    return Claim(
        id=c.text(node, "id") or "", source=source, summary=c.text(node, "summary") or "",
        quote=c.text(node, "quote"), period_start=start, period_end=end,
        reliability=c.choice(node, "reliability", schema.RELIABILITY, "low") or "low",
        entities=c.texts(node, "entities"), goods=_goods(c, node), countries=c.countries(node, "countries"),
        labour=c.choice(node, "labour", schema.LABOUR, None),
        status=c.choice(node, "status", schema.STATUSES, "confirmed") or "confirmed",
        protected={k: v for k, v in protected.items() if not k.startswith("__")},
        note=c.text(node, "note"))


def prior(c: Checker, node: dict[str, Any]) -> Prior:
    probability = node.get("probability")
    if not isinstance(probability, (int, float)) or isinstance(probability, bool) or not 0 <= probability <= 1:
        if probability is not None:
            c.add(node, "probability", f"'{probability}' is not a number between 0 and 1")
        probability = 0.0
    country = c.text(node, "country")
    goods = _goods(c, node)
    return Prior(
        id=c.text(node, "id") or "", summary=c.text(node, "summary") or "", places=c.texts(node, "places"),
        country=(c.country(node, "country", country) or "") if country else "", goods=goods,
        probability=float(probability), claims=c.texts(node, "claims"), note=c.text(node, "note"))


def _goods(c: Checker, node: dict[str, Any]) -> list[str]:
    out = []
    for good in c.texts(node, "goods"):
        if good in schema.GOODS or (good.isdigit() and len(good) in (2, 4, 6)):
            out.append(good)
        else:
            c.add(node, "goods", f"'{good}' is neither a known good ({', '.join(sorted(schema.GOODS))}) "
                  "nor an HS code of 2, 4 or 6 digits")
    return out


def _names(c: Checker, node: dict[str, Any]) -> list[Name]:
    raw = node.get("names")
    if not isinstance(raw, list):
        if raw is not None:
            c.add(node, "names", "'names' must be a list of {value, kind, lang}")
        return []
    names = []
    for item in raw:
        if isinstance(item, str):
            names.append(Name(item.strip(), "alias"))
        elif c.keys(item, "a name", schema.NAME_KEYS, node, "names") and isinstance(item, dict):
            names.append(Name(c.text(item, "value") or "", c.choice(item, "kind", schema.NAME_KINDS, "alias")
                              or "alias", c.text(item, "lang")))
    if names and not any(n.kind == "primary" for n in names):
        c.add(node, "names", "one name must have kind: primary")
    return names


def _addresses(c: Checker, node: dict[str, Any]) -> list[Address]:
    raw = node.get("addresses") or []
    if not isinstance(raw, list):
        c.add(node, "addresses", "'addresses' must be a list of {full, city, country}")
        return []
    out = []
    for item in raw:
        if c.keys(item, "an address", schema.ADDRESS_KEYS, node, "addresses") and isinstance(item, dict):
            country = c.text(item, "country")
            out.append(Address(c.text(item, "full") or "", c.text(item, "city"),
                               c.country(item, "country", country) if country else None))
    return out


def _properties(c: Checker, node: dict[str, Any]) -> dict[str, list[str]]:
    raw = node.get("properties") or {}
    if not isinstance(raw, dict):
        c.add(node, "properties", "'properties' must map FtM property names to lists of values")
        return {}
    return {key: c.texts(raw, key) if isinstance(raw[key], list) else [str(raw[key])]
            for key in raw if not key.startswith("__")}
