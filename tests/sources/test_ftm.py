"""FollowTheMoney exports: parties in, with their sanctions and addresses folded in; everything else counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.model.entity import Entity
from chainlight.sources import get_reader
from chainlight.sources.ftm import read
from tests.helpers.snapshots import snapshot

ZALA = snapshot("ftm/yente_fixtures/zala_entities.ftm.json")
T1 = snapshot("ftm/yente_fixtures/t1_entities.ftm.json")


@pytest.fixture(scope="module")
def zala() -> dict[str, Entity]:
    return {e.source_id: e for e in read([ZALA]).entities}


def test_parties_only(zala: dict[str, Entity]) -> None:
    # 11 companies and 6 people; 41 sanctions, 11 addresses and 1 passport are folded into them.
    assert sorted(e.schema for e in zala.values()).count("Company") == 11
    assert sorted(e.schema for e in zala.values()).count("Person") == 6
    warnings = {w.message.split(":")[0] for w in read([ZALA]).warnings}
    assert warnings == {"skipped 3 Directorship entities", "skipped 4 Family entities",
                        "skipped 14 Ownership entities"}


def test_person_fields(zala: dict[str, Entity]) -> None:
    person = zala["NK-2Tbri3s6GgNtAwsSXh4qpL"]
    # the FtM id and the export's datasets are kept: /entities/NK-... answers for the id OpenSanctions gave it
    assert person.id == "NK-2Tbri3s6GgNtAwsSXh4qpL" and person.dataset == "gb_coh_disqualified"
    assert person.source_ref == "gb_coh_disqualified:NK-2Tbri3s6GgNtAwsSXh4qpL"
    assert person.caption == "Maria Aleksandrovna Osetrova"
    kinds = {n.value: n.kind for n in person.names}
    assert kinds["Мария Александровна Осетрова"] == "primary"
    assert kinds["Zakharova Mariia Oleksandrivna"] == "alias"
    assert kinds["Мария Александровна Захарова"] == "former"
    assert person.countries == ["ru"] and person.birth_dates == ["1988-01-07"]
    assert {"UA-SA1644", "US-RUSHAR", "GB-RUS"} <= set(person.programs)
    assert ("tax", "183116181362") in {(i.kind, i.value) for i in person.identifiers}
    assert "272 Pushkinskaya St., Apt. 41, Izhevsk, 426008" in {a.full for a in person.addresses}
    assert person.source_url is not None and person.source_url.startswith("https://")
    assert "us_ofac_sdn" in person.properties["datasets"]
    assert "ofac-46001" in person.properties["referents"]
    assert person.properties["lastName"][0] == "Osetrova"
    assert person.first_seen == "2023-11-02T16:38:16"


def test_sanctions_and_addresses_folded_in(zala: dict[str, Entity]) -> None:
    cst = next(e for e in zala.values() if e.caption == "LLC CST")
    assert cst.listed_on == "2021-10-30"
    assert "Department of Foreign Affairs and Trade" in cst.properties["authority"]
    assert len(cst.programs) > 10
    # Addresses reached through addressEntity referents ("addr-...") carry city and country.
    assert any(a.country == "ru" for a in cst.addresses)


def test_t1_organization(tmp_path: Path) -> None:
    entities = {e.source_id: e for e in read([T1]).entities}
    org = entities["NK-2GdmHtZTeNXjNVrBGEXZNj"]
    assert org.schema == "Organization" and org.countries == ["by"]
    assert org.caption == "RAB „Inter Tobacco“"
    assert ("registration", "808000714") in {(i.kind, i.value) for i in org.identifiers}


def test_hangul_names_carry_korean(tmp_path: Path) -> None:
    path = tmp_path / "kp.ftm.json"
    path.write_text('{"id": "kp-1", "schema": "Company", "caption": "조선은하무역회사", "properties": '
                    '{"name": ["조선은하무역회사", "Korea Unha Trading Company"], "country": ["kp"], '
                    '"topics": ["sanction", "forced.labor"]}, "datasets": ["demo"]}\n', encoding="utf-8")
    (entity,) = read([path]).entities
    assert [(n.value, n.lang) for n in entity.names] == [("조선은하무역회사", "ko"),
                                                        ("Korea Unha Trading Company", None)]
    assert entity.topics == ["sanction", "forced_labour"]


@pytest.mark.parametrize(("line", "field"), [
    ('{"id": "x", "schema": "Person", "properties": {"name": ["A"]}}\n{"id": "y", "schema": "Persn"}', "schema"),
    ('{"id": "x", "schema": "Person", "properties": {"name": ["A"]}}\n{"schema": "Person"}', "id"),
    ('{"id": "x", "schema": "Person", "properties": {"name": ["A"]}}\n{"id": "y", "sch', None),
])
def test_bad_lines_name_the_line(tmp_path: Path, line: str, field: str | None) -> None:
    path = tmp_path / "bad.ftm.json"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read([path])
    assert (err.value.problem.line, err.value.problem.field) == (2, field)


def test_registered() -> None:
    assert get_reader("ftm").meta.publisher == "OpenSanctions (FollowTheMoney format)"


def test_a_party_given_twice_is_read_once_and_named(tmp_path: Path) -> None:
    line = ('{"id": "NK-x", "schema": "Company", "properties": {"name": ["Daesong Trading"]}, '
            '"datasets": ["us_ofac_sdn", "un_sc_sanctions"]}')
    path = tmp_path / "twice.json"
    path.write_text(line + "\n" + line + "\n", encoding="utf-8")
    result = read([path])
    assert [(e.id, e.dataset) for e in result.entities] == [("NK-x", "us_ofac_sdn")]
    assert result.entities[0].properties["datasets"] == ["us_ofac_sdn", "un_sc_sanctions"]
    assert any(w.line == 2 and "given again" in w.message for w in result.warnings)


def test_an_export_without_datasets_is_in_ftm(tmp_path: Path) -> None:
    path = tmp_path / "plain.json"
    path.write_text('{"id": "acme-1", "schema": "Company", "properties": {"name": ["Acme"]}}\n', encoding="utf-8")
    assert [(e.id, e.dataset) for e in read([path]).entities] == [("acme-1", "ftm")]


def test_an_id_another_source_holds_is_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    from chainlight.pipeline import ingest_files
    from chainlight.store import Store

    first, second = tmp_path / "a.ftm.json", tmp_path / "b.ftm.json"
    first.write_text('{"id": "ofac-9345", "schema": "Company", "properties": {"name": ["KOMID"]}, '
                     '"datasets": ["us_ofac_sdn"]}\n', encoding="utf-8")
    second.write_text('{"id": "NK-new", "schema": "Company", "properties": {"name": ["Unha Trading"]}}\n'
                      '{"id": "ofac-9345", "schema": "Company", "properties": {"name": ["조선광업개발무역회사"]}}\n',
                      encoding="utf-8")
    store = Store(tmp_path / "s.duckdb")
    try:
        ingest_files(store, "ftm", [first])
        with pytest.raises(InputError) as err:
            ingest_files(store, "ftm", [second])
        assert err.value.problem.field == "id" and "ofac-9345" in str(err.value) and "a.ftm.json" in str(err.value)
        assert store.entity_count() == 1  # NK-new was not stored either
        assert ingest_files(store, "ftm", [first]).unchanged == 1  # the same file again is no clash
    finally:
        store.close()
