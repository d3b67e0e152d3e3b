"""The analyst's pages (GET): each gathers data through the API's functions and renders one template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from chainlight.api import queries
from chainlight.api.chains import linked_evidence
from chainlight.api.claims import STATUSES, list_claims
from chainlight.api.deps import AppState, locked_state
from chainlight.api.entities import entity_detail
from chainlight.api.findings import finding_detail
from chainlight.errors import NotFoundError
from chainlight.web.render import render, trusted_svg

router = APIRouter(prefix="/ui", include_in_schema=False)
PAGE_SIZE = 100  # findings per page: a run of 20,000 findings is 200 pages, not one 58-second page
State = Annotated[AppState, Depends(locked_state)]


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, state: State) -> HTMLResponse:
    run = queries.latest_run(state.store)
    # counted in SQL: the dashboard of a 100k-finding run reads ten findings, not all of them
    rows = queries.findings(state.store, limit=10) if run else []
    counts = {t: queries.count_findings(state.store, tier=t) for t in queries.TIERS}
    by_type = {k: sum(queries.count_findings(state.store, tier=t, record_type=k) for t in ("high", "elevated"))
               for k in queries.RECORD_TYPES}
    return render(request, "dashboard.html", run=run, counts=counts, by_type=by_type,
                  datasets=state.store.datasets(), pending=len(state.store.claims(("pending",))),
                  recent=queries.audit(state.store, limit=8), top=rows[:10])


@router.get("/findings", response_class=HTMLResponse)
def findings_page(request: Request, state: State, tier: str | None = None,
                  record_type: str | None = None, run_id: str | None = None, page: int = 1) -> HTMLResponse:
    page = max(1, page)
    total = queries.count_findings(state.store, run_id or None, tier or None, record_type or None)
    rows = queries.findings(state.store, run_id or None, tier=tier or None, record_type=record_type or None,
                            limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    decisions = {f["record_id"]: queries.latest_decision(state.store, f["record_id"], f) for f in rows}
    return render(request, "findings.html", rows=rows, decisions=decisions, tier=tier or "",
                  record_type=record_type or "", record_types=queries.RECORD_TYPES,
                  runs=queries.runs(state.store), run_id=run_id or "", page=page, total=total,
                  pages=max(1, -(-total // PAGE_SIZE)))


@router.get("/findings/{record_id}", response_class=HTMLResponse)
def finding_page(request: Request, record_id: str, state: State) -> HTMLResponse:
    data = finding_detail(state, record_id, with_sankey=True)
    return render(request, "finding.html", f=data, sankey=trusted_svg(data.get("sankey_svg")),
                  decisions=queries.DECISIONS,
                  history=queries.audit(state.store, subject=f"finding:{record_id}", limit=50))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, state: State) -> HTMLResponse:
    return render(request, "entity.html", e=entity_detail(state, entity_id))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, state: State) -> HTMLResponse:
    claim = next((c for c in list_claims(state.store, list(STATUSES)) if c["id"] == claim_id), None)
    if claim is None:
        raise NotFoundError(f"no claim '{claim_id}'")
    links = linked_evidence(state, [{"source_ids": [f"evidence:{claim_id}"]}])
    return render(request, "claim.html", c=claim, entities=state.entities(), links=links,
                  history=queries.audit(state.store, subject=claim_id, limit=50))


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, state: State, status: str = "pending") -> HTMLResponse:
    claims = list_claims(state.store, [status])
    return render(request, "review.html", claims=claims, status=status, statuses=STATUSES,
                  entities=state.entities())


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, state: State, subject: str | None = None) -> HTMLResponse:
    return render(request, "audit.html", rows=queries.audit(state.store, subject=subject or None, limit=500),
                  subject=subject or "")
