"""report.html: one self-contained file a customs officer can open offline (inline CSS and SVG, no CDN).

Every user-supplied string goes through Jinja's autoescape; links are kept only for http(s) addresses so
that a crafted source URL cannot become a script.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from chainlight.edges import written
from chainlight.report.sankey import sankey_svg

if TYPE_CHECKING:
    from chainlight.score.screen import ScreenResult

TEMPLATES = Path(__file__).with_name("templates")
TIER_ORDER = {"high": 0, "elevated": 1, "low": 2, "none": 3}


def safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    env.filters["safe_url"] = safe_url
    return env


def render_report(result: ScreenResult, meta: dict[str, Any] | None = None) -> str:
    findings = sorted(result.findings, key=lambda f: (TIER_ORDER.get(f.tier, 9), -f.score, f.record_id))
    counts = Counter(f.tier for f in findings)
    return _env().get_template("report.html.j2").render(
        meta=meta or {}, findings=findings,
        counts=[(t, counts.get(t, 0)) for t in ("high", "elevated", "low", "none")],
        chains=[f for f in findings if f.tier in ("high", "elevated")],
        skipped=sorted(result.skipped.items()), details=result.details[:200],
        sankey=Markup(sankey_svg(result.flows)))  # built from escaped parts in sankey.py


def write_report_html(result: ScreenResult, path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    path = Path(path)
    with written(path) as fh:
        fh.write(render_report(result, meta))
    return path
