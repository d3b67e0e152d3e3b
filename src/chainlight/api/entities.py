"""`GET /entities/{id}` (a list entry with its names in every script and its statements) and `GET /catalog`."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse

from chainlight.api import yente
from chainlight.api.deps import AppState, locked_state
from chainlight.api.statements import router as statements_router
from chainlight.errors import NotFoundError
from chainlight.store import Store

router = APIRouter(tags=["entities"])
router.include_router(statements_router)  # GET /statements: the entries' values one by one, as yente serves them
State = Annotated[AppState, Depends(locked_state)]


def cluster_of(state: AppState, entity_id: str) -> list[str]:
    """The entry and those joined with it (the same body on other lists), lead first, as /match shows them."""
    if not state.entities():
        return [entity_id]
    return state.matcher("default").resolved.cluster(entity_id)


def entity_detail(state: AppState, entity_id: str) -> dict[str, Any]:
    """yente's entity shape plus what an analyst checks: names by kind and script, programs, statements."""
    entities = state.entities()
    entity = entities.get(entity_id)
    if entity is None:
        raise NotFoundError(f"no entity '{entity_id}'; GET /search/default?q=NAME finds ids")
    members = [entities[i] for i in cluster_of(state, entity_id) if i in entities]
    data = yente.entity_response(members if members and members[0].id == entity_id else [entity], yente.stamps(state),
                                 state.entries())
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


@router.get("/entities/{entity_id}", response_model=None)
def get_entity(entity_id: str, state: State) -> dict[str, Any] | RedirectResponse:
    """An entry, merged with the same body's entries on other lists; a merged-in (referent) id redirects to the
    lead's, as yente does, and so does a referent an FtM export names."""
    requested = entity_id
    if entity_id not in state.entities() and (holder := _referents(state).get(entity_id)) is not None:
        entity_id = holder  # an id an FtM export merged into one of its entities (ofac-46001 -> NK-...)
    lead = cluster_of(state, entity_id)[0]
    if lead != entity_id and lead in state.entities():
        return RedirectResponse(f"/entities/{quote(lead, safe='')}", status_code=308)
    if entity_id != requested:
        return RedirectResponse(f"/entities/{quote(entity_id, safe='')}", status_code=308)
    return entity_detail(state, entity_id)


_REFERENTS: list[tuple[dict[str, Any], dict[str, str]]] = []  # (the entities read, referent id -> entity id)


def _referents(state: AppState) -> dict[str, str]:
    """The ids FtM-read entries name as their referents, read once per load of the lists."""
    entities = state.entities()
    if not _REFERENTS or _REFERENTS[0][0] is not entities:
        _REFERENTS[:] = [(entities, {r: e.id for e in entities.values() for r in e.properties.get("referents", [])
                                     if r not in entities})]
    return _REFERENTS[0][1]


@router.get("/catalog")
def catalog(state: State) -> dict[str, Any]:
    """The datasets in the store with their versions (yente's DataCatalogModel, plus counts)."""
    datasets = []
    for d in state.store.datasets():
        updated = d["updated_at"].isoformat() if d["updated_at"] is not None else None
        datasets.append({"name": yente.public_name(d["dataset"]), "title": d["title"], "kind": d["kind"],
                         "chainlight_name": d["dataset"], "version": d["version"] or updated,
                         "list_version": d["version"], "updated_at": updated, "count": d["n"], "load": True,
                         "children": []})
    # an FtM export's entries keep the datasets it names (us_ofac_sdn...): each is listed, a child of the ingest
    ingest_of = dict(state.store.con.execute(
        "SELECT id, dataset FROM entities WHERE json_extract_string(data, '$.dataset') <> dataset").fetchall())
    entities = state.entities()
    carried: Counter[tuple[str, str]] = Counter()
    for entity_id, ingest in ingest_of.items():
        if entity_id in entities:
            for name in yente.datasets_of(entities[entity_id]):
                carried[(name, ingest)] += 1
    listed = {d["name"] for d in datasets}
    for (name, ingest), count in sorted(carried.items()):
        parent = next((d for d in datasets if d["chainlight_name"] == ingest), None)
        if parent is not None:
            parent["children"] = sorted({*parent["children"], name})
        if name in listed:
            continue
        listed.add(name)
        datasets.append({"name": name, "title": name, "kind": "ftm dataset", "chainlight_name": ingest,
                         "version": parent["version"] if parent else None, "list_version": None,
                         "updated_at": parent["updated_at"] if parent else None, "count": count, "load": True,
                         "children": []})
    names = [d["name"] for d in datasets]
    # yente's collection of every dataset: what /match/default and /search/default screen against
    datasets.append({"name": yente.DEFAULT_COLLECTION, "title": "All lists in this store", "kind": "collection",
                     "version": max((d["version"] or "" for d in datasets), default="") or None, "load": True,
                     "updated_at": max((d["updated_at"] or "" for d in datasets), default="") or None,
                     "children": names, "count": sum(d["count"] for d in datasets)})
    # yente's index fields (docs/deploy/monitoring.md): the served index is current unless an ingest changed the
    # lists and the new index is still being built beside the old one (AppState._swap), when every dataset is
    # outdated until the swap; the lists' versions are per dataset, the index one build of them all
    stale = bool(getattr(state, "_swapping", None))
    for d in datasets:
        d["index_version"] = None if stale else d["version"]
        d["index_current"] = not stale
    every = [*names, yente.DEFAULT_COLLECTION]
    return {"datasets": datasets, "current": [] if stale else every, "outdated": every if stale else [],
            "index_stale": stale}


@router.get("/sources/{dataset}/changes")
def source_changes(dataset: str, state: State, since: str | None = None) -> list[dict[str, Any]]:
    """What each update of a list added, changed and removed: after the version or date `since`, or the latest
    update's changes (what `chainlight sources changes` prints)."""
    return state.store.changes_since(yente.store_name(dataset), since)
