from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.ofac import META, read, split_programs
from chainlight.sources.ofac.remarks import parse_remarks
from tests.helpers.snapshots import snapshot


@pytest.fixture(scope="module")
def sdn_2024() -> dict:
    result = read([snapshot("sanctions/ofac/sdn.csv")])
    return {"result": result, "by_id": {e.id: e for e in result.entities}}


@pytest.fixture(scope="module")
def set_2021() -> dict:
    folder = "sanctions/ofac/sdn_csv_set_2021-04"
    result = read([snapshot(f"{folder}/{name}") for name in ("alt.csv", "sdn.csv", "add.csv")])  # any order
    return {"result": result, "by_id": {e.id: e for e in result.entities}}


def test_reads_every_row_of_the_2024_list(sdn_2024: dict) -> None:
    assert sdn_2024["result"].count == 14965
    assert sdn_2024["result"].dataset == META.dataset == "ofac-sdn"


def test_ryonbong(sdn_2024: dict) -> None:
    e = sdn_2024["by_id"]["ofac-9347"]
    assert e.caption == "KOREA RYONBONG GENERAL CORPORATION"
    assert e.schema == "Company" and e.programs == ["NPWMD"] and e.source_ref == "ofac:9347"
    assert e.source_url == "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=9347"


def test_komid_alias_from_remarks(sdn_2024: dict) -> None:
    e = sdn_2024["by_id"]["ofac-9345"]
    assert [(n.value, n.kind) for n in e.names] == [
        ("KOREA MINING DEVELOPMENT TRADING CORPORATION", "primary"), ("KOMID", "alias")]
    assert e.programs == ["NPWMD", "DPRK2"]


def test_prison_bureau_is_an_organization(sdn_2024: dict) -> None:
    e = sdn_2024["by_id"]["ofac-19790"]
    assert e.caption == "MINISTRY OF PEOPLE'S SECURITY CORRECTIONAL BUREAU"
    assert e.schema == "Organization" and e.programs == ["DPRK3"]


def test_person_vessel_aircraft(sdn_2024: dict) -> None:
    paek = sdn_2024["by_id"]["ofac-15667"]
    assert paek.schema == "Person" and paek.caption == "PAEK, Chang-Ho"
    assert paek.birth_dates == ["1964-06-18"]
    assert [(i.kind, i.value) for i in paek.identifiers] == [("passport", "381420754")]
    assert sdn_2024["by_id"]["ofac-15771"].properties["linkedTo"] == ["NATIONAL DEFENSE COMMISSION"]
    ebano = sdn_2024["by_id"]["ofac-4243"]
    assert ebano.schema == "Vessel" and "pa" in ebano.countries
    assert [(n.value, n.kind) for n in ebano.names[1:]] == [("ANA I", "former"), ("SAND SWAN", "former")]
    assert ("imo", "7406784") in [(i.kind, i.value) for i in ebano.identifiers]
    assert sdn_2024["by_id"]["ofac-15431"].schema == "Airplane"


def test_three_file_set_joins_aliases_and_addresses(set_2021: dict) -> None:
    assert set_2021["result"].count == 8890
    komid = set_2021["by_id"]["ofac-9345"]
    names = {n.value: n.kind for n in komid.names}
    assert names["CHANGGWANG SINYONG CORPORATION"] == "alias"
    assert names["KOMID"] == "alias"
    assert len([n for n in komid.names if n.value == "KOMID"]) == 1  # in Remarks and alt.csv, kept once
    assert komid.addresses[0].full == "Central District, Pyongyang, Korea, North"
    assert komid.addresses[0].country == "kp"
    assert komid.countries[:2] == ["kp", "cn"]


def test_remarks() -> None:
    r = parse_remarks("DOB 13 Feb 1969; alt. DOB circa 1970; DOB 01 Jan 1946 to 31 Dec 1946; "
                      "nationality Korea, North; citizen China; a.k.a. 'AL-WARD, 'Abd'; "
                      "f.k.a. 'OLD NAME'; a.k.a. 'THIN' (weak); Passport 654321 (Korea, North) expires 2020; "
                      "SWIFT/BIC KORYKPPY; Linked To: KOREA KWANGSON BANKING CORP.")
    assert r.birth_dates == ["1969-02-13", "1970", "1946"]
    assert r.countries == ["kp", "cn"]
    assert [(n.value, n.kind) for n in r.names] == [
        ("AL-WARD, 'Abd", "alias"), ("OLD NAME", "former"), ("THIN", "weak_alias")]
    assert [(i.kind, i.value, i.country) for i in r.identifiers] == [
        ("passport", "654321", "kp"), ("swift", "KORYKPPY", None)]
    assert r.linked_to == ["KOREA KWANGSON BANKING CORP"]


def test_split_programs() -> None:
    assert split_programs("DPRK3] [DPRK4") == ["DPRK3", "DPRK4"]
    assert split_programs(None) == []


def _write(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n\x1a").encode("cp1252"))
    return path


ROW = '{n},"{name}","-0- ","DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- '


def test_bad_rows_are_named(tmp_path: Path) -> None:
    path = _write(tmp_path / "sdn.csv", [ROW.format(n=1, name="A CO"), ROW.format(n="X1", name="B"),
                                          '2,"short row"', ROW.format(n=1, name="DUP CO")])
    with pytest.raises(InputError) as info:
        read([path])
    messages = [str(p) for p in info.value.problems]
    assert messages[0].startswith(f"{path}:2:ent_num")
    assert any(":3:" in m and "expected 12 columns" in m for m in messages)
    assert any(":4:ent_num" in m and "first seen at" in m and ":1" in m for m in messages)
    assert info.value.exit_code == 2


def test_small_file_fails_as_truncated_and_cp1252_decodes(tmp_path: Path) -> None:
    path = _write(tmp_path / "sdn.csv", [ROW.format(n=1, name="CAF\xc9 CO")])
    with pytest.raises(InputError, match="truncated"):
        read([path])


def test_cp1252_bytes_are_decoded() -> None:
    from chainlight.sources.textfile import decode_legacy
    assert decode_legacy("CAFÉ".encode("cp1252")) == "CAFÉ"
    assert decode_legacy(b"\x81") == "\x81"


def test_add_without_sdn_is_an_input_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "add.csv", ['1,2,"street","Pyongyang","Korea, North",-0- '])
    with pytest.raises(InputError, match=r"sdn\.csv is missing"):
        read([path])


def test_renamed_extract_is_read_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path / "sdn_extract.csv", [ROW.format(n=19790, name="MINISTRY OF PEOPLE'S SECURITY")])
    result = read([path])
    assert [e.id for e in result.entities] == ["ofac-19790"]
    assert "an extract" in result.warnings[0].message
