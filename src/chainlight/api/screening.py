"""`POST /screen` (records as JSON -> findings) and `POST /classify` (product texts -> HS-6 and risk)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from chainlight.api.deps import AppState, locked_state
from chainlight.api.limits import MAX_SCREEN_RECORDS
from chainlight.errors import UsageError
from chainlight.sources.base import UserRecord

router = APIRouter(tags=["screening"])
State = Annotated[AppState, Depends(locked_state)]


class ScreenRequest(BaseModel):
    listings: list[dict[str, Any]] = Field(default_factory=list, examples=[[{
        "listing_id": "L1", "title": "3D mink false eyelashes handmade", "seller_name": "Pingdu Lash Co."}]])
    shipments: list[dict[str, Any]] = Field(default_factory=list)
    suppliers: list[dict[str, Any]] = Field(default_factory=list)


class ClassifyItem(BaseModel):
    id: str
    text: str
    declared_hs: str | None = None


class ClassifyRequest(BaseModel):
    items: list[ClassifyItem] = Field(..., examples=[[{"id": "1", "text": "속눈썹 연장용 인조 속눈썹"}]])


def records_from_json(kind: str, rows: list[dict[str, Any]]) -> list[UserRecord]:
    """Rows as the file readers see them, so a bad value is reported as `request:<kind>:<row>:<field>`."""
    from chainlight.sources.user.common import read_table
    from chainlight.sources.user.tables import Table, normalize_column

    if not rows:
        return []
    clean = [(n, {normalize_column(k): v for k, v in row.items()}) for n, row in enumerate(rows, 1)]
    columns = list(dict.fromkeys(c for _, row in clean for c in row))
    records, _ = read_table(Table(Path(f"request:{kind}"), columns, clean), kind)
    return records


@router.post("/screen")
def screen_records(body: ScreenRequest, state: State, save: bool = False) -> dict[str, Any]:
    """Screen the posted listings, shipments and suppliers against the store's lists and evidence.

    With `save=true` the findings become the latest run (what /findings and the web app show).
    """
    from chainlight.score.screen import ScreenInputs, screen

    posted = sum(len(getattr(body, kind)) for kind in ("listings", "shipments", "suppliers"))
    if posted > MAX_SCREEN_RECORDS:
        raise UsageError(f"{posted} records in one request; the limit is {MAX_SCREEN_RECORDS}: screen files with "
                         "`chainlight screen` (or --columnar for millions)")
    chosen = {kind: records_from_json(kind, getattr(body, kind)) for kind in ("listings", "shipments", "suppliers")}
    if not any(chosen.values()):
        raise UsageError("nothing to screen: post at least one listing, shipment or supplier")
    store = state.store
    inputs = ScreenInputs(entities=list(state.entities().values()), claims=store.claims(), priors=store.priors(),
                          goods=store.goods(), hs_codes=store.hs_codes(), **chosen)  # type: ignore[arg-type]
    result = screen(inputs, settings=state.settings)
    run_id = None
    if save:
        run_id = uuid.uuid4().hex[:12]
        store.save_findings(run_id, result.findings, {"api": {k: len(v) for k, v in chosen.items()}},
                            {"tiers": result.counts(), "skipped": result.skipped})
        state.forget_screen()
        from chainlight.api import workspace

        workspace.prepare(state, run_id)  # its view columns now, so that its first page does not wait for them
    return {"run_id": run_id, "counts": result.counts(), "skipped": result.skipped,
            "findings": [f.to_dict() for f in result.findings]}


@router.post("/classify")
def classify(body: ClassifyRequest, state: State) -> list[dict[str, Any]]:
    """HS-6 code, description, risk category and confidence for each text (English, Chinese or Korean)."""
    from chainlight.pipeline import classify_texts

    if not body.items:
        raise UsageError("no items to classify")
    items = [(i.id, i.text, i.declared_hs) for i in body.items]
    return [c.to_dict() for c in classify_texts(state.store, items)]
