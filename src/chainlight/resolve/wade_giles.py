"""Wade–Giles romanization of Chinese (Taiwan, Hong Kong, older Western records) read as pinyin.

Chiang Hsing-lung is Jiang Xinglong, Ta-lien is Dalian.  The phonetic skeleton already joins the aspirated
and plain stops (k/g, t/d, p/b, ch/zh/j/q), so only what it cannot see is rewritten here: hs-, ts-/tz-, j- (= r),
and the finals -ih, -ieh, -ien, -ueh, -ung, -iung, -erh, -uei.  A name is read this way only when one of its
words carries a sign no pinyin or Korean romanization has (hs-, ts-, tz-, -ih, -ieh, -ien, -ueh, -uei, ssu/szu), and
the pinyin reading is kept beside the original, never instead of it.  Rules from the Wade–Giles / pinyin
correspondence tables (e.g. Library of Congress, "Pinyin conversion project", 2000).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SIGN = re.compile(r"^(?:hs|ts|tz)|(?:ih|ieh|ien|ueh|uei)$|^(?:ssu|szu|erh)$")
_INITIALS = (("hs", "x"), ("tz", "z"), ("ts", "z"), ("ss", "s"), ("sz", "s"), ("j", "r"))
_FINALS = (("iung", "iong"), ("ung", "ong"), ("ieh", "ie"), ("ien", "ian"), ("ueh", "ue"), ("uei", "ui"),
           ("erh", "er"), ("ih", "i"))
# whole syllables: "i" alone is pinyin yi (Su-Chou I-Wen = Suzhou Yiwen)
_WHOLE = {"i": "yi", "yen": "yan", "yeh": "ye", "ko": "ge", "ho": "he", "kuo": "guo", "tzu": "zi", "tsu": "zu",
          "ssu": "si", "szu": "si"}


def looks_wade_giles(words: list[str]) -> bool:
    return any(_SIGN.search(w) for w in words if w.isalpha())


@lru_cache(maxsize=50_000)
def to_pinyin(word: str) -> str:
    """One Wade–Giles syllable (apostrophes already dropped) as pinyin; other words come back unchanged."""
    if not word.isalpha() or len(word) > 6:
        return word
    if word in _WHOLE:
        return _WHOLE[word]
    out = word
    for wg, py in _INITIALS:
        if out.startswith(wg) and len(out) > len(wg):
            out = py + out[len(wg):]
            break
    for wg, py in _FINALS:
        if out.endswith(wg):
            out = out[: -len(wg)] + py
            break
    if out.startswith("zi") and word.startswith(("ts", "tz")) and len(out) > 2:
        out = "ji" + out[2:]  # ts/tz before i is pinyin j (tsing = jing)
    return out
