"""The same scenario through the real resolver and classifier, when they are importable.

Each stage falls back to its TEST-ONLY double on its own, so these tests show which real stage changes a
verdict.  Skipped (with the reason shown) only while a stage's module does not exist yet.
"""

from __future__ import annotations

from typing import Any

from chainlight.classify import Classifier
from chainlight.resolve import Matcher, cluster_parties
from chainlight.score.screen import ScreenResult, screen
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


def _screen(matcher: Any = None, classifier: Any = None, cluster: Any = None) -> ScreenResult:
    return screen(inputs(), matcher=matcher or FakeMatcher(entities()), classifier=classifier or FakeClassifier(),
                  cluster=cluster or fake_cluster_parties)


def _assert_traps(result: ScreenResult) -> None:
    tiers = {f.record_id: f.tier for f in result.findings}
    assert tiers["L-1"] == "high" and tiers["L-6"] == "high" and tiers["BL-001"] == "high"
    assert tiers["L-2"] != "high" and tiers["L-3"] != "high" and tiers["L-5"] != "high"
    assert tiers["SUP-1"] != "high" and tiers["SUP-2"] != "high"


def test_real_cluster_parties() -> None:
    _assert_traps(_screen(cluster=cluster_parties))


def test_real_matcher() -> None:
    matcher = Matcher(entities())
    _assert_traps(_screen(matcher=matcher))


def test_real_classifier() -> None:
    _assert_traps(_screen(classifier=Classifier()))


def test_all_real_stages() -> None:
    cluster = cluster_parties
    matcher = Matcher(entities())
    classifier = Classifier()
    result = screen(inputs(), matcher=matcher, classifier=classifier, cluster=cluster)
    _assert_traps(result)
    # the real resolver groups the Hangul and romanized spellings of the listed trader as one party
    names = {n for p in result.graph.parties.values() for n in p.names if "Rungrado" in n or "릉라도" in n}
    assert names
