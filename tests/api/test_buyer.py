"""The buyer's check (POST /check, GET /ui/check) on the demo store: sellers and titles in Hangul and Chinese,
plain verdicts with their evidence and what to ask for, bad input refused by field, escaped pages, roles."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from chainlight.api.limits import MAX_BODY_BYTES
from chainlight.store import users

DAESONG_HANGUL = "조선대성총무역회사"  # the OFAC/UN-listed Korea Daesong General Trading Corporation (demo S002)
XIYUE_HANZI = "平度市大泽山镇曦悦睫毛工艺品有限公司"  # the demo's fictional Pingdu processor (S001, SUP01)


def _check(client: TestClient, **body: str) -> dict:
    answer = client.post("/check", json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_hangul_seller_on_the_lists_is_a_stop_with_its_sources_and_the_caatsa_asks(client: TestClient) -> None:
    result = _check(client, title="3D 인조 속눈썹 수제 20쌍 자연스러운", seller=DAESONG_HANGUL)
    assert result["verdict"]["level"] == "stop"
    assert "KOREA DAESONG GENERAL TRADING CORPORATION" in result["verdict"]["headline"]
    assert result["product"]["category"] == "false_eyelashes" and result["product"]["hs6"].startswith("6704")
    listed = result["seller"]["listed_as"][0]
    assert {"ofac-sdn", "un-sc"} <= set(listed["datasets"]) and "kp" in listed["countries"]
    # the findings already in the store that name the seller: S002 writes it in Hangul
    assert "S002" in [f["record_id"] for f in result["seller"]["findings"]]
    # every piece of evidence carries its source, date and a web address; the seller's own come first
    assert result["evidence"] and all(e["source"] and e["publisher"] for e in result["evidence"])
    assert any(e["date"] and (e["url"] or "").startswith("https://") and e["quote"] for e in result["evidence"])
    bases = " ".join(a["basis"] for a in result["ask_the_seller"])
    assert "CAATSA s.321(b)" in bases and "2024/3015" in bases
    assert any("North Korean nationals" in a["ask"] for a in result["ask_the_seller"])


def test_a_chinese_processor_is_known_by_its_findings_and_the_hs_code_given_is_kept(client: TestClient) -> None:
    result = _check(client, title="假睫毛 半成品 手工", seller=XIYUE_HANZI, hs_code="6704.19",
                    url="https://shop.example/glamlash-beauty-store/L001")
    assert result["query"]["hs_code"] == "670419"
    assert result["product"]["hs6"] == "670419"
    found = {f["record_id"]: f for f in result["seller"]["findings"]}
    assert "S001" in found and found["S001"]["tier"] == "high"
    assert result["verdict"]["level"] == "stop" and "S001" in result["verdict"]["headline"]
    assert any(e["via"].startswith("cited by finding") for e in result["evidence"])


@pytest.mark.parametrize(("seller", "basis"), [("개천 제1호 교화소", "CAATSA"), ("洛浦县美鑫发制品有限公司", "UFLPA")])
def test_a_camp_or_a_wro_producer_of_the_evidence_base_is_a_stop(client: TestClient, seller: str, basis: str) -> None:
    result = _check(client, title="真人发假发 蕾丝 Human hair lace wig", seller=seller)
    assert result["verdict"]["level"] == "stop" and "forced labour" in result["verdict"]["headline"]
    assert result["seller"]["listed_as"][0]["datasets"] == ["evidence"]
    assert any(e["via"] == "about the seller" for e in result["evidence"])
    assert any(a["basis"].startswith(basis) for a in result["ask_the_seller"])


def test_a_stored_listing_at_the_url_brings_its_finding_whatever_the_seller_is_called(client: TestClient) -> None:
    result = _check(client, title="假睫毛 3D 水貂", seller="글램래시 뷰티",
                    url="https://shop.example/glamlash-beauty-store/L001")
    assert result["seller"]["findings"][0]["record_id"] == "L001"
    assert result["verdict"]["level"] == "stop" and "L001" in result["verdict"]["headline"]


def test_an_unknown_seller_of_lashes_is_asked_and_of_cables_has_no_known_link(client: TestClient) -> None:
    lashes = _check(client, title="Magnetic eyelashes 5 pairs with eyeliner", seller="Zyxw Quiet Beauty Ltd")
    assert lashes["verdict"]["level"] == "ask" and "false eyelashes" in lashes["verdict"]["headline"]
    assert lashes["seller"] == {"listed_as": [], "findings": []}
    assert all(e["via"] == "about this kind of product" for e in lashes["evidence"])
    cables = _check(client, title="USB-C charging cable 1 m braided", seller="Zyxw Quiet Cables Ltd")
    assert cables["verdict"]["level"] == "no_known_link"
    assert "not proof" in cables["verdict"]["headline"] and cables["evidence"] == []


@pytest.mark.parametrize(("body", "field"), [
    ({"title": "속눈썹", "seller": DAESONG_HANGUL, "hs_code": "67O4"}, "hs_code"),
    ({"title": "속눈썹", "seller": DAESONG_HANGUL, "url": "javascript:alert(1)"}, "url"),
    ({"title": "   ", "seller": DAESONG_HANGUL}, "title"),
])
def test_bad_input_is_refused_naming_the_field(client: TestClient, body: dict, field: str) -> None:
    answer = client.post("/check", json=body)
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["field"] == field


def test_oversized_fields_and_bodies_are_refused(client: TestClient) -> None:
    assert client.post("/check", json={"title": "가" * 1001, "seller": "x"}).status_code == 422
    assert client.post("/check", json={"title": "x", "seller": "가" * 201}).status_code == 422
    assert client.post("/check", json={"seller": "x"}).status_code == 422
    big = json.dumps({"title": "x" * (MAX_BODY_BYTES + 10), "seller": "x"})
    assert client.post("/check", content=big, headers={"content-type": "application/json"}).status_code == 413


def test_the_page_shows_the_verdict_in_plain_words_and_escapes_what_was_pasted(client: TestClient) -> None:
    page = client.get("/ui/check", params={"title": "假睫毛 半成品", "seller": DAESONG_HANGUL})
    assert page.status_code == 200
    assert "Do not buy until the seller proves a clean chain" in page.text and DAESONG_HANGUL in page.text
    assert "What to ask the seller for" in page.text
    hostile = client.get("/ui/check", params={"title": "<img src=x onerror=alert(1)>",
                                              "seller": "<script>alert('x')</script>"})
    assert "<script>alert" not in hostile.text and "&lt;script&gt;" in hostile.text
    assert "<img src=x" not in hostile.text
    bad = client.get("/ui/check", params={"title": "lashes", "seller": "x", "hs_code": "abc"})
    assert bad.status_code == 400 and "hs_code" in bad.text
    assert 'name="title"' in client.get("/ui/check").text  # the empty form


def test_viewers_may_check_and_anonymous_callers_only_where_reads_are_open(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    state = client.app.state.chainlight  # type: ignore[attr-defined]
    with state.lock:
        key = users.add(state.store.con, "구매자", "viewer", by="tests")
        state.access_book = None  # the server reads its users table again at once
    body = {"title": "wig", "seller": "Acme"}
    assert client.post("/check", json=body, headers={"Authorization": f"ApiKey {key}"}).status_code == 200
    anonymous = TestClient(client.app)
    assert anonymous.post("/check", json=body).status_code == 401
    assert anonymous.get("/ui/check").status_code == 401
    monkeypatch.setenv("CHAINLIGHT_ANONYMOUS_READ", "1")
    assert anonymous.post("/check", json=body).status_code == 200
