"""The analyst's actions (POST forms): review a claim, decide on a finding, open and work a case.  Each redirects back (303) so a
reload never repeats a decision.

Forms are parsed from the urlencoded body here rather than with FastAPI's `Form`, which would need the
python-multipart package for nothing more than key=value pairs.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from starlette.requests import Request

from chainlight.api import cases as cases_api
from chainlight.api import queries
from chainlight.api.access import actor
from chainlight.api.claims import STATUSES, Review, review_claim
from chainlight.api.deps import app_state
from chainlight.errors import NotFoundError, UsageError
from chainlight.store import cases as cases_store

router = APIRouter(prefix="/ui", include_in_schema=False)
EDIT_FIELDS = ("summary", "entities", "goods", "countries", "period_start", "period_end", "reliability", "note")


async def form_fields(request: Request) -> dict[str, str]:
    kind = request.headers.get("content-type", "")
    if not kind.startswith("application/x-www-form-urlencoded"):
        raise UsageError("send the form as application/x-www-form-urlencoded")
    body = (await request.body()).decode("utf-8", errors="replace")
    return {k: v[-1].strip() for k, v in parse_qs(body, keep_blank_values=True).items()}


@router.post("/claims/{claim_id}/review")
async def review(request: Request, claim_id: str) -> RedirectResponse:
    form = await form_fields(request)
    by = actor(request)
    state = app_state(request)

    def apply() -> None:
        with state.lock:
            current = next((c for c in state.store.claims(STATUSES) if c.id == claim_id), None)
            if current is None:
                raise NotFoundError(f"no claim '{claim_id}'")
            body = Review(action=form.get("action", ""), actor=by, note=form.get("note", ""),
                          edits=changed_fields(form, current.public_dict()))
            review_claim(state.store, claim_id, body)
            state.forget_screen()

    await run_in_threadpool(apply)
    back = form.get("back", "")
    return RedirectResponse(back if back.startswith("/ui/") else "/ui/review", status_code=303)


def changed_fields(form: dict[str, str], claim: dict[str, Any]) -> dict[str, str]:
    """The form shows every editable field pre-filled; only the ones the analyst changed are edits."""
    edits = {}
    for name in EDIT_FIELDS:
        key = f"edit_{name}"
        if key in form and form[key] != as_text(claim.get(name)):
            edits[name] = form[key]
    return edits


def as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


@router.post("/findings/{record_id}/decision")
async def decide(request: Request, record_id: str) -> RedirectResponse:
    form = await form_fields(request)
    by = actor(request)
    state = app_state(request)

    def apply() -> None:
        with state.lock:
            queries.decide_finding(state.store, record_id, form.get("decision", ""), by,
                                   form.get("note", ""))

    await run_in_threadpool(apply)
    return RedirectResponse(f"/ui/findings/{quote(record_id, safe='')}", status_code=303)


@router.post("/cases")
async def open_case(request: Request) -> RedirectResponse:
    """Open a case from a finding's page (record_id) or from several (record_ids, comma-separated)."""
    form = await form_fields(request)
    by = actor(request)
    state = app_state(request)
    ids = [r for r in (form.get("record_ids", "") + "," + form.get("record_id", "")).split(",") if r.strip()]

    def apply() -> str:
        with state.lock:
            made = cases_api.open_case(state, by, form.get("title", ""), ids, form.get("assignee") or None,
                                       form.get("due_date") or None, form.get("note", ""))
            return str(made["case_id"])

    case_id = await run_in_threadpool(apply)
    return RedirectResponse(f"/ui/cases/{quote(case_id, safe='')}", status_code=303)


@router.post("/cases/{case_id}")
async def change_case(request: Request, case_id: str) -> RedirectResponse:
    """The case form sends every field; only those that differ from the case are changed (and audited)."""
    form = await form_fields(request)
    by = actor(request)
    state = app_state(request)
    changes: dict[str, Any] = {k: form[k] for k in ("title", "assignee", "status", "due_date") if k in form}

    def apply() -> None:
        with state.lock:
            cases_api.change_case(state, case_id, changes, by)

    await run_in_threadpool(apply)
    return RedirectResponse(f"/ui/cases/{quote(case_id, safe='')}", status_code=303)


@router.post("/cases/{case_id}/notes")
async def add_note(request: Request, case_id: str) -> RedirectResponse:
    form = await form_fields(request)
    by = actor(request)
    state = app_state(request)

    def apply() -> None:
        with state.lock:
            cases_store.add_note(state.store.con, case_id, by, form.get("note", ""))

    await run_in_threadpool(apply)
    return RedirectResponse(f"/ui/cases/{quote(case_id, safe='')}", status_code=303)
