"""`GET /entities/{id}` (a list entry with its names in every script and its statements) and `GET /catalog`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from chainlight.api import yente
from chainlight.api.deps import AppState, locked_state
from chainlight.errors import NotFoundError
from chainlight.store import Store

router = APIRouter(tags=["entities"])
State = Annotated[AppState, Depends(locked_state)]


def entity_detail(state: AppState, entity_id: str) -> dict[str, Any]:
    """yente's entity shape plus what an analyst checks: names by kind and script, programs, statements."""
    entity = state.entities().get(entity_id)
    if entity is None:
        raise NotFoundError(f"no entity '{entity_id}'; GET /search/default?q=NAME finds ids")
    data = yente.entity_response([entity])
    data.update({
        "names": [{"value": n.value, "kind": n.kind, "lang": n.lang, "script": script_of(n.value)}
                  for n in entity.names],
        "programs": entity.programs,
        "topics": entity.topics,
        "listed_on": entity.listed_on,
        "source_url": entity.source_url,
        "statements": statements(state.store, entity.id),
        "claims": [c.public_dict() for c in state.store.claims(("confirmed", "pending"))
                   if entity.id in c.entities],
    })
    return data


def statements(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.con.execute("SELECT prop, value, lang, dataset, source_id, first_seen, last_seen FROM statements "
                             "WHERE entity_id = ? ORDER BY prop, value", [entity_id]).fetchall()
    cols = ("prop", "value", "lang", "dataset", "source_id", "first_seen", "last_seen")
    out = []
    for row in rows:
        item = dict(zip(cols, row, strict=True))
        for key in ("first_seen", "last_seen"):
            item[key] = item[key].isoformat() if item[key] is not None else None
        out.append(item)
    return out


def script_of(text: str) -> str:
    """The script a name is written in, so the page can say "Hangul" next to 조선대성총무역회사."""
    for ch in text:
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            return "Hangul"
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            return "Han"
        if 0x0400 <= code <= 0x04FF:
            return "Cyrillic"
        if 0x0600 <= code <= 0x06FF:
            return "Arabic"
    return "Latin"


@router.get("/entities/{entity_id}")
def get_entity(entity_id: str, state: State) -> dict[str, Any]:
    return entity_detail(state, entity_id)


@router.get("/catalog")
def catalog(state: State) -> dict[str, Any]:
    """The datasets in the store with their versions (yente's DataCatalogModel, plus counts)."""
    datasets = []
    for d in state.store.datasets():
        updated = d["updated_at"].isoformat() if d["updated_at"] is not None else None
        datasets.append({"name": d["dataset"], "title": d["title"], "kind": d["kind"],
                         "version": d["version"] or updated, "list_version": d["version"],
                         "updated_at": updated, "count": d["n"], "load": True, "children": []})
    names = [d["name"] for d in datasets]
    return {"datasets": datasets, "current": names, "outdated": [], "index_stale": False}
