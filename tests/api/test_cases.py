"""Cases through the API: analysts open and work them, viewers read them; a case closes only on decisions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.settings import Settings
from chainlight.store import Store, users


@pytest.fixture(scope="module")
def api(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict]]:
    db = tmp_path_factory.mktemp("cases") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        keys = {"analyst": users.add(store.con, "박지민", "analyst", by="tests"),
                "other": users.add(store.con, "王芳", "analyst", by="tests"),
                "viewer": users.add(store.con, "viewer-1", "viewer", by="tests")}
    app = create_app(db, Settings())
    with TestClient(app) as client:
        yield client, {k: {"Authorization": f"ApiKey {v}"} for k, v in keys.items()}
    app.state.chainlight.store.close()


def test_an_analyst_opens_and_works_a_case_and_a_viewer_reads_it(api: tuple[TestClient, dict]) -> None:
    client, as_ = api
    made = client.post("/cases", headers=as_["analyst"], json={
        "title": "GlamLash 속눈썹 ← 조선대성총무역회사", "record_ids": ["L001", "S002"], "assignee": "王芳",
        "due_date": "2026-12-31", "note": "ask GlamLash for Xiyue's invoices"})
    assert made.status_code == 200, made.text
    case = made.json()
    cid = case["case_id"]
    assert case["assignee"] == "王芳" and case["status"] == "open"
    assert [f["record_id"] for f in case["findings"]] == ["L001", "S002"]
    assert case["findings"][0]["tier"] and case["findings"][0]["decision"] is None
    assert case["history"][0]["action"] == "case.opened" and case["history"][0]["actor"] == "박지민"

    # viewers read, never change
    assert client.get(f"/cases/{cid}", headers=as_["viewer"]).json()["title"] == case["title"]
    listed = client.get("/cases", headers=as_["viewer"], params={"assignee": "王芳"})
    assert cid in [c["case_id"] for c in listed.json()] and int(listed.headers["x-total-count"]) >= 1
    for method, path, body in (("PATCH", f"/cases/{cid}", {"status": "closed"}),
                               ("POST", f"/cases/{cid}/notes", {"note": "x"}),
                               ("POST", f"/cases/{cid}/findings", {"record_id": "S010"}),
                               ("POST", "/cases", {"title": "x"})):
        assert client.request(method, path, json=body, headers=as_["viewer"]).status_code == 403, path
        assert client.request(method, path, json=body).status_code == 401, path

    changed = client.patch(f"/cases/{cid}", headers=as_["other"], json={"status": "waiting_for_evidence"}).json()
    assert changed["status"] == "waiting_for_evidence"
    assert changed["history"][0]["actor"] == "王芳"
    assert changed["history"][0]["detail"]["changes"] == {"status": ["open", "waiting_for_evidence"]}
    noted = client.post(f"/cases/{cid}/notes", headers=as_["other"], json={"note": "平度 Xiyue 回复了"}).json()
    assert noted["notes"][-1] == {**noted["notes"][-1], "author": "王芳", "note": "平度 Xiyue 回复了"}
    assert client.post(f"/cases/{cid}/findings", headers=as_["analyst"], json={"record_id": "S010"}
                       ).json()["record_ids"] == ["L001", "S002", "S010"]


def test_a_case_closes_only_once_each_finding_is_confirmed_or_dismissed(api: tuple[TestClient, dict]) -> None:
    client, as_ = api
    cid = client.post("/cases", headers=as_["analyst"], json={"title": "S001", "record_ids": ["S001", "S003"]}
                      ).json()["case_id"]
    refused = client.patch(f"/cases/{cid}", headers=as_["analyst"], json={"status": "closed"})
    assert refused.status_code == 400 and "S001, S003" in refused.json()["detail"]
    client.post("/findings/S001/decision", headers=as_["analyst"], json={"decision": "confirmed"})
    client.post("/findings/S003/decision", headers=as_["analyst"], json={"decision": "needs_evidence"})
    refused = client.patch(f"/cases/{cid}", headers=as_["analyst"], json={"status": "closed"})
    assert refused.status_code == 400 and "S003" in refused.json()["detail"] and "S001" not in refused.json()["detail"]
    client.post("/findings/S003/decision", headers=as_["analyst"], json={"decision": "dismissed", "note": "lawful"})
    closed = client.patch(f"/cases/{cid}", headers=as_["analyst"], json={"status": "closed"}).json()
    assert closed["status"] == "closed"
    assert [f["decision"]["decision"] for f in closed["findings"]] == ["confirmed", "dismissed"]


def test_bad_requests_name_the_field(api: tuple[TestClient, dict]) -> None:
    client, as_ = api
    unknown = client.post("/cases", headers=as_["analyst"], json={"title": "t", "record_ids": ["NOPE"]})
    assert unknown.status_code == 404 and "NOPE" in unknown.json()["detail"]
    for body, field in (({"title": "t", "due_date": "next week"}, "due_date"),
                        ({"title": "t", "assignee": "someone"}, "assignee"), ({"title": " "}, "title")):
        answer = client.post("/cases", headers=as_["analyst"], json=body)
        assert answer.status_code == 400 and answer.json()["detail"].startswith(f"{field}:"), answer.text
    assert client.get("/cases/case-999", headers=as_["viewer"]).status_code == 404
    assert client.get("/cases", headers=as_["viewer"], params={"status": "done"}).status_code == 400


def test_an_offset_past_what_the_store_counts_is_refused_or_answered_not_a_server_error(
        api: tuple[TestClient, dict]) -> None:
    # schemathesis found /cases?offset=9223372036854775808 answered 500 (DuckDB cannot take it as BIGINT)
    client, as_ = api
    huge = str(2**63)
    for path in ("/cases", "/findings", "/search/default"):
        got = client.get(path, headers=as_["viewer"], params={"offset": huge, "q": "korea"})
        assert got.status_code == 422, (path, got.status_code)
        assert "offset" in got.text
    assert client.get("/cases", headers=as_["viewer"], params={"offset": str(2**40)}).json() == []
    for page in ("/ui/findings", "/ui/cases"):
        assert client.get(page, headers=as_["viewer"], params={"page": huge}).status_code == 200
