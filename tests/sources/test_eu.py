from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.eu import read

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "eu_fsf_sample.xml"


@pytest.fixture(scope="module")
def by_id() -> dict:
    return {e.id: e for e in read([FIXTURE]).entities}


def test_version_and_count() -> None:
    result = read([FIXTURE])
    assert result.version == "2024-05-03" and result.count == 3


def test_ryonbong(by_id: dict) -> None:
    e = by_id["eu-5523"]
    assert e.source_ref == "eu:5523" and e.schema == "Company" and e.programs == ["PRK"]
    names = [(n.value, n.kind, n.lang) for n in e.names]
    assert names[0] == ("KOREA RYONBONG GENERAL CORPORATION", "primary", None)
    assert ("Lyongaksan General Trading Corporation", "weak_alias", None) in names  # strong="false"
    assert ("조선련봉총회사", "original_script", "ko") in names
    assert e.countries == ["kp"] and e.listed_on == "2017-08-30"
    assert e.properties["unscId"] == ["KPe.002"]


def test_person(by_id: dict) -> None:
    e = by_id["eu-104001"]
    assert e.schema == "Person" and e.caption == "Ri Won Ho" and e.birth_dates == ["1964-07-17"]
    assert [(i.kind, i.value, i.country) for i in e.identifiers] == [("passport", "381310014", "kp")]


def test_chinese_bureau_is_an_organization(by_id: dict) -> None:
    e = by_id["eu-130011"]
    assert e.schema == "Organization" and e.countries == ["cn"]
    assert ("新疆生产建设兵团公安局", "zh") in [(n.value, n.lang) for n in e.names]


def test_duplicate_and_missing_ids(tmp_path: Path) -> None:
    path = tmp_path / "eu.xml"
    alias = '<nameAlias wholeName="X CO"/>'
    path.write_text(f'<export xmlns="http://eu.europa.ec/fpi/fsd/export">\n<sanctionEntity logicalId="1">{alias}'
                    f'</sanctionEntity>\n<sanctionEntity logicalId="1">{alias}</sanctionEntity>\n'
                    f'<sanctionEntity>{alias}</sanctionEntity>\n</export>')
    with pytest.raises(InputError) as info:
        read([path])
    text = str(info.value)
    assert f"{path}:3:logicalId: duplicate id '1', first seen at {path}:2" in text
    assert f"{path}:4:logicalId" in text


def test_truncated(tmp_path: Path) -> None:
    path = tmp_path / "eu.xml"
    path.write_bytes(FIXTURE.read_bytes()[:1500])
    with pytest.raises(InputError, match="not well-formed"):
        read([path])
