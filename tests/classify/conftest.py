"""The hs_v3 classifier the classify tests read titles with, built once per module."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module")
def v3() -> Classifier:
    return Classifier(version="hs_v3")


@pytest.fixture
def v2() -> Classifier:
    """hs_v2, the vocabulary alone, for the hs_v3 tests that compare the two."""
    return Classifier(version="hs_v2")


def code(c: Classifier, text: str) -> tuple[str | None, str]:
    """A title's HS-6 and risk category."""
    got = c.classify("t", text)
    return got.hs6, got.risk_category


def assert_reads(c: Classifier, text: str, hs6: str | None, category: str) -> None:
    """The title is read as the category and, where the test names one, the HS-6 code (the reasons shown if not)."""
    got = c.classify("a", text)
    if hs6 is not None:
        assert got.hs6 == hs6, got.reasons
    assert got.risk_category == category, got.reasons
