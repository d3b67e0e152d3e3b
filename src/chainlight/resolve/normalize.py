"""Text folding shared by every key: scripts, case, accents, punctuation, spacing, and the phonetic skeleton.

The skeleton is what lets romanizations meet: McCune–Reischauer, Revised Romanization, North Korean usage and
pinyin/Wade–Giles differ mostly in voicing (k/g), aspiration marks (k', kh), vowel spelling (ŏ/eo/o) and r/l,
so the skeleton collapses exactly those and keeps everything else.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from normality import ascii_text

# A name longer than this is not a name; cut it so that a 10,000-character field costs nothing.
MAX_NAME_CHARS = 300

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def is_run_of(word: str, fits: Callable[[str], object], longest: int) -> bool:
    """Whether `word` is a run of pieces that `fits` accepts, each at most `longest` letters (a word of pinyin
    or romanized Korean syllables run together: hongxiang, daelim).  Dynamic programming over the piece ends,
    linear in the word's length where a regex of nested repeats backtracks exponentially on a long word."""
    ends = [True] + [False] * len(word)
    for i in range(len(word)):
        if ends[i]:
            for j in range(i + 1, min(len(word), i + longest) + 1):
                if not ends[j] and fits(word[i:j]):
                    ends[j] = True
    return bool(word) and ends[-1]


def is_hangul(ch: str) -> bool:
    return HANGUL_FIRST <= ord(ch) <= HANGUL_LAST


def is_han(ch: str) -> bool:
    """A CJK ideograph (the unified blocks, extension A, the compatibility block, the supplementary planes).
    Asked per character of every name: a character under the lowest block (Latin letters, digits, spaces,
    kana) is told by one comparison."""
    cp = ord(ch)
    return cp >= 0x3400 and (cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
                             or 0x20000 <= cp <= 0x2FA1F)


# a Hangul syllable (is_hangul) or a CJK ideograph of is_han's blocks: has_hangul_or_han's one search
_HANGUL_OR_HAN = re.compile("[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def has_hangul_or_han(text: str) -> bool:
    """any(is_hangul(c) or is_han(c) for c in text), asked of every reading of every name: an ASCII text (most
    of a screen's parties) is told by isascii alone, any other by one search instead of a call a character."""
    return not text.isascii() and _HANGUL_OR_HAN.search(text) is not None


def has_hangul(text: str) -> bool:
    """any(is_hangul(c) for c in text), told as has_hangul_or_han is."""
    return not text.isascii() and _HANGUL.search(text) is not None


def script_of(ch: str) -> str:
    if is_hangul(ch):
        return "hangul"
    if is_han(ch):
        return "han"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch.isalpha():
        return "latin" if unicodedata.name(ch, "").startswith("LATIN") else "other"
    return "none"


def scripts(text: str) -> set[str]:
    return {s for s in map(script_of, text) if s != "none"}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if is_hangul(ch) or is_han(ch):
        return ch  # NFKD would split Hangul syllables into jamo; keep them whole
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_APOSTROPHES = "'’‘`´ʼʻ"
_SPACE_RE = re.compile(r"\s+")
_ASCII_FOLD = str.maketrans({**{c: " " for c in string.punctuation + string.whitespace}, "'": None, "`": None})


# Dotted abbreviations written letter by letter: p.l.c., G.m.b.H., U.S., A.B.C. -> plc, gmbh, us, abc.
_DOTTED_RE = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,}[a-z]?)(?![a-z0-9])")


def _undot(text: str) -> str:
    return _DOTTED_RE.sub(lambda m: m.group(1).replace(".", ""), text) if "." in text else text


def _is_other_letter(ch: str) -> bool:
    """A letter of a script the Latin keys cannot read directly (Cyrillic, Arabic, Greek, kana, ...)."""
    return ch.isalpha() and not ch.isascii() and not is_hangul(ch) and not is_han(ch) \
        and not unicodedata.name(ch, "").startswith("LATIN")


_OTHER_RUN_RE = re.compile(r"[^\x00-\x7f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=65536)
def _transliterate(run: str) -> str:
    # ICU's transliteration (through normality) reads Cyrillic, Greek, Arabic, Armenian, Georgian, kana...;
    # what it cannot read comes back as '?' and is dropped
    if not any(_is_other_letter(c) for c in run):
        return run
    return (ascii_text(run) or "").replace("?", " ")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation as spaces; Hangul and Hanzi kept as they are.

    Apostrophes vanish (Pot'onggang -> potonggang: they mark aspiration or a syllable break, not a word break)
    and '&' becomes 'and' so that "Arts & Crafts" and "Arts and Crafts" agree.  Other scripts (Cyrillic,
    Arabic, Greek, kana, ...) are transliterated to Latin; dotted abbreviations (p.l.c.) are closed up.
    """
    text = text[:MAX_NAME_CHARS]
    if text.isascii():  # most list names: one translate instead of a loop over characters
        text = _undot(text.lower()).replace("&", " and ").translate(_ASCII_FOLD)
        return _SPACE_RE.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _OTHER_RUN_RE.sub(lambda m: _transliterate(m.group(0)).lower(), text)
    text = _undot(text)
    out: list[str] = []
    for ch in text:
        if ch in _APOSTROPHES:
            continue
        if ch == "&":
            out.append(" and ")
            continue
        f = _fold_char(ch)
        out.append(f if (f.isalnum() or is_hangul(ch) or is_han(ch)) else " ")
    return _SPACE_RE.sub(" ", "".join(out)).strip()


_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]")


def latin_ascii(text: str) -> str:
    """Only the ASCII letters and digits of a folded token."""
    if text.isascii():
        return text if text.isalnum() else _NOT_ASCII_ALNUM.sub("", text)
    return "".join(c for c in text if c.isascii() and c.isalnum())


# Order matters: digraphs first, then single letters.  'N' stands for the velar nasal 'ng' so that the
# g -> k rule below does not turn it into 'nk'.
_DIGRAPHS = (
    ("tch", "j"), ("ch", "j"), ("zh", "j"), ("hs", "s"), ("sh", "s"), ("kh", "k"), ("th", "t"), ("ph", "p"),
    ("ng", "N"), ("eo", "o"), ("eu", "u"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("ck", "k"),
)
_SINGLE = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "z": "j", "q": "j", "x": "s", "c": "k",
                         "v": "p", "w": "u", "f": "p"})


@lru_cache(maxsize=500_000)
def skeleton(token: str) -> str:
    """Phonetic skeleton of a Latin token: Ryonbong, Lyonbong and Ryŏnbong all become 'lyonponk'."""
    s = latin_ascii(token.lower())
    if not s or s.isdigit():
        return s
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_SINGLE).replace("N", "nk")
    out = [s[0]]
    for ch in s[1:]:
        if ch != out[-1]:  # doubled letters: Kwalliso / Kwaliso, Pyonggang / Pyongang
            out.append(ch)
    return "".join(out)
