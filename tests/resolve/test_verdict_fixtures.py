"""A verdict is reproducible from the versions it records: the same scorer, keys and readings versions give the
same answers.

The scorer fixtures (test_scorer_fixtures.py) hold a released scorer's arithmetic fixed; the keys' fingerprint
(versions.keys_id) shows a change in the index.  Neither sees the query side: a new reading or look-alike rule
changes answers while the scorer stays match_v7 and the keys keys_v18.  Here the answers on probe names that
exercise every reading are frozen with the versions they were given under.  A failure means the answers moved:
bump READINGS_VERSION (or KEYS_VERSION) in resolve/versions.py, regenerate the fixture with
`python -m tests.resolve.verdict_probes` and read its diff answer by answer before committing.
"""

from __future__ import annotations

import json

import pytest

from tests.resolve import verdict_probes

FROZEN = json.loads(verdict_probes.FIXTURE.read_text(encoding="utf-8"))


def test_the_fixture_was_made_with_the_versions_in_use() -> None:
    assert FROZEN["version"] == verdict_probes.version(), (
        "the scorer, keys or readings version changed: regenerate the verdicts and read the differences")


@pytest.fixture(scope="module")
def answers() -> dict[str, list[list[object]]]:
    return verdict_probes.answers()


@pytest.mark.parametrize("query", verdict_probes.QUERIES)
def test_the_same_versions_give_the_same_answers(query: str, answers: dict[str, list[list[object]]]) -> None:
    frozen = [[e, pytest.approx(s, abs=1e-4), m, f] for e, s, m, f in FROZEN["answers"][query]]
    assert answers[query] == frozen, (
        f"{query!r}: the answers changed under {verdict_probes.version()}: bump READINGS_VERSION (or KEYS_VERSION)")


def test_every_probe_is_frozen() -> None:
    assert set(FROZEN["answers"]) == set(verdict_probes.QUERIES)


def test_the_confirmed_names_answer_first_as_frozen() -> None:
    # a name analysts tied to a listed body (resolve/confirmed.py) is that body at 1.0, the readings' answers after
    got = verdict_probes.answers(confirmed=True)
    for query, frozen in FROZEN["confirmed"].items():
        assert got[query] == [[e, pytest.approx(s, abs=1e-4), m, f] for e, s, m, f in frozen], query
    assert all(got[q][0][3] == ["confirmed_name"] for q in verdict_probes.CONFIRMED)
