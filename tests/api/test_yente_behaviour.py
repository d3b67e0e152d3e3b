"""chainlight as a drop-in for yente: the request examples of yente's own /match documentation, and the
behaviours a yente client relies on (filters, thresholds, validation, names, readiness, referents)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

# the example from yente's /match documentation (yente/routers/match.py), verbatim in substance
YENTE_DOC_EXAMPLE = {
    "entity1": {"schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"],
                                                   "nationality": ["us"]}},
    "entity2": {"schema": "Company", "properties": {"name": ["Brilliant Amazing Limited"], "jurisdiction": ["hk"],
                                                    "registrationNumber": ["84BA99810"]}},
}
DAESONG = {"schema": "Company", "properties": {"name": ["Korea Daesong General Trading Corporation"]}}


def _post(client: TestClient, queries: Any, dataset: str = "default", **params: Any) -> Any:
    return client.post(f"/match/{dataset}", json={"queries": queries}, params=params)


def test_yentes_documented_example_answers_each_key(client: TestClient) -> None:
    answer = _post(client, YENTE_DOC_EXAMPLE)
    assert answer.status_code == 200 and answer.headers["x-batch-size"] == "2"
    body = answer.json()
    assert set(body["responses"]) == {"entity1", "entity2"}
    for key in ("entity1", "entity2"):
        response = body["responses"][key]
        assert response["status"] == 200 and response["total"]["relation"] == "eq"
        assert all(r["score"] >= 0.7 for r in response["results"])  # below the threshold: left out
    assert body["limit"] == 5 and body["matcher"]


def test_a_country_given_by_name_counts_as_its_code(client: TestClient) -> None:
    by_code = _post(client, {"q": {**DAESONG, "properties": {**DAESONG["properties"], "country": ["kp"]}}}).json()
    by_name = _post(client, {"q": {**DAESONG, "properties": {**DAESONG["properties"],
                                                              "country": ["North Korea"]}}}).json()
    assert by_code["responses"]["q"]["results"][0]["score"] == by_name["responses"]["q"]["results"][0]["score"]


def test_dataset_filters(client: TestClient) -> None:
    both = _post(client, {"q": DAESONG}).json()["responses"]["q"]["results"]
    assert both
    top = both[0]["id"]
    only_un = _post(client, {"q": DAESONG}, include_dataset="un_sc_sanctions").json()["responses"]["q"]["results"]
    assert only_un and all("un_sc_sanctions" in r["datasets"] for r in only_un)
    none = _post(client, {"q": DAESONG}, exclude_dataset=["un_sc_sanctions", "us_ofac_sdn"]).json()
    assert none["responses"]["q"]["results"] == []
    excluded = _post(client, {"q": DAESONG}, exclude_entity_ids=top).json()["responses"]["q"]["results"]
    assert top not in {r["id"] for r in excluded}
    no_companies = _post(client, {"q": DAESONG}, exclude_schema="Company").json()["responses"]["q"]["results"]
    assert all(r["schema"] != "Company" for r in no_companies)
    sanctioned = _post(client, {"q": DAESONG}, topics="sanction").json()["responses"]["q"]["results"]
    assert sanctioned and sanctioned[0]["id"] == top
    future = _post(client, {"q": DAESONG}, changed_since="2999-01-01").json()["responses"]["q"]["results"]
    assert future == []


def test_validation_as_yente(client: TestClient) -> None:
    assert _post(client, {"q": {"schema": "Spaceship", "properties": {"name": ["X"]}}}).status_code == 400
    assert _post(client, {"q": {"properties": {"name": ["X"]}}}).status_code == 422  # schema is required
    assert _post(client, {"q": {"schema": "Company", "properties": {"wingspan": ["X"]}}}).status_code == 400
    assert _post(client, {}).status_code == 400
    too_many = {f"q{i}": DAESONG for i in range(101)}
    assert _post(client, too_many).status_code == 400
    config = client.post("/match/default", json={"queries": {"q": DAESONG}, "config": {"nm_number_mismatch": 0.5}})
    assert config.status_code == 400
    assert _post(client, {"q": DAESONG}, changed_since="yesterday").status_code == 422
    for algorithm in ("name-based", "name-qualified", "logic-v2", "best"):
        assert _post(client, {"q": DAESONG}, algorithm=algorithm).status_code == 200


def test_algorithms_readiness_catalog_and_search(client: TestClient) -> None:
    algorithms = client.get("/algorithms").json()
    assert all("docs" in a and "features" in a for a in algorithms["algorithms"])
    assert client.get("/readyz").status_code in (200, 503)
    _post(client, {"q": DAESONG})  # the index is loaded now
    assert client.get("/readyz").json() == {"status": "ok"}
    found = client.get("/search/default", params={"q": "korea", "limit": 5}).json()
    assert found["results"] and all("KOREA" in r["caption"].upper() or r["score"] > 0 for r in found["results"])


def test_a_referent_id_redirects_to_the_merged_entity(client: TestClient) -> None:
    merged = _post(client, {"q": DAESONG}).json()["responses"]["q"]["results"][0]
    assert merged["referents"], "the demo's Daesong is on both OFAC and UN"
    lead, other = merged["id"], merged["referents"][0]
    answer = client.get(f"/entities/{other}", follow_redirects=False)
    assert answer.status_code == 308 and answer.headers["location"] == f"/entities/{lead}"
    entity = client.get(f"/entities/{lead}").json()
    assert set(entity["referents"]) == set(merged["referents"]) and len(entity["datasets"]) == 2


def test_openrefine_reconciliation(client: TestClient) -> None:
    service = client.get("/reconcile").json()
    assert service["versions"] == ["0.2"] and {"id": "Company", "name": "Company"} in service["defaultTypes"]
    import json

    queries = {"q0": {"query": "조선대성총무역회사", "type": "Company", "limit": 3},
               "q1": {"query": "Korea Daesong General Trading Corp", "properties": [{"pid": "country",
                                                                                    "v": "North Korea"}]}}
    form = client.post("/reconcile", data={"queries": json.dumps(queries, ensure_ascii=False)}).json()
    assert form["q0"]["result"] and form["q0"]["result"][0]["match"] is True
    assert form["q0"]["result"][0]["id"] == form["q1"]["result"][0]["id"]
    assert 0 < form["q0"]["result"][0]["score"] <= 100
    by_get = client.get("/reconcile", params={"queries": json.dumps({"q": {"query": "KOMID"}})}).json()
    assert "q" in by_get
    assert client.post("/reconcile", data={"queries": "{not json"}).status_code == 400


def test_a_lists_changes_are_served(client: TestClient) -> None:
    changes = client.get("/sources/un_sc_sanctions/changes").json()
    assert changes and {c["change"] for c in changes} <= {"added", "changed", "removed"}
    assert all(c["id"].startswith("un-") for c in changes)
    assert client.get("/sources/no-such-list/changes").status_code == 404
    assert client.get("/sources/un-sc/changes", params={"since": "1999-01-01"}).status_code == 400


# yente's warm-up example (yente/app.py): a company given its country by name, "Russia"
YENTE_WARM_UP = {"schema": "Company", "properties": {"name": ["Warm-Up Company"], "country": ["Russia"]}}


def test_yentes_warm_up_example_reads_russia_as_ru(client: TestClient) -> None:
    assert _post(client, {"q": YENTE_WARM_UP}).status_code == 200
    by_name = {"q": {**DAESONG, "properties": {**DAESONG["properties"], "country": ["Russia"]}}}
    by_code = {"q": {**DAESONG, "properties": {**DAESONG["properties"], "country": ["ru"]}}}
    named, coded = (_post(client, q).json()["responses"]["q"] for q in (by_name, by_code))
    assert [(r["id"], r["score"]) for r in named["results"]] == [(r["id"], r["score"]) for r in coded["results"]]
    # and the query is echoed as yente echoes it, after FtM's cleaning: the country as its code
    assert named["query"]["properties"]["country"] == ["ru"] == coded["query"]["properties"]["country"]
    assert named["query"]["properties"]["name"] == DAESONG["properties"]["name"]


def test_features_are_scores_between_0_and_1_each_documented(client: TestClient) -> None:
    body = _post(client, {"q": {"schema": "Company", "properties": {"name": ["Korea Daesung Genral Tradng Corp"],
                                                                     "country": ["Russia"]}}},
                 threshold=0.3).json()
    top = body["responses"]["q"]["results"][0]
    assert top["features"] and all(0.0 <= v <= 1.0 for v in top["features"].values())
    assert set(top["features"]) <= set(body["matcher"])  # each named in the matcher block, with a coefficient
    assert top["features"].get("country_mismatch") == 1.0  # Daesong is North Korean
    # nomenklatura's explanations: per feature its score and a detail
    assert set(top["explanations"]) == set(top["features"])
    assert all(e["score"] == top["features"][k] and e["detail"] for k, e in top["explanations"].items())
    assert top["first_seen"] and top["last_seen"] and top["last_change"]


def test_algorithms_lists_yentes_names_with_their_config(client: TestClient) -> None:
    body = client.get("/algorithms").json()
    names = {a["name"] for a in body["algorithms"]}
    assert {"match_v7", "logic-v1", "logic-v2", "name-based", "name-qualified", "regression-v1"} <= names
    assert all(a["config"] == {} and a["features"] and a["docs"] for a in body["algorithms"])
    assert body["default"] == body["best"] == "match_v7"


def test_statements_of_a_merged_entity(client: TestClient) -> None:
    merged = _post(client, {"q": DAESONG}).json()["responses"]["q"]["results"][0]
    body = client.get("/statements", params={"canonical_id": merged["id"], "prop": "name"}).json()
    assert {r["entity_id"] for r in body["results"]} == {merged["id"], *merged["referents"]}
    assert {r["canonical_id"] for r in body["results"]} == {merged["id"]}
    assert {r["dataset"] for r in body["results"]} == {"us_ofac_sdn", "un_sc_sanctions"}
    assert body["total"]["value"] == len(body["results"])
    first = client.get("/statements", params={"sort": "value:desc", "limit": 3, "offset": 1}).json()
    assert first["limit"] == 3 and first["offset"] == 1 and len(first["results"]) == 3
    values = [r["value"] for r in first["results"]]
    assert values == sorted(values, reverse=True)
    assert client.get("/statements", params={"target": "false", "prop": "program"}).json()["total"]["value"] == 0
    assert client.get("/statements", params={"dataset": "no_such"}).status_code == 404
    assert client.get("/statements", params={"sort": "wingspan"}).status_code == 400
    assert client.get("/statements", params={"limit": 1000}).status_code == 422  # yente: below MAX_PAGE
