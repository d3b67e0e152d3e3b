"""An analyst's morning in a real browser (Debian's headless Chromium, driven by Playwright): log in with a key,
confirm a claim in the review queue, decide on a finding, and find both in the audit trail under their name.

Marked slow and skipped, with the reason shown, where /usr/bin/chromium or Playwright is not installed (CI
installs both: see .ci/run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.browser import CHROMIUM, FLAGS, served_store


@pytest.fixture()
def app_url(demo_db_template: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with served_store(demo_db_template, tmp_path, [("정하늘", "analyst")]) as served_at:
        yield served_at


@pytest.mark.slow
def test_login_review_decide_and_audit(app_url: tuple[str, str]) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    base, key = app_url
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page()
        page.goto(f"{base}/ui/login")
        page.fill("input[name=api_key]", key)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/ui/")
        assert "정하늘" in page.inner_text("header")

        page.goto(f"{base}/ui/review")
        first = page.locator("article.claim").first
        claim_id = first.locator("header code").inner_text()
        first.locator("button[value=confirm]").click()
        page.wait_for_url(f"{base}/ui/review?status=pending")
        assert claim_id not in page.content()

        page.goto(f"{base}/ui/findings/L001")
        page.check("input[name=decision][value=needs_evidence]")
        page.fill("input[name=note]", "송장 요청 (ask for invoices)")
        page.click("form[action$='/decision'] button[type=submit]")
        page.wait_for_url(f"{base}/ui/findings/L001")
        assert "needs evidence" in page.inner_text("main")

        page.goto(f"{base}/ui/audit")
        trail = page.inner_text("main")
        assert "claim.confirmed" in trail and "finding.needs_evidence" in trail and claim_id in trail
        assert trail.count("정하늘") >= 2
        browser.close()
