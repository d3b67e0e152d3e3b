"""`chainlight screen --columnar`: Parquet in, DuckDB screen, the same tiers as the row-by-row screen."""

from __future__ import annotations

import csv
import json
import re
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
    parties = {k for k in col if k[0] == "entity"}  # parties at tier low and above, as the row screen gives them
    assert len(col) == 25 + 42 + len(suppliers) + len(parties) and suppliers and parties and "high" in col.values()
    assert row == col
    meta = json.loads((tmp_path / "col" / "findings.json").read_text(encoding="utf-8"))
    assert meta["mode"] == "columnar" and meta["tiers"]["high"] == sum(v == "high" for v in col.values())
    assert all(r.split(":", 1)[0] in ("listing", "shipment", "supplier", "entity") for r in meta["high_records"])
    # summaries and steps in words, never a bare signal code ("; root_counterparty", "upstream_clean (strength 1.00)")
    with open(tmp_path / "col" / "findings.csv", encoding="utf-8") as f:
        found = [r for r in csv.DictReader(f) if r["tier"] != "none"]
    codes = re.compile(r"; [a-z]+(_[a-z]+)+\.?$|\(strength \d")
    assert found and not [r["summary"] for r in found if codes.search(r["summary"])]
    details = [step["detail"] for r in found for step in json.loads(r["evidence"])]
    assert not [d for d in details if codes.search(d) or re.fullmatch(r"[a-z_]+", d)]
    assert any("upstream visible and clean" in r["summary"] for r in found)
    # report.html as the row screen writes it: counts, the flow of tainted goods, the worst findings' chains
    report = (tmp_path / "col" / "report.html").read_text(encoding="utf-8")
    worst = max((r for r in found if r["tier"] == "high"), key=lambda r: float(r["score"]))
    assert f'<b>{meta["tiers"]["high"]}</b>high' in report and worst["record_id"] in report
    assert "<svg" in report and "KOREA DAESONG GENERAL TRADING" in report  # the listed exporter in the Sankey
    assert "risk_v" in report and "<script" not in report


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


def test_a_columnar_run_is_stored_for_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The findings at tier low and above of a columnar screen land in the store with the run, as a row screen's
    do: the API lists the run, pages its findings and opens one with its evidence; tier none stays in the CSV."""
    from fastapi.testclient import TestClient

    from chainlight.api.app import create_app
    from chainlight.settings import Settings
    from chainlight.store import users
    from chainlight.store.db import Store

    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "--db", "chainlight.duckdb", "demo"]) == 0
    for kind in ("listings", "shipments"):
        pq.write_table(pacsv.read_csv(DEMO / f"{kind}.csv"), tmp_path / f"{kind}.parquet")
    assert main(["--quiet", "screen", "--columnar", "--listings", "listings.parquet",
                 "--shipments", "shipments.parquet", "--out", "col"]) == 0
    assert not list((tmp_path / "col").glob(".*"))  # the hidden Parquet of kept findings is gone
    with open(tmp_path / "col" / "findings.csv", encoding="utf-8") as f:
        rows = {(r["record_type"], r["record_id"]): r for r in csv.DictReader(f)}
    kept = {k: r for k, r in rows.items() if r["tier"] != "none"}
    meta = json.loads((tmp_path / "col" / "findings.json").read_text(encoding="utf-8"))
    assert meta["stored_findings"] == len(kept) > 0 and len(kept) < len(rows)

    with Store(tmp_path / "chainlight.duckdb") as store:
        stored = store.con.execute("SELECT record_type, record_id, score, tier, evidence, scorer, summary, policies "
                                   "FROM findings WHERE run_id = ?", [meta["run_id"]]).fetchall()
        key = users.add(store.con, "ana", "analyst", by="tests")
    assert {(t, i): (round(s, 4), tier) for t, i, s, tier, *_ in stored} == {
        k: (round(float(r["score"]), 4), r["tier"]) for k, r in kept.items()}
    # each finding's evidence (its signal set's, the id put in place), summary and policies, as findings.csv has them
    assert {(t, i): (ev, summary, policies) for t, i, _, _, ev, _, summary, policies in stored} == {
        k: (r["evidence"], r["summary"], r["policies"]) for k, r in kept.items()}
    assert all(json.loads(ev) and scorer for _, _, _, _, ev, scorer, _, _ in stored)

    app = create_app(tmp_path / "chainlight.duckdb", Settings())
    try:
        with TestClient(app, headers={"Authorization": f"ApiKey {key}"}) as client:
            runs = client.get("/runs").json()
            assert meta["run_id"] in [r["run_id"] for r in runs]
            page = client.get("/findings", params={"run_id": meta["run_id"], "limit": 5000})
            assert int(page.headers["x-total-count"]) == len(kept)
            high = next(f for f in page.json() if f["tier"] == "high")
            one = client.get(f"/findings/{high['record_id']}", params={"run_id": meta["run_id"]}).json()
            assert one["tier"] == "high" and one["evidence"]
            assert client.get("/ui/findings", params={"run_id": meta["run_id"]}).status_code == 200
            # the view read from the shared chains: the findings that cite the listed exporter, a presumption
            reach = client.get("/findings", params={"run_id": meta["run_id"], "entity": "ofac-12313"}).json()
            cited = {(t, i) for (t, i), r in kept.items() if "ofac:12313" in r["evidence"]}
            assert cited and {(f["record_type"], f["record_id"]) for f in reach} == cited
            assert any(f["presumption"] for f in page.json())
            shown = client.get(f"/ui/findings/{high['record_id']}", params={"run_id": meta["run_id"]})
            assert shown.status_code == 200 and high["record_id"] in shown.text
    finally:
        app.state.chainlight.store.close()
