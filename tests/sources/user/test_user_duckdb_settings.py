"""The column-wise ingest tunes DuckDB for a piece of its work (one thread for a CSV's cells, small CSV buffers,
no dictionary compression while the items are written) and gives every setting back, also when DuckDB cannot
read the file and Python's reader takes over."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from chainlight import pipeline
from chainlight.errors import InputError
from chainlight.sources.user.common import read_checked, records_of
from chainlight.sources.user.stage import CSV_BUFFER
from chainlight.store import Store

HEADER = "shipment_id,date,shipper_name,consignee_name,weight_kg,value,shipper_country,notes\n"
ROWS = ("S1,2023-05-01,조선은하무역회사,平度市大泽山镇美睫工艺品有限公司,1250.5,84000,KP,\n"
        "S2,2023-05-19,朝鲜银河贸易公司,Pingdu Lash Co.,12,0.1,朝鲜,검사 완료\n")


def settings(con: duckdb.DuckDBPyConnection) -> tuple[object, ...]:
    row = con.execute("SELECT current_setting('threads'), current_setting('disabled_compression_methods'), "
                      "current_setting('preserve_insertion_order')").fetchone()
    assert row is not None
    return tuple(row)


@pytest.mark.parametrize("tail", [
    "",  # DuckDB reads it
    'S3,2023-06-01,"Korea\nRungrado",Dandong Hongfa,5,,KP,\n',  # a quoted line break: Python's reader
    "S3,2023-06-01,Korea Rungrado,Dandong Hongfa,5,,KP,x,y\n",  # more values than columns: refused by Python's
])
def test_reading_a_file_gives_duckdb_its_threads_back(tmp_path: Path, tail: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text(HEADER + ROWS + tail, encoding="utf-8")
    with duckdb.connect() as con:
        con.execute("SET threads = 3")
        before = settings(con)
        try:
            checked = read_checked(con, path, "shipments")
        except InputError as exc:
            assert "3 columns" not in str(exc) and "s.csv:4" in str(exc)  # the line Python's reader names
        else:
            names = [r.shipper_name for r in records_of(con, checked)]
            assert names[:2] == ["조선은하무역회사", "朝鲜银河贸易公司"]
            assert len(names) == (3 if tail else 2)
        assert settings(con) == before


def test_a_value_longer_than_pythons_field_limit_is_read_by_duckdb_whole(tmp_path: Path) -> None:
    # 1.2 MB: over the csv module's limit (128 KiB), under DuckDB's longest line and its buffer (2 MiB)
    notes = "가발 " * 100_000
    assert len(notes.encode()) < CSV_BUFFER
    path = tmp_path / "long.csv"
    path.write_text(HEADER + ROWS + f"S3,2023-06-01,Korea Rungrado,Dandong Hongfa,5,,KP,{notes}\n", encoding="utf-8")
    with duckdb.connect() as con:
        records = records_of(con, read_checked(con, path, "shipments"))
    assert [r.origin for r in records] == ["long.csv:2", "long.csv:3", "long.csv:4"]
    assert records[2].extra == {"notes": notes}  # an extra column is kept as written


def test_a_value_over_every_limit_is_refused_naming_its_line(tmp_path: Path) -> None:
    # the csv module's field limit is process-wide and other tests raise it: hold Python's default here
    limit = csv.field_size_limit(131_072)
    try:
        _refused_naming_its_line(tmp_path)
    finally:
        csv.field_size_limit(limit)


def _refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(HEADER + ROWS + f"S3,2023-06-01,Korea Rungrado,Dandong Hongfa,5,,KP,{'가' * CSV_BUFFER}\n",
                    encoding="utf-8")
    with duckdb.connect() as con, pytest.raises(InputError, match="field limit") as caught:
        read_checked(con, path, "shipments")
    assert caught.value.problems[0].line == 4


def test_storing_gives_duckdb_its_compression_back_and_keeps_the_records_json(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    store = Store(tmp_path / "t.duckdb")
    before = settings(store.con)
    report = pipeline.ingest_files(store, "shipments", [path])
    assert (report.added, report.unchanged) == (2, 0)
    assert settings(store.con) == before
    data = dict(store.con.execute("SELECT id, data FROM items WHERE item_type = 'shipments'").fetchall())
    s1 = json.loads(data["S1"])
    assert (s1["shipper_name"], s1["consignee_name"], s1["weight_kg"]) == (
        "조선은하무역회사", "平度市大泽山镇美睫工艺品有限公司", 1250.5)
    assert json.loads(data["S2"])["extra"] == {"notes": "검사 완료"}
    again = pipeline.ingest_files(store, "shipments", [path])
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
    store.close()
