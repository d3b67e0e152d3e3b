"""The review queue over the API: claims by status, an analyst's review of one, and the audit trail."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from starlette.requests import Request

from chainlight.api import queries
from chainlight.api.access import actor
from chainlight.api.deps import AppState, locked_state
from chainlight.errors import NotFoundError, UsageError
from chainlight.store import Store

router = APIRouter(tags=["claims"])
State = Annotated[AppState, Depends(locked_state)]
STATUSES = ("pending", "confirmed", "rejected", "disputed")
ACTIONS = {"confirm": "confirmed", "reject": "rejected", "edit": None}


class Review(BaseModel):
    action: str = Field(..., examples=["confirm"], description="confirm | reject | edit")
    actor: str = Field("", description="ignored: the audit names the user of the API key")
    note: str = ""
    edits: dict[str, str] = Field(default_factory=dict, examples=[{"goods": "wigs,false_eyelashes"}])


def list_claims(store: Store, statuses: list[str]) -> list[dict[str, Any]]:
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise UsageError(f"unknown status {', '.join(unknown)}; use {', '.join(STATUSES)}")
    return [c.public_dict() for c in store.claims(tuple(statuses))]


def review_claim(store: Store, claim_id: str, review: Review) -> dict[str, Any]:
    """Confirm, reject or edit a claim; the store writes the audit row in the same transaction."""
    from chainlight.extract.review import parse_edits

    if review.action not in ACTIONS:
        raise UsageError(f"action must be confirm, reject or edit, not '{review.action}'")
    if not review.actor.strip():
        raise UsageError("actor is required: say who reviewed the claim")  # the routes set it to the user
    edits = parse_edits([f"{k}={v}" for k, v in review.edits.items()])
    if review.action == "edit" and not edits:
        raise UsageError("action edit needs at least one field in edits")
    current = next((c for c in store.claims(STATUSES) if c.id == claim_id), None)
    if current is None:
        raise NotFoundError(f"no claim '{claim_id}'; GET /claims lists them")
    status = ACTIONS[review.action] or current.status
    store.set_claim_status(claim_id, status, review.actor.strip(), review.note, edits)
    updated = next(c for c in store.claims(STATUSES) if c.id == claim_id)
    return updated.public_dict()


@router.get("/claims")
def get_claims(state: State, status: Annotated[list[str] | None, Query()] = None) -> list[dict[str, Any]]:
    """Claims by status (default: pending, the review queue); informant details are never included."""
    return list_claims(state.store, status or ["pending"])


@router.post("/claims/{claim_id}/review")
def post_review(claim_id: str, body: Review, state: State, request: Request) -> dict[str, Any]:
    reviewed = review_claim(state.store, claim_id, body.model_copy(update={"actor": actor(request)}))
    state.forget_screen()  # a confirmed claim can change what the next trace shows
    return reviewed


@router.get("/claims/{claim_id}/protected")
def get_protected(claim_id: str, state: State, request: Request) -> dict[str, Any]:
    """The informant details behind a claim, decrypted: admins only, and each reading is audited."""
    fields = state.store.protected_fields("claim", claim_id)
    state.store.audit(actor(request), "claim.protected_read", claim_id, {"fields": sorted(fields)})
    return {"claim_id": claim_id, "protected": fields}


@router.get("/audit")
def get_audit(state: State, subject: str | None = None, limit: Annotated[int, Query(ge=1, le=5000)] = 200
              ) -> list[dict[str, Any]]:
    """Every review and decision, newest first."""
    return queries.audit(state.store, subject=subject, limit=limit)
