from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.uk import read

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


def test_fcdo_csv_groups_rows_by_unique_id() -> None:
    result = read([FIXTURES / "uk_sanctions_list_sample.csv"])
    assert result.version == "2024-05-03" and result.count == 3
    by_id = {e.id: e for e in result.entities}
    ryonbong = by_id["uk-DPR0115"]
    assert ryonbong.source_ref == "uk:DPR0115" and ryonbong.schema == "Company"
    names = [(n.value, n.kind, n.lang) for n in ryonbong.names]
    assert names[0] == ("KOREA RYONBONG GENERAL CORPORATION", "primary", None)
    assert ("조선련봉총회사", "original_script", "ko") in names
    assert ("LYONGAKSAN GENERAL TRADING CORPORATION", "weak_alias", None) in names
    assert len(ryonbong.addresses) == 2 and ryonbong.countries == ["kp"]
    assert ryonbong.listed_on == "2009-04-24" and ryonbong.properties["unscId"] == ["KPe.002"]
    ri = by_id["uk-DPR0033"]
    assert ri.schema == "Person" and ri.caption == "Won Ho RI" and ri.birth_dates == ["1964-07-17"]
    assert [(i.kind, i.value) for i in ri.identifiers] == [("passport", "381310014")]
    ship = by_id["uk-DPR0075"]
    assert ship.schema == "Vessel" and ship.countries == ["km"]
    assert [(i.kind, i.value) for i in ship.identifiers] == [("imo", "9562233")]


def test_ofsi_conlist() -> None:
    result = read([FIXTURES / "uk_ofsi_conlist_sample.csv"])
    by_id = {e.id: e for e in result.entities}
    assert set(by_id) == {"uk-11283", "uk-13411"}
    assert [n.kind for n in by_id["uk-11283"].names] == ["primary", "original_script", "alias"]
    assert by_id["uk-13411"].countries == ["kp"]


def test_not_a_uk_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Report Date: 01-Jan-2024\nfoo,bar\n1,2\n")
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.problem.line == 2


def test_short_row_and_missing_name(tmp_path: Path) -> None:
    source = (FIXTURES / "uk_sanctions_list_sample.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "uk.csv"
    path.write_text("\n".join([*source[:3], "01/01/2024,DPR9999", "01/01/2024,DPR9998" + "," * 57]) + "\n")
    with pytest.raises(InputError) as info:
        read([path])
    text = str(info.value)
    assert f"{path}:4: expected 58 columns" in text and f"{path}:5:Name 6: DPR9998 has no name" in text


@pytest.mark.parametrize("name", ["uk_sanctions_list_sample.csv", "uk_ofsi_conlist_sample.csv"])
def test_blank_lines_before_the_date_line_are_skipped(tmp_path: Path, name: str) -> None:
    raw = (FIXTURES / name).read_bytes()
    padded = tmp_path / name
    padded.write_bytes(b"\r\n\r\n" + raw)
    assert [e.id for e in read([padded]).entities] == [e.id for e in read([FIXTURES / name]).entities]
