"""The analyst's pages (GET): each gathers data through the API's functions and renders one template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from chainlight.api import queries, workspace
from chainlight.api.cases import case_detail
from chainlight.api.chains import linked_evidence
from chainlight.api.claims import STATUSES, list_claims
from chainlight.api.deps import AppState, locked_state
from chainlight.api.entities import entity_detail
from chainlight.api.findings import finding_detail, view_of
from chainlight.api.limits import MAX_OFFSET
from chainlight.errors import NotFoundError
from chainlight.store import cases
from chainlight.web.render import render, trusted_svg

router = APIRouter(prefix="/ui", include_in_schema=False)
PAGE_SIZE = 100  # findings per page: a run of 20,000 findings is 200 pages, not one 58-second page
State = Annotated[AppState, Depends(locked_state)]


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, state: State) -> HTMLResponse:
    run = queries.latest_run(state.store)
    # counted in SQL: the dashboard of a 100k-finding run reads ten findings, not all of them
    rows = workspace.rows(state, workspace.View(limit=10), with_evidence=False) if run else []
    counts = {t: queries.count_findings(state.store, tier=t) for t in queries.TIERS}
    by_type = {k: sum(queries.count_findings(state.store, tier=t, record_type=k) for t in ("high", "elevated"))
               for k in queries.RECORD_TYPES}
    return render(request, "dashboard.html", run=run, counts=counts, by_type=by_type,
                  datasets=state.store.datasets(), pending=len(state.store.claims(("pending",))),
                  recent=queries.audit(state.store, limit=8), top=rows[:10])


PAGE_SIZES = (25, 50, 100, 200)


@router.get("/findings", response_class=HTMLResponse)
def findings_page(request: Request, state: State, tier: str | None = None, record_type: str | None = None,
                  run_id: str | None = None, decision: str | None = None, q: str | None = None,
                  entity: str | None = None, sort: str = "rank", order: str = "desc", page: int = 1,
                  size: int = PAGE_SIZE) -> HTMLResponse:
    """One page of the view: search, filters and order travel in the URL, so a view can be bookmarked, shared
    and exported as it is."""
    size = size if size in PAGE_SIZES else PAGE_SIZE
    view = view_of(state, run_id, tier, record_type, decision, q, entity, sort, order, limit=size)
    page = min(max(1, page), 1 + MAX_OFFSET // size)  # beyond it a query would fail, not show the last page
    view.offset = (page - 1) * size  # the page asked, counted in the same scan
    total = workspace.count(state, view)
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    view.offset = (page - 1) * size  # past the last page: the last one
    rows = workspace.rows(state, view, with_evidence=False)
    entity_name = None
    if entity:
        known = state.entities().get(entity)
        entity_name = known.caption if known else entity
    params = view.params()
    return render(request, "findings.html", rows=rows, view=view, params=params, total=total, page=page,
                  pages=pages, size=size, sizes=PAGE_SIZES, record_types=queries.RECORD_TYPES,
                  decision_states=workspace.DECISION_STATES, runs=queries.runs(state.store),
                  entity_name=entity_name, sorts=SORT_COLUMNS,
                  cases_of=case_ids_of(state, [r["record_id"] for r in rows]))


SORT_COLUMNS = {"record_type": "record", "record_id": "id", "score": "score", "tier": "tier", "share": "share",
                "decision": "decision"}


def case_ids_of(state: AppState, record_ids: list[str]) -> dict[str, list[str]]:
    if not record_ids:
        return {}
    marks = ", ".join("?" for _ in record_ids)
    out: dict[str, list[str]] = {}
    for cid, rid in state.store.con.execute(f"SELECT case_id, record_id FROM case_findings WHERE record_id IN "
                                            f"({marks}) ORDER BY case_id", record_ids).fetchall():
        out.setdefault(str(rid), []).append(str(cid))
    return out


@router.get("/findings/{record_id}", response_class=HTMLResponse)
def finding_page(request: Request, record_id: str, state: State) -> HTMLResponse:
    data = finding_detail(state, record_id, with_sankey=True)
    return render(request, "finding.html", f=data, sankey=trusted_svg(data.get("sankey_svg")),
                  decisions=queries.DECISIONS,
                  history=queries.audit(state.store, subject=f"finding:{record_id}", limit=50),
                  cases=cases.list_cases(state.store.con, record_id=record_id, limit=20),
                  users=assignable(state))


def assignable(state: AppState) -> list[str]:
    """Names an analyst can assign a case to: the store's users that are not revoked."""
    return [str(r[0]) for r in state.store.con.execute(
        "SELECT name FROM users WHERE revoked_at IS NULL ORDER BY name").fetchall()]


FORM_LABELS = (("cbp", "CBP forced-labour allegation"), ("eu-flr", "EU Forced Labour Regulation submission"))


@router.get("/findings/{record_id}/allegation", response_class=HTMLResponse)
def allegation_page(request: Request, record_id: str, state: State, form: str = "cbp") -> HTMLResponse:
    """A filing draft of a finding (CBP's allegation or the EU FLR's submission), each field filled from the
    evidence or marked missing: the page of `GET /reports/findings/{id}/allegation`."""
    from chainlight.api.reports import finding_bundle
    from chainlight.report.filings import as_text, draft

    filing = draft(form, finding_bundle(state, record_id, with_sankey=False))
    return render(request, "filing.html", draft=filing, missing=filing.missing(), as_text=as_text,
                  forms=FORM_LABELS)


@router.get("/cases", response_class=HTMLResponse)
def cases_page(request: Request, state: State, status: str | None = None, assignee: str | None = None,
               page: int = 1) -> HTMLResponse:
    con = state.store.con
    total = cases.count_cases(con, status or None, assignee or None)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    rows = cases.list_cases(con, status or None, assignee or None, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(request, "cases.html", rows=rows, total=total, page=page, pages=pages, status=status or "",
                  assignee=assignee or "", statuses=cases.STATUSES, users=assignable(state))


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, state: State) -> HTMLResponse:
    return render(request, "case.html", c=case_detail(state, case_id), statuses=cases.STATUSES,
                  users=assignable(state), decisions=queries.DECISIONS)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, state: State) -> HTMLResponse:
    view = workspace.View(entity=entity_id, limit=10)
    return render(request, "entity.html", e=entity_detail(state, entity_id),
                  findings=workspace.rows(state, view, with_evidence=False), finding_count=workspace.count(state, view))


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
