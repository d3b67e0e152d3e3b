"""The column-wise reading gives what the row-by-row reader gave: the same values, lines and messages, for
files DuckDB reads and for those it hands to Python's csv module (quoted line breaks, stray quotes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chainlight.errors import InputError
from chainlight.model.records import Listing, Shipment
from chainlight.sources.user import listings, shipments, values
from chainlight.sources.user.stage import record_lines

HEADER = "shipment_id,date,shipper_name,consignee_name,shipper_address,weight_kg,value,shipper_country,bl_no\n"


def write(tmp_path: Path, text: str, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def ships(path: Path) -> list[Shipment]:
    return [r for r in shipments.read([path]).records if isinstance(r, Shipment)]


def test_lines_count_blank_lines_and_skip_blank_rows(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "S1,2023-05-01,조선은하무역회사,平度市美睫,,1200,,KP,\n\n   \n,,,,,,,,\r\n"
                 "S2,2023-05-19,朝鲜银河贸易公司,Pingdu Lash Co.,,\"1,180.5\",,朝鲜,NMP-1\n")
    first, second = ships(path)
    assert (first.origin, second.origin) == ("s.csv:2", "s.csv:6")
    assert second.weight_kg == 1180.5 and second.shipper_country == "kp" and second.extra == {"bl_no": "NMP-1"}


def test_a_quoted_line_break_and_a_stray_quote_keep_their_lines(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + 'S1,2023-05-01,Korea Rungrado,Dandong Hongfa,"Pyongyang\nPotonggang",,,KP,\n'
                 'S2,2023-05-02,Korea Rungrado,22" wig works,,,,KP,\n'
                 "S3,2023-05-03,Korea Rungrado,Dandong Hongfa,,,,KP,\n")
    s1, s2, s3 = ships(path)
    assert s1.shipper_address == "Pyongyang\nPotonggang" and s2.consignee_name == '22" wig works'
    assert [s.origin for s in (s1, s2, s3)] == ["s.csv:2", "s.csv:4", "s.csv:5"]


def test_unicode_spaces_are_stripped_from_fields_and_kept_in_extra(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "\u3000S1\u3000,2023-05-01 ,\xa0조선 릉라\xa0,Lash Co,,, 12 ,\tKP ,  kept  \n")
    (s,) = ships(path)
    assert (s.shipment_id, s.date, s.shipper_name, s.value) == ("S1", "2023-05-01", "조선 릉라", 12.0)
    assert s.shipper_country == "kp" and s.extra == {"bl_no": "  kept  "}


@pytest.mark.parametrize("raw", ["1,234,567.5", "1 234", "١٢٣", "1_000", "+.5e3", "1e400", "nan", "12 t", "0x10",
                                 "-3"])
def test_numbers_are_judged_as_values_py_judges_them(tmp_path: Path, raw: str) -> None:
    path = write(tmp_path, HEADER + f'S1,2023-05-01,A,B,,,"{raw}",,\n')
    try:
        expected: float | str | None = values.number(raw)
    except ValueError as exc:
        expected = f"{path}:2:value: {exc}"
    try:
        got: float | str | None = ships(path)[0].value
    except InputError as err:
        got = str(err)
    assert got == expected


@pytest.mark.parametrize("raw", ["2023-02-30", "2024-02-29T10:00:00Z", "2024-02-29 10:00", "0000-01-01",
                                 "01/05/2023", "2023-5-1"])
def test_dates_are_judged_as_values_py_judges_them(tmp_path: Path, raw: str) -> None:
    path = write(tmp_path, HEADER + f"S1,{raw},A,B,,,,,\n")
    try:
        expected = values.iso_date(raw)
    except ValueError as exc:
        expected = f"{path}:2:date: {exc}"
    try:
        got = ships(path)[0].date
    except InputError as err:
        got = str(err)
    assert got == expected


def test_parquet_with_typed_columns(tmp_path: Path) -> None:
    path = tmp_path / "l.parquet"
    pq.write_table(pa.table({"Listing_ID": [1001.0, 1002.5], "title": ["假睫毛 10 pairs", "가발"],
                             "seller_name": ["平度美睫", "평양 무역"], "price": [3, None],
                             "listed": [dt.datetime(2024, 3, 2, 10, 0), None], "seller_country": ["中国", "Atlantis"]}),
                   path)
    result = listings.read([path])
    a, b = (r for r in result.records if isinstance(r, Listing))
    assert (a.listing_id, b.listing_id, a.price, a.seller_country, a.origin) == ("1001", "1002.5", 3.0, "cn", "l.parquet:1")
    assert a.extra == {"listed": "2024-03-02 10:00:00"} and b.extra == {"seller_country": "Atlantis"}
    assert [(w.line, w.field) for w in result.warnings] == [(2, "seller_country")]


def test_problems_of_a_large_file_come_in_line_order(tmp_path: Path) -> None:
    rows = "".join(f"S{i},{'2023-01-01' if i % 3 else 'yesterday'},A,B,,,,,\n" for i in range(3000))
    with pytest.raises(InputError) as err:
        shipments.read([write(tmp_path, HEADER + rows)])
    lines = [p.line or 0 for p in err.value.problems]
    assert len(lines) == 1000 and lines == sorted(lines) and lines[0] == 2
    assert "s.csv:2:date: 'yesterday' is not an ISO 8601 date" in str(err.value)


def test_record_lines_skip_empty_lines_and_refuse_a_bare_carriage_return() -> None:
    assert list(record_lines(b"h\na\n\nb\r\n\r\nc")) == [2, 4, 6]  # type: ignore[arg-type]
    assert record_lines(b"h\ra\rb\r") is None


def test_columns_without_a_name_or_named_alike_are_staged_or_refused() -> None:
    import duckdb

    from chainlight.sources.user import tables
    from chainlight.sources.user.stage import stage_table

    con = duckdb.connect()
    empty = tables.Table(Path("listings.jsonl"), ["listing_id", ""], [(1, {"listing_id": "L1", "": None})])
    assert stage_table(con, empty, ["listing_id"]).columns == ["listing_id"]  # an empty unnamed column: left out
    full = tables.Table(Path("listings.jsonl"), ["listing_id", ""], [(1, {"listing_id": "L1"}), (2, {"": "가발"})])
    with pytest.raises(InputError) as unnamed:
        stage_table(con, full, ["listing_id"])
    assert unnamed.value.problem.line == 2
    alike = tables.Table(Path("listings.jsonl"), ["Title", "title"], [(1, {"Title": "a", "title": "b"})])
    with pytest.raises(InputError, match="named alike"):
        stage_table(con, alike, ["title"])
    nul = tables.Table(Path("listings.jsonl"), ["listing_id", "ti\x00tle"], [(1, {"listing_id": "L1", "ti\x00tle": "a"})])
    with pytest.raises(InputError, match="NUL") as named:
        stage_table(con, nul, ["listing_id"])
    assert named.value.problem.field == repr("ti\x00tle")


def test_record_lines_read_in_blocks_count_as_the_whole_file() -> None:
    import io
    import random

    rng = random.Random(7)
    for _ in range(2000):
        data = bytes(rng.choice(b"ab,\n\n\r") for _ in range(rng.randint(1, 40)))
        whole = record_lines(data, block=1 << 20)
        for block in (1, 2, 3, 5):
            got = record_lines(io.BytesIO(data), block=block)
            assert (got is None) == (whole is None), (data, block)
            if whole is not None and got is not None:
                assert list(got) == list(whole), (data, block)
    assert record_lines(b"h\na\r") is None  # a CR at the very end, however the blocks fall
    assert record_lines(b"h\na\x00b\n") is None  # a NUL byte: Python's reader words it



def test_odd_values_read_by_values_py_in_slices_keep_their_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    # the distinct values SQL does not read go to values.py and back to DuckDB a slice at a time (numpy arrays):
    # a value, its conversion and the NULLs beside it must stay on one row across slices
    from chainlight.sources.user import checks

    monkeypatch.setattr(checks, "FIX_SLICE", 2)
    cells = [("1,250.5", "84,000", "North Korea"), ("12", "1 234", "朝鲜"), ("3", "0.5", "조선민주주의인민공화국"),
             ("7,000", "", "Korea, Democratic People's Republic of"), ("", "2,500", "KP")]
    rows = "".join(f'S{i},2023-05-0{i},A{i},B,,"{w}","{v}","{c}",\n' for i, (w, v, c) in enumerate(cells, start=1))
    got = ships(write(tmp_path, HEADER + rows))
    assert [(s.weight_kg, s.value, s.shipper_country) for s in got] == [
        (values.number(w), values.number(v), values.country(c)) for w, v, c in cells]
    bad = write(tmp_path, HEADER + rows + "S9,2023-05-09,A,B,,1.2.3,,Atlantis,\n", "bad.csv")
    with pytest.raises(InputError) as caught:
        ships(bad)
    assert [(p.line, p.field) for p in caught.value.problems][:1] == [(7, "weight_kg")]
