"""hs_v10: hs_v9 with wig caps read as knitted headgear (65.05, knitwear) unless a silk or satin cap is said
(hs_v10/vocabulary.yaml; the lead's label decision of round 21).  The titles here are written for the test."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module")
def v10() -> Classifier:
    return Classifier(version="hs_v10")


@pytest.mark.parametrize(("text", "hs6", "category"), [
    ("Wig Cap Stocking Nylon Nude 10 pcs", "650500", "knitwear"),  # the demo's L009
    ("Stretch Mesh Wig Caps for Making Wigs", "650500", "knitwear"),
    ("假发帽 弹力网帽 2个装", "650500", "knitwear"),
    ("Silk Wig Cap Grip Band", "650500", "other"),  # a silk or satin cap is woven
    ("真丝假发帽", "650500", "other"),
    ("Satin Bonnet for Sleeping", "650500", "other"),  # a bonnet is made up from woven fabric
])
def test_wig_caps_are_knitted_headgear(v10: Classifier, text: str, hs6: str, category: str) -> None:
    got = v10.classify("a", text)
    assert (got.hs6, got.risk_category) == (hs6, category), got.reasons
