"""A body's name in French, German, Spanish, Italian or Portuguese read in the lists' English words (resolve/european.py,
issue 14, round 26b): the Romance head first reversed, German compounds cut, North Korea as CLDR names it the
country the lists write KOREA; a South Korean body and a name in English are not read.  The names are made up
here from the table's words, not taken from any set."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query, european
from tests.resolve.listed import ofac


def _texts(name: str) -> list[str]:
    return [r.text for r in european.readings(name)]


@pytest.mark.parametrize("name,reading", [
    ("Banque du commerce extérieur", "foreign trade bank"),
    ("Banco de Comercio Exterior de Corea del Norte", "korea foreign trade bank"),
    ("Banca per il commercio estero", "foreign trade bank"),
    ("Banco de Comércio Exterior da Coreia do Norte", "foreign trade bank"),
    ("Außenhandelsbank", "foreign trade bank"),
    ("Nordkoreanische Außenhandelsbank", "korea foreign trade bank"),
    ("Ministerium für Staatssicherheit", "ministry of state security"),
    ("Ministerio de Seguridad del Estado", "state security ministry"),
    ("Bureau général de reconnaissance", "reconnaissance general bureau"),
    ("Oficina General de Reconocimiento", "reconnaissance general bureau"),
    ("Generalbüro für Aufklärung", "reconnaissance general bureau"),
    ("Banco Daedong de Crédito", "daedong credit bank"),  # an own name first, as the lists write it
    ("Compagnie maritime Ocean", "ocean maritime company"),
])
def test_read_in_the_lists_words(name: str, reading: str) -> None:
    assert reading in _texts(name)


def test_joined_complements_keep_their_order() -> None:
    texts = _texts("Département de la propagande et de l'agitation du Parti du travail")
    assert "workers party propaganda and agitation department" in texts


@pytest.mark.parametrize("name", [
    "Foreign Trade Bank",  # English: nothing to read
    "Korea Development Bank",
    "Banque de développement de Corée du Sud",  # a South Korean body
    "Banco de Desarrollo de Corea del Sur",
    "Maria de la Cruz",  # no word of the table
    "Oriental Treasure",  # words English writes alike
    "Jinhou International Holding Co",
    "대외무역은행",  # not Latin letters
    "",
])
def test_not_read(name: str) -> None:
    assert european.readings(name) == []


def test_words_a_listed_name_must_carry() -> None:
    (first, *_) = european.readings("Banque du commerce extérieur")
    assert set(first.words) == {"bank", "trade", "foreign"}


def test_every_key_is_a_word_of_the_lists() -> None:
    vocabulary = european.list_vocabulary()
    assert vocabulary, "the lists' body vocabulary file is empty"
    assert set(european.WORDS) <= vocabulary, sorted(set(european.WORDS) - vocabulary)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        ofac("15603", "Organization", "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
             "FOREIGN TRADE BANK", program="DPRK3"),
        ofac("12210", "Organization", "RECONNAISSANCE GENERAL BUREAU", program="DPRK2"),
        ofac("90001", "Organization", "KOREA DEVELOPMENT BANK OF THE NORTH", program="DPRK3"),
    ])


@pytest.mark.parametrize("name,expected", [
    ("Banque du commerce extérieur de Corée du Nord", "ofac-15603"),
    ("Außenhandelsbank", "ofac-15603"),
    ("Oficina General de Reconocimiento", "ofac-12210"),
])
def test_found(matcher: Matcher, name: str, expected: str) -> None:
    top = matcher.match(Query("q", name), limit=3)
    assert top and top[0].entity_id == expected and top[0].score >= matcher.threshold
    assert european.SOURCE in top[0].explanation


def test_a_south_korean_body_is_not_found(matcher: Matcher) -> None:
    found = matcher.match(Query("q", "Banque coréenne de développement du Sud, Corée du Sud"), limit=3)
    assert not [m for m in found if m.score >= matcher.threshold]
