"""Outputs handed to customs open safely in a spreadsheet, carry no local paths, and are never half-written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from chainlight.cli import main
from chainlight.edges import written
from chainlight.model.finding import EvidenceStep, Finding
from chainlight.report.cells import CELL_MAX, neutral
from chainlight.report.tables import write_findings_csv


def _long_finding(steps: int) -> Finding:
    evidence = [EvidenceStep("shipment", f"S{i:05d}", "Dandong Hair Processing Co.",
                             f"shipment S{i:05d}: 420 kg of human hair (670300) from 신의주 to Dandong " * 3,
                             0.9, [f"shipment:S{i:05d}"]) for i in range(steps)]
    return Finding("listing", "L-long", 0.97, "high", ["caatsa_321"], "가발 (wig) from a Kaechon-linked chain",
                   evidence)


def test_no_cell_passes_a_spreadsheet_cells_size_and_the_chain_says_where_the_rest_is(tmp_path: Path) -> None:
    path = write_findings_csv([_long_finding(2_000)], tmp_path / "findings.csv")
    csv.field_size_limit(CELL_MAX + 1)  # Python's default reader limit is 131,072; a spreadsheet's cell 32,767
    with path.open(encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert all(len(v) <= CELL_MAX for v in row.values())
    steps = json.loads(row["evidence"])
    assert steps[-1]["see"] == "findings.json" and steps[-1]["more"] == 2_000 - (len(steps) - 1)
    assert steps[0]["subject"] == "S00000"


@pytest.mark.parametrize(("value", "expected"), [
    ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
    ("+82 2 123", "'+82 2 123"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("-0.25", "-0.25"), ("-12", "-12"), ("Pingdu Lash Co.", "Pingdu Lash Co."), ("조선광선은행", "조선광선은행"),
])
def test_formulas_are_neutralised_and_numbers_kept(value: str, expected: str) -> None:
    assert neutral(value) == expected


def test_a_screen_writes_no_formula_and_no_local_path(tmp_path: Path) -> None:
    listings = tmp_path / "listings.csv"
    listings.write_text('listing_id,title,seller_name\n"=cmd|\' /C calc\'!A0",3D mink lashes,'
                        '"=HYPERLINK(""http://evil.example"",""Pingdu Lash"")"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--db", str(tmp_path / "secret-store.duckdb"), "-q", "screen", "--listings", str(listings),
                 "--out", str(out)]) == 0
    with (out / "findings.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and not any(v.startswith(("=", "+", "@")) for row in rows for v in row.values())
    html = (out / "report.html").read_text(encoding="utf-8")
    assert str(tmp_path) not in html and "secret-store.duckdb" in html
    assert str(tmp_path) not in (out / "findings.json").read_text(encoding="utf-8")


def test_a_write_that_fails_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "findings.csv"
    path.write_text("the previous run\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), written(path) as fh:
        fh.write("record_type,record_id\nlisting,L1\n")
        raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "the previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.csv"]
