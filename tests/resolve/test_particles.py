"""particles.py: a name as a screener copies it out of running text, with the particle the sentence put after it
or between its parts (issue 14, round 24b's "Left").  The names are listed bodies and persons as Korean and
Japanese sentences write them; the others end in a syllable a particle may be and must keep it."""

from __future__ import annotations

import pytest

from chainlight.resolve.particles import particle_readings
from chainlight.resolve.written import query_readings


def _texts(name: str) -> list[str]:
    return [t for t, _ in particle_readings(name)]


@pytest.mark.parametrize(("name", "bare"), [
    ("리선권 외무상은", "리선권 외무상"),  # after the post beside a name
    ("조선광선은행의", "조선광선은행"),  # genitive
    ("최룡해가", "최룡해"),  # subject, a four-syllable word
    ("김정은은", "김정은"),  # a name ending in 은, then the topic particle
    ("조선무역은행과", "조선무역은행"),
    ("단천상업은행에서", "단천상업은행"),  # a particle of two syllables
    ("정찰총국은", "정찰총국"),
    ("조선노동당 측", "조선노동당"),  # the bound noun 측 (side), spaced or not
    ("高麗航空は", "高麗航空"),  # Japanese: hiragana after characters
    ("朝鮮労働党が", "朝鮮労働党"),
])
def test_the_particle_read_off(name: str, bare: str) -> None:
    assert _texts(name)[0] == bare


@pytest.mark.parametrize("name", [
    "조선광선은행", "조선", "금강은행", "대동강", "신의주", "해금강",  # no particle: the analyser reads one word
    "리성은", "김성만", "신영일", "고철만",  # a person's name of three syllables: no name of two and a particle
    "그랜드 카로",  # one syllable would be left of the word
    "평화의 수호자",  # 의 inside the name: genitive_reading's, not a particle closing it
    "目的地",  # 的 inside a word
])
def test_no_particle_read_off(name: str) -> None:
    assert _texts(name) == []


def test_japanese_no_between_parts() -> None:
    """の joins a unit to what it belongs to (read joined), and after a country leaves the rest alone."""
    assert _texts("朝鮮人民軍の戦略ロケット軍") == ["朝鮮人民軍戦略ロケット軍"]
    assert _texts("北朝鮮の金正恩総書記") == ["金正恩総書記", "北朝鮮金正恩総書記"]


def test_chinese_de_after_a_country() -> None:
    assert _texts("朝鲜的国家安全保卫部") == ["国家安全保卫部"]
    assert _texts("中国的银行") == ["银行"]


def test_read_again_as_any_query() -> None:
    """The name without its particle is read again: its post (posts.py), its country (written.py)."""
    texts = [t for t, _ in query_readings("리선권 외무상은")]
    assert texts[:2] == ["리선권 외무상", "리선권"]
    assert "金正恩" in [t for t, _ in query_readings("北朝鮮の金正恩総書記")]
    how = dict(query_readings("최룡해가"))["최룡해"]
    assert "particle" in how and "가" in how


def test_quotes_and_no_after_a_post() -> None:
    """Quotation marks around a name before its particle; の after a post leaves the name (and its honorific,
    with a bracketed reading before it, is read off by written.honorific_reading)."""
    assert _texts("‘라자루스’가")[0] == "라자루스"
    assert _texts('"조선광선은행"') == ["조선광선은행"]
    assert "金与正" in [t for t, _ in query_readings("朝鮮労働党副部長の金与正（キム・ヨジョン）氏は")]


def test_etc_closes_a_list_after_the_name() -> None:
    """등 (and others) after a name, then what the sentence says of the list (fitted to set 24's dev half)."""
    assert tuple(t for t, _ in particle_readings("뉴이스턴 쉬핑 등 사업체 3곳이"))[:1] == ("뉴이스턴 쉬핑", )
