"""The Korean reading of a name written in Chinese characters (Hanja), from the `hanja` package's table of
Hanja → Hangul readings (suminb/hanja, WTFPL).

Chinese and Japanese documents write North Korean bodies in characters: 朝鲜大成银行, 朝鮮鉱業開発貿易会社.
Read in Mandarin they give "Chaoxian Dacheng Yinhang", which no list spells; read in Korean they give
조선대성은행, which the Hangul path of the analyser already knows as Korea Taesong Bank.  The table holds
traditional forms, and the simplified and Japanese ones it also lists (鲜, 银, 鉱, 発) read the same.
Characters the table does not know are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from chainlight.resolve.derived import derived

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SOURCE = "hanja package (Hanja → Hangul readings)"


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


# 金 is read 금 (gold) in words but 김 as the family name that starts a person's name (金正恩 = 김정은), and 沈
# 침 (sink) but 심 as a family name (沈光錫 = 심광석, SIM Kwang Sok); the table gives the word reading only.
# The other family-name readings differ by the initial-sound rule alone (李 이/리, 林 임/림), which the Hangul
# analysis already reads both ways.
_SURNAME_READINGS = {"金": "김", "沈": "심"}


def surname_reading(character: str) -> str | None:
    """A family name in one character read in Korean as a family name (金 김, not 금), else by the table."""
    return _SURNAME_READINGS.get(character) or reading_table().get(character)


_BODY_CLASSES = frozenset({"industry", "legal", "generic"})


@lru_cache(maxsize=50_000)
def ends_with_a_body_word(text: str) -> bool:
    """The name in characters closes with a word the analyser reads as a body's (銀行 bank, 会社 company, 党
    party): no person's name, so a first 金 is the word's (金剛銀行 금강은행, KUMGANG BANK), not the surname 김."""
    from chainlight.resolve.hanzi import simplified
    from chainlight.resolve.vocab import HANZI, HANZI_MAX_CHARS

    plain = simplified(text)
    return any((term := HANZI.get(plain[-n:])) is not None and term.cls in _BODY_CLASSES
               for n in range(min(HANZI_MAX_CHARS, len(plain) - 1), 0, -1))


@lru_cache(maxsize=1)
def reading_table() -> dict[str, str]:
    """The hanja package's table, loaded on the first name in characters: it is a YAML file of 27,000
    characters whose import costs about a second that a screen of Latin names need not pay."""
    return derived("hanja-table", "1", ("hanja",), _table)


def _table() -> dict[str, str]:
    from hanja.table import hanja_table

    return dict(hanja_table)


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@lru_cache(maxsize=1)
def _jp2t() -> opencc.OpenCC:
    return opencc.OpenCC("jp2t")


def _traditional(text: str) -> str:
    """The text in traditional characters, one for one (the text itself where OpenCC would change its length).
    Japanese forms by OpenCC's jp2t phrases first, which know the word a form stands in (総合 is 綜合 종합, not
    總合; 総局 總局 총국), where a form alone is read by one of its characters."""
    from chainlight.resolve.hanzi import japanese_form

    if any(japanese_form(c) for c in text):
        japanese = str(_jp2t().convert(text))
        if len(japanese) == len(text):
            text = japanese
    converted = str(_s2t().convert(text))
    return converted if len(converted) == len(text) else text


@lru_cache(maxsize=50_000)
def korean_reading(text: str, may_be_person: bool = True) -> str | None:
    """The name with each Chinese character replaced by its Korean reading, or None when that changes
    nothing (no characters, or none the table knows).  Without `may_be_person` (the text follows a place's
    name) a first 金 or 沈 is read as a word (金属 금속), not as a surname."""
    if not has_han(text):
        return None
    stripped = text.strip()
    head = _SURNAME_READINGS.get(stripped[:1]) if may_be_person and 2 <= len(stripped) <= 4 \
        and not ends_with_a_body_word(stripped) else None
    # each character by the table's own reading, which keeps an initial ㄹ (羅先 라선 Rason, 柳京 류경
    # Ryugyong) as North Korean spelling does; hanja.translate would apply the South's initial-sound rule
    # (나선, 유경), and the analyser already reads an initial ㄹ also as N or dropped
    body = stripped[1:] if head else stripped
    table = reading_table()
    # the table reads traditional characters; a simplified one may be another traditional character of its
    # own with another reading (台 태 for 臺 대, 术 출 for 術 술, 干 간 for 幹): each is read by the traditional
    # form OpenCC gives it in the name (万寿台 -> 萬壽臺 만수대, Mansudae)
    traditional = _traditional(body)
    read = "".join(table.get(t, table.get(c, c)) if t != c else table.get(c, c)
                   for c, t in zip(body, traditional, strict=True))
    if head:
        read = head + read
    return read if read != text else None
