"""Allegation drafts shaped after CBP's forced-labour allegation and Art. 9 of Regulation (EU) 2024/3015: every
field filled from a demo finding's evidence or flagged as missing; the HTML draft escapes; the CLI writes both."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from chainlight.api.deps import AppState
from chainlight.api.reports import finding_bundle
from chainlight.cli import main
from chainlight.errors import UsageError
from chainlight.report.filings import FOR_THE_FILER, FormField, draft, draft_html, indicators
from chainlight.settings import Settings


@pytest.fixture(scope="module")
def db(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filings") / "store.duckdb"
    shutil.copy(demo_db_template, path)
    return path


@pytest.fixture(scope="module")
def bundles(db: Path) -> Iterator[dict[str, dict]]:
    state = AppState(db, Settings())
    with state.lock:
        yield {rid: finding_bundle(state, rid, with_sankey=False) for rid in ("L001", "S002")}
    state.close()


def _fields(d: dict) -> dict[str, dict]:
    return {f["key"]: f for f in d["fields"]}


def test_the_cbp_draft_fills_the_regulation_fields_and_names_what_is_missing(bundles: dict) -> None:
    d = draft("cbp", bundles["L001"]).to_dict()
    fields = _fields(d)
    assert {"reasons_for_belief", "commodity", "production_facts"} <= set(fields)
    assert fields["reasons_for_belief"]["basis"] == "19 CFR 12.42(b)(1)" and fields["reasons_for_belief"]["value"]
    assert "조선대성총무역회사" in fields["suspect_entities"]["value"]
    assert "平度市大泽山镇曦悦睫毛工艺品有限公司" in fields["other_parties"]["value"]
    assert fields["hts_code"]["value"] == "670419" and "CAATSA" in fields["allegation_type"]["value"]
    assert "KP" in fields["country"]["value"] and "US" not in fields["country"]["value"]  # not the seller's country
    # a listing names no U.S. importer and no entry: the draft says so instead of inventing them
    assert {"importer", "entry_details"} <= set(d["missing"])
    assert fields["importer"]["status"] == "missing" and fields["importer"]["hint"]
    assert set(d["for_the_filer"]) == {"filer_name", "filer_contact"}
    documents = fields["supporting_documents"]["value"]
    assert any(doc["url"] and doc["url"].startswith("https://") and doc["date"] for doc in documents)


def test_a_shipment_fills_the_entry_details(bundles: dict) -> None:
    fields = _fields(draft("cbp", bundles["S002"]).to_dict())
    assert fields["entry_details"]["value"]["date"] == "2023-05-18"
    assert fields["entry_details"]["value"]["port of unlading"] == "Dandong"


def test_the_eu_draft_follows_article_9_and_flags_the_union_market(bundles: dict) -> None:
    d = draft("eu-flr", bundles["L001"]).to_dict()
    fields = _fields(d)
    assert d["missing"] == ["union_market"]  # the demo's listing is offered in the US
    assert "shop.example/glamlash-beauty-store/L001" in fields["union_market"]["hint"]
    assert fields["submitter"]["status"] == FOR_THE_FILER
    assert "Art. 9" in fields["economic_operators"]["basis"] and "조선대성총무역회사" in fields["economic_operators"]["value"]
    assert fields["state_imposed"]["value"].startswith("yes")
    assert fields["products"]["value"] == {"description": "3D Faux Mink Lashes 20 Pairs Handmade Natural Look",
                                           "hs_code": "670419"}
    named = {i["indicator"] for i in fields["indicators"]["value"]}
    assert "restriction of movement" in named and all(i["source"] and i["quote"] for i in fields["indicators"]["value"])


def test_indicators_cite_the_first_source_that_speaks_to_each() -> None:
    found = indicators([{"title": "A", "date": "2024-01-01", "quote": "inmates worked 16 hours a day"},
                        {"title": "B", "date": "2025-01-01", "quote": "wages were withheld; 16 hours a day"}])
    assert [(i["indicator"], i["source"]) for i in found] == [
        ("restriction of movement", "A"), ("withholding of wages", "B"), ("excessive overtime", "A")]
    assert indicators([{"title": "C", "quote": "a well-run factory"}]) == []


def test_a_field_is_filled_missing_or_for_the_filer() -> None:
    assert FormField("a", "A", "x", value=["조선"]).status == "filled"
    assert FormField("a", "A", "x", value=[]).status == "missing"
    assert FormField("a", "A", "x", filer=True).status == FOR_THE_FILER


def test_an_unknown_form_is_refused(bundles: dict) -> None:
    with pytest.raises(UsageError, match="cbp, eu-flr"):
        draft("uk-msa", bundles["L001"])


def test_the_html_draft_marks_missing_fields_and_escapes(bundles: dict) -> None:
    bundle = dict(bundles["L001"], plain_summary="<script>alert(1)</script> 평도")
    html = draft_html(draft("cbp", bundle))
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert 'class="missing"' in html and "Missing: importer, entry_details" in html


def test_the_commands_write_drafts_and_the_findings_workbook(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "S002-eu.json"
    assert main(["--db", str(db), "-q", "report", "allegation", "S002", "--form", "eu-flr", "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["form"] == "eu-flr" and "union_market" in written["missing"]
    assert "조선대성총무역회사" in json.dumps(written, ensure_ascii=False)
    html = tmp_path / "S002-cbp.html"
    assert main(["--db", str(db), "-q", "report", "allegation", "S002", "--out", str(html)]) == 0
    assert "19 CFR 12.42(b)" in html.read_text(encoding="utf-8")
    assert main(["--db", str(db), "-q", "report", "allegation", "S002", "--form", "x", "--out", str(out)]) == 2
    book = tmp_path / "findings.xlsx"
    assert main(["--db", str(db), "-q", "report", "findings", "--out", str(book)]) == 0
    rows = list(load_workbook(book, read_only=True)["findings"].values)
    assert rows[0][:4] == ("record_type", "record_id", "score", "tier") and rows[1][3] == "high"
    assert any("조선대성총무역회사" in str(cell) for row in rows for cell in row)
