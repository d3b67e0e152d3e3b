"""`chainlight screen --columnar`: Parquet in, DuckDB screen, the same tiers as the row-by-row screen."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from chainlight.cli import main

DEMO = Path(__file__).resolve().parents[1] / "src" / "chainlight" / "data" / "demo"


def _tiers(path: Path) -> dict[tuple[str, str], str]:
    with open(path, encoding="utf-8") as f:
        return {(r["record_type"], r["record_id"]): r["tier"] for r in csv.DictReader(f)}


def test_columnar_screen_gives_the_row_screens_tiers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "--db", "chainlight.duckdb", "demo"]) == 0  # lists, evidence and priors there
    for kind in ("listings", "shipments", "suppliers"):
        pq.write_table(pacsv.read_csv(DEMO / f"{kind}.csv"), tmp_path / f"{kind}.parquet")
    assert main(["--quiet", "screen", "--columnar", "--listings", "listings.parquet",
                 "--shipments", "shipments.parquet", "--suppliers", "suppliers.parquet", "--out", "col"]) == 0
    assert main(["--quiet", "screen", "--listings", str(DEMO / "listings.csv"),
                 "--shipments", str(DEMO / "shipments.csv"), "--suppliers", str(DEMO / "suppliers.csv"),
                 "--out", "row"]) == 0
    col, row = _tiers(tmp_path / "col" / "findings.csv"), _tiers(tmp_path / "row" / "findings.csv")
    suppliers = {k for k in col if k[0] == "supplier"}
    assert len(col) == 25 + 42 + len(suppliers) and suppliers and "high" in col.values()
    assert {k: v for k, v in row.items() if k[0] in ("listing", "shipment", "supplier")} == col
    meta = json.loads((tmp_path / "col" / "findings.json").read_text(encoding="utf-8"))
    assert meta["mode"] == "columnar" and meta["tiers"]["high"] == sum(v == "high" for v in col.values())
    assert all(r.split(":", 1)[0] in ("listing", "shipment", "supplier") for r in meta["high_records"])


def test_columnar_screen_refuses_csv_and_suppliers_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    assert main(["--db", db, "-q", "screen", "--columnar", "--listings", str(DEMO / "listings.csv")]) == 2
    assert "listings.csv" in capsys.readouterr().err
    pq.write_table(pacsv.read_csv(DEMO / "suppliers.csv"), tmp_path / "suppliers.parquet")
    assert main(["--db", db, "-q", "screen", "--columnar", "--suppliers", str(tmp_path / "suppliers.parquet")]) == 2
    assert "--listings or --shipments" in capsys.readouterr().err
    assert main(["--db", db, "-q", "screen", "--columnar", "--shipments", str(DEMO / "shipments.csv"),
                 "--suppliers", str(DEMO / "suppliers.csv")]) == 2


def test_columnar_screen_refuses_damaged_parquet_and_missing_columns(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 truncated download")
    assert main(["--db", db, "-q", "screen", "--columnar", "--listings", str(bad)]) == 2
    assert "bad.parquet" in capsys.readouterr().err
    table = pacsv.read_csv(DEMO / "shipments.csv")
    pq.write_table(table.drop(["consignee_name"]), tmp_path / "s.parquet")
    assert main(["--db", db, "-q", "screen", "--columnar", "--shipments", str(tmp_path / "s.parquet")]) == 2
    assert "consignee_name" in capsys.readouterr().err
