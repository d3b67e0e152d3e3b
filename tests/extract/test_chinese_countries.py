"""Chinese short names of countries read through CC-CEDICT (extract/chinese._cedict_countries).  Sentences written for
the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import extract_text
from chainlight.extract.chinese import _cedict_countries


def test_short_names_the_press_writes() -> None:
    def countries(text: str) -> list[str]:
        return sorted({m.value["country"] for m in extract_text(text).mentions if m.type == "destination"})

    assert countries("朝鲜向阿联酋和沙特派遣劳工。") == ["ae", "sa"]
    assert countries("在蒙古国工作的朝鲜劳工约有1000人。") == ["mn"]


def test_a_word_whose_first_sense_is_no_country_is_none() -> None:
    found = _cedict_countries({})
    assert found.get("阿联酋") == "ae"
    assert "孟加拉" not in found  # /Bengal/Bangladesh/: a region first
    assert "乔丹" not in found  # /Jordan (name)/: a person's name
    assert "毛织运动衫" not in found  # /jersey/: a garment, not the island
