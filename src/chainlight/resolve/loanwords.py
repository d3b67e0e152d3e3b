"""English words written in Hangul (컴퓨터 센터, 오션 마린 매니지먼트, 그린 파인) read back into the words of the lists.

Korean writes a loanword by its sound, so no dictionary of meanings holds it; but the sound keeps the English
word's consonants in an order a rule can follow both ways.  Both sides are reduced to one key of consonant
classes, the way Korean hears English (National Institute of Korean Language, 외래어 표기법, the loanword
orthography of 1986):

- k, c (hard), g (hard), q and ck are ㄱ/ㅋ; t and d are ㄷ/ㅌ; p, b, f, v and ph are ㅂ/ㅍ; s, soft c, th, sh
  and -tion's t are ㅅ; j, ch, soft g and z are ㅈ/ㅊ; l and r are ㄹ; ng is a final ㅇ;
- English r before a consonant or at the end of a word is not written (center 센터, computer 컴퓨터);
- Hangul's ㅡ after a consonant (로케트's 트) and the silent initial ㅇ add nothing.

A Hangul word is read as every listed word with its key.  Keys of one or two consonants fit many words, so
those are kept only where the word's letters also resemble the Hangul's romanization; and a reading, like any
translation, counts only where the listed name carries the word (matcher._carries).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from chainlight.resolve import cedict
from chainlight.resolve.chinese_in_hangul import ChineseInHangul
from chainlight.resolve.hangul import revised
from chainlight.resolve.hanja_reading import reading_table
from chainlight.resolve.normalize import is_hangul

SOURCE = "read by sound (the loanword orthography: English by its consonant classes, Chinese by its table)"

# Hangul jamo by index (Unicode order) -> consonant class; "" is silent
_INITIAL = ["K", "K", "N", "T", "T", "R", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "H"]
_FINAL = ["", "K", "K", "KS", "N", "NJ", "N", "T", "R", "RK", "RM", "RP", "RS", "RT", "RP", "R", "M", "P", "PS",
          "T", "T", "G", "J", "J", "K", "T", "P", "H"]

MIN_KEY = 2  # consonants; a key of fewer says too little
OWN_MIN_KEY = 3  # ... and for a body's own word, which no dictionary vouches for
OWN_MIN_LETTERS = 4
SHORT_KEY = 2  # keys this short need the letters to agree too
SHORT_LIKENESS = 55  # rapidfuzz ratio of the word to the romanization, for short keys
CHOICES = 4  # listed words offered per Hangul word
READ_CACHE = 50_000  # Hangul words whose reading is kept
MAX_PIECE = 8  # syllables of the longest loanword a cut tries (커뮤니케이션즈 is seven)
NAMED_LIKENESS = 40  # likeness a word of 3+ consonants needs as an option of names_cover (2 or fewer: SHORT_LIKENESS)
NAMED_CHOICES = 6  # options per piece in names_cover
HEARD_ALL = 40  # options per word in heard_all


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words of the English names of countries, territories and continents (CLDR via Babel: korea, russia,
    asia), which Korean writes by their sound as any English word (코리아 Korea, 러시아, 아시아) and CC-CEDICT's
    English glosses, which capitalise proper names, do not give as words."""
    from babel import Locale

    # each word of a name of several (North Korea: korea), as the lists write the word alone (KOREA ...)
    return frozenset(word for label in Locale.parse("en").territories.values()
                     for word in label.lower().replace("-", " ").split()
                     if word.isascii() and word.isalpha() and len(word) >= 4)


@lru_cache(maxsize=1)
def sino_syllables() -> frozenset[str]:
    """The Hangul syllables that read some Hanja (the hanja package's table; 金 as a surname reads 김): a
    syllable outside them (컴, 퓨, 센, 르) is a loanword's."""
    return frozenset(reading_table().values()) | {"김"}


_VOICED_S = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")
_CLOSING_VOICED_S = re.compile(r"[aeiouwy]s$")


def plausible_piece(word: str) -> bool:
    """Whether a Hangul word can write one English word: each of its syllables writes a consonant of it, but for
    one vowel (오일 oil, 퍼스트 first; not 아시아오션, five syllables for the two consonants of ocean)."""
    key = hangul_key(word)
    return bool(key) and len(word) <= len(key or "") + 1


def hangul_key(word: str) -> str | None:
    """The consonant classes of a Hangul word (None when it holds anything but Hangul syllables)."""
    if not word or not all(is_hangul(c) and 0xAC00 <= ord(c) <= 0xD7A3 for c in word):
        return None
    out: list[str] = []
    for k, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        # the vowel (code % 588 // 28) is left out: English spells each of them too many ways
        out.append(_INITIAL[code // 588])
        final = code % 28
        if final == _SIOT_FINAL and k + 1 < len(word) and (ord(word[k + 1]) - 0xAC00) // 588 in _J_INITIALS:
            continue  # ㅅ before ㅈ/ㅊ marks the short vowel of English -dge/-tch (브릿지 bridge, 스위치 switch)
        out.append(_FINAL[final])
    return _collapse("".join(out))


_SIOT_FINAL = 19
_J_INITIALS = (12, 14)  # ㅈ ㅊ


_LOAN_VOWELS = ((re.compile(r"eu"), ""), (re.compile(r"yeo"), "e"), (re.compile(r"eo"), "e"),
                (re.compile(r"ae"), "a"),
                # ㄹㄹ is how the orthography writes one l between vowels (슬랜 -slan-, 볼라 vola, 톨리 toli)
                (re.compile(r"lr"), "l"))
_Z = "즈"  # the orthography's z (비즈니스 business, 아그로소유즈 Agrosoyuz), which the romanization writes j
# Letters both sides spell one sound with, folded for the likeness that ranks a key's words: Korean has one
# letter for English b, f, p and v, one for d and t, for g, hard c, k and q, for l and r
_FOLD = tuple((re.compile(p), r) for p, r in (
    (r"^([^aeiou]*)i([^aeiou])e$", r"\1ai\2"),  # a magic e: pine is 파인
    (r"^([^aeiou]*)a([^aeiou])e$", r"\1ei\2"),
    (r"ee", "i"),  # green 그린
    (r"igh", "ai"),  # light 라이트, bright 브라이트: gh is silent after i
    (r"ck", "k"),
    (r"c(?=[eiy])", "s"),
    (r"ph", "p"),
    (r"sh", "s"),
    (r"e$", ""),
    (r"r(?=[^aeiouy]|$)", ""),
    (r"[bfv]", "p"),
    (r"d", "t"),
    (r"[cgq]", "k"),
    (r"l", "r"),
    (r"z", "j"),
    (r"(.)\1+", r"\1"),
))


# The names of the Latin letters as Korean writes them (the loanword orthography's spelling of the English names:
# 에이 A, 비 B ... 알 R ... 제트 Z), for a letter standing alone in a name read by its sound (레이디 알, the LADY R).
# 이, 오, 유, 시, 지 are also common Korean words and surnames: a letter is read so only in a name of several
# words whose other words are loanwords (translation.Translator._sounded).
LETTER_NAMES: dict[str, str] = {
    "에이": "a", "비": "b", "씨": "c", "시": "c", "디": "d", "이": "e", "에프": "f", "지": "g", "에이치": "h",
    "아이": "i", "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n", "오": "o", "피": "p", "큐": "q",
    "알": "r", "아르": "r", "에스": "s", "티": "t", "유": "u", "브이": "v", "더블유": "w", "엑스": "x",
    "와이": "y", "제트": "z", "지드": "z",
}


LETTER_NAME_MAX = _LETTER_NAME_MAX = max(map(len, LETTER_NAMES))


def spelt_letters(word: str) -> str | None:
    """The Latin letters a Hangul word spells by their names, two at least and nothing else (알케이 -> rk, 에스케이
    -> sk), as Korean writes a firm's initials (RK BRIZ as 알케이 브리즈); None for a word that is not so made.  The
    fewest letters first: 에이치 is H, not A + 치."""
    best: list[str | None] = [None] * len(word) + [""]
    for i in range(len(word) - 1, -1, -1):
        for j in range(i + 1, min(len(word), i + _LETTER_NAME_MAX) + 1):
            rest = best[j]
            if word[i:j] in LETTER_NAMES and rest is not None:
                read = LETTER_NAMES[word[i:j]] + rest
                if best[i] is None or len(read) < len(best[i] or ""):
                    best[i] = read
    letters = best[0]
    return letters if letters is not None and len(letters) >= 2 else None


def loan_romanization(word: str) -> str:
    """The Revised Romanization with the vowels Korean adds or alters in loanwords undone (ㅡ is the vowel
    Korean puts after a final consonant: 로케트 roket; ㅓ and ㅐ stand for English e and a), its consonants
    folded as likeness() folds an English word's."""
    return _folded(loan_spelling(word))


def loan_spelling(word: str) -> str:
    """A loanword written back in Latin letters as the loanword orthography spells it, the vowels Korean adds
    undone and nothing folded (스완시스 swansis, 안파사르 anpasar, 게페스트 gepest): for a name no English word is."""
    out = "z".join(revised(part) if part else "" for part in word.split(_Z))
    for pattern, repl in _LOAN_VOWELS:
        out = pattern.sub(repl, out)
    return out


@lru_cache(maxsize=50_000)
def _folded(word: str) -> str:
    for pattern, repl in _FOLD:
        word = pattern.sub(repl, word)
    return word


def likeness(sound: str, english: str) -> float:
    """How alike a loanword's folded romanization and an English word are, letters folded alike; an English
    word is also read as said where its letters say another vowel (lady 레이디), the better of the two counting."""
    plain = fuzz.ratio(sound, _folded(english))
    said = _said(english)
    return plain if said == english else max(plain, fuzz.ratio(sound, _folded(said)))


# English vowels said otherwise than written, which Hangul writes as said: an a closing an open first syllable
# is ei (lady 레이디, data 데이터, station 스테이션), a closing y after a consonant is i (lady, energy 에너지).
# Names are not always said so (Vlasis 블라시스, Panama 파나마): only a second reading, never the only one
_SAID = ((re.compile(r"^([^aeiou]*)a([^aeiouy])(?=[aeiouy])"), r"\1ei\2"), (re.compile(r"(?<=[^aeiou])y$"), "i"))


def _said(word: str) -> str:
    for pattern, repl in _SAID:
        word = pattern.sub(repl, word)
    return word


def _collapse(key: str) -> str:
    # doubled consonants are one (일렉 = el-ec, ll; 매니지 = man-ag): a repeated class counts once
    return re.sub(r"(.)\1+", r"\1", key)


_ENGLISH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"[^a-z]", ""),
        (r"ch(?=[rln])|^ch(?=em)|(?<=te)ch", "K"),  # Greek ch is hard (chrome 크롬, technology 테크놀로지)
        (r"ti(?=[ao])|ci(?=[ao])|si(?=[ao])|sh", "S"),  # -tion, -cial, -sion, sh
        # gh is silent after i (light 라이트, bright 브라이트, high 하이) and before t after au/ou (daughter 도터)
        (r"(?<=i)gh|(?<=[ao]u)gh(?=t)", ""),
        (r"ch|dg|j|z", "J"),
        (r"g(?=[eiy])", "J"),
        (r"ck|q|x", "K"),  # x: k + s, the s follows
        (r"c(?=[eiy])", "S"),
        (r"n(?=[kqcK])", "G"),  # n before a k sound is ㅇ (bank 뱅크; soft c is S by now)
        (r"e$", ""),  # silent final e (pine, centre), after the e has softened the c or g before it
        (r"(?<=[bcdfgkmnpstvz])le$", "l"),
        (r"th", "S"),
        (r"ph|[bfpv]", "P"),
        (r"ng", "G"),
        (r"[ckg]", "K"),
        (r"[dt]", "T"),
        (r"s", "S"),
        (r"r(?=[^aeiouy]|$)", ""),  # r before a consonant or at the end is not written
        (r"[lr]", "R"),
        (r"m", "M"),
        (r"n", "N"),
        (r"h", "H"),
        (r"[aeiouwy]", ""),
    ))


@lru_cache(maxsize=50_000)
def english_key(word: str) -> str:
    """The consonant classes Korean hears in an English word: computer KMPT, center SNT, management MNJMNT."""
    return _key(word, _ENGLISH_RULES)


def _key(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    w = word.lower()
    x = w.count("x")
    for pattern, repl in rules:
        w = pattern.sub(repl, w)
    if x:
        w = w.replace("K", "KS")
    return _collapse(w)


# A name of another European language is written as it is said there, its r before a consonant sounded (르:
# Versor 베르소르, Hamburg 함부르크, Berlin 베를린), and a final r is often left out all the same (베르소 in the
# news): a body's own word, which no English dictionary holds, is also keyed with its r sounded before a
# consonant, and with every r sounded
_R_BEFORE_CONSONANT = r"r(?=[^aeiouy]|$)"
_EUROPEAN_R = (
    tuple((re.compile(r"r$"), "") if p.pattern == _R_BEFORE_CONSONANT else (p, r) for p, r in _ENGLISH_RULES),
    tuple((p, r) for p, r in _ENGLISH_RULES if p.pattern != _R_BEFORE_CONSONANT),
)


def own_word_keys(word: str) -> set[str]:
    """The keys of a body's own word: as English says it, and with its r sounded as other languages do
    (versor: PS, PRS, PRSR)."""
    return {english_key(word), *(_key(word, rules) for rules in _EUROPEAN_R)}


class Loanwords:
    """The listed words of a Matcher by the key Korean hears in them."""

    def __init__(self, words: Mapping[str, int], own_words: Iterable[str] = (), names: Iterable[str] = (),
                 wade_giles: Iterable[str] | None = None) -> None:
        """`words`: every listed word, of which the English ones are keyed; `own_words`: the words of the names
        of bodies the lists tie to Korea, China or Japan, which a Korean document may spell by their sound
        though no English word is one (블루노르프 BLUENOROFF, 블라시스 VOLASYS, 브리즈 BRIZ, 젤엠 ZEELM);
        `names`: the bodies' names, whose short pinyin names Korean writes as one word (chinese_in_hangul);
        `wade_giles`: the listed runs in Wade-Giles a Hangul word may spell (those of `names` when not given)."""
        # English words (CC-CEDICT's glosses): Korean spells English words so, and a watchlist of a million
        # names has hundreds of thousands of other words, which would cost seconds to key; of the others, only
        # the few thousand of East Asian bodies' names, whose own words Korean documents write
        english = cedict.english_words() | place_words()
        by_key: dict[str, list[str]] = {}
        one: dict[str, list[str]] = {}  # English words of one consonant (oil, sea), for names_cover only
        for w in words:
            if len(w) >= 3 and w in english:
                key = english_key(w)
                # an s between vowels is often said z, and Korean writes it so (leasing 리징, business 비즈니스)
                voiced = english_key(_VOICED_S.sub("z", w)) if _VOICED_S.search(w) else key
                # ... and so is an s closing a word after a vowel (always 올웨이즈, news 뉴스 or 뉴즈)
                closing = english_key(w[:-1] + "z") if _CLOSING_VOICED_S.search(w) else key
                # Korean writes no plural: 시스템 is system and systems
                for k in {key, voiced, closing, key[:-1] if w.endswith("s") and key.endswith("S") else key}:
                    if len(k) >= MIN_KEY:
                        by_key.setdefault(k, []).append(w)
                    elif k:
                        one.setdefault(k, []).append(w)
        self._one = {k: tuple(dict.fromkeys(v)) for k, v in one.items()}
        own: set[str] = set()
        for w in own_words:
            if len(w) >= OWN_MIN_LETTERS and w.isascii() and w.isalpha() and w not in english:
                for key in own_word_keys(w):
                    if len(key) >= OWN_MIN_KEY:
                        by_key.setdefault(key, []).append(w)
                        own.add(w)
        self._counts = words
        self._own = frozenset(own)
        self._by_key = {k: tuple(dict.fromkeys(v)) for k, v in by_key.items()}
        self._read: dict[str, list[tuple[str, str]]] = {}  # read() of the words already read
        self._chinese = ChineseInHangul(words, names, wade_giles)

    def read(self, word: str) -> list[tuple[str, str]]:
        """(listed word, romanization) for a Hangul word read by its sound, the likeliest first: a Chinese name
        spelt by the table for Mandarin (샹허 xianghe, exact), or else the English words with its key, the most
        alike first (a long key is near proof; a short one must also look like the romanization)."""
        if (known := self._read.get(word)) is not None:
            return known
        chinese = [(w, w) for w in self.chinese(word)]
        # a word the Mandarin table spells as a listed word is a Chinese name, not also an English word of
        # like consonants (다롄 is Dalian, not trans or train: MARINE TRANS SHIPPING matched 다롄국제해운 at 0.94)
        found = (chinese or self._by_sound(word))[:CHOICES]
        if len(self._read) < READ_CACHE:
            self._read[word] = found
        return found

    def chinese(self, word: str) -> tuple[str, ...]:
        """The listed words a Hangul word spells by Mandarin sound (다롄 -> dalian), commonest first."""
        return self._chinese.pinyin(word)

    def chinese_given_in_wade_giles(self, word: str) -> tuple[str, ...]:
        """A Chinese given name in Hangul spelt in Wade-Giles with listed words (왕건 -> wang ken):
        chinese_in_hangul.ChineseInHangul.given_in_wade_giles."""
        return self._chinese.given_in_wade_giles(word)

    def chinese_by_korean_reading(self, word: str, heads: Iterable[str] = ()) -> list[tuple[str, str]]:
        """(listed word, characters) for a Hangul word read as the Korean reading of a Chinese name the lists spell
        in pinyin (천보 -> tianbao, 天寶): chinese_in_hangul.ChineseInHangul.by_korean_reading."""
        return self._chinese.by_korean_reading(word, heads)

    def own_by_latin_sound(self, spelling: str) -> list[str]:
        """The East Asian bodies' own words a word spelt in Latin letters by its sound (a katakana word's romaji,
        ブラシス burashisu) has the consonants of, Korean and Japanese hearing them alike (b and v, l and r, s and
        sh): volasys.  The likeliest first; none for a key of fewer than OWN_MIN_KEY consonants."""
        key = english_key(spelling)
        if len(key) < OWN_MIN_KEY:
            return []
        found = [w for w in self._by_key.get(key, ()) if w in self._own]
        return sorted(found, key=lambda w: (-likeness(_folded(spelling), w), w))[:CHOICES]

    def own(self, word: str) -> bool:
        """Whether a word read() gives is an East Asian body's own word, no dictionary word, or a short pinyin
        name written as one word (shangyuanbao): a reading of it is a spelling back of a name, not a translation."""
        return word in self._own or word in self._chinese.joined or word in self._chinese.wade_giles

    def by_sound(self, word: str) -> list[tuple[str, str]]:
        """(listed English word, romanization) for a Hangul word heard by its consonants, no Mandarin reading
        tried first (read() prefers it): 선 sun, 문 moon among the likeliest words of like consonants."""
        return self._by_sound(word)

    def _by_sound(self, word: str) -> list[tuple[str, str]]:
        key = hangul_key(word)
        if key is None or len(key) < MIN_KEY:
            return []
        found = self._by_key.get(key, ())
        if not found:
            return []
        sound = loan_romanization(word)
        like = {w: likeness(sound, w) for w in found}
        # a short key fits many words; a body's own word is no dictionary word, so its letters must agree too,
        # and the Hangul must have a syllable no Hanja reads: one of Sino-Korean syllables only (제운송) is a
        # Sino-Korean word, whose consonants may also be some firm's name (Jinsong)
        foreign = any(c not in sino_syllables() for c in word)
        found = tuple(w for w in found if (w not in self._own or foreign)
                      and ((len(key) > SHORT_KEY and w not in self._own) or like[w] >= SHORT_LIKENESS))
        # an East Asian body's own word first: a Hangul spelling of a name no dictionary has is most likely
        # of the body that bears it (few such words share a key), a dictionary word's spelling the next guess
        ranked = sorted(found, key=lambda w: (w not in self._own, -like[w], -self._counts.get(w, 0), w))
        return [(w, sound) for w in ranked[:CHOICES]]

    def heard_as(self, piece: str) -> list[tuple[str, float]]:
        """(English listed word, likeness) for a Hangul piece by its consonants, keys of one consonant too (오일
        oil), the most alike first: the options of names_cover, where one listed name must carry them all."""
        key = hangul_key(piece)
        if not key or not plausible_piece(piece):
            return []
        found = [w for w in (self._by_key.get(key, ()) if len(key) >= MIN_KEY else self._one.get(key, ()))
                 if w not in self._own]
        sound = loan_romanization(piece)
        like = sorted(((w, likeness(sound, w)) for w in found), key=lambda x: (-x[1], x[0]))
        floor = SHORT_LIKENESS if len(key) <= SHORT_KEY else NAMED_LIKENESS
        return [(w, x) for w, x in like if x >= floor][:NAMED_CHOICES]

    def heard_all(self, word: str) -> list[str]:
        """Every English listed word a Hangul word may be by its sound (keys of two consonants or more, the
        likeness a short key needs), the most alike first, at most HEARD_ALL: the options a listed name carrying
        its neighbours picks from (Translator._carried_first)."""
        key = hangul_key(word)
        if key is None or len(key) < MIN_KEY or not plausible_piece(word):
            return []
        sound = loan_romanization(word)
        floor = SHORT_LIKENESS if len(key) <= SHORT_KEY else NAMED_LIKENESS
        like = sorted(((w, likeness(sound, w)) for w in self._by_key.get(key, ()) if w not in self._own),
                      key=lambda x: (-x[1], x[0]))
        return [w for w, x in like if x >= floor][:HEARD_ALL]

    def cover(self, run: str, kept: Mapping[str, object], kept_max: int,
              loanable: Callable[[str], bool], foreign: Callable[[str], bool]) -> list[tuple[str, list[str]]] | None:
        """A run of Hangul cut whole into loanwords and words of `kept` (the vocabulary, which the analyser
        reads itself): 오션마린매니지먼트 -> 오션 마린 매니지먼트, 조선컴퓨터센터 -> 조선 + 컴퓨터 센터.  Each
        piece with its English words, likeliest first (none for a kept one); None when no such cut has a loanword, or when
        the run cannot be cut so.  Fewer pieces win, then the likelier words: 일렉트로닉스 is one word, not
        일렉트로닉 + 스.  `loanable` says which pieces may be loanwords at all, `foreign` which have a syllable no
        Hanja reads."""
        n = len(run)
        english = cedict.english_words()
        best: list[_Cut | None] = [None] * (n + 1)
        best[0] = _Cut(0, 0, 0, 0.0, 0, ())
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            for j in range(i + 1, min(n, i + max(MAX_PIECE, kept_max)) + 1):
                piece = run[i:j]
                if piece in kept and j - i <= kept_max:
                    option = here._replace(pieces=here.pieces + 1, cut=(*here.cut, (piece, [])))
                elif j - i >= 2 and loanable(piece) and (words := self.read(piece)):
                    first = words[0][0]
                    # a word of the lists, not a pinyin; or a whole short pinyin name (shangyuanbao)
                    listed = first in english or first in self._own or first in self._chinese.joined
                    option = _Cut(here.sino + (not foreign(piece)), here.unlisted + (not listed),
                                  here.pieces + 1, here.unlike - likeness(words[0][1], first), here.loans + 1,
                                  (*here.cut, (piece, [w for w, _ in words])))
                else:
                    continue
                there = best[j]
                if there is None or option.rank < there.rank:
                    best[j] = option
        done = best[n]
        return list(done.cut) if done is not None and done.loans else None


class _Cut(NamedTuple):
    """A way of cutting the start of a run, ranked by its first four fields, fewest first: a piece every
    syllable of which reads a Hanja is a loanword only where no cut into vocabulary does (로케트 + 공업 + 부,
    not + 공업부); English words make the likelier cut (글로벌 + 인터페이스); then fewer pieces, then likelier
    words."""

    sino: int  # loanwords of Sino-Korean syllables only
    unlisted: int  # loanwords read as no English word (pinyin)
    pieces: int
    unlike: float  # minus the loanwords' likeness
    loans: int
    cut: tuple[tuple[str, list[str]], ...]

    @property
    def rank(self) -> tuple[int, int, int, float]:
        return self.sino, self.unlisted, self.pieces, self.unlike


# The consonants a Hangul spelling keeps of a foreign word, voicing and all: the orthography writes t and d
# apart (트 / 드), p and f as one (프) and b and v as one (브), k and g apart (크 / 그), s and z apart (스 / 즈);
# l and r are one (ㄹ), an r before a consonant or at the end is not written, h is mostly lost
_SOUND_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"[^a-z]", ""),
        (r"ph", "f"),
        (r"ck|q", "k"),
        (r"x", "ks"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"sh", "s"),
        (r"h", ""),
        (r"f", "p"),
        (r"v", "b"),
        (r"r(?=[^aeiouy]|$)", ""),
        (r"r", "l"),
        (r"ng", "n"),
        (r"[aeiouwy]", ""),
        (r"(.)\1+", r"\1"),
    ))
SOUND_LIKENESS = 80  # rapidfuzz ratio of two such skeletons: one consonant off in five or more


@lru_cache(maxsize=50_000)
def sound_skeleton(word: str) -> str:
    """The consonants of a word as a Hangul spelling keeps them: gefest and gepest are gpst, gefesd gpsd."""
    w = word.lower()
    for pattern, repl in _SOUND_RULES:
        w = pattern.sub(repl, w)
    return w


def sounds_alike(spelling: str, word: str) -> bool:
    """Whether a loanword spelt back (gepest) may be the listed word (GEFEST, not GEFESD): the same first
    consonant and skeletons at most one consonant off in five."""
    a, b = sound_skeleton(spelling), sound_skeleton(word)
    return bool(a and b) and a[0] == b[0] and fuzz.ratio(a, b) >= SOUND_LIKENESS
