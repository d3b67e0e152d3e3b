"""Hosts read from a sentence's topic (extract/topic.py): countries of a sentence about North Korean workers."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from tests.helpers.extract_rules import places_and_channels


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([])


_read = places_and_channels


def test_countries_that_stop_visas_of_workers_host_them(gaz: Gazetteer) -> None:
    places, channels = _read("Oman and Bahrain stopped issuing visas for North Korean workers last year.", gaz)
    assert places == {"om", "bh"}
    assert "labour_export" in channels


def test_a_country_the_workers_were_sent_to_places_them(gaz: Gazetteer) -> None:
    places, channels = _read("Young women from North Korea sent to Mongolia sew garments for export.", gaz)
    assert "mn" in places and "labour_export" in channels


def test_sources_authorities_and_adjectives_host_no_one(gaz: Gazetteer) -> None:
    places, _ = _read("South Korea's intelligence service said North Korean workers earn little.", gaz)
    assert places == set()
    places, _ = _read("A Chinese company supplied the DPRK government, which sends IT workers abroad.", gaz)
    assert "cn" not in places
    # a sanctions law that names countries, in Korean; money named by its country
    places, _ = _read("미국의 '북한·러시아·이란 제재 법안'에는 해외에서 북한 노동자를 고용하지 못하도록 하는 조항이 있다.", gaz)
    assert places == set()
    places, _ = _read("북한 노동자들은 가발 한 개당 중국 돈 2위안을 받는다.", gaz)
    assert places == set()


def test_chinese_and_korean_sentences_about_workers(gaz: Gazetteer) -> None:
    places, channels = _read("俄罗斯已经超过中国,成为雇用北韩劳动人力最多的国家。", gaz)
    assert places == {"ru", "cn"} and "labour_export" in channels
    places, _ = _read("中国工人月薪为3000元,朝鲜工人为1500元。", gaz)
    assert "cn" not in places
    places, channels = _read("쿠웨이트와 카타르는 북한 노동자들의 비자 갱신을 중단했다.", gaz)
    assert places == {"kw", "qa"} and "labour_export" in channels


def test_a_sentence_pointing_back_takes_the_place_before(gaz: Gazetteer) -> None:
    places, channels = _read("去年该服装厂因停电搬到了中国境内。该厂现有300名朝鲜女工。", gaz)
    assert places == {"cn"} and "labour_export" in channels
    # no workers in the second sentence: nothing is carried to it
    ex = extract_text("去年该服装厂因停电搬到了中国境内。该厂的产品销量很好。", gazetteer=gaz)
    assert not [m for m in ex.mentions if m.rule == "destination:host:carried"]


def test_chinese_works_built_made_on_commission_and_exported(gaz: Gazetteer) -> None:
    places, _ = _read("朝鲜在纳米比亚承建了国家英雄纪念碑。", gaz)
    assert places == {"na"}
    places, _ = _read("这家工厂生产的西装出口日本。", gaz)
    assert places == {"jp"}
    places, _ = _read("中国从朝鲜进出口货物的数量下降了。", gaz)
    assert places == set()


def test_a_north_korean_firm_building_abroad_and_workers_sent_in_other_words(gaz: Gazetteer) -> None:
    places, channels = _read("Housing projects by North Korea's state-owned Mansudae were completed in Mozambique and Togo.", gaz)
    assert places == {"mz", "tg"}
    places, channels = _read("북한이 러시아 극동 지역에 2만 명의 노동자를 송출했다.", gaz)
    assert places == {"ru"} and "labour_export" in channels
    places, channels = _read("朝鲜派出的劳工的接收国主要是中国和俄罗斯。", gaz)
    assert places == {"cn", "ru"} and "labour_export" in channels
    _, channels = _read("约有3万北韩人在海外打工。", gaz)
    assert "labour_export" in channels
    _, channels = _read("Cooks, builders and seamstresses - who are sent abroad - hand most of their pay to the state.", gaz)
    assert "labour_export" in channels


def test_neighbouring_chinese_numerals_are_a_range(gaz: Gazetteer) -> None:
    ex = extract_text("据估计,约有三四万朝鲜工人在俄罗斯工作。", gazetteer=gaz)
    counts = [m.value for m in ex.mentions if m.type == "quantity"]
    assert counts and counts[0]["value"] == 30000 and counts[0]["max"] == 40000
    ex = extract_text("有五十六万名朝鲜工人。", gazetteer=gaz)  # (56万: no range)
    assert [m.value["value"] for m in ex.mentions if m.type == "quantity"] == [560000]


def test_money_with_its_currency_country_and_australian_dollars(gaz: Gazetteer) -> None:
    ex = extract_text("The owner pays the state 2400 Chinese yuan ($A470) a month for each worker.", gazetteer=gaz)
    sums = {(m.value["value"], m.value["unit"]) for m in ex.mentions if m.type == "quantity"}
    assert {(2400, "CNY"), (470, "AUD")} <= sums
