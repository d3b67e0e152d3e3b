"""One request cannot hold the service: bodies over the limit answer 413, batches over theirs 400."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from chainlight.api.limits import MAX_BODY_BYTES, MAX_MATCH_QUERIES


def _query(name: str) -> dict:
    return {"schema": "Company", "properties": {"name": [name]}}


def test_a_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    big = b'{"listings": [' + b'{"listing_id": "x", "title": "lashes", "seller_name": "s"},' * (
        MAX_BODY_BYTES // 50) + b'{}]}'
    answer = client.post("/screen", content=big, headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "MB" in answer.json()["detail"]


def test_a_streamed_body_over_the_limit_is_refused_too(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"listings": ['
        for _ in range(MAX_BODY_BYTES // 1_000_000 + 2):
            yield b" " * 1_000_000
        yield b"]}"

    answer = client.post("/screen", content=chunks(), headers={"content-type": "application/json"})
    assert answer.status_code == 413


def test_match_takes_at_most_100_queries(client: TestClient) -> None:
    names = ["조선광선은행", "KOREA RYONBONG GENERAL CORPORATION", "朝鲜大成银行"]
    ok = {f"q{i}": _query(names[i % 3]) for i in range(MAX_MATCH_QUERIES)}
    assert client.post("/match/default", json={"queries": ok}).status_code == 200
    too_many = {**ok, "one-more": _query("Green Pine Associated Corporation")}
    answer = client.post("/match/default", json={"queries": too_many})
    assert answer.status_code == 400 and "limit: 100" in answer.json()["detail"]


JSON_ROUTES = ["/match/default", "/screen", "/classify", "/claims/any/review", "/findings/L001/decision"]
NOT_JSON = [("hello", "text/plain"), ("a=1&b=2", "application/x-www-form-urlencoded"), ("{}", None)]


@pytest.mark.parametrize("path", JSON_ROUTES)
@pytest.mark.parametrize(("body", "kind"), NOT_JSON)
def test_json_endpoints_answer_415_to_other_bodies(client: TestClient, path: str, body: str, kind: str | None) -> None:
    headers = {"content-type": kind} if kind else {}
    answer = client.post(path, content=body, headers=headers)
    assert answer.status_code == 415 and "application/json" in answer.json()["detail"]


@pytest.mark.parametrize("path", JSON_ROUTES)
@pytest.mark.parametrize("body", ["{not json", "[1, 2]", "[" * 100_000 + "]" * 100_000, '"text"', "null"])
def test_bad_json_is_4xx_never_500(client: TestClient, path: str, body: str) -> None:
    answer = client.post(path, content=body, headers={"content-type": "application/json"})
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:200])
    assert answer.json()["detail"]


def test_reconcile_refuses_deep_json(client: TestClient) -> None:
    answer = client.post("/reconcile", data={"queries": "[" * 100_000 + "]" * 100_000})
    assert answer.status_code == 400
