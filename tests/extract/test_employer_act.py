"""Round 27: English labour export named by the employer's act, workers placed abroad by their own phrase, countries
counted as places abroad, and host firms named by their country's adjective or as "<place>-based"."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.frames import LABOUR_RULE, employer_act, labour_frames
from tests.helpers.extract_rules import places_and_channels


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([])


_read = places_and_channels


@pytest.mark.parametrize(("text", "people"), [
    # the people named by any noun of a person (a suffix of one who does: professionals, operatives, actors)
    ("By hiring North Korean software professionals, the Shenyang firm earned hard currency for Pyongyang.",
     "North Korean software professionals"),
    ("The front company housed a second group of DPRK IT operatives in Vientiane until 2023.",
     "DPRK IT operatives"),
    ("Prosecutors said the network placed North Korean individuals in remote jobs with American firms.",
     "North Korean individuals"),
    ("Treasury named two firms for taking part in the exportation of North Korean citizens to work on building sites.",
     "North Korean citizens"),
    ("The region's employers asked to attract some 5,000 foreign nationals from the DPRK for farm work.",
     "foreign nationals from the DPRK"),
    # the people as the ones taken on
    ("The North Korean developers obtained employment with dozens of companies using stolen identities.",
     "North Korean developers"),
])
def test_people_taken_on_by_an_employer_are_labour_export(text: str, people: str) -> None:
    hits = labour_frames(text, "en")
    assert [h.value for h in hits] == [{"channel": "labour_export"}]
    assert hits[0].rule == LABOUR_RULE and hits[0].text == people


@pytest.mark.parametrize("text", [
    # the people are no workers: defectors, soldiers, prisoners
    "South Korea employed North Korean defectors as interpreters at the border.",
    "Pyongyang sent North Korean soldiers to the front in Kursk.",
    # a use of labour is goods' chain as often as export (sets 1 and 17): not read by this reading
    "These companies use North Korean labor in their supply chains.",
    # people put at home
    "The ministry dispatched North Korean labourers to prison camps in the north.",
])
def test_no_employer_act_without_workers_abroad(text: str) -> None:
    assert employer_act(text) is None


def test_workers_named_abroad_stay_abroad_beside_camps() -> None:
    # (a TIP recommendation lists work abroad beside camps at home: the phrase places its workers itself)
    text = ("Stop the use of forced labor among DPRK workers abroad, in political prison camps, and in mass "
            "mobilizations.")
    assert [h.text for h in labour_frames(text, "en")] == ["workers abroad"]
    text = "North Korea subjects its citizens to forced labor in prison camps and in overseas work."
    assert [h.text for h in labour_frames(text, "en")] == ["overseas work"]


def test_countries_counted_are_abroad() -> None:
    hits = labour_frames("The workers were sent to some 40 countries to work in construction and medicine.", "en")
    assert [h.value for h in hits] == [{"channel": "labour_export"}]


def test_host_of_people_taken_on(gaz: Gazetteer) -> None:
    places, channels = _read("The front company housed DPRK IT personnel in Laos from 2022.", gaz)
    assert places == {"la"} and channels == {"labour_export"}


@pytest.mark.parametrize(("text", "code"), [
    ("Daehung had contracted with the Chinese firm to pay each North Korean worker 800 yuan a month.", "cn"),
    ("The United States sanctioned a Russia-based firm that it says exploits North Korean workers.", "ru"),
    ("North Korean IT workers found salaried jobs at many U.S.-based companies.", "us"),
    ("Polish wig and eyelash companies outsourced the knotting to North Korea.", "pl"),
])
def test_a_firm_named_by_its_country_is_a_destination(gaz: Gazetteer, text: str, code: str) -> None:
    places, _ = _read(text, gaz)
    assert code in places


def test_a_firm_that_supplies_north_korea_is_no_destination(gaz: Gazetteer) -> None:
    places, _ = _read("A Chinese company supplying the DPRK government with electronics was also designated.", gaz)
    assert "cn" not in places
    # (nor one named where the sentence says nothing of North Korea or of workers)
    places, _ = _read("A Chinese company won the contract for the new bridge.", gaz)
    assert places == set()


def test_a_heading_about_workers_abroad_is_the_topic_of_the_paragraph_below(gaz: Gazetteer) -> None:
    text = ("North Korean Workers Abroad\n\n"
            "Most of them work twelve hours a day on building sites in Mongolia, and the state keeps their wages.\n")
    ex = extract_text(text, gazetteer=gaz, learned=False)
    assert [s.topic for s in ex.sentences] == [False, True]
    assert "mn" in {m.value["country"] for m in ex.mentions if m.type == "destination"}
    # (a heading about something else carries nothing; nor does a heading two paragraphs up)
    text = ("Trade Figures\n\nMost of them work twelve hours a day on building sites in Mongolia.\n")
    assert [s.topic for s in extract_text(text, gazetteer=gaz, learned=False).sentences] == [False, False]
    text = ("북한 해외 노동자\n\n중국 측은 이를 부인했다.\n\n그들은 하루 12시간 일한다.\n")
    assert [s.topic for s in extract_text(text, gazetteer=gaz, learned=False).sentences] == [False, True, False]
