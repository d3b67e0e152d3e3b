"""Hanzi -> pinyin, through simplified characters so that 王建國 and 王建国 give the same keys."""

from __future__ import annotations

from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

_T2S = opencc.OpenCC("t2s")

# Compound surnames, which would otherwise be split as surname + given name.
COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒", "夏侯"}


_JP2T = opencc.OpenCC("jp2t")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Simplified characters.  Japanese forms (総 鉱 発 険: shinjitai, outside the GB 2312 set Chinese is
    written in) are first made traditional by OpenCC's jp2t, so that 朝鮮鉱業開発 reads as 朝鲜矿业开发; a
    character GB 2312 has is Chinese as it stands (芸 is a Chinese name's yun, not Japanese for 藝).  ASCII text
    (most names a screen asks) is left as it is, as OpenCC leaves it."""
    if text.isascii():
        return text
    if any(not _in_gb2312(c) for c in text):
        text = "".join(str(_JP2T.convert(c)) if not _in_gb2312(c) else c for c in text)
    return str(_T2S.convert(text))


@lru_cache(maxsize=65536)
def japanese_form(ch: str) -> bool:
    """A character in its Japanese form (shinjitai: 総 労 鉱 伝): one Chinese writes in no form (not in GB 2312)
    and that Japanese writes for another (OpenCC's jp2t changes it); 萬 and 臺 are traditional Chinese."""
    return not _in_gb2312(ch) and str(_JP2T.convert(ch)) != ch


@lru_cache(maxsize=65536)
def _in_gb2312(ch: str) -> bool:
    if ord(ch) < 0x3400:
        return True  # not a CJK ideograph: nothing to convert
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=65536)
def pinyin(text: str) -> list[str]:
    """Toneless pinyin syllables, one per character (ü written as v by pypinyin becomes u).

    Names are read character by character (cached), not as phrases: pypinyin's phrase lookup costs more
    than it gains on names, whose characters are read in their name sense far more often than not.
    """
    text = simplified(text)
    out: list[str] = []
    i = 0
    while i < len(text):
        # pypinyin's phrase dictionary gives the reading of words whose characters read otherwise alone
        # (重庆 chongqing, not zhongqing); the longest known phrase from here wins, else one character
        for n in range(min(_MAX_PHRASE, len(text) - i), 0, -1):
            piece = text[i:i + n]
            if n == 1 or piece in PHRASES_DICT:
                out.extend(_piece_pinyin(piece))
                i += n
                break
    return out


_MAX_PHRASE = 4


@lru_cache(maxsize=60_000)
def _piece_pinyin(piece: str) -> tuple[str, ...]:
    return tuple(s.replace("v", "u") for s in lazy_pinyin(piece, style=Style.NORMAL, errors="ignore"))


def joined(text: str) -> str:
    return "".join(pinyin(text))


# Characters read otherwise as a surname than in their commonest sense, which is what pypinyin gives alone
# (曾 ceng 'once' / Zeng, 单 dan 'single' / Shan); the surname readings from the Xinhua Zidian.
SURNAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
                    "缪": "miao", "覃": "qin", "翟": "zhai"}


def person_tokens(name: str) -> list[str]:
    """A Chinese personal name as surname + given name: 王建国 -> ['wang', 'jianguo'], 曾树鹏 -> ['zeng', ...]."""
    name = simplified(name)
    cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    if len(name) <= cut:
        return [joined(name)]
    return [SURNAME_READINGS.get(name[:cut]) or joined(name[:cut]), joined(name[cut:])]
