"""OFAC Specially Designated Nationals list, legacy CSV edition (sdn.csv, optionally add.csv and alt.csv).

Names of individuals stay as OFAC writes them ("KANG, Chol Su"): the list value is what an analyst checks
against the OFAC search, and the matcher compares name tokens regardless of order, so no natural-order
alias is added.  Aliases come from alt.csv when given and from the Remarks text always; the same name from
both sources is kept once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.model.entity import Address, Entity, Name, make_id
from chainlight.sources.base import ReadResult, load_meta
from chainlight.sources.completeness import finish_read
from chainlight.sources.countries import to_iso2
from chainlight.sources.legal_forms import organisation_schema
from chainlight.sources.ofac.files import Row, read_rows, sort_paths
from chainlight.sources.ofac.remarks import parse_remarks
from chainlight.sources.problems import ProblemLog

META = load_meta(__file__)
DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"

SCHEMA_BY_TYPE = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
ALT_KINDS = {"aka": "alias", "fka": "former", "nka": "alias"}


def read(paths: Sequence[Path]) -> ReadResult:
    files = sort_paths(paths)
    log = ProblemLog()
    entities = {e.source_id: e for e in _read_sdn(files["sdn"], log)}
    if "alt" in files:
        for row in read_rows(files["alt"], "alt", log):
            _add_alt(entities, row, log)
    if "add" in files:
        for row in read_rows(files["add"], "add", log):
            _add_address(entities, row, log)
    return finish_read(ReadResult(META.dataset, entities=list(entities.values())), log, META, files["sdn"])


def _read_sdn(path: Path, log: ProblemLog) -> list[Entity]:
    out = []
    for row in read_rows(path, "sdn", log):
        ent_num = str(int(row.values["ent_num"] or "0"))
        if not row.values["SDN_Name"]:
            log.error(path, row.line, "SDN_Name", "empty name")
        elif log.first_sighting(ent_num, path, row.line, "ent_num"):
            out.append(entity_from_row(ent_num, row))
    return out


def schema_for(sdn_type: str | None, name: str) -> str:
    if sdn_type and sdn_type.lower() in SCHEMA_BY_TYPE:
        return SCHEMA_BY_TYPE[sdn_type.lower()]
    return organisation_schema(name)


def split_programs(value: str | None) -> list[str]:
    """"NPWMD] [DPRK2" -> ["NPWMD", "DPRK2"]."""
    return [p.strip(" []") for p in (value or "").split("] [") if p.strip(" []")]


def entity_from_row(ent_num: str, row: Row) -> Entity:
    v = row.values
    name = v["SDN_Name"] or ""
    remarks = parse_remarks(v["Remarks"])
    entity = Entity(
        id=make_id(META.dataset, ent_num), schema=schema_for(v["SDN_Type"], name), dataset=META.dataset,
        source_id=ent_num, names=[Name(name, "primary", source_id=ent_num)], programs=split_programs(v["Program"]),
        topics=["sanction"], source_url=DETAILS_URL.format(ent_num), countries=list(remarks.countries),
        identifiers=remarks.identifiers, birth_dates=remarks.birth_dates, notes=remarks.other,
        properties=dict(remarks.properties))
    for alias in remarks.names:
        _add_name(entity, alias.value, alias.kind)
    if remarks.linked_to:
        entity.properties["linkedTo"] = remarks.linked_to
    _add_vessel_fields(entity, v)
    return entity


def _add_vessel_fields(entity: Entity, v: dict[str, str | None]) -> None:
    fields = {"Title": "position", "Call_Sign": "callSign", "Vess_type": "type", "Tonnage": "tonnage",
              "GRT": "grossRegisteredTonnage", "Vess_owner": "owner", "Vess_flag": "flag"}
    for column, prop in fields.items():
        if v[column]:
            entity.properties[prop] = [v[column] or ""]
    flag = to_iso2(v["Vess_flag"])
    if flag and flag not in entity.countries:
        entity.countries.append(flag)


def _add_name(entity: Entity, value: str, kind: str) -> None:
    """One name per value: alt.csv and Remarks often repeat each other."""
    if value and all(n.value != value for n in entity.names):
        entity.names.append(Name(value, kind, source_id=entity.source_id))


def _owner(entities: dict[str, Entity], row: Row, log: ProblemLog) -> Entity | None:
    ent_num = str(int(row.values["ent_num"] or "0"))
    entity = entities.get(ent_num)
    if entity is None:
        log.warn(row.path, row.line, "ent_num", f"ent_num {ent_num} is not in sdn.csv; row skipped")
    return entity


def _add_alt(entities: dict[str, Entity], row: Row, log: ProblemLog) -> None:
    entity = _owner(entities, row, log)
    alt_type = (row.values["alt_type"] or "").lower()
    if entity is None or not row.values["alt_name"]:
        return
    kind = ALT_KINDS.get(alt_type, "alias")
    if "weak" in (row.values["alt_remarks"] or "").lower():
        kind = "weak_alias"
    _add_name(entity, row.values["alt_name"] or "", kind)


def _add_address(entities: dict[str, Entity], row: Row, log: ProblemLog) -> None:
    entity = _owner(entities, row, log)
    if entity is None:
        return
    v = row.values
    country = to_iso2(v["country"])
    parts = [p for p in (v["address"], v["city_state_postal"], v["country"]) if p]
    if parts:
        entity.addresses.append(Address(", ".join(parts), city=v["city_state_postal"], country=country))
    if country and country not in entity.countries:
        entity.countries.append(country)
