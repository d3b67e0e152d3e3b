"""yente behaviour over an OpenSanctions FtM export loaded beside the demo's lists (yente's own test fixture,
zala_entities.ftm.json): original ids and dataset names, the statement API, feature scores and referents."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.pipeline import ingest_files
from chainlight.settings import Settings
from chainlight.store import Store, users
from tests.helpers.snapshots import snapshot

ZALA = snapshot("ftm/yente_fixtures/zala_entities.ftm.json")
OSETROVA = "NK-2Tbri3s6GgNtAwsSXh4qpL"  # Maria Aleksandrovna Osetrova, on OFAC, UK and others


@pytest.fixture(scope="module")
def ftm_client(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("ftm") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        ingest_files(store, "ftm", [ZALA], extract=True)
        key = users.add(store.con, "analyst", "analyst", by="tests")
    app = create_app(db, Settings())
    with TestClient(app, headers={"Authorization": f"ApiKey {key}"}) as test_client:
        yield test_client
    app.state.chainlight.store.close()


def test_an_ftm_entity_answers_under_its_own_id_and_datasets(ftm_client: TestClient) -> None:
    entity = ftm_client.get(f"/entities/{OSETROVA}")
    assert entity.status_code == 200, entity.text
    data = entity.json()
    assert data["id"] == OSETROVA and {"us_ofac_sdn", "gb_fcdo_sanctions"} <= set(data["datasets"])
    assert "ftm" not in data["datasets"]
    # a referent the export names (the OFAC entry merged into the NK entity) redirects, as in yente
    moved = ftm_client.get("/entities/ofac-46001", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == f"/entities/{OSETROVA}"


def test_the_exports_datasets_are_in_the_catalog_and_scope_a_match(ftm_client: TestClient) -> None:
    catalog = ftm_client.get("/catalog").json()
    names = {d["name"] for d in catalog["datasets"]}
    assert {"us_ofac_sdn", "gb_fcdo_sanctions", "ext_ru_egrul", "default"} <= names
    default = next(d for d in catalog["datasets"] if d["name"] == "default")
    assert "gb_fcdo_sanctions" in default["children"]
    query = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Maria Osetrova"],
                                                                  "nationality": ["Russia"]}}}}
    for scope in ("gb_fcdo_sanctions", "default"):
        results = ftm_client.post(f"/match/{scope}", json=query).json()["responses"]["q"]["results"]
        assert results and results[0]["id"] == OSETROVA, scope
    # chainlight's own OFAC list and the export's OFAC entries are both us_ofac_sdn
    ofac = ftm_client.post("/match/us_ofac_sdn", json=query).json()["responses"]["q"]["results"]
    assert ofac and ofac[0]["id"] == OSETROVA
    only = ftm_client.post("/match/default", json=query, params={"include_dataset": "un_sc_sanctions"}).json()
    assert all("un_sc_sanctions" in r["datasets"] for r in only["responses"]["q"]["results"])


def test_statements_of_an_ftm_entity(ftm_client: TestClient) -> None:
    body = ftm_client.get("/statements", params={"entity_id": OSETROVA, "prop": "birthDate"}).json()
    assert body["total"] == {"value": 1, "relation": "eq"} and body["limit"] == 50 and body["offset"] == 0
    (row,) = body["results"]
    assert row["value"] == "1988-01-07" and row["prop_type"] == "date" and row["schema"] == "Person"
    assert row["dataset"] == "gb_coh_disqualified" and row["canonical_id"] == OSETROVA and row["target"] is True
    assert row["first_seen"] and row["last_seen"]
    by_dataset = ftm_client.get("/statements", params={"dataset": "gb_coh_disqualified", "limit": 5}).json()
    assert by_dataset["total"]["value"] > 5 and len(by_dataset["results"]) == 5


def test_reingesting_the_export_changes_nothing(ftm_client: TestClient, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    with Store(db) as store:
        first = ingest_files(store, "ftm", [ZALA], extract=True)
        again = ingest_files(store, "ftm", [ZALA], extract=True)
        ids = {r[0] for r in store.con.execute("SELECT id FROM entities").fetchall()}
    assert first.added == 17 and (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 17)
    assert OSETROVA in ids and not any(i.startswith("ftm-") for i in ids)
