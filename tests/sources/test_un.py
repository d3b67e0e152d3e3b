from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.un import read
from tests.helpers.snapshots import snapshot, snapshot_bytes


@pytest.fixture(scope="module")
def un_list() -> dict:
    result = read([snapshot("sanctions/un/consolidated.xml")])
    return {"result": result, "by_id": {e.id: e for e in result.entities}}


def test_counts_and_version(un_list: dict) -> None:
    result = un_list["result"]
    assert result.count == 999
    assert sum(e.schema == "Person" for e in result.entities) == 726
    assert result.version == "2026-01-28"


def test_ryonbong(un_list: dict) -> None:
    e = un_list["by_id"]["un-KPe.002"]
    assert e.caption == "KOREA RYONBONG GENERAL CORPORATION" and e.schema == "Company"
    assert e.source_ref == "un:KPe.002" and e.programs == ["DPRK"] and e.listed_on == "2009-04-24"
    assert ("LYONGAKSAN GENERAL TRADING CORPORATION", "former") in [(n.value, n.kind) for n in e.names]
    assert e.countries == ["kp"] and e.addresses[0].city == "Pyongyang"
    assert "Defense conglomerate" in e.notes[0]


def test_komid_alias(un_list: dict) -> None:
    e = un_list["by_id"]["un-KPe.001"]
    assert e.caption == "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    assert ("KOMID", "alias") in [(n.value, n.kind) for n in e.names]  # quotes around "KOMID" dropped


def test_person_details(un_list: dict) -> None:
    e = un_list["by_id"]["un-KPi.033"]
    assert e.caption == "RI WON HO" and e.schema == "Person"
    assert e.birth_dates == ["1964-07-17"] and e.countries == ["kp"]
    assert [(i.kind, i.value) for i in e.identifiers] == [("passport", "381310014")]


def test_weak_aliases_and_original_script(un_list: dict) -> None:
    kinds = {n.kind for e in un_list["result"].entities for n in e.names}
    assert {"primary", "alias", "weak_alias", "former", "original_script"} <= kinds
    scripts = [n for e in un_list["result"].entities for n in e.names if n.kind == "original_script"]
    assert all(n.lang for n in scripts if any(ord(c) > 0x600 for c in n.value))


def test_truncated_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "consolidated.xml"
    path.write_bytes(snapshot_bytes("sanctions/un/consolidated.xml")[:200_000])
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.problem.line is not None and info.value.problem.line > 4000
    assert "not well-formed" in str(info.value)


def test_duplicate_reference_number(tmp_path: Path) -> None:
    entity = "<ENTITY><FIRST_NAME>X CO</FIRST_NAME><REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER></ENTITY>"
    path = tmp_path / "un.xml"
    path.write_text(f"<CONSOLIDATED_LIST><ENTITIES>\n{entity}\n{entity}\n</ENTITIES></CONSOLIDATED_LIST>")
    with pytest.raises(InputError, match=r"duplicate id 'KPe\.900'"):
        read([path])
