"""Korean and Chinese organisational words as they are written out in Latin letters, keyed by skeleton.

Company names are often romanized whole: Jiangsu Rongzhi Shiye Youxian Zeren Gongsi is Jiangsu Rongzhi
Industrial Co., Ltd., Namjang Mulsan Ryonhaphoesa is Namjang Trading United Company.  Rather than listing
every spelling by hand, each Hangul and Hanzi term of the vocabulary is romanized here with the same
romanizers the names go through (McCune–Reischauer, the DPRK's usage, Revised Romanization, pinyin) and
stored by phonetic skeleton, so that Wade–Giles (Kang-T'ieh = gangtie) and the Korean systems (Kisul /
Gisul, Jusikhoesa / Chusikhoesa) all land on the one term.

A one-syllable term (成, 성, 厂) is left out: as a word on its own it is far more often a name.
"""

from __future__ import annotations

from chainlight.resolve import hangul, hanzi
from chainlight.resolve.normalize import skeleton
from chainlight.resolve.vocab import HANGUL, HANZI, NOT_ROMANIZED, Term

MIN_SKELETON = 4  # shorter skeletons (ke ji, tu ja) are as often a pair of name syllables


def _table() -> dict[str, Term]:
    out: dict[str, Term] = {}
    for word, term in HANZI.items():
        if len(word) >= 2 and word not in NOT_ROMANIZED:
            out.setdefault(skeleton(hanzi.joined(word)), term)
    for word, term in HANGUL.items():
        if len(word) >= 2 and word not in NOT_ROMANIZED:
            for form in hangul.word_variants(word):
                out.setdefault(skeleton(form), term)
    return {k: v for k, v in out.items() if len(k) >= MIN_SKELETON}


BY_SKELETON: dict[str, Term] = _table()
MAX_WORDS = 4  # 有限责任公司 spaced as pinyin words: you xian ze ren gong si is rare; youxian zeren gongsi is three
