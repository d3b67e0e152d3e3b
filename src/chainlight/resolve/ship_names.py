"""A ship's name in Hangul or characters heard as the lists spell it, however the romanization splits and voices it.

The lists spell a North Korean ship's name syllable by syllable, by no one system: 대홍단 is DAI HONG DAN (대 is
tae or dae in McCune-Reischauer and Revised Romanization), 천마산 CHON MA SAN; the press in turn writes the Korean
name by ear (찬마산호 for CHON MA SAN), and Chinese writes it by Mandarin sound (暮独邦号, mu du bang: MU DU BONG).
Read strictly, each such name conflicts in a syllable with the listed one.  Here a name written with a ship's mark
(호, 号, 號) is compared with each listed vessel's name of one syllable a word: syllable for syllable, their
consonants must be the same by class (the plain, tense and aspirated stops of a place are one: ㄷ ㄸ ㅌ t d; the
liquids r l), a number after the name the same, and their vowels may differ in one syllable at most.  The listed
name so heard is a reading of the name, which only a vessel answers, scored below the name as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, pinyin

from chainlight.resolve.normalize import fold, is_han, is_hangul

SOURCE = "the ship's name heard alike: consonants by class syllable for syllable, one vowel apart at most"
MIN_SYLLABLES = 2  # a one-syllable name is heard alike with too many
MAX_VOWELS_APART = 1

# Hangul initials (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) and finals (none, then Unicode order) by class
_INITIAL_CLASS = ("k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "c", "c", "c", "k", "t", "p", "h")
_FINAL_CLASS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
                "t", "ng", "t", "t", "k", "t", "p", "t")
# Hangul vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) as romanizations write them
_VOWELS = (("a",), ("ae", "ai"), ("ya",), ("yae",), ("o", "eo"), ("e",), ("yo", "yeo"), ("ye",), ("o",), ("wa",),
           ("wae",), ("oe",), ("yo",), ("u", "oo"), ("wo", "weo"), ("we",), ("wi",), ("yu",), ("u", "eu"),
           ("ui", "eui"), ("i",))
# Latin initials, longest first, by class
_LATIN_INITIALS = (("tch", "c"), ("chh", "c"), ("ch", "c"), ("jj", "c"), ("ts", "c"), ("tz", "c"), ("zh", "c"),
                   ("j", "c"), ("z", "c"), ("q", "c"), ("x", "s"), ("kk", "k"), ("kh", "k"), ("k", "k"), ("g", "k"),
                   ("tt", "t"), ("th", "t"), ("t", "t"), ("d", "t"), ("pp", "p"), ("ph", "p"), ("p", "p"),
                   ("b", "p"), ("f", "p"), ("ss", "s"), ("sh", "s"), ("s", "s"), ("h", "h"), ("n", "n"),
                   ("r", "r"), ("l", "r"), ("m", "m"), ("", ""))
_LATIN_FINALS = (("ng", "ng"), ("k", "k"), ("g", "k"), ("n", "n"), ("t", "t"), ("l", "l"), ("r", "l"), ("m", "m"),
                 ("p", "p"), ("b", "p"), ("", ""))
_LATIN_SYLLABLE = re.compile(r"^([^aeiouwy]*)([aeiouwy]+)([^aeiouwy]*)$")

Syllable = tuple[str, tuple[str, ...], str]  # consonant class before, the vowel's spellings, consonant class after


def _latin(syllable: str) -> Syllable | None:
    m = _LATIN_SYLLABLE.match(syllable)
    if m is None:
        return None
    ini = next((c for s, c in _LATIN_INITIALS if m[1] == s), None)
    fin = next((c for s, c in _LATIN_FINALS if m[3] == s), None)
    if ini is None or fin is None:
        return None
    return ini, (m[2],), fin


def _hangul(ch: str) -> Syllable:
    code = ord(ch) - 0xAC00
    return _INITIAL_CLASS[code // 588], _VOWELS[(code % 588) // 28], _FINAL_CLASS[code % 28]


# Hangul as spoken (and as McCune-Reischauer, which the lists follow, writes it): a stop before a nasal is nasal
# (압록 am nok, 백마 paeng ma), and ㄹ after any final but ㄹ and ㄴ is n (압록강 AM NOK GANG, 종로 chong no); ㄴ
# and ㄹ side by side are both l (신라 sil la)
_NASAL = {"p": "m", "t": "n", "k": "ng"}


def _as_spoken(syllables: list[Syllable]) -> list[Syllable]:
    out = list(syllables)
    for i in range(len(out) - 1):
        (ini, vowels, fin), (n_ini, n_vowels, n_fin) = out[i], out[i + 1]
        if n_ini == "r" and fin in ("n", "l"):
            fin, n_ini = "l", "r"
        elif n_ini == "r" and fin:
            n_ini = "n"
        elif n_ini == "n" and fin == "l":
            n_ini = "r"
        if n_ini in ("n", "m") and fin in _NASAL:
            fin = _NASAL[fin]
        out[i], out[i + 1] = (ini, vowels, fin), (n_ini, n_vowels, n_fin)
    return out


def _spoken(text: str) -> tuple[list[Syllable], str] | None:
    """The syllables of a ship's name in Hangul or characters (by pinyin) and the number after it."""
    m = re.fullmatch(r"\s*(.*?)\s*(\d*)\s*", text)
    if m is None:
        return None
    name, number = m[1].replace(" ", ""), m[2]
    if name and all(is_hangul(c) for c in name):
        return [_hangul(c) for c in name], number
    if name and all(is_han(c) for c in name):
        out = []
        for (reading,) in pinyin(name, style=Style.NORMAL, errors="ignore"):
            s = _latin(reading.replace("v", "u").replace("ü", "u"))
            if s is None:
                return None
            out.append(s)
        return (out, number) if len(out) == len(name) else None
    return None


@lru_cache(maxsize=20_000)
def listed_syllables(name: str) -> tuple[tuple[Syllable, ...], str] | None:
    """A listed vessel's name read as one syllable a word (DAI HONG DAN 2), with its number; None otherwise."""
    words = fold(name).split()
    number = words.pop() if words and words[-1].isdigit() else ""
    out = []
    for w in words:
        s = _latin(w)
        if s is None:
            return None
        out.append(s)
    return (tuple(out), number) if len(out) >= MIN_SYLLABLES else None


def heard_alike(text: str, listed: tuple[tuple[Syllable, ...], str]) -> bool:
    """Whether a ship's name (its mark taken off) sounds as a listed vessel's name, read by listed_syllables."""
    spoken = _spoken(text)
    if spoken is None:
        return False
    syllables, number = spoken
    return _alike(syllables, number, listed) \
        or (any(is_hangul(c) for c in text) and _alike(_as_spoken(syllables), number, listed))


def _alike(syllables: list[Syllable], number: str, listed: tuple[tuple[Syllable, ...], str]) -> bool:
    theirs, their_number = listed
    if len(syllables) != len(theirs) or number != their_number or len(syllables) < MIN_SYLLABLES:
        return False
    apart = 0
    for (ini, vowels, fin), (l_ini, (l_vowel,), l_fin) in zip(syllables, theirs, strict=True):
        if ini != l_ini or fin != l_fin:
            return False
        if l_vowel not in vowels:
            apart += 1
            if apart > MAX_VOWELS_APART:
                return False
    return True


# A ship's name as documents write it: with its type beside it (Sam Ma 2 tanker, the tanker SAM MA 2, oil tanker
# Sam Ma 2, 유조선 삼마2호, 油轮"三马2号", 北朝鮮籍タンカー「サムマ2」, le pétrolier Sam Ma 2), which no list writes.  The
# type words are a closed class in each language (English, French, German, Spanish, Italian, Portuguese, Korean,
# Chinese, Japanese), read off at the name's start or end with an article or a flag before them; the rest, its
# quotation marks taken off, is read as a ship's name, which only a vessel answers (as a name without its mark).
TYPED_HOW = "without the ship's type written beside its name"
_LATIN_TYPES = (
    "oil products tanker|crude oil tanker|oil tanker|chemical tanker|product tanker|products tanker|tanker|"
    "general cargo ship|general cargo vessel|cargo ship|cargo vessel|bulk carrier|bulker|freighter|container ship|"
    "fishing vessel|vessel|ship|"
    "petrolier|navire|cargo|vraquier|oltanker|tanker|frachter|frachtschiff|schiff|petrolero|buque tanque|buque|"
    "carguero|granelero|petroliera|nave cisterna|nave|mercantile|petroleiro|navio|cargueiro|graneleiro")
_LATIN_BEFORE = re.compile(
    r"^\s*(?:(?:the|le|la|l|el|il|lo|o|das|der|die|a|an)\s+)?"
    r"(?:(?:north korean|dprk|north korea s|nord coreen|nordkoreanische[rns]?|norcoreano|nordcoreana|"
    r"norte coreano|sanctioned)(?:\s+flagged)?\s+)?"
    rf"(?:{_LATIN_TYPES}|m v|m t|mv|mt)\s+(?=\S)")
_TYPE_WORD = re.compile(rf"(?:{_LATIN_TYPES}|the|le|la|el|il|das|der|die|an?|oil|cargo|m|v|t|mv|mt)")
# after the name, a type alone (Sam Ma 2 tanker); ship and vessel there also close firms' names (Ocean Ship)
_LATIN_AFTER = re.compile(rf"\s+(?:{_LATIN_TYPES.replace('|vessel|ship|', '|')})\s*$")
_BODY_WORD = re.compile(r"\b(?:co|ltd|corp|corporation|company|inc|llc|limited|shipping|trading|management|group|"
                        r"holdings|agency|bank|ministry|bureau)\b")
# longest first, so that a longer type or flag is read off before a shorter one it holds (유류운반선 before 운반선)
_EAST_TYPES = tuple(sorted(("유조선", "화물선", "벌크선", "유류운반선", "운반선", "탱커", "油轮", "油輪", "货轮", "貨輪",
                            "货船", "貨船", "散货船", "散貨船", "油船", "タンカー", "貨物船", "油槽船", "运输船", "運搬船"),
                           key=len, reverse=True))
_EAST_FLAGS = tuple(sorted(("북한", "북한 국적", "북한 선적", "北朝鮮籍", "北朝鮮", "朝鲜籍", "朝鲜", "朝鮮", "北韓"),
                           key=len, reverse=True))
_QUOTES = "\"'“”‘’「」『』《》〈〉«»„"
_IMO = re.compile(r"\s*[(（,]?\s*IMO(?:\s*(?:No\.?|number|번호|番号))?\s*[:：#]?\s*(\d{7})\s*[)）]?", re.I)
MAX_TYPED_WORDS = 4


def _east_typed(name: str) -> tuple[str, str] | None:
    text = name.strip()
    for flag in _EAST_FLAGS:
        if text.startswith(flag):
            text = text[len(flag):].lstrip(" の的")
            break
    for t in _EAST_TYPES:
        if text.startswith(t):
            rest = text[len(t):]
            # the name apart (a space, a quotation mark) or closing with a ship's mark or a number (유조선삼마2호)
            if rest[:1].isspace() or rest[:1] in _QUOTES or re.search(r"[호号號]$|\d$", rest.strip(_QUOTES + " ")):
                return t, rest
        if text.endswith(t) and text[:-len(t)].endswith((" ", *_QUOTES)):
            return t, text[:-len(t)]
    return None


# A ship's flag before its name, any state's (the Panama-flagged Shang Yuan Bao, the Sierra Leone-flagged ...,
# 파나마 선적 코티호, 巴拿马籍货轮): the state's name as CLDR writes it in English, Korean, Chinese and Japanese (babel),
# then "flagged" or the East Asian word for a ship's nationality (선적, 국적, 籍, 船籍)
_FLAGGED = re.compile(r"^\s*(?:(?:the|a|an)\s+)?([a-z][a-z ]{1,40}?)\s+flagged\s+(?=\S)")
_EAST_FLAG_WORDS = ("선적", "국적", "船籍", "籍")
_DETACHED_MARK = re.compile(r"^(.*\S)\s+([호號号])(\S{0,2})$")


@lru_cache(maxsize=1)
def state_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """The states' names: in English folded to lower-case words (for "X-flagged"), and in Korean, Chinese and
    Japanese (CLDR's territory names, babel), longest first."""
    from babel import Locale

    english = frozenset(re.sub(r"[^0-9a-z]+", " ", fold(n).lower()).strip()
                        for n in Locale("en").territories.values()) | {"north korean", "dprk"}
    east = {n for lang in ("ko", "zh", "zh_Hant", "ja") for n in Locale.parse(lang).territories.values()
            if len(n) >= 2 and not n.isascii()}
    return english, tuple(sorted(east, key=len, reverse=True))


def _flag_off(text: str, latin: bool, folded: str) -> tuple[str, str] | None:
    """(the flag, the text after it) for a name written after a state's flag; None where none is."""
    if latin:
        if "flagged" not in folded or (m := _FLAGGED.match(folded)) is None or m[1] not in state_names()[0]:
            return None
        return m[0].strip(), folded[m.end():]
    if not any(w in text for w in _EAST_FLAG_WORDS):
        return None
    for state in state_names()[1]:
        if text.startswith(state):
            rest = text[len(state):].lstrip()
            word = next((w for w in _EAST_FLAG_WORDS if rest.startswith(w)), None)
            if word is not None:
                after = rest[len(word):].lstrip(" の的")
                if (m := _DETACHED_MARK.match(after)) is not None:
                    after = f"{m[1]}{m[2]}{m[3]}"  # 코티 호의 -> 코티호의: the mark and a particle after it
                return f"{state} {word}", after
    return None


def typed_readings(name: str) -> list[tuple[str, str]]:
    """(the name without its type and quotation marks, how) for a ship's name written with its type or its flag;
    [] otherwise.  Leaves at once where no type word or flag word of any language is in the name."""
    text = _IMO.sub(" ", name).strip() if "imo" in name.lower() else name
    found: tuple[str, str] | None = None
    latin = text.isascii() or not any(is_hangul(c) or is_han(c) or "\u3040" <= c <= "\u30ff" for c in text)
    folded = re.sub(r"[^0-9a-z]+", " ", fold(text)).strip() if latin else ""
    if (flagged := _flag_off(text, latin, folded)) is not None:
        flag, text = flagged
        rest_typed = typed_readings(text)  # the Panama-flagged tanker Koti: its type too
        if rest_typed:
            return [(t, f"{how} ({flag})") for t, how in rest_typed]
        found = flag, text
    elif latin and (m := _LATIN_BEFORE.match(folded)) is not None:
        found = m[0].strip(), folded[m.end():]
    elif latin and (m := _LATIN_AFTER.search(folded)) is not None:
        found = m[0].strip(), folded[:m.start()]
    elif not latin and any(t in text for t in _EAST_TYPES):
        found = _east_typed(text)
    if found is None:
        return []
    kind, rest = found
    rest = rest.strip().strip(_QUOTES).strip()
    if len(rest) < 2 or len(rest.split()) > MAX_TYPED_WORDS or not any(c.isalpha() for c in rest) \
            or all(_TYPE_WORD.fullmatch(w) for w in rest.split()) or (latin and _BODY_WORD.search(rest)):
        return []
    return [(rest, f"{TYPED_HOW} ({kind}): {rest}")]


def imo_number(name: str) -> str | None:
    """The IMO number a name writes (IMO 8705539, IMO No. 8705539, (IMO: 8705539)), its seven digits; None where
    it writes none.  Leaves at once where no IMO is in the name."""
    if "imo" not in name.lower():
        return None
    m = _IMO.search(name)
    return m[1] if m is not None else None


_WORDS = re.compile(r"[0-9]+|[^\W\d_]+")


def hull_number_disagrees(query: str, listed: str) -> bool:
    """Whether a query writes a listed vessel's name with another number after it (Hao Fan 6 is no HAO FAN 2, Kum
    Un San 5 no KUM UN SAN 3): the number is the hull's, one ship of a company's fleet, and must agree.  The
    listed name's words are looked for in the query's, in order, and the number after them compared; a query that
    writes them nowhere (another script) or with no number after them does not disagree."""
    listed_words = _WORDS.findall(fold(listed).lower())
    if len(listed_words) < 2 or not listed_words[-1].isdigit() or not any(c.isdigit() for c in query):
        return False
    words, number = listed_words[:-1], int(listed_words[-1])
    q = _WORDS.findall(fold(query).lower())
    disagrees = False
    for i in range(len(q) - len(words)):
        if q[i:i + len(words)] == words and q[i + len(words)].isdigit():
            if int(q[i + len(words)]) == number:
                return False
            disagrees = True
    return disagrees
