"""`POST /match/{dataset}` answered without FastAPI's routing, dependency solving and exception layers, when
the request is an ordinary one: the same answer, byte for byte, for less CPU.

At concurrency 16 on 2 cores /match's p95 is queueing, so it falls only with the CPU an answer takes.  Through
the app without sockets, FastAPI's part of a /match (its eight middleware layers, the route's eleven query
parameters parsed one by one through pydantic's field machinery, the global `authorize` dependency, the body
model) was ~0.35 of the ~0.5 ms a request spends outside the matcher (benchmarks/README.md, the /match rows).

The fast path takes a request only when it can answer it as the route would, with the route's own code
(`match._match` on the matcher `match.computing_only` gives, in a worker thread as FastAPI runs the route):

- an API key (`Authorization: ApiKey KEY` or `Bearer KEY`) of a user who may read, found in the users' book
  while it is fresh (`access.book_is_fresh`: no store, no lock);
- no query parameters but `limit`, `threshold`, `cutoff` and `algorithm`, each at most once and written plainly
  (digits; a decimal in [0, 1]) within the route's bounds;
- a body that is JSON and valid as yente's EntityMatchQuery.

Anything else, and any error the route would answer (a bad algorithm, too many queries, an unknown schema), is
handed to the app unchanged (the body read so far is given to it again), which answers as it always has.  The
middleware sits inside the body limit, the security headers and the JSON content-type check (app.py), so those
apply to both paths alike.  tests/api/test_match_fast.py compares the two paths' answers.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar
from urllib.parse import parse_qsl

import orjson
from anyio import to_thread

from chainlight.store import users

Scope = dict[str, Any]
Message = dict[str, Any]

_LIMIT = re.compile(r"[1-9][0-9]{0,2}")  # 1..999; the route takes 1..500
_SHARE = re.compile(r"(0|1)(\.[0-9]{1,12})?|\.[0-9]{1,12}")  # a plain decimal; the route takes [0, 1]
_FLOATS = ("threshold", "cutoff")


def plain_params(query_string: bytes) -> dict[str, Any] | None:
    """The route's limit, threshold, cutoff and algorithm from the query string, as FastAPI reads them, or
    None when the string asks anything else or writes a value in a way the route must judge."""
    out: dict[str, Any] = {}
    if not query_string:
        return out
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if name in out:
            return None  # the route keeps the last of repeated values; rare: let it
        if name == "limit" and _LIMIT.fullmatch(value) and int(value) <= 500:
            out[name] = int(value)
        elif name in _FLOATS and _SHARE.fullmatch(value) and float(value) <= 1.0:
            out[name] = float(value)
        elif name == "algorithm" and value:
            out[name] = value
        else:
            return None
    return out


def _api_key(headers: list[tuple[bytes, bytes]]) -> str | None:
    """access._api_key's reading of the Authorization header (the last one, as Starlette's dict of them)."""
    raw = dict(headers).get(b"authorization")
    if raw is None:
        return None
    scheme, _, value = raw.decode("latin-1").partition(" ")
    if scheme.lower() in ("apikey", "bearer") and value.strip():
        return value.strip()
    return None


class MatchFastPath:
    """ASGI middleware: ordinary /match requests answered by the route's code without FastAPI around it."""

    enabled: ClassVar[bool] = True  # tests compare both paths
    answered: ClassVar[int] = 0  # how many requests this path answered (tests check that it is taken)

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if not (self.enabled and scope["type"] == "http" and scope["method"] == "POST"
                and scope["path"].startswith("/match/")):
            await self.app(scope, receive, send)
            return
        dataset = scope["path"][len("/match/"):]
        params = plain_params(scope.get("query_string", b""))
        answered, messages = False, list[Message]()
        if dataset and "/" not in dataset and params is not None:
            answered, messages = await self._answer(scope, receive, send, dataset, params)
        if answered:
            MatchFastPath.answered += 1
            return
        await self.app(scope, _replay(messages, receive), send)

    async def _answer(self, scope: Scope, receive: Any, send: Any, dataset: str,
                      params: dict[str, Any]) -> tuple[bool, list[Message]]:
        """(whether answered, the messages read): not answered when the route must judge the request."""
        from chainlight.api import access, match, yente
        from chainlight.api.limits import MAX_BODY_BYTES

        state = scope["app"].state.chainlight
        key = _api_key(scope.get("headers") or [])
        book = access.book_is_fresh(state) if key is not None else None
        user = book.by_key_digest.get(users.key_digest(key)) if book is not None and key is not None else None
        matcher = match.computing_only(state, dataset, None) if user is not None and user.may("viewer") else None
        if matcher is None:
            return False, []
        messages: list[Message] = []
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return False, messages
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return False, messages
            if not message.get("more_body", False):
                break
        try:
            # json.loads, as Starlette's Request.json, then the model as FastAPI validates a body parameter
            body = yente.EntityMatchQuery.model_validate(json.loads(b"".join(chunks)))
        except ValueError:  # not JSON, or not a match query (pydantic's ValidationError is a ValueError)
            return False, messages
        limit = params.get("limit", 5)
        threshold, cutoff = params.get("threshold"), params.get("cutoff")
        algorithm = params.get("algorithm", yente.DEFAULT_ALGORITHM)

        def run() -> dict[str, Any] | None:
            try:
                return match._match(state, dataset, body, limit, threshold, cutoff, algorithm, None, None, None,
                                    None, None, None, matcher=matcher)
            except Exception:  # the route answers it (its error, in its shape)
                return None

        answer = await to_thread.run_sync(run)
        if answer is None:
            return False, messages
        content = orjson.dumps(answer, option=match.ANSWER_OPTIONS)
        # the headers of the route's Response, in its order
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"x-batch-size", str(len(answer["responses"])).encode("latin-1")),
            (b"content-length", str(len(content)).encode("latin-1")),
            (b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": content})
        return True, messages


def _replay(messages: list[Message], receive: Any) -> Any:
    """A receive that gives the messages already read again, then reads on."""
    if not messages:
        return receive
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        message: Message = await receive()
        return message

    return replayed
