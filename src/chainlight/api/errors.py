"""One place that turns chainlight's errors into HTTP answers: JSON for the API, a page for the web app.

Each error class already says whose fault it is (exit code 2 = the caller's input); the status follows from
that, so a new error class needs no new handler.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.requests import Request

from chainlight.errors import ChainlightError, InputError, NotFoundError

WEB_PREFIX = "/ui"


def status_for(exc: ChainlightError) -> int:
    named = getattr(exc, "http_status", None)  # access errors say theirs (401, 403)
    if isinstance(named, int):
        return named
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InputError):
        return 422
    return 400 if exc.exit_code == 2 else 500


def error_body(exc: ChainlightError) -> dict[str, Any]:
    body: dict[str, Any] = {"detail": exc.message}
    if isinstance(exc, InputError):
        body["problems"] = [{"path": p.path, "line": p.line, "field": p.field, "message": p.message}
                            for p in exc.problems]
    return body


def _answer(request: Request, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith(WEB_PREFIX):
        from chainlight.web.render import render_error

        answer = render_error(request, status, str(body.get("detail", "")))
        answer.headers.update(headers or {})
        return answer
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ChainlightError)
    async def _chainlight(request: Request, exc: ChainlightError) -> Response:
        return _answer(request, status_for(exc), error_body(exc), getattr(exc, "headers", None))  # Retry-After

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        return _answer(request, exc.status_code, {"detail": exc.detail})

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith(WEB_PREFIX):
            return _answer(request, 422, {"detail": "; ".join(_readable(e) for e in exc.errors())})
        return JSONResponse({"detail": [_safe(e) for e in exc.errors()]}, status_code=422)


def _safe(error: Any) -> dict[str, Any]:
    """A validation error as JSON: the offending input shown as text, cut short (it may be a raw body)."""
    item = {k: v for k, v in dict(error).items() if k not in ("input", "ctx", "url")}
    raw = error.get("input")
    if isinstance(raw, bytes):
        raw = raw[:200].decode("utf-8", errors="replace")
    item["input"] = raw if isinstance(raw, (int, float, bool)) or raw is None else str(raw)[:200]
    return item


def _readable(error: Any) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
    return f"{where}: {error.get('msg', 'invalid')}"

