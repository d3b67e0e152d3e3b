"""Round 22's reading rules: bodies named with a number or joined by "and" (phrases.py), labour export through visas,
repatriation, headline abbreviations and possessive hosts (frames.py, topic.py), and Korean spans of time and counts
(periods.py, quantities.py): the Juche year with the common one in brackets, months and two-digit years as ranges,
decades, a year's end, firms counted with 집."""

from __future__ import annotations

import datetime as dt

import pytest

from chainlight.extract.frames import LABOUR_RULE, labour_frames
from chainlight.extract.periods import find_periods
from chainlight.extract.phrases import candidates
from chainlight.extract.quantities import find_quantities
from chainlight.extract.topic import countries_of


def _organisations(text: str) -> list[str]:
    return [text[c.start:c.end] for c in candidates(text) if c.type == "organisation"]


@pytest.mark.parametrize(("text", "name"), [
    ("Association No. 2 receives 35% of proceeds of logging.", "Association No. 2"),
    ("its partner, Logging Company No. 2, gets 35 percent of the timber", "Logging Company No. 2"),
    ("Department 53 is involved in selling weapons.", "Department 53"),
])
def test_a_numbered_body_keeps_its_number(text: str, name: str) -> None:
    assert name in _organisations(text)


def test_bodies_joined_by_and_are_each_an_organisation() -> None:
    text = ("including Nackwon Guidance and Daesung Bureau of the Office 39, Ministry of Armed Forces, External "
            "Construction Bureau and Ministry of Trade and Ministry of Forestry")
    found = _organisations(text)
    for name in ("Nackwon Guidance", "Daesung Bureau of the Office 39", "Ministry of Armed Forces",
                 "External Construction Bureau", "Ministry of Trade", "Ministry of Forestry"):
        assert name in found


@pytest.mark.parametrize(("text", "part"), [
    ("Dandong Huayang Textiles and Garments Co., Ltd exported the goods.", "Dandong Huayang Textiles"),  # one firm
    ("the Ministry of Land and Environment Protection said", "Ministry of Land"),  # a part without a body's head
])
def test_one_name_with_and_stays_whole(text: str, part: str) -> None:
    assert part not in _organisations(text)


@pytest.mark.parametrize(("text", "words"), [
    ("N Koreans toiling in Russia's timber camps", "N Koreans"),
    ("Gaps in records cloak China’s North Korean ‘slave labourers’ in mystery", "North Korean ‘slave labourers"),
    ("the request from Phnom Penh included demands all North Korea's guest workers be repatriated.", "workers"),
    ("North Korea and Russia seem to be circumventing the restrictions through loopholes such as student visas.",
     "student visas"),
    ("but Russia has continued to issue work visas.", "work visas"),
])
def test_labour_export_in_visas_repatriation_and_headlines(text: str, words: str) -> None:
    hits = labour_frames(text, "en")
    assert [(h.rule, h.text) for h in hits] == [(LABOUR_RULE, words)]


@pytest.mark.parametrize("text", [
    "It did not protect trafficking victims when defectors were forcibly repatriated from China.",  # at home
    "It adds that a resolution required the repatriation of those guest workers by December 22, 2019.",  # no North Korea
])
def test_no_labour_export_without_its_frame(text: str) -> None:
    assert labour_frames(text, "en") == []


def test_a_possessive_host_is_a_country() -> None:
    assert [c for _, _, c in countries_of("N Koreans toiling in Russia's timber camps", "en")] == ["ru"]
    assert countries_of("Russia's Ministry of Labour said", "en") == []


def _periods(text: str, base: str) -> list[tuple[str | None, str | None]]:
    return [h.period for h in find_periods(text, dt.date.fromisoformat(base))]


@pytest.mark.parametrize(("text", "base", "period"), [
    ("주체91(2002)년 4월 9일에 조업한 이 공장은", "2004-09-22", ("2002-04-09", "2002-04-09")),
    ("지난 1~2월 북한에서 들여온 가발은", "2023-04-24", ("2023-01", "2023-02")),
    ("96~97년 사이 러시아에 파견됐다", "2010-01-01", ("1996", "1997")),
    ("북한은 1990년대 중반부터 외화벌이를 위해", "2017-01-01", ("1995", None)),
    ("2019년 말 기준으로 러시아에 있던 노동자", "2025-02-09", ("2019-12", "2019-12")),
    ("2023년 말부터 러시아에", "2025-01-01", ("2023", None)),  # a start known roughly: its year
])
def test_korean_spans(text: str, base: str, period: tuple[str | None, str | None]) -> None:
    assert _periods(text, base) == [period]


@pytest.mark.parametrize("text", ["10~15년 사이 일했다", "1~2년 사이 일했다"])
def test_korean_no_span(text: str) -> None:
    assert _periods(text, "2023-04-24") == []


def test_firms_counted_with_jip() -> None:
    hits = find_quantities("훈춘에는 41집의 가공기업과 83집의 무역형 기업이 있다")
    assert [(h.value["kind"], h.value["value"]) for h in hits] == [("facilities", 41), ("facilities", 83)]
    assert find_quantities("집에서 3시간 거리") == []


def test_quarters_of_a_relative_year() -> None:
    # (fitted from set 20's dev half, read after its blind run)
    assert _periods("지난해 3분기에 북한 주민 365명이 러시아에 입국했다", "2024-01-24") == [("2023-07", "2023-09")]
    assert _periods("작년 1분기(153명), 2분기(213명)에 비해", "2024-01-24") == [("2023-01", "2023-03"), ("2023-04", "2023-06")]
