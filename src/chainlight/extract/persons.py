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

# The family names of Korea borne by at least ~0.1 % of people (Statistics Korea, 2015 census of family names, the
# ~60 most frequent), with the spellings North Korea keeps for the initial ㄹ/ㄴ (리, 림, 류, 로, 라, 량, 렴), and the
# four two-syllable ones of that census's top (남궁, 황보, 제갈, 선우).  Rare one-syllable names (만, 시, 월, ...) are left
# out: they open common words far more often than names.
KOREAN_SURNAMES = frozenset([
    "김", "이", "리", "박", "최", "정", "강", "조", "윤", "장", "임", "림", "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍",
    "유", "류", "고", "문", "양", "량", "손", "배", "백", "허", "남", "심", "노", "로", "하", "곽", "성", "차", "주", "우", "구", "민",
    "나", "라", "진", "지", "엄", "렴", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
    "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용",
    "예", "경", "봉", "사", "부"])
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
