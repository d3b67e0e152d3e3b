"""Repeated parts of a UN record: addresses, dates of birth, identity documents, VALUE lists."""

from __future__ import annotations

from lxml import etree

from chainlight.model.entity import Address, Identifier
from chainlight.sources.countries import to_iso2
from chainlight.sources.dates import parse_date

DOCUMENT_KINDS = {"passport": "passport", "national identification number": "national_id",
                  "numéro de passeport": "passport", "número de pasaporte": "passport"}


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def texts(element: etree._Element, tag: str) -> list[str]:
    """<TAG><VALUE>a</VALUE><VALUE>b</VALUE></TAG> -> ["a", "b"]."""
    out: list[str] = []
    for holder in element.iterchildren(tag):
        out.extend(v for v in (_clean(x.text) for x in holder.iterchildren("VALUE")) if v)
    return out


def addresses(element: etree._Element) -> list[Address]:
    out: list[Address] = []
    for node in element.iterchildren("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS"):
        parts = [_clean(node.findtext(t)) for t in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")]
        full = ", ".join(p for p in parts if p)
        if full:
            out.append(Address(full, city=parts[1], country=to_iso2(parts[4])))
    return out


def birth_dates(element: etree._Element) -> list[str]:
    out: list[str] = []
    for node in element.iterchildren("INDIVIDUAL_DATE_OF_BIRTH"):
        kind = (_clean(node.findtext("TYPE_OF_DATE")) or "").upper()
        if kind == "BETWEEN":
            start, end = node.findtext("FROM_YEAR"), node.findtext("TO_YEAR")
            if start and end and start.strip().isdigit() and end.strip().isdigit():
                years = range(int(start), int(end) + 1)
                found = [str(y) for y in years][:10]
            else:
                found = []
        else:
            found = [d for d in (parse_date(node.findtext("DATE")), parse_date(node.findtext("YEAR"))) if d]
        out.extend(d for d in found[:10] if d not in out)
    return out


def documents(element: etree._Element) -> list[Identifier]:
    out: list[Identifier] = []
    for node in element.iterchildren("INDIVIDUAL_DOCUMENT"):
        number = _clean(node.findtext("NUMBER"))
        if not number:
            continue
        kind = DOCUMENT_KINDS.get((_clean(node.findtext("TYPE_OF_DOCUMENT")) or "").lower(), "other")
        country = _clean(node.findtext("ISSUING_COUNTRY")) or _clean(node.findtext("COUNTRY_OF_ISSUE"))
        out.append(Identifier(kind, number, to_iso2(country)))
    return out
