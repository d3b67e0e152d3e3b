"""Signs, in a query and the listed name it was scored against, that the two name different things although
their words agree: real unlisted look-alikes (benchmarks/resolve/realworld) that scored above the threshold.

Each test is on the pair as the scorer compared it (its renderings), says nothing of the score, and is applied
by the matcher as a factor, named in the match's features and explanation.  None of them reads a word list:

- a ship's number (KUM GANG 3): a listed ship's name with a number is one of several ships of that name, and a
  name without it (금강호, a South Korean cruise ship) is none of them;
- a number in a person's name: a listed person's name has none, and a query whose every reading has one names
  a ship, a unit or a works (金星3号, the ship GOLD STAR 3, read in Korean is 김성3호, not KIM Song);
- a number alone: the listed name shares nothing with the query but a number and vocabulary (조선 4.26
  아동영화촬영소 against FOURTH OCEAN GMBH & CO KG), the query's own words being elsewhere;
- syllables in another order: one word in Hangul or characters has its syllables in one order, which a listed
  body's name written in the other order is not (천보 Chunbo, a South Korean firm, against the ship PO CHON);
- a common Korean word alone: one Sino-Korean word in Hangul that the dictionaries know as a common word
  (백설 白雪, snow-white, a South Korean food brand) is not the listed body whose own name it is and whose
  listed name says more (PAEKSOL TRADING CORPORATION), as the same word in characters is not (matcher).
- a ship's name against a body's: a query of own words and a closing number, nothing else (UN PHA 2, Shin
  Pyeong 5), is how ships are named, and a listed body whose name has no number and says what it is (KOREA UNPHA
  SHIPPING & TRADING) is not that ship, though the shipping firm may have named it;
- another Korean name: a query written in Hangul alone says which syllables its own words are, and a listed
  romanized name none of whose own words any romanization of them spells (Ryungsong is 륭성, never 룡성) names
  another body, however alike the two look once the skeletons fold their vowels (룡성무역회사, a trading firm on
  neither list, against Ryungsong Trading Corporation, an alias of KOREA TANGUN TRADING CORPORATION); and a
  name of a person's length (two or three syllables) with a syllable none of the own words of a listed name of
  own words alone spells (장경하, a person, against the ship JANG GYONG, which leaves 하 unsaid);
- an English loanword left in Hangul: a translated reading keeps in Hangul a word ending as Korean writes an
  English word's last consonant (골드 in 골드 star), whose romanization (goldeu) comes near other English words
  by chance (GOLDEN).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from chainlight.resolve import cedict, jmdict, loanwords
from chainlight.resolve.normalize import is_han, is_hangul
from chainlight.resolve.rendering import Rendering

ANOTHER_SHIP = 0.7  # a listed ship's name with a number, against a name without one
A_NUMBER_ALONE = 0.7  # a listed name sharing only numbers and vocabulary with a query that has own words
OTHER_ORDER = 0.7  # one Hangul or Han word whose syllables the listed name writes in another order
A_NUMBERED_NAME = 0.7  # a query with a number, against a listed person's name, which has none
A_SHIPS_NAME = 0.7  # own words and a closing number, against a listed body's name without a number
ANOTHER_KOREAN_NAME = 0.7  # a Hangul name's own syllables, which no romanization of the listed own words spells
A_KOREAN_WORD = 0.6  # a common Korean word alone, against a listed body whose name says more (as A_COMMON_WORD)

_DIGITS = re.compile(r"^\d+$")
_OWN_MIN = 3  # letters of a query's own word that counts as one
_ALIKE = 75  # rapidfuzz ratio at which two own words are one word spelt two ways (kumgang / kumgan)


def _numbers(r: Rendering) -> set[str]:
    return {t.text for t in r if _DIGITS.match(t.text)}


def _own_words(r: Rendering) -> list[str]:
    return [t.text for t in r if t.cls == "name" and not _DIGITS.match(t.text)]


def another_ship(queries: list[Rendering], listed: Rendering) -> bool:
    """The listed ship's name has a number and no reading of the query has one (KUM GANG 3 / 금강호): sister
    ships share a name and differ by the number.  A different number is the scorer's (its numbers feature)."""
    return bool(_numbers(listed)) and not any(_numbers(q) for q in queries)


def numbered_name(queries: list[Rendering], listed: Rendering) -> bool:
    """Every reading of the query has a number and the listed (person's) name has none: people's names carry no
    numbers, ships', units' and works' do (金星3号 read in Korean, 김성3호, against KIM Song)."""
    return bool(queries) and not _numbers(listed) and all(_numbers(q) for q in queries)


def number_alone(queries: list[Rendering], listed: Rendering) -> bool:
    """The query and the listed name share a number, and no reading of the query has an own word that the
    listed name has, spelt alike or joined differently, while each has own words of its own (adong yonghwa
    chwalyongso, a children's film studio, against FOURTH OCEAN, which shares the number 4 and, read as
    misspelt vocabulary, korea).  Names without a number are the scorer's: their own words may agree by sound
    alone across scripts (화신 hwasin, HUAXIN), which no spelling measure here sees."""
    numbers = _numbers(listed)
    if not numbers or not any(_numbers(q) & numbers for q in queries):
        return False
    listed_own = _own_words(listed)
    joined = "".join(listed_own)
    for q in queries:
        own = [w for w in _own_words(q) if len(w) >= _OWN_MIN]
        if not own:
            return False  # a reading of vocabulary and numbers alone is the vocabulary rule's
        together = "".join(own)
        if joined and (fuzz.partial_ratio(together, joined) >= _ALIKE
                       or any(fuzz.ratio(w, x) >= _ALIKE for w in own for x in listed_own)):
            return False
    return True


def ships_name(queries: list[Rendering], listed: Rendering) -> bool:
    """Every reading of the query is own words closed by a number, no word of the vocabulary among them (UN PHA
    2), and the listed body's name has no number but words of the vocabulary (KOREA UNPHA SHIPPING & TRADING):
    a ship's name, not the body's.  A query with a word of a body's kind (Office 39, 110호 연구소) is a body's
    name, and a listed name of own words alone (KUMUNSAN) may be a ship's name written without its number."""
    if not queries or _numbers(listed) or all(t.cls == "name" for t in listed):
        return False
    for q in queries:
        if len(q) < 2 or not _DIGITS.match(q[-1].text) \
                or not all(t.cls == "name" and not _DIGITS.match(t.text) for t in q[:-1]):
            return False
    return True


def one_word_in_characters(name: str) -> bool:
    """The name is one word of Hangul or Chinese characters, nothing else: its syllables are in a fixed order."""
    text = name.strip()
    return len(text) >= 2 and all(is_hangul(c) or is_han(c) for c in text)


def other_order(query: Rendering, listed: Rendering) -> bool:
    """The query's own words (one per syllable read) are the listed name's own words in another order (chon po
    against PO CHON).  A person's name may be written surname first or last; the matcher asks this for bodies
    and ships only."""
    q, c = _own_words(query), _own_words(listed)
    return len(q) >= 2 and sorted(q) == sorted(c) and q != c


def common_korean_word(name: str) -> str | None:
    """The dictionary entry (its headword) of a one-word Sino-Korean name in Hangul of two or three syllables,
    when CC-CEDICT or JMdict has it as a common word and neither as a proper name: 백설 is 白雪 (snow-white).
    None for a name with a syllable no Hanja reads (a loanword) or no such entry."""
    text = name.strip()
    if not 2 <= len(text) <= 3 or not all(is_hangul(c) for c in text):
        return None
    if any(c not in loanwords.sino_syllables() for c in text):
        return None
    from chainlight.resolve.translation import sino_heads  # after the tests: asked of every query

    for head in sino_heads(text):
        entries = [e for e in (cedict.lookup(head), jmdict.lookup(head)) if e]
        if entries and not any(e.named for e in entries):
            return head
    return None


_EU = 18  # the vowel ㅡ (eu), which Korean adds after an English consonant ending a word (gold 골드, Max 맥스)


def _epenthetic(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and (code % 588) // 28 == _EU and code % 28 == 0


def loanword_left(text: str) -> bool:
    """A word of the (translated) reading is still in Hangul and ends in a syllable no Hanja reads with the
    vowel Korean adds after an English word's last consonant (골드 gold): an English loanword, whose
    romanization (goldeu) is no spelling a list writes and comes near other English words by chance (GOLDEN).
    Chinese and Russian names in Hangul (단둥진샹, 프리모례) end otherwise and are matched by their romanization."""
    sino = loanwords.sino_syllables()
    return any(all(is_hangul(c) for c in w) and w[-1] not in sino and _epenthetic(w[-1]) for w in text.split())


_NOT_SYLLABLES = re.compile(r"[\s\-‐–·・.,&/()]|\d")


def another_korean_name(query: str, listed: Rendering) -> bool:
    """The query is written in Hangul alone, the listed name's own words are romanized Korean (each reads as
    syllables of some romanization: readings.py's McCune-Reischauer, DPRK and Revised tables), and no own word
    reads as syllables the query writes, in order (Ryungsong against 룡성무역회사: ryung is 륭).  A listed own
    word no Korean romanization spells (GLOBAL, HONGXIANG) is a loanword, a translation or a Chinese name, which
    the Hangul does not spell syllable by syllable, and own words that all read as pinyin may be a Chinese name:
    then nothing is said.  A query of a person's length (PERSON_SYLLABLES, a ship's 호 aside) is another name too
    when a syllable of it is spelt by none of the own words of a listed name that has nothing else."""
    from chainlight.resolve.readings import CHINESE, KOREAN, romanized_syllables

    text = _in_hangul_alone(query)
    if not text:
        return False
    own = _own_words(listed)
    if not own or all(romanized_syllables(w, CHINESE) for w in own):
        return False  # pinyin, maybe (DANDONG KEHUA): a Chinese name, which Hangul writes by the Chinese sounds
    spelt: set[int] = set()  # the query's syllables some own word spells
    for word in own:
        ways = romanized_syllables(word, KOREAN)
        if not ways:
            return False
        for way in ways:
            for i in _spelt_at(way, text):
                spelt.update(range(i, i + len(way)))
    if not spelt:
        return True
    # a name of a person's length (two or three syllables, a ship's 호 aside, no number) against a listed name of
    # own words alone, some syllable of which none of them spells: 장경하 (a person) is not the ship JANG GYONG,
    # whose romanization spells 장경 and leaves 하 unsaid, however little a short word weighs in the score (a
    # number says a ship: 三钟2号轮 read 삼종 2 륜, 轮 a steamer, is SAM JONG 2)
    syllables = text[:-1] if text.endswith(SHIP_MARK) else text
    return len(syllables) <= PERSON_SYLLABLES and not any(c.isdigit() for c in query) \
        and all(t.cls == "name" and not _DIGITS.match(t.text) for t in listed) \
        and any(i not in spelt for i in range(len(syllables)))


@lru_cache(maxsize=4096)  # asked of a query once for each candidate it meets
def _in_hangul_alone(query: str) -> str:
    """The query's syllables, spaces, punctuation and digits left out, when all are Hangul; else ""."""
    text = _NOT_SYLLABLES.sub("", query)
    return text if text and all(is_hangul(c) for c in text) else ""


SHIP_MARK = "호"  # 號, closing a ship's name
PERSON_SYLLABLES = 3  # a Korean person's name has two or three syllables, rarely four


def _spelt_at(way: tuple[frozenset[str], ...], text: str) -> list[int]:
    """Where a run of the text's syllables is, one by one, among the readings of the romanized word's syllables, as
    loosely as lists romanize: by initial and vowel only (a final is spelt as heard: 압록강 AMROGGANG, or
    dropped: 룡봉 RYONBONG), the initials ㄹ, ㄴ and ㅇ one (the South writes 능라도 and 용 for the North's 릉, 룡),
    and ㅐ ㅔ ㅒ ㅖ one vowel (해성 HESONG), as speech merges them.  ㅛ and ㅠ stay apart (룡 is no ryung)."""
    keys = [{_sound(c) for c in syllables} for syllables in way]
    sounds = [_sound(c) for c in text]
    n = len(keys)
    return [i for i in range(len(sounds) - n + 1) if all(sounds[i + j] in keys[j] for j in range(n))]


_JUNGSEONG = 21
_JONGSEONG = 28
_LIQUID_NASAL = {2: 5, 11: 5}  # ㄴ and ㅇ as ㄹ (initial-sound rule)
_E_VOWELS = {3: 1, 5: 1, 7: 1}  # ㅒ ㅔ ㅖ as ㅐ


def _sound(syllable: str) -> tuple[int, int]:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return (-1, ord(syllable))
    initial, vowel = code // (_JUNGSEONG * _JONGSEONG), (code // _JONGSEONG) % _JUNGSEONG
    return (_LIQUID_NASAL.get(initial, initial), _E_VOWELS.get(vowel, vowel))
