"""A dossier fit to file: a finding (or a case of findings) as a paginated PDF a customs officer or a court can
read without chainlight — the record, the chain as a path of shipment legs, the Sankey of the flows, every
source with its publisher, date and quote, and the decision trail from the audit log.

The HTML is rendered by Jinja with autoescaping (names, quotes and notes are text, never markup) and printed to
PDF by WeasyPrint, which draws text through Pango and fontconfig: Hangul and Hanzi need a CJK font on the
machine — Debian's `fonts-noto-cjk` (Noto Sans CJK), which .ci/run installs — and WeasyPrint needs Debian's
Pango (`libpango-1.0-0`, `libpangoft2-1.0-0`).  Without them the PDF is refused with what to install, rather
than printed with empty boxes.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from chainlight.edges import written_bytes
from chainlight.errors import ChainlightError
from chainlight.report.html import safe_url

TEMPLATES = Path(__file__).with_name("templates")
# fontconfig family names of Debian's fonts-noto-cjk; KR first so that Hanja-free Hangul uses Korean glyph forms
CJK_FONTS = ("Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK JP")


class PdfUnavailable(ChainlightError):
    """WeasyPrint, Pango or a CJK font is missing on this machine: exit 1 with what to install."""

    exit_code = 1
    http_status = 503


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["day"] = lambda value: str(value or "")[:10]
    env.filters["score"] = lambda value: f"{float(value):.2f}"
    return env


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def finding_html(bundle: dict[str, Any]) -> str:
    """One finding's dossier as a self-contained HTML page (api/reports.finding_bundle gives the bundle)."""
    return _env().get_template("dossier.html.j2").render(
        title=f"Dossier: {bundle['record_type']} {bundle['record_id']}", made=_stamp(), case=None,
        findings=[_prepared(bundle)], fonts=CJK_FONTS)


def case_html(case: dict[str, Any]) -> str:
    """A case's dossier: the case, its notes and trail, then each finding as in its own dossier."""
    return _env().get_template("dossier.html.j2").render(
        title=f"Case dossier: {case['title']}", made=_stamp(), case=case,
        findings=[_prepared(b) for b in case["findings"]], fonts=CJK_FONTS)


def _prepared(bundle: dict[str, Any]) -> dict[str, Any]:
    # the Sankey is built by report/sankey.py from escaped parts; everything else stays text
    svg = bundle.get("sankey_svg")
    if svg:
        # WeasyPrint does not carry the page's CSS into inline SVG: without a family its labels fall back to
        # whichever CJK face fontconfig prefers (Japanese forms of Hanzi)
        families = ", ".join(("DejaVu Sans", *CJK_FONTS))
        svg = svg.replace("<svg ", f'<svg font-family="{families}" ', 1)
    return dict(bundle, sankey=Markup(svg) if svg else None)


def cjk_font_installed() -> bool:
    try:
        listed = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return any(font in listed.stdout for font in CJK_FONTS)


def pdf_bytes(html: str) -> bytes:
    """The page printed to PDF (A4) by WeasyPrint."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango library itself is missing
        raise PdfUnavailable(f"PDF output needs WeasyPrint and Pango ({exc}): `pip install weasyprint` and "
                             "`apt-get install libpango-1.0-0 libpangoft2-1.0-0`") from exc
    if not cjk_font_installed():
        raise PdfUnavailable("no CJK font for Hangul and Hanzi: `apt-get install fonts-noto-cjk` (Debian), "
                             "then run the command again")
    document: bytes = HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
    return document


def write_pdf(html: str, path: str | Path) -> Path:
    path = Path(path)
    body = pdf_bytes(html)
    with written_bytes(path) as tmp:
        tmp.write_bytes(body)
    return path
