"""PDF dossiers of a finding and of a case, on the demo store: the PDF's own text (read back with pypdf) holds the
Hangul and Hanzi names, the sources' addresses and dates, and the decision trail; the HTML escapes what analysts
and reports wrote."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from chainlight.api import queries
from chainlight.api.deps import AppState
from chainlight.api.reports import case_bundle, finding_bundle
from chainlight.cli import main
from chainlight.report import dossier
from chainlight.report.dossier import PdfUnavailable, case_html, finding_html
from chainlight.settings import Settings
from chainlight.store import cases

ANALYST = "김수현"
CASE_TITLE = "平度 曦悦 假睫毛 — 조선대성 경로"


@pytest.fixture(scope="module")
def db(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dossier") / "store.duckdb"
    shutil.copy(demo_db_template, path)
    return path


@pytest.fixture(scope="module")
def state(db: Path) -> Iterator[AppState]:
    app_state = AppState(db, Settings())
    with app_state.lock:
        queries.decide_finding(app_state.store, "L001", "needs_evidence", ANALYST, "공급업체에 원산지 증명 요청")
        cases.open_case(app_state.store.con, ANALYST, CASE_TITLE, ["L001", "S002"],
                        note="<script>alert('note')</script> 인보이스 대기")
    yield app_state
    app_state.close()


def _pdf_available() -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pytest.skip("WeasyPrint or Pango is not installed (see README: fonts and PDF)")
    if not dossier.cjk_font_installed():
        pytest.skip("no CJK font (apt-get install fonts-noto-cjk)")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    """The fonts embedded in the PDF: text extraction alone would also find characters drawn as empty boxes."""
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names |= {str(font.get_object()["/BaseFont"]) for font in fonts.get_object().values()}
    return names


def _squeezed(text: str) -> str:
    """The text without line breaks or spaces: a long address wraps across lines in a table cell."""
    return "".join(text.split())


def test_a_finding_dossier_holds_the_record_chain_sources_and_trail(state: AppState) -> None:
    with state.lock:
        bundle = finding_bundle(state, "L001")
    html = finding_html(bundle)
    assert "平度市大泽山镇曦悦睫毛工艺品有限公司" in html and "조선대성총무역회사" in html
    assert "<svg" in html and bundle["sankey_svg"]  # the flows of the chain
    reports = [s for s in bundle["sources"] if s["kind"] == "report"]
    assert reports and all(s["url"].startswith("http") for s in reports)
    assert sum(bool(s["date"]) for s in reports) > len(reports) / 2  # a few reports carry no date: "undated"
    assert any(s["quote"] for s in reports) and any(s["kind"] == "list entry" for s in bundle["sources"])
    assert [r["actor"] for r in bundle["trail"]] == [ANALYST] and bundle["cases"][0]["title"] == CASE_TITLE


def test_the_case_dossier_escapes_notes_and_names_each_finding(state: AppState) -> None:
    with state.lock:
        case = case_bundle(state, cases.list_cases(state.store.con)[0]["case_id"])
    html = case_html(case)
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert CASE_TITLE in html and "case.opened" in html
    assert [f["record_id"] for f in case["findings"]] == ["L001", "S002"]


def test_the_pdf_of_a_finding_renders_hangul_hanzi_sources_and_dates(db: Path, state: AppState,
                                                                      tmp_path: Path) -> None:
    _pdf_available()
    state.close()  # the command opens the store itself
    out = tmp_path / "L001.pdf"
    assert main(["--db", str(db), "-q", "report", "dossier", "L001", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = _text(out)
    assert "조선대성총무역회사" in text and "曦悦睫毛" in text and ANALYST in text
    assert any("Noto-Sans-CJK" in name for name in _fonts(out))  # the glyphs are drawn from Debian's Noto CJK
    assert "공급업체에 원산지 증명 요청" in text  # the decision's note
    with state.lock:
        bundle = finding_bundle(state, "L001", with_sankey=False)
    squeezed = _squeezed(text)
    for source in bundle["sources"]:
        if source["kind"] == "report":
            assert _squeezed(source["url"]) in squeezed, source["url"]
            assert (source["date"] or "undated") in text
    assert "KOREA DAESONG GENERAL TRADING CORPORATION" in text


def test_the_pdf_of_a_case(state: AppState, tmp_path: Path) -> None:
    _pdf_available()
    with state.lock:
        case = case_bundle(state, cases.list_cases(state.store.con)[0]["case_id"])
    path = dossier.write_pdf(case_html(case), tmp_path / "case.pdf")
    text = _text(path)
    assert "平度" in text and "조선대성" in text and "인보이스 대기" in text
    assert "L001" in text and "S002" in text


def test_without_a_cjk_font_the_pdf_is_refused_with_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dossier, "cjk_font_installed", lambda: False)
    with pytest.raises(PdfUnavailable, match=r"fonts-noto-cjk|weasyprint"):
        dossier.pdf_bytes("<p>조선</p>")


def test_the_command_refuses_a_wrong_suffix_and_an_unknown_finding(db: Path, state: AppState,
                                                                    tmp_path: Path) -> None:
    state.close()
    assert main(["--db", str(db), "-q", "report", "dossier", "L001", "--out", str(tmp_path / "d.docx")]) == 2
    assert main(["--db", str(db), "-q", "report", "dossier", "NOPE", "--out", str(tmp_path / "d.html")]) == 2
    assert main(["--db", str(db), "-q", "report", "case", "no-such-case", "--out", str(tmp_path / "c.pdf")]) == 2
    assert not list(tmp_path.iterdir())  # nothing half-written
