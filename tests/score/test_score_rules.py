"""Places, policies, weights: the data behind every number."""

from __future__ import annotations

import pytest

from chainlight.score.places import find_places
from chainlight.score.policies import load_policies
from chainlight.score.risk_v1 import load_model
from chainlight.score.screen import trace_text
from tests.helpers.scenario import run


@pytest.mark.parametrize(("text", "place"), [
    ("평안북도 신의주시 본부동", "Sinuiju"), ("P'yŏngyang, DPRK", "Pyongyang"), ("라선시 선봉구역", "Rason"),
    ("Rajin-Sonbong Economic Zone", "Rason"), ("Namp'o port", "Nampo"), ("함흥시", "Hamhung"),
    ("Kaesong Industrial Complex", "Kaesong"), ("清津港", "Chongjin"),
])
def test_dprk_places_in_every_script(text: str, place: str) -> None:
    assert place in find_places("dprk", text)


@pytest.mark.parametrize("text", ["吉林省延边朝鲜族自治州珲春市", "Frasonia Road 3", "Seoul, Republic of Korea",
                                  "山东省青岛市平度市"])
def test_no_false_dprk_places(text: str) -> None:
    assert find_places("dprk", text) == []


def test_every_weight_is_described_and_tiers_ordered() -> None:
    model = load_model()
    assert all(w.description and 0 < w.value <= 1 for w in model.weights.values())
    assert model.tiers["high"] > model.tiers["elevated"] > model.tiers["low"] > 0
    assert model.limit("cap_without_proof") < model.tiers["high"] <= model.limit("presumption_floor")


def test_policies_are_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIGHT_POLICIES", "UFLPA,EU-FLR-2024/3015")
    assert [p.name for p in load_policies()] == ["UFLPA", "EU-FLR-2024/3015"]
    with pytest.raises(ValueError):
        load_policies(["NOPE"])
    result = run(policies=load_policies(["19USC1307", "EU-FLR-2024/3015"]))
    f = result.finding("L-1")
    assert f is not None and f.policies == ["19USC1307", "EU-FLR-2024/3015"]
    assert "2027-12-14" in next(s.detail for s in f.evidence if s.object == "EU-FLR-2024/3015")
    sup = result.finding("SUP-2")  # a prior alone stays below high whatever policies run
    assert sup is not None and sup.tier == "elevated"


def test_trace_text_prints_chain_with_dates_kg_and_sources() -> None:
    text = trace_text(run(), "L-1")
    assert "<- 2024-03-20 BL-003: 600 kg false eyelashes" in text
    assert "<- 2024-03-01 BL-001: 800 kg" in text and "ROOT" in text and "ofac:19613" in text
    assert "clean" in text  # the Indonesian input is shown too
    party_text = trace_text(run(), "平度美睫有限公司")
    assert "BL-001" in party_text


def test_trace_text_unknown_record() -> None:
    from chainlight.errors import NotFoundError

    with pytest.raises(NotFoundError):
        trace_text(run(), "NO-SUCH-ID")
