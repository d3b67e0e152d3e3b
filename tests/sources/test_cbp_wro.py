from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from chainlight.errors import InputError
from chainlight.sources.cbp_wro import read

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "cbp_wro_sample.csv"


def test_hair_product_orders() -> None:
    entities = {e.caption: e for e in read([FIXTURE]).entities}
    assert len(entities) == 5
    meixin = entities["Lop County Meixin Hair Product Co., Ltd."]
    assert meixin.listed_on == "2020-06-17" and meixin.countries == ["cn"]
    assert meixin.programs == ["CBP-WRO"] and meixin.topics == ["forced_labour"]
    assert meixin.properties["merchandise"] == ["Hair products"] and meixin.properties["status"] == ["Active"]
    assert entities["Lop County Hair Product Industrial Park"].listed_on == "2020-09-14"
    assert entities["Dalian Ocean Fishing Co. Ltd."].listed_on == "2021-05-28"


def test_xlsx_with_finding(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Country", "Entity", "Merchandise", "Status", "WRO or Finding"])
    sheet.append(["2021-01-13", "China", "Xinjiang Production and Construction Corps", "Cotton", "Active", "WRO"])
    sheet.append(["2020-08-20", "Malaysia", "Top Glove Corporation Bhd.", "Disposable gloves", "Modified",
                  "Finding"])
    path = tmp_path / "wro.xlsx"
    book.save(path)
    entities = read([path]).entities
    assert [e.programs for e in entities] == [["CBP-WRO"], ["CBP-FINDING"]]
    assert entities[1].countries == ["my"] and entities[1].schema == "Company"


def test_bad_date_is_named(tmp_path: Path) -> None:
    path = tmp_path / "wro.csv"
    path.write_text("Date,Country,Entities,Merchandise,Status,WRO or Finding\nsoon,China,X Co.,Wigs,Active,WRO\n")
    with pytest.raises(InputError, match=r"wro\.csv:2:Date: not a date"):
        read([path])
