"""Round 21: English readings of places and channels measured leave-one-set-out over the seen sets (1, 3-18): a
capitalised function word starting a run, a place named by its country's adjective, headline case, North Korea's
workers named without a verb, goods going into North Korea to be finished, permits counting workers, "between"
ranges after a figure, trade partners, exporters and entry."""

from __future__ import annotations

import pytest

from chainlight.extract import extract_text
from chainlight.extract.frames import LABOUR_RULE, PROCESSING_RULE, labour_frames, processing_frames
from chainlight.extract.periods import find_periods
from chainlight.extract.placed import workers_in
from chainlight.extract.places import countries_in_en, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.extract.topic import countries_of


def _codes(text: str) -> list[str]:
    return [code for _, _, code in countries_of(text, "en")]


def test_a_capitalised_function_word_does_not_hide_the_country_after_it() -> None:
    text = "In Senegal, they work 6 days a week"
    assert [(text[b:e], c) for b, e, c in countries_in_en(text)] == [("Senegal", "sn")]
    assert list(countries_in_en("It is said")) == []  # (two letters: no country code read from a word)


@pytest.mark.parametrize(("text", "code"), [
    ("In the Polish city of Szczecin, an undercover reporter found 800 North Koreans employed", "pl"),
    ("Some 4,000 North Koreans are working at construction sites in a suburb of the Kuwaiti capital", "kw"),
    ("eight North Korean workers were arrested by Kuwaiti authorities", "kw"),
    ("In Chinese river towns bordering North Korea, workers are trickling back", "cn"),
    ("loggers in the Russian Far East", "ru"),
])
def test_a_place_named_by_its_countrys_adjective(text: str, code: str) -> None:
    assert code in _codes(text)


def test_an_adjective_named_as_a_source_is_no_place() -> None:
    assert _codes("according to the Chinese authorities, the plant closed") == []


def test_headline_case_names_the_workers() -> None:
    assert workers_in("North Korean Workers in Kuwait Face Tight Information Controls") is not None


@pytest.mark.parametrize("text", [
    "estimated the number of North Korean laborers to be 90,000",
    "companies benefiting from EU funds are involved in the exploitation of North Korean workers",
    "the private employers who need a cheap North Korean workforce",
    "A recent study on North Korean forced labour in Europe",  # a place abroad: any noun of its labour
    "But North Korean work abroad, particularly in Russia, China and Southeast Asia, continues apace.",
    "help remote North Korean IT workers obtain jobs at more than 100 U.S. companies",
    "most of the workers are from North Korea's capital and have been sent to the country on employment visas",
])
def test_north_koreas_workers_named_as_a_body_are_labour_export(text: str) -> None:
    assert [h.rule for h in labour_frames(text, "en")] == [LABOUR_RULE]


@pytest.mark.parametrize("text", [
    "AP also tracked the products made by North Korean workers to Canada and Germany",  # the goods' chain
    "North Korean workers can produce 30 percent more clothes each day than a Chinese worker",
    "North Korean workers in prison camps",  # at home
])
def test_workers_making_goods_or_at_home_are_not_exported_by_the_noun_alone(text: str) -> None:
    assert labour_frames(text, "en") == []


@pytest.mark.parametrize("text", [
    "Many Chinese factories in Jilin and Liaoning Provinces send clothing items to North Korea to be finished",
    "factories in the DPRK where very well-known brands are being finished there, for shipment back to China",
    "the North had produced goods after receiving raw materials from more than 500 South Korean firms",
])
def test_goods_going_in_to_be_finished_are_processing_on_commission(text: str) -> None:
    assert [h.rule for h in processing_frames(text, "en")] == [PROCESSING_RULE]


def test_goods_sent_without_finishing_are_no_processing() -> None:
    assert processing_frames("North Korea sends coal to China by sea", "en") == []


def test_work_permits_count_workers() -> None:
    text = ("Russia said the number of work permits for North Korean workers had dropped from 30,023 to 11,490 "
            "between December 2017 and December 2018.")
    found = {(q.value["kind"], q.value["value"]) for q in find_quantities(text)}
    assert {("workers", 30023), ("workers", 11490)} <= found
    assert [p.period for p in find_periods(text)] == [("2017-12", "2018-12")]  # a figure before is no law's number
    assert {(q.value["kind"], q.value["value"]) for q in find_quantities("700 new work permits were issued")} == \
        {("workers", 700)}


@pytest.mark.parametrize(("text", "code"), [
    ("90% of North Korean trade is with China", "cn"),
    ("China is the largest exporter of wigs and other human hair products to the U.S.", "us"),
    ("Fish Processed by North Korean Labor Will Be Denied Entry into the U.S.", "us"),
    ("Last year saw China import US$500m worth of clothing from North Korea", "cn"),
])
def test_trade_partners_exporters_importers_and_entry(text: str, code: str) -> None:
    assert code in {h.value["country"] for h in find_destinations(text)}


def test_the_headline_reads_whole_through_the_extractor() -> None:
    ex = extract_text("North Korean Workers in Kuwait Face Tight Information Controls", learned=False)
    assert {(m.type, m.key) for m in ex.mentions if m.type in ("channel", "destination")} == \
        {("channel", "labour_export"), ("destination", "kw")}


# --- fitted from set 19's dev half after its blind run (reported apart) -------------------------------------------

def test_a_country_named_as_the_owner_of_a_region() -> None:
    assert _codes("from the late 1960s, North Korean loggers have been working in Russia’s Far East.") == ["ru"]


def test_joint_projects_are_joint_ventures() -> None:
    from chainlight.extract.places import find_channels

    hits = find_channels("the Far East joint logging projects employed over 20,000 North Korean workers")
    assert [h.value["channel"] for h in hits] == ["joint_venture"]


def test_goods_that_find_their_way_to_markets() -> None:
    text = "These logs, initially exported to China, eventually find their way across the world to markets in the EU and the USA."
    assert {h.value["country"] for h in find_destinations(text)} == {"cn", "eu", "us"}


def test_a_clock_range_in_words() -> None:
    found = find_quantities("“We don’t get paid, and we must work from 11 in the morning to midnight,” said the waitress.")
    assert [(q.value["kind"], q.value["value"]) for q in found] == [("work_hours", 13)]
    assert find_quantities("they worked from 2015 to 2019") == []


def test_russia_as_north_koreas_press_spells_it() -> None:
    text = "각종 고급어족들을 잡아 가공하여 중국,로씨야 등 여러 나라들에 수출하고있다."
    assert {h.value["country"] for h in find_destinations(text)} == {"cn", "ru"}


@pytest.mark.parametrize("text", [
    "这家餐厅于2014年开业,约有15名朝鲜人在那里工作。",  # the place of the sentence before
    "约15名朝鲜员工因餐厅关闭而失业。",  # a restaurant's staff
    "制裁也针对一间北韩企业参与出口北韩工人到海外",  # workers exported
])
def test_chinese_restaurant_staff_and_exported_workers(text: str) -> None:
    assert [h.rule for h in labour_frames(text, "zh")] == [LABOUR_RULE]


def test_chinese_restaurants_named_in_quotation_marks_and_firms_counted() -> None:
    from chainlight.extract import chinese

    names = [h.value["name"] for h in chinese.find_names("位于胡志明市的朝鲜餐厅“高丽餐厅”已于上周关闭。")]
    assert names == ["高丽餐厅"]
    counts = [(q.value["kind"], q.value["value"]) for q in chinese.find_quantities("被针对的公司分别是4间以中国为基地的公司")]
    assert counts == [("facilities", 4)]
