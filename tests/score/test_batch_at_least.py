"""The batch screen asks the matcher for its threshold (batch_screen.asked_at_least): it keeps only the answers at
the threshold (`m.match`), and those are the same, field for field, asked so as asked with no least score, so
findings.csv is the same byte for byte; the match cache keeps answers asked with a least score apart from those
asked without."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb
import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.matcher import TIED
from chainlight.resolve.types import Match
from chainlight.score import batch_screen
from chainlight.score.batch_screen import asked_at_least
from chainlight.score.match_cache import MatchCache, match_distinct, query_key
from chainlight.settings import get_settings
from tests.helpers.doubles import FakeMatcher
from tests.resolve.listed import ofac, ofac_person
from tests.score.test_match_cache import _screen


def _kept(found: list[Match]) -> list[dict[str, Any]]:
    return [asdict(m) for m in found if m.match]


def _same_answers(matcher: Matcher, names: list[tuple[str, str | None]]) -> int:
    """Asserts each name's answers at the threshold are the same asked with asked_at_least and with none;
    the number of names with one."""
    at_least = asked_at_least(matcher)
    assert at_least == matcher.threshold - TIED > 0
    hits = 0
    for i, (name, country) in enumerate(names):
        q = Query(f"q{i}", name, None, country)
        plain, least = matcher.match(q, 3), matcher.match(q, 3, at_least)
        assert _kept(plain) == _kept(least), name
        assert len(least) <= len(plain)
        hits += bool(_kept(plain))
    return hits


@pytest.fixture(scope="module")
def scenario() -> tuple[Any, Matcher]:
    from benchmarks.trace.scenario import generate

    inp, _ = generate(1500, 2)
    return inp, Matcher(list(inp.entities), threshold=get_settings().match_threshold)  # as default_matcher


def test_answers_at_the_threshold_are_the_same_asked_with_it(scenario: tuple[Any, Matcher]) -> None:
    inp, matcher = scenario
    names = {(n.value, None) for e in inp.entities for n in e.names}
    names |= {(s.shipper_name, s.shipper_country) for s in inp.shipments if s.shipper_name}
    names |= {(s.consignee_name, s.consignee_country) for s in inp.shipments if s.consignee_name}
    names |= {(li.seller_name, None) for li in inp.listings if li.seller_name}
    hits = _same_answers(matcher, sorted(names, key=str))
    assert hits >= 10  # the scenario's listed parties are found (13 of them)


def test_the_rules_that_read_another_answer_read_the_same_ones() -> None:
    # two bodies tied at the top (matcher._one_of_two_bodies), namesake persons, a surname two listed persons
    # bear (matcher._shared_surname), a body one of them bears alone
    tied = Matcher([
        ofac("16422", "Organization", "MINISTRY OF STATE SECURITY", "STATE SECURITY DEPARTMENT", program="DPRK3"),
        ofac("20118", "Organization", "MINISTRY OF PEOPLE'S SECURITY", program="DPRK3"),
        ofac_person("90001", "KIM, Yong Chol", "kp", "DPRK2"),
        ofac_person("90002", "KIM, Yong Chol", "kp", "DPRK3"),
        ofac("41185", "Person", "KOZLOV, Ilya Pavlovich", program="DPRK2"),
        ofac("37621", "Person", "KOZLOV, Sergey Mikhaylovich", program="DPRK2"),
        ofac("41736", "Person", "MKRTYCHEV, Ashot", program="DPRK2"),
        ofac("70011", "Company", "COMPLEX UNMANNED SOLUTIONS CENTER LTD", "USC LTD"),
        ofac("70012", "Company", "JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION", "JSC USC"),
    ])
    names = ["보위성", "인민보안부", "Kim Yong Chol", "科兹洛夫", "므크르티체프", "USC", "Ministry of State Security",
             "State Security Department", "국가보위성", "Kozlov", "United Shipbuilding"]
    assert _same_answers(tied, [(n, c) for n in names for c in (None, "kp")]) >= 4
    boweeseong = tied.match(Query("q", "보위성"), 3, asked_at_least(tied))
    assert boweeseong and "tied_bodies" in boweeseong[0].features and not _kept(boweeseong)


def test_the_batch_asks_the_matcher_with_its_threshold(scenario: tuple[Any, Matcher], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    inp, matcher = scenario
    asked: list[float] = []
    many = matcher.match_many

    def recording(queries: list[Query], limit: int = 5, workers: int = 1, at_least: float = 0.0) -> list[Any]:
        asked.append(at_least)
        return many(queries, limit, workers=workers, at_least=at_least)

    monkeypatch.setattr(matcher, "match_many", recording)
    _screen(inp, tmp_path / "least.csv", matcher, None)
    assert asked == [matcher.threshold - TIED]
    monkeypatch.setattr(batch_screen, "asked_at_least", lambda _m: 0.0)
    _screen(inp, tmp_path / "plain.csv", matcher, None)
    assert asked == [matcher.threshold - TIED, 0.0]
    assert (tmp_path / "least.csv").read_bytes() == (tmp_path / "plain.csv").read_bytes()


def test_another_matcher_is_asked_as_before() -> None:
    assert asked_at_least(FakeMatcher([])) == 0.0


def test_answers_asked_with_a_least_score_are_kept_apart(tmp_path: Path) -> None:
    q = Query("a", "Korea Songi Trading", None, "kp")
    assert query_key(q, 3) != query_key(q, 3, 0.85) and query_key(q, 3, 0.0) == query_key(q, 3)
    full = [Match("a", 1, "e1", "KOREA SONGI", "Company", 0.9, True, ["s"], ["e1"], q.name, "KOREA SONGI"),
            Match("a", 2, "e2", "SONGI", "Company", 0.5, False, ["s"], ["e2"], q.name, "SONGI")]
    asked: list[str] = []

    def answer(least: float) -> Any:
        def run(todo: list[Query]) -> list[list[Match]]:
            asked.extend(f"{x.id}@{least}" for x in todo)
            return [[m for m in full if m.score >= least] for _ in todo]
        return run

    cache = MatchCache(duckdb.connect(str(tmp_path / "c.duckdb")), "v1")
    assert match_distinct([q], 3, answer(0.0), cache) == [full]  # kept without a least score
    # not read for the same query asked with one: asked again, kept apart
    assert match_distinct([q], 3, answer(0.85), cache, 0.85) == [full[:1]]
    assert asked == ["a@0.0", "a@0.85"]
    # each read back for its own asking only
    assert match_distinct([q], 3, answer(0.0), cache) == [full]
    assert match_distinct([q], 3, answer(0.85), cache, 0.85) == [full[:1]]
    assert asked == ["a@0.0", "a@0.85"] and cache.hits == 2
