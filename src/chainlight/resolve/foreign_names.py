"""Foreign (Russian, English) personal names written in Hangul or in Chinese transliteration characters, read
back into Latin letters as the lists write them.

**Hangul.**  Korean writes a foreign name by the National Institute of Korean Language's loanword orthography
(외래어 표기법, 1986, with its tables for Russian and English).  The tables are nearly one-to-one the other way:
Александр is 알렉산드르, Андреевич 안드레예비치, Часовников 차소프니코프.  Read back:

- a consonant that closes no vowel is written with ㅡ (드르 dr, 프 v, 스 s): ㅡ adds nothing;
- л between vowels is ㄹㄹ (알렉 alek), р is one ㄹ (르 r, 레 re);
- й after a vowel is 이 (보이 voy, 세르게이 sergey); е after a vowel or at the start of a word is 예 (예 ye);
- ч at the end of a word is 치 (비치 vich); ш before a consonant is 시 (칼라시니코프 kalashnikov);
- в and б are both ㅂ, ф and п both ㅍ, ж and з both ㅈ, х is ㅎ (kh in Russian, h in English): which letter
  a list writes, the analyser's skeleton folds alike (b/v/p/f, z/j, kh/k), so one spelling is enough;
- 프 closing a syllable of a Russian name is в (-ов, -ев: 이바노프 ivanov).

**Chinese.**  Xinhua's tables for transliterating foreign names (the 世界人名翻译大辞典 usage) write each
foreign syllable with a fixed set of characters, read by their pinyin with a few conventions: a character
whose pinyin ends in a weak vowel stands for its consonant alone (克 ke k, 德 de d, 斯 si s, 兹 zi z, 尔 er r,
夫 fu f/v, 布 bu b, 姆 mu m), 维 wei and 沃 wo are v (维奇 vich, 沃 vo), pinyin's uo and ao are o (洛 luo lo,
绍 shao sho), ie is e (列 lie le), j before a or ia is g (加 jia ga), and q is ch (奇 qi ch, 切 qie che, 恰 qia cha).  A name is read so only when it
is plausibly a transliteration: its parts separated by the middle dot (·), or every character one of the
transliteration characters (科兹洛夫 Kozlov).

Both give one Latin spelling per word; the matcher searches the lists with it, and a listed name it finds
must carry each word by its sound (loanwords.sounds_alike).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz

from chainlight.resolve.hanzi import simplified
from chainlight.resolve.normalize import is_han

HANGUL_SOURCE = "a foreign name read back by the loanword orthography (외래어 표기법: Russian and English tables)"
CHINESE_SOURCE = "a foreign name read by Xinhua's transliteration characters (pinyin by pypinyin)"

# Hangul jamo in Unicode order -> Latin
_INITIAL = ("g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "z", "ts", "ch", "k", "t", "p", "kh")
_VOWEL = ("a", "e", "ya", "ye", "o", "e", "ye", "ye", "o", "wa", "we", "we", "yo", "u", "wo", "we", "wi", "yu",
          "", "ui", "i")
_FINAL = ("", "k", "k", "ks", "n", "nz", "n", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "lh", "m", "p", "ps",
          "s", "s", "ng", "t", "ch", "k", "t", "p", "h")
_I, _EU, _YE_VOWELS = 20, 18, (2, 3, 6, 7, 12, 17)  # ㅣ, ㅡ, the y-vowels
_SILENT, _RIEUL, _PIEUP, _CHIEUT, _SIOT, _JIEUT = 11, 5, 7, 14, 9, 12
_SOFT = {2: "a", 3: "e", 6: "e", 7: "e", 12: "o", 17: "u"}  # a y-vowel after ㅈ/ㅊ (챠 cha, 쵸 cho)
_RUSSIAN_ENDINGS = ("비치", "브나", "프", "스키", "스카야", "츠키", "예바", "오바", "에바")
MAX_WORDS = 4  # a foreign person's name: given name, patronymic or middle name, surname
MAX_SYLLABLES = 10  # of one word of such a name (알렉산드로비치 is seven); a longer word is no name
MIN_FOREIGN = 2  # syllables of a word read back: one syllable is a Korean surname or a letter


def _jamo(ch: str) -> tuple[int, int, int] | None:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def russian_looking(name: str) -> bool:
    """Whether a Hangul name has a word ending as a Russian name's does (-비치 -vich, -프 -ov, -스키 -sky)."""
    return any(w.endswith(_RUSSIAN_ENDINGS) for w in name.split())


@lru_cache(maxsize=20_000)
def hangul_word(word: str, russian: bool = True) -> str | None:
    """A Hangul word written back in Latin letters by the loanword orthography's tables (알렉산드르 aleksandr,
    안드레예비치 andreyevich, 게예보이 geyevoy); None unless it is Hangul syllables throughout."""
    parts = [_jamo(c) for c in word]
    if not parts or any(p is None for p in parts):
        return None
    syl = [p for p in parts if p is not None]
    out: list[str] = []
    for k, (ini, vow, fin) in enumerate(syl):
        prev = syl[k - 1] if k else None
        last = k == len(syl) - 1
        if ini == _RIEUL and prev is not None and prev[2] == 8:
            onset = ""  # ㄹㄹ is one l between vowels (알렉 alek): the l is the final's
        elif ini == _PIEUP and k == 0 and not (russian and vow == _EU):
            onset = "b"  # 보리스 boris; but 블라디미르 vladimir: в before a consonant is the commoner
        elif ini == _PIEUP:
            onset = "v" if russian else "b"  # в is far commoner than б inside a Russian name (-ovich, -eva)
        elif ini == 18:
            onset = "kh" if russian else "h"
        else:
            onset = _INITIAL[ini]
        if ini == _SILENT and vow == _I and fin == 0 and prev is not None and prev[2] == 0 and prev[1] != _EU \
                and (last or syl[k + 1][0] != _SILENT):
            out.append("y")  # й after a vowel: 보이 voy, 세르게이 sergey (but 미하일 mikhail: a vowel of its own)
            continue
        if ini == _CHIEUT and vow == _I and last and fin == 0 and k > 0:
            out.append("ch")  # ч closing a word: 비치 vich
            continue
        if ini == _SIOT and vow == _I and fin == 0 and not last and syl[k + 1][0] not in (_SILENT,) and russian:
            out.append("sh")  # ш before a consonant: 시니 shni
            continue
        if ini == 17 and vow == _EU and russian and k > 0:
            out.append("v" + _FINAL[fin])  # -ов, -ев and в before a consonant: 프 (이바노프 ivanov)
            continue
        if ini == _SIOT and vow in _YE_VOWELS:
            onset, vowel = "sh", _SOFT[vow]  # ш and sh before a vowel are 샤 셰 쇼 슈 (쇼이구 shoygu, 아쇼트 ashot)
            out.append(onset + vowel + _FINAL[fin])
            continue
        vowel = _SOFT[vow] if ini in (_JIEUT, _CHIEUT, 13) and vow in _YE_VOWELS else _VOWEL[vow]
        out.append(onset + vowel + _FINAL[fin])
    text = "".join(out)
    return text or None


def hangul_person(name: str) -> str | None:
    """A foreign personal name in Hangul (each word two syllables or more, one word at least with a syllable no
    Korean name has, as the caller judges) written back word by word: 알렉산드르 안드레예비치 게예보이 ->
    aleksandr andreyevich geyevoy."""
    words = name.split()
    if not words or any(not MIN_FOREIGN <= len(w) <= MAX_SYLLABLES for w in words):
        return None
    russian = russian_looking(name)
    read = [hangul_word(w, russian) for w in words]
    if any(r is None for r in read):
        return None
    return " ".join(r for r in read if r)


# --- Chinese transliteration -----------------------------------------------------------------------------
# The characters Xinhua's tables use for foreign syllables (simplified): a name of these only is read so.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾安昂奥巴拜班邦保鲍贝本比彼宾波伯博布查彻达代戴丹道德迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰夫福弗盖甘冈"
    "戈格贡古瓜哈海汉豪赫黑亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯孔库夸奎昆拉莱兰朗劳勒雷里利莉列林琳留卢鲁伦"
    "罗洛马玛迈曼芒毛梅门蒙米密明莫姆穆纳奈南瑙内尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙"
    "山尚舍申什施史舒斯松苏索塔泰坦唐陶特提廷通图托瓦万旺威韦维温翁沃乌伍西希谢辛休许雅亚扬耶叶伊因英尤于约"
    "扎泽赞兹佐卓茨楚茹热日若萨捷谢利历"
    # more of the table's characters, the feminine ones among them (勒 le: Adler 阿德勒; 丽 li: Maria 玛丽亚)
    "勒丽娜莎娃妮娅琪黛露芙茜薇赛隆嘉迦喀津惠祖久居麦缪罕蕾璐")
_MIDDLE_DOTS = "·・•‧"
# pinyin (toneless) -> the foreign sound Xinhua writes with it, where reading the pinyin as it is spelt would
# mislead: a weak final is the consonant alone, wei/wo are v, j before a is g, q before i is ch
_WHOLE = {"er": "r", "ke": "k", "de": "d", "te": "t", "ge": "g", "le": "l", "he": "kh", "se": "s", "ze": "z",
          "si": "s", "zi": "z", "ci": "ts", "fu": "f", "bu": "b", "pu": "p", "mu": "m", "en": "n", "shi": "sh",
          "wei": "v", "wo": "vo", "wa": "va", "wan": "van", "weng": "von", "qi": "ch", "ya": "a", "yi": "i",
          "ji": "ki", "xi": "si", "ri": "zh", "ku": "k", "gu": "g", "tu": "t", "du": "d", "ye": "ye"}
_PARTIAL = ((re.compile(r"^ji(a|an|ang)$"), r"g\1"), (re.compile(r"^c(?!h)"), "ts"), (re.compile(r"^j"), "zh"),
            # q before i and a vowel is ч with that vowel, the i only softening it (恰 qia cha, Часовников
            # 恰索夫尼科夫; 丘 qiu chu)
            (re.compile(r"^qi(?=[aeou])"), "ch"), (re.compile(r"^q"), "ch"), (re.compile(r"^x"), "s"), (re.compile(r"uo$"), "o"), (re.compile(r"ie$"), "e"),
            (re.compile(r"^h"), "kh"), (re.compile(r"ou$"), "u"), (re.compile(r"ao$"), "o"))
# Characters whose transliteration use is not their pinyin's (科 ko, 科兹洛夫 Kozlov; 历 le in 亚历山大;
# 山 san, Xinhua writing sa-n with it; 盖 gey, Sergey 谢尔盖; 戈 go, Igor 伊戈尔)
_CHAR = {"盖": "gey", "戈": "go", "科": "ko", "历": "le", "山": "san", "大": "d", "列": "le", "亚": "a", "伊": "i", "耶": "ye"}


@lru_cache(maxsize=20_000)
def _syllable(ch: str) -> str:
    if ch in _CHAR:
        return _CHAR[ch]
    py = lazy_pinyin(ch, style=Style.NORMAL)[0].replace("ü", "u").replace("v", "u")
    if py in _WHOLE:
        return _WHOLE[py]
    for pattern, repl in _PARTIAL:
        py = pattern.sub(repl, py)
    return py


def chinese_person(name: str) -> str | None:
    """A foreign name in Chinese transliteration characters read in Latin letters, part by part (亞歷山大·
    安德列耶維奇·加耶沃伊 -> alesand andeleyevich gayevoi, 科兹洛夫 -> kozlof): only a name of parts separated by
    the middle dot, or one part made only of transliteration characters, of three characters at least."""
    text = name.strip()
    if not text or not all(is_han(c) or c in _MIDDLE_DOTS or c.isspace() for c in text):
        return None
    parts = [p for p in re.split(f"[{_MIDDLE_DOTS}\\s]+", simplified(text)) if p]
    dotted = len(parts) > 1 and any(d in text for d in _MIDDLE_DOTS)
    if not parts or len(parts) > MAX_WORDS or any(len(p) > MAX_SYLLABLES for p in parts) or not (dotted or (len(parts) == 1 and len(parts[0]) >= 3
                                    and all(c in TRANSLITERATION_CHARS for c in parts[0]))):
        return None
    return " ".join(_part(p) for p in parts)


def _part(chars: str) -> str:
    text = "".join(_syllable(c) for c in chars)
    if chars.endswith("夫"):
        text = text[:-1] + "v"  # 夫 closing a name is -ov, -ev (科兹洛夫 Kozlov), as the tables write в there
    # 维奇 is -vich (Андреевич 安德列耶维奇): 奇 alone reads ch, after v the tables mean ich; 盖耶 is gey-e
    return _VICH.sub("vich", text).replace("yy", "y")


_VICH = re.compile(r"vch")


# --- A spelling back resolved to the lists' own spellings --------------------------------------------------
# A spelling read back from Hangul, katakana or transliteration characters is one guess among several a list may
# write (알렉산드르 aleksandr / ALEXANDER, 체르니셰프 chernishev / CHERNYSHEV, 阿德勒 adle / ADLER): the three scripts
# keep a foreign word's consonants but not its vowels, nor the letters a language picks for one sound.  Both the
# spelling and every word the lists write are reduced to the consonants all three scripts keep apart, and the
# listed words of that key (or one consonant off, for a key of four or more) are the spelling's options, the
# likeliest by their letters first.
SOURCE_LISTED = "its consonants as all three scripts keep them, the listed words of those consonants"
_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"[^a-z]", ""),
        (r"kh", "h"),  # х is ㅎ in Hangul, ハ-row in katakana, 赫/哈 in characters: h, which none keeps apart
        (r"ph", "f"),
        (r"ck|q", "k"),
        (r"x", "ks"),
        (r"c(?=[eiy])", "s"),
        (r"tch|ch|sh|zh|ts|tz|[szj]", "S"),  # ч ш ж ц з: written 치/시/지/즈, チ/シ/ジ/ツ/ズ, 奇/什/日/茨/兹 by turns
        (r"c", "k"),
        (r"h", ""),
        (r"[bfpvw]", "P"),  # Hangul folds b/v and p/f, katakana b/v, characters b/p (布) and f/v (夫)
        (r"[dt]", "T"),
        (r"[gk]", "K"),
        (r"r(?=[^aeiouy]|$)", ""),  # an r before a consonant or closing a word: kept by Russian tables, not by English
        (r"[lr]", "R"),
        (r"m(?=[P])", "N"), (r"m", "M"), (r"n", "N"),  # ン before b/p is m
        (r"[aeiouy]+", "V"),
        (r"(.)\1+", r"\1"),
    ))
MIN_KEY_LETTERS = 4  # a listed word shorter than this is an initial, an acronym or a particle (ADL), no option
SHORT_KEY = 2  # consonants; a key this short (or shorter) fits many words: the shape must agree more
SHORT_LIKENESS = 75  # rapidfuzz ratio of the spelling's shape (sound_shape) to the listed word's, for such keys
LIKENESS = 60  # ... and for longer keys, whose consonants already agree
MARGIN = 8  # options this much less alike in shape than the likeliest are not offered
CHOICES = 3  # listed words offered per spelling


@lru_cache(maxsize=50_000)
def sound_key(word: str) -> str:
    """The consonants of a word as Hangul, katakana and transliteration characters all keep them apart:
    chernyshev and chernishev are SNSP, adler and adle TR, mikheychik and miheichik MSK."""
    return re.sub(r"(.)\1+", r"\1", sound_shape(word).replace("V", ""))


@lru_cache(maxsize=50_000)
def sound_shape(word: str) -> str:
    """sound_key with each run of vowels kept as V: the syllables' shape, by which options of one key are told
    apart (adlei VTRV is nearer adler VTR than adili VTVRV)."""
    w = word.lower()
    for pattern, repl in _KEY_RULES:
        w = pattern.sub(repl, w)
    return w


def _near_keys(key: str) -> set[str]:
    """The key and, for a key of four consonants or more, the key with one consonant left out."""
    out = {key}
    if len(key) >= 4:
        out |= {key[:i] + key[i + 1:] for i in range(len(key))}
    return out


class ListedSounds:
    """Every Latin word the lists write, by sound_key: what a foreign word spelt back may be."""

    def __init__(self, words: Iterable[str]) -> None:
        by_key: dict[str, list[str]] = {}
        listed: set[str] = set()
        for w in words:
            if len(w) >= MIN_KEY_LETTERS and w.isascii() and w.isalpha():
                listed.add(w)
                key = sound_key(w)
                if key:
                    for k in _near_keys(key):
                        by_key.setdefault(k, []).append(w)
        self._listed = frozenset(listed)
        self._by_key = {k: tuple(dict.fromkeys(v)) for k, v in by_key.items()}

    def near(self, spelling: str) -> list[tuple[str, float]]:
        """(listed word, likeness) for a spelling back, the most alike first: the spelling itself when the lists
        write it; else the listed words of its key or one consonant off it (the same first consonant) whose
        shape (sound_shape) is alike enough, more so for a short key, and within MARGIN of the likeliest.
        Empty for a spelling of fewer than two consonants."""
        spelling = spelling.lower()
        if spelling in self._listed:
            return [(spelling, 100.0)]
        key = sound_key(spelling)
        if len(key) < SHORT_KEY:
            return []
        # a closing vowel is left out of the shape: Japanese and Korean add one after a final consonant
        shape = sound_shape(spelling).removesuffix("V")
        found: dict[str, float] = {}
        for k in _near_keys(key):
            for w in self._by_key.get(k, ()):
                if w in found:
                    continue
                wk = sound_key(w)
                if wk[:1] != key[:1] or abs(len(wk) - len(key)) > 1:
                    continue
                shaped = fuzz.ratio(shape, sound_shape(w).removesuffix("V"))
                if shaped >= (SHORT_LIKENESS if len(key) <= SHORT_KEY else LIKENESS):
                    # the shape and the letters count alike: adler is nearer adlei than hidri, of one shape
                    found[w] = (shaped + fuzz.ratio(spelling, w)) / 2
        ranked = sorted(found.items(), key=lambda x: (-x[1], x[0]))
        if not ranked:
            return []
        best = ranked[0][1]
        return [(w, like) for w, like in ranked if like >= best - MARGIN][:CHOICES]
