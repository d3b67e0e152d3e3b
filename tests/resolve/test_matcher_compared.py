"""The Matcher compares a listed name that several entries carry once a query reading (matcher._score's
`compared`): the bound and best_pair read only the two names and whether a person is compared, so each
(reading, listed name, person) is bounded and scored once, and every answer is the one scoring each entry gives."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query, scorers
from chainlight.resolve.listed import Listed
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v7 import scorer
from chainlight.resolve.rendering import Analysis


def _e(sid: str, schema: str, *names: str, countries: list[str] | None = None) -> Entity:
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, countries=countries or [])


# one list, so nothing is merged: the same names under entries of other schemas and countries
ENTITIES = [
    _e("101", "Company", "KOREA DAESONG BANK", "DAESONG BANK", countries=["kp"]),
    _e("102", "Company", "KOREA DAESONG BANK", countries=["cn"]),
    _e("103", "Organization", "KOREA DAESONG BANK", "KOREA DAESONG GENERAL TRADING CORPORATION"),
    _e("104", "Person", "DAESONG BANK"),
    _e("105", "Company", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID"),
    _e("106", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID", countries=["kp"]),
    _e("107", "Company", "KOREA RYONBONG GENERAL CORPORATION"),
]
QUERIES = [Query("q", "Korea Daesong Bank"), Query("q", "Daesong Bank", "Company", country="kp"),
           Query("q", "Daesong Bank", "Person"), Query("q", "KOMID"), Query("q", "Korea Mining Development Corp"),
           Query("q", "Korea Daesong Trading"), Query("q", "Ryonbong General Corp", "Company", country="cn")]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ENTITIES)


@pytest.fixture
def counted(matcher: Matcher) -> Iterator[Counter[tuple[str, str, bool]]]:
    """(query reading, listed name, person) -> the times best_pair and the bound were called for it."""
    spec = scorers.get(matcher.scorer)
    calls: Counter[tuple[str, str, bool]] = Counter()
    assert spec.bound is not None
    bound = spec.bound

    def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> scorer.Scored | None:
        calls[(qa.original, ca.original, person)] += 1
        return spec.best_pair(qa, ca, rarity, person)

    def bounded(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool, target: float | None) -> float:
        calls[("bound " + qa.original, ca.original, person)] += 1
        return bound(qa, ca, rarity, person, target)

    scorers.REGISTRY[matcher.scorer] = dataclasses.replace(spec, best_pair=best_pair, bound=bounded)
    try:
        yield calls
    finally:
        scorers.REGISTRY[matcher.scorer] = spec


def _answers(m: Matcher, q: Query, at_least: float) -> list[tuple[object, ...]]:
    return [(x.entity_id, x.rank, x.score, x.match, x.matched_name, x.features, x.explanation)
            for x in m.match(q, 50, at_least=at_least)]


@pytest.mark.parametrize("at_least", [0.0, 0.7])
def test_a_name_several_entries_list_is_compared_once_a_reading(matcher: Matcher, at_least: float,
                                                                 counted: Counter[tuple[str, str, bool]]) -> None:
    for q in QUERIES:
        counted.clear()
        matcher.match(q, 50, at_least=at_least)
        assert counted and max(counted.values()) == 1, (q.name, counted.most_common(3))
    counted.clear()
    matcher.match(Query("q", "Korea Daesong Bank"), 50, at_least=at_least)
    # the name three entries list was compared once
    assert counted[("Korea Daesong Bank", "KOREA DAESONG BANK", False)] == 1


def test_the_answers_are_those_of_each_entry_scored_alone(matcher: Matcher,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    kept = {(q.name, q.schema, at_least): _answers(matcher, q, at_least) for q in QUERIES for at_least in (0.0, 0.7)}
    assert any(len({a[4] for a in got}) < len(got) for got in kept.values())  # a name answered for several entries
    score = Matcher._score

    def alone(self: Matcher, query: Query, qa: Analysis, ca: Analysis, r: Listed, kind: str, at_least: float = 0.0,
              compared: object = None) -> scorer.Scored | None:
        return score(self, query, qa, ca, r, kind, at_least)  # nothing kept between entries

    monkeypatch.setattr(Matcher, "_score", alone)
    for (name, schema, at_least), got in kept.items():
        q = next(q for q in QUERIES if (q.name, q.schema) == (name, schema))
        assert _answers(matcher, q, at_least) == got, (name, at_least)
