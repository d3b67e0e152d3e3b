"""yente-compatible matching: request and response shapes, cross-script names, scopes and errors."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

DAESONG_IDS = {"ofac-12313", "un-KPe.042"}  # KOREA DAESONG GENERAL TRADING CORPORATION on OFAC and the UN list


def _match(client: TestClient, queries: dict[str, Any], dataset: str = "default", **params: Any) -> Any:
    response = client.post(f"/match/{dataset}", json={"queries": queries}, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_hangul_name_finds_daesong_general_trading(client: TestClient) -> None:
    body = _match(client, {"kp": {"schema": "Company", "properties": {"name": ["조선대성총무역회사"]}}})
    answer = body["responses"]["kp"]
    assert answer["status"] == 200
    top = answer["results"][0]
    assert top["caption"] == "KOREA DAESONG GENERAL TRADING CORPORATION"
    assert {top["id"], *top["referents"]} <= DAESONG_IDS | {top["id"]}
    assert "ofac:12313" in top["source_ids"]
    assert answer["query"] == {"id": None, "schema": "Company", "properties": {"name": ["조선대성총무역회사"]}}


def test_result_has_every_yente_field(client: TestClient) -> None:
    body = _match(client, {"q": {"schema": "Company", "properties": {"name": "Korea Daesong General Trading Corp"}}})
    result = body["responses"]["q"]["results"][0]
    for key in ("id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen",
                "last_seen", "score", "match", "features"):
        assert key in result, key
    assert result["match"] is True and result["target"] is True
    assert set(result["datasets"]) == {"us_ofac_sdn", "un_sc_sanctions"}  # one body on two lists, merged
    assert body["responses"]["q"]["total"] == {"value": len(body["responses"]["q"]["results"]), "relation": "eq"}
    assert {"tokens", "joined", "phonetic", "conflict"} <= set(body["matcher"])
    assert body["limit"] == 5


def test_threshold_and_limit_params(client: TestClient) -> None:
    query = {"q": {"schema": "Company", "properties": {"name": ["Korea Daesung Genral Tradng Corp"]}}}
    default = _match(client, query)["responses"]["q"]["results"]
    assert len(default) >= 1
    score = default[0]["score"]
    assert 0 < score < 1  # a misspelt name: the threshold decides
    # as yente: below the threshold a result is left out and not counted, unless a lower cutoff keeps it
    strict = _match(client, query, threshold=min(1.0, score + 0.01), limit=1)["responses"]["q"]
    assert strict["results"] == [] and strict["total"]["value"] == 0
    kept = _match(client, query, threshold=min(1.0, score + 0.01), cutoff=score - 0.01, limit=1)["responses"]["q"]
    assert len(kept["results"]) == 1 and kept["results"][0]["match"] is False and kept["total"]["value"] == 0
    lenient = _match(client, query, threshold=score - 0.01, limit=1)["responses"]["q"]
    assert lenient["results"][0]["match"] is True and lenient["total"]["value"] >= 1


def test_scope_to_one_dataset(client: TestClient) -> None:
    query = {"q": {"schema": "Company", "properties": {"name": ["Korea Daesong General Trading Corporation"]}}}
    for scope in ("un-sc", "un_sc_sanctions"):  # chainlight's name and OpenSanctions'
        results = _match(client, query, dataset=scope)["responses"]["q"]["results"]
        assert results and all(r["datasets"] == ["un_sc_sanctions"] for r in results)


def test_unrelated_name_matches_nothing(client: TestClient) -> None:
    body = _match(client, {"q": {"schema": "Company", "properties": {"name": ["Acme Organic Cotton Ltd"]}}})
    assert not any(r["match"] for r in body["responses"]["q"]["results"])


def test_unknown_dataset_and_algorithm_are_clean_errors(client: TestClient) -> None:
    query = {"queries": {"q": {"schema": "Company", "properties": {"name": ["x"]}}}}
    missing = client.post("/match/no-such-list", json=query)
    assert missing.status_code == 404 and "no dataset 'no-such-list'" in missing.json()["detail"]
    bad = client.post("/match/default", json=query, params={"algorithm": "magic"})
    assert bad.status_code == 400 and "unknown algorithm" in bad.json()["detail"]
    shape = client.post("/match/default", json={"queries": {"q": {"properties": []}}})
    assert shape.status_code == 422


def test_search_finds_across_scripts(client: TestClient) -> None:
    body = client.get("/search/default", params={"q": "Korea Daesong Trading"}).json()
    assert body["results"][0]["caption"] == "KOREA DAESONG GENERAL TRADING CORPORATION"
    assert body["limit"] == 10 and "total" in body
    # yente's q is optional: blank lists entities by the filters alone (tests/api/test_yente_search.py)
    assert client.get("/search/default", params={"q": " "}).json()["total"]["value"] > 0


def test_algorithms_lists_the_default_scorer_with_its_fitted_weights(client: TestClient) -> None:
    from chainlight.resolve.match_v7.weights import WEIGHTS

    body = client.get("/algorithms").json()
    assert body["default"] == "match_v7"
    features = body["algorithms"][0]["features"]
    assert features["tokens"]["coefficient"] == WEIGHTS["tokens"]
    assert all(f["description"] for f in features.values())


def test_matches_answered_side_by_side_without_the_lock_equal_the_locked_ones(client: TestClient) -> None:
    """Once everything is in memory, /match runs without the state's lock, several at once (api/match.py)."""
    from concurrent.futures import ThreadPoolExecutor

    from chainlight.api import match

    state = client.app.state.chainlight  # type: ignore[attr-defined]
    names = ["조선대성총무역회사", "Korea Daesong General Trading Corp", "朝鲜大成银行", "KOMID", "Ri Je Son",
             "Acme Lash Supplies Ltd"]

    def ask(name: str) -> Any:
        return _match(client, {"q": {"schema": "Company", "properties": {"name": [name]}}})

    locked = {name: ask(name) for name in names}
    warm = state.readings_warm
    try:
        state.warm()
        assert match.computing_only(state, "default", None) is not None
        # what reads the store still takes the lock
        assert match.computing_only(state, "default", "2020-01-01") is None
        assert match.computing_only(state, "us_ofac_sdn", None) is None
        state.readings_warm = False
        assert match.computing_only(state, "default", None) is None
        state.readings_warm = True
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(ask, names * 4))
        assert answers == [locked[name] for name in names * 4]
    finally:
        state.readings_warm = warm
