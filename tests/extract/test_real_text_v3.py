"""Classes found on the third real-world set (issue 15): lists of places and where workers are, Korean
months without a year, dates of enactments and of estimates, numbers in Hangul numerals, counts of people who
are employed, ranges that share their scale, a firm named by apposition, false beards."""

from __future__ import annotations

import datetime as dt

from benchmarks.extract.realworld.data import MAX_QUOTE_WORDS, load
from benchmarks.extract.realworld.run import SETS

from chainlight.extract.goods import find_goods
from chainlight.extract.numbers import parse_ko_number
from chainlight.extract.periods import find_periods
from chainlight.extract.phrases import candidates
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities


def countries(text: str) -> set[str]:
    return {h.value["country"] for h in find_destinations(text)}


def quantities(text: str) -> set[str]:
    out = set()
    for q in find_quantities(text):
        v = q.value
        out.add(f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") is not None else ""))
    return out


def periods(text: str, base: str) -> list[tuple[str | None, str | None]]:
    return [h.period for h in find_periods(text, dt.date.fromisoformat(base))]


def test_set_3_loads_apart_from_sets_1_and_2() -> None:
    units = load(SETS["3"])
    assert {u.lang for u in units} == {"en", "ko"} and {u.split for u in units} == {"dev", "heldout"}
    assert all(len(u.text.split()) <= MAX_QUOTE_WORDS for u in units if u.part != "whole")
    assert not {u.doc for u in units} & {u.doc for u in load(SETS["1"])}


def test_every_place_of_a_list_after_a_destination() -> None:
    assert countries("Workers were sent to Poland and Kuwait last year.") == {"pl", "kw"}
    assert countries("The fish was exported to Canada, Germany and elsewhere in the European Union.") == {
        "ca", "de", "eu"}


def test_where_workers_are_is_a_destination_but_not_where_they_come_from() -> None:
    assert countries("Some 3,000 workers are employed in the city of Hunchun.") == {"cn"}
    assert countries("Contract workers also labor in Africa, the Middle East and Mongolia.") == {"mn"}
    assert countries("They were forcibly repatriated from China.") == set()
    assert countries("The Workers' Party of Korea runs a company operating in Russia.") == set()
    assert countries("라오스 내에는 약 3천명의 북한 노동자가 일하고 있다.") == {"la"}
    assert countries("러시아, 브라질 등지에서 들여온 수산물을 가공했다.") == set()
    assert countries("북한에서 만든 가발이 중국에서 포장돼 일본, 서방으로 수출된다.") == {"cn", "jp"}
    assert countries("중국에서 가공한 뒤 미국으로 유통됐다.") == {"us"}  # no North Korean good named


def test_labour_export_in_the_present_tense_and_migrant_workers() -> None:
    assert {c.value["channel"] for c in find_channels("The state sends workers overseas.")} == {"labour_export"}
    assert {c.value["channel"] for c in find_channels("러시아의 북한 이주노동자")} == {"labour_export"}


def test_korean_month_without_a_year_is_the_latest_such_month() -> None:
    assert periods("해관총서가 공개한 9월 무역 자료", "2023-10-24") == [("2023-09", "2023-09")]
    assert periods("지난 11월 말 서류를 전달했다", "2024-06-04") == [("2023-11", "2023-11")]
    assert periods("북한이 지난달 수출한 품목", "2024-03-10") == [("2024-02", "2024-02")]
    assert periods("올 상반기(1월~6월) 수출", "2019-08-01") == [("2019-01", "2019-06")]


def test_enactments_and_estimates_date_no_claim() -> None:
    assert periods("On August 2, 2017, the President signed into law the Act.", "2018-01-01") == []
    assert periods("유엔 안보리가 2017년 9월 결의 2375호를 채택해 섬유 수출을 금지하자 2018년부터 가발을 수출했다",
                   "2024-01-01") == [("2018", None)]
    assert periods("The UN estimated in 2017 that the country earned money.", "2024-01-01") == []
    assert periods("Workers arrived in 2017.", "2024-01-01") == [("2017", "2017")]


def test_hangul_numerals_and_people_by_who_they_are() -> None:
    assert parse_ko_number("십만") == 100_000 and parse_ko_number("삼천") == 3000 and parse_ko_number("만") == 10_000
    assert quantities("중국에는 십만명이상의 북한 이주노동자가 있다") == {"workers=100000"}
    assert quantities("단둥에만 약 8만명의 북한국적자가 거주하고 있다") == {"people=80000"}
    assert quantities("공장에 35명의 북한 여성들이 고용됐다") == {"workers=35"}
    assert quantities("Sending workers abroad began; more than 40,000 Koreans got visas.") == {"workers=40000"}
    assert quantities("about 2.6 million persons were in modern slavery") == {"people=2600000"}


def test_a_range_shares_its_scale_and_currency() -> None:
    assert quantities("earned between 1,200 and 2,300 million dollars annually") == {"money=1200000000-2300000000"}


def test_a_firm_named_by_apposition_is_kept() -> None:
    found = [c for c in candidates("In May 2023, Hexi Ocean Food, a seafood processing company in Dalian, grew.")
             if c.type == "organisation"]
    assert [c.queries[0] for c in found] == ["Hexi Ocean Food"]
    assert not [c for c in candidates("The Treasury, a department of the government, acted.")
                if c.type == "organisation" and c.rule == "phrase:organisation_apposed"]


def test_false_beards_in_a_list_of_hair_goods() -> None:
    cats = {g.value["category"] for g in find_goods("가발과 수염, 눈썹 등의 제품을 수출했다", None)}
    assert "hair_pieces" in cats
    assert not find_goods("그는 수염을 길렀다", None)


def test_a_customs_detention_is_an_import_into_its_country() -> None:
    assert countries("On May 1, 2021, CBP detained two entries at the Port of Savannah") == {"us"}
    assert countries("U.S. Customs and Border Protection (CBP) denied the importer's protest") == set()


def test_a_short_word_may_stand_between_the_place_and_its_particle() -> None:
    assert countries("러시아 극동에서 일하는 북한 근로자가 5천 명 늘었다") == {"ru"}
    assert countries("북한 인력 145명이 중국 투먼(圖們)시 섬유공장에 취업했다") == {"cn"}


def test_hours_a_day_on_average_shares_as_ranges_and_adopted_resolutions() -> None:
    assert quantities("하루 평균 12시간 일을 한다") == {"work_hours=12"}
    assert quantities("매일 13시간씩 일한다") == {"work_hours=13"}
    assert quantities("임금이 20~30% 가량 올랐다") == {"share=20-30"}
    assert periods("2017년 12월 채택된 결의 2397호는 2019년 12월까지 송환하도록 했다", "2022-01-01") == [(None, "2019-12")]


def test_labour_export_named_after_the_sending() -> None:
    assert {c.value["channel"] for c in find_channels("중국에 파견된 북한 노동자들이 옷을 만든다")} == {"labour_export"}
    assert {c.value["channel"] for c in find_channels("근로자 500명씩을 보내기로 했다")} == {"labour_export"}
    assert not find_channels("북한 노동자를 고용했다")


def test_a_possessive_ends_a_name_and_a_report_date_is_no_period() -> None:
    orgs = [c.queries[0] for c in candidates("It is tied to the Munitions Industry Department of North Korea's party.")
            if c.type == "organisation"]
    assert orgs == ["Munitions Industry Department"]
    assert not [c for c in candidates("the U.S. Department of Homeland Security’s (DHS) Customs and Border Protection")
                if c.type == "organisation"]
    assert periods("images in The Guardian's November 2020 report of forced labor", "2021-04-01") == []


def test_a_count_of_firms_is_a_count_of_facilities() -> None:
    assert quantities("The advisory names more than 230 North Korean companies with joint ventures") == {"facilities=230"}


def test_a_korean_deadline_given_to_the_day_is_that_day() -> None:
    assert periods("모든 북한 주민을 2019년 12월 22일까지 송환하도록 했다", "2022-01-19") == [("2019-12-22", "2019-12-22")]
    assert periods("2019년 12월까지 송환하도록 했다", "2022-01-19") == [(None, "2019-12")]


def test_a_firm_that_owns_the_next_noun_keeps_its_name() -> None:
    orgs = [c.queries[0] for c in candidates("CBP denied Dandong Huayang Textiles and Garments Co., Ltd’s protest")
            if c.type == "organisation"]
    assert orgs == ["Dandong Huayang Textiles and Garments Co., Ltd"]


def test_korean_dates_joined_into_a_span_and_numbers_spaced_by_unit() -> None:
    assert periods("지난해 10월부터 올해 3월까지 2천명이 파견됐다", "2019-05-01") == [("2018-10", "2019-03")]
    assert quantities("전력 수출액 112만 2천 812달러를 뺀 금액") == {"money=1122812"}


def test_people_who_work_somewhere_are_workers() -> None:
    assert quantities("More than 100,000 North Koreans work in China.") == {"workers=100000"}
    assert quantities("약 3천명의 북한 여성들이 공장에서 일하고 있다") == {"workers=3000"}
