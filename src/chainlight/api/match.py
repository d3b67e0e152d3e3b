"""`POST /match/{dataset}` and `GET /search/{dataset}` in yente's shapes, and `GET /algorithms`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from chainlight.api import yente
from chainlight.api.deps import AppState, locked_state
from chainlight.api.limits import MAX_MATCH_QUERIES
from chainlight.errors import UsageError
from chainlight.resolve.types import Match
from chainlight.resolve.types import Query as NameQuery

router = APIRouter(tags=["matching"])
State = Annotated[AppState, Depends(locked_state)]


@router.post("/match/{dataset}")
def match(dataset: str, body: yente.EntityMatchQuery, state: State,
          limit: Annotated[int, Query(ge=1, le=500)] = 5,
          threshold: Annotated[float | None, Query(ge=0, le=1)] = None,
          algorithm: str = yente.DEFAULT_ALGORITHM) -> dict[str, Any]:
    """Match entity examples (yente's EntityMatchQuery) against the lists in `dataset` ('default' = all)."""
    _check_algorithm(algorithm)
    if len(body.queries) > MAX_MATCH_QUERIES:
        raise UsageError(f"too many queries in one batch ({len(body.queries)}; the limit is {MAX_MATCH_QUERIES})")
    matcher = state.matcher(dataset)
    responses: dict[str, Any] = {}
    for key, example in body.queries.items():
        best: dict[str, Match] = {}
        for q in yente.to_queries(key, example):
            for m in matcher.match(q, limit=limit):
                if m.entity_id not in best or m.score > best[m.entity_id].score:
                    best[m.entity_id] = m
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entity_id))
        results = [yente.scored_result(m, _members(state, m), threshold) for m in ranked[:limit]]
        responses[key] = {"status": 200, "results": results, "total": {"value": len(ranked), "relation": "eq"},
                          "query": example.model_dump(by_alias=True)}
    return {"responses": responses, "matcher": yente.feature_docs(), "limit": limit}


@router.get("/search/{dataset}")
def search(dataset: str, q: str, state: State, limit: Annotated[int, Query(ge=1, le=500)] = 10,
           offset: Annotated[int, Query(ge=0)] = 0, schema: str | None = None,
           countries: Annotated[list[str] | None, Query()] = None) -> dict[str, Any]:
    """Free-text name search (yente's SearchResponse): the same cross-script matcher, ranked by score."""
    if not q.strip():
        raise UsageError("q is empty: give a name to search for")
    query = NameQuery(id="search", name=q, schema=schema, country=countries[0].lower() if countries else None)
    found = state.matcher(dataset).match(query, limit=limit + offset)
    results = []
    for m in found[offset:]:
        data: dict[str, Any] = yente.entity_response(_members(state, m)) if m.member_ids else {"id": m.entity_id}
        data["score"] = m.score
        results.append(data)
    return {"results": results, "facets": {}, "limit": limit, "offset": offset,
            "total": {"value": len(found), "relation": "gte" if len(found) == limit + offset else "eq"}}


@router.get("/algorithms")
def algorithms() -> dict[str, Any]:
    features = yente.feature_docs()
    return {"algorithms": [{"name": n, "description": d, "features": features}
                           for n, d in yente.ALGORITHMS.items()],
            "default": yente.DEFAULT_ALGORITHM, "best": yente.DEFAULT_ALGORITHM}


def _members(state: AppState, m: Match) -> list[Any]:
    entities = state.entities()
    return [entities[i] for i in m.member_ids if i in entities]


def _check_algorithm(name: str) -> None:
    # yente's own names map to the one scorer chainlight runs, so unchanged clients keep working.
    if name in yente.ALGORITHMS or name in ("best", "default", "logic-v1", "logic-v2", "regression-v1"):
        return
    raise UsageError(f"unknown algorithm '{name}'; GET /algorithms lists them")
