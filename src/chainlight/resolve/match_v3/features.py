"""match_v3's new measures, beside match_v2's.

What match_v2 let through when screened against a million generated names: Chinese and Korean names one
syllable apart (Yuan Jingjie / Yuan Zhongjie, Beijing Gangcheng / Beijing Gangzhong), Latin names whose
phonetic skeletons agree while their letters do not (Grioti / Kriot), and people with one part clearly
different while the rest agrees (Walid / Farid Yilmaz).  Each is measured here; the fit decides how much
each counts.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v2.scorer import SECTOR
from chainlight.resolve.normalize import skeleton
from chainlight.resolve.rendering import Rendering

_PINYIN_RE = re.compile(F2._PY_SYLLABLE)
_KOREAN_RE = re.compile(F2._KO_SYLLABLE)
_LONGEST = 6  # letters of the longest syllable (zhuang, chuang)


def _segment(word: str, pattern: re.Pattern[str]) -> list[str] | None:
    """The word cut into the fewest syllables the pattern accepts (dalian = da lian, not dal i an)."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            prev = best[start]
            if prev is not None and pattern.fullmatch(word[start:end]):
                cand = [*prev, word[start:end]]
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    return best[len(word)]


def _syllable_key(syllable: str) -> str:
    """A syllable's skeleton, with the vowels romanizations write differently for one sound made one: Wade-Giles
    Tung, Hung, Yung are pinyin Dong, Hong, Yong (-ung / -ong)."""
    key = skeleton(syllable)
    return key[:-3] + "onk" if key.endswith("unk") else key


@lru_cache(maxsize=100_000)
def syllables(word: str) -> tuple[tuple[str, ...], ...]:
    """A pinyin or romanized Korean word cut into syllable keys (jingjie -> jink, jie), once per system that
    reads it in the fewest syllables; none when no system can (a misspelling, a Western name)."""
    if not word.isalpha() or not F2.syllabic_word(word):
        return ()
    # Korean names' Joo, Koo, Woo and Lee, Yee: one syllable (주 ju, 이 i), not jo + o or le + e
    word = word.replace("oo", "u").replace("ee", "i")
    cuts = [c for c in (_segment(word, _PINYIN_RE), _segment(word, _KOREAN_RE)) if c]
    # the system that needs fewer syllables reads the word: cut the Korean way, Jiahong is ji-a-hong, whose
    # invented syllable 'a' would make Zhihong (zhi-hong) look contained in it rather than one syllable apart
    fewest = min(map(len, cuts), default=0)
    return tuple(dict.fromkeys(tuple(_syllable_key(p) for p in c) for c in cuts if len(c) == fewest))


@lru_cache(maxsize=50_000)
def _syllable_bags(r: Rendering) -> tuple[Counter[str], ...]:
    """The name's distinctive parts as a bag of syllables, for each way of reading all of them (cached: a
    rendering meets several candidates; the bags are not to be changed)."""
    names = [t for t in r if t.cls == "name"]
    if not names:
        return ()
    per_word = [syllables(t.text) for t in names]
    if not all(per_word):
        return ()
    bags = []
    for system in range(2):  # all words read one way (pinyin), else each word its only way
        bag: Counter[str] = Counter()
        for cuts in per_word:
            bag.update(cuts[min(system, len(cuts) - 1)])
        bags.append(bag)
    return tuple(bags)


@lru_cache(maxsize=50_000)
def _bag_counts(r: Rendering) -> tuple[tuple[dict[str, int], int], ...]:
    """_syllable_bags(r) as plain dicts with their sizes (kept, as the bags are: not to be changed)."""
    return tuple((dict(bag), sum(bag.values())) for bag in _syllable_bags(r))


def _lacks(a: dict[str, int], b: dict[str, int]) -> int:
    """sum((Counter(a) - Counter(b)).values()) for bags of positive counts: the syllables of a that b lacks."""
    get = b.get
    return sum([n - m for k, n in a.items() if n > (m := get(k, 0))])


def missing(q: Rendering, c: Rendering) -> tuple[int, int] | None:
    """(syllables each side lacks, the smaller count; syllables of the longer name) for the closest reading.
    (Counted on the bags as dicts: the same integers Counter's subtraction gives, without its new Counters.)"""
    bags_q = _bag_counts(q)
    if not bags_q:
        return None
    bags_c = _bag_counts(c)
    best: tuple[int, int] | None = None
    for a, size_a in bags_q:
        for b, size_b in bags_c:
            got = (min(_lacks(a, b), _lacks(b, a)), max(size_a, size_b))
            if best is None or got[0] * best[1] < best[0] * got[1]:
                best = got
    return best


@lru_cache(maxsize=100_000)
def _name_letters(r: Rendering) -> str:
    """The distinctive parts as written, sorted and joined (kept: a rendering meets many candidates)."""
    return "".join(sorted(t.text for t in r if t.cls == "name"))


def letters(q: Rendering, c: Rendering) -> float:
    """Edit similarity of the distinctive parts' letters as written (not their skeletons), sorted and joined,
    stretched over [0, 1] from 0.5: Grioti / Kriot share a skeleton, not their letters."""
    a, b = _name_letters(q), _name_letters(c)
    if not a or not b:
        return 0.0
    return max(0.0, (Levenshtein.normalized_similarity(a, b) - 0.5) / 0.5)


SURE = 0.85  # a part this similar to its partner is found, not guessed


def _names(r: Rendering, best: list[float]) -> list[float]:
    return [b for t, b in zip(r, best, strict=True) if t.cls == "name"]


def subset(q: Rendering, c: Rendering, best_q: list[float], best_c: list[float]) -> float:
    """1 when every distinctive part of the shorter name is surely found in the longer one, which has more:
    Islam Khalil inside Pedro Islam Khalil.  A misspelt part on both sides is not this (Sesrgeo / Sergei).
    best_q / best_c: each part's best similarity on the other side."""
    a, b = _names(q, best_q), _names(c, best_c)
    if len(a) == len(b) or not a or not b:
        return 0.0
    return 1.0 if all(x >= SURE for x in (a if len(a) < len(b) else b)) else 0.0


def weakest(q: Rendering, c: Rendering, best_q: list[float], best_c: list[float]) -> float:
    """The similarity of the least well matched distinctive part, on either side (1 when all agree, 0 when
    neither name has a distinctive part: then nothing was matched)."""
    a, b = _names(q, best_q), _names(c, best_c)
    return min([1.0, *a, *b]) if a or b else 0.0


def _trades(r: Rendering) -> set[str]:
    return {SECTOR.get(t.text, t.text) for t in r if t.cls == "industry"}


def trades_differ(q: Rendering, c: Rendering) -> bool:
    """Both names share a trade word and each names a trade the other does not: Zhongfeng Apparel Factory and
    Zhongfeng Food Factory share 'factory', but a garment maker is not a food maker.  (match_v2's industry
    rule covers trades with nothing in common.)"""
    a, b = _trades(q), _trades(c)
    return bool(a & b and a - b and b - a)
