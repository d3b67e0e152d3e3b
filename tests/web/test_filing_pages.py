"""The filing drafts and the case dossier in the workspace: a finding links to its CBP allegation draft and its
EU Forced Labour Regulation submission draft as pages (not the API's JSON), each field filled from the evidence
or marked missing; a case links to its PDF dossier."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient


def _nav(html: str, name: str) -> dict[str, str]:
    nav = re.search(rf'<nav class="{name}".*?</nav>', html, re.S)
    assert nav is not None, name
    return {unescape(text.strip()): unescape(href) for href, text in
            re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav.group(0))}


def test_a_finding_links_to_both_drafts_as_pages(client: TestClient) -> None:
    links = _nav(client.get("/ui/findings/S002").text, "finding-nav")
    assert links["Allegation draft (CBP)"] == "/ui/findings/S002/allegation?form=cbp"
    assert links["Submission draft (EU FLR)"] == "/ui/findings/S002/allegation?form=eu-flr"


def test_the_cbp_draft_page_shows_each_field_as_the_api_drafts_it(client: TestClient) -> None:
    page = client.get("/ui/findings/S002/allegation", params={"form": "cbp"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    api = client.get("/reports/findings/S002/allegation", params={"form": "cbp"}).json()
    statuses = {key: status for status, key in re.findall(r'<tr class="field-([a-z-]+)" data-key="([^"]+)"', html)}
    assert statuses == {f["key"]: f["status"].replace(" ", "-") for f in api["fields"]}
    assert "조선대성총무역회사" in html  # the suspect entity, in Hangul as the bill of lading writes it
    for key in api["missing"]:
        assert statuses[key] == "missing"
    if api["missing"]:
        assert "Missing: " + ", ".join(api["missing"]) in unescape(html)
    nav = _nav(html, "form-nav")
    assert nav["EU Forced Labour Regulation submission"] == "/ui/findings/S002/allegation?form=eu-flr"
    assert nav["JSON"] == "/reports/findings/S002/allegation?form=cbp"


def test_the_eu_draft_page_flags_the_union_market(client: TestClient) -> None:
    html = client.get("/ui/findings/S002/allegation", params={"form": "eu-flr"}).text
    assert 'class="field-missing" data-key="union_market"' in html
    assert "Missing: " in html and "union_market" in html


def test_bad_forms_and_unknown_findings_are_pages_not_server_errors(client: TestClient) -> None:
    fax = client.get("/ui/findings/S002/allegation", params={"form": "<b>fax</b>"})
    assert fax.status_code == 400 and fax.headers["content-type"].startswith("text/html")
    assert "<b>fax</b>" not in fax.text
    missing = client.get("/ui/findings/NOPE/allegation")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")


def test_a_case_page_links_to_its_pdf_dossier(client: TestClient) -> None:
    made = client.post("/ui/cases", data={"record_id": "S002", "title": "조선대성 → 平度 曦悦"},
                       follow_redirects=False)
    assert made.status_code == 303
    case_id = made.headers["location"].rsplit("/", 1)[1]
    links = _nav(client.get(made.headers["location"]).text, "case-nav")
    assert links["PDF dossier"] == f"/reports/cases/{case_id}.pdf"
    assert links["JSON"] == f"/cases/{case_id}"
