"""A name in any script -> one or more Latin renderings, each a list of typed tokens (render_name).

A Hangul name has several renderings (McCune–Reischauer, the DPRK's variant, Revised Romanization, with the
initial ㄹ written R, L or dropped); a match takes the best of them.  Vocabulary words are translated to one
English form so that 贸易, 무역 and "Trade" all become the token "trading" of class "industry".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from chainlight.resolve import hangul, hanzi, romanized, wade_giles
from chainlight.resolve.normalize import fold, is_han, is_hangul, skeleton
from chainlight.resolve.vocab import (
    CLASS_WEIGHT,
    HANGUL,
    HANGUL_MAX_CHARS,
    HANZI,
    HANZI_MAX_CHARS,
    HEAD_SYNONYMS,
    LATIN,
    LATIN_MAX_WORDS,
    MINISTRY_ABROAD,
    NICKNAMES,
    NORTH_KOREA_WORDS,
    ORDINALS,
    ROMAN,
    ROMANIZED,
    ROMANIZED_WORDS,
    TENS,
    UNITS,
    Term,
)


class Token(NamedTuple):
    """One word of a rendering.  A named tuple, not a dataclass: the scorer hashes and compares tokens (its
    caches are keyed by them) hundreds of thousands of times a screen, which C-level tuples do ~3x faster."""

    text: str  # Latin form shown in explanations
    skel: str  # phonetic skeleton compared across romanizations
    cls: str  # "name", "industry", "generic", "legal", "place"

    @property
    def weight(self) -> float:
        return CLASS_WEIGHT[self.cls]


Rendering = tuple[Token, ...]


@dataclass(frozen=True)
class Analysis:
    original: str
    renderings: tuple[Rendering, ...]
    notes: tuple[str, ...] = ()  # how non-Latin parts were read: "hangul->MR", "조선=korea"
    country: str | None = None  # country a vocabulary word implies (조선 -> kp, 한국 -> kr)
    scripts: frozenset[str] = field(default_factory=frozenset)
    country_words: tuple[str, ...] = ()  # the English words of the term that implied it (香港 -> hong kong)

    @property
    def empty(self) -> bool:
        return not any(self.renderings)


_ACRONYM_MAX = 3  # letters of a word with no vowel that is read as letters (CK, HM, KMB), not as a sound
_VOWELS = frozenset("aeiouy")


def _name_token(text: str) -> Token:
    if len(text) <= _ACRONYM_MAX and text.isascii() and text.isalpha() and not _VOWELS & set(text):
        # an acronym is its letters: the sound-folding skeleton would make CK of G (and CK INTERNATIONAL of
        # G&G INTERNACIONAL) and leave it too common a key to be searched by
        return Token(text, text, "name")
    return Token(text, skeleton(text), "name")


def _term_tokens(term: Term) -> list[Token]:
    return [Token(w, w, term.cls) for w in term.english.split()]


class _Builder:
    """Collects segments; each segment offers one or more token lists (its spellings)."""

    def __init__(self) -> None:
        self.segments: list[list[list[Token]]] = []
        self.notes: list[str] = []
        self.country: str | None = None
        self.country_words: tuple[str, ...] = ()

    def term(self, source: str, term: Term, abroad: bool = False) -> None:
        """A vocabulary word; written in Hangul or characters, a state body's head noun also in the lists' other
        rendering (vocab.HEAD_SYNONYMS: 부 department or ministry), but for the one `abroad` leaves out
        (vocab.MINISTRY_ABROAD: 부 after one word, nothing naming North Korea, is no ministry)."""
        spellings = [_term_tokens(term)]
        if not source.isascii():  # "Department" written in English is itself
            spellings += [[Token(w, w, term.cls) for w in alt.split()] for alt in HEAD_SYNONYMS.get(term.english, ())
                          if not (abroad and MINISTRY_ABROAD.get(source) == alt)]
        self.segments.append(spellings)
        if source != term.english:
            self.notes.append(f"{source}={'/'.join(' '.join(t.text for t in sp) for sp in spellings)}")
        if self.country is None and term.country:
            self.country, self.country_words = term.country, tuple(term.english.split())

    def spellings(self, forms: list[list[str]]) -> None:
        self.segments.append([[_name_token(w) for f in form for w in f.split()] for form in forms])

    def renderings(self) -> tuple[Rendering, ...]:
        n = max((len(s) for s in self.segments), default=0)
        out = [tuple(t for seg in self.segments for t in seg[min(k, len(seg) - 1)]) for k in range(n)]
        return tuple(dict.fromkeys(out))


_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")


def _numbers(words: list[str]) -> list[str]:
    """Number words and ordinals as digits: 'forty four' -> '44', 'first' / '1st' -> '1'."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in TENS:
            n = TENS[w]
            if i + 1 < len(words) and (words[i + 1] in UNITS or words[i + 1].isdigit()) \
                    and 0 < int(UNITS.get(words[i + 1], words[i + 1])) < 10:
                n += int(UNITS.get(words[i + 1], words[i + 1]))
                i += 1
            out.append(str(n))
        elif w in UNITS:
            out.append(str(UNITS[w]))
        elif w in ORDINALS:
            out.append(str(ORDINALS[w]))
        elif len(w) > 2 and w[-2:] in _ORDINAL_SUFFIX and w[:-2].isdigit():
            out.append(w[:-2])
        elif w in ROMAN and i == len(words) - 1 and i >= 2:
            out.append(str(ROMAN[w]))  # Pu Hung I = PU HUNG 1 (vocab.ROMAN)
        else:
            out.append(w)
        i += 1
    return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# One-word vocabulary entries by their one-letter deletions, so that a misspelt vocabulary word
# ("Corporaton", "Develloment", "Techology") is still read as vocabulary rather than as a distinctive part.
_FUZZY_MIN = 7  # shorter words are too often real names one letter away from a vocabulary word
_VOCAB_NEIGHBOURS: dict[str, str] = {}
for _w in sorted(LATIN):
    if " " not in _w and len(_w) >= _FUZZY_MIN and _w not in ROMANIZED_WORDS:
        for _d in _deletions(_w) | {_w}:
            _VOCAB_NEIGHBOURS.setdefault(_d, _w)


_DOUBLED_MIN = 5  # a vocabulary word from this length is still read with one letter doubled (Groupp, Minning)


@lru_cache(maxsize=100_000)
def _near_vocabulary(word: str) -> str | None:
    """The vocabulary word one edit away (deletion, insertion, substitution, or adjacent swap), if any.

    A word one letter short of the minimum is read only as a longer vocabulary word with a letter missing
    (Tradig, Chemcal): one letter changed in a six-letter word is too often a name (Marine / Maxine).
    """
    if not word.isalpha() or len(word) < _FUZZY_MIN - 1:
        return None
    if len(word) < _FUZZY_MIN:
        hit = _VOCAB_NEIGHBOURS.get(word)
        return hit if hit is not None and len(hit) == len(word) + 1 else _undoubled(word)
    if (undoubled := _undoubled(word)) is not None:
        return undoubled
    if word in _VOCAB_NEIGHBOURS:  # one letter too many, or the word itself
        return _VOCAB_NEIGHBOURS[word]
    for d in _deletions(word):  # substitution / swap (both lose one letter) or a missing letter
        hit = _VOCAB_NEIGHBOURS.get(d)
        if hit is not None and abs(len(hit) - len(word)) <= 1:
            return hit
    return None


# Words that close a firm's name, which a misspelling at its end is read as (GMBHH, Coorp., Lt., Otd, KLC,
# Goup Co., Ltd.): the word's place tells it from a name.  Only words whose one-edit neighbours are not common
# name parts (not Pte: Pete; not SARL: Carl, Karl; not SRL: Sri).
_CLOSING_WORDS = ("gmbh", "llc", "ltd", "inc", "corp", "fze", "fzco", "plc", "llp", "jsc", "ooo", "limited",
                  "company", "corporation", "incorporated", "group")
_CLOSING_MIN = 4


def _is_legal(word: str) -> bool:
    return word in LATIN and LATIN[word].cls == "legal"


@lru_cache(maxsize=10_000)
def _near_closing_word(word: str, after_legal: bool) -> str | None:
    """The closing word one edit (or a doubled letter) from a word that is no vocabulary.

    A word of two or three letters is as often an acronym that names the firm (JSC USC, LLC ITC on OFAC's
    list): it is read only as a closing word with a letter missing (Gmb), or right after a legal form that
    follows the name (Co., Lyd.; Pte. Lt.)."""
    if len(word) < 2 or not word.isalpha() or word in LATIN:
        return None
    for f in _CLOSING_WORDS:
        if DamerauLevenshtein.distance(word, f) == 1 and (
                len(word) >= _CLOSING_MIN or after_legal or (len(f) >= _CLOSING_MIN and len(f) == len(word) + 1)):
            return f
    return None


def _closes(words: list[str], i: int, org: bool) -> str | None:
    """The closing word words[i] is misspelt from, when only legal forms follow it and a name comes before it
    (two words, or one in a name that carries vocabulary)."""
    if not (i >= 2 or (org and i >= 1)):
        return None
    if not all(_is_legal(w) for w in words[i + 1:]):
        return None
    # after a legal form that follows the name: "Trading Co., Lyd.", not "JSC USC" or "Limited Liability
    # Company ITC", where the form comes first
    after_legal = _is_legal(words[i - 1]) and not _is_legal(words[0]) and any(w not in LATIN for w in words[:i - 1])
    return _near_closing_word(words[i], after_legal)


# Legal forms of several words, longest first, by their first word: a typo in one of their words (Limited
# Liabilitty Companh, Public Joint Sgock Commpany) would otherwise leave two unmatched "names" in the query.
_LEGAL_PHRASES: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
for _k, _v in sorted(LATIN.items(), key=lambda kv: -len(kv[0].split())):
    if " " in _k and _v.cls == "legal" and len(_k) >= 12 and _k not in ROMANIZED:
        _LEGAL_PHRASES.setdefault(_k.split()[0], []).append((tuple(_k.split()), _v))
_PHRASE_EDITS = 2  # letters wrong in all, one at most per word


@lru_cache(maxsize=100_000)
def _phrase_firsts(word: str) -> tuple[str, ...]:
    """The first words of multi-word legal forms that a word is, give or take one edit."""
    return tuple(first for first in _LEGAL_PHRASES
                 if abs(len(first) - len(word)) <= 1 and DamerauLevenshtein.distance(word, first) <= 1)


def _near_legal_phrase(words: list[str], i: int) -> tuple[int, str, Term] | None:
    """A legal form of several words starting at words[i], written with a letter or two wrong: each word at
    most one edit from the form's, two in all, and one word as the form writes it."""
    if i + 1 >= len(words):
        return None  # every such form has two words or more
    for first in _phrase_firsts(words[i]):
        for ws, term in _LEGAL_PHRASES[first]:
            got = words[i:i + len(ws)]
            if len(got) < len(ws):
                continue
            d = [DamerauLevenshtein.distance(a, b, score_cutoff=1) for a, b in zip(got, ws, strict=True)]
            if max(d) <= 1 and 0 < sum(d) <= _PHRASE_EDITS and 0 in d:
                return len(ws), " ".join(ws), term
    return None


def _undoubled(word: str) -> str | None:
    """The vocabulary word that a word is with one letter written twice (Groupp -> group)."""
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            w = word[:i] + word[i + 1:]
            if len(w) >= _DOUBLED_MIN and w in LATIN and w not in ROMANIZED_WORDS:
                return w
    return None


# Vocabulary words a name may carry glued to the word before (Energyinc, Anjutrading, Investmentssa) or cut
# in two (Comp Any, Shipp Ing): bills of lading and scraped listings lose and add spaces.
_GLUED_MIN = 5  # a shorter vocabulary word is cut off only when what precedes it is vocabulary too
_GLUE_WORDS = frozenset(w for w in LATIN if " " not in w and w.isalpha() and len(w) >= 2)
_GLUE_LENGTHS = sorted({len(w) for w in _GLUE_WORDS}, reverse=True)


# Country words a scraped name carries glued to the name after them (Koreakyegwang, Chosonansamgae).
_GLUED_PREFIXES = ("korean", "korea", "choson", "chosun", "joseon")  # longest first
_PREFIX_REST_MIN = 4  # Koreana, Koreanair stay whole


def _unglue(word: str) -> list[str]:
    if word in LATIN or len(word) < 6 or not word.isalpha():
        return [word]
    for p in _GLUED_PREFIXES:
        if word.startswith(p):
            if len(word) - len(p) < _PREFIX_REST_MIN:
                break  # the longest country word it starts with leaves too little: Koreanair is not Korea Nair
            return [p, *_unglue(word[len(p):])]
    for n in _GLUE_LENGTHS:  # the longest vocabulary word the word ends with
        rest, v = word[:-n], word[-n:]
        if len(rest) >= 3 and v in _GLUE_WORDS and (n >= _GLUED_MIN or rest in LATIN):
            return [rest, v]
    return [word]


def _respace(words: list[str]) -> list[str]:
    """Vocabulary words put back together or cut loose; name parts are left as written."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words) and w not in LATIN and w.isalpha() and words[i + 1].isalpha():
            both = w + words[i + 1]
            # a misspelt vocabulary word cut in two (Tex Tilres); not a name syllable before a vocabulary word
            # spelt whole (Po I Machinery: 'imachinery' is one letter from 'machinery' too)
            second_is_vocab = words[i + 1] in LATIN or _near_vocabulary(words[i + 1]) is not None
            if (both in LATIN and words[i + 1] not in LATIN) or (len(both) >= _FUZZY_MIN and not second_is_vocab
                                                                 and _near_vocabulary(both) is not None
                                                                 and _near_vocabulary(w) is None):
                out.append(both)
                i += 2
                continue
        out.extend(_unglue(w))
        i += 1
    return out


def _romanized_term(words: list[str], i: int, wg: list[str]) -> tuple[int, Term] | None:
    """A Korean or Chinese vocabulary word written out (Youxian Zeren Gongsi, Kang-T'ieh, Jusikhoesa)."""
    for n in range(min(romanized.MAX_WORDS, len(words) - i), 0, -1):
        ws, gs = words[i:i + n], wg[i:i + n]
        term = romanized.BY_SKELETON.get(skeleton("".join(ws)))
        if term is None and gs != ws:  # (the Wade-Giles words asked only where they differ: most are as written)
            term = romanized.BY_SKELETON.get(skeleton("".join(gs)))
        if term is not None:
            return n, term
    return None


# A hyphen joins the syllables of one word in Wade–Giles (Hsiang-Kang = Xianggang, Ku-Erh-Le = Kuerle) and in
# Korean given names (Jong-Chol): the apostrophe belongs to the syllable (Ch'ing-Tao).
_HYPHEN_GROUP = re.compile(r"[^\W\d_][\w'’`]*(?:-[^\W\d_][\w'’`]*)+")
_SYLLABLE_MAX = 6  # a longer hyphenated part is a word of its own (Export-Import, Rolls-Royce)

# One romanized Chinese or Korean syllable: an onset, one to three vowels, at most a nasal, liquid or stop
# after them (hsiang, erh, chol, kwang); 'pierre' or 'royce' is not one.
_SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|rh|n|m|h|r|l|k|p|t)?$")


def _hyphen_groups(name: str) -> frozenset[tuple[str, ...]]:
    """The hyphenated runs of syllables in a Latin name, each as its folded syllables."""
    if "-" not in name:
        return frozenset()
    out = set()
    for m in _HYPHEN_GROUP.finditer(name):
        parts = tuple(fold(p) for p in m.group(0).split("-"))
        if all(len(p) <= _SYLLABLE_MAX and _SYLLABLE.match(p) for p in parts):
            out.add(parts)
    return frozenset(out)


def _hyphen_group_at(words: list[str], i: int, groups: frozenset[tuple[str, ...]]) -> int:
    """How many words from words[i] make one hyphen group (0 if none starts there)."""
    for g in groups:
        if tuple(words[i:i + len(g)]) == g:
            return len(g)
    return 0


def _ends_in_romanized_factory(words: list[str], wg: list[str]) -> bool:
    """A firm's name written out whole in pinyin or Wade–Giles, ending in trade + 厂 (Anhui Wende Fushi Chang
    = Anhui Wende Garments Factory, I-Li Ai-Shun Fang-Chih Chang): four words at least, since a person's
    name is two or three."""
    if len(words) < 4 or words[-1] != "chang":
        return False
    for n in (1, 2):  # the trade word as one word or as two syllables
        for ws in (words[-1 - n:-1], wg[-1 - n:-1]):
            term = romanized.BY_SKELETON.get(skeleton("".join(ws)))
            if term is not None and term.cls == "industry":
                return True
    return False


def _factory_syllable(words: list[str], i: int, b: _Builder) -> bool:
    """厂 written out (Chang, Ch'ang) right after an industry word and before nothing but legal forms:
    Xiamen Shengfei Dianzi Chang is Xiamen Shengfei Electronics Factory.  Anywhere else Chang is a name."""
    if words[i] != "chang" or not b.segments or not b.segments[-1][0]:
        return False
    after_industry = b.segments[-1][0][-1].cls == "industry"
    return after_industry and all(w in LATIN and LATIN[w].cls == "legal" for w in words[i + 1:])


# the first words of the Latin vocabulary's phrases of several words (LATIN is made once, at import)
_PHRASE_FIRSTS = frozenset(k.split(" ")[0] for k in LATIN if " " in k)


def _latin(words: list[str], b: _Builder, groups: frozenset[tuple[str, ...]] = frozenset()) -> None:
    words = _respace(_numbers(words))
    wg = [wade_giles.to_pinyin(w) for w in words]
    # Romanized vocabulary is read only in names that already carry a vocabulary word and never as the first
    # word: "Wang Jianshe" is a person, "Jiangsu Rongzhi Shiye Youxian Zeren Gongsi" a company.
    org = any(w in LATIN for w in words) or _ends_in_romanized_factory(words, wg)
    # Syllables joined by hyphens in a firm's name are Wade–Giles (Pei-Ching Jung Tung Garment = Beijing
    # Rongtong); in a person's name they may be a Korean given name (Jong-Un), which keeps its own reading.
    chinese_wg = wade_giles.looks_wade_giles(words) or (org and bool(groups))
    i = 0
    while i < len(words):
        # a vocabulary phrase of several words opens with one of _PHRASE_FIRSTS: other words are looked up alone
        most = min(LATIN_MAX_WORDS, len(words) - i) if words[i] in _PHRASE_FIRSTS or " " in words[i] else 1
        exact = next((n for n in range(most, 0, -1) if " ".join(words[i:i + n]) in LATIN), 0)
        fuzzy = _near_legal_phrase(words, i)
        if fuzzy is not None and fuzzy[0] > exact:  # Limited Liabilitty Companh: not 'limited' and two names
            b.term(" ".join(words[i:i + fuzzy[0]]), fuzzy[2])
            i += fuzzy[0]
            continue
        if org and exact and (got := _romanized_term(words, i, wg)) is not None and got[0] > exact \
                and got[1].country:
            # a state's name written out in a romanization (Chosŏn Minjujuŭi Inmin Konghwaguk, the DPRK), which
            # opens with a word the Latin vocabulary reads alone (choson, korea): the whole name, first word or not
            n, term = got
            b.term(" ".join(words[i:i + n]), term)
            i += n
            continue
        if exact:
            phrase = " ".join(words[i:i + exact])
            b.term(phrase, LATIN[phrase])
            i += exact
        else:
            if org and i > 0 and (got := _romanized_term(words, i, wg)) is not None:
                n, term = got
                b.term(" ".join(words[i:i + n]), term)
                i += n
                continue
            if groups and (n := _hyphen_group_at(words, i, groups)):
                _syllable_group(words[i:i + n], b)
                i += n
                continue
            if org and _factory_syllable(words, i, b):
                b.term(words[i], HANZI["厂"])
                i += 1
                continue
            if (closing := _closes(words, i, org)) is not None:
                b.term(words[i], LATIN[closing])
                i += 1
                continue
            near = _near_vocabulary(words[i]) if words[i] not in NICKNAMES else None
            if near is not None:
                b.term(words[i], LATIN[near])
                i += 1
                continue
            full = NICKNAMES.get(words[i])
            if chinese_wg and (py := wg[i]) != words[i]:
                full = py  # Hsing -> xing: the pinyin reading beside the Wade–Giles one
            b.spellings([[words[i]], [full]] if full and full != words[i] else [[words[i]]])
            i += 1


def _syllable_group(syllables: list[str], b: _Builder) -> None:
    """A hyphenated group of syllables as one word, as written and read as Wade–Giles (Hsiang-Kang ->
    hsiangkang, xianggang), so that it meets the pinyin word of a listing rather than its syllables; the
    syllables apart are kept as the later spellings (a list may write Hsiang Kang).

    The pinyin reading is given to every such group, with or without another sign of Wade–Giles: Ma Peng-Jui
    is Ma Pengrui.  A Korean given name (Jong-Un) gets a reading no Korean is written in, which costs a
    rendering but matches nothing Korean."""
    pinyin = [wade_giles.to_pinyin(s) for s in syllables]
    b.spellings([["".join(syllables)], ["".join(pinyin)], [" ".join(syllables)], [" ".join(pinyin)]])


# Costs that rank the ways of cutting a run without spaces into vocabulary and name chunks (see _scan_cjk).
_LEFTOVER_COST = 1.5  # a one-syllable name chunk: company names are two or three syllables, so it is a misreading
_SEGMENT_COST = 0.01  # fewer, longer pieces win a tie (총무역회사 whole, not 총무역 + 회사)


def _scan_cjk(run: str, table: dict[str, Term], max_chars: int, single_ok: bool) -> list[str | Term]:
    """The best reading of a run without spaces as vocabulary words and name chunks.

    A reading scores the characters vocabulary covers, less a cost for each one-syllable name chunk it leaves:
    in 조선함안전자련합회사 the greedy first match 안전 (safety) would leave 함 and 자 as names, while 함안 + 전자
    (electronics) leaves none.  A one-character term (성 ministry, 市 city, 厂 factory) counts only after a
    name part of two characters or at the end of the run, so that it is not cut out of the middle of a name;
    in Korean (single_ok False) only at the end.
    """
    n = len(run)
    # Two readings of each suffix run[i:]: the best that opens with a vocabulary word (or is empty) and the
    # best that opens with a name chunk; a chunk is always followed by vocabulary or the end (two chunks in
    # a row would be one chunk).  Each holds (score, end of the first piece, its term or None).
    none: tuple[float, int, Term | None] = (-math.inf, 0, None)
    voc: list[tuple[float, int, Term | None]] = [none] * n + [(0.0, n, None)]
    chunk: list[tuple[float, int, Term | None]] = [none] * (n + 1)
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, min(i + max_chars, n) + 1):
            term = table.get(run[i:j])
            if term is not None and (j - i > 1 or _single_fits(run, i, single_ok)):
                score = max(voc[j][0], chunk[j][0]) + (j - i) - _SEGMENT_COST
                if score > voc[i][0]:
                    voc[i] = (score, j, term)
        for j in range(i + 1, n + 1):
            score = voc[j][0] - _SEGMENT_COST - (_LEFTOVER_COST if j - i == 1 and n > 1 else 0.0)
            if score > chunk[i][0]:
                chunk[i] = (score, j, None)
    parts: list[str | Term] = []
    i = 0
    while i < n:
        _, j, term = voc[i] if voc[i][0] >= chunk[i][0] else chunk[i]
        parts.append(run[i:j] if term is None else term)
        i = j
    return parts


def _single_fits(run: str, i: int, single_ok: bool) -> bool:
    """Whether a one-character term may be read at run[i]: at the end of the run, or after two characters
    (and, in Korean, only at the end: 성 and 부 begin too many names)."""
    at_end = i + 1 == len(run)
    return (i >= 2 and (single_ok or at_end)) or (at_end and i >= 1)


def _hangul(run: str, b: _Builder, whole: bool) -> None:
    parts = _scan_cjk(run, HANGUL, HANGUL_MAX_CHARS, single_ok=False)
    if whole and len(parts) == 1 and isinstance(parts[0], str) and 2 <= len(run) <= 4:
        # a bare 2-4 syllable name is most often a person: Ri Jong Chol, also as one word (Kaechon)
        forms = [" ".join(p) for p in hangul.person_variants(run)]
        b.spellings([[f] for f in forms + hangul.word_variants(run)[:2]])
        b.notes.append("hangul->MR/RR (person)")
        return
    if whole and len(run) <= 3 and run[0] in hangul.SURNAMES and any(isinstance(p, str) for p in parts):
        # a surname, then syllables only partly vocabulary (a Korean's name is two or three syllables): 강철학
        # is 강철 (steel) + 학 as a firm's name and KANG Chol Hak as a person's, 박화성 PAK Hwa Song or 박화 + 성 (ministry); both readings are kept, as
        # alternatives of one segment, and the scorer takes the one a listed name bears out
        org = _Builder()
        _hangul_parts(parts, org, whole)
        people = [[_name_token(w) for w in " ".join(p).split()] for p in hangul.person_variants(run)]
        b.segments.append([*(list(r) for r in org.renderings()), *people])
        b.notes += ["hangul->MR", *org.notes[1:], "or hangul->MR/RR (person)"]
        return
    _hangul_parts(parts, b, whole)


def _sources(parts: list[str | Term], table: dict[str, Term]) -> list[str]:
    """Each part as written: a name chunk itself, a vocabulary word its key in the table."""
    return [p if isinstance(p, str) else next(k for k, t in table.items() if t is p) for p in parts]


def _ministry_abroad(parts: list[str | Term], sources: list[str], whole: bool) -> bool:
    """A name of one word and 부 部 alone, that word naming no North Korea (vocab.MINISTRY_ABROAD): Seoul and Beijing
    name their ministries so (노동부, 劳动部), the DPRK's cabinet 성 省, so 부 is read a department only, as the
    readings read it (aligned.py, translation.py).  A name of more words or runs (북한 보위부, 인민보안부) keeps both."""
    if not whole or len(parts) != 2 or sources[-1] not in MINISTRY_ABROAD:
        return False
    first = parts[0]
    return first.country != "kp" if isinstance(first, Term) else not first.startswith(tuple(NORTH_KOREA_WORDS))


def _hangul_parts(parts: list[str | Term], b: _Builder, whole: bool = False) -> None:
    sources = _sources(parts, HANGUL)
    abroad = _ministry_abroad(parts, sources, whole)
    for p, key in zip(parts, sources, strict=True):
        if isinstance(p, str):
            b.spellings([[v] for v in hangul.word_variants(p)])
        else:
            b.term(key, p, abroad)
    b.notes.insert(0, "hangul->MR")


def _han(run: str, b: _Builder, whole: bool) -> None:
    run = hanzi.simplified(run)
    parts = _scan_cjk(run, HANZI, HANZI_MAX_CHARS, single_ok=True)
    if whole and len(parts) == 1 and isinstance(parts[0], str) and 2 <= len(run) <= 4:
        b.spellings([[" ".join(hanzi.person_tokens(run))], [hanzi.joined(run)]])
        b.notes.append("hanzi->pinyin (person)")
        return
    org = any(not isinstance(p, str) for p in parts)
    sources = _sources(parts, HANZI)
    abroad = _ministry_abroad(parts, sources, whole)
    for p, key in zip(parts, sources, strict=True):
        if isinstance(p, str):
            b.spellings(_han_chunk(p, org))
        else:
            b.term(key, p, abroad)
    b.notes.insert(0, "hanzi->pinyin")


_BRAND_CHARS = 2  # the characters of a Chinese firm's own name after its place: 大连|义锦, 乌鲁木齐|顺隆


def _han_chunk(chunk: str, org: bool) -> list[list[str]]:
    """Spellings of a Hanzi name chunk.  In a firm's name a chunk of four characters or more is most often a
    place and the firm's own two-character name (大连义锦棉业厂 = Dalian Yijin Cotton Factory), the words a
    Latin listing writes apart; the whole chunk as one word is kept beside it."""
    whole = hanzi.joined(chunk)
    if not org or len(chunk) < 2 * _BRAND_CHARS:
        return [[whole]]
    place, brand = chunk[:-_BRAND_CHARS], chunk[-_BRAND_CHARS:]
    return [[hanzi.joined(place), hanzi.joined(brand)], [whole]]


def _runs(text: str) -> list[tuple[str, str]]:
    """Split folded text into (script, run) pieces: 'latin' words, 'hangul' and 'han' runs."""
    if text.isascii():
        return [("latin", w) for w in text.split()]
    out: list[tuple[str, str]] = []
    for word in text.split():
        cur_kind, cur = "", ""
        for ch in word:
            kind = "hangul" if is_hangul(ch) else ("han" if is_han(ch) else "latin")
            if kind != cur_kind and cur:
                out.append((cur_kind, cur))
                cur = ""
            cur_kind, cur = kind, cur + ch
        if cur:
            out.append((cur_kind, cur))
    return _numbered(out)


# Korean and Chinese write a number's mark as a character: 第2 (the second), 3호 / 3号 (No. 3); the lists
# write the number alone (SECOND ECONOMIC COMMITTEE, KUM UN SAN 3), as the Latin readings read 'No. 3' and
# 'second' (see _numbers)
_NUMBER_AFTER = frozenset({"호", "號", "号"})


def _numbered(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i, (kind, run) in enumerate(runs):
        after = runs[i + 1][1] if i + 1 < len(runs) else ""
        before = out[-1][1] if out else ""
        # 第 closes a run before its number (朝鲜第2); 제 only stands alone (제2경제위원회: not 경제 before a 2)
        if kind != "latin" and (run[-1] == "第" or run == "제") and after[:1].isdigit():
            run = run[:-1]
        if kind != "latin" and run in _NUMBER_AFTER and before[-1:].isdigit():
            run = ""  # the mark alone (3호); 39호실 is room 39, a word of its own
        if run:
            out.append((kind, run))
    return out


# Analyses made in other processes and handed back (the clustering's forked workers, above the number of names
# render_name's cache holds), which render_name answers from while a screen keeps them (`kept_analyses`): the
# matcher, whose workers fork later, then finds the parties' names analysed instead of analysing them again
_HANDED: dict[str, Analysis] = {}
_KEEPING: list[int] = [0]  # open kept_analyses() scopes; outside any, nothing is handed over (nothing to free)


@contextmanager
def kept_analyses() -> Iterator[None]:
    """Within: analyses handed over by `hand_over` answer render_name; all are dropped when the last scope ends."""
    _KEEPING[0] += 1
    try:
        yield
    finally:
        _KEEPING[0] -= 1
        if not _KEEPING[0]:
            _HANDED.clear()


def hand_over(names: Sequence[str], analyses: Sequence[Analysis]) -> None:
    """render_name(names[i]) is analyses[i] (each made by render_name.__wrapped__) while a scope keeps them."""
    if _KEEPING[0]:
        _HANDED.update(zip(names, analyses, strict=True))


@lru_cache(maxsize=200_000)
def render_name(name: str) -> Analysis:
    """Every rendering of a name.  Never raises: an unusable name gives an Analysis with no tokens."""
    handed = _HANDED.get(name)
    if handed is not None:
        return handed
    text = fold(name or "")
    runs = _runs(text)
    b = _Builder()
    latin_words: list[str] = []
    whole = len(runs) == 1
    groups = _hyphen_groups(name)
    for kind, run in runs:
        if kind == "latin":
            latin_words.append(run)
            continue
        if latin_words:
            _latin(latin_words, b, groups)
            latin_words = []
        (_hangul if kind == "hangul" else _han)(run, b, whole)
    if latin_words:
        _latin(latin_words, b, groups)
    scripts = frozenset(k for k, _ in runs)
    return Analysis(name, b.renderings(), tuple(dict.fromkeys(b.notes)), b.country, scripts, b.country_words)
