"""Malformed files are refused with file, line and field (exit 2) or read correctly; never an internal error,
and a store ingested before stays as it was.  One case per class a tester's 248 hostile files fell into."""

from __future__ import annotations

import csv
import io
import json
import lzma
from pathlib import Path

import pytest

from chainlight.cli import main
from chainlight.store import Store
from tests.helpers.snapshots import snapshot, snapshot_bytes

SHIP = "shipment_id,date,shipper_name,consignee_name,weight_kg\n"


def _ingest(db: Path, kind: str, path: Path) -> int:
    return main(["--db", str(db), "-q", "ingest", kind, str(path)])


def _items(db: Path) -> int:
    with Store(db) as store:
        row = store.con.execute("SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM entities)").fetchone()
        return int(row[0]) if row else 0


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    ok = tmp_path / "ok.csv"
    ok.write_text(SHIP + "S0,2024-01-02,조선 릉라 무역회사,Dandong Hongfa,120\n", encoding="utf-8")
    assert _ingest(path, "shipments", ok) == 0
    return path


@pytest.mark.parametrize(("name", "kind", "content", "where"), [
    ("ev.yml", "evidence", "claims:\n  - id: c1\n    summary: '개천 교화소'\n".encode("cp949"), "ev.yml:3"),
    ("ev.yml", "evidence", "claims:\n  - id: c1\n    summary: 'Café'\n".encode("latin-1"), "ev.yml:3"),
    ("deep.json", "ftm", b"[" * 100_000 + b"]" * 100_000, "deep.json:1"),
    ("cut.csv", "shipments", (SHIP + 'S1,2024-01-02,A,"Dandong').encode(), "cut.csv:2"),
    ("short.csv", "shipments", (SHIP + "S1,2024-01-02,A").encode(), "short.csv:2"),
    ("nul.csv", "shipments", (SHIP + "S1,2024-01-02,A\x00B,C,1\n").encode(), "nul.csv:2"),
    ("digits.csv", "shipments", (SHIP + "S1,2024-01-02,A,B,1²3\n").encode(), "digits.csv:2:weight_kg"),
])
def test_refused_with_where_and_nothing_stored(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               name: str, kind: str, content: bytes, where: str) -> None:
    before = _items(db)
    path = tmp_path / name
    path.write_bytes(content)
    assert _ingest(db, kind, path) == 2
    assert where in capsys.readouterr().err
    assert _items(db) == before


def test_korean_bytes_are_advised_as_korean_not_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "listings.csv"
    path.write_bytes("listing_id,title,seller_name\nL1,인모 가발 여성용,평양 무역\n".encode("cp949"))
    assert _ingest(tmp_path / "s.duckdb", "listings", path) == 2
    err = capsys.readouterr().err
    assert "CP949" in err and "GB18030" not in err


def test_xml_with_bytes_its_encoding_does_not_allow(db: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    raw = snapshot_bytes("sanctions/un/consolidated.xml")
    path = tmp_path / "un.xml"
    path.write_bytes(raw[:5000] + b"\xff\xfe\xff" + raw[5000:])
    assert _ingest(db, "un-sc", path) == 2
    assert "un.xml" in capsys.readouterr().err


def test_utf16_csv_with_its_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "listings.csv"
    path.write_bytes("listing_id,title,seller_name\nL1,가발,Pingdu Lash Co.\n".encode("utf-16"))
    db = tmp_path / "s.duckdb"
    assert _ingest(db, "listings", path) == 0
    with Store(db) as store:
        assert [r.title for r in store.records("listings")] == ["가발"]  # type: ignore[union-attr]


def test_two_ftm_exports_that_share_entities_are_an_update(tmp_path: Path) -> None:
    lines = lzma.decompress(snapshot("ftm/yente_fixtures/zala_entities.ftm.json").read_bytes()).decode().splitlines()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text("\n".join(lines[:60]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[40:]) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert _ingest(db, "ftm", first) == 0
    assert _ingest(db, "ftm", second) == 0
    assert _ingest(db, "ftm", first) == 0


def test_an_hs_code_given_twice_differently_is_refused_and_an_identical_one_read_once(tmp_path: Path) -> None:
    from chainlight.errors import InputError
    from chainlight.sources import hs

    lines = snapshot_bytes("hs/harmonized-system/harmonized-system.csv").decode("utf-8").splitlines()
    whole = len(hs.read([snapshot("hs/harmonized-system/harmonized-system.csv")]).hs_codes)
    row = next(csv.reader([lines[100]]))
    same = tmp_path / "same.csv"
    same.write_text("\n".join([*lines[:101], lines[100], *lines[101:]]) + "\n", encoding="utf-8")
    assert len(hs.read([same]).hs_codes) == whole
    other = io.StringIO()
    csv.writer(other, lineterminator="").writerow([row[0], row[1], "Something else entirely", row[3], row[4]])
    differs = tmp_path / "differs.csv"
    differs.write_text("\n".join([*lines[:101], other.getvalue(), *lines[101:]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="given twice") as err:
        hs.read([differs])
    assert (err.value.problem.line, err.value.problem.field) == (102, "hscode")


def test_a_dol_good_listed_twice_with_different_flags_is_refused(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    country = ("<Country><Country_Name>North Korea</Country_Name><Child_Labor>No</Child_Labor>"
               "<Forced_Labor>{fl}</Forced_Labor><Forced_Child_Labor>No</Forced_Child_Labor></Country>")
    xml = ("<Goods><Good><Good_Name>Wigs</Good_Name><Countries>\n" + country.format(fl="Yes") + "\n"
           + country.format(fl="No") + "\n</Countries></Good></Goods>")
    path = tmp_path / "goods.xml"
    path.write_text(xml, encoding="utf-8")
    from chainlight.errors import InputError
    from chainlight.sources import dol

    with pytest.raises(InputError, match="listed twice") as err:
        dol.read([path])
    assert err.value.problem.line == 3
    assert json.dumps(err.value.message)
