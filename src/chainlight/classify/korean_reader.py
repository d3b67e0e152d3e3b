"""hs_v5's own Korean reader: a listing's Korean product words as the English words of the trade (option
"korean_reader", table hs_v5/korean.yaml).

The shared readers (the Korean glossary of hs_v3, kiwipiepy nouns read through their Hanja) serve hs_v3 and hs_v4
as released and cannot change under them.  hs_v5 reads a Korean title through its own table first: each key found
in a run of Hangul is replaced by the English the hand vocabulary and the nomenclature know, so that 인디오 여성용 LA
트레이닝 코튼 밴딩 팬츠 is read as "... women's LA knitted track suit trousers cotton banding pants", not through the
Hanja homophone of 여성 (厲聲, "voice"); colour words, which name no good, are read as nothing.  Titles without Hangul
are returned as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from chainlight.classify.normalize import normalize_text
from chainlight.errors import InputError

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
TABLE = "hs_v5/korean.yaml"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    text = (resources.files("chainlight.classify") / "hs_v5" / "korean.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise InputError(TABLE, "expected a mapping of Korean words to English")
    table = {normalize_text(str(k)): " " + normalize_text(str(v or "")) + " " for k, v in data.items()}
    from chainlight.trie_pattern import trie_pattern

    # one syllable, and words read as nothing (colours), only as a word of their own; longer keys anywhere in a run
    # (쿨토시, 낚시놀이, 칼라클레이)
    short = [k for k in table if len(k) == 1 or not table[k].strip()]
    long = [k for k in table if k not in short]
    parts = [f"(?:{trie_pattern(long)})"] if long else []
    if short:
        parts.append(rf"(?<![\w])(?:{'|'.join(map(re.escape, short))})(?![\w])")
    return table, re.compile("|".join(parts))


def read_korean(text: str) -> str:
    """The normalised text with the table's Korean words replaced by their English (text without Hangul: as is)."""
    if text.isascii() or _HANGUL.search(text) is None:
        return text
    table, pattern = _table()
    out = pattern.sub(lambda m: table[m.group(0)], text)
    return " ".join(out.split()) if out != text else text
