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

import os
import socket
import sys
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
    from chainlight.api.entries import no_gc

    with no_gc():  # FastAPI's modules and the routes' models: many objects made once, no garbage
        return _create_app(db, settings)


def _create_app(db: Path, settings: Settings | None = None) -> Any:
    from fastapi import Depends, FastAPI
    from fastapi.responses import JSONResponse, RedirectResponse

    from chainlight import __version__
    from chainlight.api import cases, claims, entities, errors, findings, match, reconcile, screening
    from chainlight.api.access import authorize
    from chainlight.api.buyer import router as buyer_router
    from chainlight.api.deps import AppState, start_releasing
    from chainlight.api.limits import BodyLimit
    from chainlight.api.match_fast import MatchFastPath
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
    # the last added runs first: BodyLimit, then the headers, then the JSON check, then /match's fast path
    app.add_middleware(MatchFastPath)
    app.add_middleware(JsonBodiesOnly)
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
        if state.ready():
            return JSONResponse({"status": "ok"})
        # yente answers a probe before its index is built with an HTTP error's body: detail, as FastAPI's
        return JSONResponse({"detail": "Index not ready.", "status": "loading"}, status_code=503)

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


def serve(app: Any, host: str, port: int, workers: int = 1, log_level: str = "info") -> None:
    """Serve the app until interrupted.  The socket is bound first, so that a bad address fails at once and
    connections made during the warm-up wait in its queue instead of being refused.

    One worker: uvicorn in this process, the index loaded in a background thread (/readyz answers 503 until it
    is, and a /match waits for it), then the readings' dictionaries.  Several (Linux): the index is loaded
    here, then the workers are forked from this process, so they share its memory (copy-on-write) and none
    loads the index again.  The readings' dictionaries are then loaded here too, and the workers replaced by
    ones that share them, to which this process hands each connection as it comes, to the one with the fewest
    open (api/prefork.py).  SIGTERM or SIGINT stops them all."""
    import uvicorn

    state = app.state.chainlight
    if workers <= 1 or not can_prefork():
        if workers > 1:  # no fork() or SO_REUSEPORT: uvicorn's own processes, each loading everything
            collect_from_here()
            state.close()
            os.environ["CHAINLIGHT_DB"] = str(state.db)
            uvicorn.run("chainlight.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                        log_level=log_level)
            return
        sock = listening(host, port)
        collect_from_here()
        state.warm_in_background(freeze=True)
        uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level)).run(sockets=[sock])
        return
    from chainlight.api.prefork import Prefork

    sock = listening(host, port)
    state.warm_index()
    collect_from_here()
    state.close()  # no DuckDB connection or thread may cross a fork
    Prefork(app, sock, workers, host, port, log_level).run()


def collect_from_here() -> None:
    """The garbage collector on again, with everything made so far left out of its passes (gc.freeze).  `serve`
    turns it off before the app is made: the app, the index and the entries live as long as the server, and
    the first pass after each warm-up step walked all of them (~0.25 s of the ~1.9 s of CPU to ready)."""
    import gc

    gc.freeze()
    gc.enable()


def can_prefork() -> bool:
    """fork() and passing a connection to another process over a Unix socket (SCM_RIGHTS): Linux."""
    return hasattr(os, "fork") and hasattr(socket, "send_fds") and sys.platform.startswith("linux")


def listening(host: str, port: int) -> socket.socket:
    """A socket listening on host:port (binding fails as usual when another program holds it)."""
    from chainlight.errors import UsageError

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
        sock.set_inheritable(True)
        return sock
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
