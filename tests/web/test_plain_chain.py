"""The chain in plain words on every finding page of the demo run: the matcher's account of a name match (its
features, logits and bias) is shown only behind a 'technical' toggle, wherever a step quotes it: a listing
bought from a buyer of a taint root (L003) quotes it inside a signal."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

ACCOUNT = re.compile(r"\(logit, bias -?\d")
TOGGLES = re.compile(r'<details class="technical".*?</details>', re.S)


def test_no_finding_page_shows_the_matchers_account_outside_a_toggle(client: TestClient) -> None:
    findings = client.get("/findings", params={"limit": 500}).json()
    assert len(findings) > 50
    for finding in findings:
        html = client.get(f"/ui/findings/{finding['record_id']}").text
        assert not ACCOUNT.search(TOGGLES.sub("", html)), finding["record_id"]


def test_a_signal_quoting_a_taint_roots_match_reads_plainly_with_the_account_behind_its_toggle(
        client: TestClient) -> None:
    html = client.get("/ui/findings/L003").text
    signal = next(li for li in re.findall(r'<li class="fact fact-signal">.*?</li>', html, re.S)
                  if "taint root" in li)
    shown = TOGGLES.sub("", signal)
    assert "조선대성총무역회사 is read as the listed name KOREA DAESONG GENERAL TRADING CORPORATION" in shown
    assert "via key" not in shown
    toggle = TOGGLES.search(signal)
    assert toggle is not None and ACCOUNT.search(toggle.group(0)) and "match_v7" in toggle.group(0)


def test_the_dossier_of_that_listing_reads_plainly_too(client: TestClient) -> None:
    from chainlight.api.reports import finding_bundle
    from chainlight.report.dossier import finding_html

    state = client.app.state.chainlight  # type: ignore[attr-defined]
    with state.lock:
        html = finding_html(finding_bundle(state, "L003", with_sankey=False))
    assert "is read as the listed name KOREA DAESONG GENERAL TRADING CORPORATION" in html
    assert not ACCOUNT.search(html)
