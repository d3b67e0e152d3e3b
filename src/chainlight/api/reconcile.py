"""OpenRefine's reconciliation service (API 0.2) on `/reconcile`, as yente offers it: a column of names in
OpenRefine is matched against the lists with the same cross-script matcher as `/match`.

GET /reconcile answers the service manifest; `queries` (a JSON object, as a form field or query parameter)
asks for candidates: {"q0": {"query": "조선광선은행", "type": "Company", "limit": 3,
"properties": [{"pid": "country", "v": "kp"}]}}.
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request

from chainlight.api.deps import AppState, app_state
from chainlight.errors import UsageError
from chainlight.resolve.types import Query

router = APIRouter(tags=["reconciliation"])
TYPES = ("Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane")
MAX_QUERIES = 100


def manifest(request: Request) -> dict[str, Any]:
    base = str(request.base_url).rstrip("/")
    return {
        "versions": ["0.2"],
        "name": "chainlight: sanctions and forced-labour lists",
        "identifierSpace": f"{base}/entities/",
        "schemaSpace": "https://followthemoney.tech/explorer/schemata/",
        "defaultTypes": [{"id": t, "name": t} for t in TYPES],
        "view": {"url": f"{base}/entities/{{{{id}}}}"},
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


def reconcile(state: AppState, queries: dict[str, Any]) -> dict[str, Any]:
    state.refuse_while_reading(*(str(q.get("query") or "") for q in queries.values()))
    matcher = state.matcher("default")
    out: dict[str, Any] = {}
    for key, q in queries.items():
        name = str(q.get("query") or "").strip()
        if not name:
            raise UsageError(f"query '{key}' has no 'query' text")
        schema = q.get("type") if isinstance(q.get("type"), str) else None
        countries = [str(p.get("v")) for p in q.get("properties") or []
                     if isinstance(p, dict) and p.get("pid") in ("country", "jurisdiction", "nationality")]
        from chainlight.sources.countries import to_iso2_list

        codes = to_iso2_list(countries)
        limit = max(1, min(int(q.get("limit") or 5), 50))
        found = matcher.match(Query(id=key, name=name, schema=schema, country=codes[0] if codes else None),
                              limit=limit)
        out[key] = {"result": [{"id": m.entity_id, "name": m.entity_name, "score": round(m.score * 100, 1),
                                "match": m.match, "type": [{"id": m.schema, "name": m.schema}],
                                "description": "; ".join(m.source_ids)} for m in found]}
    return out


async def _answer(request: Request, state: AppState, raw: str | None) -> dict[str, Any]:
    if not raw:
        return manifest(request)
    queries = _queries(raw)

    def run() -> dict[str, Any]:
        with state.lock:
            return reconcile(state, queries)

    return await run_in_threadpool(run)


@router.get("/reconcile")
async def reconcile_get(request: Request, state: Annotated[AppState, Depends(app_state)],
                        queries: str | None = None) -> dict[str, Any]:
    """The service manifest, or (with `queries`) candidates for each query."""
    return await _answer(request, state, queries)


@router.post("/reconcile")
async def reconcile_post(request: Request, state: Annotated[AppState, Depends(app_state)]) -> dict[str, Any]:
    """Candidates for each query; OpenRefine posts `queries` as a form field."""
    body = (await request.body()).decode("utf-8", errors="replace")
    kind = request.headers.get("content-type", "")
    raw = body if kind.startswith("application/json") else (parse_qs(body).get("queries") or [""])[-1]
    return await _answer(request, state, raw or "{}")
