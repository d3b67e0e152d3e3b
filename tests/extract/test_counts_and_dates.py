"""Figures, periods and goods read in round 11 of issue 15.  Sentences written for the test in the words press
reports use (not quotes of the real-world sets)."""

from __future__ import annotations

import datetime as dt

from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.periods import find_periods
from chainlight.extract.quantities import find_quantities


def figures(text: str) -> list[tuple[str, float]]:
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
        return [(h.value["kind"], h.value["value"]) for h in chinese.find_quantities(text)]
    return [(h.value["kind"], h.value["value"]) for h in find_quantities(text)]


def periods(text: str, base: dt.date) -> list[tuple[str | None, str | None]]:
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
        return [(h.value["start"], h.value["end"]) for h in chinese.find_periods(text, base)]
    return [h.period for h in find_periods(text, base)]


def test_a_count_that_moves_from_one_figure_to_another() -> None:
    assert figures("The number of North Korean workers in Poland fell from 1,250 in 2016 to 480 in 2019.") == [
        ("workers", 1250), ("workers", 480)]


def test_chinese_counts_of_migrant_workers_men_and_young_people() -> None:
    assert figures("北韩考虑派遣1.5万名移工前往俄国。") == [("workers", 15000)]
    assert figures("该团队由3至4名20多岁的年轻人组成。")[0] == ("workers", 3)
    assert figures("公寓里住着约8个大男人。") == [("workers", 8)]


def test_chinese_sums_in_taiwan_dollars() -> None:
    assert ("money", 24000) in figures("他们的月薪约800美元(约2.4万台币)。")


def test_korean_production_lines_are_no_facilities() -> None:
    assert figures("이 업체는 12개의 생산라인을 갖춘 공장을 지었다.") == []


def test_end_of_a_year_alone_is_the_year_and_since_early_month_stays_open() -> None:
    base = dt.date(2020, 3, 1)
    assert periods("Exports grew at the end of 2018.", base) == [("2018", "2018")]
    assert periods("Workers have been arriving since early January.", base) == [("2020-01", None)]


def test_korean_coming_month_and_within_the_year() -> None:
    assert periods("물량은 오는 9월께 들어올 예정이다.", dt.date(1995, 4, 2)) == [("1995-09", "1995-09")]
    assert periods("물량은 오는 2월께 들어올 예정이다.", dt.date(1995, 4, 2)) == [("1996-02", "1996-02")]
    assert periods("공장 3개를 연내 완공할 계획이다.", dt.date(2021, 6, 1)) == [("2021", "2021")]


def test_chinese_month_range_without_a_year_and_the_last_n_years() -> None:
    assert periods("在6-9月的禁渔期,需求由朝鲜产品填补。", dt.date(2019, 10, 1)) == [("2019-06", "2019-09")]
    assert periods("近3年来,外派目的地有所变化。", dt.date(2024, 5, 1)) == [("2022", "2024")]


def goods(text: str) -> list[str]:
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
    return sorted({h.value.get("category", "") for h in find_goods(text)})


def test_garments_by_kind_and_fish_as_goods() -> None:
    assert goods("북한산 작업복 10만장을 반입한다.") == ["apparel"]
    assert goods("The dried fish is packaged here and sold in Seoul.") == ["seafood"]
    assert goods("不少水产业者向朝鲜委托加工。") == ["seafood"]
    assert goods("석탄을 바지선에 옮겨 실었다.") == ["coal"]  # a barge is no pair of trousers


def test_a_year_compared_against_is_no_period() -> None:
    base = dt.date(2020, 7, 1)
    assert periods("Wig exports to China fell 40 per cent in 2019 from the previous year.", base) == [("2019", "2019")]
    assert periods("Last year the factory doubled its output.", base) == [("2019", "2019")]


def test_a_clock_range_with_a_later_end() -> None:
    assert figures("They sew from 6:00 am to 8:00 pm or even until 10:00 pm.") == [("work_hours", 14), ("work_hours", 16)]
