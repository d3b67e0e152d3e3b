"""The pages' Jinja2 environment: autoescaping on for every template, so names, quotes and notes from lists,
reports and analysts are always shown as text, never run as markup."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.requests import Request

from chainlight.api.explain import plain_summary

TEMPLATES = Path(__file__).parent / "templates"
TIER_ORDER = ("high", "elevated", "low", "none")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["url"] = lambda value: quote(str(value), safe="")
    env.filters["pct"] = lambda value: f"{float(value) * 100:.0f}%"
    env.filters["score"] = lambda value: f"{float(value):.2f}"
    env.filters["httpurl"] = http_url
    env.filters["plain"] = plain_summary
    env.filters["share"] = lambda value: "—" if value is None else f"{float(value) * 100:.1f}%"
    env.globals["tiers"] = TIER_ORDER
    env.globals["qs"] = query_string
    return env


def query_string(params: dict[str, str], **changes: object) -> str:
    """The page's URL parameters with some changed (None or "" drops one), encoded: every value, a Hangul
    search or an id with `&` in it, stays one parameter."""
    merged: dict[str, object] = {**params, **changes}
    return urlencode({k: str(v) for k, v in merged.items() if v not in (None, "")})


def http_url(value: object) -> str:
    """Only web links become hrefs: a `javascript:` URL in a list or report must not run in the app."""
    text = str(value or "")
    return text if text.startswith(("https://", "http://")) else "#"


def render(request: Request, template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(template).render(request=request, path=request.url.path,
                                                        **_session(request), **context)
    return HTMLResponse(html, status_code=http_status)


def _session(request: Request) -> dict[str, Any]:
    """The logged-in user and the CSRF token the page's forms carry (empty without a session)."""
    from chainlight.api.access import SESSION_COOKIE, csrf_token

    user = getattr(request.state, "user", None)
    session = request.cookies.get(SESSION_COOKIE)
    token = csrf_token(request.app.state.chainlight, session) if session and user is not None else ""
    return {"user": user, "csrf_token": token}


def trusted_svg(svg: str | None) -> Markup | None:
    """The Sankey chart is built by chainlight.report.sankey, which escapes every label itself."""
    return Markup(svg) if svg else None


def render_error(request: Request, status: int, detail: str) -> HTMLResponse:
    return render(request, "error.html", http_status=status, status_code=status, detail=detail)
