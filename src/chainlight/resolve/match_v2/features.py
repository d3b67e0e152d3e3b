"""match_v2's features: match_v1's measures plus what v1 lacked on OpenSanctions' cases and Korean names.

New here: initials ("V. Putin"), parts without a partner on one side (a patronymic, a middle name) told
apart from parts without a partner on both sides (AL-DULAIMI vs AL-TIKRITI, Song vs Chong), differing
numbers (Fund VIII / Fund IX written 8 / 9, Company 23), and a character-level comparison when both names are
written in Hangul or Hanzi (김정은 / 김종은: the romanizations without breves are the same, the syllables not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from chainlight.resolve.match_v1.features import Rarity, token_similarity
from chainlight.resolve.normalize import is_run_of
from chainlight.resolve.rendering import Analysis, Rendering, Token

SYLLABLE = 5  # letters of the longest romanized Korean or Chinese syllable skeleton (kwang, chong: 'kwank')
UNMATCHED_BELOW = 0.5  # a name part whose best partner is less similar than this has none
INITIAL_CREDIT = 0.8  # "V" for "Vladimir": consistent, but not proof


@lru_cache(maxsize=200_000)
def _spelling(a: Token, b: Token) -> float:
    # the same pair of words recurs across renderings and candidates; tokens are frozen and hashable
    return token_similarity(a, b)


def _similarity(a: Token, b: Token, person: bool) -> float:
    s = 1.0 if a.skel == b.skel else _spelling(a, b)
    if s == 0.0 and person and a.cls == b.cls == "name" and min(len(a.text), len(b.text)) == 1 \
            and a.text[0] == b.text[0] and max(len(a.text), len(b.text)) > 1:
        return INITIAL_CREDIT
    return s


@dataclass(frozen=True)
class Overlap:
    coverage: float  # weighted share of this side's parts found on the other side
    unmatched: float  # weighted share of this side's distinctive parts with no partner
    short_unmatched: bool  # a syllable-length distinctive part (Song, Chol) has no partner
    has_names: bool  # this side has distinctive parts at all


def overlap(xs: Rendering, ys: Rendering, rarity: Rarity, person: bool) -> Overlap:
    return overlap_of(xs, [max((_similarity(x, y, person) for y in ys), default=0.0) for x in xs], rarity)


def overlap_of(xs: Rendering, best: list[float], rarity: Rarity) -> Overlap:
    """The Overlap of xs, given each part's best similarity on the other side (in xs's order)."""
    total = got = name_total = lost = 0.0
    short = False
    for x, b in zip(xs, best, strict=True):
        w = x.weight * rarity(x)
        total += w
        got += w * b
        if x.cls == "name":
            name_total += w
            if b < UNMATCHED_BELOW:
                lost += w
                short = short or len(x.skel) <= SYLLABLE
    return Overlap(got / total if total else 0.0, lost / name_total if name_total else 0.0, short, name_total > 0)


@dataclass(frozen=True)
class PairFeatures:
    tokens: float  # harmonic mean of both coverages
    joined: float  # from match_v1
    phonetic: float  # from match_v1
    conflict: float  # min of both sides' unmatched shares: each side has a part the other lacks
    extra: float  # max of both sides' unmatched shares: one side has more parts
    numbers: float  # 1 when both sides carry numbers and they differ
    cjk_chars: float  # both in Hangul (or both in Hanzi): share of differing characters, capped at 1
    near_short: float  # 1 when short distinctive parts meet only by a near spelling (Daelim / Taerio)
    syllable_conflict: float  # each side has a syllable-length part without partner (RI Song Chol / RI Chong Chol)
    person_cover: float  # people only: coverage of the better-covered side (Boris Johnson in a longer name)
    token_set: float  # rapidfuzz token_set_ratio of the renderings' words: one name's words inside the other's
    generic_only: float  # from match_v1

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


SHORT_PART = 6  # letters: Korean and Chinese names are built of syllables this short


def near_short(q: Rendering, c: Rendering) -> float:
    """1 when both sides have distinctive parts, none agrees exactly, and they are short.

    A one-letter difference in a long word (Ryongbong / Ryonbong) is a misspelling; in a short one (Daelim /
    Taerio, Ilshin / Ilsim, Sunjin / Hunjin) it is as often another name.
    """
    a = {t.skel for t in q if t.cls == "name"}
    b = {t.skel for t in c if t.cls == "name"}
    if not a or not b or a & b:
        return 0.0
    return 1.0 if max(map(len, a | b)) <= SHORT_PART else 0.0


# One romanized Korean (MR/RR/DPRK usage) or pinyin syllable; a word made only of these reads as a Korean or
# Chinese name, where one letter is a different syllable (Ilshin / Ilsim), unlike Western names (Chevron /
# Chevon, Al Qaeda / Al Qaida), which contain letters or clusters neither system writes.
_KO_SYLLABLE = r"(?:kk|tt|pp|ss|jj|tch|ch|sh|[kgntdrlmpbsjh])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aeiou])(?:ng|[kntlmp])?"
_PY_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])?"
                r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|[aoeiuv])"
                r"|[jqx](?:iang|iong|ian|iao|ing|uan|ia|ie|iu|in|ue|un|i|u))")  # j, q, x only before i or u
_SYLLABIC_RE = re.compile(rf"(?:{_KO_SYLLABLE})+|(?:{_PY_SYLLABLE})+")
_ONE_SYLLABLE = (re.compile(_KO_SYLLABLE), re.compile(_PY_SYLLABLE))
_SYLLABLE_MAX = 8  # letters of the longest syllable either pattern matches (tch + yae + ng)
_REGEX_UP_TO = 24  # letters a word may have for the regex; beyond, its nested repeats backtrack exponentially


@lru_cache(maxsize=100_000)
def syllabic_word(word: str) -> bool:
    """True when a Latin word can be read as romanized Korean or pinyin syllables (Daelim, Taerio, Xinyuan).

    A long word (a pasted page read from katakana, hundreds of letters) is cut into syllables by dynamic
    programming, which answers exactly as the regex would (a word is the regex's when it is a run of its
    syllables) in linear time, where the regex took minutes to fail."""
    if len(word) <= _REGEX_UP_TO:
        return bool(_SYLLABIC_RE.fullmatch(word))
    return any(is_run_of(word, one.fullmatch, _SYLLABLE_MAX) for one in _ONE_SYLLABLE)


def token_set(q: Rendering, c: Rendering) -> float:
    """How far the words of one rendering are contained in the other's (order and repeats ignored).

    Also with each side's distinctive parts written as one word, so that a given name written joined or in
    syllables (Sokchol / Sok Chol) is not a difference.
    """
    a, joined_a = _word_sets(q)
    b, joined_b = _word_sets(c)
    if not a or not b:
        return 0.0
    plain = fuzz.token_set_ratio(a, b)
    if plain == 100.0 or (joined_a == a and joined_b == b):
        return plain / 100.0  # the joined forms can add nothing: the most already, or the same strings again
    return max(plain, fuzz.token_set_ratio(joined_a, joined_b)) / 100.0


# a rendering meets every candidate of its query, and a list name many queries: what token_set and numbers read
# of it is kept (the values are those computed each time before)
@lru_cache(maxsize=100_000)
def _word_sets(r: Rendering) -> tuple[str, str]:
    """The non-legal words' skeletons, and the same with the distinctive parts written as one word."""
    return (" ".join(t.skel for t in r if t.cls != "legal"),
            " ".join(["".join(t.skel for t in r if t.cls == "name")]
                     + [t.skel for t in r if t.cls not in ("legal", "name")]))


@lru_cache(maxsize=100_000)
def _numbers(r: Rendering) -> frozenset[str]:
    return frozenset(t.text for t in r if t.text.isdigit())


def numbers(q: Rendering, c: Rendering) -> float:
    a, b = _numbers(q), _numbers(c)
    return 1.0 if (a or b) and a != b else 0.0


def _cjk_text(a: Analysis) -> str:
    return "".join(ch for ch in a.original if not ch.isspace())


def cjk_chars(qa: Analysis, ca: Analysis) -> float:
    """Character edit distance of two names written in the same CJK script, over the shorter length.

    Only for names that are all Hangul or all Hanzi (after simplification), where every character is a
    syllable: one different syllable in a three-syllable name is a different person.
    """
    if not qa.scripts or qa.scripts != ca.scripts or qa.scripts not in ({"hangul"}, {"han"}):
        return 0.0
    from chainlight.resolve.hanzi import simplified

    a, b = _cjk_text(qa), _cjk_text(ca)
    if qa.scripts == {"han"}:
        a, b = simplified(a), simplified(b)
    if not a or not b:
        return 0.0
    return min(1.0, Levenshtein.distance(a, b) / min(len(a), len(b)) * 2)
