"""/match's fast path (api/match_fast.py) answers exactly as the route does, and hands everything else to it."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from chainlight.api import access, match, match_fast
from chainlight.api.match_fast import MatchFastPath, plain_params

NAMES = ["조선대성총무역회사", "Korea Daesong General Trading Corp", "Korea Daesung Genral Tradng Corp", "朝鲜大成银行",
         "KOMID", "Ri Je Son", "Acme Lash Supplies Ltd", "Acme Organic Cotton Ltd"]


def _body(name: str, schema: str = "Company", **extra: Any) -> dict[str, Any]:
    return {"queries": {"q": {"schema": schema, "properties": {"name": [name], **extra}}}}


# (dataset, JSON body, query parameters): requests the fast path answers itself
ORDINARY: list[tuple[str, Any, dict[str, Any]]] = [
    *(("default", _body(n), {}) for n in NAMES),
    ("default", _body("Ri Je Son", "Person"), {}),
    ("default", _body("Korea Daesong General Trading Corp", country=["kp"]), {}),
    ("default", {"queries": {"a": _body("KOMID")["queries"]["q"], "b": _body("Ri Je Son", "Person")["queries"]["q"],
                             "c": None}}, {}),
    ("all", _body("Korea Daesung Genral Tradng Corp"), {"limit": 1, "threshold": "0.5", "cutoff": ".3"}),
    ("default", _body("Korea Daesung Genral Tradng Corp"), {"threshold": 1, "algorithm": "logic-v2"}),
    ("default", _body("Korea Daesung Genral Tradng Corp"), {"threshold": "0", "limit": 500}),
]
# requests the route judges: its errors, parameters the fast path does not read, a dataset it filters
OTHERS: list[tuple[str, Any, dict[str, Any]]] = [
    ("default", _body("KOMID"), {"algorithm": "magic"}),  # 400
    ("default", _body("KOMID", "NoSuchSchema"), {}),  # 400
    ("default", {"queries": {}}, {}),  # 400: no queries
    ("default", {"queries": {str(i): _body("KOMID")["queries"]["q"] for i in range(101)}}, {}),  # over the batch
    ("default", {"queries": {"q": {"properties": []}}}, {}),  # 422
    ("default", {"queries": {"q": _body("KOMID")["queries"]["q"]}, "config": {"x": 1}}, {}),
    ("default", _body("KOMID"), {"limit": 0}),
    ("default", _body("KOMID"), {"limit": 501}),
    ("default", _body("KOMID"), {"limit": "5.0"}),
    ("default", _body("KOMID"), {"threshold": "1.5"}),
    ("default", _body("KOMID"), {"threshold": "7e-1"}),
    ("default", _body("KOMID"), {"treshold": "0.7"}),  # misspelt: 422
    ("default", _body("KOMID"), {"topics": "sanction"}),
    ("default", _body("KOMID"), {"changed_since": "2020-01-01"}),
    ("us_ofac_sdn", _body("Korea Daesong General Trading Corp"), {}),  # read with the store's lock
    ("no-such-list", _body("KOMID"), {}),  # 404
]


@pytest.fixture()
def warm(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """Everything in memory and the users' book and the lists' check kept fresh, as a serving worker has them
    between its checks, so that the fast path may answer."""
    state = client.app.state.chainlight  # type: ignore[attr-defined]
    state.warm()
    with state.lock:
        access.user_book(state)
    monkeypatch.setattr(access, "BOOK_TTL_S", 1e9)
    monkeypatch.setattr(match, "LIST_CHECK_S", 1e9)
    return client


def _ask(client: TestClient, dataset: str, body: Any, params: dict[str, Any], fast: bool,
         **kwargs: Any) -> tuple[int, list[tuple[str, str]], bytes, int]:
    before = MatchFastPath.answered
    MatchFastPath.enabled = fast
    try:
        r = client.post(f"/match/{dataset}", json=body, params=params, **kwargs)
    finally:
        MatchFastPath.enabled = True
    return r.status_code, list(r.headers.multi_items()), r.content, MatchFastPath.answered - before


@pytest.mark.parametrize("dataset,body,params", ORDINARY)
def test_the_fast_path_answers_as_the_route(warm: TestClient, dataset: str, body: Any,
                                             params: dict[str, Any]) -> None:
    *route, taken = _ask(warm, dataset, body, params, fast=False)
    *fast, fast_taken = _ask(warm, dataset, body, params, fast=True)
    assert route[0] == 200 and taken == 0
    assert fast == route  # status, every header in its order, the body byte for byte
    assert fast_taken == 1


@pytest.mark.parametrize("dataset,body,params", OTHERS)
def test_what_the_route_must_judge_goes_to_it(warm: TestClient, dataset: str, body: Any,
                                              params: dict[str, Any]) -> None:
    *route, _ = _ask(warm, dataset, body, params, fast=False)
    *fast, taken = _ask(warm, dataset, body, params, fast=True)
    assert fast == route and taken == 0


def test_without_a_valid_key_or_a_json_body_the_route_answers(warm: TestClient) -> None:
    cases: list[dict[str, Any]] = [
        {"headers": {"Authorization": "ApiKey not-a-key"}},  # 401
        {"headers": {"Authorization": "Basic eDp5"}},
    ]
    for kwargs in cases:
        *route, _ = _ask(warm, "default", _body("KOMID"), {}, fast=False, **kwargs)
        *fast, taken = _ask(warm, "default", _body("KOMID"), {}, fast=True, **kwargs)
        assert route[0] == 401 and fast == route and taken == 0
    for content, kind in ((b"{not json", "application/json"), (b'{"queries": {}}', "text/plain")):
        answers = []
        for fast_on in (False, True):
            MatchFastPath.enabled = fast_on
            try:
                r = warm.post("/match/default", content=content, headers={"Content-Type": kind})
            finally:
                MatchFastPath.enabled = True
            answers.append((r.status_code, list(r.headers.multi_items()), r.content))
        assert answers[0] == answers[1] and answers[0][0] in (415, 422)


def test_a_stale_users_book_sends_the_request_to_the_route(warm: TestClient,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(access, "BOOK_TTL_S", -1.0)  # every book stale: authorize reads the table again
    *_, taken = _ask(warm, "default", _body("KOMID"), {}, fast=True)
    assert taken == 0


def test_plain_params() -> None:
    assert plain_params(b"") == {}
    assert plain_params(b"limit=10&threshold=0.8&cutoff=.5&algorithm=logic-v1") == {
        "limit": 10, "threshold": 0.8, "cutoff": 0.5, "algorithm": "logic-v1"}
    for refused in (b"limit=0", b"limit=501", b"limit=05", b"limit=", b"threshold=1.01", b"threshold=-0",
                    b"cutoff=1e-1", b"limit=5&limit=6", b"topics=sanction", b"algorithm="):
        assert plain_params(refused) is None, refused
    assert match_fast._api_key([(b"authorization", b"Bearer  k1 ")]) == "k1"
    assert match_fast._api_key([(b"authorization", b"Basic k1")]) is None
