"""GET /findings as a workspace: search in any script, filters, ranking, sorting, bounded pages, and the view
exported as CSV and XLSX with safe cells."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from chainlight.report.cells import CELL_MAX


def _ids(client: TestClient, **params: object) -> list[str]:
    answer = client.get("/findings", params={"limit": 5000, **params})
    assert answer.status_code == 200, answer.text
    return [f["record_id"] for f in answer.json()]


def test_search_finds_a_party_in_hangul_hanzi_and_latin(client: TestClient) -> None:
    hangul = _ids(client, q="조선대성총무역회사")
    # the bill of lading S002 writes the shipper in Hangul; L001's chain reaches it two legs up
    assert "S002" in hangul and "L001" in hangul
    # no record spells it in Chinese characters: the name matcher reads 朝鲜大成 as 조선대성, the listed body
    hanzi = _ids(client, q="朝鲜大成总贸易公司")
    assert "S002" in hanzi and "L001" in hanzi
    latin = _ids(client, q="Korea Daesong General Trading Corporation")
    assert {"S001", "S002", "L001"} <= set(latin)
    # text in the record itself, any case, full-width letters folded
    assert _ids(client, q="ＧＬＡＭＬＡＳＨ")[:0] == [] and "L001" in _ids(client, q="glamlash")
    assert "S001" in _ids(client, q="平度市大泽山镇")
    assert _ids(client, q="no such party anywhere xq") == []


def test_search_and_filters_combine_and_the_total_counts_the_view(client: TestClient) -> None:
    answer = client.get("/findings", params={"q": "조선대성", "record_type": "listing", "tier": "high", "limit": 2})
    rows = answer.json()
    assert len(rows) <= 2 and int(answer.headers["x-total-count"]) >= len(rows)
    assert all(r["record_type"] == "listing" and r["tier"] == "high" for r in rows)
    assert client.get("/findings", params={"q": "x" * 201}).status_code == 422
    assert client.get("/findings", params={"sort": "colour"}).status_code == 400
    assert client.get("/findings", params={"decision": "maybe"}).status_code == 400


def test_the_decision_filter_follows_the_latest_decision(client: TestClient) -> None:
    undecided = set(_ids(client, decision="undecided"))
    assert "L004" in undecided
    assert client.post("/findings/L004/decision", json={"decision": "needs_evidence", "note": "인보이스"}).status_code == 200
    assert _ids(client, decision="needs_evidence") == ["L004"]
    assert "L004" not in _ids(client, decision="undecided")
    client.post("/findings/L004/decision", json={"decision": "dismissed"})
    assert _ids(client, decision="needs_evidence") == [] and "L004" in _ids(client, decision="dismissed")
    row = next(f for f in client.get("/findings", params={"decision": "dismissed"}).json() if f["record_id"] == "L004")
    assert row["decision"] == "dismissed" and row["decided_by"]


def test_the_ranking_separates_findings_a_saturated_score_ties(client: TestClient) -> None:
    rows = client.get("/findings", params={"limit": 5000}).json()
    tiers = ["high", "elevated", "low", "none"]
    keys = [(tiers.index(r["tier"]), not r["presumption"], -(r["share"] if r["share"] is not None else -1))
            for r in rows]
    assert keys == sorted(keys)  # tier, then presumption, then share
    shares_at: dict[float, set[float | None]] = {}
    for r in rows:
        if r["tier"] == "high":
            shares_at.setdefault(r["score"], set()).add(r["share"])
    assert any(len(s) > 1 for s in shares_at.values())  # findings the score ties, the share tells apart
    # L001's seller takes 11% of its lashes from tainted stock: ranked below a shipment that is all tainted
    order = [r["record_id"] for r in rows]
    assert order.index("S002") < order.index("L001")


def test_sorting_and_paging_are_server_side_and_bounded(client: TestClient) -> None:
    by_id = _ids(client, sort="record_id", order="asc")
    assert by_id == sorted(by_id)
    assert _ids(client, sort="record_id", order="desc") == by_id[::-1]
    total = int(client.get("/findings", params={"limit": 1}).headers["x-total-count"])
    pages = [client.get("/findings", params={"sort": "score", "limit": 10, "offset": o}).json()
             for o in range(0, total, 10)]
    assert all(len(p) <= 10 for p in pages) and sum(len(p) for p in pages) == total
    scores = [f["score"] for p in pages for f in p]
    assert scores == sorted(scores, reverse=True)
    assert client.get("/findings", params={"limit": 5001}).status_code == 422


def test_findings_of_an_entity(client: TestClient) -> None:
    reach = _ids(client, entity="ofac-12313")  # KOREA DAESONG GENERAL TRADING CORPORATION
    assert {"S002", "L001"} <= set(reach)
    assert "L002" not in reach  # the mascara


def test_csv_export_is_the_view_in_its_order(client: TestClient) -> None:
    answer = client.get("/findings/export", params={"format": "csv", "q": "glamlash", "sort": "record_id",
                                                    "order": "asc"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert [r["record_id"] for r in rows] == _ids(client, q="glamlash", sort="record_id", order="asc")
    assert list(rows[0])[:7] == ["record_type", "record_id", "score", "tier", "policies", "summary", "evidence"]
    assert all(len(v) <= CELL_MAX for r in rows for v in r.values())
    assert client.get("/findings/export", params={"format": "pdf"}).status_code == 400


def test_export_neutralises_formulas_in_csv_and_xlsx(client: TestClient) -> None:
    evil = '=HYPERLINK("http://evil.example","클릭")'
    posted = client.post("/screen", params={"save": "true"}, json={"listings": [
        {"listing_id": "=1+1", "title": evil, "seller_name": "@SUM(A1:A9) 평양 가발", "seller_country": "KP"}]})
    assert posted.status_code == 200, posted.text
    run = posted.json()["run_id"]
    text = client.get("/findings/export", params={"run_id": run}).content.decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["record_type"] == "listing")
    assert row["record_id"] == "'=1+1" and row["record"] == "'=1+1"  # not stored: its id stands for it
    assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values() if v)
    book = load_workbook(io.BytesIO(client.get("/findings/export", params={"run_id": run, "format": "xlsx"}).content))
    sheet = book["findings"]
    header = [c.value for c in sheet[1]]
    listing = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "listing")
    values = [c.value for c in listing]
    assert header[:2] == ["record_type", "record_id"] and values[1] == "'=1+1"
    assert all(not (isinstance(v, str) and v.startswith(("=", "@"))) for v in values)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)  # no cell is a formula


def test_a_run_saved_through_the_api_is_ranked_and_indexed_once(client: TestClient) -> None:
    posted = client.post("/screen", params={"save": "true"}, json={"shipments": [
        {"shipment_id": "BL-7", "shipper_name": "조선대성총무역회사", "shipper_country": "KP",
         "consignee_name": "平度市大泽山镇曦悦睫毛工艺品有限公司", "consignee_country": "CN",
         "description": "假睫毛", "hs_code": "670419", "date": "2024-05-01", "weight_kg": 80}]})
    run = posted.json()["run_id"]
    con = client.app.state.chainlight.store.con  # type: ignore[attr-defined]
    answer = client.get("/findings", params={"run_id": run})
    ranked = con.execute("SELECT count(*), bool_or(presumption) FROM finding_view WHERE run_id = ?", [run]).fetchone()
    assert ranked == (int(answer.headers["x-total-count"]), True)
    row = next(f for f in answer.json() if f["record_id"] == "BL-7")
    assert row["presumption"] is True and row["tier"] == "high"
    # the search words and the list ids its chain cites were stored with the view, once
    text, = con.execute("SELECT text FROM finding_view WHERE run_id = ? AND record_id = 'BL-7'", [run]).fetchone()
    assert "조선대성총무역회사" in text  # a record screened through the API is not stored: its finding's words
    demo, = con.execute("SELECT run_id FROM findings WHERE record_id = 'S001' LIMIT 1").fetchone()
    client.get("/findings", params={"limit": 1, "run_id": demo})  # its records are stored: their fields' values
    text, = con.execute("SELECT text FROM finding_view WHERE run_id = ? AND record_id = 'S001'", [demo]).fetchone()
    assert "平度市大泽山镇曦悦睫毛工艺品有限公司" in text and "半成品假睫毛" in text and "consignee_name" not in text
    refs = {r[0] for r in con.execute("SELECT ref FROM finding_refs WHERE run_id = ? AND record_id = 'BL-7'",
                                      [run]).fetchall()}
    assert "ofac:12313" in refs
    assert "BL-7" in [f["record_id"] for f in client.get("/findings", params={"run_id": run, "entity": "ofac-12313"}).json()]
