"""With no score asked for (at_least 0: a batch screen, /search), the Matcher bounds each candidate against the
scorer's FLOOR, under which _match_one keeps no match: a candidate the bound keeps under it is not scored, and
every answer is the one scoring every candidate gives."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query, scorers
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v7 import scorer
from chainlight.resolve.rendering import Analysis


def _e(sid: str, schema: str, *names: str, countries: list[str] | None = None) -> Entity:
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, countries=countries or [])


ENTITIES = [
    _e("201", "Company", "KOREA DAESONG BANK", "DAESONG BANK", countries=["kp"]),
    _e("202", "Company", "DAESONG LASH SUPPLIES COMPANY", countries=["cn"]),
    _e("203", "Company", "QINGDAO HAIR PRODUCTS TRADING CO LTD", countries=["cn"]),
    _e("204", "Person", "KIM Song Chol", countries=["kp"]),
    _e("205", "Company", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID"),
    _e("206", "Vessel", "PINE GREEN"),
]
QUERIES = [Query("q", "Acme Lash Supplies Ltd"), Query("q", "Daesong Hair Products", None, country="cn"),
           Query("q", "Qingdao Lash Trading"), Query("q", "Kim Song"), Query("q", "Green Pine Associated Corp"),
           Query("q", "Korea Daesong Bank"), Query("q", "Pingdu Mining Supplies Co", "Company")]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ENTITIES)


def _answers(m: Matcher, q: Query, limit: int) -> list[tuple[object, ...]]:
    return [(x.entity_id, x.rank, x.score, x.match, x.matched_name, x.features, x.explanation)
            for x in m.match(q, limit)]


@pytest.mark.parametrize("limit", [3, 50])
def test_no_score_asked_bounds_at_the_floor_and_answers_alike(matcher: Matcher, limit: int) -> None:
    spec = scorers.get(matcher.scorer)
    assert spec.bound is not None
    bound = spec.bound
    scored: Counter[str] = Counter()
    skipped: list[tuple[str, str]] = []

    def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> scorer.Scored | None:
        scored["best_pair"] += 1
        return spec.best_pair(qa, ca, rarity, person)

    def bounded(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool, target: float | None) -> float:
        b = bound(qa, ca, rarity, person, target)
        assert target is not None and target >= scorer.FLOOR - 0.1  # FLOOR less SKIP_MARGIN and adjust's most
        if b < target:
            skipped.append((qa.original, ca.original))
        return b

    try:
        scorers.REGISTRY[matcher.scorer] = dataclasses.replace(spec, best_pair=best_pair, bound=None)
        unbounded = [_answers(matcher, q, limit) for q in QUERIES]
        every = scored["best_pair"]
        scored.clear()
        scorers.REGISTRY[matcher.scorer] = dataclasses.replace(spec, best_pair=best_pair, bound=bounded)
        bounded_answers = [_answers(matcher, q, limit) for q in QUERIES]
    finally:
        scorers.REGISTRY[matcher.scorer] = spec
    assert bounded_answers == unbounded
    assert skipped, "no candidate was kept under the floor"
    assert scored["best_pair"] < every
