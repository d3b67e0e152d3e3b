"""Who may do what: API keys (`Authorization: ApiKey KEY`, as the OpenSanctions API takes them), web sessions
with CSRF tokens, and one table of the role each route needs.

Every route passes through `authorize` (an app-wide dependency).  ROUTE_ROLES names every route of the app,
by method and path (HEAD takes GET's role); tests/api/test_access.py walks every route, including those of
included routers, fails on one missing here, and calls each as every role.  A route not named (one added
without an entry) still needs a viewer to read (GET) and an admin for anything else, so it fails closed.
`authorize` looks routes up by the path their router declares, so routers are included without a prefix.

Anonymous callers read only while the store has no users (a demo or a laptop: `serve` is then read-only) or
when the admin opens reads with CHAINLIGHT_ANONYMOUS_READ=1; they never change state.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request

from chainlight.api.deps import AppState, app_state, file_stamp
from chainlight.errors import ChainlightError
from chainlight.store import users
from chainlight.store.users import User

PUBLIC = "public"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ROUTE_ROLES: dict[tuple[str, str], str] = {
    ("GET", "/healthz"): PUBLIC,
    ("GET", "/readyz"): PUBLIC,
    ("GET", "/"): PUBLIC,
    ("GET", "/ui/login"): PUBLIC,
    ("POST", "/ui/login"): PUBLIC,
    ("POST", "/ui/logout"): PUBLIC,
    # yente's /match is a POST that only reads; so is classifying a text
    ("POST", "/match/{dataset}"): "viewer",
    ("POST", "/classify"): "viewer",
    ("POST", "/reconcile"): "viewer",  # OpenRefine's reconciliation: a read
    ("POST", "/reconcile/{dataset}"): "viewer",
    ("POST", "/check"): "viewer",  # the buyer's check classifies and matches: a read
    ("GET", "/ui/check"): "viewer",
    # filed reports are reads of findings and cases: whoever may read those may print them
    ("GET", "/reports/findings/{record_id}.pdf"): "viewer",
    ("GET", "/reports/findings/{record_id}/allegation"): "viewer",
    ("GET", "/reports/cases/{case_id}.pdf"): "viewer",
    ("POST", "/screen"): "analyst",
    ("POST", "/claims/{claim_id}/review"): "analyst",
    ("POST", "/findings/{record_id}/decision"): "analyst",
    ("POST", "/ui/claims/{claim_id}/review"): "analyst",
    ("POST", "/ui/findings/{record_id}/decision"): "analyst",
    # cases: analysts open and work them, viewers read them
    ("POST", "/cases"): "analyst",
    ("PATCH", "/cases/{case_id}"): "analyst",
    ("POST", "/cases/{case_id}/notes"): "analyst",
    ("POST", "/cases/{case_id}/findings"): "analyst",
    ("POST", "/ui/cases"): "analyst",
    ("POST", "/ui/cases/{case_id}"): "analyst",
    ("POST", "/ui/cases/{case_id}/notes"): "analyst",
    ("GET", "/claims/{claim_id}/protected"): "admin",  # the informant behind a claim
    # reads: viewers and above (anonymous callers too while reads are open, see the module's text)
    **{("GET", path): "viewer" for path in (
        "/search/{dataset}", "/algorithms", "/entities/{entity_id}", "/catalog", "/sources/{dataset}/changes",
        "/runs", "/findings", "/findings/export", "/findings/{record_id}", "/trace/{record_id}",
        "/claims", "/audit", "/reconcile", "/cases", "/cases/{case_id}",
        "/ui/", "/ui/findings", "/ui/findings/{record_id}", "/ui/cases", "/ui/cases/{case_id}",
        "/ui/entities/{entity_id}", "/ui/claims/{claim_id}", "/ui/review", "/ui/audit",
        "/ui/sources/{dataset}/changes", "/statements", "/ui/trace/{record_id}",
        "/ui/findings/{record_id}/allegation", "/reconcile/{dataset}", "/reconcile/{dataset}/suggest/entity",
        "/reconcile/{dataset}/suggest/type", "/reconcile/{dataset}/suggest/property")},
    # not FastAPI routes, so no dependency runs for them: the pages' CSS and JS (the login page needs them), and
    # the API's description (the shape of an open-source API, no data)
    ("GET", "/static/{path}"): PUBLIC,
    **{("GET", path): PUBLIC for path in ("/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc")},
}
SESSION_COOKIE = "chainlight_session"
SESSION_SECONDS = 12 * 3600  # a working day; the analyst logs in again after it
CSRF_FIELD = "csrf_token"


class Unauthorized(ChainlightError):
    """No credentials, or credentials that open nothing: HTTP 401."""

    exit_code = 2
    http_status = 401


class Forbidden(ChainlightError):
    """A known user whose role does not allow the action: HTTP 403."""

    exit_code = 2
    http_status = 403


def required_role(method: str, path: str) -> str:
    named = ROUTE_ROLES.get(("GET" if method == "HEAD" else method, path))
    if named is not None:
        return named
    return "viewer" if method in SAFE_METHODS else "admin"


BOOK_TTL_S = 2.0  # how long a server trusts its copy of the users table: a revoked key stops within this


@dataclass(frozen=True)
class UserBook:
    """The users table as one server process last read it; requests check keys against it without opening the
    store, so several workers can answer /match while the CLI writes."""

    read_at: float
    by_key_digest: dict[str, User]
    key_digest_of: dict[str, str]  # user name -> their key's digest
    file_seen: tuple[int, ...] = ()  # the store file's size and times when it was read


def book_is_fresh(state: AppState) -> UserBook | None:
    """The book, while it may be used without looking at the store (read under BOOK_TTL_S ago), else None."""
    book: UserBook | None = state.access_book
    return book if book is not None and time.monotonic() - book.read_at <= BOOK_TTL_S else None


def user_book(state: AppState) -> UserBook:
    """Call with state.lock held.  Every BOOK_TTL_S the store file's size and times are looked at, and the
    table is read again only when they changed (any write, a revocation too, changes them): opening the store
    would make the other server processes and the CLI wait for it."""
    book = book_is_fresh(state)
    if book is not None:
        return book
    stale: UserBook | None = state.access_book
    seen = file_stamp(state.db) if state.store_is_a_file() else ()
    if stale is not None and seen and seen == stale.file_seen:
        book = UserBook(time.monotonic(), stale.by_key_digest, stale.key_digest_of, seen)
    else:
        with state.briefly() as store:
            rows = store.con.execute("SELECT name, key_sha256 FROM users WHERE revoked_at IS NULL").fetchall()
            known = {u.name: u for u in users.listed(store.con)}
        # the stamp from before the read: a write during it makes the next look read the table again
        book = UserBook(time.monotonic(), {str(d): known[str(n)] for n, d in rows if str(n) in known},
                        {str(n): str(d) for n, d in rows}, seen)
    state.access_book = book
    return book


def anonymous_reads(state: AppState, book: UserBook | None = None) -> bool:
    if os.environ.get("CHAINLIGHT_ANONYMOUS_READ", "").lower() in ("1", "yes", "true"):
        return True
    return not (book or user_book(state)).by_key_digest


# ---- sessions: a signed token naming the user and the key they logged in with ------------------------------

def server_secret(state: AppState) -> bytes:
    """The key that signs sessions: CHAINLIGHT_SECRET, else a file beside the store made once (mode 0600), so
    sessions survive a restart and every worker of one store agrees."""
    given = os.environ.get("CHAINLIGHT_SECRET")
    if given:
        return given.encode("utf-8")
    if state.store.path.startswith(":memory:") or not state.store.path:
        return state.ephemeral_secret
    path = Path(state.store.path + ".secret")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        secret = secrets.token_bytes(32)
        fh.write(secret)
    return secret


def _sign(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def make_session(state: AppState, key: str) -> tuple[str, User] | None:
    """A session token for the user this API key belongs to, or None for a wrong key."""
    user = users.by_key(state.store.con, key)
    if user is None:
        return None
    # the key's digest binds the session to this key: revoking the user (or giving a new key) ends it
    # names may be Hangul or Hanzi; a cookie holds ASCII only
    body = f"{quote(user.name, safe='')}|{int(time.time()) + SESSION_SECONDS}|{users.key_digest(key)[:16]}|{secrets.token_hex(8)}"
    return f"{body}|{_sign(server_secret(state), body)}", user


def session_user(state: AppState, token: str) -> User | None:
    body, _, signature = token.rpartition("|")
    if not body or not hmac.compare_digest(signature, _sign(server_secret(state), body)):
        return None
    try:
        quoted, expires, key_part, _nonce = body.split("|")
        name = unquote(quoted)
        if int(expires) < time.time():
            return None
    except ValueError:
        return None
    book = user_book(state)
    digest = book.key_digest_of.get(name)
    if digest is None or not digest.startswith(key_part):
        return None
    return book.by_key_digest.get(digest)


def csrf_token(state: AppState, session: str) -> str:
    """The token every form of this session carries; a page on another site cannot read it."""
    return _sign(server_secret(state), "csrf|" + session)


# ---- the dependency --------------------------------------------------------------------------------------

def _api_key(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() in ("apikey", "bearer") and value.strip():
        return value.strip()
    return None


async def authorize(request: Request) -> None:
    route = request.scope.get("route")
    need = required_role(request.method, getattr(route, "path", request.url.path))
    request.state.user = None
    if need == PUBLIC:
        return
    state = app_state(request)
    key = _api_key(request)
    session = request.cookies.get(SESSION_COOKIE)

    def identify() -> tuple[User | None, bool, bool]:
        with state.lock:
            open_reads = anonymous_reads(state)
            if key is not None:
                return user_book(state).by_key_digest.get(users.key_digest(key)), False, open_reads
            if session:
                return session_user(state, session), True, open_reads
            return None, False, open_reads

    fresh = book_is_fresh(state) if key is not None else None
    if key is not None and fresh is not None:  # dictionary look-ups only: no thread, no lock
        user, by_cookie, open_reads = fresh.by_key_digest.get(users.key_digest(key)), False, anonymous_reads(state, fresh)
    else:
        user, by_cookie, open_reads = await run_in_threadpool(identify)
    if user is None:
        if key is not None:
            raise Unauthorized("the API key is not valid (revoked, or mistyped)")
        if need == "viewer" and open_reads:
            return
        if need == "viewer":
            raise Unauthorized("log in, or send `Authorization: ApiKey KEY` (an admin makes keys with "
                               "`chainlight users add NAME --role viewer`)")
        raise Unauthorized(f"this needs an {need}: send `Authorization: ApiKey KEY` or log in at /ui/login "
                           f"(`chainlight users add NAME --role {need}` makes a key)")
    if not user.may(need):
        raise Forbidden(f"user '{user.name}' is a {user.role}; this needs an {need}")
    if by_cookie and request.method not in SAFE_METHODS:
        await _check_csrf(request, state, session or "")
    request.state.user = user


async def _check_csrf(request: Request, state: AppState, session: str) -> None:
    # A form posted from another site carries the session cookie (where SameSite does not stop it) but cannot
    # know this token, which is only written into this app's own pages.
    from urllib.parse import parse_qs

    sent = request.headers.get("x-csrf-token", "")
    if not sent and request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        body = (await request.body()).decode("utf-8", errors="replace")
        sent = (parse_qs(body).get(CSRF_FIELD) or [""])[-1]
    if not hmac.compare_digest(sent, csrf_token(state, session)):
        raise Forbidden("the form's security token is missing or out of date: reload the page and try again")


def actor(request: Request) -> str:
    """The authenticated user's name: the actor of every audit row a request writes."""
    user: User | None = getattr(request.state, "user", None)
    if user is None:
        raise Unauthorized("log in to change anything")
    return user.name
