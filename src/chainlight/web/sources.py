"""A list's changes (GET /ui/sources/{dataset}/changes): what each update added, changed and removed.

The page reads what GET /sources/{dataset}/changes serves (the store's `changes_since`), so the app, the API
and `chainlight sources changes` always agree; like every GET page it needs a viewer (api/access.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from chainlight.api.entities import source_changes
from chainlight.web.pages import State
from chainlight.web.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
SHOWN = 1000  # rows on the page; the API and the CLI give every one


@router.get("/sources/{dataset}/changes", response_class=HTMLResponse)
def changes_page(request: Request, dataset: str, state: State, since: str | None = None) -> HTMLResponse:
    rows = source_changes(dataset, state, since or None)
    return render(request, "changes.html", dataset=dataset, since=since or "", updates=updates_of(rows),
                  rows=rows[:SHOWN], total=len(rows), shown=SHOWN)


def updates_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per update (ingest): its version and date, and how many entries it added, changed, removed."""
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        u = out.setdefault(r["ingest_id"], {"ingest_id": r["ingest_id"], "version": r["version"],
                                            "ingested_at": r["ingested_at"], "added": 0, "changed": 0,
                                            "removed": 0})
        u[r["change"]] = u.get(r["change"], 0) + 1
    return list(out.values())
