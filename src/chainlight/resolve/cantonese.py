"""The Cantonese reading of a person's name in characters, spelt as Hong Kong writes names in Latin letters.

Hong Kong and Macau register a person's name by its Cantonese sound in the Hong Kong Government's spelling
(鄭鴻文 CHENG Hung Man, 陳 Chan, 張 Cheung, 吳 Ng), which neither pinyin (Zheng Hongwen) nor the Korean reading
gives; OFAC lists Hong Kong facilitators of North Korea so.  A Chinese document writes the same person in
characters (郑鸿文(音)).  The syllables' Jyutping comes from ToJyutping (CanCLID's table, shipped with the
package, read offline); each syllable is respelt by the Hong Kong conventions below, one word a syllable, as
the lists write a Cantonese given name (Hung Man).  The analyser's skeletons fold what the conventions leave
open (Chan / Tsan, Lee / Li).
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainlight.resolve.normalize import is_han

SOURCE = "ToJyutping (Jyutping), in Hong Kong's spelling"

# Jyutping initial -> the Hong Kong spelling: unaspirated stops are written voiceless (d t, g k, b p), z and c
# both ch (Cheung, Chan), j y
_INITIALS = (("gw", "kw"), ("ng", "ng"), ("b", "p"), ("d", "t"), ("g", "k"), ("z", "ch"), ("c", "ch"),
             ("j", "y"), ("p", "p"), ("t", "t"), ("k", "k"), ("kw", "kw"), ("m", "m"), ("n", "n"), ("l", "l"),
             ("f", "f"), ("h", "h"), ("s", "s"), ("w", "w"))
# Jyutping final -> the Hong Kong spelling (longest first): aa is a (Wan, Chan), ou o (Ko, To), oeng eung
# (Cheung), eoi ui (Tsui, Hui), eon un (Chun), yu u after an initial (Chu), yun uen (Yuen), ei ee (Lee)
_FINALS = (("oeng", "eung"), ("oek", "euk"), ("eoi", "ui"), ("eon", "un"), ("eot", "ut"), ("yun", "uen"),
           ("yut", "ut"), ("aa", "a"), ("ou", "o"), ("yu", "u"), ("ei", "ee"), ("oe", "oe"))
_SYLLABLE = re.compile(r"^([a-z]+?)([1-6])$")
MIN_CHARS, MAX_CHARS = 2, 4  # a Chinese person's name: surname and a given name of one or two characters


def syllable(jyutping: str) -> str | None:
    """One Jyutping syllable (zeng6) in Hong Kong's spelling (cheng); None for what is no syllable."""
    m = _SYLLABLE.match(jyutping)
    if m is None:
        return None
    body = m.group(1)
    if body in ("ng", "m"):
        return body  # 吳 ng4 Ng, 五 m
    initial, spelt = "", ""
    for jy, hk in _INITIALS:
        if body.startswith(jy) and len(body) > len(jy):
            initial, spelt = jy, hk
            break
    final = body[len(initial):]
    for jy, hk in _FINALS:
        if final.startswith(jy):
            final = hk + final[len(jy):]
            break
    if initial == "j" and final.startswith("u"):
        spelt = "y"  # 余 jyu Yu, 阮 jyun Yuen: the y is the vowel's
    elif spelt == "" and final.startswith("u"):
        spelt = "y" if body.startswith("yu") else ""
    return spelt + final


def is_person_in_characters(name: str) -> bool:
    """Two to four Chinese characters and nothing else: how Chinese and Korean write a person's name (and, as
    much, a word or a short firm's name: callers weigh that)."""
    text = name.strip()
    return MIN_CHARS <= len(text) <= MAX_CHARS and all(is_han(c) for c in text)


@lru_cache(maxsize=20_000)
def person_reading(name: str) -> str | None:
    """A Chinese person's name (two to four characters, nothing else) read in Cantonese, a word a syllable:
    郑鸿文 -> 'cheng hung man'; None for any other name or a character ToJyutping does not read."""
    text = name.strip()
    if not is_person_in_characters(text):
        return None
    from ToJyutping import get_jyutping_list  # its table loads on the first name in characters

    read = [syllable(j) if j else None for _c, j in get_jyutping_list(text)]
    if len(read) != len(text) or any(r is None for r in read):
        return None
    return " ".join(r for r in read if r)
