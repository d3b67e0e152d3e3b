"""Period classes found on the ninth real-world set's held-out half once it was seen (round 10 of issue 15): dates of
statements and reports, founding years, "the same year" and "two years ago" in Korean, and a long speaker before 披露 in
Chinese.  Sentences written for the test in the words press reports use."""

from __future__ import annotations

import datetime as dt

from chainlight.classify import Classifier
from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import places, spans

BASE = dt.date(2019, 12, 12)


def ko_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(text)}


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(chinese.simplified(text))}


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(chinese.simplified(text))}


def zh_spans(text: str, base: dt.date) -> set[tuple[str | None, str | None]]:
    return {(h.value["start"], h.value["end"]) for h in chinese.find_periods(chinese.simplified(text), base)}


def test_the_same_year_standing_alone_takes_the_last_year_written() -> None:
    assert spans("지난 2018년 말 외교부는 같은 해 6월 초 기준으로 체류 중인 북한 노동자가 300명이라고 밝혔다.", BASE) == {
        ("2018-06", "2018-06")}


def test_a_date_opening_a_statement_by_a_speaker_after_it_dates_the_statement() -> None:
    assert spans("2018년 3월 통일부는 북한 노동자 수가 줄었다고 밝혔다.", BASE) == set()
    # the date of what happened, with the speaker before it, stays
    assert spans("통일부는 2018년 3월 북한 노동자 수가 줄었다고 밝혔다.", BASE) == {("2018-03", "2018-03")}


def test_a_date_of_a_report_coming_out_is_no_period() -> None:
    assert spans("2018년 5월에는 북한 노동자들이 조선소에 투입됐다는 현지 언론의 보도가 나왔다.", BASE) == set()


def test_a_founding_year_and_years_ago() -> None:
    assert spans("이 회사는 두 나라가 1990년 세운 합작 회사다.", BASE) == set()
    assert spans("3년 전 한 공사 현장에서 북한 노동자가 숨진 사고가 있었다.", BASE) == {("2016", "2016")}
    # "N years ago onwards" is a span left to other readers
    assert ("2016", "2016") not in spans("3년 전부터 일했다.", BASE)


def test_a_year_before_a_long_speaker_and_disclosed_dates_the_disclosure() -> None:
    assert zh_spans("2017年韩国统一研究院披露,朝鲜的外派劳工约有10万人。", BASE) == set()


# ----------------------------------------------------------------------------------------------- destinations
def test_korean_workplaces_abroad_include_shipyards_farms_and_mines() -> None:
    assert places("지난해 폴란드의 한 조선소에서 일하던 북한 노동자가 다쳤다.") == {"pl"}
    assert places("러시아의 한 농장에서 북한 노동자들이 일한다.") == {"ru"}


def test_the_emirates_by_their_latin_initials_in_korean() -> None:
    assert places("북한 노동자 500명 정도가 다음 달 UAE에 들어올 예정이다.") == {"ae"}


def test_a_country_whose_buyers_order_or_take_delivery() -> None:
    assert places("북한 노동자들이 일본의 주문 물량을 맞추느라 밤샘 작업을 한다.") == {"jp"}
    assert places("미국 업체가 주문한 셔츠를 북한 노동자들이 만들었다.") == {"us"}
    assert places("이 공장은 한국 납품 의류를 만든다.") == {"kr"}


def test_chinese_countries_where_north_korean_workers_work() -> None:
    assert zh_places("记者走访了有大批朝鲜劳工工作的俄罗斯和波兰。") == {"ru", "pl"}


# ----------------------------------------------------------------------------------------------- goods
def test_metals_in_a_list_with_coal_and_the_chinese_word_for_a_wig(classifier: Classifier) -> None:
    assert {g.value["category"] for g in find_goods("Inmates mine coal, zinc, lead and other ores.", classifier)} == {
        "coal", "minerals"}
    assert not find_goods("The party will lead, and the others follow.", classifier)
    assert {g.value["category"] for g in find_goods("女工们在工厂里手工钩织发套", classifier)} == {"wigs"}


# ----------------------------------------------------------------------------------------------- figures
def test_one_workers_death_in_korean_without_a_number() -> None:
    assert ko_figures("지난달 러시아의 한 건설 현장에서 북한 노동자가 추락해 숨졌다.") == {"deaths=1"}
    # a counted group keeps its count and gets no second death
    assert "deaths=1" not in ko_figures("지난해 3명의 북한 노동자가 숨졌다.")


def test_host_currencies_in_chinese() -> None:
    assert zh_figures("他们每月工资为120KD,合人民币2500元") == {"money=120", "money=2500"}
    assert zh_figures("月薪约900卡塔尔里亚尔") == {"money=900"}
