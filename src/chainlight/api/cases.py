"""Cases over findings (store/cases.py): list and read them (viewers), open, change and annotate them
(analysts).  A case is built on the decisions: it shows each finding's latest decision, and it closes only
once every finding in it has been confirmed or dismissed by an analyst's decision on the finding as it now
stands (needs_evidence keeps it open)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field
from starlette.requests import Request

from chainlight.api import queries
from chainlight.api.access import actor
from chainlight.api.deps import AppState, locked_state
from chainlight.api.limits import MAX_OFFSET
from chainlight.errors import NotFoundError, UsageError
from chainlight.store import cases

router = APIRouter(tags=["cases"])
State = Annotated[AppState, Depends(locked_state)]
CLOSING_DECISIONS = ("confirmed", "dismissed")


class NewCase(BaseModel):
    title: str = Field(..., examples=["GlamLash lashes traced to Korea Daesong"], max_length=cases.TITLE_MAX)
    record_ids: list[str] = Field(default_factory=list, examples=[["L001", "S002"]], max_length=500)
    assignee: str | None = Field(None, description="a user's name")
    due_date: str | None = Field(None, examples=["2026-12-31"])
    note: str = Field("", max_length=cases.NOTE_MAX)


class CaseChange(BaseModel):
    title: str | None = Field(None, max_length=cases.TITLE_MAX)
    assignee: str | None = Field(None, description="a user's name; empty to unassign")
    status: str | None = Field(None, description=" | ".join(cases.STATUSES))
    due_date: str | None = Field(None, description="YYYY-MM-DD; empty to clear")


class Note(BaseModel):
    note: str = Field(..., min_length=1, max_length=cases.NOTE_MAX)


class Member(BaseModel):
    record_id: str = Field(..., min_length=1, max_length=500)


def _check_findings(store: Any, record_ids: list[str]) -> None:
    for rid in record_ids:
        queries.finding(store, rid)  # NotFoundError names a record without a finding


def case_detail(state: AppState, case_id: str) -> dict[str, Any]:
    """The case with each finding's tier, score, summary and latest decision, and the case's audit trail."""
    data = cases.get_case(state.store.con, case_id)
    members = []
    for rid in data["record_ids"]:
        try:
            found = queries.finding(state.store, rid)
        except NotFoundError:
            members.append({"record_id": rid, "missing": True, "decision": None})
            continue
        members.append({"record_id": rid, "record_type": found["record_type"], "tier": found["tier"],
                        "score": found["score"], "summary": found["summary"], "missing": False,
                        "decision": queries.latest_decision(state.store, rid, found)})
    data["findings"] = members
    data["history"] = queries.audit(state.store, subject=f"case:{case_id}", limit=200)
    return data


def change_case(state: AppState, case_id: str, changes: dict[str, Any], by: str) -> dict[str, Any]:
    if changes.get("status") == "closed":
        open_ones = [f["record_id"] for f in case_detail(state, case_id)["findings"]
                     if not (f["decision"] and f["decision"]["current"]
                             and f["decision"]["decision"] in CLOSING_DECISIONS)]
        if open_ones:
            raise UsageError(f"status: a case closes once each finding is confirmed or dismissed; decide on "
                             f"{', '.join(open_ones[:10])} first")
    cases.update_case(state.store.con, case_id, by, **changes)
    return case_detail(state, case_id)


def open_case(state: AppState, by: str, title: str, record_ids: list[str], assignee: str | None = None,
              due_date: str | None = None, note: str = "") -> dict[str, Any]:
    _check_findings(state.store, record_ids)
    made = cases.open_case(state.store.con, by, title, record_ids, assignee, due_date, note)
    return case_detail(state, made["case_id"])


@router.get("/cases")
def list_cases(state: State, response: Response, status: str | None = None, assignee: str | None = None,
               record_id: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict[str, Any]]:
    """Cases, open ones first and the soonest due first; X-Total-Count says how many match."""
    con = state.store.con
    response.headers["X-Total-Count"] = str(cases.count_cases(con, status, assignee, record_id))
    return cases.list_cases(con, status, assignee, record_id, limit, offset)


@router.post("/cases")
def post_case(body: NewCase, state: State, request: Request) -> dict[str, Any]:
    """Open a case over findings (by record id), optionally assigned, with a due date and a first note."""
    return open_case(state, actor(request), body.title, body.record_ids, body.assignee, body.due_date, body.note)


@router.get("/cases/{case_id}")
def get_case(case_id: str, state: State) -> dict[str, Any]:
    return case_detail(state, case_id)


@router.patch("/cases/{case_id}")
def patch_case(case_id: str, body: CaseChange, state: State, request: Request) -> dict[str, Any]:
    """Change the title, assignee, status or due date; each change is an audit row under the user."""
    return change_case(state, case_id, body.model_dump(exclude_unset=True), actor(request))


@router.post("/cases/{case_id}/notes")
def post_note(case_id: str, body: Note, state: State, request: Request) -> dict[str, Any]:
    cases.add_note(state.store.con, case_id, actor(request), body.note)
    return case_detail(state, case_id)


@router.post("/cases/{case_id}/findings")
def post_member(case_id: str, body: Member, state: State, request: Request) -> dict[str, Any]:
    _check_findings(state.store, [body.record_id])
    cases.add_finding(state.store.con, case_id, actor(request), body.record_id)
    return case_detail(state, case_id)
