"""stationed.py: a group of people placed in or at a foreign country or firm is labour export (English); and the
processing and relabelling stories (frames._GOODS_IN_EN, places.py's relabelling pattern)."""

from __future__ import annotations

import pytest

from chainlight.extract import chinese, extract_text
from chainlight.extract.frames import processing_frames
from chainlight.extract.places import find_channels
from chainlight.extract.stationed import RULE, RULE_ZH, stationed, stationed_zh


@pytest.mark.parametrize(("text", "group"), [
    ("Most of them work in Russia and China, and a few in the Middle East.", "Most"),
    ("The company placed remote software developers at American companies, including two banks.", "developers"),
    ("North Korean workers in Poland's shipyards earn a fraction of what Polish welders are paid.", "workers"),
    ("The state-sanctioned workforce in Kuwait and Qatar remains an important source of revenue.", "workforce"),
    ("Hundreds are thought to be still working in Mongolia, and some 20,000 in Russia.", "Hundreds"),
    ("In Equatorial Guinea, they work seven days a week on the construction of a stadium.", "they"),
    ("Up to 800 may be employed in the European Union.", "800"),
    ("There are said to be 40 to 50 of them in Angola.", "50"),
    # moved there
    ("About 200 workers went to Moscow, while fewer than 50 went to Vladivostok.", "200"),
    ("The women were assembled at dawn and bused into China through the Sinuiju crossing.", "women"),
    # North Koreans by name; a place named by its countries' adjectives; abroad in a word
    ("Most of the 30,000 North Koreans on these schemes are now working in Gulf and African countries.", "Koreans"),
    ("Some of the workers who were abroad before the deadline stayed on in Russia.", "workers"),
    ("“We get sent overseas in our second year,” one waitress said.", "We"),
])
def test_group_placed_abroad(text: str, group: str) -> None:
    hits = stationed(text)
    assert [h.value for h in hits] == [{"channel": "labour_export"}]
    assert hits[0].rule == RULE
    assert hits[0].text == group == text[hits[0].start:hits[0].end]


@pytest.mark.parametrize("text", [
    # another nationality's own labour
    "Chinese workers in Russia's Far East cut timber for the domestic market.",
    # a count of things, not of people (no verb of persons, no "of them")
    "Today only an estimated 17 remain in China and Laos, plus one restaurant in Hanoi.",
    "Exports of 200 tons in China were recorded.",
    # buyers and firms of trade are no exported workers
    "Shoppers in London will find the wigs on sale.",
    "Importers in Japan bought the clams through Dalian.",
    # a deadline to return home: its period alone
    "All North Korean workers in Russia were supposed to return home by December 2019.",
    # the place too far from the preposition: a factory's story, not a group placed
    "The room they are working in is within a new industrial estate in the Chinese town of Dandong.",
    # defectors and prisoners are kept out of work abroad; South Koreans are no North Korean workers
    "Defectors in South Korea and the United States told of the camps.",
    "South Koreans working in China were asked about the factories.",
])
def test_not_placed_abroad(text: str) -> None:
    assert stationed(text) == []


def test_extracted_with_the_host() -> None:
    """The extractor adds the channel where no other reader did, beside the countries the sentence names."""
    ex = extract_text("Many of them work in Russia and Laos, with a handful in Africa.")
    got = {(m.type, m.key) for m in ex.mentions if m.type in ("channel", "destination")}
    assert ("channel", "labour_export") in got
    assert {("destination", "ru"), ("destination", "la")} <= got


@pytest.mark.parametrize("text", [
    "Korean-language reports say the goods reached Europe with “Made in Vietnam” tags.",
    "Buyers in Tokyo see labels telling them the jackets were made in China, not North Korea.",
])
def test_relabelling_told(text: str) -> None:
    assert "relabelling" in {c.value["channel"] for c in find_channels(text)}


@pytest.mark.parametrize("text", [
    "“Made in North Korea” labels are rare in Seoul's shops.",
    "Labels on the jackets said they were made in North Korea.",
])
def test_honest_label_is_no_relabelling(text: str) -> None:
    assert "relabelling" not in {c.value["channel"] for c in find_channels(text)}


@pytest.mark.parametrize("text", [
    "The wigs are assembled cheaply in the North before being returned to Chinese firms that export them.",
    "Dandong traders ship fabric to North Korea and bring back finished coats within a month.",
])
def test_processing_story(text: str) -> None:
    assert [h.value for h in processing_frames(text, "en")] == [{"channel": "contract_processing"}]


@pytest.mark.parametrize(("text", "lang"), [
    # the English reading leaves Korean and Chinese to their own readers: no labour export read from a Korean sentence
    # about Chinese workers, nor from a Chinese one about Chinese traders selling
    ("중국 노동자들은 러시아 극동 지역에서 일하고 있다.", "ko"),
    ("中国商人在俄罗斯的市场上出售服装。", "zh"),
])
def test_other_languages_untouched(text: str, lang: str) -> None:
    assert stationed(text) == []
    ex = extract_text(text)
    assert ex.mentions and not [m for m in ex.mentions if m.rule in (RULE, RULE_ZH)]


@pytest.mark.parametrize(("text", "span"), [
    ("金某后来在俄罗斯工作了三年,每月只拿到几十美元。", "在俄罗斯工作"),
    ("部分朝鮮人被安排到馬來西亞的煤礦工作。", "到马来西亚的煤矿工作"),
    ("他们还将分批前往中国东北三省其他城市就业。", "前往中国东北三省其他城市就业"),
    ("有一群人被迫在俄羅斯、中國等十多個國家服勞役。", "在俄罗斯、中国等十多个国家服劳役"),
    ("不少劳工在海外辛苦数年,回国时却身无分文。", "在海外辛苦"),
    ("他们在非洲的医院当医生。", "在非洲的医院当医生"),
])
def test_work_at_a_place_abroad_chinese(text: str, span: str) -> None:
    simple = chinese.simplified(text)
    hits = stationed_zh(simple)
    assert [(h.value, h.rule, h.text) for h in hits] == [({"channel": "labour_export"}, RULE_ZH, span)]


@pytest.mark.parametrize("text", [
    # another country's own people
    "中国工人在俄罗斯工作多年。",
    "报告源自对在中国渔船工作的十余名印尼和菲律宾籍船员的访谈。",
    # 在内 is "including", 工作室 a studio
    "包括亚马逊在内的美国和日本主要动画工作室都受到影响。",
    # at home
    "朝鲜国内的工人在工厂工作,产品出口到中国。",
])
def test_not_work_abroad_chinese(text: str) -> None:
    assert stationed_zh(chinese.simplified(text)) == []


def test_workers_repatriated_were_abroad() -> None:
    """frames.py: workers said to be repatriated were abroad, with no North Korea in the quote; the noun, a deadline's
    duty, is left to the deadline's period."""
    from chainlight.extract.frames import labour_frames

    assert [h.text for h in labour_frames("Many of the waitresses staffing the restaurants were not repatriated.", "en")] \
        == ["waitresses"]
    assert labour_frames("A 2017 resolution required the repatriation of those workers by December 22, 2019.", "en") == []


def test_abroad_as_the_workers_adjective() -> None:
    """frames.py: "abroad workers" is "workers abroad" written before the noun."""
    from chainlight.extract.frames import labour_frames

    hits = labour_frames("North Korea's government keeps most of its abroad workers' pay.", "en")
    assert [h.text for h in hits] == ["abroad workers"]


def test_the_group_hosted_where_it_is_placed() -> None:
    """A sentence whose group is placed abroad and which no other reader placed: its foreign countries are the group's
    hosts (a quote with no word of work: "staff in Laos and Vietnam", "40 to 50 of them in Angola")."""
    for text, codes in (("Staff in Cambodia and Laos would not let the visitors film inside.", {"kh", "la"}),
                        ("There are reportedly 40 to 50 of them in Angola.", {"ao"})):
        ex = extract_text(text)
        assert {m.key for m in ex.mentions if m.type == "destination"} == codes
        assert {m.key for m in ex.mentions if m.type == "channel"} == {"labour_export"}
