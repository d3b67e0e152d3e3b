"""The HTTP API and the analyst web app in one FastAPI application.

`/match/{dataset}` and `/search/{dataset}` take and return yente's shapes, so tools built for yente work
here; the other routes serve findings, traces, claims and the audit trail.  The web app lives under `/ui`
and reads through the same functions as the API.  Routes are small modules by subject:

    match.py      /match, /search, /algorithms        entities.py   /entities, /catalog
    findings.py   /findings, /trace, decisions         screening.py  /screen, /classify
    claims.py     /claims, reviews, /audit             errors.py     chainlight errors -> HTTP statuses
    buyer.py      /check, /ui/check (buyer's check)    reports.py    /reports: PDF dossiers, allegation drafts
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chainlight.settings import Settings, get_settings
from chainlight.store import Store

# The pages load their own CSS and JS only; nothing may frame them (clickjacking) or sniff a JSON answer as HTML.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
DOCS_PATHS = ("/docs", "/redoc")  # FastAPI's docs pages load Swagger UI's script from a CDN


JSON_FREE = ("/ui/", "/reconcile")  # form posts (the web app, OpenRefine)


class JsonBodiesOnly:
    """ASGI middleware: a JSON endpoint sent another content type answers 415, naming what it takes, before any
    parsing.  (Plain ASGI rather than @app.middleware("http"), which runs every request through extra tasks and
    streams.)"""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH") and \
                not scope["path"].startswith(JSON_FREE):
            raw = dict(scope.get("headers") or []).get(b"content-type", b"").decode("latin-1")
            kind = raw.split(";")[0].strip().lower()
            if kind != "application/json" and not kind.endswith("+json"):
                from starlette.responses import JSONResponse

                answer = JSONResponse({"detail": f"send the body as application/json (got {kind or 'no content type'})"},
                                      status_code=415)
                await answer(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecureHeaders:
    """ASGI middleware: SECURITY_HEADERS on every answer that does not set them itself (no CSP on the docs)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
        self.docs_headers = [h for h in self.headers if h[0] != b"content-security-policy"]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs_headers if scope["path"].startswith(DOCS_PATHS) else self.headers

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in extra if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(db: Path, settings: Settings | None = None) -> Any:
    from fastapi import Depends, FastAPI
    from fastapi.responses import JSONResponse, RedirectResponse

    from chainlight import __version__
    from chainlight.api import cases, claims, entities, errors, findings, match, reconcile, screening
    from chainlight.api.access import authorize
    from chainlight.api.buyer import router as buyer_router
    from chainlight.api.deps import AppState, start_releasing
    from chainlight.api.limits import BodyLimit
    from chainlight.api.reports import router as reports_router
    from chainlight.web import mount

    state = AppState(Path(db), settings or get_settings())
    Store(db).close()  # create or migrate it now: a bad path fails at start, not on the first request
    start_releasing(state)
    app = FastAPI(title="chainlight", version=__version__,
                  description="Forced-labour screening: yente-compatible matching, findings with their evidence "
                              "chains, claims review and an audit trail.  The analyst web app is at /ui/.",
                  dependencies=[Depends(authorize)])
    app.state.chainlight = state
    errors.install(app)
    app.add_middleware(JsonBodiesOnly)  # the last added runs first: BodyLimit, then the headers, then this
    app.add_middleware(SecureHeaders)
    app.add_middleware(BodyLimit)
    for module in (match, entities, findings, screening, claims, reconcile, cases):
        app.include_router(module.router)
    app.include_router(buyer_router)  # the buyer's check
    app.include_router(reports_router)  # PDF dossiers, allegation drafts

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, Any]:
        with state.lock:
            return {"status": "ok", "entities": state.store.entity_count()}

    @app.get("/readyz", tags=["meta"], response_model=None)
    def readyz() -> Any:
        """200 once the name index is loaded and /match answers at once (yente's readiness probe), else 503."""
        ready = "default" in state._matchers
        if not ready:
            with state.lock, state.briefly() as store:
                ready = store.entity_count() == 0
        return JSONResponse({"status": "ok" if ready else "loading"}, status_code=200 if ready else 503)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/ui/")

    mount(app)
    return app


def app_from_env() -> Any:
    """The app of the store named by CHAINLIGHT_DB, its index loaded: what each `serve --workers` process runs."""
    settings = get_settings()
    app = create_app(settings.db_path, settings)
    app.state.chainlight.warm()
    return app
