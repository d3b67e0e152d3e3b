"""EU Consolidated Financial Sanctions List, XML "xmlFullSanctionsList_1_1".

Each sanctionEntity is one designation; its logicalId is the id in the EU Sanctions Map and in source refs
(eu:<logicalId>).  Values live in attributes.  nameAlias strong="false" is a weak alias; names in another
script carry nameLanguage (KO, ZH) and become original_script names.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from chainlight.errors import InputError
from chainlight.model.entity import Address, Entity, Identifier, Name, make_id
from chainlight.sources.base import ReadResult, load_meta, require_file
from chainlight.sources.completeness import finish_read
from chainlight.sources.countries import to_iso2
from chainlight.sources.dates import parse_date
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.problems import ProblemLog
from chainlight.sources.scripts import language_code, script_lang
from chainlight.sources.xmlfile import local_name, parse_xml

META = load_meta(__file__)
PERSON_CODES = ("person", "p")
ID_KINDS = {"passport": "passport", "id": "national_id", "regnumber": "registration", "swiftbic": "swift",
            "fiscalcode": "tax", "imo": "imo"}


def read(paths: Sequence[Path]) -> ReadResult:
    log = ProblemLog()
    result = ReadResult(META.dataset)
    for path in paths:
        require_file(path)
        root = parse_xml(path)
        if local_name(root) != "export":
            raise InputError(str(path), f"root element is <{local_name(root)}>, expected the EU <export>", line=1)
        result.version = (root.get("generationDate") or "")[:10] or None
        for element in root:
            if local_name(element) == "sanctionEntity" and (entity := _entity(element, path, log)):
                result.entities.append(entity)
    return finish_read(result, log, META, paths[0])


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if local_name(c) == name]


def _entity(element: etree._Element, path: Path, log: ProblemLog) -> Entity | None:
    line = element.sourceline
    logical_id = (element.get("logicalId") or "").strip()
    if not logical_id:
        log.error(path, line, "logicalId", "sanctionEntity without a logicalId")
        return None
    if not log.first_sighting(logical_id, path, line, "logicalId"):
        return None
    names = _names(element, logical_id)
    if not names:
        log.error(path, line, "nameAlias", f"sanctionEntity {logical_id} has no name")
        return None
    subject = next((s.get("code", "") for s in _children(element, "subjectType")), "").lower()
    schema = "Person" if subject in PERSON_CODES else organisation_schema(names[0].value)
    entity = Entity(id=make_id(META.dataset, logical_id), schema=schema, dataset=META.dataset,
                    source_id=logical_id, names=names, topics=["sanction"], source_url=META.url)
    _add_regulations(entity, element)
    _add_details(entity, element)
    return entity


def _names(element: etree._Element, logical_id: str) -> list[Name]:
    names: list[Name] = []
    for alias in _children(element, "nameAlias"):
        whole = " ".join((alias.get("wholeName") or "").split()) or " ".join(
            p for p in (alias.get("firstName"), alias.get("middleName"), alias.get("lastName")) if p)
        if not whole or any(n.value == whole for n in names):
            continue
        lang = script_lang(whole)
        if lang:
            kind = "original_script"
            lang = language_code(alias.get("nameLanguage")) or lang
        elif not names:
            kind = "primary"
        else:
            kind = "alias" if alias.get("strong", "true") != "false" else "weak_alias"
        names.append(Name(whole, kind, lang, logical_id))
    if names and not any(n.kind == "primary" for n in names):
        names[0].kind = "primary"  # a list naming someone only in Hangul still needs a caption
    return names


def _add_regulations(entity: Entity, element: etree._Element) -> None:
    for reg in _children(element, "regulation"):
        programme = reg.get("programme")
        if programme and programme not in entity.programs:
            entity.programs.append(programme)
        date = parse_date(reg.get("publicationDate"))
        if date and (entity.listed_on is None or date < entity.listed_on):
            entity.listed_on = date
    for key, prop in (("unitedNationId", "unscId"), ("euReferenceNumber", "authorityId")):
        if element.get(key):
            entity.properties[prop] = [element.get(key) or ""]
    entity.notes = [" ".join((r.text or "").split()) for r in _children(element, "remark") if r.text]


def _add_details(entity: Entity, element: etree._Element) -> None:
    for node in _children(element, "citizenship") + _children(element, "address"):
        code = to_iso2(node.get("countryIso2Code"))
        if code and code not in entity.countries:
            entity.countries.append(code)
    for node in _children(element, "address"):
        parts = [node.get(k) for k in ("street", "poBox", "zipCode", "city", "region", "countryDescription")]
        full = ", ".join(p.strip() for p in parts if p and p.strip())
        if full:
            entity.addresses.append(Address(full, node.get("city") or None, to_iso2(node.get("countryIso2Code"))))
    for node in _children(element, "birthdate"):
        date = parse_date(node.get("birthdate")) or parse_date(node.get("year"))
        if date and date not in entity.birth_dates:
            entity.birth_dates.append(date)
    for node in _children(element, "identification"):
        if node.get("number"):
            kind = ID_KINDS.get((node.get("identificationTypeCode") or "").lower(), "other")
            entity.identifiers.append(Identifier(kind, node.get("number") or "", to_iso2(node.get("countryIso2Code"))))
    functions = [a.get("function") for a in _children(element, "nameAlias") if a.get("function")]
    if functions:
        entity.properties["position"] = sorted({f for f in functions if f})
