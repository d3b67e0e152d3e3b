"""Round 19's English readings: the countries of a sentence about work that no rule placed (topic.work_places), a
count of North Koreans in a sentence about their work as workers, and "between A and B" as one range."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.quantities import find_quantities
from chainlight.extract.topic import WORK_RULE, work_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([])


def _places(text: str, gaz: Gazetteer) -> dict[str, str]:
    ex = extract_text(text, gazetteer=gaz, learned=False)
    return {m.value["country"]: m.rule for m in ex.mentions if m.type == "destination"}


def test_countries_of_a_sentence_about_work_are_where_the_work_is(gaz: Gazetteer) -> None:
    places = _places("The builders finished projects in Oman, Bahrain and Nigeria last year.", gaz)
    assert set(places) >= {"om", "bh", "ng"}
    places = _places("A few hundred are thought to be working in Kazakhstan.", gaz)
    assert places.get("kz") is not None


def test_no_work_no_place_and_never_the_sanctioning_state(gaz: Gazetteer) -> None:
    # a sentence with no word of work names no destination this way
    assert "fr" not in _places("The minister flew to France on Monday.", gaz)
    # the United States is named as the authority, not as a host
    assert [h.value["country"] for h in work_places("The United States will act against forced labor in Chad.", [])] == ["td"]
    # a country inside a name the rules read is the name's
    text = "The workers were hired by Oman Cement Works."
    at = text.index("Oman")
    assert work_places(text, [(at, at + len("Oman Cement Works"))]) == []


def test_the_rule_is_not_asked_where_a_rule_placed_the_sentence(gaz: Gazetteer) -> None:
    ex = extract_text("North Korean workers were sent to Kuwait, not to Iran.", gazetteer=gaz, learned=False)
    assert not any(m.rule == WORK_RULE for m in ex.mentions)


def test_north_koreans_counted_in_a_sentence_about_their_work_are_workers() -> None:
    kinds = {h.value["kind"]: h.value["value"] for h in find_quantities(
        "Some 30,000 North Koreans are working overseas in harsh conditions.")}
    assert kinds == {"workers": 30000}
    kinds = {h.value["kind"]: h.value["value"] for h in find_quantities(
        "About 4,000 North Koreans on construction sites in Oman went unpaid.")}
    assert kinds == {"workers": 4000}
    # no work said: people
    kinds = {h.value["kind"]: h.value["value"] for h in find_quantities("About 4,000 North Koreans visited Oman.")}
    assert kinds == {"people": 4000}


def test_between_two_sums_is_one_range() -> None:
    hits = find_quantities("The scheme earns between $3.5 million and $4 million a year.")
    assert [(h.value["kind"], h.value["value"], h.value.get("max")) for h in hits] == [("money", 3500000, 4000000)]
    # two sums joined by "and" with no "between" stay two
    hits = find_quantities("It paid $3 million in 2019 and $4 million in 2020.")
    assert sorted(h.value["value"] for h in hits if h.value["kind"] == "money") == [3000000, 4000000]


def test_a_sentence_about_a_publishers_sources_is_no_work_sentence() -> None:
    assert work_places("The agency works with a network of sources living in Laos and Thailand.", []) == []
    assert [h.value["country"] for h in work_places("Their work in Laos remains a source of revenue.", [])] == ["la"]


def test_a_country_named_as_the_neighbour_is_still_the_destination(gaz: Gazetteer) -> None:
    # (fitted from set 17's dev half after its blind run: "exports to neighbour China")
    assert "cn" in _places("The factories ship their sweaters to neighbour China.", gaz)
    assert "ru" in _places("The firm sent its welders to neighbouring Russia.", gaz)
