"""The request examples of yente's and OpenSanctions' API documentation, sent as a yente client sends them, against
the demo's lists with yente's own test fixture (zala_entities.ftm.json, an OpenSanctions export) ingested beside
them.  Each test names the page its request and the shape of the answer come from; the requests are those pages'
(their entity where the fixture holds it, a fixture's person of the same shape where it does not).

Sources (read 2026-12):
- OpenSanctions API quickstart, https://www.opensanctions.org/docs/api/quickstart/
- "The request", https://www.opensanctions.org/docs/api/request/
- "The response", https://www.opensanctions.org/docs/api/response/
- "Using the matching API", https://www.opensanctions.org/docs/api/matching/
- opensanctions/api-examples, curl/README.md (name; name and birth date; name and address)
- yente docs/deploy/monitoring.md (/healthz, /readyz, /catalog)
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.pipeline import ingest_files
from chainlight.settings import Settings
from chainlight.store import Store, users
from tests.helpers.snapshots import snapshot

# the person the quickstart's request finds and "The response" page shows as its answer
ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw"  # Alexander Vyacheslavovich ZAKHAROV, born 1965-09-21
LAVRENTII = "NK-hUAjuiA3vTKXF6v2X6MYnS"  # Lavrentii Aleksandrovich ZAKHAROV, born 1999, on OFAC's SDN list
ABASHKIN = "NK-mCEmxFfuhfdjpC8gsxH74o"  # Konstantin Igorevich Abashkin: on Ukraine's NSDC list, not on OFAC's
# an entity's fields as "The response" lists them, and what /match adds to each result
ENTITY_FIELDS = {"id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen",
                 "last_seen", "last_change"}
MATCH_FIELDS = ENTITY_FIELDS | {"score", "match", "features"}


@pytest.fixture(scope="module")
def ftm_client(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The demo's lists and yente's FtM fixture, served to a client that sends its key as yente's clients do."""
    db = tmp_path_factory.mktemp("documented") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        ingest_files(store, "ftm", [snapshot("ftm/yente_fixtures/zala_entities.ftm.json")], extract=True)
        key = users.add(store.con, "screening-client", "viewer", by="tests")
    app = create_app(db, Settings())
    with TestClient(app, headers={"Authorization": f"ApiKey {key}"}) as test_client:
        yield test_client
    app.state.chainlight.store.close()


def _match(client: TestClient, query: dict[str, Any], **params: Any) -> dict[str, Any]:
    answer = client.post("/match/default", json={"queries": {"q": query}}, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["responses"]["q"]  # type: ignore[no-any-return]


def test_the_quickstart_request_finds_the_person_the_response_page_shows(ftm_client: TestClient) -> None:
    # the quickstart's query, verbatim: a transliteration (Zacharov) and a birth year only
    query = {"schema": "Person", "properties": {"firstName": ["Aleksandr"], "lastName": ["Zacharov"],
                                                "birthDate": ["1965"]}}
    response = _match(ftm_client, query)
    assert response["status"] == 200
    top = response["results"][0]
    assert top["id"] == ZAKHAROV and top["caption"] == "Alexander Vyacheslavovich ZAKHAROV"
    assert set(top) >= MATCH_FIELDS and top["schema"] == "Person"
    assert top["match"] is True and top["score"] >= 0.7
    assert "1965-09-21" in top["properties"]["birthDate"]
    assert "sanction" in top["properties"]["topics"]  # the quickstart prints the risk topics
    assert response["query"]["properties"]["lastName"] == ["Zacharov"]


def test_the_request_pages_parameters_scope_and_raise_the_bar(ftm_client: TestClient) -> None:
    # "The request": topics and include_dataset as lists, a pinned algorithm and a threshold above the default
    params = {"topics": ["sanction", "sanction.linked", "debarment"], "include_dataset": ["us_ofac_sdn",
                                                                                          "us_ofac_cons"],
              "algorithm": "logic-v2", "threshold": 0.8}
    # its person query's shape: first, father's and last name, the last name also in Cyrillic, a birth year
    person = {"schema": "Person", "properties": {"firstName": ["Lavrentii"], "fatherName": ["Aleksandrovich"],
                                                 "lastName": ["Zakharov", "Захаров"], "birthDate": ["1999"]}}
    response = _match(ftm_client, person, **params)
    assert [r["id"] for r in response["results"]][:1] == [LAVRENTII]
    for result in response["results"]:
        assert "us_ofac_sdn" in result["datasets"] or "us_ofac_cons" in result["datasets"]
        assert set(result["properties"]["topics"]) & set(params["topics"])
        assert result["score"] >= 0.8 and result["match"] is True
    # Aleksandr Zakharov, of the same family and on the same list, was born in 1965: under the raised threshold
    assert ZAKHAROV not in {r["id"] for r in response["results"]}
    assert ZAKHAROV in {r["id"] for r in _match(ftm_client, {**person, "properties": {
        "firstName": ["Aleksandr"], "lastName": ["Zakharov"], "birthDate": ["1965"]}})["results"]}
    # the page's own two queries, verbatim: answered, their countries read as codes, nothing outside the scope
    rotenberg = {"schema": "Person", "properties": {"firstName": ["Arkadii"], "fatherName": ["Romanovich"],
                                                    "lastName": ["Rotenberg", "Ротенберг"], "birthDate": ["1951"]}}
    company = {"schema": "Company", "properties": {"name": ["Stroygazmontazh"], "jurisdiction": ["Russia"]}}
    for query in (rotenberg, company):
        answered = _match(ftm_client, query, **params)
        assert all("us_ofac_sdn" in r["datasets"] for r in answered["results"])
    assert _match(ftm_client, company, **params)["query"]["properties"]["jurisdiction"] == ["ru"]


def test_the_matching_guides_example_names_in_two_scripts_and_a_nationality_by_name(ftm_client: TestClient
                                                                                     ) -> None:
    # "Using the matching API": names as a list, one of them in Cyrillic, a birth year, "Russia" for a nationality
    query = {"schema": "Person", "properties": {"name": ["Aleksandr Vyacheslavovich Zakharov",
                                                        "Захаров Александр"],
                                               "birthDate": ["1965"], "nationality": ["Russia"]}}
    response = _match(ftm_client, query)
    assert response["results"][0]["id"] == ZAKHAROV
    assert response["query"]["properties"]["nationality"] == ["ru"]
    cyrillic_only = _match(ftm_client, {"schema": "Person", "properties": {"name": ["Захаров Александр"]}})
    assert ZAKHAROV in {r["id"] for r in cyrillic_only["results"]}


def test_the_curl_examples_name_birth_date_and_address(ftm_client: TestClient) -> None:
    # opensanctions/api-examples, curl: a name alone, then with a birth date, then with an address; features
    # "contributing to the score" and those "reducing the score" are named in each result
    name = {"schema": "Person", "properties": {"name": ["Aleksandr Zakharov"]}}
    alone = _match(ftm_client, name)
    assert alone["results"][0]["id"] == ZAKHAROV
    born = _match(ftm_client, {**name, "properties": {**name["properties"], "birthDate": ["1965-09-21"]}})
    assert born["results"][0]["id"] == ZAKHAROV and born["results"][0]["score"] == 1.0
    assert "dob_mismatch" not in born["results"][0]["features"]
    wrong = _match(ftm_client, {**name, "properties": {**name["properties"], "birthDate": ["1971-02-03"]}},
                   threshold=0.1)
    by_id = {r["id"]: r for r in wrong["results"]}
    assert by_id[ZAKHAROV]["features"].get("dob_mismatch") == 1.0
    assert by_id[ZAKHAROV]["score"] < born["results"][0]["score"]  # a birth date that differs lowers the score
    lived = _match(ftm_client, {**name, "properties": {**name["properties"],
                                                       "address": ["272 Pushkinskaya Street, Izhevsk"]}})
    assert lived["results"][0]["id"] == ZAKHAROV
    assert lived["query"]["properties"]["address"] == ["272 Pushkinskaya Street, Izhevsk"]


def test_the_monitoring_pages_health_readiness_and_catalog(ftm_client: TestClient) -> None:
    # yente docs/deploy/monitoring.md: /healthz and /readyz answer 200 once the index is searchable, and
    # /catalog tells, per dataset, its version, the version in the index and whether the index is current
    assert ftm_client.get("/healthz").status_code == 200
    _match(ftm_client, {"schema": "Person", "properties": {"name": ["Aleksandr Zakharov"]}})  # loaded now
    assert ftm_client.get("/readyz").status_code == 200
    catalog = ftm_client.get("/catalog").json()
    assert {"datasets", "current", "outdated", "index_stale"} <= set(catalog)
    assert catalog["index_stale"] is False and catalog["outdated"] == []
    by_name = {d["name"]: d for d in catalog["datasets"]}
    for dataset in catalog["datasets"]:
        assert {"name", "title", "updated_at", "version", "index_version", "index_current", "load"} <= set(dataset)
        assert dataset["index_current"] is True and dataset["index_version"] == dataset["version"]
    assert "default" in by_name and "default" in catalog["current"]
    assert {"us_ofac_sdn", "un_sc_sanctions", "gb_fcdo_sanctions"} <= set(by_name)


def test_the_catalog_says_the_index_is_stale_while_a_new_one_is_built(ftm_client: TestClient) -> None:
    # an ingest changed the lists: the old index answers while the new one is built (AppState._swap)
    state = ftm_client.app.state.chainlight  # type: ignore[attr-defined]
    state._swapping.add("digest-of-the-new-lists")
    try:
        catalog = ftm_client.get("/catalog").json()
    finally:
        state._swapping.discard("digest-of-the-new-lists")
    assert catalog["index_stale"] is True and catalog["current"] == [] and "default" in catalog["outdated"]
    assert all(d["index_current"] is False and d["index_version"] is None for d in catalog["datasets"])
    assert ftm_client.get("/catalog").json()["index_stale"] is False


def test_reconciliation_on_yentes_path_with_its_suggest_services(ftm_client: TestClient) -> None:
    # yente routers/reconcile.py: GET /reconcile/{dataset} is the manifest, naming the suggest services; POST
    # takes OpenRefine's `queries` form field; types as a list, properties by qualified FtM name
    manifest = ftm_client.get("/reconcile/default").json()
    assert manifest["versions"] == ["0.2"]
    assert {"entity", "type", "property"} <= set(manifest["suggest"])
    entity = manifest["suggest"]["entity"]
    assert entity["service_url"].endswith("/reconcile/default") and entity["service_path"] == "/suggest/entity"
    import json

    queries = {"q0": {"query": "Aleksandr Zakharov", "type": ["Person"], "limit": 3,
                      "properties": [{"pid": "Person:birthDate", "v": "1965-09-21"},
                                     {"pid": "nationality", "v": "Russia"}]},
               "q1": {"query": "Захаров Александр", "type": "Person"}}
    answered = ftm_client.post("/reconcile/default", data={"queries": json.dumps(queries, ensure_ascii=False)})
    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert body["q0"]["result"][0]["id"] == ZAKHAROV and body["q0"]["result"][0]["match"] is True
    assert ZAKHAROV in {r["id"] for r in body["q1"]["result"]}
    # scoped to one of the export's datasets: Abashkin is on Ukraine's NSDC list, not on OFAC's; Lavrentii is
    asked = {"queries": json.dumps({"a": {"query": "Abashkin Konstantin", "type": "Person"},
                                    "l": {"query": "Lavrentii Aleksandrovich Zakharov", "type": "Person"}})}
    sdn = ftm_client.post("/reconcile/us_ofac_sdn", data=asked).json()
    assert sdn["a"]["result"] == [] and sdn["l"]["result"][0]["id"] == LAVRENTII
    nsdc = ftm_client.post("/reconcile/ua_nsdc_sanctions", data=asked).json()
    assert nsdc["a"]["result"][0]["id"] == ABASHKIN
    # the suggest services, as OpenRefine calls them while a column is set up
    names = ftm_client.get("/reconcile/default/suggest/entity", params={"prefix": "Zakharov"}).json()
    assert names["prefix"] == "Zakharov" and ZAKHAROV in {r["id"] for r in names["result"]}
    assert all({"id", "name", "type"} <= set(r) for r in names["result"])
    types = ftm_client.get("/reconcile/default/suggest/type", params={"prefix": "comp"}).json()
    assert types["result"] == [{"id": "Company", "name": "Company"}]
    props = ftm_client.get("/reconcile/default/suggest/property", params={"prefix": "birth"}).json()
    assert [p["id"] for p in props["result"]] == ["birthDate"]
    assert ftm_client.get("/reconcile/no_such_list").status_code == 404
    assert ftm_client.get("/reconcile/no_such_list/suggest/type").status_code == 404


def test_search_applies_yentes_filters(ftm_client: TestClient) -> None:
    # yente routers/search.py: countries, topics, datasets and target filter the entities a text search finds
    def ids(**params: Any) -> list[str]:
        answer = ftm_client.get("/search/default", params={"q": "Zakharov", "limit": 20, **params})
        assert answer.status_code == 200, answer.text
        return [r["id"] for r in answer.json()["results"]]

    everyone = ids()
    assert {ZAKHAROV, LAVRENTII} <= set(everyone)
    on_sdn = ftm_client.get("/search/default", params={"q": "Zakharov", "datasets": "us_ofac_sdn"}).json()
    assert on_sdn["results"] and all("us_ofac_sdn" in r["datasets"] for r in on_sdn["results"])
    assert on_sdn["total"]["value"] == len(on_sdn["results"])
    assert ids(datasets="no_such_list") == []
    assert set(ids(topics="sanction")) >= {ZAKHAROV, LAVRENTII}
    assert ids(topics="role.pep") == []
    assert set(ids(countries="ru")) >= {ZAKHAROV, LAVRENTII} and ids(countries="kp") == []
    assert set(ids(countries="Russia")) == set(ids(countries="ru"))  # a country by name, as /match reads it
    assert set(ids(target="true")) >= {ZAKHAROV, LAVRENTII}
    # the demo's own lists are OpenSanctions' names too: a Hangul name on the UN list only
    korean = ftm_client.get("/search/default", params={"q": "조선련봉총회사", "datasets": "un_sc_sanctions"}).json()
    assert korean["results"] and all("un_sc_sanctions" in r["datasets"] for r in korean["results"])
