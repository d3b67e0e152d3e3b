"""matcher._one_of_two_bodies: a first answer above the threshold that another listed body ties is no answer (issue
14, round 23).  보위성 reads security + ministry, which the MINISTRY OF STATE SECURITY and the MINISTRY OF PEOPLE'S
SECURITY both are, at one score; the first of them was the one whose list id sorts first (set 20's held-out wrong
body, 보위부).  Namesake persons and one body's entries on two lists are no such tie.  Entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.matcher import _one_body
from chainlight.resolve.types import Match
from tests.resolve.listed import ofac, ofac_person


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        ofac("16422", "Organization", "MINISTRY OF STATE SECURITY", "STATE SECURITY DEPARTMENT", program="DPRK3"),
        ofac("20118", "Organization", "MINISTRY OF PEOPLE'S SECURITY", program="DPRK3"),
        ofac_person("90001", "KIM, Yong Chol", "kp", "DPRK2"),
        ofac_person("90002", "KIM, Yong Chol", "kp", "DPRK3"),
    ])


@pytest.mark.parametrize("limit", [1, 5])
def test_two_bodies_tied_at_the_top_are_no_answer(matcher: Matcher, limit: int) -> None:
    found = matcher.match(Query("q", "보위성"), limit=limit)
    assert found and not any(m.match for m in found)
    assert "tied_bodies" in found[0].features and "another listed body scores as high" in found[0].explanation
    if limit > 1:
        assert {m.entity_name for m in found[:2]} == {"MINISTRY OF STATE SECURITY", "MINISTRY OF PEOPLE'S SECURITY"}


def test_a_name_one_body_bears_alone_is_still_an_answer(matcher: Matcher) -> None:
    top = matcher.match(Query("q", "인민보안부"), limit=5)[0]
    assert (top.entity_name, top.match) == ("MINISTRY OF PEOPLE'S SECURITY", True)
    assert "tied_bodies" not in top.features


def test_namesake_persons_stay_answers(matcher: Matcher) -> None:
    found = matcher.match(Query("q", "Kim Yong Chol"), limit=5)
    assert [m.match for m in found[:2]] == [True, True]


def _m(entity_id: str, name: str, schema: str, source: str) -> Match:
    return Match("q", 1, entity_id, name, schema, 0.9, True, [source], [entity_id], "q", name)


def test_one_bodys_entries_on_two_lists_are_no_tie() -> None:
    assert _one_body(_m("ofac-1", "KOREA X CORPORATION", "Company", "ofac:1"),
                     _m("un-KPe.1", "KOREA X CORPORATION", "Organization", "un:KPe.1"))
    assert not _one_body(_m("ofac-1", "MINISTRY OF STATE SECURITY", "Organization", "ofac:1"),
                         _m("ofac-2", "MINISTRY OF STATE SECURITY", "Organization", "ofac:2"))
