"""The buyer's check and a dossier download in a real browser (Debian's headless Chromium driven by Playwright):
a viewer logs in, pastes a Korean title and a Chinese seller name, reads the verdict, and downloads a finding's
PDF dossier.  The screenshot and the PDF are kept in `test-artifacts/buyer/` (ignored by git;
CHAINLIGHT_TEST_ARTIFACTS names another folder).

Marked slow and skipped, with the reason shown, where /usr/bin/chromium or Playwright is not installed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from chainlight.report import dossier
from tests.helpers.browser import CHROMIUM, FLAGS, artifacts, served_store


@pytest.fixture()
def app_url(demo_db_template: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with served_store(demo_db_template, tmp_path, [("구매담당", "viewer")]) as served_at:
        yield served_at


@pytest.mark.slow
def test_a_viewer_checks_a_seller_and_downloads_a_dossier(app_url: tuple[str, str]) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    base, key = app_url
    shots = artifacts("buyer")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/ui/login")
        page.fill("input[name=api_key]", key)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/ui/")

        page.goto(f"{base}/ui/check")
        page.fill("input[name=title]", "3D 인조 속눈썹 수제 20쌍")
        page.fill("input[name=seller]", "平度市大泽山镇曦悦睫毛工艺品有限公司")
        page.click("form.check button[type=submit]")
        page.wait_for_selector("section.verdict")
        verdict = page.inner_text("section.verdict")
        assert "Do not buy until the seller proves a clean chain" in verdict
        assert "S001" in page.inner_text("main") and "What to ask the seller for" in page.inner_text("main")
        assert page.input_value("input[name=seller]") == "平度市大泽山镇曦悦睫毛工艺品有限公司"
        page.screenshot(path=str(shots / "1-buyer-check.png"), full_page=True)

        if dossier.cjk_font_installed():
            answer = page.request.get(f"{base}/reports/findings/L001.pdf")  # the session cookie goes along
            assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
            (shots / "dossier-L001.pdf").write_bytes(answer.body())
            text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(answer.body())).pages)
            assert "조선대성총무역회사" in text and "曦悦睫毛" in text
        browser.close()
