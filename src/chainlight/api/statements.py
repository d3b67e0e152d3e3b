"""`GET /statements`: the lists' data one value at a time, as yente's statement API serves it (its
`StatementResponse`: results, limit, offset, total), read from the store's `statements` table.

Each statement is one value of one property of one list entry, with where it came from (`dataset`, and
chainlight's `source_id`, the list's own identifier) and when it was first and last seen in that list.
`canonical_id` is the merged entity the entry belongs to (the same body on several lists, as /match and
/entities show it); yente's filters (dataset, entity_id, canonical_id, prop, value, target, schema) and its
sorts (`field` or `field:desc`) are honoured.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from chainlight.api import yente
from chainlight.api.deps import ALL_SCOPES, AppState, locked_state
from chainlight.errors import NotFoundError, UsageError

router = APIRouter(tags=["entities"])
State = Annotated[AppState, Depends(locked_state)]
MAX_PAGE = 1000  # yente's MAX_PAGE bounds limit and offset alike
# yente's sort fields -> the column they sort (canonical_id by the entry's own id: members of a merged entity
# sort by their own ids, the lead's first)
SORTS = {"canonical_id": "s.entity_id", "entity_id": "s.entity_id", "prop": "s.prop", "value": "s.value",
         "dataset": "s.dataset", "schema": "e.schema", "first_seen": "s.first_seen", "last_seen": "s.last_seen",
         "id": "s.id", "lang": "s.lang"}
TARGET_SQL = ("(coalesce(json_array_length(json_extract(e.data, '$.programs')), 0) > 0 OR "
              "list_has_any(CAST(json_extract(e.data, '$.topics') AS VARCHAR[]), "
              f"[{', '.join(repr(t) for t in sorted(yente.SANCTION_TOPICS))}]))")


def cluster_of(state: AppState, entity_id: str) -> list[str]:
    """The entry and those joined with it, lead first (as api/entities.py; kept here so that module can include
    this router)."""
    if not state.entities():
        return [entity_id]
    return state.matcher("default").resolved.cluster(entity_id)


def _order(sort: list[str]) -> str:
    terms = []
    for item in sort:
        field, _, direction = item.partition(":")
        direction = (direction or "asc").lower()
        if field not in SORTS or direction not in ("asc", "desc"):
            raise UsageError(f"cannot sort by '{item}': use one of {', '.join(SORTS)}, optionally with :asc or :desc")
        terms.append(f"{SORTS[field]} {direction.upper()} NULLS LAST")
    return ", ".join([*terms, "s.entity_id", "s.prop", "s.value", "s.id"])


def _datasets(state: AppState, dataset: str) -> list[str] | None:
    """The statement datasets a yente dataset name stands for: None for the default collection."""
    if dataset in ALL_SCOPES:
        return None
    names = {dataset, yente.store_name(dataset)}
    known = {r[0] for r in state.store.con.execute("SELECT DISTINCT dataset FROM statements").fetchall()}
    found = sorted(names & known)
    if not found:
        raise NotFoundError(f"no dataset '{dataset}'; GET /catalog lists them (or use 'default' for all)")
    return found


def statement_results(state: AppState, *, dataset: str | None = None, entity_id: str | None = None,
                      canonical_id: str | None = None, prop: str | None = None, value: str | None = None,
                      target: bool | None = None, schema: str | None = None, sort: list[str] | None = None,
                      limit: int = 50, offset: int = 0) -> dict[str, Any]:
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    datasets = _datasets(state, dataset) if dataset else None
    if datasets:
        where.append("s.dataset IN (SELECT unnest(?))")
        params.append(datasets)
    if entity_id is not None:
        where.append("s.entity_id = ?")
        params.append(entity_id)
    if canonical_id is not None:
        where.append("s.entity_id IN (SELECT unnest(?))")
        params.append(cluster_of(state, canonical_id))
    for column, wanted in (("s.prop", prop), ("s.value", value), ("e.schema", schema)):
        if wanted is not None:
            where.append(f"{column} = ?")
            params.append(wanted)
    if target is not None:
        where.append(TARGET_SQL if target else f"NOT {TARGET_SQL}")
    con = state.store.con
    base = f"FROM statements s LEFT JOIN entities e ON e.id = s.entity_id WHERE {' AND '.join(where)}"
    row = con.execute(f"SELECT count(*) {base}", params).fetchone()
    total = int(row[0]) if row else 0
    rows = con.execute(
        f"SELECT s.id, s.entity_id, s.prop, e.schema, s.value, s.lang, s.dataset, s.source_id, "
        f"{TARGET_SQL}, s.first_seen, s.last_seen {base} ORDER BY {_order(sort or ['canonical_id', 'prop'])} "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    leads: dict[str, str] = {}
    results = []
    for sid, eid, prop_, schema_, value_, lang, ds, source_id, is_target, first, last in rows:
        if eid not in leads:
            leads[eid] = cluster_of(state, eid)[0]
        results.append({
            "id": sid, "entity_id": eid, "canonical_id": leads[eid], "prop": prop_,
            "prop_type": prop_type(schema_, prop_), "schema": yente_schema(schema_), "value": value_,
            "lang": lang, "dataset": yente.public_name(ds), "target": bool(is_target),
            "first_seen": first.isoformat() if first else None, "last_seen": last.isoformat() if last else None,
            "source_id": source_id,
        })
    return {"results": results, "limit": limit, "offset": offset, "total": {"value": total, "relation": "eq"}}


def yente_schema(schema: str | None) -> str:
    from chainlight.model.entity import SCHEMATA

    return SCHEMATA.get(schema or "", schema or "LegalEntity")


def prop_type(schema: str | None, prop: str) -> str:
    """FtM's type of the property ('name', 'country', 'date'...); chainlight's own properties by what they hold."""
    from followthemoney import model

    found = model.get(yente_schema(schema))
    if found is not None and (p := found.get(prop)) is not None:
        return str(p.type.name)
    if prop.startswith("identifier:"):
        return "identifier"
    return {"program": "string", "listingDate": "date", "sourceUrl": "url"}.get(prop, "string")


@router.get("/statements")
def statements(state: State, dataset: str | None = None, entity_id: str | None = None,
               canonical_id: str | None = None, prop: str | None = None, value: str | None = None,
               target: bool | None = None, schema: str | None = None,
               sort: Annotated[list[str] | None, Query()] = None,
               limit: Annotated[int, Query(ge=0, lt=MAX_PAGE)] = 50,
               offset: Annotated[int, Query(ge=0, lt=MAX_PAGE)] = 0) -> dict[str, Any]:
    """Statement-based records (yente's /statements): each value of each list entry with its dataset and the
    dates it was first and last seen; filter by dataset, entity_id, canonical_id (a merged entity: all its
    entries), prop, value, target and schema; sort by `field` or `field:desc` (default canonical_id, prop)."""
    return statement_results(state, dataset=dataset, entity_id=entity_id, canonical_id=canonical_id, prop=prop,
                             value=value, target=target, schema=schema, sort=sort, limit=limit, offset=offset)
