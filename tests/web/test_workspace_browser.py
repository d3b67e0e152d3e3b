"""A day's work in the analyst workspace, in a real browser (Debian's headless Chromium driven by Playwright):
search in Hangul, sort, page, export the view as CSV and XLSX, read a finding with its record and its chain,
open the technical explanation, and open and work a case.  Screenshots of each step are kept in
`test-artifacts/workspace/` (ignored by git; CHAINLIGHT_TEST_ARTIFACTS names another folder).

Marked slow and skipped, with the reason shown, where /usr/bin/chromium or Playwright is not installed (CI
installs both, and Noto CJK so that Hangul and Hanzi show in the screenshots: see .ci/run).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers.browser import artifacts, served_store, signed_in_page


@pytest.fixture()
def app_url(demo_db_template: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with served_store(demo_db_template, tmp_path, [("정하늘", "analyst"), ("王芳", "analyst")]) as served_at:
        yield served_at


def _count(page: object) -> int:
    text = page.inner_text("p.viewbar .count")  # type: ignore[attr-defined]
    return int(re.match(r"(\d+) findings", text).group(1))  # type: ignore[union-attr]


def _ids(page: object) -> list[str]:
    return page.locator("table.findings tbody tr td:nth-child(2) a").all_inner_texts()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_search_sort_page_export_and_a_case(app_url: tuple[str, str], tmp_path: Path) -> None:
    base, key = app_url
    shots = artifacts("workspace")
    with signed_in_page(base, key) as page:

        # search: a shipper's name as the bill of lading writes it, in Hangul
        page.goto(f"{base}/ui/findings")
        everything = _count(page)
        page.fill("input[name=q]", "조선대성총무역회사")
        page.click("form.filters button[type=submit]")
        page.wait_for_url(re.compile(r".*q=%EC%A1%B0.*"))
        found = _ids(page)
        assert "S002" in found and "L001" in found and "L002" not in found
        assert _count(page) == len(found) < everything
        assert page.input_value("input[name=q]") == "조선대성총무역회사"
        page.screenshot(path=str(shots / "1-search-hangul.png"), full_page=True)

        # sort by id, then the other way
        page.click("th a.sort:text-is('id')")
        page.wait_for_url(re.compile(r".*sort=record_id.*"))
        assert _ids(page) == sorted(found, reverse=True)
        page.click("th a.sort:has-text('id')")
        page.wait_for_url(re.compile(r".*order=asc.*"))
        assert _ids(page) == sorted(found)
        assert page.input_value("input[name=q]") == "조선대성총무역회사"  # the search stays

        # pages of 25 over the whole run
        page.goto(f"{base}/ui/findings")
        page.select_option("select[name=size]", "25")
        page.wait_for_url(re.compile(r".*size=25.*"))
        first = _ids(page)
        assert len(first) == 25
        page.locator("nav.pager a[rel=next]").first.click()
        page.wait_for_url(re.compile(r".*page=2.*"))
        second = _ids(page)
        assert 0 < len(second) <= 25 and not set(first) & set(second)
        page.screenshot(path=str(shots / "2-page-2.png"), full_page=True)

        # export the filtered view: high-tier shipments
        page.goto(f"{base}/ui/findings?tier=high&record_type=shipment")
        view = _count(page)
        with page.expect_download() as csv_download:
            page.click("a.export:text-is('CSV')")
        rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8-sig"))))
        assert len(rows) == view and {r["tier"] for r in rows} == {"high"}
        assert {r["record_type"] for r in rows} == {"shipment"}
        with page.expect_download() as xlsx_download:
            page.click("a.export:text-is('XLSX')")
        target = tmp_path / "view.xlsx"
        xlsx_download.value.save_as(target)
        sheet = load_workbook(target)["findings"]
        assert sheet.max_row == view + 1

        # a finding: the record beside it, the chain as a path, logits only behind the toggle
        page.goto(f"{base}/ui/findings/S002")
        record = page.inner_text("section.record")
        assert "조선대성총무역회사" in record and "2023-05-18" in record
        assert "logit" not in page.inner_text("p.summary.plain")
        assert not page.locator("#technical code.explain").first.is_visible()
        page.click("#technical > summary")
        assert page.locator("#technical code.explain").first.is_visible()
        assert "logit" in page.inner_text("#technical")
        page.screenshot(path=str(shots / "3-finding-S002.png"), full_page=True)
        page.goto(f"{base}/ui/findings/L001")
        assert page.locator("li.hop").count() >= 2
        assert page.locator("svg.sankey-chart g.legend").count() == 1
        page.locator(".sankey").screenshot(path=str(shots / "4-sankey-L001.png"))

        # a case: opened from the finding, assigned, worked, noted
        page.goto(f"{base}/ui/findings/S002")
        page.fill("form.case-form input[name=title]", "조선대성 → 平度 Xiyue: 송장 확인")
        page.select_option("form.case-form select[name=assignee]", "王芳")
        page.fill("form.case-form input[name=due_date]", "2026-12-24")
        page.fill("form.case-form textarea[name=note]", "ask Xiyue for its 2023 invoices")
        page.click("form.case-form button[type=submit]")
        page.wait_for_url(re.compile(r".*/ui/cases/case-\d+$"))
        assert "조선대성 → 平度 Xiyue: 송장 확인" in page.inner_text("h1")
        assert page.inner_text("strong.assignee") == "王芳"
        page.select_option("form.case-form select[name=status]", "in_progress")
        page.click("form.case-form button[type=submit]")
        page.wait_for_load_state()
        page.fill("textarea[name=note]", "Xiyue 회신 대기")
        page.click("form[action$='/notes'] button[type=submit]")
        page.wait_for_load_state()
        text = page.inner_text("main")
        assert "in progress" in text and "Xiyue 회신 대기" in text and "ask Xiyue for its 2023 invoices" in text
        assert "case.opened" in text and "case.updated" in text and "case.note" in text
        page.screenshot(path=str(shots / "5-case.png"), full_page=True)
        page.goto(f"{base}/ui/cases")
        assert "王芳" in page.inner_text("table.cases")
    assert len(list(shots.glob("*.png"))) >= 5
