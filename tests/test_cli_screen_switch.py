"""`chainlight screen --shipments F` stores the files and, above a number of records, takes the columnar path
by itself, with the tiers the row-by-row screen gives."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from chainlight import pipeline
from chainlight.cli import main

DEMO = Path(__file__).resolve().parents[1] / "src" / "chainlight" / "data" / "demo"


def _tiers(path: Path) -> dict[tuple[str, str], str]:
    with open(path, encoding="utf-8") as f:
        return {(r["record_type"], r["record_id"]): r["tier"] for r in csv.DictReader(f)}


def test_many_records_take_the_columnar_path_with_the_same_tiers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "--db", "chainlight.duckdb", "demo"]) == 0  # the lists in the default store
    files = ["--listings", str(DEMO / "listings.csv"), "--shipments", str(DEMO / "shipments.csv")]
    assert main(["--quiet", "screen", *files, "--out", "row"]) == 0
    monkeypatch.setattr(pipeline, "COLUMNAR_MIN_RECORDS", 50)  # the demo's 67 records count as many
    assert main(["screen", *files, "--out", "col"]) == 0
    assert "screened column-wise" in capsys.readouterr().err
    meta = json.loads((tmp_path / "col" / "findings.json").read_text(encoding="utf-8"))
    assert meta["mode"] == "columnar" and "columnar" in (tmp_path / "col" / "report.html").read_text(encoding="utf-8")
    row, col = _tiers(tmp_path / "row" / "findings.csv"), _tiers(tmp_path / "col" / "findings.csv")
    assert len({k for k in col if k[0] != "entity"}) == 25 + 42 and row == col  # parties too, as the row screen
    assert not list((tmp_path / "col").glob(".records-*"))  # the Parquet handed to the screen is removed
    # the records were stored, once: a second screen finds them unchanged
    assert main(["--quiet", "ingest", "shipments", str(DEMO / "shipments.csv")]) == 0
    assert "0 added, 0 changed, 0 removed, 42 unchanged" in capsys.readouterr().out
