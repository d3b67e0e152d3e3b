"""Entities written as FtM JSON lines validate with followthemoney and read back the same."""

from __future__ import annotations

import io
import json
from pathlib import Path

from followthemoney import model

from chainlight.model.entity import Address, Entity, Identifier, Name
from chainlight.sources.ftm import read
from chainlight.sources.ftm.export import entity_to_ftm, write_ftm
from tests.helpers.snapshots import snapshot

ZALA = snapshot("ftm/yente_fixtures/zala_entities.ftm.json")


def test_round_trip_zala(tmp_path: Path) -> None:
    first = read([ZALA]).entities
    out = tmp_path / "out.ftm.json"
    with open(out, "w", encoding="utf-8") as fh:
        assert write_ftm(first, fh) == 17
    second = {e.id: e for e in read([out]).entities}
    assert set(second) == {e.id for e in first}
    for entity in first:
        again = second[entity.id]
        assert set(again.all_names()) == set(entity.all_names())
        assert again.countries == entity.countries
        assert again.schema == entity.schema
        assert {a.full for a in again.addresses} == {a.full for a in entity.addresses}
        assert set(again.programs) == set(entity.programs)
        assert again.properties["datasets"] == entity.properties["datasets"]


def kaechon() -> Entity:
    return Entity(
        id="evidence-kaechon-kyohwaso-1", schema="Facility", dataset="evidence", source_id="kaechon-kyohwaso-1",
        names=[Name("Kaechon Kyohwaso No. 1", "primary", "en"), Name("개천 제1교화소", "original_script", "ko"),
               Name("价川第1教化所", "alias", "zh"), Name("Kaechon Prison Camp", "weak_alias")],
        countries=["kp"], identifiers=[Identifier("other", "KP-PC-01")],
        addresses=[Address("Kaechon, South Pyongan Province", "Kaechon", "kp")],
        topics=["forced_labour", "sanction"], programs=["DPRK3"], notes=["Makes wigs and false eyelashes."],
        source_url="https://example.org/reports/kaechon",
    )


def test_hangul_facility_exports_as_valid_ftm() -> None:
    data = entity_to_ftm(kaechon())
    proxy = model.get_proxy(data)  # raises if the schema or a property is not FtM
    assert proxy.schema.name == "Organization" and proxy.id == "evidence-kaechon-kyohwaso-1"
    assert set(proxy.get("name")) == {"Kaechon Kyohwaso No. 1", "개천 제1교화소"}
    assert proxy.get("alias") == ["价川第1教化所"] and proxy.get("weakAlias") == ["Kaechon Prison Camp"]
    assert proxy.get("country") == ["kp"] and proxy.get("topics") == ["forced.labor", "sanction"]
    assert proxy.get("address") == ["Kaechon, South Pyongan Province"]
    assert proxy.get("program") == ["DPRK3"] and proxy.get("idNumber") == ["KP-PC-01"]
    assert proxy.get("sourceUrl") == ["https://example.org/reports/kaechon"]
    assert data["datasets"] == ["evidence"] and data["caption"] == "Kaechon Kyohwaso No. 1"


def test_write_ftm_is_json_lines_with_hangul_as_text() -> None:
    buffer = io.StringIO()
    assert write_ftm([kaechon(), kaechon()], buffer) == 2
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2 and "개천 제1교화소" in lines[0]
    assert json.loads(lines[1])["schema"] == "Organization"


def test_identifier_without_its_property_falls_back() -> None:
    vessel = Entity(id="ofac-1", schema="Vessel", dataset="ofac-sdn", source_id="1",
                    names=[Name("CHON MA SAN")], identifiers=[Identifier("passport", "P1")])
    proxy = model.get_proxy(entity_to_ftm(vessel))
    assert proxy.get("notes") == ["passport: P1"]
