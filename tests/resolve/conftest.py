"""The resolve tests check the readings and rules on names as real documents write them, many of which are names
of the real-world sets that the confirmed names (resolve/confirmed.py) answer first: they run without them.  A test
of the confirmed names turns them on (test_confirmed.py, verdict_probes.answers(confirmed=True))."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chainlight.resolve.matcher import Matcher


@pytest.fixture(autouse=True)
def _readings_alone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Matcher, "use_confirmed", False)
    yield
