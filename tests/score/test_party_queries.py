"""A party's address reaches the matcher as the query's address, never as its birth date: the matcher reads a
birth date that agrees with none of a listed person's dates as evidence against (features.birth_date: -1), so an
address in that field lowered every listed person with a date of birth for any party that has an address (the
scenario's shippers in 신의주시, 山东省青岛市平度市). Both screens, the row one (score/records.py) and the columnar one
(score/batch_screen.py), build their queries the same way."""

from __future__ import annotations

import pyarrow as pa

from chainlight.resolve.types import Match, Query
from chainlight.score.batch_screen import BatchScreener, run_batch
from chainlight.score.screen import screen
from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties
from tests.helpers.scenario import entities, inputs


class RecordingMatcher(FakeMatcher):
    def __init__(self) -> None:
        super().__init__(entities())
        self.queries: list[Query] = []

    def match(self, query: Query, limit: int = 5) -> list[Match]:
        self.queries.append(query)
        return super().match(query, limit)


def _check(queries: list[Query]) -> None:
    with_address = [q for q in queries if q.address]
    assert with_address, "the scenario's parties have addresses"
    assert {q.address for q in with_address} >= {"평안북도 신의주시", "Dazeshan Town, Pingdu, Qingdao"}
    assert [q for q in queries if q.birth_date is not None] == []


def test_the_row_screen_asks_with_the_address_as_address() -> None:
    m = RecordingMatcher()
    screen(inputs(), matcher=m, classifier=FakeClassifier(), cluster=fake_cluster_parties)  # type: ignore[arg-type]
    _check(m.queries)


def test_the_columnar_screen_asks_with_the_address_as_address() -> None:
    inp = inputs()
    m = RecordingMatcher()
    b = BatchScreener(entities=inp.entities, claims=inp.claims, priors=inp.priors, goods=inp.goods, matcher=m,
                      classifier=FakeClassifier(), cluster=fake_cluster_parties)  # type: ignore[arg-type]
    rows = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in inp.shipments]
    listings = [{k: v for k, v in r.to_dict().items() if k != "extra"} for r in inp.listings]
    run_batch(b, pa.Table.from_pylist(rows), pa.Table.from_pylist(listings), None)
    _check(m.queries)
