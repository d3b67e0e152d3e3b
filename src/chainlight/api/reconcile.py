"""OpenRefine's reconciliation service (API 0.2) on `/reconcile`, as yente offers it: a column of names in
OpenRefine is matched against the lists with the same cross-script matcher as `/match`.

GET /reconcile/{dataset} answers the service manifest (with its suggest services); `queries` (a JSON object, as
a form field or query parameter) asks for candidates: {"q0": {"query": "조선광선은행", "type": "Company",
"limit": 3, "properties": [{"pid": "country", "v": "kp"}]}}.  `/reconcile` is `/reconcile/default`.  The suggest
services (`/reconcile/{dataset}/suggest/entity|type|property?prefix=`) complete names, types and the properties
a query may carry, in the shapes of yente's routers/reconcile.py.
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request

from chainlight.api.deps import AppState, app_state
from chainlight.errors import UsageError
from chainlight.resolve.types import Query as NameQuery

router = APIRouter(tags=["reconciliation"])
TYPES = ("Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane")
MAX_QUERIES = 100


# the properties a query's `properties` are read for (by their FtM names, plain or qualified: Person:birthDate)
PROPERTIES = {"country": "Country", "jurisdiction": "Jurisdiction", "nationality": "Nationality",
              "birthDate": "Birth date", "address": "Address"}
COUNTRY_PIDS = ("country", "jurisdiction", "nationality")


def manifest(request: Request, dataset: str = "default") -> dict[str, Any]:
    base = str(request.base_url).rstrip("/")
    service = f"{base}/reconcile/{dataset}"
    # the caller's query string (an API key, say) goes along to the suggest services, as yente passes it on
    carried = f"?{request.url.query}" if request.url.query else ""
    return {
        "versions": ["0.2"],
        "name": f"chainlight: sanctions and forced-labour lists ({dataset})",
        "identifierSpace": f"{base}/entities/",
        "schemaSpace": "https://followthemoney.tech/explorer/schemata/",
        "defaultTypes": [{"id": t, "name": t} for t in TYPES],
        "view": {"url": f"{base}/entities/{{{{id}}}}"},
        "suggest": {kind: {"service_url": service, "service_path": f"/suggest/{kind}{carried}"}
                    for kind in ("entity", "type", "property")},
    }


def _queries(raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UsageError(f"queries is not JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise UsageError("queries is nested too deeply to be a batch of queries") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise UsageError('queries must be an object of queries: {"q0": {"query": "name"}}')
    if len(data) > MAX_QUERIES:
        raise UsageError(f"too many queries in one batch (limit: {MAX_QUERIES})")
    return data


def _values(q: dict[str, Any], pids: tuple[str, ...]) -> list[str]:
    """The values a query gives for properties named in `pids`, by plain or qualified name (Person:birthDate)."""
    out = []
    for p in q.get("properties") or []:
        if isinstance(p, dict) and str(p.get("pid") or "").rsplit(":", 1)[-1] in pids and p.get("v") is not None:
            v = p["v"]
            out.append(str(v.get("id") if isinstance(v, dict) else v))
    return out


def reconcile(state: AppState, queries: dict[str, Any], dataset: str = "default") -> dict[str, Any]:
    from chainlight.api.match import _in_datasets, _members, _scope
    from chainlight.sources.countries import to_iso2_list

    state.refuse_while_reading(*(str(q.get("query") or "") for q in queries.values()))
    scope, within = _scope(state, dataset)
    matcher = state.matcher(scope)
    out: dict[str, Any] = {}
    for key, q in queries.items():
        name = str(q.get("query") or "").strip()
        if not name:
            raise UsageError(f"query '{key}' has no 'query' text")
        kind = q.get("type")
        schema = kind if isinstance(kind, str) else kind[0] if isinstance(kind, list) and kind else None
        codes = to_iso2_list(_values(q, COUNTRY_PIDS))
        births, addresses = _values(q, ("birthDate",)), _values(q, ("address",))
        try:
            limit = max(1, min(int(q.get("limit") or 5), 50))
        except (TypeError, ValueError):
            raise UsageError(f"query '{key}': limit must be a number") from None
        query = NameQuery(id=key, name=name, schema=schema if isinstance(schema, str) else None,
                      country=codes[0] if codes else None, birth_date=births[0] if births else None,
                      address=addresses[0] if addresses else None)
        # scoped to an export's dataset (us_ofac_sdn...): matched over all lists, kept where the entry is in it
        found = matcher.match(query, limit=limit if not within else limit * 10)
        if within:
            found = [m for m in found if _in_datasets(_members(state, m), within)][:limit]
        out[key] = {"result": [{"id": m.entity_id, "name": m.entity_name, "score": round(m.score * 100, 1),
                                "match": m.match, "type": [{"id": m.schema, "name": m.schema}],
                                "description": "; ".join(m.source_ids)} for m in found]}
    return out


def _prefixed(prefix: str, *texts: str) -> bool:
    wanted = prefix.strip().casefold()
    return not wanted or any(t.casefold().startswith(wanted) for t in texts)


def suggest_entities(state: AppState, dataset: str, prefix: str, limit: int) -> dict[str, Any]:
    """Entities whose names the prefix begins or matches (any script), as /search finds them."""
    from chainlight.api.match import find

    if not prefix.strip():
        return {"prefix": prefix, "result": []}
    found = find(state, dataset, prefix, limit=limit, counted=())["results"]
    return {"prefix": prefix, "result": [{"id": r["id"], "name": r.get("caption") or r["id"],
                                          "type": [{"id": r.get("schema"), "name": r.get("schema")}],
                                          "description": "; ".join(r.get("datasets") or [])}
                                         for r in found]}


async def _answer(request: Request, state: AppState, raw: str | None, dataset: str) -> dict[str, Any]:
    if not raw:
        await run_in_threadpool(_known, state, dataset)  # an unknown dataset is a 404, as for /match
        return manifest(request, dataset)
    queries = _queries(raw)

    def run() -> dict[str, Any]:
        with state.lock:
            return reconcile(state, queries, dataset)

    return await run_in_threadpool(run)


def _store_scope(state: AppState, dataset: str) -> str:
    from chainlight.api.match import _scope

    return _scope(state, dataset)[0]


async def _posted(request: Request) -> str:
    body = (await request.body()).decode("utf-8", errors="replace")
    kind = request.headers.get("content-type", "")
    return body if kind.startswith("application/json") else (parse_qs(body).get("queries") or [""])[-1]


@router.get("/reconcile")
async def reconcile_get(request: Request, state: Annotated[AppState, Depends(app_state)],
                        queries: str | None = None) -> dict[str, Any]:
    """The service manifest, or (with `queries`) candidates for each query: `/reconcile/default`."""
    return await _answer(request, state, queries, "default")


@router.post("/reconcile")
async def reconcile_post(request: Request, state: Annotated[AppState, Depends(app_state)]) -> dict[str, Any]:
    """Candidates for each query; OpenRefine posts `queries` as a form field."""
    return await _answer(request, state, await _posted(request) or "{}", "default")


@router.get("/reconcile/{dataset}")
async def reconcile_dataset_get(request: Request, dataset: str, state: Annotated[AppState, Depends(app_state)],
                                queries: str | None = None) -> dict[str, Any]:
    """yente's path: the manifest of the service over one dataset (or `default`, every list), or candidates."""
    return await _answer(request, state, queries, dataset)


@router.post("/reconcile/{dataset}")
async def reconcile_dataset_post(request: Request, dataset: str,
                                 state: Annotated[AppState, Depends(app_state)]) -> dict[str, Any]:
    """Candidates for each query over one dataset; OpenRefine posts `queries` as a form field."""
    return await _answer(request, state, await _posted(request) or "{}", dataset)


@router.get("/reconcile/{dataset}/suggest/entity")
async def suggest_entity(dataset: str, state: Annotated[AppState, Depends(app_state)], prefix: str = "",
                         limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict[str, Any]:
    """Entities for OpenRefine's search-as-you-type: names the prefix begins or matches, in any script."""
    def run() -> dict[str, Any]:
        with state.lock:
            return suggest_entities(state, dataset, prefix, limit)

    return await run_in_threadpool(run)


def _known(state: AppState, dataset: str) -> None:
    with state.lock:
        state.datasets_in(_store_scope(state, dataset))  # an unknown dataset is a 404


@router.get("/reconcile/{dataset}/suggest/type")
def suggest_type(dataset: str, state: Annotated[AppState, Depends(app_state)], prefix: str = "") -> dict[str, Any]:
    """The entity types (FtM schemata) a query may name, whose name begins with the prefix."""
    _known(state, dataset)
    return {"prefix": prefix, "result": [{"id": t, "name": t} for t in TYPES if _prefixed(prefix, t)]}


@router.get("/reconcile/{dataset}/suggest/property")
def suggest_property(dataset: str, state: Annotated[AppState, Depends(app_state)],
                     prefix: str = "") -> dict[str, Any]:
    """The properties a query's `properties` are read for, whose name or label begins with the prefix."""
    _known(state, dataset)
    return {"prefix": prefix, "result": [{"id": pid, "name": label} for pid, label in PROPERTIES.items()
                                         if _prefixed(prefix, pid, label)]}
