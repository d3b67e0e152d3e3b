"""initial_sound.py: a northern name in the South's spelling read back in the North's (issue 14, round 26): the
South's initial-sound law (두음법칙) undone, in Hangul and in Revised Romanization."""

from __future__ import annotations

import pytest

from chainlight.resolve.initial_sound import given_syllables, northern_syllables, readings
from chainlight.resolve.written import query_readings


def _texts(name: str) -> list[str]:
    return [t for t, _ in readings(name)]


def test_the_laws_correspondences() -> None:
    assert northern_syllables("용") == ("룡",)  # ㄹ dropped before y; no 뇽 is a Sino-Korean reading
    assert northern_syllables("여") == ("려", "녀")  # ㄹ or ㄴ dropped before y
    assert northern_syllables("노") == ("로",)  # ㄹ written ㄴ before another vowel
    assert northern_syllables("김") == ()
    assert given_syllables("여") == ("려",) and given_syllables("남") == ()  # a name's syllable: the dropped ㄹ only


@pytest.mark.parametrize(("name", "north"), [
    ("최용해", "최룡해"),  # CHOE Ryong Hae
    ("이영길", "이령길"),  # a given name's syllables, the family name left to the surnames' table
    ("조선노동당 기계공업부", "조선로동당 기계공업부"),  # 노동 (勞動): a word of the compound
    ("고려여행사", "고려려행사"),  # 여행 (旅行)
    ("Choi Yong-hae", "Choi Ryong-hae"),  # Revised Romanization
    ("CHOE Yong Hae", "CHOE Ryong Hae"),
])
def test_read_back(name: str, north: str) -> None:
    assert north in _texts(name)


@pytest.mark.parametrize("name", [
    "김정은", "Kim Jong Un", "조선인민군", "유한공사", "한국원자력연구원", "인터내셔널", "김남철", "Kim Nam Chol",
    "朝鲜劳动党", "Ким Чен Ын", "", "Elena Wagner",
])
def test_left_alone(name: str) -> None:
    """No law to undo (김정은), a word whose southern form is a dictionary word too (연구), a loanword, the
    law's ㄴ-for-ㄹ in a given name (남), and every other script."""
    assert readings(name) == []


def test_in_query_readings_after_a_post_and_particle() -> None:
    texts = [t for t, _ in query_readings("최용해 총정치국장은")]
    assert "최룡해" in texts
