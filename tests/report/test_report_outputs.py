"""findings.csv / findings.json columns, and a self-contained, escaped report.html with an SVG Sankey."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from chainlight.model.records import Listing
from chainlight.report import write_findings_csv, write_findings_json, write_report_html
from chainlight.report.sankey import sankey_svg
from chainlight.score.screen import ScreenResult, screen
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


@pytest.fixture(scope="module")
def result() -> ScreenResult:
    data = inputs()
    data.listings.append(Listing("L-XSS", "<script>alert(1)</script> lashes", "Evil <script>alert(1)</script> <b>Shop</b>",
                                 url="javascript:alert(1)"))
    return screen(data, matcher=FakeMatcher(entities()), classifier=FakeClassifier(), cluster=fake_cluster_parties)


def test_csv_has_formats_md_columns_and_json_evidence(result: ScreenResult, tmp_path: Path) -> None:
    path = write_findings_csv(result.findings, tmp_path / "findings.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == ["record_type", "record_id", "score", "tier", "policies", "summary", "evidence"]
    l1 = next(r for r in rows if r["record_id"] == "L-1")
    assert l1["tier"] == "high" and "CAATSA-321;" in l1["policies"]
    steps = json.loads(l1["evidence"])
    assert {"kind", "subject", "object", "detail", "confidence", "source_ids", "source_url"} <= set(steps[0])
    assert any("조선릉라도무역총회사" in s["detail"] for s in steps)  # Hangul survives, unescaped


def test_json_keeps_meta_and_evidence_lists(result: ScreenResult, tmp_path: Path) -> None:
    path = write_findings_json(result.findings, tmp_path / "findings.json", {"scorer": "risk_v1"})
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["meta"] == {"scorer": "risk_v1"} and len(doc["findings"]) == len(result.findings)
    assert isinstance(doc["findings"][0]["evidence"], list)


def test_html_is_offline_escaped_and_shows_chains(result: ScreenResult, tmp_path: Path) -> None:
    html = write_report_html(result, tmp_path / "report.html", {"title": "demo <x>"}).read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Shop" in html
    assert "javascript:" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "").split("<body>")[0]
    assert "<svg" in html and "<path" in html and "<link" not in html
    assert 'href="https://www.dailynk.com/english/kaechon-prison-camp-works-inmates-death/"' in html
    assert "平度美睫有限公司" in html and "66.7%" in html
    for tier in ("high", "elevated", "low", "none"):
        assert f'class="{tier}"><b>' in html


def test_sankey_handles_cycles_and_empty_input() -> None:
    svg = sankey_svg([("A", "B", "wigs", 10.0), ("B", "A", "wigs", 5.0), ("B", "<C>", "wigs", 5.0)])
    assert svg.startswith("<svg") and "&lt;C&gt;" in svg and svg.count("<path") == 3
    assert "No traced flows" in sankey_svg([])


def test_sankey_left_column_labels_stay_inside_the_view() -> None:
    import re

    svg = sankey_svg([("조선릉라도무역총회사 Korea Rungrado General Trading Corp", "平度市睫毛制品有限公司", "false_eyelashes",
                       120.0)])
    for x, anchor in re.findall(r'<text x="([0-9.-]+)" y="[0-9.]+" text-anchor="(\w+)"', svg):
        assert anchor == "start" and float(x) > 0  # starts inside the SVG and runs rightwards
    assert "조선릉라도무역총회사" in svg
