"""The review queue over the API: pending claims, confirm/reject/edit with an actor, and the audit trail."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import ANALYST


def _pending(client: TestClient) -> list[dict[str, Any]]:
    response = client.get("/claims", params={"status": "pending"})
    assert response.status_code == 200
    return response.json()


def test_queue_holds_the_extracted_kaechon_claims_without_informant(client: TestClient) -> None:
    pending = _pending(client)
    assert pending and all(c["status"] == "pending" for c in pending)
    assert any("evidence-kaechon-kyohwaso-1" in c["entities"] for c in pending)
    assert all("protected" not in c for c in pending)


def test_confirm_changes_status_and_writes_audit(client: TestClient) -> None:
    claim = next(c for c in _pending(client) if "knitwear" in c["goods"])
    response = client.post(f"/claims/{claim['id']}/review",
                           json={"action": "confirm", "actor": "박지민", "note": "matches the Daily NK text"})
    assert response.status_code == 200
    assert response.json()["status"] == "confirmed"
    assert claim["id"] not in {c["id"] for c in _pending(client)}
    confirmed = client.get("/claims", params={"status": "confirmed"}).json()
    assert claim["id"] in {c["id"] for c in confirmed}
    trail = client.get("/audit", params={"subject": claim["id"]}).json()
    assert trail[0]["actor"] == "박지민" and trail[0]["action"] == "claim.confirmed"
    assert trail[0]["detail"]["note"] == "matches the Daily NK text"


def test_edit_keeps_status_and_records_the_edits(client: TestClient) -> None:
    claim = _pending(client)[0]
    response = client.post(f"/claims/{claim['id']}/review", json={
        "action": "edit", "actor": "analyst-2", "edits": {"goods": "wigs, false_eyelashes", "period_start": "2020"}})
    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["status"] == "pending" and edited["goods"] == ["wigs", "false_eyelashes"]
    assert edited["period_start"].startswith("2020")
    trail = client.get("/audit", params={"subject": claim["id"]}).json()
    assert trail[0]["detail"]["edits"]["goods"] == ["wigs", "false_eyelashes"]


def test_reject_and_bad_reviews(client: TestClient) -> None:
    claim = _pending(client)[-1]
    assert client.post(f"/claims/{claim['id']}/review",
                       json={"action": "reject", "actor": "a"}).json()["status"] == "rejected"
    assert client.post(f"/claims/{claim['id']}/review", json={"action": "confirm"}).status_code == 200
    assert client.post(f"/claims/{claim['id']}/review",
                       json={"action": "approve", "actor": "a"}).status_code == 400
    assert client.post("/claims/no-such-claim/review", json={"action": "confirm", "actor": "a"}).status_code == 404
    assert client.get("/claims", params={"status": "maybe"}).status_code == 400


def test_decision_on_a_finding_is_audited(client: TestClient) -> None:
    response = client.post("/findings/L004/decision",
                           json={"decision": "needs_evidence", "actor": "李明", "note": "ask the seller"})
    # the audit names the user of the API key, whatever name the body gives
    assert response.status_code == 200
    assert response.json()["decision"] == "needs_evidence"
    assert client.get("/findings/L004").json()["decision"]["actor"] == ANALYST
    assert client.post("/findings/L004/decision", json={"decision": "maybe", "actor": "a"}).status_code == 400
    assert client.post("/findings/NOPE/decision", json={"decision": "dismissed", "actor": "a"}).status_code == 404


def test_editing_a_confirmed_claim_sends_it_back_to_review_with_old_and_new_values(client: TestClient) -> None:
    claim = _pending(client)[1]
    confirmed = client.post(f"/claims/{claim['id']}/review", json={"action": "confirm", "actor": "reviewer-1"})
    assert confirmed.json()["status"] == "confirmed"
    edited = client.post(f"/claims/{claim['id']}/review", json={
        "action": "edit", "actor": "analyst-3", "edits": {"entities": "Korea Kwangson Banking Corp"}})
    assert edited.status_code == 200 and edited.json()["status"] == "pending"
    row = client.get("/audit", params={"subject": claim["id"]}).json()[0]
    assert row["action"] == "claim.pending" and row["detail"]["from"] == "confirmed"
    change = row["detail"]["changes"]["entities"]
    assert change == {"old": claim["entities"], "new": ["Korea Kwangson Banking Corp"]}
