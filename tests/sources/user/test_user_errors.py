"""Bad user files are refused with file:line:field for every problem, never mis-read."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import InputError
from chainlight.sources.user import listings, shipments, suppliers

SHIP_HEADER = "shipment_id,date,shipper_name,consignee_name,weight_kg,value,shipper_country\n"


def write(tmp_path: Path, text: str, name: str = "shipments.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(err: pytest.ExceptionInfo[InputError]) -> list[tuple[int | None, str | None]]:
    return [(p.line, p.field) for p in err.value.problems]


def test_missing_required_column(tmp_path: Path) -> None:
    path = write(tmp_path, "Shipment_ID,Date,Shipper_Name\nS1,2023-05-01,조선은하무역회사\n")
    with pytest.raises(InputError, match="consignee_name") as err:
        shipments.read([path])
    assert err.value.problem.field == "consignee_name"


def test_every_row_problem_is_collected(tmp_path: Path) -> None:
    path = write(tmp_path, SHIP_HEADER
                 + "S1,2023-05-01,조선은하무역회사,平度市大泽山镇美睫工艺品有限公司,1200,84000,KP\n"
                 + "S2,01/05/2023,조선은하무역회사,平度市大泽山镇美睫工艺品有限公司,12 t,,KP\n"
                 + "S3,2023-02-30,,平度市大泽山镇美睫工艺品有限公司,,abc,KP\n"
                 + "S1,2023-06-01,조선은하무역회사,平度市大泽山镇美睫工艺品有限公司,,,KP\n")
    with pytest.raises(InputError) as err:
        shipments.read([path])
    assert err.value.exit_code == 2
    assert problems(err) == [(3, "date"), (3, "weight_kg"), (4, "date"), (4, "value"),
                             (4, "shipper_name"), (5, "shipment_id")]
    text = str(err.value)
    assert "shipments.csv:3:date: '01/05/2023' is not an ISO 8601 date" in text
    assert "duplicate shipment_id 'S1', also on line 2" in text


def test_unknown_country_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, SHIP_HEADER + "S1,2023-05-01,조선은하무역회사,Lash Co,,,Atlantis\n"
                 + "S2,2023-05-02,朝鲜银河贸易公司,Lash Co,,,朝鲜\n")
    result = shipments.read([path])
    first, second = result.records
    assert first.shipper_country is None and first.extra["shipper_country"] == "Atlantis"  # type: ignore[union-attr]
    assert second.shipper_country == "kp"  # type: ignore[union-attr]
    assert [(w.line, w.field) for w in result.warnings] == [(2, "shipper_country")]


def test_gb18030_file_is_refused_with_advice(tmp_path: Path) -> None:
    prefix = SHIP_HEADER + "S1,2023-05-01,Galaxy Trading,"
    path = write(tmp_path, prefix + "平度市大泽山镇美睫工艺品有限公司,,,KP\n", encoding="gb18030")
    with pytest.raises(InputError) as err:
        shipments.read([path])
    assert err.value.problem.line == 2
    message = err.value.message
    # 平 in GB18030 (C6 BD) happens to be a valid UTF-8 pair; the first invalid byte comes two bytes later.
    assert f"byte offset {len(prefix) + 2}" in message and "GB18030" in message and "iconv" in message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_their_mark_are_read(tmp_path: Path, encoding: str) -> None:
    # what a spreadsheet saves as "Unicode text": the byte-order mark says what it is
    row = "S1,2024-03-02,조선 릉라 무역회사,丹东鸿发贸易有限公司\n"
    path = write(tmp_path, "\ufeff" + SHIP_HEADER + row, encoding=encoding)
    (record,) = shipments.read([path]).records
    assert record.shipper_name == "조선 릉라 무역회사" and record.consignee_name == "丹东鸿发贸易有限公司"


@pytest.mark.parametrize("text", ["", "\ufeff\n\n", SHIP_HEADER])
def test_empty_file(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        shipments.read([write(tmp_path, text)])


def test_bad_json_line(tmp_path: Path) -> None:
    path = write(tmp_path, '{"listing_id": "L1", "title": "假睫毛", "seller_name": "美睫"}\n{"listing_id": \n',
                 name="listings.jsonl")
    with pytest.raises(InputError, match="not valid JSON") as err:
        listings.read([path])
    assert err.value.problem.line == 2


def test_listings_with_chinese_titles(tmp_path: Path) -> None:
    path = write(tmp_path, "listing_id;platform;title;seller_name;seller_country;price;currency;ships_from;shop_rating\n"
                 "1688-774;1688;纯手工真人发假睫毛 朝鲜工艺;平度市大泽山镇美睫工艺品有限公司;中国;3.5;CNY;Qingdao;4.8\n",
                 name="listings.csv")
    (listing,) = listings.read([path]).records
    assert listing.title == "纯手工真人发假睫毛 朝鲜工艺"  # type: ignore[union-attr]
    assert listing.seller_country == "cn" and listing.price == 3.5  # type: ignore[union-attr]
    assert listing.ships_from == "Qingdao"  # type: ignore[union-attr]
    assert listing.extra == {"shop_rating": "4.8"}


def test_suppliers(tmp_path: Path) -> None:
    path = write(tmp_path, "supplier_id,name,country,tier,products,hs_codes\n"
                 "SUP-1,平度市大泽山镇美睫工艺品有限公司,CN,2,false eyelashes,670420\n"
                 "SUP-2,,KP,3,wigs,6704\n", name="suppliers.csv")
    with pytest.raises(InputError) as err:
        suppliers.read([path])
    assert problems(err) == [(3, "name")]
    assert "suppliers.csv:3:name: required value is empty" in str(err.value)
