"""Findings of the latest run, one finding with its evidence chain, its trace, and analysts' decisions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field
from starlette.requests import Request

from chainlight.api import queries
from chainlight.api.access import actor
from chainlight.api.chains import chain_sankey, linked_evidence
from chainlight.api.deps import AppState, locked_state

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


@router.get("/findings")
def list_findings(state: State, response: Response, run_id: str | None = None, tier: str | None = None,
                  record_type: str | None = None, limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 1000,
                  offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
    """A page of a run's findings, worst first; X-Total-Count says how many there are in all."""
    response.headers["X-Total-Count"] = str(queries.count_findings(state.store, run_id, tier, record_type))
    return queries.findings(state.store, run_id, tier, record_type, limit=limit, offset=offset)


def finding_detail(state: AppState, record_id: str, run_id: str | None = None,
                   with_sankey: bool = False) -> dict[str, Any]:
    data = queries.finding(state.store, record_id, run_id)
    data["decision"] = queries.latest_decision(state.store, record_id, data)  # on the evidence as stored
    data["evidence"] = linked_evidence(state, data["evidence"])
    if with_sankey:
        data["sankey_svg"] = chain_sankey(state, data["evidence"])
    return data


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
