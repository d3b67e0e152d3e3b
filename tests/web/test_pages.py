"""The analyst web app: pages render the demo's data, forms record decisions, user text is escaped."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.conftest import ANALYST


def _page(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_dashboard_counts_tiers_and_lists_datasets(client: TestClient) -> None:
    html = _page(client, "/ui/")
    high = len(client.get("/findings", params={"tier": "high"}).json())
    assert re.search(rf'tier-card-high"[^>]*><span class="n">{high}</span>', html)
    assert "ofac-sdn" in html and "2026-01-28" in html  # UN list version
    assert client.get("/", follow_redirects=False).headers["location"] == "/ui/"


def test_findings_list_filters(client: TestClient) -> None:
    html = _page(client, "/ui/findings?tier=high&record_type=listing")
    assert 'href="/ui/findings/L001"' in html
    assert "<td>shipment</td>" not in html
    assert client.get("/ui/findings?tier=severe").status_code == 400


def test_finding_page_shows_the_kaechon_claim_and_the_chain(client: TestClient) -> None:
    html = _page(client, "/ui/findings/L001")
    assert 'href="/ui/claims/dailynk-kaechon-lifers-export-goods"' in html
    assert "Kaechon Prison Camp" in html
    assert "조선대성총무역회사" in html  # the shipper upstream, as the bill of lading writes it
    # the chain as a path: the shipment legs first, then the supporting context folded, each claim once
    assert html.index('class="hop step-shipment"') < html.index('<details class="context">')
    context = html[html.index('<details class="context">'):]
    assert "fact-classification" in context and "fact-policy" in context
    assert context.count('href="/ui/claims/dailynk-kaechon-lifers-export-goods"') == 1
    assert "<svg" in html and "Flows of traced goods" in html


def test_entity_page_shows_hangul_names_and_statements(client: TestClient) -> None:
    html = _page(client, "/ui/entities/evidence-kaechon-kyohwaso-1")
    assert "개천" in html and "Hangul" in html
    assert "Statements" in html and "<code>kaechon-kyohwaso-1</code>" in html
    un = _page(client, "/ui/entities/un-KPe.042")
    assert "Daesong Trading" in un and "DPRK" in un


def test_review_queue_confirm_writes_audit(client: TestClient) -> None:
    html = _page(client, "/ui/review")
    claim_id = re.search(r'action="/ui/claims/([^"/]+)/review"', html).group(1)  # type: ignore[union-attr]
    response = client.post(f"/ui/claims/{claim_id}/review", data={"action": "confirm", "actor": "김영희",
                                                                  "note": "checked against the report"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/ui/review"
    assert f"/ui/claims/{claim_id}/review" not in _page(client, "/ui/review")
    audit = _page(client, "/ui/audit")
    assert ANALYST in audit and "김영희" not in audit and "claim.confirmed" in audit and claim_id in audit


def test_review_edit_only_changed_fields(client: TestClient) -> None:
    claim = client.get("/claims").json()[0]
    form = {"action": "edit", "actor": "editor", "edit_summary": claim["summary"], "edit_goods": "wigs",
            "edit_entities": ", ".join(claim["entities"]), "edit_reliability": claim["reliability"]}
    assert client.post(f"/ui/claims/{claim['id']}/review", data=form, follow_redirects=False).status_code == 303
    trail = client.get("/audit", params={"subject": claim["id"]}).json()
    assert trail[0]["detail"]["edits"] == {"goods": ["wigs"]}


def test_a_review_is_recorded_under_the_logged_in_user_not_a_typed_name(client: TestClient) -> None:
    claim = client.get("/claims").json()[0]
    response = client.post(f"/ui/claims/{claim['id']}/review", data={"action": "reject", "actor": "someone else"},
                           follow_redirects=False)
    assert response.status_code == 303
    row = client.get("/audit", params={"subject": claim["id"]}).json()[0]
    assert row["actor"] == ANALYST and row["action"] == "claim.rejected"


def test_decision_on_finding_shows_latest(client: TestClient) -> None:
    for decision, note in (("needs_evidence", "ask for invoices"), ("confirmed", "<b>seen</b> on S002")):
        response = client.post("/ui/findings/L007/decision", data={"decision": decision, "actor": "j.kim",
                                                                    "note": note}, follow_redirects=False)
        assert response.status_code == 303
    html = _page(client, "/ui/findings/L007")
    assert "Latest: " in html and 'decision-confirmed' in html
    assert "&lt;b&gt;seen&lt;/b&gt; on S002" in html and "<b>seen</b>" not in html
    assert "ask for invoices" in html  # the history keeps the earlier decision


def test_not_found_pages_are_html(client: TestClient) -> None:
    for url in ("/ui/findings/NOPE", "/ui/entities/nope", "/ui/claims/nope", "/ui/nowhere"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.headers["content-type"].startswith("text/html")
        assert "Not found" in response.text
    api = client.get("/findings/NOPE")
    assert api.status_code == 404 and api.headers["content-type"] == "application/json"


def test_user_text_is_escaped_in_error_page(client: TestClient) -> None:
    response = client.get("/ui/entities/<img src=x onerror=alert(1)>")
    assert response.status_code == 404
    assert "<img src=x" not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text


def test_static_assets_are_local(client: TestClient) -> None:
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    html = _page(client, "/ui/findings")
    assert not re.search(r'(src|href)="https?://', html)  # nothing loaded from elsewhere: works offline
