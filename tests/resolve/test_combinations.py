"""The first combinations of options, best first, without the full product."""

from itertools import product

import pytest

from chainlight.resolve.combinations import first_combinations
from chainlight.resolve.translation import Translator


@pytest.mark.parametrize("sizes", [[3], [2, 2], [4, 1, 3], [5, 5, 5, 2], [1, 1]])
def test_the_order_of_the_sorted_product(sizes: list[int]) -> None:
    want = sorted(product(*(range(n) for n in sizes)), key=lambda ks: (sum(ks), ks))
    assert first_combinations(sizes, 8) == want[:8]


def test_sixty_words_of_four_options_each_are_not_multiplied_out() -> None:
    assert first_combinations([4] * 60, 8)[:2] == [(0,) * 60, (0,) * 59 + (1,)]
    assert first_combinations([4, 0], 8) == []


def test_a_long_name_of_loanwords_is_read_in_bounded_time_and_memory() -> None:
    # 300 characters of 컴퓨터센터: 120 loanwords, four English candidates each (4^120 combinations)
    readings = Translator(["computer", "computers", "center", "centre", "korea"]).readings("컴퓨터센터" * 60)
    assert 0 < len(readings) <= 32
    assert readings[0].text.startswith("computer")
