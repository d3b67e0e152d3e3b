"""What each syllable of a Korean or Chinese personal name can be, however it is written.

A romanized syllable stands for a few Hangul syllables or pinyin readings: 'jong' is 정 or 종 (ㅓ is 'o' once
the breve is dropped), 'ch'ŏng' only 청; 'chang' is pinyin chang or, read as Wade–Giles, zhang or chang.  Two
names whose syllables cannot stand for the same Hangul or the same pinyin, position by position, are not one
name however alike their skeletons look: Kye Hyong-hong / Kye Hyong-hung (홍 / 흥), Zeng / Zheng Fengyong (曾 /
郑), Ri Kyŏng Jong / Ri Kyŏng Ch'ŏng (정 / 청).  The skeletons fold these letters on purpose, so that a name
is found however it is romanized; this module is the check on the other side.

The tables are built from the romanization systems' rules (McCune–Reischauer with and without breves and
apostrophes, its DPRK variant, Revised Romanization, the surname spellings lists use; pinyin, and Wade–Giles
read as pinyin), not from any list: pinyin syllables are those pypinyin's dictionary gives.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

from chainlight.resolve.hangul import SURNAMES
from chainlight.resolve.hanzi import japanese_form, simplified
from chainlight.resolve.normalize import MAX_NAME_CHARS, is_han, is_hangul

Readings = frozenset[str]
KOREAN, CHINESE = "ko", "zh"

# --- Korean: every spelling of every Hangul syllable --------------------------------------------------------
# Initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): MR writes the plain stops voiced
# inside a word (k/g), RR always voiced at the start (g); MR's aspirates lose their apostrophe in ASCII and
# are kh/th/ph in the DPRK's usage; an initial ㄹ is r, l, n or dropped.
_INITIALS = (("k", "g"), ("kk", "gg"), ("n",), ("t", "d"), ("tt", "dd"), ("r", "l", "n", ""), ("m",), ("p", "b"),
             ("pp", "bb"), ("s", "sh"), ("ss",), ("",), ("ch", "j"), ("tch", "jj"), ("ch'", "ch", "chh"),
             ("k'", "k", "kh"), ("t'", "t", "th"), ("p'", "p", "ph"), ("h",))
# Vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): MR with and without breves, RR
_VOWELS = (("a",), ("ae",), ("ya",), ("yae",), ("ŏ", "o", "eo"), ("e",), ("yŏ", "yo", "yeo"), ("ye",), ("o",),
           ("wa",), ("wae",), ("oe",), ("yo",), ("u", "oo"), ("wŏ", "wo", "weo"), ("we",), ("wi",), ("yu",),
           ("ŭ", "u", "eu"), ("ŭi", "ui", "eui"), ("i",))
# Finals (none, then the 27 of Unicode order), as a name's syllable ends when romanized alone
_FINALS = (("",), ("k", "g"), ("k",), ("k",), ("n",), ("n",), ("n",), ("t",), ("l", "r"), ("k",), ("m",), ("l",),
           ("l",), ("l",), ("p",), ("l",), ("m",), ("p", "b"), ("p",), ("t",), ("t",), ("ng",), ("t",), ("t",),
           ("k",), ("t",), ("p",), ("t",))
# Spellings lists give some syllables beyond the systems (Sung for 성, as Jung for 정 in SURNAMES)
_POPULAR = {"성": ("sung",), "경": ("kyung",), "영": ("young", "yung"), "형": ("hyung",), "병": ("byung",),
            "명": ("myung",), "현": ("hyun",), "연": ("yeon", "yun"), "준": ("joon",), "순": ("soon",)}


def _korean_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for code in range(11172):
        syllable = chr(0xAC00 + code)
        ini, vow, fin = code // 588, (code % 588) // 28, code % 28
        for a, b, c in product(_INITIALS[ini], _VOWELS[vow], _FINALS[fin]):
            table.setdefault(a + b + c, set()).add(syllable)
    for syllable, spellings in (*SURNAMES.items(), *_POPULAR.items()):
        for s in spellings:
            table.setdefault(s, set()).add(syllable)
    return {k: frozenset(v) for k, v in table.items() if k}


# --- Chinese: pinyin syllables, and Wade–Giles read as pinyin -----------------------------------------------
def _toneless(reading: str) -> str:
    """A pinyin reading without its tone mark; ü (which ASCII lists write u or v) as u."""
    d = unicodedata.normalize("NFD", reading)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c) or c == "\u0308")
                                 ).replace("ü", "u")


def _pinyin_syllables() -> frozenset[str]:
    return frozenset(s for v in pinyin_dict.values() for s in map(_toneless, v.split(","))
                     if re.search("[aeiou]", s))


# Wade–Giles initials, longest first, with the pinyin initials each may stand for once the apostrophe (which
# marks aspiration) may have been dropped: an ASCII 'p' is b or p, 'p'' only p
_WG_INITIALS = (("ch'", ("ch", "q")), ("ch", ("zh", "j", "ch", "q")), ("hs", ("x",)), ("ts'", ("c",)),
                ("tz'", ("c",)), ("ts", ("z", "c")), ("tz", ("z", "c")), ("k'", ("k",)), ("k", ("g", "k")),
                ("p'", ("p",)), ("p", ("b", "p")), ("t'", ("t",)), ("t", ("d", "t")), ("sh", ("sh",)),
                ("ss", ("s",)), ("sz", ("s",)), ("j", ("r",)), ("f", ("f",)), ("h", ("h",)), ("l", ("l",)),
                ("m", ("m",)), ("n", ("n",)), ("s", ("s",)), ("w", ("w",)), ("y", ("y",)), ("", ("",)))
_WG_FINALS = {"ih": "i", "erh": "er"}  # whole finals
# finals by their ending, also after an initial WG does not have (Gung, a pinyin g with a WG final, is gong)
_WG_ENDINGS = (("ieh", "ie"), ("ien", "ian"), ("ueh", "ue"), ("iung", "iong"), ("ung", "ong"), ("uei", "ui"))
_WG_WHOLE = {"i": "yi", "yen": "yan", "yeh": "ye", "yung": "yong", "erh": "er", "o": "e"}


def _wade_giles(syllable: str, known: frozenset[str]) -> set[str]:
    """The pinyin syllables a Wade–Giles syllable (apostrophes kept or dropped) may stand for."""
    if syllable in _WG_WHOLE:
        return {_WG_WHOLE[syllable]} & known
    for wg, initials in _WG_INITIALS:
        if not syllable.startswith(wg):
            continue
        final = syllable[len(wg):].replace("'", "")
        if not final:
            return set()
        if final == "u" and wg in ("tz", "tz'", "ss", "sz"):
            final = "i"  # tzu, tz'u, ssu: zi, ci, si
        elif final == "o" and wg in ("k", "k'", "h"):
            final = "e"  # ko, k'o, ho: ge, ke, he
        elif final == "o" and wg not in ("p", "p'", "m", "f", "w", "y"):
            final = "uo"  # lo, to, cho: luo, duo, zhuo
        else:
            final = _WG_FINALS.get(final, final)
            for wg_end, py_end in _WG_ENDINGS:
                if final.endswith(wg_end):
                    final = final[: -len(wg_end)] + py_end
                    break
        return {i + final for i in initials} & known
    return set()


# The commonest surnames, which nearly every Korean or Chinese name starts (or, romanized, ends) with: a name
# is read as Korean or Chinese only when it has one, so that Elena Wagner is not read as 'e-le-na wag-ner'.
# Korean: Statistics Korea, 2015 census, surnames by population (and the DPRK's initial-ㄹ forms); Chinese:
# Ministry of Public Security, household-register surname ranking 2020, simplified (and 萧, 蕭 written apart).
KOREAN_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구나민진지엄채원천방공현함변염"
    "여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌시계리로량림렴"
)
CHINESE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤萧蕭洪翁柯庄温"
    "傅辛章关齐殷易乔单区蓝岳欧包柳阎鲁葛车"
)


class _Tables:
    def __init__(self) -> None:
        self.korean = _korean_table()
        self.pinyin = _pinyin_syllables()
        self.chinese_surnames = frozenset(r for ch in CHINESE_SURNAMES for r in _han_readings(ch))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def warm() -> None:
    """Build the tables now (before forking workers, so that they share them)."""
    _tables()


@lru_cache(maxsize=100_000)
def latin_readings(syllable: str, system: str) -> Readings:
    """The Hangul syllables (KOREAN) or pinyin syllables (CHINESE) one romanized syllable may stand for."""
    t = _tables()
    if system == KOREAN:
        return t.korean.get(syllable, frozenset())
    plain = syllable.replace("'", "")
    if plain in ("lv", "nv", "lve", "nve"):
        plain = plain.replace("v", "u")  # ASCII pinyin writes ü as v: Lv, Nve
    found = ({plain} & t.pinyin) | _wade_giles(syllable, t.pinyin)
    if "'" not in syllable:
        # ASCII Wade–Giles drops the apostrophe of an aspirate: p may be p' (p), t t' and so on
        for stop in ("ch", "ts", "tz", "k", "p", "t"):
            if syllable.startswith(stop) and not syllable.startswith("chh"):
                found |= _wade_giles(stop + "'" + syllable[len(stop):], t.pinyin)
                break
    return frozenset(found)


@lru_cache(maxsize=20_000)
def _han_readings(ch: str) -> Readings:
    """A character's pinyin readings, and those of the Chinese character a Japanese form stands for (伝 is read
    yun as a Chinese character of its own, but Japanese writes it for 傳 chuan: 洛伝旭 LUO Chuanxu)."""
    chars = dict.fromkeys((ch, simplified(ch))) if japanese_form(ch) else (ch,)
    return frozenset(_toneless(r) for c in chars if len(c) == 1 for r in pinyin(c, style=Style.TONE, heteronym=True)[0])


# --- names ---------------------------------------------------------------------------------------------------
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼʻ"})
_TOKEN = re.compile(r"[^\s,;.\-–/()]+")
_MAX_SYLLABLE = 7  # letters of the longest romanized syllable (ch'wŏng, hsiung)
_MAX_WORDS = 5  # a Korean or Chinese personal name has a surname and a given name, spaced at most per syllable
_MAX_WAYS = 24  # segmentations kept per name: joined syllables can be cut several ways


def _segmentations(word: str, system: str) -> list[tuple[Readings, ...]]:
    """The ways to read a romanized word as syllables of the system, each syllable with its readings."""
    ways: list[list[tuple[Readings, ...]]] = [[] for _ in range(len(word) + 1)]
    ways[0] = [()]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_SYLLABLE), end):
            if not ways[start]:
                continue
            piece = word[start:end].strip("'")
            got = latin_readings(piece, system) if piece else frozenset()
            if got:
                ways[end].extend((*w, got) for w in ways[start][:_MAX_WAYS])
    return ways[len(word)][:_MAX_WAYS]


@lru_cache(maxsize=50_000)
def romanized_syllables(word: str, system: str) -> tuple[tuple[Readings, ...], ...]:
    """The ways a romanized word (lower case, ASCII or with MR's breves) cuts into the system's syllables, each
    syllable with the Hangul syllables (KOREAN) or pinyin (CHINESE) it may stand for; () when none."""
    return tuple(_segmentations(word, system))


@lru_cache(maxsize=100_000)
def _tokens(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, accents off but the breves MR writes (ŏ, ŭ): Chüan is chuan, as
    pinyin written in ASCII has it, and pinyin's tone marks go."""
    text = unicodedata.normalize("NFD", name[:MAX_NAME_CHARS].translate(_APOSTROPHES).lower())
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c) or c == "\u0306"))
    return tuple(_TOKEN.findall(text))


@lru_cache(maxsize=50_000)
def name_readings(name: str, system: str) -> tuple[tuple[tuple[Readings, ...], ...], ...] | None:
    """Each word of a personal name as the syllables of one system it can be read as (None when a word cannot
    be read so): per word, the ways to cut it, each a tuple of per-syllable readings."""
    words = _tokens(name)
    if not words or len(words) > _MAX_WORDS:
        return None
    out: list[tuple[tuple[Readings, ...], ...]] = []
    for w in words:
        if all(is_hangul(ch) for ch in w):
            if system != KOREAN:
                return None
            out.append((tuple(frozenset({ch}) for ch in w),))
        elif all(is_han(ch) for ch in w):
            if system != CHINESE:
                return None
            out.append((tuple(_han_readings(ch) for ch in w),))
        elif w.isascii() or all((ch.isalpha() and ch.isascii()) or ch in "ŏŭ'" for ch in w):
            ways = _segmentations(w, system)
            if not ways:
                return None
            out.append(tuple(ways))
        else:
            return None
    return tuple(out)


def _sequences(words: tuple[tuple[tuple[Readings, ...], ...], ...]) -> list[tuple[Readings, ...]]:
    """Every syllable sequence of the name, its words in order and with the last word first or the first last
    (KIM Jong Un, Jong Un KIM), each word cut every way it can be."""
    orders = {tuple(range(len(words)))}
    if len(words) > 1:
        orders |= {(len(words) - 1, *range(len(words) - 1)), (*range(1, len(words)), 0)}
    seqs: list[tuple[Readings, ...]] = []
    for order in orders:
        for cut in product(*(words[i] for i in order)):
            seqs.append(tuple(s for part in cut for s in part))
            if len(seqs) > 4 * _MAX_WAYS:
                return seqs
    return seqs


def _agree(a: tuple[Readings, ...], b: tuple[Readings, ...]) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=100_000)
def _has_surname(name: str, system: str) -> bool:
    """The name is written in the system's script, or its first or last word reads as a common surname."""
    words = _tokens(name)
    if not words:
        return False
    if system == KOREAN and all(is_hangul(ch) for w in words for ch in w):
        return words[0][0] in KOREAN_SURNAMES
    if system == CHINESE and all(is_han(ch) for w in words for ch in w):
        return True
    return _surname(words[0], system) or _surname(words[-1], system)


@lru_cache(maxsize=50_000)
def _surname(word: str, system: str) -> bool:
    if system == KOREAN:
        return bool(latin_readings(word, KOREAN) & KOREAN_SURNAMES)
    return bool(latin_readings(word, CHINESE) & _tables().chinese_surnames)


AGREE, DIFFER = "agree", "differ"


@lru_cache(maxsize=100_000)
def verdict(a: str, b: str) -> str | None:
    """AGREE when two personal names both read as Korean or as Chinese syllables (each with a common surname
    of that people first or last) and some reading of one is a reading of the other, syllable by syllable
    (Choe Hung-ye / Choi Heung Ye: 최흥예; Tung Fu Ning / Dong Funing; Chang Kang / ZHANG Gang as Wade–Giles;
    김정은 / Kim Jong Un).  DIFFER when, in every system that reads both, none is (Zeng / Zheng Fengyong, Kye
    Hyong-hong / Kye Hyong-hung), unless the two are written alike but for a letter typed twice or two
    swapped (Changggen, Goujia / Guojia).  None when either is no such name (Ivan Petrov), and for two names
    in one CJK script, which the character comparison covers."""
    if _same_cjk_script(a, b):
        return None
    read = False
    for system in (KOREAN, CHINESE):
        if not (_has_surname(a, system) and _has_surname(b, system)):
            continue  # first, as it is cheap: most names are no Korean or Chinese name
        ra, rb = name_readings(a, system), name_readings(b, system)
        if ra is None or rb is None:
            continue
        read = True
        sb = _sequences(rb)
        if any(_agree(x, y) for x in _sequences(ra) for y in sb):
            return AGREE
    return DIFFER if read and not _slip_of_the_hand(a, b) else None


def readings_differ(a: str, b: str) -> bool:
    """No reading of one name is a reading of the other (see verdict)."""
    return verdict(a, b) == DIFFER


_DOUBLED = re.compile(r"(.)\1+")


def _slip_of_the_hand(a: str, b: str) -> bool:
    """The two are written alike but for a letter typed twice or two letters swapped (Changggen / Changgen,
    Goujia / Guojia): typing slips, which make another syllable by chance, unlike a syllable swapped for
    another (Yande / Yuande) that names another person."""
    ta, tb = _tokens(a), _tokens(b)
    return any(_slip("".join(x).replace("'", ""), "".join(y).replace("'", ""))
               for x, y in ((ta, tb), (sorted(ta), sorted(tb))))  # as written, and in either word order


def _slip(la: str, lb: str) -> bool:
    if la == lb or _DOUBLED.sub(r"\1", la) == _DOUBLED.sub(r"\1", lb):
        return True
    if len(la) != len(lb):
        return False
    diff = [i for i, (x, y) in enumerate(zip(la, lb, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and la[diff[0]] == lb[diff[1]] and la[diff[1]] == lb[diff[0]]


def _same_cjk_script(a: str, b: str) -> bool:
    def script(s: str) -> str | None:
        letters = [ch for ch in s if not ch.isspace()]
        if letters and all(is_hangul(ch) for ch in letters):
            return "hangul"
        if letters and all(is_han(ch) for ch in letters):
            return "han"
        return None
    sa = script(a)
    return sa is not None and sa == script(b)
