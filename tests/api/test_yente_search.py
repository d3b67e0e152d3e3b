"""`GET /search/{dataset}` as yente documents it (opensanctions/yente `routers/search.py` and `data/common.py`,
read 2026-12): `q` optional (empty: the filters alone list the entities), facets counted over every result the
search keeps ({name: {label, values: [{name, label, count}]}}; countries, topics, datasets by default), `sort` as
`field:asc|desc`, `limit` at most 500.  What chainlight does not do is refused with a 422 naming the parameter.
On the demo store: OFAC's and the UN's North Korea and Xinjiang entries and the evidence's camps and firms."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

ENTITY_FIELDS = {"id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen",
                 "last_seen", "last_change"}


def _search(client: TestClient, **params: Any) -> dict[str, Any]:
    answer = client.get("/search/default", params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _all(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    return list(_search(client, limit=500, **params)["results"])


def _refused(client: TestClient, **params: Any) -> dict[str, Any]:
    answer = client.get("/search/default", params=params)
    assert answer.status_code == 422, answer.text
    problem: dict[str, Any] = answer.json()["detail"][0]
    return problem


def test_an_empty_query_lists_every_body_by_caption_as_yentes_match_all(client: TestClient) -> None:
    page = _search(client)
    assert page["limit"] == 10 and page["offset"] == 0 and len(page["results"]) == 10
    everything = _all(client)
    assert page["total"] == {"value": len(everything), "relation": "eq"} and len(everything) > 10
    ids = [r["id"] for r in everything]
    # one body once: OFAC's and the UN's entry of one bank are one result, the UN's a referent of OFAC's
    assert len(ids) == len(set(ids))
    referents = {i for r in everything for i in r["referents"]}
    assert referents and not referents & set(ids)
    assert all(set(r) >= ENTITY_FIELDS and "score" not in r for r in everything)
    captions = [r["caption"].casefold() for r in everything]
    assert captions == sorted(captions)
    assert _search(client, q="  ")["total"] == page["total"]  # blank is empty
    # the pages follow one another
    assert [r["id"] for r in _search(client, limit=5, offset=5)["results"]] == ids[5:10]


def test_an_empty_query_keeps_what_the_filters_keep(client: TestClient) -> None:
    korean = _all(client, countries="kp")
    assert korean and all("kp" in _countries(r) for r in korean)
    assert len(korean) < len(_all(client))
    assert {r["id"] for r in _all(client, countries="North Korea")} == {r["id"] for r in korean}
    on_un = _all(client, datasets="un_sc_sanctions")
    assert on_un and all("un_sc_sanctions" in r["datasets"] for r in on_un)
    camps = _all(client, topics="forced.labor", target="false")
    assert all("forced.labor" in r["properties"]["topics"] and not r["target"] for r in camps)
    assert _all(client, countries="kp", datasets="no_such_list") == []
    # as yente: the schemata that can match the one asked (FtM's matchable_schemata: a Company may be listed as an
    # Organization, not as a PublicBody; an Organization as either), and all of them under Thing
    firms = _all(client, schema="Company")
    assert {r["schema"] for r in firms} == {"Company", "Organization"}
    assert {r["schema"] for r in _all(client, schema="Organization")} == {"Company", "Organization", "PublicBody"}
    assert _all(client, schema="Vessel") == [] and _all(client, schema="Person") == []
    assert len(_all(client, schema="Thing")) == len(_all(client))
    assert client.get("/search/default", params={"schema": "NoSuchSchema"}).status_code == 400


def _countries(result: dict[str, Any]) -> set[str]:
    props = result["properties"]
    return {c for p in ("country", "nationality", "jurisdiction", "mainCountry") for c in props.get(p, [])}


def test_facets_count_the_whole_result_set_not_the_page(client: TestClient) -> None:
    page = _search(client, limit=1)
    facets = page["facets"]
    assert set(facets) == {"countries", "topics", "datasets"}  # yente's default facets
    everything = _all(client)
    for name in ("datasets", "topics"):
        facet = facets[name]
        assert facet["label"] and facet["values"]
        for value in facet["values"]:
            assert set(value) == {"name", "label", "count"}
            key = "datasets" if name == "datasets" else "topics"
            held = [r for r in everything if value["name"] in (r[key] if key == "datasets" else
                                                              r["properties"].get("topics", []))]
            assert value["count"] == len(held), value
    kp = next(v for v in facets["countries"]["values"] if v["name"] == "kp")
    assert kp["label"] == "North Korea" and kp["count"] == len(_all(client, countries="kp"))
    counts = [v["count"] for v in facets["countries"]["values"]]
    assert counts == sorted(counts, reverse=True)
    # a filter narrows the counts with the results; facets asked by name replace the default ones
    narrowed = _search(client, countries="kp", facets=["schema", "countries"])["facets"]
    assert set(narrowed) == {"schema", "countries"}
    assert [v["name"] for v in narrowed["countries"]["values"]] == ["kp"]
    assert sum(v["count"] for v in narrowed["schema"]["values"]) == len(_all(client, countries="kp"))


def test_a_name_search_counts_and_sorts_what_it_found(client: TestClient) -> None:
    found = _search(client, q="Korea Daesong Trading", limit=3)
    assert found["results"][0]["caption"] == "KOREA DAESONG GENERAL TRADING CORPORATION"
    scores = [r["score"] for r in found["results"]]
    assert scores == sorted(scores, reverse=True)
    everything = _all(client, q="Korea Daesong Trading")
    assert found["total"]["value"] == len(everything) >= 2
    counted = {v["name"]: v["count"] for v in found["facets"]["datasets"]["values"]}
    assert counted == {d: sum(d in r["datasets"] for r in everything) for d in counted}
    # "korea": the word as written in list names (no name matches it whole), sorted by caption
    everything = _all(client, q="korea")
    by_caption = _all(client, q="korea", sort="caption:desc")
    assert len(everything) > 5 and sorted(r["id"] for r in by_caption) == sorted(r["id"] for r in everything)
    captions = [r["caption"].casefold() for r in by_caption]
    assert captions == sorted(captions, reverse=True)


def test_sort_puts_missing_values_last_in_either_order(client: TestClient) -> None:
    for order in ("asc", "desc"):
        results = _all(client, sort=f"last_change:{order}")
        values = [r["last_change"] for r in results]
        present = [v for v in values if v]
        assert values[:len(present)] == present
        assert present == sorted(present, reverse=order == "desc")


def test_fuzzy_and_simple_are_accepted_and_answer_alike(client: TestClient) -> None:
    plain = _search(client, q="Korea Daesong Trading")
    for params in ({"fuzzy": "true"}, {"fuzzy": "false"}, {"simple": "true"}):
        assert _search(client, q="Korea Daesong Trading", **params)["results"] == plain["results"]


def test_what_chainlight_does_not_do_is_a_422_naming_the_parameter(client: TestClient) -> None:
    misspelt = _refused(client, q="Daesong", country="kp")  # yente's is `countries`: not ignored
    assert misspelt["loc"] == ["query", "country"] and "country" in misspelt["msg"]
    assert _refused(client, facets="names")["loc"] == ["query", "facets"]
    assert "identifiers" in _refused(client, facets="identifiers")["msg"]
    assert "unknown facet 'colour'" in _refused(client, facets="colour")["msg"]
    assert "cannot sort by 'weight'" in _refused(client, sort="weight:desc")["msg"]
    assert "sideways" in _refused(client, sort="caption:sideways")["msg"]
    assert _refused(client, limit=501)["loc"] == ["query", "limit"]
    assert _refused(client, limit=10, offset=9_995)["loc"] == ["query", "offset"]
    assert _refused(client, fuzzy="maybe")["loc"] == ["query", "fuzzy"]


def test_match_refuses_a_parameter_it_does_not_take(client: TestClient) -> None:
    query = {"queries": {"q": {"schema": "Company", "properties": {"name": ["Daesong Bank"]}}}}
    misspelt = client.post("/match/default", json=query, params={"treshold": 0.9})
    assert misspelt.status_code == 422
    problem = misspelt.json()["detail"][0]
    assert problem["loc"] == ["query", "treshold"] and "/match takes" in problem["msg"]
    assert client.post("/match/default", json=query, params={"threshold": 0.9, "limit": 3}).status_code == 200
