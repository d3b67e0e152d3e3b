"""UN Security Council Consolidated List (XML), including the 1718 Committee list of DPRK designations.

One INDIVIDUAL or ENTITY element is one designation; REFERENCE_NUMBER (e.g. KPe.002) is the id a user can
look up on the UN site.  A truncated download is an XML syntax error and fails with the parser's line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from chainlight.errors import InputError
from chainlight.model.entity import Entity, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.completeness import finish_read
from chainlight.sources.countries import to_iso2
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.problems import ProblemLog
from chainlight.sources.scripts import script_lang
from chainlight.sources.un.details import addresses, birth_dates, documents, texts
from chainlight.sources.xmlfile import parse_xml

META = load_meta(__file__)
LIST_URL = "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list"
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
# QUALITY of an alias: "Low" marks names the UN itself calls too weak to identify anyone on their own.
FORMERLY = re.compile(r"^(?:formerly known as|f\.k\.a\.)\s*:?\s*(.+)$", re.IGNORECASE)
ALIAS_KINDS = {"good": "alias", "a.k.a.": "alias", "f.k.a.": "former", "low": "weak_alias"}


def read(paths: Sequence[Path]) -> ReadResult:
    log = ProblemLog()
    result = ReadResult(META.dataset)
    for path in paths:
        require_file(path)
        root = parse_xml(path)
        if root.tag != "CONSOLIDATED_LIST":
            raise InputError(str(path), f"root element is <{root.tag}>, expected <CONSOLIDATED_LIST>", line=1)
        result.version = (root.get("dateGenerated") or "")[:10] or None
        for element in root.iter("INDIVIDUAL", "ENTITY"):
            entity = _entity(element, path, log)
            if entity is not None:
                result.entities.append(entity)
    return finish_read(result, log, META, paths[0])


def _text(element: etree._Element, tag: str) -> str | None:
    value = element.findtext(tag)
    return " ".join(value.split()) if value and value.strip() else None


def _entity(element: etree._Element, path: Path, log: ProblemLog) -> Entity | None:
    line = element.sourceline
    ref = _text(element, "REFERENCE_NUMBER")
    if not ref:
        log.error(path, line, "REFERENCE_NUMBER", "record without a reference number")
        return None
    if not log.first_sighting(ref, path, line, "REFERENCE_NUMBER"):
        return None
    person = element.tag == "INDIVIDUAL"
    parts = NAME_PARTS if person else NAME_PARTS[:1]
    name = " ".join(p for p in (_text(element, t) for t in parts) if p)
    if not name:
        log.error(path, line, "FIRST_NAME", f"{ref} has no name")
        return None
    entity = Entity(
        id=make_id(META.dataset, ref), schema="Person" if person else organisation_schema(name), dataset=META.dataset,
        source_id=ref, names=[Name(name, "primary", source_id=ref)], topics=["sanction"],
        programs=[p for p in [_text(element, "UN_LIST_TYPE")] if p], listed_on=_text(element, "LISTED_ON"),
        notes=[n for n in [_text(element, "COMMENTS1")] if n], source_url=LIST_URL)
    _add_names(entity, element)
    _add_details(entity, element)
    return entity


def _add_names(entity: Entity, element: etree._Element) -> None:
    original = _text(element, "NAME_ORIGINAL_SCRIPT")
    if original:
        entity.names.append(Name(original, "original_script", script_lang(original), entity.source_id))
    for alias in element.iterchildren("INDIVIDUAL_ALIAS", "ENTITY_ALIAS"):
        value = (_text(alias, "ALIAS_NAME") or "").strip('"')
        quality = (_text(alias, "QUALITY") or "good").lower()
        if (m := FORMERLY.match(value)):  # a few aliases are written "Formerly known as X"
            value, quality = m[1].strip('" '), "f.k.a."
        if value and all(n.value != value for n in entity.names):
            entity.names.append(Name(value, ALIAS_KINDS.get(quality, "alias"), script_lang(value), entity.source_id))


def _add_details(entity: Entity, element: etree._Element) -> None:
    for value in texts(element, "NATIONALITY"):
        code = to_iso2(value)
        if code and code not in entity.countries:
            entity.countries.append(code)
    entity.addresses = addresses(element)
    for address in entity.addresses:
        if address.country and address.country not in entity.countries:
            entity.countries.append(address.country)
    entity.birth_dates = birth_dates(element)
    entity.identifiers = documents(element)
    for tag, prop in (("DESIGNATION", "position"), ("TITLE", "title")):
        values = texts(element, tag)
        if values:
            entity.properties[prop] = values
    if (gender := _text(element, "GENDER")):
        entity.properties["gender"] = [gender]
