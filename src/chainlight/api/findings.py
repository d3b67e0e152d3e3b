"""Findings of the latest run, one finding with its evidence chain, its trace, and analysts' decisions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask
from starlette.requests import Request

from chainlight.api import explain, export, queries, workspace
from chainlight.api.access import actor
from chainlight.api.chains import chain_flows, linked_evidence
from chainlight.api.deps import AppState, locked_state
from chainlight.api.limits import MAX_OFFSET

router = APIRouter(tags=["findings"])
State = Annotated[AppState, Depends(locked_state)]


class Decision(BaseModel):
    decision: str = Field(..., examples=["confirmed"], description="confirmed | dismissed | needs_evidence")
    actor: str = Field("", description="ignored: the audit names the user of the API key")
    note: str = ""


@router.get("/runs")
def list_runs(state: State) -> list[dict[str, Any]]:
    """Saved runs, newest first, with their inputs and counts; GET /findings?run_id=… reads any of them."""
    return queries.runs(state.store)


PAGE_MAX = 5000
Tier = Annotated[str | None, Query(description="high | elevated | low | none")]
Kind = Annotated[str | None, Query(description="listing | shipment | supplier | entity")]
DecisionState = Annotated[str | None, Query(description="undecided | confirmed | dismissed | needs_evidence "
                                                         "(the latest decision on the record)")]
Search = Annotated[str | None, Query(max_length=workspace.QUERY_MAX,
                                     description="a name or text in any script: 조선대성, 平度, glamlash")]
Sort = Annotated[str, Query(description="rank (tier, then presumption, then mass-balance share, then score) | "
                                        "score | share | tier | record_type | record_id | decision")]
Order = Annotated[str, Query(description="desc (worst first, for rank) | asc")]


def view_of(state: AppState, run_id: str | None, tier: str | None, record_type: str | None,
            decision: str | None, q: str | None, entity: str | None, sort: str, order: str,
            limit: int = 100, offset: int = 0) -> workspace.View:
    view = workspace.View(run_id or None, tier or None, record_type or None, decision or None,
                          (q or "").strip() or None, entity or None, sort or "rank", order or "desc", limit, offset)
    return workspace.resolve(state, view.check())


@router.get("/findings")
def list_findings(state: State, response: Response, run_id: str | None = None, tier: Tier = None,
                  record_type: Kind = None, decision: DecisionState = None, q: Search = None,
                  entity: Annotated[str | None, Query(description="findings whose chain reaches this entity")] = None,
                  sort: Sort = "rank", order: Order = "desc",
                  limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1000,
                  offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict[str, Any]]:
    """A page of a run's findings, worst first unless `sort` says otherwise; X-Total-Count says how many match.
    Each carries `label` (the record's title or parties), `presumption`, `share` (of its inputs that can carry
    tainted goods, by mass balance) and its latest `decision`."""
    view = view_of(state, run_id, tier, record_type, decision, q, entity, sort, order, limit, offset)
    response.headers["X-Total-Count"] = str(workspace.count(state, view))
    return workspace.rows(state, view)


@router.get("/findings/export", response_model=None)
def export_findings(state: State, format: Annotated[str, Query(description="csv | xlsx")] = "csv",
                    run_id: str | None = None, tier: Tier = None, record_type: Kind = None,
                    decision: DecisionState = None, q: Search = None, entity: str | None = None,
                    sort: Sort = "rank", order: Order = "desc") -> FileResponse:
    """The filtered view (every page of it, in its order) as CSV or XLSX; formula-like text is neutralised and
    no cell exceeds 32,767 characters.  At most 100,000 findings: narrow the view for more."""
    view = view_of(state, run_id, tier, record_type, decision, q, entity, sort, order)
    path = export.write(state, view, format)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%MZ")
    return FileResponse(path, media_type=export.FORMATS[format], filename=f"findings-{stamp}.{format}",
                        background=BackgroundTask(path.unlink, missing_ok=True))


def finding_detail(state: AppState, record_id: str, run_id: str | None = None,
                   with_sankey: bool = False) -> dict[str, Any]:
    """The finding with its decision, its evidence (source ids resolved), the record it is about, its chain as
    a path, its summary in plain words and the matcher's explanation apart."""
    data = queries.finding(state.store, record_id, run_id)
    data["decision"] = queries.latest_decision(state.store, record_id, data)  # on the evidence as stored
    data["evidence"] = linked_evidence(state, data["evidence"])
    data["record"] = explain.record_view(state.store, data["record_type"], record_id, data["summary"])
    data["path"] = explain.chain_path(data["evidence"])
    data["plain_summary"] = explain.plain_summary(data["summary"])
    data["technical"] = explain.technical(data["summary"])
    if with_sankey:
        data["sankey_svg"] = chain_sankey(state, data["evidence"])
    return data


def party_aliases(state: AppState, evidence: list[dict[str, Any]], names: set[str]) -> dict[str, str]:
    """Each party name as written -> the listed entity it resolves to: from the chain's own name matches, and
    for the names the chain does not match, from the name matcher (so 조선대성총무역회사 and KOREA DAESONG
    GEN. TRADING CORP. are one node)."""
    aliases = {str(s["subject"]): str(s["object"]) for s in evidence if s.get("kind") == "name_match"}
    rest = sorted(n for n in names if n not in aliases)
    if rest and state.entities():
        from chainlight.resolve.types import Query as NameQuery

        matcher = state.matcher("default")
        for name in rest:
            found = matcher.match(NameQuery("party", name), limit=1)
            if found and found[0].match:
                aliases[name] = found[0].entity_name
    return aliases


def chain_sankey(state: AppState, evidence: list[dict[str, Any]]) -> str | None:
    """The chain's flow chart as inline SVG (parties that resolve to one entity drawn as one), or None when the
    chain has no shipments with weights."""
    from chainlight.report.sankey import sankey_svg

    if not any(step.get("kind") == "shipment" for step in evidence):
        return None
    flows = chain_flows(state.screen_result(), evidence)
    if not flows:
        return None
    names = {f[0] for f in flows} | {f[1] for f in flows}
    return sankey_svg(flows, aliases=party_aliases(state, evidence, names))


@router.get("/findings/{record_id}")
def get_finding(record_id: str, state: State, run_id: str | None = None) -> dict[str, Any]:
    """One finding with its evidence chain step by step, each source id resolved, and the latest decision."""
    return finding_detail(state, record_id, run_id)


@router.post("/findings/{record_id}/decision")
def decide(record_id: str, body: Decision, state: State, request: Request) -> dict[str, Any]:
    """Mark a finding confirmed, dismissed or needing evidence; written to the audit trail under the user."""
    return queries.decide_finding(state.store, record_id, body.decision, actor(request), body.note)


@router.get("/trace/{record_id}")
def trace(record_id: str, state: State) -> dict[str, Any]:
    """The upstream trace of a listing, shipment, supplier or party (what `chainlight trace` prints)."""
    from chainlight.score.screen import trace_text

    result = state.screen_result()
    found = result.finding(record_id)
    return {"record_id": record_id, "text": trace_text(result, record_id),
            "finding": found.to_dict() if found else None}
