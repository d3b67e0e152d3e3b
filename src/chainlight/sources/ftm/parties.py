"""One FtM party (Person, Company, Vessel...) -> one chainlight `Entity`, with the sanctions, passports and
addresses that point at it folded in."""

from __future__ import annotations

from chainlight.model.entity import Address, Entity, Identifier, Name
from chainlight.sources.ftm.records import FtmIndex, FtmRecord
from chainlight.sources.ftm.vocabulary import (
    COUNTRY_PROPS,
    IDENTIFIER_PROPS,
    MAPPED_PROPS,
    NAME_PROPS,
    PARTY_SCHEMATA,
    PROGRAM_PROPS,
    RECORD_KEYS,
    TOPICS_FROM_FTM,
)

DATASET = "ftm"  # the ingest's name (what `sources changes ftm` reports), and an entry's when the export names none


def build_entity(record: FtmRecord, index: FtmIndex) -> Entity:
    """The party under its own FtM id (so that /entities/<id> answers for the id OpenSanctions gave it) and in the
    first dataset the export names (us_ofac_sdn, un_sc_sanctions...); every dataset it names is kept in its
    `datasets` property."""
    linked = _linked(record, index)
    sanctions = [r for r in linked if r.schema == "Sanction"]
    urls = record.get("sourceUrl")
    datasets = dataset_names(record)
    entity = Entity(
        id=record.id, schema=PARTY_SCHEMATA[record.schema], dataset=datasets[0] if datasets else DATASET,
        source_id=record.id, names=_names(record), countries=_countries(record),
        identifiers=_identifiers(record, linked), addresses=_addresses(record, index),
        birth_dates=list(dict.fromkeys(record.get("birthDate"))), programs=_programs(record, sanctions),
        topics=list(dict.fromkeys(TOPICS_FROM_FTM.get(t, t) for t in record.get("topics"))), listed_on=_listed_on(sanctions),
        notes=list(dict.fromkeys(record.get("notes"))), source_url=urls[0] if urls else None,
        properties=_properties(record, sanctions),
        first_seen=record.raw.get("first_seen"), last_seen=record.raw.get("last_seen"),
    )
    return entity


def dataset_names(record: FtmRecord) -> list[str]:
    raw = record.raw.get("datasets")
    values = raw if isinstance(raw, list) else [raw] if raw else []
    return list(dict.fromkeys(str(v).strip() for v in values if str(v or "").strip()))


def _linked(record: FtmRecord, index: FtmIndex) -> list[FtmRecord]:
    keys = [record.id, *(record.raw.get("referents") or [])]
    found = [r for key in keys for r in index.naming.get(key, [])]
    return list({id(r): r for r in found}.values())


def _names(record: FtmRecord) -> list[Name]:
    names: dict[str, Name] = {}
    caption = record.raw.get("caption")
    if caption and caption in record.get("name"):
        names[caption] = Name(caption, "primary", script_lang(caption))
    for prop, kind in NAME_PROPS.items():
        for value in record.get(prop):
            names.setdefault(value, Name(value, kind, script_lang(value)))
    return list(names.values())


def script_lang(name: str) -> str | None:
    """The language a script gives away for certain: Hangul is Korean, kana Japanese; Han alone is not."""
    if any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" for c in name):
        return "ko"
    if any("\u3040" <= c <= "\u30ff" for c in name):
        return "ja"
    return None


def _countries(record: FtmRecord) -> list[str]:
    return list(dict.fromkeys(c.lower() for prop in COUNTRY_PROPS for c in record.get(prop)))


def _identifiers(record: FtmRecord, linked: list[FtmRecord]) -> list[Identifier]:
    out = [Identifier(kind, value) for prop, kind in IDENTIFIER_PROPS.items() for value in record.get(prop)]
    for doc in linked:
        if doc.schema in ("Passport", "Identification"):
            kind = "passport" if doc.schema == "Passport" else "national_id"
            out.extend(Identifier(kind, n, (doc.first("country") or "").lower() or None)
                       for n in doc.get("number") + doc.get("passportNumber"))
    return list({(i.kind, i.value): i for i in out}.values())


def _addresses(record: FtmRecord, index: FtmIndex) -> list[Address]:
    # Address entities first: they carry city and country that the plain `address` strings lack.
    out: dict[str, Address] = {}
    for ref in record.get("addressEntity"):
        target = index.by_id.get(ref)
        if target is None or target.schema != "Address":
            continue
        country = target.first("country")
        for full in target.get("full") or [str(target.raw.get("caption") or "")]:
            out.setdefault(full, Address(full, target.first("city"), country.lower() if country else None))
    for full in record.get("address"):
        out.setdefault(full, Address(full))
    return [a for a in out.values() if a.full]


def _programs(record: FtmRecord, sanctions: list[FtmRecord]) -> list[str]:
    values = [v for r in [record, *sanctions] for prop in PROGRAM_PROPS for v in r.get(prop)]
    return list(dict.fromkeys(values))


def _listed_on(sanctions: list[FtmRecord]) -> str | None:
    dates = [d for s in sanctions for d in s.get("listingDate") + s.get("startDate")]
    return min(dates)[:10] if dates else None


def _properties(record: FtmRecord, sanctions: list[FtmRecord]) -> dict[str, list[str]]:
    props = {k: list(v) for k, v in record.properties.items() if k not in MAPPED_PROPS}
    extra_urls = record.get("sourceUrl")[1:]
    if extra_urls:
        props["sourceUrl"] = extra_urls
    for key in RECORD_KEYS:
        values = [str(v) for v in record.raw.get(key) or []]
        if values:
            props[key] = values
    authorities = list(dict.fromkeys(a for s in sanctions for a in s.get("authority")))
    if authorities:
        props["authority"] = authorities  # the Sanction property name: who imposed the measures
    return props
