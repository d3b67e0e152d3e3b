"""Who may do what: every route against every role, web sessions with CSRF tokens, security headers."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from starlette.routing import Mount

from chainlight.api.access import BOOK_TTL_S, PUBLIC, ROUTE_ROLES, SAFE_METHODS, SESSION_COOKIE, required_role
from chainlight.api.app import create_app
from chainlight.settings import Settings
from chainlight.store import Store, users

ROLES = ("viewer", "analyst", "admin")
SAMPLE = {"dataset": "default", "record_id": "L001", "claim_id": "no-such-claim", "entity_id": "ofac-9347",
          "case_id": "no-such-case", "path": "app.css"}


@pytest.fixture(scope="module")
def served(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict]]:
    db = tmp_path_factory.mktemp("access") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        keys = {role: users.add(store.con, f"user-{role}", role, by="tests") for role in ROLES}
        keys["revoked"] = users.add(store.con, "gone", "admin", by="tests")
        users.revoke(store.con, "gone", by="tests")
    app = create_app(db, Settings())
    with TestClient(app) as client:
        yield client, keys
    app.state.chainlight.store.close()


def _routes(app: Any) -> list[tuple[str, str]]:
    """Every (method, path) the app answers.  FastAPI 0.165 keeps an included router as one `_IncludedRouter`
    entry of app.routes; iter_route_contexts (what FastAPI's own OpenAPI generator walks) gives its routes with
    the paths they are served at.  A mount answers GET for the files under it."""
    out: set[tuple[str, str]] = set()
    for context in iter_route_contexts(app.routes):
        if isinstance(context.route, Mount):
            out.add(("GET", f"{context.path}/{{path}}"))
        else:
            out |= {(method, str(context.path)) for method in context.methods or ()}
    return sorted(out)


def _call(client: TestClient, method: str, path: str, key: str | None) -> int:
    url = re.sub(r"\{(\w+)\}", lambda m: SAMPLE[m.group(1)], path)
    headers = {"Authorization": f"ApiKey {key}"} if key else {}
    if method in SAFE_METHODS:
        return client.request(method, url, headers=headers, follow_redirects=False).status_code
    return client.request(method, url, headers=headers, json={}, follow_redirects=False).status_code


def test_the_walk_finds_every_route_of_the_schema_and_of_the_web_app() -> None:
    app = create_app(Path(":memory:"), Settings())
    found = set(_routes(app))
    schema = {(method.upper(), path) for path, ops in app.openapi()["paths"].items() for method in ops}
    assert len(schema) > 20 and schema <= found  # the API's routes, as its own schema lists them
    assert {("POST", "/findings/{record_id}/decision"), ("GET", "/ui/findings/{record_id}"), ("POST", "/ui/login"),
            ("GET", "/static/{path}"), ("GET", "/docs")} <= found  # routers' routes, pages, a mount, the docs


def test_every_route_is_named_in_the_role_table() -> None:
    routes = _routes(create_app(Path(":memory:"), Settings()))
    for method, path in routes:
        assert ("GET" if method == "HEAD" else method, path) in ROUTE_ROLES, f"{method} {path}: add it to ROUTE_ROLES"
    assert not set(ROUTE_ROLES) - set(routes), "ROUTE_ROLES names routes the app does not have"


def test_authorize_finds_each_route_under_the_path_it_is_served_at() -> None:
    # authorize reads scope["route"].path, the path a router declares; an include prefix would not be in it
    app = create_app(Path(":memory:"), Settings())
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            assert context.original_route.path == context.path


def test_the_role_matrix(served: tuple[TestClient, dict]) -> None:
    client, keys = served
    for method, path in _routes(client.app):
        need = required_role(method, path)
        answers = {who: _call(client, method, path, keys.get(who) if who else None)
                   for who in (None, "revoked", *ROLES)}
        if need == PUBLIC:  # the same answer whoever asks (a login without a key is a 401 for everyone)
            assert len(set(answers.values())) == 1, (method, path, answers)
            continue
        for who, status in answers.items():
            if who in (None, "revoked"):
                assert status == 401, (method, path, who, status)
            elif ROLES.index(who) < ROLES.index(need):
                assert status == 403, (method, path, who, status)
            else:
                assert status not in (401, 403), (method, path, who, status)


def test_without_users_the_service_reads_but_changes_nothing(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    app = create_app(db, Settings())
    with TestClient(app) as client:
        assert client.get("/findings").status_code == 200
        assert client.post("/match/default", json={"queries": {"q": {"schema": "Company",
                                                                     "properties": {"name": ["조선광선은행"]}}}}
                           ).status_code == 200
        refused = client.post("/findings/L001/decision", json={"decision": "dismissed"})
        assert refused.status_code == 401 and "chainlight users add" in refused.json()["detail"]
    app.state.chainlight.store.close()


def test_anonymous_reads_close_once_there_are_users(served: tuple[TestClient, dict],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = served
    assert client.get("/findings").status_code == 401
    monkeypatch.setenv("CHAINLIGHT_ANONYMOUS_READ", "1")
    assert client.get("/findings").status_code == 200
    assert client.post("/findings/L001/decision", json={"decision": "dismissed"}).status_code == 401


def _login(client: TestClient, key: str) -> str:
    answer = client.post("/ui/login", data={"api_key": key}, follow_redirects=False)
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    page = client.get("/ui/findings/L001").text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert token is not None
    return token.group(1)


def test_web_login_and_csrf(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        key = users.add(store.con, "최민수", "analyst", by="tests")
    app = create_app(db, Settings())
    with TestClient(app) as client:
        assert client.post("/ui/login", data={"api_key": "clk_wrong"}).status_code == 401
        token = _login(client, key)
        assert "최민수" in client.get("/ui/").text
        form = {"decision": "needs_evidence", "note": "ask for invoices"}
        # a form posted from another site carries the cookie but not the page's token
        assert client.post("/ui/findings/L001/decision", data=form, follow_redirects=False).status_code == 403
        assert client.post("/ui/findings/L001/decision", data={**form, "csrf_token": "0" * 64},
                           follow_redirects=False).status_code == 403
        done = client.post("/ui/findings/L001/decision", data={**form, "csrf_token": token}, follow_redirects=False)
        assert done.status_code == 303
        assert client.get("/findings/L001").json()["decision"]["actor"] == "최민수"
        client.post("/ui/logout", follow_redirects=False)
        client.cookies.delete(SESSION_COOKIE)
        assert client.post("/ui/findings/L001/decision", data={**form, "csrf_token": token},
                           follow_redirects=False).status_code == 401
    app.state.chainlight.store.close()


def test_a_revoked_user_s_session_ends(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        key = users.add(store.con, "temp", "analyst", by="tests")
        users.add(store.con, "stays", "admin", by="tests")  # anonymous reads stay closed
    app = create_app(db, Settings())
    with TestClient(app) as client:
        _login(client, key)
        assert client.get("/findings").status_code == 200
        users.revoke(app.state.chainlight.store.con, "temp", by="admin")
        time.sleep(BOOK_TTL_S + 0.1)  # a server re-reads the users table at most this long after a change
        assert client.get("/findings").status_code == 401
    app.state.chainlight.store.close()


def test_security_headers(served: tuple[TestClient, dict]) -> None:
    client, keys = served
    answer = client.get("/ui/login")
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert client.get("/findings", headers={"Authorization": f"ApiKey {keys['viewer']}"}
                      ).headers["x-content-type-options"] == "nosniff"
