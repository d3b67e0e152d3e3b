"""Hanzi -> pinyin, through simplified characters so that 王建國 and 王建国 give the same keys."""

from __future__ import annotations

from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin

_T2S = opencc.OpenCC("t2s")

# Compound surnames, which would otherwise be split as surname + given name.
COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒", "夏侯"}


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    return str(_T2S.convert(text))


@lru_cache(maxsize=65536)
def pinyin(text: str) -> list[str]:
    """Toneless pinyin syllables, one per character (ü written as v by pypinyin becomes u)."""
    return [s.replace("v", "u") for s in lazy_pinyin(simplified(text), style=Style.NORMAL, errors="ignore")]


def joined(text: str) -> str:
    return "".join(pinyin(text))


def person_tokens(name: str) -> list[str]:
    """A Chinese personal name as surname + given name: 王建国 -> ['wang', 'jianguo']."""
    name = simplified(name)
    cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return [joined(name[:cut]), joined(name[cut:])] if len(name) > cut else [joined(name)]
