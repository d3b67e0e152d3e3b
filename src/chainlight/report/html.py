"""report.html: one self-contained file a customs officer can open offline (inline CSS and SVG, no CDN).

Every user-supplied string goes through Jinja's autoescape; links are kept only for http(s) addresses so
that a crafted source URL cannot become a script.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from chainlight.edges import written
from chainlight.report.sankey import sankey_svg

if TYPE_CHECKING:
    from chainlight.model.finding import Finding
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
    return _render(findings, counts, result.flows, meta, sorted(result.skipped.items()), result.details[:200])


def render_columnar_report(worst: Sequence[Finding], counts: Mapping[str, int],
                           flows: Sequence[tuple[str, str, str, float]], meta: dict[str, Any] | None = None) -> str:
    """report.html of a columnar screen: every tier's count, the flows of tainted goods, and the `worst`
    findings (tier, then score) with their evidence; findings.csv holds every record."""
    shown = sorted(worst, key=lambda f: (TIER_ORDER.get(f.tier, 9), -f.score, f.record_id))
    total = sum(n for t, n in counts.items() if t != "none")
    note = (f"The {len(shown):,} worst of {total:,} findings at tier low and above, with their evidence; "
            "findings.csv lists every record, and `chainlight serve` shows them all") if len(shown) < total else ""
    return _render(shown, Counter(dict(counts)), flows, meta, [], [], note)


def _render(findings: Sequence[Finding], counts: Counter[str], flows: Sequence[tuple[str, str, str, float]],
            meta: dict[str, Any] | None, skipped: list[tuple[str, int]], details: Sequence[Any],
            note: str = "") -> str:
    return _env().get_template("report.html.j2").render(
        meta=meta or {}, findings=findings,
        counts=[(t, counts.get(t, 0)) for t in ("high", "elevated", "low", "none")],
        chains=[f for f in findings if f.tier in ("high", "elevated")],
        skipped=skipped, details=details, note=note,
        scorers=", ".join(sorted({f.scorer for f in findings if f.scorer})),
        sankey=Markup(sankey_svg(list(flows))))  # built from escaped parts in sankey.py


def write_report_html(result: ScreenResult, path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    path = Path(path)
    with written(path) as fh:
        fh.write(render_report(result, meta))
    return path


def write_columnar_report_html(worst: Sequence[Finding], counts: Mapping[str, int],
                               flows: Sequence[tuple[str, str, str, float]], path: str | Path,
                               meta: dict[str, Any] | None = None) -> Path:
    path = Path(path)
    with written(path) as fh:
        fh.write(render_columnar_report(worst, counts, flows, meta))
    return path
