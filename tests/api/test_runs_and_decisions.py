"""Saved runs stay readable side by side; a decision holds only for the record and evidence it was made on."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_new_run_hides_nothing_and_an_old_decision_is_marked_earlier(client: TestClient) -> None:
    first = client.get("/runs").json()
    assert len(first) == 1
    old_run = first[0]["run_id"]
    old_findings = client.get("/findings").json()
    assert client.post("/findings/L001/decision", json={"decision": "dismissed", "note": "lawful seller"}
                       ).status_code == 200
    decision = client.get("/findings/L001").json()["decision"]
    assert decision["decision"] == "dismissed" and decision["current"] is True

    # another L001, a different offer, screened and saved through the API
    posted = client.post("/screen", params={"save": "true"}, json={"listings": [{
        "listing_id": "L001", "title": "3D 밍크 속눈썹 수제 (handmade mink lashes)",
        "seller_name": "Hoeryong Lash Processing Co.", "seller_country": "CN"}]})
    assert posted.status_code == 200
    new_run = posted.json()["run_id"]
    runs = client.get("/runs").json()
    assert [r["run_id"] for r in runs] == [new_run, old_run]

    now = client.get("/findings/L001").json()
    assert now["run_id"] == new_run
    assert now["decision"]["decision"] == "dismissed" and now["decision"]["current"] is False
    assert now["decision"]["status"] == "decided on an earlier version"
    # the older run is still whole, and a record only it screened is still found
    assert len(client.get("/findings", params={"run_id": old_run}).json()) == len(old_findings)
    only_old = next(f["record_id"] for f in old_findings if f["record_id"] != "L001")
    assert client.get(f"/findings/{only_old}").json()["run_id"] == old_run
    assert client.get("/findings/L001", params={"run_id": old_run}).json()["decision"]["current"] is True
    page = client.get("/ui/findings", params={"run_id": old_run}).text
    assert old_run in page and new_run in page


def test_findings_come_in_pages_with_their_total(client: TestClient) -> None:
    demo_run = max(client.get("/runs").json(), key=lambda r: r["findings"])["run_id"]
    everything = client.get("/findings", params={"limit": 5000, "run_id": demo_run})
    total = int(everything.headers["x-total-count"])
    assert total == len(everything.json()) > 12
    first, second = (client.get("/findings", params={"limit": 6, "offset": o, "run_id": demo_run}) for o in (0, 6))
    assert [f["record_id"] for f in first.json() + second.json()] == [f["record_id"] for f in everything.json()[:12]]
    assert client.get("/findings", params={"limit": 0}).status_code == 422
    page = client.get("/ui/findings", params={"page": 1, "run_id": demo_run}).text
    assert f"{total} findings" in page
