"""A northern name in the South's spelling read back in the North's: the initial-sound law (두음법칙) undone.

South Korean orthography (the Standard Korean spelling rules, articles 10-12, 1988) writes a Sino-Korean syllable
opening with ㄹ or ㄴ differently at a word's start: ㄹ is dropped before i and y (리 -> 이, 룡 -> 용, 력 -> 역, 련 ->
연), ㄹ is written ㄴ before the other vowels (로 -> 노, 락 -> 낙), and ㄴ is dropped before i and y (녀 -> 여, 년 ->
연).  The North does not apply the law (its 1966 spelling rules), and the lists romanize the North's form: the South's
press writes 최룡해 as 최용해, 리선권 as 이선권, 로동당 as 노동당, 조선민주녀성동맹 as 조선민주여성동맹.  The South
applies it to each syllable of a person's given name as if it stood first (최용해, 이영길) and to each word a compound
is made of (조선노동당: 조선 + 노동 + 당).

Read back, the law's correspondences give each such syllable its northern forms: ㅇ before i/y -> ㄹ or ㄴ (용 -> 룡,
여 -> 려, 녀), ㄴ before another vowel -> ㄹ (노 -> 로).  A form is kept only where it is a syllable Sino-Korean reads
a character with (the `hanja` package's table: 룡 龍, 녀 女; no 랴, 냐), since the law applies only to such words.
Where a syllable is read so:

- a person's name (three Hangul syllables opening with a family name, posts.korean_name_shaped): each syllable of the
  given name whose ㄹ the law dropped before i or y (용 -> 룡, 영 -> 령), at most three readings; the family name is
  the surnames' table's (hangul.SURNAMES spells 이 as Ri too; written.northern_reading reads a word's first syllable);
- a body's name in Hangul: each noun of two syllables or more that Kiwi (kiwipiepy) cuts a word into after its
  first, in any of its three best analyses (조선노동당 is one proper noun in the first, 조선 + 노동당 in the second),
  where its northern form is a Sino-Korean dictionary word and its southern form is none (노동 -> 로동 勞動; 연구
  stays, being a word as written; a loanword's 인터내셔널 stays, being none).

In Latin letters the South's Revised Romanization writes the southern syllable (Choi Yong-hae, Lee Young-gil): a
person's name whose family name is a Korean one (hangul.SURNAMES' spellings) has each given syllable that romanizes
a southern syllable with a dropped ㄹ read also as the northern one's McCune-Reischauer (Yong/Yeong -> Ryong, Yeo/Yo
-> Ryo, I -> Ri), the syllables as the text separates them (spaces or hyphens).  Every reading leaves at once when
the name holds no Hangul and is not ASCII.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from chainlight.resolve.normalize import is_hangul

SOURCE = "the South's initial-sound law (두음법칙, Standard Korean spelling rules arts. 10-12) read back"

_N_INITIAL, _R_INITIAL, _NULL_INITIAL = 2, 5, 11
_Y_MEDIALS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
_HANGUL = re.compile("[\uac00-\ud7a3]")
MAX_READINGS = 3  # of one person's name: a given name of two syllables has at most 2 x 2 - 1 to read back


@lru_cache(maxsize=1)
def _sino_syllables() -> frozenset[str]:
    """Every syllable Sino-Korean reads a character with (the hanja package's table)."""
    from hanja import table

    return frozenset(table.hanja_table.values())


def _compose(ini: int, med: int, fin: int) -> str:
    return chr(0xAC00 + (ini * 21 + med) * 28 + fin)


@lru_cache(maxsize=4096)
def northern_syllables(syllable: str) -> tuple[str, ...]:
    """The North's forms of a syllable the South's law may have changed (용: 룡; 여: 려, 녀; 노: 로), each a
    Sino-Korean reading; () for a syllable the law leaves alone."""
    code = ord(syllable) - 0xAC00 if len(syllable) == 1 else -1
    if not 0 <= code < 11172:
        return ()
    ini, med, fin = code // 588, (code % 588) // 28, code % 28
    forms: tuple[str, ...]
    if ini == _NULL_INITIAL and med in _Y_MEDIALS:
        forms = (_compose(_R_INITIAL, med, fin), _compose(_N_INITIAL, med, fin))
    elif ini == _N_INITIAL and med not in _Y_MEDIALS:
        forms = (_compose(_R_INITIAL, med, fin),)
    else:
        return ()
    sino = _sino_syllables()
    return tuple(f for f in forms if f in sino)


def _how(name: str, text: str) -> str:
    return f"in the North's spelling ({SOURCE}): {name} → {text}"


def readings(name: str) -> list[tuple[str, str]]:
    """(text, how) for a Hangul name, or a Korean person's name in Latin letters, in the North's spelling."""
    if _HANGUL.search(name) is not None:
        texts = _hangul(name)
    elif name.isascii():
        texts = _latin(name)
    else:
        return []
    return [(t, _how(name, t)) for t in texts]


def _hangul(name: str) -> list[str]:
    from chainlight.resolve.posts import korean_name_shaped

    words = name.split()
    if not words or not all(is_hangul(c) for w in words for c in w):
        return []
    if len(words) == 1 and korean_name_shaped(words[0]):
        word = words[0]
        options = [(s, *given_syllables(s)) for s in word[1:]]
        if all(len(o) == 1 for o in options):
            return []
        return ["".join((word[0], *combo)) for combo in product(*options)][1:MAX_READINGS + 1]
    changed = [w if korean_name_shaped(w) else _compound(w) for w in words]  # a person's name: alone, as above
    return [" ".join(changed)] if changed != words else []


def given_syllables(syllable: str) -> tuple[str, ...]:
    """A given name's syllable read back: only where the law dropped an ㄹ before i or y (용 -> 룡, 영 -> 령,
    이 -> 리); the law's ㄴ forms (녀, 닐) and its ㄹ written ㄴ (남 -> 람) are rare in names and would be read into
    the many common ones (남, 일)."""
    if (ord(syllable) - 0xAC00) // 588 != _NULL_INITIAL:
        return ()
    return tuple(f for f in northern_syllables(syllable) if (ord(f) - 0xAC00) // 588 == _R_INITIAL)


def _compound(word: str) -> str:
    """The word with each noun Kiwi cuts it into after its first read back where the law changed it: the noun's
    northern form is a Sino-Korean dictionary word (translation.sino_korean: CC-CEDICT's and JMdict's headwords
    read in Korean by the hanja table, which reads 勞動 로동) and its southern form is none (노동)."""
    if len(word) < MIN_COMPOUND:
        return word
    from chainlight.resolve.translation import sino_korean

    words = sino_korean()
    chars = list(word)
    for start, end in _nouns(word):
        if start == 0 or word[start:end] in words:
            continue
        for north in northern_syllables(word[start]):
            if north + word[start + 1:end] in words:
                chars[start] = north
                break
    return "".join(chars)


MIN_COMPOUND = 3  # syllables of a word holding a noun after its first (조선 + 노동당)
ANALYSES = 3  # Kiwi's best analyses whose nouns are read: its first keeps 조선노동당 whole, its second cuts 노동당
_NOUN = ("NNG", "NNP")


@lru_cache(maxsize=8192)
def _nouns(word: str) -> frozenset[tuple[int, int]]:
    """(start, end) of each noun of two syllables or more inside the word, in any of the analyser's best
    analyses."""
    from chainlight.resolve.morphology import kiwi

    analyser = kiwi()
    if analyser is None:
        return frozenset()
    return frozenset((t.start, t.start + t.len) for result in analyser.analyze(word, top_n=ANALYSES)
                     for t in result[0] if t.tag in _NOUN and t.len >= 2)


@lru_cache(maxsize=1)
def _latin_table() -> dict[str, tuple[str, ...]]:
    """A southern syllable's romanizations (Revised, McCune-Reischauer without marks) -> its northern forms'
    McCune-Reischauer, over every syllable the law reads back."""
    from chainlight.resolve.hangul import mccune_reischauer, revised

    table: dict[str, list[str]] = {}
    for south in _sino_syllables():
        for north in given_syllables(south):
            north_latin = mccune_reischauer(north, breves=False, apostrophes=False)
            for latin in {revised(south), mccune_reischauer(south, breves=False, apostrophes=False, initial_r="")}:
                if latin and latin != north_latin and north_latin not in table.setdefault(latin, []):
                    table[latin].append(north_latin)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _latin_surnames() -> frozenset[str]:
    from chainlight.resolve.hangul import SURNAMES

    return frozenset(s for spellings in SURNAMES.values() for s in spellings)


_LATIN_PARTS = re.compile(r"[A-Za-z]+|[\s,-]+")
_LATIN_NAME = re.compile(r"^[A-Za-z]+(?:[\s,-]+[A-Za-z]+){1,3}$")


def _latin(name: str) -> list[str]:
    text = name.strip()
    if len(text) > 40 or _LATIN_NAME.match(text) is None:
        return []
    parts = _LATIN_PARTS.findall(text)
    words = parts[::2]
    if words[0].lower() not in _latin_surnames() or len(words) < 2:
        return []
    table = _latin_table()
    options: list[tuple[str, ...]] = []
    for w in words[1:]:
        forms = table.get(w.lower(), ())
        cased = tuple(f.upper() if w.isupper() else f.capitalize() if w[0].isupper() else f for f in forms)
        options.append((w, *cased))
    if all(len(o) == 1 for o in options):
        return []
    out = []
    for combo in product(*options):
        spelt = [words[0], *combo]
        out.append("".join(p if i % 2 else spelt[i // 2] for i, p in enumerate(parts)))
    return out[1:MAX_READINGS + 1]
