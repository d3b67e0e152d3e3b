"""Entities, catalog, findings with their evidence chains, traces, screening and classification."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_entity_has_names_in_every_script_and_statements(client: TestClient) -> None:
    body = client.get("/entities/evidence-kaechon-kyohwaso-1").json()
    scripts = {n["script"] for n in body["names"]}
    assert {"Hangul", "Latin"} <= scripts
    assert any(n["value"] == "개천교화소" or "개천" in n["value"] for n in body["names"])
    assert body["statements"] and all(s["dataset"] == "evidence" for s in body["statements"])
    assert any(c["id"].startswith("dailynk-kaechon") for c in body["claims"])


def test_unknown_entity_is_clean_404(client: TestClient) -> None:
    response = client.get("/entities/ofac-0")
    assert response.status_code == 404
    assert response.json() == {"detail": "no entity 'ofac-0'; GET /search/default?q=NAME finds ids"}


def test_catalog_lists_datasets_with_versions(client: TestClient) -> None:
    body = client.get("/catalog").json()
    by_name = {d["name"]: d for d in body["datasets"]}
    # OpenSanctions' names where the list is one of theirs, and yente's collection of them all
    assert {"us_ofac_sdn", "un_sc_sanctions", "dol-tvpra", "evidence", "listings", "shipments"} <= set(by_name)
    assert by_name["un_sc_sanctions"]["list_version"] == "2026-01-28"
    assert by_name["us_ofac_sdn"]["count"] == 12 and by_name["us_ofac_sdn"]["chainlight_name"] == "ofac-sdn"
    assert by_name["default"]["kind"] == "collection" and "us_ofac_sdn" in by_name["default"]["children"]
    assert "default" in body["current"]


def test_findings_filter_by_tier_and_type(client: TestClient) -> None:
    high = client.get("/findings", params={"tier": "high", "record_type": "listing"}).json()
    assert {"L001", "L004"} <= {f["record_id"] for f in high}
    assert all(f["tier"] == "high" and f["record_type"] == "listing" for f in high)
    assert client.get("/findings", params={"tier": "severe"}).status_code == 400


def test_finding_evidence_chain_links_to_the_kaechon_claim(client: TestClient) -> None:
    body = client.get("/findings/L001").json()
    assert body["tier"] == "high" and "CAATSA-321" in body["policies"]
    steps = body["evidence"]
    assert [s["step"] for s in steps] == list(range(1, len(steps) + 1))
    links = [link for s in steps for link in s["links"]]
    kaechon = [link for link in links if link["target"] == "dailynk-kaechon-lifers-export-goods"]
    assert kaechon and kaechon[0]["kind"] == "claim"
    assert any(link["kind"] == "record" and link["target"] == "S002" for link in links)


def test_trace_walks_upstream_to_the_dprk_shipper(client: TestClient) -> None:
    body = client.get("/trace/L001").json()
    assert "S002" in body["text"] and "조선대성총무역회사" in body["text"]
    assert body["finding"]["record_id"] == "L001"
    assert client.get("/trace/NO-SUCH-RECORD").status_code == 404


def test_screen_posted_listing_with_hangul_seller(client: TestClient) -> None:
    listing = {"Listing_ID": "API-1", "title": "3D 밍크 인조속눈썹 수제 false eyelashes",
               "seller_name": "조선대성총무역회사", "seller_country": "KP"}
    body = client.post("/screen", json={"listings": [listing]}).json()
    found = next(f for f in body["findings"] if f["record_id"] == "API-1")
    assert found["tier"] in ("high", "elevated")
    assert body["run_id"] is None


def test_screen_reports_bad_rows_with_row_and_field(client: TestClient) -> None:
    response = client.post("/screen", json={"shipments": [{"shipment_id": "X1", "date": "not a date",
                                                            "shipper_name": "a", "consignee_name": "b"}]})
    assert response.status_code == 422
    problem = response.json()["problems"][0]
    assert problem["path"] == "request:shipments" and problem["line"] == 1 and problem["field"] == "date"
    assert client.post("/screen", json={}).status_code == 400
    # a key no SQL column can carry (found by the schema fuzz test: a 500 before) is named, not a server error
    nul = client.post("/screen", json={"listings": [{"\u0000": None}]})
    assert nul.status_code == 422 and "NUL" in nul.text, nul.text


def test_classify_korean_and_chinese_texts(client: TestClient) -> None:
    items = [{"id": "ko", "text": "인조 속눈썹 (합성섬유)"}, {"id": "zh", "text": "假发 人发 全头套"},
             {"id": "en", "text": "mascara, black, 10 ml"}]
    body = {c["id"]: c for c in client.post("/classify", json={"items": items}).json()}
    assert body["ko"]["risk_category"] == "false_eyelashes" and body["ko"]["hs6"].startswith("6704")
    assert body["zh"]["risk_category"] == "wigs"
    assert body["en"]["risk_category"] not in ("false_eyelashes", "wigs")


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/match/{dataset}", "/search/{dataset}", "/entities/{entity_id}", "/catalog", "/findings",
                 "/findings/{record_id}", "/trace/{record_id}", "/screen", "/classify", "/claims",
                 "/claims/{claim_id}/review", "/audit"):
        assert path in paths, path
    assert not any(p.startswith("/ui") for p in paths)
