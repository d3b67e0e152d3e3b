"""The trace tree in a real browser (Debian's headless Chromium driven by Playwright): from a finding to its
trace tree, from a listed source in the tree to its entity, from the entity to its findings, and from the
finding to the buyer's check and the PDF dossier.  Screenshots are kept in `test-artifacts/trace/` (ignored by
git; CHAINLIGHT_TEST_ARTIFACTS names another folder).  Marked slow; skipped where Chromium or Playwright is
missing, as the other browser tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.browser import artifacts, served_store, signed_in_page


@pytest.fixture()
def app_url(demo_db_template: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with served_store(demo_db_template, tmp_path, [("이서연", "analyst")]) as served_at:
        yield served_at


@pytest.mark.slow
def test_a_finding_its_trace_tree_the_listed_source_and_back(app_url: tuple[str, str]) -> None:
    base, key = app_url
    shots = artifacts("trace")
    with signed_in_page(base, key) as page:

        # the finding links to its trace tree
        page.goto(f"{base}/ui/findings/L008")
        page.click("nav.finding-nav a:text-is('Trace tree')")
        page.wait_for_url(f"{base}/ui/trace/L008")
        assert page.locator("li.tnode").count() >= 10
        roots = page.locator("li.tnode.root")
        assert roots.count() >= 1
        # nested: some shipment's inputs are drawn inside it, one level to the right
        nested = page.locator("li.tnode li.tnode .tcard").first
        outer = page.locator("ul.tree.top > li.tnode > .tcard").first
        assert nested.bounding_box()["x"] > outer.bounding_box()["x"]  # type: ignore[index]
        assert re.search(r"tainted ≤ \d+\.\d%", page.inner_text("main"))
        assert "logit" not in page.inner_text("main")  # the matcher's account stays behind "why"
        page.screenshot(path=str(shots / "1-trace-tree-L008.png"), full_page=True)

        # a listed source leads to its entity, and the entity to the findings that reach it
        page.locator("li.tnode.root .troot a").first.click()
        page.wait_for_url(re.compile(r".*/ui/entities/.+"))
        page.click("p.entity-findings a")
        page.wait_for_url(re.compile(r".*/ui/findings\?entity=.+"))
        assert page.locator("table.findings tbody tr").count() >= 1
        page.screenshot(path=str(shots / "2-entity-findings.png"), full_page=True)

        # the finding to the buyer's check, filled in from its record
        page.goto(f"{base}/ui/findings/L008")
        page.click("nav.finding-nav a:has-text(\"Buyer's check\")")
        page.wait_for_url(re.compile(r".*/ui/check\?.*title=.*"))
        assert page.input_value("input[name=seller]")
        page.screenshot(path=str(shots / "3-buyer-check-L008.png"), full_page=True)

        # and to its PDF dossier
        page.goto(f"{base}/ui/findings/L008")
        with page.expect_download() as download:
            page.click("nav.finding-nav a:text-is('PDF dossier')")
        pdf = shots / "L008.pdf"
        download.value.save_as(pdf)
        assert pdf.read_bytes()[:5] == b"%PDF-"
    assert len(list(shots.glob("*.png"))) >= 3
