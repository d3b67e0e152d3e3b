"""match_v4's new measures, beside match_v3's.

What match_v3 let through when screened against a million generated names (gen_names seed 1, 1M x 10k):
  - people whose listed name sits at the end of a longer one that starts with another given name (Oleg Moradi
    inside Osman Oleg Moradi: a middle name or patronymic added is the same person far more often than a
    different first name put in front);
  - firms of one name where one side names a trade the other lacks (Red Baim Enterprises / Red Baim Chemicals).
And what it held back:
  - a person's name with one part misspelt by a letter (Jobn Bregiond), which counted as a part the other
    side lacks;
  - a Chinese or Korean firm written without its legal form or group (香港飞海食品 / 香港飞海食品集团有限公司),
    which counted as names a character apart.
Each is measured here; the fit decides how much each counts.

Tried and left out: a firm's distinctive word one letter from the listed one, the letter's key far from the
other's (Fiat / Piat).  Among the pairs scoring 0.5 or more at a million generated names it marked 81
non-matches and 1 match, but OpenSanctions' cases hold such names to be matches (UnitedWealth /
UnitedHealth, Beta / Meta Platforms, Tayota / Toyota: 17 of 18 pairs), as a screen meeting a name spelt to
slip past it must; the fit gave it a positive weight.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from chainlight.resolve.hanzi import simplified
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v2.scorer import SECTOR
from chainlight.resolve.match_v3 import features as F3
from chainlight.resolve.rendering import Analysis, Rendering, Token
from chainlight.resolve.vocab import HANGUL, HANZI, LATIN


def front_extra(q: Rendering, c: Rendering, best_q: tuple[float, ...], best_c: tuple[float, ...]) -> float:
    """1 when a name of two parts (given and family name) is found at the end of a longer one, whose
    unmatched parts all come first: Oleg Moradi inside Osman Oleg Moradi, unlike Vladimir (Vladimirovich)
    Putin.  A longer name found whole (Boris de Pfeffel Johnson in Alexandre Boris de Pfeffel Johnson) is
    evidence enough of itself: people go by a middle name, and OpenSanctions' cases count those as matches."""
    a = [b for t, b in zip(q, best_q, strict=True) if t.cls == "name"]
    b = [b for t, b in zip(c, best_c, strict=True) if t.cls == "name"]
    if len(a) == len(b):
        return 0.0
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) != 2 or not all(x >= F3.SURE for x in short):
        return 0.0
    found = [x >= F3.SURE for x in long_]
    first = found.index(True) if any(found) else len(found)
    return 1.0 if first > 0 and all(found[first:]) else 0.0


def slip(q: Rendering, c: Rendering, best_q: tuple[float, ...], best_c: tuple[float, ...]) -> float:
    """1 when each side has one name part the other lacks and the two are one letter apart as written (Jobn /
    John, Sais / Said): a slip of the hand, not another given name.  Not for two syllables of a romanized
    Korean or Chinese name (Hyong-hong / Hyong-hung), where one letter is another syllable."""
    a = [t.text for t, x in zip(q, best_q, strict=True) if t.cls == "name" and x < F2.UNMATCHED_BELOW]
    b = [t.text for t, x in zip(c, best_c, strict=True) if t.cls == "name" and x < F2.UNMATCHED_BELOW]
    if len(a) != 1 or len(b) != 1 or min(len(a[0]), len(b[0])) < 3:
        return 0.0
    if F2.syllabic_word(a[0]) and F2.syllabic_word(b[0]):
        return 0.0
    return 1.0 if DamerauLevenshtein.distance(a[0], b[0]) == 1 else 0.0


RESEMBLES = 0.5  # a trade word this similar to a word on the other side may be that word misspelt
# Words of the industry class that name no particular trade: a trading house imports, a firm has plants, a
# 무역회사 is a "trading company", and industrial, development or manufacturing say what most firms do
UNSPECIFIC = frozenset({"trade", "factory", "company", "corporation", "general", "products", "industrial",
                        "development", "economic", "cooperation", "manufacturing", "kyohwaso", "kwalliso"})


def trade_extra(q: Rendering, c: Rendering, best_q: tuple[float, ...], best_c: tuple[float, ...]) -> float:
    """1 when one firm names a trade the other does not, the other names none it lacks and all its
    distinctive words are found (Red Baim Enterprises / Red Baim Chemicals; Siax Shipping / Siax Shipping
    Cotton).  Trades with nothing in common are match_v2's industry rule; trades each side has apart, match_v3's.

    Not when the other side is a bare name (Kaechon for Kaechon Kyohwaso), nor when the extra words name no
    particular trade (UNSPECIFIC: 'Trading LLC' is a legal form in some registries, a plant is its firm's),
    nor when the other side has a word that is not found, or that resembles the trade: a misspelt trade word
    is read as a name (Mdning / Mining, Lolymersco / Polymers Co.)."""
    a, b = F3._trades(q), F3._trades(c)
    if a == b or not (a < b or b < a):
        return 0.0
    more, best, fewer, other, best_other = (q, best_q, b, c, best_c) if b < a else (c, best_c, a, q, best_q)
    if all(t.cls == "name" for t in other):
        return 0.0  # a bare name (Kaechon, Ryonbong) is how a firm is written in passing, not another firm
    extra = [x for t, x in zip(more, best, strict=True)
             if t.cls == "industry" and SECTOR.get(t.text, t.text) not in fewer | UNSPECIFIC]
    if not extra or any(x >= RESEMBLES for x in extra):
        return 0.0
    return 1.0 if all(x >= F3.SURE for t, x in zip(other, best_other, strict=True) if t.cls == "name") else 0.0


# Legal forms and group words that close a Hanzi or Hangul firm name (有限公司, 集团, 주식회사), longest first
_CJK_CLOSING = tuple(sorted({simplified(k) if table is HANZI else k for table in (HANZI, HANGUL)
                             for k, t in table.items() if t.cls == "legal" or t.english == "group"},
                            key=len, reverse=True))


@lru_cache(maxsize=50_000)
def _cjk_core(text: str) -> str:
    """The name without the legal forms and group words it ends in (never all of it)."""
    cut = True
    while cut:
        cut = False
        for end in _CJK_CLOSING:
            if text.endswith(end) and len(text) > len(end):
                text, cut = text[:-len(end)], True
                break
    return text


def cjk_chars(qa: Analysis, ca: Analysis) -> float:
    """match_v2's character distance of two names in the same Hangul or Hanzi script (simplified), taken on the
    names without the legal forms and group words they end in: 香港飞海食品 and 香港飞海食品集团有限公司 differ
    in no character of the name."""
    if not qa.scripts or qa.scripts != ca.scripts or qa.scripts not in ({"hangul"}, {"han"}):
        return 0.0
    a = "".join(ch for ch in qa.original if not ch.isspace())
    b = "".join(ch for ch in ca.original if not ch.isspace())
    if qa.scripts == {"han"}:
        a, b = simplified(a), simplified(b)
    a, b = _cjk_core(a), _cjk_core(b)
    if not a or not b:
        return 0.0
    return min(1.0, Levenshtein.distance(a, b) / min(len(a), len(b)) * 2)


# East Slavic, Turkic and Central Asian patronymics (Vladimirovich, Petrovna, Aliyevich, Mammad oglu, Nazarbayuly)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna|ogly|oglu|uly|kyzy|qizi)$")
_PATRONYMIC_MIN = 7  # letters: shorter words with these endings are given or family names


def patronymics(r: Rendering) -> list[int]:
    """Positions of the name parts that are patronymics."""
    return [i for i, t in enumerate(r)
            if t.cls == "name" and len(t.text) >= _PATRONYMIC_MIN and _PATRONYMIC.search(t.text)]


def without_patronymic(q: Rendering, c: Rendering) -> tuple[Rendering, Rendering, tuple[str, ...]]:
    """A person's two renderings with the patronymic left out of the one that has it, when the other has none
    and two name parts stay (lists and documents often leave it out: Vladimir Vladimirovich Putin is Vladimir
    Putin); and the patronymics left out."""
    pq, pc = patronymics(q), patronymics(c)
    if bool(pq) == bool(pc):
        return q, c, ()
    r, drop = (q, pq) if pq else (c, pc)
    kept = tuple(t for i, t in enumerate(r) if i not in drop)
    if sum(t.cls == "name" for t in kept) < 2:
        return q, c, ()
    dropped = tuple(r[i].text for i in drop)
    return (kept, c, dropped) if pq else (q, kept, dropped)


# Every Latin spelling of each vocabulary word, by the word's English form and class (shipping: maritime,
# marine, shipping line ...), for misspellings of it that the analysis read as names
_SPELLINGS: dict[tuple[str, str], tuple[str, ...]] = {}
for _k, _v in LATIN.items():
    if " " not in _k and " " not in _v.english and len(_k) >= 5:
        _SPELLINGS[(_v.english, _v.cls)] = (*_SPELLINGS.get((_v.english, _v.cls), ()), _k)
_MISSPELT_MIN = 5  # letters of a word read as a misspelt vocabulary word
_MISSPELT_EDITS = 0.34  # edits per letter of the vocabulary word, at most


def _misspelt(word: str, spellings: tuple[str, ...]) -> bool:
    return any(DamerauLevenshtein.distance(word, s) <= max(1, int(len(s) * _MISSPELT_EDITS)) for s in spellings)


def _wanted(r: Rendering, other: Rendering) -> list[Token]:
    """The vocabulary words the other side writes and this side lacks, that a misspelling can be read as."""
    mine = {t.text for t in r if t.cls != "name"}
    return [t for t in other if t.cls != "name" and t.text not in mine and (t.text, t.cls) in _SPELLINGS]


def vocabulary_read(q: Rendering, c: Rendering, similarities: Callable[[], tuple[list[float], list[float]]]
                    ) -> tuple[Rendering, Rendering, tuple[str, ...]]:
    """The renderings with each unmatched name part of one side read as the vocabulary word the other side
    has and it lacks, when it is that word misspelt (Shipig / Shipping, Comsoany / Company); and the words so
    read.  The analysis reads only one-letter misspellings of long words as vocabulary, because a name part is
    often one letter from a vocabulary word; the other side naming the word is the evidence it lacks.

    `similarities` gives each part's best similarity on the other side (q's, c's); it is asked for only when a
    part could be read, since the scorer computes that table again after the reading."""
    wanted = (_wanted(q, c), _wanted(c, q))
    if not any(w and any(t.cls == "name" and len(t.text) >= _MISSPELT_MIN for t in r)
               for w, r in zip(wanted, (q, c), strict=True)):
        return q, c, ()
    best_q, best_c = similarities()
    out = [list(q), list(c)]
    read: list[str] = []
    for side, (r, best, want) in enumerate(((q, best_q, list(wanted[0])), (c, best_c, list(wanted[1])))):
        if not any(t.cls == "name" and x >= F3.SURE for t, x in zip(r, best, strict=True)):
            continue  # the names must agree on a distinctive part first: Bright Shipping is not Freight Shipping
        for i, (t, x) in enumerate(zip(r, best, strict=True)):
            if t.cls != "name" or x >= F2.UNMATCHED_BELOW or len(t.text) < _MISSPELT_MIN:
                continue
            hit = next((w for w in want if _misspelt(t.text, _SPELLINGS[(w.text, w.cls)])), None)
            if hit is not None:
                out[side][i] = Token(hit.text, hit.skel, hit.cls)
                want.remove(hit)
                read.append(f"{t.text} = {hit.text}")
    if not read:
        return q, c, ()
    return tuple(out[0]), tuple(out[1]), tuple(read)
