"""Bounds on what one request may ask: body size (413) and, in the routes, items per batch.  A service that
accepts a 100 MB body or thousands of queries in one call lets one client hold it for minutes."""

from __future__ import annotations

import json
import os
from typing import Any

MAX_BODY_BYTES = int(float(os.environ.get("CHAINLIGHT_MAX_BODY_MB", "10")) * 1024 * 1024)
MAX_MATCH_QUERIES = 100  # yente's own batch limit for /match
MAX_SCREEN_RECORDS = 10_000  # larger files go through `chainlight screen` (or --columnar)
# a page's offset, within DuckDB's BIGINT with room for the limit: past it a query fails instead of answering an
# empty page
MAX_OFFSET = 2**62

Scope = dict[str, Any]


class BodyLimit:
    """ASGI middleware: refuse a body over `limit` bytes, whether it says its length or streams it."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def counted() -> Any:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        started = False

        async def watched_send(message: Any) -> None:
            nonlocal started
            if refused and not started:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted, watched_send)
        if refused and not started:
            await self._refuse(send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps({"detail": f"request body over {self.limit // (1024 * 1024)} MB; send less per request "
                                     "(or use `chainlight screen` on files)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
