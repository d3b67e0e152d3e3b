"""Persons are no organisations: a name the lists hold as a person's, or a Korean person's name by its shape.

A report names the people designated with a firm in the same list as the firm ("코리아소백수무역회사와 김세은, 조경훈, 명철민
등 관련자 3명"); the readers of bodies that take the members of such a list as firms must not take the people.  Two
signs, neither a list of the names met: the lists' own schema (an entry of the watchlist whose schema is Person, matched
by its written name, as the gazetteer indexes bodies), and the shape of a Korean person's name (a family name of one
syllable and a given name of two, alone as a word), which no body's name in the seen sets has (their three-syllable
bodies are 평양관, 만수대, 월마트, 시스코: no family name opens them but 만, left out below as a rare one).
"""

from __future__ import annotations

import re

from chainlight.resolve.readings import KOREAN_SURNAMES as READINGS_SURNAMES

# The family names of Korea: the resolver's table (readings.KOREAN_SURNAMES, Statistics Korea's 2015 census with the
# spellings North Korea keeps for the initial ㄹ/ㄴ) without its rare one-syllable names, which open common words far
# more often than names (가, 동, 시, 태, 호, ...), and with 라, North Korea's spelling of 나; plus the four two-syllable
# names of that census's top (남궁, 황보, 제갈, 선우).
_RARE_SURNAMES = frozenset("가감계동두목범복빈시온음좌태피형호")
KOREAN_SURNAMES = (READINGS_SURNAMES - _RARE_SURNAMES) | {"라"}
KOREAN_DOUBLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우"})
_HANGUL = re.compile(r"[가-힣]+")
# A word that ends in a body's head is read as the body (국방성, 보건성, 노동부, 조선국): a person so named (박지성) is
# left to the other readers, which keep bodies only by their heads or lists
_BODY_END = re.compile(r"(?:성|부|국|청|원|소|사|단|대|회|관|군)$")


def korean_person_shaped(sentence: str, start: int, end: int) -> bool:
    """Is sentence[start:end] a Korean person's name by its shape: three syllables opening with a family name (or
    four opening with a two-syllable one), a word of its own (no Hangul run on before it)?"""
    name = sentence[start:end]
    if not _HANGUL.fullmatch(name) or (start > 0 and _HANGUL.match(sentence[start - 1])) or _BODY_END.search(name):
        return False
    if len(name) == 3:
        return name[0] in KOREAN_SURNAMES
    return len(name) == 4 and name[:2] in KOREAN_DOUBLE_SURNAMES
