"""Released scorers do not change: each version's scores on fixed pairs, frozen when it was released.

A failure here means a released scorer's arithmetic moved.  Put the change in a new scorer version instead.
When the analyser's keys change on purpose (a KEYS_VERSION bump), the pairs are scored anew by the script in
the fixture's own `regenerate` note and the diff is read pair by pair before it is committed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chainlight.resolve import scorers
from chainlight.resolve.rendering import render_name
from chainlight.resolve.versions import KEYS_VERSION

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "scorer_scores.json").read_text(encoding="utf-8"))


def test_the_fixture_was_scored_with_the_keys_in_use() -> None:
    assert FIXTURE["keys_version"] == KEYS_VERSION, (
        "the analyser's keys changed: score the fixture pairs anew and read the differences before committing")


@pytest.mark.parametrize("name", sorted(FIXTURE["scores"]))
def test_a_released_scorer_gives_the_scores_it_was_frozen_with(name: str) -> None:
    spec = scorers.get(name)
    for query, candidate, person, frozen in FIXTURE["scores"][name]:
        s = spec.best_pair(render_name(query), render_name(candidate), lambda _t: 1.0, person)
        got = None if s is None else round(s.score, 6)
        assert got == pytest.approx(frozen, abs=1e-6), f"{name}: {query!r} ~ {candidate!r}"


def test_every_registered_scorer_is_frozen() -> None:
    assert set(FIXTURE["scores"]) == set(scorers.REGISTRY)
    assert scorers.DEFAULT in scorers.REGISTRY


def test_an_unknown_scorer_is_refused_with_the_known_names() -> None:
    with pytest.raises(ValueError, match="match_v7"):
        scorers.get("match_v99")
