"""numbers.py: numbers written in Korean."""

from __future__ import annotations

import pytest

from chainlight.extract.numbers import parse_ko_number

# --- from tests/extract/test_real_text.py: What real reports need (issue 15): dates read against the
# publication date, Korean figures, imports, channels, goods beyond hair, and organisations of the chain
# apart from the authority that names them.


@pytest.mark.parametrize(("text", "value"), [
    ("7천432만", 74_320_000), ("1억3천500만", 135_000_000), ("1억 500만", 105_000_000), ("2억 2천만", 220_000_000),
    ("만9천", 19_000), ("천800", 1_800), ("4만6천", 46_000), ("9억2천52만", 920_520_000), ("11억", 1_100_000_000),
    ("410", 410), ("1,680", 1_680)])
def test_korean_numbers(text: str, value: int) -> None:
    assert parse_ko_number(text) == value
