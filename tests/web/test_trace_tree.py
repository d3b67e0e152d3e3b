"""The trace tree page (/ui/trace/{id}) and the links between a finding, its trace, the buyer's check and its
dossier: rendered through TestClient here, and in Debian's Chromium in test_trace_browser.py."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from fastapi.testclient import TestClient

from chainlight.web.trace import Node, trees


def _walk(nodes: list[Node]) -> list[Node]:
    return [m for n in nodes for m in (n, *_walk(n.children))]


def test_trace_tree_of_a_listing_goes_back_to_the_listed_source_in_time_order(client: TestClient) -> None:
    page = client.get("/ui/trace/L008")
    assert page.status_code == 200, page.text[:300]
    html = page.text
    assert html.count('class="tnode') >= 10  # the 15 shipments upstream of the seller and manufacturer
    assert 'class="tnode tainted root"' in html and "Source of the taint, listed as" in html
    assert re.search(r'href="/ui/entities/[^"]+"', html)  # the listed source links to its entity
    assert "Mass balance: of " in html and re.search(r"tainted ≤ \d+\.\d%", html)
    assert re.search(r"\d[\d,]* kg", html)
    # each level in time order, each shipment's inputs arriving before it left
    state = client.app.state.chainlight  # type: ignore[attr-defined]
    with state.lock:
        made = trees(state, "L008")

    def check(nodes: list[Node], before: str | None) -> int:
        assert [n.date for n in nodes] == sorted(n.date for n in nodes)
        assert before is None or all(n.date <= before for n in nodes)
        return sum(1 + check(n.children, n.date) for n in nodes)

    assert sum(check(t.nodes, None) for t in made) == html.count('class="tnode')
    assert any(n.root for t in made for n in _walk(t.nodes))
    assert "logit" not in re.sub(r'<details class="technical">.*?</details>', "", html, flags=re.S)
    assert client.get("/ui/trace/no-such-record").status_code == 404


def test_a_finding_links_to_its_trace_the_buyers_check_and_its_dossier(client: TestClient) -> None:
    html = client.get("/ui/findings/L008").text
    nav = re.search(r'<nav class="finding-nav".*?</nav>', html, re.S)
    assert nav is not None
    links = dict((text.strip(), href.replace("&amp;", "&")) for href, text in
                 re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav.group(0)))
    assert links["Trace tree"] == "/ui/trace/L008"
    assert links["PDF dossier"] == "/reports/findings/L008.pdf"
    check = next(v for k, v in links.items() if k.startswith("Buyer's check"))
    asked = parse_qs(urlparse(check).query)
    assert asked["title"] and asked["seller"]
    assert client.get(check).status_code == 200
    assert client.get(links["PDF dossier"]).headers["content-type"] == "application/pdf"
    entity = client.get("/ui/findings/S002").text
    assert 'href="/ui/trace/S002"' in entity
