"""A lexicon learned from the real-world sets' annotations: how documents write a word of a listed body's name in
Hangul, characters or katakana, and the English word the lists write for it (해외 overseas, 事業 project,
プロジェクト project, 조선 korea).

The confirmed names (confirmed.py) remember whole written forms; this table is what those judgements teach below the
whole name.  It is `data/learned_lexicon.csv`, written by benchmarks/resolve/realworld/lexicon.py from the seen sets'
listed bodies (no person) by co-occurrence over distinct bodies (Dice), seeded by the readings the analyser already
gives (a segment that sounds like its word is no entry), each entry resting on at least two distinct listed bodies so
that none is one name's memory; it keeps each entry's support and example sources.

A name is read with its learned segments in English (the longest first, left to right) and the rest as written, or,
for characters, also in Korean (万寿台海外建設事業 -> 만수대 overseas construction project): one more reading, which
the matcher treats as a translation (the listed name must carry every word the lexicon put in).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chainlight.resolve import hanzi, kana
from chainlight.resolve.hangul import word_variants
from chainlight.resolve.hanja_reading import korean_reading
from chainlight.resolve.normalize import is_han, is_hangul

SOURCE = "learned_lexicon.csv"
PATH = Path(__file__).resolve().parent / "data" / SOURCE
FIELDS = ("source", "english", "support", "dice", "examples")
MAX_LEN = 8  # characters of the longest segment


@dataclass(frozen=True)
class Entry:
    source: str  # the segment as written (characters simplified)
    english: str  # the list word it stands for, lower case
    support: int  # distinct listed bodies the pairing rests on
    dice: float
    examples: tuple[str, ...]  # "written form = listed name", up to three


@dataclass(frozen=True)
class LexiconReading:
    text: str
    notes: tuple[str, ...]  # one per learned entry used: "해외 = overseas (learned, 7 bodies: ...)"
    words: tuple[str, ...]  # the English words put in: a listed name found must carry them


_override: list[Mapping[str, Entry] | None] = [None]


def normal(text: str) -> str:
    """A name as the lexicon reads it: characters in Korean, as the analyser reads them too (海外 해외, 建設 건설), so
    that a word learned in Hangul reads it in characters as well and both pool their evidence; a character the
    table does not know stays as written (simplified)."""
    if not any(is_han(c) for c in text):
        return text
    text = hanzi.simplified(text)
    return "".join(_korean(c) for c in text)


def _korean(ch: str) -> str:
    if not is_han(ch):
        return ch
    read = korean_reading(ch, may_be_person=False)
    return read if read is not None and len(read) == 1 else ch


@lru_cache(maxsize=1)
def _file_table() -> Mapping[str, Entry]:
    if not PATH.exists():
        return {}
    with PATH.open(encoding="utf-8", newline="") as f:
        return {r["source"]: Entry(r["source"], r["english"], int(r["support"]), float(r["dice"]),
                                   tuple(x for x in r["examples"].split(" | ") if x)) for r in csv.DictReader(f)}


def table() -> Mapping[str, Entry]:
    t = _override[0]
    return t if t is not None else _file_table()


def use(t: Mapping[str, Entry] | None) -> None:
    """Read with another table (a leave-one-set-out fold's), or again with the file's (None)."""
    _override[0] = t
    _firsts.clear()
    readings.cache_clear()


# the table last read and the first characters of its segments (one table at a time: the file's or a fold's)
_firsts: dict[int, tuple[Mapping[str, Entry], frozenset[str]]] = {}


def _first_characters(t: Mapping[str, Entry]) -> frozenset[str]:
    kept = _firsts.get(id(t))
    if kept is None or kept[0] is not t:
        _firsts.clear()
        kept = _firsts[id(t)] = (t, frozenset(k[:1] for k in t))
    return kept[1]


def sounds(segment: str) -> list[str]:
    """How the analyser reads a segment by sound: a Hangul word romanized, characters read in Korean (and
    romanized) and in pinyin, katakana in Latin letters."""
    out: list[str] = []
    if all(is_hangul(c) for c in segment):
        out += word_variants(segment)
    elif all(is_han(c) for c in segment):
        if (ko := korean_reading(segment, may_be_person=False)) is not None and all(is_hangul(c) for c in ko):
            out += word_variants(ko)
        out.append(hanzi.joined(segment))
    else:
        out += [t.replace(" ", "") for t, _how in kana.readings(segment)]
    return out


def _note(e: Entry) -> str:
    return (f"{e.source} = {e.english} (learned lexicon, {e.support} listed bodies, Dice {e.dice:.2f}; e.g. "
            f"{e.examples[0] if e.examples else '-'}; {SOURCE})")


@lru_cache(maxsize=20_000)
def readings(name: str) -> tuple[LexiconReading, ...]:
    """The name with its learned segments in English and the rest in Korean (characters read so); when characters
    are left, also with them as written (a Chinese firm's own name, read in Mandarin).  Empty when no learned
    segment is in the name."""
    t = table()
    if not t:
        return ()
    han = not name.isascii() and any(is_han(c) for c in name)
    if not han and _first_characters(t).isdisjoint(name):
        return ()  # no segment starts at any character: the text below would be the name itself (no characters)
    written = hanzi.simplified(name) if han else name
    text = "".join(_korean(c) for c in written)  # one syllable a character: positions stay those of `written`
    parts: list[tuple[int, int, Entry | None]] = []
    i = 0
    while i < len(text):
        for j in range(min(len(text), i + MAX_LEN), i + 1, -1):
            e = t.get(text[i:j])
            if e is not None:
                parts.append((i, j, e))
                i = j
                break
        else:
            parts.append((i, i + 1, None))
            i += 1
    used = [e for _i, _j, e in parts if e is not None]
    if not used:
        return ()
    notes = tuple(_note(e) for e in used)
    words = tuple(w for e in used for w in e.english.split())

    def joined(source: str) -> str:
        return " ".join("".join(source[i:j] if e is None else f" {e.english} " for i, j, e in parts).split())

    texts = dict.fromkeys([joined(text), joined(written)])
    return tuple(LexiconReading(x, notes, words) for x in texts if x != name)
