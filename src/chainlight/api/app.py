"""The HTTP API.  `/match/{dataset}` takes and returns yente's shapes, so tools built for yente work here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chainlight.errors import ChainlightError
from chainlight.resolve.types import Query
from chainlight.settings import Settings, get_settings
from chainlight.store import Store


def create_app(db: Path, settings: Settings | None = None) -> Any:
    from fastapi import FastAPI, HTTPException
    from fastapi.responses import JSONResponse
    from pydantic import BaseModel, Field

    from chainlight.resolve import Matcher

    settings = settings or get_settings()
    store = Store(db)
    entities = {e.id: e for e in store.entities()}
    matcher = Matcher(entities.values(), threshold=settings.match_threshold)
    app = FastAPI(title="chainlight", version="0.1.0",
                  description="Forced-labour screening: yente-compatible matching, findings, evidence.")

    class EntityExample(BaseModel):
        schema_: str = Field("LegalEntity", alias="schema")
        properties: dict[str, list[str]] = Field(default_factory=dict)

    class MatchRequest(BaseModel):
        queries: dict[str, EntityExample]

    @app.exception_handler(ChainlightError)
    async def _chainlight_error(_: Any, exc: ChainlightError) -> JSONResponse:
        status = 400 if exc.exit_code == 2 else 500
        return JSONResponse({"detail": exc.message}, status_code=status)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "entities": len(entities)}

    @app.get("/entities/{entity_id}")
    def entity(entity_id: str) -> dict[str, Any]:
        found = entities.get(entity_id)
        if found is None:
            raise HTTPException(404, f"no entity '{entity_id}'")
        return _entity_json(found)

    @app.post("/match/{dataset}")
    def match(dataset: str, body: MatchRequest, limit: int = 5, threshold: float | None = None) -> dict[str, Any]:
        responses: dict[str, Any] = {}
        for key, example in body.queries.items():
            props = example.properties
            names = props.get("name", []) + props.get("alias", [])
            results: list[dict[str, Any]] = []
            seen: set[str] = set()
            for name in names or [""]:
                countries = props.get("country") or props.get("nationality") or []
                births = props.get("birthDate") or []
                q = Query(id=key, name=name, schema=example.schema_,
                          country=countries[0].lower() if countries else None,
                          birth_date=births[0] if births else None)
                for m in matcher.match(q, limit=limit):
                    if m.entity_id in seen:
                        continue
                    seen.add(m.entity_id)
                    ent = entities.get(m.member_ids[0]) if m.member_ids else None
                    data: dict[str, Any] = (_entity_json(ent) if ent else
                                            {"id": m.entity_id, "caption": m.entity_name})
                    is_match = m.score >= threshold if threshold is not None else m.match
                    data.update({"score": m.score, "match": is_match, "features": m.features,
                                 "explanation": m.explanation, "source_ids": m.source_ids})
                    results.append(data)
            results.sort(key=lambda r: -r["score"])
            responses[key] = {"status": 200, "results": results[:limit], "total": {"value": len(results),
                              "relation": "eq"}, "query": example.model_dump(by_alias=True)}
        return {"responses": responses, "limit": limit}

    @app.get("/findings")
    def findings(run_id: str | None = None, tier: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT run_id, record_type, record_id, score, tier, policies, summary, evidence FROM findings"
        where, params = [], []
        if run_id:
            where.append("run_id = ?")
            params.append(run_id)
        else:
            where.append("run_id = (SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1)")
        if tier:
            where.append("tier = ?")
            params.append(tier)
        rows = store.con.execute(sql + " WHERE " + " AND ".join(where) + " ORDER BY score DESC", params).fetchall()
        cols = ["run_id", "record_type", "record_id", "score", "tier", "policies", "summary", "evidence"]
        out = [dict(zip(cols, r, strict=True)) for r in rows]
        for f in out:
            f["evidence"] = json.loads(f["evidence"] or "[]")
            f["policies"] = [p for p in (f["policies"] or "").split(";") if p]
        return out

    return app


def _entity_json(entity: Any) -> dict[str, Any]:
    from chainlight.sources.ftm.export import entity_to_ftm

    data = entity_to_ftm(entity)
    data.setdefault("datasets", [entity.dataset])
    data["source_ids"] = [entity.source_ref]
    return data
