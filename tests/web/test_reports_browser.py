"""Reports from the workspace in a real browser (Debian's headless Chromium driven by Playwright): an analyst
reads a finding's CBP allegation draft and EU FLR submission draft, downloads the finding's PDF dossier from its
page, opens a case and downloads the case's PDF dossier from the case page.  Each PDF is read back (its text
holds the Hangul and Hanzi names, its fonts are Debian's Noto CJK) and shown in Chromium's own PDF viewer, whose
screenshot is kept beside the PDF in `test-artifacts/reports/` (ignored by git; CHAINLIGHT_TEST_ARTIFACTS names
another folder): a look at the glyphs as drawn, which text extraction alone cannot give.

Marked slow; skipped where Chromium or Playwright is missing (as the other browser tests), and the PDF steps
where WeasyPrint's Pango or the CJK fonts are missing (README: "Reports fit to file").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from chainlight.report import dossier
from tests.helpers.browser import artifacts, served_store, signed_in_page

SHIPPER = "조선대성총무역회사"  # the DPRK shipper of the demo's bills of lading, in Hangul
PROCESSOR = "平度市大泽山镇曦悦睫毛工艺品有限公司"  # the Chinese lash processor it ships to


@pytest.fixture()
def app_url(demo_db_template: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with served_store(demo_db_template, tmp_path, [("박지민", "analyst")]) as served_at:
        yield served_at


def _pdf_or_skip() -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pytest.skip("WeasyPrint or Pango is not installed (README: Reports fit to file)")
    if not dossier.cjk_font_installed():
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk)")


def _text_and_fonts(path: Path) -> tuple[str, set[str]]:
    reader = PdfReader(path)
    fonts: set[str] = set()
    for page in reader.pages:
        found = page["/Resources"].get_object().get("/Font", {})
        fonts |= {str(font.get_object()["/BaseFont"]) for font in found.get_object().values()}
    return "\n".join(page.extract_text() or "" for page in reader.pages), fonts


def _download(page: Any, selector: str, target: Path) -> Path:
    with page.expect_download() as download:
        page.click(selector)
    download.value.save_as(target)
    return target


def _show_pdf(browser_page: Any, pdf: Path, shot: Path) -> None:
    """The PDF in Chromium's own viewer (a file:// address: the server sends it as an attachment)."""
    viewer = browser_page.context.browser.new_page(viewport={"width": 1000, "height": 1300})
    viewer.goto(pdf.resolve().as_uri())
    viewer.wait_for_timeout(2500)  # the viewer draws after the load event
    viewer.screenshot(path=str(shot))
    viewer.close()
    assert shot.stat().st_size > 50_000  # a drawn page, not an empty viewer


@pytest.mark.slow
def test_filing_drafts_and_the_pdf_dossiers_of_a_finding_and_a_case(app_url: tuple[str, str]) -> None:
    base, key = app_url
    shots = artifacts("reports")
    with signed_in_page(base, key) as page:

        # the CBP draft of a shipment from the listed shipper: filled fields, missing ones marked
        page.goto(f"{base}/ui/findings/S002")
        page.click("nav.finding-nav a:text-is('Allegation draft (CBP)')")
        page.wait_for_url(re.compile(r".*/ui/findings/S002/allegation\?form=cbp$"))
        assert SHIPPER in page.inner_text("table.filing")
        assert page.locator("table.filing tr.field-filled").count() >= 3
        assert page.locator("table.filing tr.field-for-the-filer").count() >= 1  # the filer's own details
        page.screenshot(path=str(shots / "1-cbp-draft-S002.png"), full_page=True)

        # the EU FLR draft, one click away: the Union market is not in the evidence and says so
        page.click("nav.form-nav a:text-is('EU Forced Labour Regulation submission')")
        page.wait_for_url(re.compile(r".*form=eu-flr$"))
        union = page.locator("table.filing tr[data-key=union_market]")
        assert union.get_attribute("class") == "field-missing"
        assert "union_market" in page.inner_text("p.draft-state")
        page.screenshot(path=str(shots / "2-eu-flr-draft-S002.png"), full_page=True)

        _pdf_or_skip()

        # the finding's PDF dossier from its page
        page.goto(f"{base}/ui/findings/L001")
        finding_pdf = _download(page, "nav.finding-nav a:text-is('PDF dossier')", shots / "dossier-L001.pdf")
        text, fonts = _text_and_fonts(finding_pdf)
        assert SHIPPER in text and "曦悦睫毛" in text and "L001" in text
        assert any("Noto-Sans-CJK" in name for name in fonts), fonts
        _show_pdf(page, finding_pdf, shots / "3-dossier-L001.png")

        # a case opened from the finding, and its PDF dossier from the case page
        title = "조선대성 → 平度 曦悦: 원산지 증명 요청"
        page.fill("form.case-form input[name=title]", title)
        page.fill("form.case-form textarea[name=note]", "송장과 원산지 증명서를 요청함")
        page.click("form.case-form button[type=submit]")
        page.wait_for_url(re.compile(r".*/ui/cases/case-\d+$"))
        case_id = page.url.rsplit("/", 1)[1]
        case_pdf = _download(page, "nav.case-nav a:text-is('PDF dossier')", shots / f"dossier-{case_id}.pdf")
        text, fonts = _text_and_fonts(case_pdf)
        squeezed = "".join(text.split())
        assert "".join(title.split()) in squeezed and "송장과원산지증명서를요청함" in squeezed
        assert "L001" in text and (SHIPPER in text or PROCESSOR in squeezed)
        assert any("Noto-Sans-CJK" in name for name in fonts), fonts
        _show_pdf(page, case_pdf, shots / "4-dossier-case.png")
    assert len(list(shots.glob("*.png"))) >= 4
