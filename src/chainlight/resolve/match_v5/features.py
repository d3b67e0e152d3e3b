"""match_v5's new measures, beside match_v4's.

What match_v4 let through when screened against a million generated names (gen_names seed 1, 1M x 10k):
firms whose names agree but for the trade word, which each side writes as another English word of one meaning
(Staivous Textiles / Staibous Garments, Fol Exports / Pol Imports, Trust Ba Marine / Trust Fa Tankers).  The
analysis reads such words as one trade, so that a Korean or Chinese name meets its English listing (섬유 and
纺织 are 'textile', 服装 'garment', both of one sector); the measure below looks at the English words as
written, where a firm's own name keeps its own word.

And Korean and Chinese people one syllable apart, which the skeletons fold together so that a name is found
however it is romanized (Zeng / Zheng Fengyong, Kye Hyong-hong / Kye Hyong-hung): 129 of the non-matches let
through.  readings.py tells whether any reading of one name's syllables is a reading of the other's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainlight.resolve.normalize import fold
from chainlight.resolve.readings import AGREE, DIFFER, verdict
from chainlight.resolve.rendering import Analysis
from chainlight.resolve.vocab import LATIN, ROMANIZED_WORDS

# Korean and Chinese words of the Latin table, written out in Latin letters: a romanized name writes its
# trade so (Muyok, Kwangop), its English listing in English, and the two are one word in two languages
_ROMANIZED_TRADES = ROMANIZED_WORDS
# English words that say what a firm does: the trades, and the organisational words that take a trade's
# place in a firm's name (Enterprises, Holdings)
_TRADE_WORDS = frozenset(k for k, t in LATIN.items()
                         if " " not in k and k not in _ROMANIZED_TRADES
                         and (t.cls == "industry" or t.english in ("enterprise", "holdings")))
_WORD = re.compile(r"[a-z]+")


_SAME_STEM = 5  # letters a word shares with its English form when it is that word inflected (Banking, Bank)


def _lemma(word: str) -> str:
    """The word as one English word, less inflection: Textiles and Textile, Banking and Bank, Industries and
    Industrial are one word each; Textile and Garments, Marine and Shipping stay two."""
    english = LATIN[word].english
    stem = min(_SAME_STEM, len(word), len(english))
    if word[:stem] == english[:stem]:
        return english
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@lru_cache(maxsize=100_000)
def written_trades(name: str) -> frozenset[str]:
    """The English trade words a name is written with, as written (less inflection)."""
    return frozenset(_lemma(w) for w in _WORD.findall(fold(name)) if w in _TRADE_WORDS)


def trade_written(qa: Analysis, ca: Analysis) -> float:
    """1 when both firms write their trade in English words and each writes one the other does not: Staivous
    Textiles / Staibous Garments, Phoenix Gour Trading / Phoenix Gour Exports.  The words may mean one trade;
    a firm is still written with its own (a screen meets Daesong Trading as 'Daesong Trading', rarely as
    'Daesong Commerce').  A word one side adds (Ruby Graidru Mining / Ruby Graidru Mining Trading LLC) is
    match_v4's trade_extra, and a trade spelt wrong is no English word here: both are left out."""
    a, b = written_trades(qa.original), written_trades(ca.original)
    return 1.0 if a - b and b - a else 0.0


def readings(qa: Analysis, ca: Analysis) -> dict[str, float]:
    """reading_agrees: two people's names both read as Korean or as Chinese syllables and a reading of one is a
    reading of the other, syllable by syllable (Choe Hung-ye / Choi Heung Ye: 최흥예; Tung Fu Ning / Dong Funing,
    Wade–Giles / pinyin), one name in two romanizations that the skeletons, made to find names, still tell apart
    by a letter or two.  reading_differs: no reading of one is a reading of the other (Zeng / Zheng Fengyong:
    曾 / 郑; Ri Kyŏng Jong / Ri Kyŏng Ch'ŏng: 정 / 청; TANG Zhong / 唐忠阿, a syllable more).  Neither for
    names that are no Korean or Chinese name (Ivan / Iwan Petrov)."""
    said = verdict(qa.original, ca.original)
    return {"reading_differs": float(said == DIFFER), "reading_agrees": float(said == AGREE)}
