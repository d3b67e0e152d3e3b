"""Names written in katakana, as Japanese documents write foreign names, read back into Latin letters.

Japanese news writes a North Korean body's English name in katakana (オーシャン・マリタイム・マネジメント is
Ocean Maritime Management) and a Korean person's name by its sound (リ・ホナム is Ri Ho Nam).  Two readings:

- **foreign spelling**: each loanword by the English word UniDic records it comes from (cutlet with
  fugashi and unidic-lite, the dictionary that ships in its wheel);
- **a Korean name's sound**: plain romaji, with the vowel Japanese adds after a Korean syllable's final
  consonant taken off again (ム mu -> m, ル ru -> l, ク ku -> k, プ pu -> p: キム Kimu is Kim, イル iru is il).

Only katakana runs are read here; characters keep their own readings (hanja_reading.py, translation.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SOURCE = "cutlet + UniDic (unidic-lite)"

_KATAKANA = re.compile("[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_SEPARATORS = "・=＝"  # the middle dot between a foreign name's words
# A Korean syllable's final consonant, which Japanese writes with a vowel after it, at a word's end or before
# another consonant: Kimu -> Kim, Ho Namu -> Ho Nam, Yon'iru -> Yonil.
_FINAL = re.compile(r"(?<=[aeiou])(m|r|k|p)u(?=\b|[^aeiouy'])")
_FINAL_SOUND = {"m": "m", "r": "l", "k": "k", "p": "p"}


def has_katakana(text: str) -> bool:
    return _KATAKANA.search(text) is not None


@lru_cache(maxsize=2)
def _cutlet(foreign: bool) -> Any:
    import cutlet

    c = cutlet.Cutlet()
    c.use_foreign_spelling = foreign
    # a name's last ヘ is cut off as the particle へ and read e (リョンヘ ryon e): in a name it is he (룡해 Ryong Hae)
    c.add_exception("ヘ", "he")
    return c


# ウォ writes a Korean wo (원 won, 권 kwon: ジョンウォン is Jong Won), which the romaji of foreign words reads as
# plain o (Jon'on): by sound it is read as ヲ, which romaji spells wo inside a word
def _romaji(run: str, foreign: bool, joined: bool = False) -> str:
    if not foreign:
        run = run.replace("ウォ", "ヲ")
        for kana, marked in _KOREAN_GLIDES:
            run = run.replace(kana, marked)
    words = [w for w in re.split(f"[{_SEPARATORS}]", run) if w]
    romaji = [str(_cutlet(foreign).romaji(w)).lower() for w in words]
    if not foreign:
        romaji = [_GLIDE_ROMAJI.sub(lambda m: _GLIDE_SOUND[m.group(0)], r) for r in romaji]
    return " ".join("".join(r.split()) if joined else r for r in romaji)


# Japanese writes a Korean w-glide with a small vowel (クァン 광 kwang, グァン 관 gwan, ウィ 위 wi, フィ 휘 hwi) or a
# full ワ (グワンイル 광일 Kwang Il); cutlet reads the small one as nothing (クァ ka, ウィ i, フィ fu).  By sound the
# small vowels are written as ヮ and ヰ, which cutlet spells (kuwa, wi), and the romaji is read back as Korean
# (kwa; f, which Korean lacks, is the h of 화 hwa and 휘 hwi, and フ alone the h of 후 hu: ミョンフン Myong Hun)
_KOREAN_GLIDES = (("クァ", "クヮ"), ("グァ", "グヮ"), ("ウィ", "ヰ"), ("フィ", "フヰ"))
_GLIDE_SOUND = {"kuwa": "kwa", "guwa": "gwa", "fuwi": "hwi", "fa": "hwa", "fe": "hwe", "fo": "hwo", "fu": "hu"}
_GLIDE_ROMAJI = re.compile("|".join(sorted(_GLIDE_SOUND, key=len, reverse=True)))


# Japanese writes a foreign word's consonant cluster and final consonant with a vowel after it (u; o after t
# and d), and its long vowels doubled: アグロソユーズ agurosoyuuzu is Agrosoyuz.  A word the dictionary has
# no foreign spelling for is read again without them.
_LONG = re.compile(r"([aeiou])\1")
_EPENTHETIC = re.compile(r"(?<=[bcfgkmprsvz])u(?![aeiouy])|(?<=[td])o(?![aeiouy])")


def _foreign_sound(romaji: str) -> str:
    from chainlight.resolve.cedict import english_words

    english = english_words()  # words UniDic gave a foreign spelling for stay as they are
    return " ".join(w if w in english else _EPENTHETIC.sub("", _LONG.sub(r"\1", w.replace("'", "")))
                    for w in romaji.split())


def _korean_sound(romaji: str) -> str:
    # ン before a vowel (n') ends a syllable, as a hyphen says in a Korean given name (グワンイル Kwang-Il), so
    # that it may be read as ng too
    return _FINAL.sub(lambda m: _FINAL_SOUND[m.group(1)], romaji).replace("n'", "n-").replace("'", "")


# ン writes a Korean syllable's final n and its final ng alike (ヨン is 연 or 영, ヘソン 해선 or 해성): each
# syllable-final n of the romaji may be ng
_FINAL_N = re.compile(r"(?<=[aeiou])n(?![aeiouyg'])")
NG_VARIANTS = 3  # readings with ng for n: the name's finals all ng, then each one alone, at most this many


def ng_variants(text: str, final_n: re.Pattern[str] = _FINAL_N) -> list[str]:
    """The readings of a romanized name with ng for each syllable-final n `final_n` finds (cyrillic.py passes its
    own pattern: Kontsevich's н is both final n and final ng too)."""
    spots = [m.start() for m in final_n.finditer(text)]
    if not spots:
        return []
    picks = [tuple(spots)] + [(p,) for p in spots] if len(spots) > 1 else [tuple(spots)]
    out: list[str] = []
    for pick in picks[:NG_VARIANTS]:
        chars = list(text)
        for p in pick:
            chars[p] = "ng"
        out.append("".join(chars))
    return out


# Korean surnames as Japanese writes them, whose plain romaji is no spelling a list uses (the others, キム
# kim, パク pak, リ ri, read as they are): Japanese has no ㅚ, ㅓ or initial ㅎ+ㅘ, and writes the aspirates
# and plain stops alike (ROK and DPRK usage, as the lists spell the surnames; see hangul.SURNAMES)
KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "che": ("choe", "choi"), "chon": ("jong", "chon", "chong", "jon"), "cho": ("jo", "cho"),
    "chan": ("jang", "chang"), "chu": ("ju", "chu"), "fan": ("hwang",), "kuon": ("kwon",),
    "pe": ("pae", "bae"), "pekku": ("paek",), "pek": ("paek",), "son": ("song", "son", "song"),
    "yan": ("yang",), "ryan": ("ryang",), "i": ("ri", "yi", "lee"), "hon": ("hong",), "pyon": ("pyon",),
    "ke": ("kye",), "so": ("so",), "sokku": ("sok",), "sok": ("sok",), "mun": ("mun",), "kan": ("kang",),
    "yun": ("yun",), "han": ("han",), "rim": ("rim", "im"), "im": ("rim", "im"), "ho": ("ho", "hyon"),
}
_VOICED_INITIAL = {"g": "k", "d": "t", "b": "p", "j": "ch"}
KOREAN_PERSON_VARIANTS = 6  # readings of a katakana name as a Korean person's, beyond the plain one


def _ng_surname(word: str) -> tuple[str, ...]:
    """A surname's romaji as the lists spell it, its closing ン read as ng first where a Korean surname is so
    spelt (パン pan: 방 Pang; ヤン yan: 양 Yang), as ン writes final n and ng alike."""
    from chainlight.resolve.hangul import SURNAMES

    spelt = {s for forms in SURNAMES.values() for s in forms}
    if _FINAL_N.search(word) is not None and word.endswith("n") and word + "g" in spelt:
        return (word + "g", word)
    return (word,)


def _korean_person(text: str) -> list[str]:
    """A katakana name of two or three words read as a Korean person's: the surname as the lists spell it
    (チェ che -> choe), the given name's first consonant voiceless, as McCune–Reischauer writes the start
    of a word (Japanese writes ギョンテク as the middle of the full name sounds: Kyong-thaek), its ン also as
    ng, and its e also as ae (Japanese writes ㅐ and ㅔ alike: テク is 택, thaek)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return []
    surnames = KOREAN_SURNAMES.get(words[0], _ng_surname(words[0]))[:2]
    given = " ".join(words[1:])
    if given[:1] in _VOICED_INITIAL:
        given = _VOICED_INITIAL[given[0]] + given[1:]
    # the ng readings of the given name (all its finals, then each alone: ミョンジン myong jin), then as read
    givens = [*ng_variants(given), given]
    givens += [g.replace("e", "ae") for g in givens if "e" in g]
    givens += _h_restored(given)
    out = [f"{sur} {g}" for g in givens for sur in surnames]
    return [t for t in dict.fromkeys(out) if t != text][:KOREAN_PERSON_VARIANTS]


# Korean drops an h after n, m, l (and ng) inside a name, and Japanese writes the name as it is said: 원호 [워노]
# is ウォノ, 철호 [처로] チョロ, 김상혁's 상혁 [상역].  The lists spell each syllable (Won Ho, Chol Ho)
_SILENT_H = re.compile(r"(?<=[aeiou])(n|m|r|ng)(?=[aeiouy])")  # y: 은혁 [으녁] ウニョク
_H_FINAL = {"n": "n", "m": "m", "r": "l", "ng": "ng"}


def _h_restored(given: str) -> list[str]:
    """The given name with the h Korean says not written back, at each place where it may have stood, the
    syllables parted there (wono -> won ho); the first syllable keeps its own start."""
    joined = given.replace(" ", "").replace("-", "")
    out: list[str] = []
    for m in _SILENT_H.finditer(joined):
        out.append(f"{joined[:m.start()]}{_H_FINAL[m.group(1)]} h{joined[m.end():]}")
    return out


# a Korean person's family name in a character and the given name in katakana (金ソクチョル, as Japanese news writes
# a name whose given name's characters it does not know)
_SURNAME_AND_KANA = re.compile(r"^([\u3400-\u4dbf\u4e00-\u9fff])[・\s]?([\u30a0-\u30ff]+)$")


def _surname_in_character(name: str) -> list[str]:
    """The name read as a Korean person's when it is a family name in one character and a given name in
    katakana: the character by its Korean family-name reading, spelt as the lists spell that family name (金 김
    kim), the katakana by its Korean sound (ソクチョル sokchol), then as _korean_person reads a name."""
    from chainlight.resolve.hangul import SURNAMES
    from chainlight.resolve.hanja_reading import surname_reading

    m = _SURNAME_AND_KANA.match(name.strip())
    if m is None or (korean := surname_reading(m.group(1))) is None or korean not in SURNAMES:
        return []
    given = _korean_sound(_romaji(m.group(2), False, True))
    out: list[str] = []
    for surname in SURNAMES[korean][:2]:
        for text in (f"{surname} {given}", *(f"{surname} {g}" for g in ng_variants(given))):
            out += [text, *_korean_person(text)]
    return list(dict.fromkeys(out))


def _mixed(name: str) -> str:
    """Each katakana word (between middle dots) by its foreign spelling where UniDic reads it whole as one
    English word (コマーシャル commercial, バンク bank), else by its Korean sound, joined (タンチョン tanchon, which
    UniDic cuts into タン tongue + チョン): a North Korean body's name as Japanese writes it, its own name by
    sound and its English words by theirs."""
    from chainlight.resolve.cedict import english_words

    english = english_words()

    def word(w: str) -> str:
        spelt = _romaji(w, True)
        return spelt if " " not in spelt and spelt in english else _korean_sound(_romaji(w, False, True))

    def run(m: re.Match[str]) -> str:
        return " " + " ".join(word(w) for w in re.split(f"[{_SEPARATORS}]", m.group(0)) if w) + " "

    return " ".join(_KATAKANA.sub(run, name).split())


# The names of the Latin letters as Japanese writes them (エー A ... アール R ... ゼット Z), for a letter standing
# as a word of a name (レディ・アール, the LADY R; ケイ・エム・エス, KMS)
LETTER_NAMES: dict[str, str] = {
    "エー": "a", "エイ": "a", "ビー": "b", "シー": "c", "ディー": "d", "イー": "e", "エフ": "f", "ジー": "g",
    "エイチ": "h", "エッチ": "h", "アイ": "i", "ジェー": "j", "ジェイ": "j", "ケー": "k", "ケイ": "k", "エル": "l",
    "エム": "m", "エヌ": "n", "オー": "o", "ピー": "p", "キュー": "q", "アール": "r", "エス": "s", "ティー": "t",
    "ユー": "u", "ブイ": "v", "ヴィー": "v", "ダブリュー": "w", "エックス": "x", "ワイ": "y", "ゼット": "z",
    "ゼッド": "z",
}


def _lettered(name: str) -> str | None:
    """The name with each katakana word that is a Latin letter's name written as the letter, the other words by
    their foreign spelling; None unless the name has two words or more and one of them is a letter's."""
    words = [w for w in re.split(f"[{_SEPARATORS}\\s]", name) if w]
    if len(words) < 2 or not any(w in LETTER_NAMES for w in words):
        return None
    out: list[str] = []
    for w, letter in ((w, LETTER_NAMES.get(w)) for w in words):
        if letter is not None and out and out[-1].isupper():
            out[-1] += letter.upper()  # letters in a row are an acronym (ケイ・エム・エス KMS), matched by its letters
        else:
            out.append(letter.upper() if letter is not None else _romaji(w, True) if _KATAKANA.fullmatch(w) else w)
    return " ".join(w.lower() if len(w) == 1 else w for w in out)


def foreign_spelling(word: str) -> str:
    """A katakana word by its foreign spelling, as UniDic cuts it (カームブリッジ: calm bridge, two words)."""
    return _romaji(word, True)


def words_by_sound(name: str) -> list[tuple[str, str | None]]:
    """The name's words (between middle dots and spaces), each with its romaji by foreign spelling, joined, when
    it is katakana (None otherwise): what a list's own word may be heard as (ブラシス burashisu)."""
    return [(w, "".join(_romaji(w, True).split()) if _KATAKANA.fullmatch(w) else None)
            for w in re.split(f"[{_SEPARATORS}\\s]", name) if w]


@lru_cache(maxsize=20_000)
def readings(name: str) -> tuple[tuple[str, str], ...]:
    """(text, how it was read) for the name with its katakana runs in Latin letters: by foreign spelling, and
    by sound with Korean final consonants restored.  Empty when the name has no katakana."""
    if not has_katakana(name):
        return ()
    out: list[tuple[str, str]] = []
    if (lettered := _lettered(name)) is not None:
        out.append((lettered, f"katakana read by foreign spelling, a letter by its name ({SOURCE}): {name} → "
                              f"{lettered}"))
    for person in _surname_in_character(name):
        out.append((person, f"a family name in a character read in Korean and a given name in katakana by its "
                            f"Korean sound ({SOURCE}; hanja package): {name} → {person}"))
    for how, foreign in (("foreign spelling", True), ("Korean sound", False)):
        def read(m: re.Match[str], foreign: bool = foreign) -> str:
            romaji = _romaji(m.group(0), foreign)
            return f" {romaji if foreign else _korean_sound(romaji)} "

        text = " ".join(_KATAKANA.sub(read, name).split())
        if text != name and text not in (t for t, _ in out):
            out.append((text, f"katakana read by {how} ({SOURCE}): {name} → {text}"))
        if foreign and (mixed := _mixed(name)) not in (text, name) and mixed not in (t for t, _ in out):
            out.append((mixed, f"katakana read word by word, an English word by its spelling and a name by its "
                               f"Korean sound ({SOURCE}): {name} → {mixed}"))
        if foreign:
            bare = " ".join(_KATAKANA.sub(lambda m: f" {_foreign_sound(_romaji(m.group(0), True))} ", name).split())
            if bare not in (text, name) and bare not in (t for t, _ in out):
                out.append((bare, f"katakana read by foreign sound, the vowels Japanese adds taken off "
                                  f"({SOURCE}): {name} → {bare}"))
        if not foreign:
            # a word between middle dots is one Korean name part, which cutlet may cut where the final
            # consonant's rule cannot see it (スイル sui ru, 수일 Su Il's given name): read again joined
            whole = " ".join(_KATAKANA.sub(lambda m: f" {_korean_sound(_romaji(m.group(0), False, True))} ",
                                           name).split())
            if whole not in (text, name) and whole not in (t for t, _ in out):
                out.append((whole, f"katakana read by {how}, each word's syllables joined ({SOURCE}): "
                                   f"{name} → {whole}"))
            for variant in ng_variants(text):
                out.append((variant, f"katakana read by {how}, ン as ng ({SOURCE}): {name} → {variant}"))
            if has_katakana(name) and not _KATAKANA.sub("", name).strip(_SEPARATORS + " "):
                # cutlet may cut a given name into more words than a Korean name has (ウニョク u nyo ku): the
                # words between middle dots, joined, are read so too
                for variant in [*_korean_person(text), *_korean_person(whole)]:
                    if variant not in (t for t, _ in out):
                        out.append((variant, f"katakana read as a Korean person's name ({SOURCE}): "
                                             f"{name} → {variant}"))
    return tuple(out)
