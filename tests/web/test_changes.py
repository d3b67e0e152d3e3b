"""A list's changes in the web app (issue 20): the page shows what GET /sources/{dataset}/changes serves,
per update, escaped, to viewers and above only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.settings import Settings
from chainlight.store import Store, users

HOSTILE = '<script>alert("x")</script> 조선 & Co'


@pytest.fixture(scope="module")
def served(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    db = tmp_path_factory.mktemp("changes") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        key = users.add(store.con, "viewer", "viewer", by="tests")
        row = store.con.execute("SELECT max(id) FROM ingests WHERE dataset = 'un-sc'").fetchone()
        # a later update that renamed an entry to a name full of markup
        store.con.execute("INSERT INTO changes VALUES (?, 'un-sc', 'un-KPe.999', 'entity', 'changed', ?)",
                          [row[0], HOSTILE])
    app = create_app(db, Settings())
    with TestClient(app) as client:
        yield client, key
    app.state.chainlight.store.close()


def test_the_changes_page_shows_each_update_as_the_api_does(served: tuple[TestClient, str]) -> None:
    client, key = served
    auth = {"Authorization": f"ApiKey {key}"}
    api = client.get("/sources/un_sc_sanctions/changes", headers=auth).json()
    page = client.get("/ui/sources/un-sc/changes", headers=auth)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    added = sum(1 for c in api if c["change"] == "added")
    assert added and f'<td class="num">{added}</td>' in html
    first = next(c for c in api if c["change"] == "added")
    assert f'href="/ui/entities/{first["id"]}"' in html
    dashboard = client.get("/ui/", headers=auth).text
    assert 'href="/ui/sources/un-sc/changes"' in dashboard and 'href="/ui/sources/ofac-sdn/changes"' in dashboard


def test_names_are_escaped(served: tuple[TestClient, str]) -> None:
    client, key = served
    html = client.get("/ui/sources/un-sc/changes", headers={"Authorization": f"ApiKey {key}"}).text
    assert HOSTILE not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; 조선 &amp; Co" in html


def test_access_and_bad_requests(served: tuple[TestClient, str]) -> None:
    client, key = served
    assert client.get("/ui/sources/un-sc/changes").status_code == 401  # the store has users: no anonymous reads
    auth = {"Authorization": f"ApiKey {key}"}
    missing = client.get("/ui/sources/no-such-list/changes", headers=auth)
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    since = client.get("/ui/sources/un-sc/changes", params={"since": "<b>1999-01-01</b>"}, headers=auth)
    assert since.status_code == 400 and "<b>1999" not in since.text
