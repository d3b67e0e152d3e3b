"""The user's records read the same from CSV (any delimiter, with or without BOM), XLSX, JSON lines and
Parquet, with Korean and Chinese names intact."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openpyxl import Workbook

from chainlight.model.records import Shipment
from chainlight.sources import get_reader
from chainlight.sources.user import shipments

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "user"
SHIPMENTS_CSV = FIXTURES / "shipments.csv"
NK_SHIPPER = "조선은하무역회사"
CN_FINISHER = "平度市大泽山镇美睫工艺品有限公司"


def fixture_rows() -> tuple[list[str], list[list[str]]]:
    with open(SHIPMENTS_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def check_shipments(records: list[Shipment], first_line: int) -> None:
    assert [r.shipment_id for r in records] == ["SH-2023-001", "SH-2023-002", "SH-2023-003"]
    first, second, third = records
    assert first.shipper_name == NK_SHIPPER and first.consignee_name == CN_FINISHER
    assert first.shipper_country == "kp" and first.consignee_country == "cn"
    assert first.date == "2023-05-01" and second.date == "2023-05-19"
    assert first.weight_kg == 1250.5 and second.quantity == 1100.0 and second.value == 132000.5
    assert first.hs_code == "670420" and second.consignee_country == "us"
    assert first.extra == {"bl_number": "NMP-DL-7781"}
    assert first.origin is not None and first.origin.endswith(f":{first_line}")
    assert third.weight_kg is None and third.carrier is None and third.quantity == -5.0


def test_csv_comma() -> None:
    result = shipments.read([SHIPMENTS_CSV])
    assert result.dataset == "shipments"
    check_shipments(result.records, first_line=2)  # type: ignore[arg-type]
    assert result.records[0].origin == "shipments.csv:2"
    # Negative quantity is kept for the tracer to skip, with a warning naming the cell.
    assert [(w.line, w.field) for w in result.warnings] == [(4, "quantity")]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_other_delimiters_with_bom(tmp_path: Path, delimiter: str) -> None:
    header, rows = fixture_rows()
    path = tmp_path / "shipments.txt"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows([[h.upper() for h in header], *rows])
    check_shipments(shipments.read([path]).records, first_line=2)  # type: ignore[arg-type]


def test_xlsx(tmp_path: Path) -> None:
    header, rows = fixture_rows()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([f" {h.title()} " for h in header])
    for row in rows:
        sheet.append([_excel_value(v) for v in row])
    path = tmp_path / "shipments.xlsx"
    book.save(path)
    result = get_reader("shipments").read([path])
    check_shipments(result.records, first_line=2)  # type: ignore[arg-type]


def _excel_value(value: str) -> object:
    # As a spreadsheet holds them: numbers as numbers, dates as text typed in.
    try:
        return int(value)
    except ValueError:
        return value or None


def test_jsonl(tmp_path: Path) -> None:
    header, rows = fixture_rows()
    path = tmp_path / "shipments.jsonl"
    lines = [json.dumps({k: v for k, v in zip(header, row, strict=True) if v}, ensure_ascii=False)
             for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check_shipments(shipments.read([path]).records, first_line=1)  # type: ignore[arg-type]


def test_parquet(tmp_path: Path) -> None:
    header, rows = fixture_rows()
    columns = {h: [row[i] or None for row in rows] for i, h in enumerate(header)}
    columns["weight_kg"] = [1250.5, 1180.0, None]  # typed columns as a data pipeline writes them
    path = tmp_path / "shipments.parquet"
    pq.write_table(pa.table(columns), path)
    check_shipments(shipments.read([path]).records, first_line=1)  # type: ignore[arg-type]
