"""The analyst web app: server-rendered pages under /ui, plain CSS and JS under /static, nothing from a CDN.

    pages.py      dashboard, findings, finding, entity, claim pages, audit trail (GET)
    actions.py    review of claims and decisions on findings (POST forms, then redirect)
    login.py      log in with an API key (a signed session cookie), log out
    sources.py    a list's changes per update (added, changed, removed)
    trace.py      the trace tree: shipments upstream of a record, back to the listed sources
    render.py     the Jinja2 environment (autoescaping on) and the error page
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"


def mount(app: Any) -> None:
    from fastapi.staticfiles import StaticFiles

    from chainlight.web import actions, login, pages, sources, trace

    app.include_router(pages.router)
    app.include_router(sources.router)
    app.include_router(trace.router)
    app.include_router(actions.router)
    app.include_router(login.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
