"""/reports over HTTP: an allegation draft as JSON, and a case's dossier as a PDF download."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from chainlight.report import dossier


def test_the_allegation_draft_names_its_missing_fields(client: TestClient) -> None:
    eu = client.get("/reports/findings/S002/allegation", params={"form": "eu-flr"})
    assert eu.status_code == 200 and eu.json()["form"] == "eu-flr"
    assert "union_market" in eu.json()["missing"]
    cbp = client.get("/reports/findings/S002/allegation").json()
    fields = {f["key"]: f for f in cbp["fields"]}
    assert fields["suspect_entities"]["value"][0] == "조선대성총무역회사"
    assert client.get("/reports/findings/S002/allegation", params={"form": "fax"}).status_code == 400
    assert client.get("/reports/findings/NOPE/allegation").status_code == 404


def test_a_case_dossier_downloads_as_a_pdf(client: TestClient) -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pytest.skip("WeasyPrint or Pango is not installed")
    if not dossier.cjk_font_installed():
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk)")
    opened = client.post("/cases", json={"title": "조선대성 → 平度 속눈썹", "record_ids": ["S002"]})
    assert opened.status_code == 200, opened.text
    answer = client.get(f"/reports/cases/{opened.json()['case_id']}.pdf")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    assert "attachment" in answer.headers["content-disposition"]
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(answer.content)).pages)
    assert "조선대성 → 平度 속눈썹" in text and "S002" in text
