"""spans.py and the matcher's span reading: a listed name standing whole among running words of another language
(issue 14, round 27).  The sentences are the forms set 24's documents wrote (Portuguese, Vietnamese, Spanish, French,
English, Korean and Japanese around a listed name in Latin letters); the entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve import spans as whole_spans
from chainlight.resolve.matcher import SPAN
from tests.resolve.listed import ofac


def _texts(name: str) -> list[str]:
    return [s.text for s in whole_spans.spans(name)]


def test_edges_a_bracket_a_comma_a_change_of_case_or_of_script() -> None:
    assert "Kimsuky" in _texts("nhóm tin tặc (Kimsuky)")
    assert "Lazarus Group" in _texts("o chamado Lazarus Group")
    assert "Air Koryo" in _texts("una de las aerolíneas estatales, Air Koryo")
    assert "Mingzheng International Trading Limited" in _texts(
        "Mingzheng International Trading Limited of Shenyang, China")
    assert "Congo Aconde SARL" in _texts("Congo Aconde SARL社를")
    # a lower-case part of a hyphened compound before a capitalised word (Panama-flagged | Shang Yuan Bao)
    assert "Shang Yuan Bao" in _texts("the Panama-flagged Shang Yuan Bao")


def test_no_edge_inside_a_name_nor_inside_a_hyphened_compound() -> None:
    # two capitalised words are one name: Kim Chol Jin holds no KIM Chol; a hyphened given name is one word
    assert "Kim Chol" not in _texts("the defector Kim Chol Jin")
    assert "Kim Chol" not in _texts("Kim Chol-sam")
    # a party's name with no edge inside has no span at all, known at once
    assert whole_spans.spans("Golden Star Trading Company Limited") == []
    assert whole_spans.spans("KOREA RYONBONG GENERAL CORPORATION") == []


def test_a_bracket_inside_a_name_holds_no_span() -> None:
    # a ship's other name inside its name, before the ship's mark: the bracket readings' (청봉 is CHONG BONG, its
    # new name Greenlight another entry); a bracket closing the name, or among words, is read
    assert "Greenlight" not in _texts("청봉(Greenlight)호")
    assert "Congo Aconde SARL" in _texts("콩고아콘도 SARL(Congo Aconde SARL)")
    assert "Kimsuky" in _texts("nhóm tin tặc (Kimsuky) tấn công")


def test_the_longest_spans_first() -> None:
    spans = whole_spans.spans("Kimsuky, Lazarus Group e Andariel")
    assert spans[0].words >= spans[-1].words
    listed = {whole_spans.key(n): n for n in ("KIMSUKY", "LAZARUS GROUP", "ANDARIEL")}
    found = whole_spans.found("Kimsuky, Lazarus Group e Andariel", listed)
    assert [(s.text, n) for s, n in found] == [("Lazarus Group", "LAZARUS GROUP")]


@pytest.mark.parametrize("span", ["Progress", "Hong Kong", "Corée du Nord", "KPA", "Koti", "Co Ltd", "Trading Group"])
def test_what_may_not_carry_a_match(span: str) -> None:
    # a common English word (CC-CEDICT's glosses), a territory (CLDR), a short alias, vocabulary and legal forms
    s = whole_spans.Span(span, whole_spans.key(span), len(span.split()))
    assert not whole_spans.carries(s)


@pytest.mark.parametrize("span", ["Kimsuky", "Lazarus Group", "Air Koryo", "Congo Aconde SARL", "Kim Jong-un"])
def test_what_may_carry_a_match(span: str) -> None:
    assert whole_spans.carries(whole_spans.Span(span, whole_spans.key(span), len(span.split())))


@pytest.fixture(scope="module")
def listed() -> Matcher:
    return Matcher([
        ofac("45430", "Organization", "KIMSUKY", program="DPRK3"),
        ofac("27307", "Organization", "LAZARUS GROUP", "HIDDEN COBRA", program="DPRK3"),
        ofac("27309", "Organization", "ANDARIEL", program="DPRK3"),
        ofac("20520", "Organization", "AIR KORYO", program="DPRK3"),
        ofac("22583", "Company", "MINGZHENG INTERNATIONAL TRADING LIMITED", program="DPRK3"),
        ofac("40938", "Company", "CONGO ACONDE SARL", program="DPRK3"),
        ofac("16084", "Person", "KIM, Chol", program="DPRK3"),
        ofac("20573", "Vessel", "PROGRESS", program="DPRK3"),
    ])


@pytest.mark.parametrize(("name", "entity_id", "span"), [
    ("nhóm tin tặc (Kimsuky)", "ofac-45430", "Kimsuky"),
    ("o chamado Lazarus Group", "ofac-27307", "Lazarus Group"),
    ("una de las aerolíneas estatales, Air Koryo", "ofac-20520", "Air Koryo"),
    ("KIMSUKY, a cyber incursion group", "ofac-45430", "KIMSUKY"),
    ("Mingzheng International Trading Limited of Shenyang, China", "ofac-22583",
     "Mingzheng International Trading Limited"),
    ("Congo Aconde SARL社를", "ofac-40938", "Congo Aconde SARL"),
])
def test_a_listed_name_among_running_words_is_found(listed: Matcher, name: str, entity_id: str, span: str) -> None:
    top = listed.match(Query("q", name), limit=3)[0]
    assert top.entity_id == entity_id and top.match and top.score == pytest.approx(SPAN, abs=0.01)
    # the explanation names the span and the listed name it equals
    assert f"'{span}' in '{name}' is the listed name" in top.explanation
    assert top.features.get("span_among_words") == pytest.approx(SPAN - 1.0)


@pytest.mark.parametrize("name", [
    "the defector Kim Chol Jin said",  # a longer person's name, no edge after Chol
    "Kim Chol-sam",
    "the Progress of the talks",  # a common English word, though a listed vessel's name
    "Hong Kong Yilin Shipping",
])
def test_look_alikes_stay_unmatched(listed: Matcher, name: str) -> None:
    found = listed.match(Query("q", name), limit=3)
    assert not any(m.match for m in found)
    assert not any(whole_spans.HOW in m.explanation for m in found)
