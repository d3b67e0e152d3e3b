"""A body's name in Vietnamese read in the characters its Sino-Vietnamese words write, in the order Chinese writes them.

Vietnamese names a body with Sino-Vietnamese words (Hán-Việt: Tổng cục trinh sát is 總局 偵察, Đảng Lao động 黨 勞動,
Triều Tiên 朝鮮), head first as French does (the general bureau of reconnaissance), where Chinese and Korean put the
head last (偵察總局, 정찰총국).  Each word of the name is looked up in the Quốc ngữ -> Hán-Nôm dictionary that the
`pychunom` package ships (its OpenCC table, longest word first), and kept where its characters are a word of
CC-CEDICT (native Vietnamese words, written in Nôm characters, and guesses one syllable long are left out: nhà nước,
miền); the words are then put in the reverse order (Ủy ban Tuyên truyền Đảng Lao động Triều Tiên -> 朝鮮 勞動 黨 宣傳)
and the characters read as any name in characters is (translated by CC-CEDICT, read in Korean).  A name in Latin
letters among the words (Chosun Expo) is kept in its place.  Only a name with Vietnamese letters is read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from chainlight.resolve.cedict import lookup
from chainlight.resolve.normalize import is_han

SOURCE = "pychunom (Quốc ngữ → Hán-Nôm dictionary), CC-CEDICT"
HOW = "Sino-Vietnamese words in their characters, in Chinese order"
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
_TONE_MARKS = ("\u0323", "\u0309")  # dot below, hook above: Vietnamese tones no other language of the lists writes
_LONGEST_WORD = 4  # syllables
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_HEAD_SENSES = 3  # a one-syllable word's first senses, one of which must be a word of the lists' bodies' names


def is_vietnamese(name: str) -> bool:
    """Whether a name writes a letter or a tone mark only Vietnamese writes among the lists' languages."""
    if name.isascii():
        return False
    return any(c in _VIETNAMESE_LETTERS or any(t in unicodedata.normalize("NFD", c) for t in _TONE_MARKS)
               for c in name)


@lru_cache(maxsize=1)
def _converter() -> Any | None:
    """OpenCC with pychunom's table (its own config file fails OpenCC's schema check: the table read directly)."""
    import importlib.util
    import json
    import tempfile

    # the package's data, found without importing it (its import builds a converter of its own config, which
    # OpenCC warns about on stderr)
    spec = importlib.util.find_spec("pychunom")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - declared in pyproject
        return None
    import opencc

    table = Path(next(iter(spec.submodule_search_locations))) / "dict" / "chunom.ocd2"
    config = {"name": "Quoc Ngu to Han-Nom words", "segmentation": {"type": "mmseg", "dict": {"type": "ocd2",
              "file": str(table)}}, "conversion_chain": [{"dict": {"type": "ocd2", "file": str(table)}}]}
    with tempfile.TemporaryDirectory(prefix="chainlight-chunom-") as tmp:
        path = Path(tmp) / "chunom.json"
        path.write_text(json.dumps(config), encoding="utf-8")
        return opencc.OpenCC(str(path))  # the config and table are read here


@lru_cache(maxsize=20_000)
def characters(word: str) -> str | None:
    """The characters of a Sino-Vietnamese word (syllables apart: "trinh sát" -> 偵察), where the dictionary writes it
    whole in characters that are a CC-CEDICT word (of one syllable, one whose first senses name a body: đảng 黨
    party, cục 局 bureau); None otherwise."""
    conv = _converter()
    if conv is None:
        return None
    out = conv.convert(unicodedata.normalize("NFC", word).lower().replace(" ", "-")).replace("-", "")
    if not out or not all(is_han(c) for c in out) or len(out) != len(word.split()):
        return None
    entry = lookup(out)
    if entry is None:
        return None
    if " " not in word and not any(w in _body_words() for s in entry.senses[:_HEAD_SENSES] for w in s.split()):
        return None  # one syllable: many characters sound alike (bộ is 部 ministry or 步 step); a body's head word only
    return out


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    from chainlight.resolve.european import list_vocabulary

    return list_vocabulary()


def _a_vietnamese_syllable(word: str) -> bool:
    """A word the dictionary writes in a character (Khai 開, Lao 勞): Vietnamese written without its marks."""
    conv = _converter()
    return conv is not None and all(is_han(c) for c in conv.convert(word.lower()))


def reading(name: str) -> tuple[str, str] | None:
    """(the name's Sino-Vietnamese words in characters, head last, how) for a Vietnamese name; None where it is not
    Vietnamese or two such words are not found."""
    if not is_vietnamese(name):
        return None
    words = _WORD.findall(unicodedata.normalize("NFC", name))
    groups: list[str] = []
    found: list[str] = []
    latin: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST_WORD, len(words) - i), 0, -1):
            chars = characters(" ".join(words[i:i + n]))
            if chars is not None:
                if latin:
                    groups.append(" ".join(latin))
                    latin = []
                groups.append(chars)
                found.append(f"{' '.join(words[i:i + n])} = {chars}")
                i += n
                break
        else:
            w = words[i]
            # a foreign own name (Chosun Expo, Bluenoroff): a capital and no Vietnamese letter; kept in its place
            if w[0].isupper() and w.isascii() and not _a_vietnamese_syllable(w):
                latin.append(w)
            elif latin:
                groups.append(" ".join(latin))
                latin = []
            i += 1
    if latin:
        groups.append(" ".join(latin))
    if len(found) < 2:  # one word alone is a guess at a word, no body's name
        return None
    text = "".join(g if all(is_han(c) for c in g) else f" {g} " for g in reversed(groups)).strip()
    text = " ".join(text.split())
    return text, f"{HOW}: {name} → {text} ({'; '.join(found)}; {SOURCE})"
