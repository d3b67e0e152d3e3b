"""The rule readers on their own: sentences, periods, figures, destinations and channels."""

from __future__ import annotations

import pytest

from chainlight.extract.periods import find_periods
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.extract.sentences import split


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = "Kaechon Kyohwaso No. 1 holds women. Sinhung Trading Co. sold wigs to the U.S. market.\n\n여성들이 일했다. 그러나 쉬지 못했다."
    sentences = split(text)
    assert [s.text for s in sentences] == ["Kaechon Kyohwaso No. 1 holds women.",
                                           "Sinhung Trading Co. sold wigs to the U.S. market.",
                                           "여성들이 일했다.", "그러나 쉬지 못했다."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.lang for s in sentences] == ["en", "en", "ko", "ko"]


@pytest.mark.parametrize(("text", "expected"), [
    ("at the beginning of the pandemic", ("2020-01", "2020-03")),
    ("after August 2022", ("2022-08", None)),
    ("between early 2020 and August 2022", ("2020-01", "2022-08")),
    ("in 2020", ("2020", "2020")),
    ("2022년 8월 이후", ("2022-08", None)),
    ("2020년 초부터 2022년 8월까지", ("2020-01", "2022-08")),
    ("코로나 초기에", ("2020-01", "2020-03")),
    ("from March 3, 2021 to late 2022", ("2021-03-03", "2022-12")),
    ("until 2019", (None, "2019")),
    ("in 2018-2019", ("2018", "2019")),
    ("since the pandemic began", ("2020-01", None)),
])
def test_periods(text: str, expected: tuple[str | None, str | None]) -> None:
    (hit,) = find_periods(text)
    assert hit.period == expected


def test_no_period_in_clock_times_or_counts() -> None:
    assert find_periods("They got up at 6 AM every day; 500 inmates.") == []


@pytest.mark.parametrize(("text", "kind", "value", "unit", "approx"), [
    ("worked 16 hours a day", "work_hours", 16, "hours/day", False),
    ("a 14-hour workday", "work_hours", 14, "hours/day", False),
    ("하루 16시간씩 일했다", "work_hours", 16, "hours/day", False),
    ("approximately 40 deaths", "deaths", 40, "persons", True),
    ("about forty prisoners died", "deaths", 40, "persons", True),
    ("40여 명이 사망했다", "deaths", 40, "persons", True),
    ("the 500 or so female inmates", "inmates", 500, "persons", True),
    ("수감자 약 500명", "inmates", 500, "persons", True),
    ("1,200 North Korean workers", "workers", 1200, "persons", False),
    ("3,000 wigs a month", "output", 3000, "wigs/month", False),
    ("25 yuan", "money", 25, "CNY", False),
])
def test_quantities(text: str, kind: str, value: float, unit: str, approx: bool) -> None:
    (hit,) = find_quantities(text)
    assert (hit.value["kind"], hit.value["value"], hit.value["unit"], hit.value["approximate"]) == \
        (kind, value, unit, approx)


def test_a_clock_time_is_not_a_figure() -> None:
    assert find_quantities("made them get up at 6 AM every day") == []


@pytest.mark.parametrize(("text", "codes"), [
    ("these wigs are exported to China, where they are processed", ["cn"]),
    ("sources living in North Korea, China, and elsewhere", []),
    ("the lashes were trucked across the border to Dandong", ["cn"]),
    ("Chinese buyers placed the orders", ["cn"]),
    ("제품은 중국으로 수출된다", ["cn"]),
    ("러시아로 보냈다", ["ru"]),
    ("goods went back to North Korea", []),
])
def test_destinations(text: str, codes: list[str]) -> None:
    assert [h.value["country"] for h in find_destinations(text)] == codes


@pytest.mark.parametrize(("text", "channel"), [
    ("posted on Internet platforms for sale", "internet_platforms"),
    ("sold on Pinduoduo", "internet_platforms"),
    ("인터넷 쇼핑몰에서 팔린다", "internet_platforms"),
    ("sold at wholesale markets in Yanji", "wholesale_market"),
    ("무역회사를 통해", "trading_company"),
    ("임가공 주문", "contract_processing"),
])
def test_channels(text: str, channel: str) -> None:
    assert [h.value["channel"] for h in find_channels(text)] == [channel]
