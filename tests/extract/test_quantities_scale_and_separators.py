"""Figures of persons as English-language reports write them: a scale word belongs to the figure of workers ("1.5
million workers"), and a dot with three digits after it, in a count of persons with no scale word, separates thousands
("between 1.000-1.100 prisoners", as a European NGO's report wrote Chongori's population): persons are counted whole."""

from __future__ import annotations

from chainlight.extract.quantities import find_quantities


def values(text: str) -> list[tuple[str, object, object]]:
    return [(h.value["kind"], h.value["value"], h.value.get("max")) for h in find_quantities(text)]


def test_a_scale_word_is_the_figure_of_workers() -> None:
    assert values("North Korea sent about 1.5 million workers abroad") == [("workers", 1_500_000, None)]
    assert values("1-2 million workers") == [("workers", 1_000_000, 2_000_000)]
    assert values("50,000 North Korean workers") == [("workers", 50_000, None)]


def test_a_dot_before_three_digits_separates_thousands_in_a_count_of_persons() -> None:
    assert values("a prison camp holding between 1.000-1.100 prisoners annually") == [("inmates", 1000, 1100)]
    assert values("up to 1.200 inmates") == [("inmates", 1200, None)]


def test_a_decimal_stays_a_decimal_where_a_scale_word_or_another_unit_stands() -> None:
    assert values("some 2.6 million people") == [("people", 2_600_000, None)]
    assert values("3.5 tonnes of wigs") == [("weight", 3.5, None)]
    assert values("a 2.5% share") == [("share", 2.5, None)]
