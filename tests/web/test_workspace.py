"""The analyst workspace pages: search, filters, sorting, paging and export links on the findings page; the
record beside its finding; the chain as a path; plain summaries with the technical explanation folded; cases;
entity -> findings.  Every page escapes what it shows (Hangul and Hanzi names, markup typed by an analyst)."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient


def _page(client: TestClient, url: str, **params: object) -> str:
    response = client.get(url, params=params) if params else client.get(url)
    assert response.status_code == 200, response.text[:500]
    return response.text


def _finding_links(html: str) -> list[str]:
    return re.findall(r'<td><a href="/ui/findings/([^"]+)">', html)


def test_search_in_hangul_shows_the_matching_findings_and_keeps_the_query(client: TestClient) -> None:
    html = _page(client, "/ui/findings", q="조선대성총무역회사")
    assert 'value="조선대성총무역회사"' in html
    ids = _finding_links(html)
    assert "S002" in ids and "L001" in ids and "L002" not in ids
    assert "조선대성총무역회사" in html  # S002's shipper, shown as written
    total = int(re.search(r'<span class="count">(\d+) findings</span>', html).group(1))  # type: ignore[union-attr]
    assert total == len(ids)


def test_a_search_is_escaped_wherever_it_is_shown(client: TestClient) -> None:
    evil = '"><script>alert(1)</script>평양'
    html = _page(client, "/ui/findings", q=evil)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;평양" in html
    for href in re.findall(r'href="(/(?:ui/)?findings(?:/export)?\?[^"]+)"', html):
        assert parse_qs(urlsplit(unescape(href)).query)["q"] == [evil]  # one parameter, whole


def test_sort_links_toggle_and_the_pager_is_bounded(client: TestClient) -> None:
    html = _page(client, "/ui/findings", size=25)
    ids = _finding_links(html)
    assert len(ids) == 25
    total = int(re.search(r'<span class="count">(\d+) findings</span>', html).group(1))  # type: ignore[union-attr]
    assert f"page 1 of {-(-total // 25)}" in html
    link = unescape(re.search(r'href="(/ui/findings\?[^"]*sort=record_id[^"]*)"', html).group(1))  # type: ignore[union-attr]
    by_id = _page(client, link)
    assert 'aria-sort="descending"' in by_id
    shown = _finding_links(by_id)
    assert shown == sorted(shown, reverse=True)
    flipped = unescape(re.search(r'href="(/ui/findings\?[^"]*sort=record_id&amp;order=asc[^"]*)"', by_id).group(1))  # type: ignore[union-attr]
    assert _finding_links(_page(client, flipped)) == sorted(_finding_links(_page(client, flipped)))
    last = _page(client, "/ui/findings", size=25, page=999)  # past the end: the last page
    assert f"page {-(-total // 25)} of {-(-total // 25)}" in last
    assert len(_finding_links(last)) == total - 25 * (-(-total // 25) - 1)


def test_filters_by_kind_tier_and_decision_and_export_links_carry_the_view(client: TestClient) -> None:
    html = _page(client, "/ui/findings", record_type="shipment", tier="high", q="평양")
    assert all(k == "shipment" for k in re.findall(r"<tr>\s*<td>(\w+)</td>", html))
    exports = [unescape(h) for h in re.findall(r'href="(/findings/export\?[^"]+)"', html)]
    assert len(exports) == 2
    for href in exports:
        query = parse_qs(urlsplit(href).query)
        assert query["record_type"] == ["shipment"] and query["tier"] == ["high"] and query["q"] == ["평양"]
        assert query["format"] in (["csv"], ["xlsx"])
    client.post("/findings/L002/decision", json={"decision": "dismissed", "note": "mascara"})
    assert _finding_links(_page(client, "/ui/findings", decision="dismissed")) == ["L002"]


def test_the_listing_is_shown_beside_its_finding(client: TestClient) -> None:
    html = _page(client, "/ui/findings/L001")
    record = html[html.index('<section class="record"'):html.index("</section>", html.index('<section class="record"'))]
    for text in ("3D Faux Mink Lashes 20 Pairs Handmade Natural Look", "ShopWave", "GlamLash Beauty LLC",
                 'href="https://shop.example/glamlash-beauty-store/L001"'):
        assert text in record


def test_the_shipment_is_shown_beside_its_finding(client: TestClient) -> None:
    html = _page(client, "/ui/findings/S002")
    record = html[html.index('<section class="record"'):html.index("</section>", html.index('<section class="record"'))]
    for text in ("조선대성총무역회사", "PINGDU XIYUE LASH CRAFTS CO., LTD.", "SEMI-FINISHED FALSE EYELASHES",
                 "2023-05-18", "<dt>shipper</dt>", "<dt>consignee</dt>", "<dt>goods</dt>", "<dt>date</dt>"):
        assert text in record


def test_plain_summary_first_matcher_logits_behind_the_toggle(client: TestClient) -> None:
    html = _page(client, "/ui/findings/S002")
    plain = re.search(r'<p class="summary plain">(.*?)</p>', html, re.S).group(1)  # type: ignore[union-attr]
    assert "조선대성총무역회사" in plain and "KOREA DAESONG GENERAL TRADING CORPORATION" in plain
    assert "logit" not in plain and "bias" not in plain and "token_set" not in plain
    toggle = html[html.index('<details class="technical" id="technical">'):]
    toggle = toggle[:toggle.index("</details>")]
    assert "logit" in toggle and "bias" in toggle
    assert html.index("logit") > html.index('<details class="technical"')  # nowhere before the toggle


def test_the_chain_is_a_path_with_each_claim_once(client: TestClient) -> None:
    html = _page(client, "/ui/findings/L001")
    path = html[html.index('<section class="path">'):]
    hops = re.findall(r'<li class="hop step-shipment"', path)
    assert len(hops) >= 2
    assert path.index('class="hop step-shipment"') < path.index('<details class="context">')
    # each report claim is one item of the context (a prior may still cite it as its source)
    claims = re.findall(r'<li class="fact fact-claim">.*?href="/ui/claims/([^"]+)"', path, re.S)
    assert len(claims) > 5 and len(claims) == len(set(claims))


def test_entity_page_links_to_its_findings(client: TestClient) -> None:
    html = _page(client, "/ui/entities/ofac-12313")
    link = re.search(r'href="(/ui/findings\?entity=ofac-12313)"', html)
    assert link is not None and "Findings that reach it" in html
    listed = _page(client, link.group(1))
    assert "S002" in _finding_links(listed) and "KOREA DAESONG GENERAL TRADING CORPORATION" in listed


def test_a_case_from_a_finding_page_to_its_own_page(client: TestClient) -> None:
    html = _page(client, "/ui/findings/S010")
    assert 'action="/ui/cases"' in html and 'name="record_id" value="S010"' in html
    made = client.post("/ui/cases", data={"record_id": "S010", "title": "平度 Xiyue → GlamLash <b>urgent</b>",
                                          "due_date": "2026-12-24", "note": "<img src=x onerror=alert(1)> 송장"},
                       follow_redirects=False)
    assert made.status_code == 303
    case_url = made.headers["location"]
    page = _page(client, case_url)
    assert "平度 Xiyue → GlamLash &lt;b&gt;urgent&lt;/b&gt;" in page and "<b>urgent</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; 송장" in page and "<img src=x" not in page
    assert 'href="/ui/findings/S010"' in page and "2026-12-24" in page
    form = {"title": "平度 Xiyue → GlamLash", "assignee": "", "status": "in_progress", "due_date": "2026-12-20"}
    assert client.post(case_url, data=form, follow_redirects=False).status_code == 303
    assert client.post(f"{case_url}/notes", data={"note": "asked for invoices"}, follow_redirects=False
                       ).status_code == 303
    page = _page(client, case_url)
    assert "in progress" in page and "asked for invoices" in page and "status: open → in_progress" in page
    listed = _page(client, "/ui/cases", status="in_progress")
    assert case_url in listed and "平度 Xiyue → GlamLash" in listed
    assert case_url.rsplit("/", 1)[1] in _page(client, "/ui/findings", q="S010")  # the list names the case
    refused = client.post(case_url, data={**form, "status": "closed"})
    assert refused.status_code == 400 and "S010" in refused.text


def test_dashboard_ranks_worst_findings_by_tier_presumption_and_share(client: TestClient) -> None:
    html = _page(client, "/ui/")
    assert "Worst findings" in html and "presumption" in html
    assert "logit" not in html


def test_a_party_of_the_traced_graph_is_named_not_shown_by_its_slug(client: TestClient) -> None:
    html = _page(client, "/ui/findings", record_type="entity", q="dandong jinyuan")
    assert "<td class=\"label\">DANDONG JINYUAN GARMENT CO., LTD.</td>" in html
    page = _page(client, "/ui/findings/party:dandong-jinyuan-garment-co-ltd")
    record = page[page.index('<section class="record"'):page.index("</section>", page.index('<section class="record"'))]
    assert "DANDONG JINYUAN GARMENT CO., LTD." in record and "a party of the traced shipments" in record
