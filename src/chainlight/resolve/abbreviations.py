"""Abbreviated words read as the words of listed names they shorten: Dev. Development, Trdg Trading, Mgmt
Management, Intl International, Assoc. Association.

Bills of lading and registries shorten words by cutting them (Dev., Gen., Assoc.) or by keeping their
consonants (Trdg, Mgmt, Hldgs).  No table of forms can keep up, so a word is read against the words the lists
themselves are written with: an abbreviation is a word written with a closing dot or without a vowel after its
first letter, and it stands for the listed word that begins with it or whose letters it keeps in order, the one
listed names use most (Mng. is Mining or Management, the first if the lists say Mining more).  As with a
translation, the match then counts only where the listed name carries the word read in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from chainlight.resolve.combinations import first_combinations
from chainlight.resolve.vocab import LATIN

MIN_CHARS, MAX_CHARS = 3, 6  # an abbreviation's letters (two capitals, JV or HK, are initials of words)
MIN_SAVED = 2  # the full word is at least this many letters longer
CHOICES = 2  # words each abbreviation may stand for, the commonest first
MAX_READINGS = 4  # combinations of them, those of the commonest words first
COMMON_USES, LARGE_LIST_WORDS = 3, 10_000
KNOWN_MAX = 20_000  # abbreviations whose candidates a Translator keeps
_WORD = re.compile(r"[A-Za-z]+\.?")
_VOWELS = set("aeiouy")


@dataclass(frozen=True)
class Expansion:
    text: str  # the name with its abbreviations written out
    notes: tuple[str, ...]  # "Mgmt -> management"
    words: tuple[str, ...]  # the words read in


def _is_abbreviation(word: str, dotted: bool) -> bool:
    if not MIN_CHARS <= len(word) <= MAX_CHARS or not word.isalpha():
        return False
    # without a dot, only a word of consonants after a consonant (Trdg, Mgmt): ARCH or INTER is a word
    return dotted or (word[0].lower() not in _VOWELS and not (set(word[1:].lower()) & _VOWELS))


def _keeps_in_order(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def candidates(word: str, words: Mapping[str, int], by_initial: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The listed words an abbreviation may stand for, the commonest first."""
    w = word.lower()
    vowelless = not (set(w[1:]) & _VOWELS)
    # in a large list a word written once is some body's own name (Kurdiumov), not a word names are made of
    common = COMMON_USES if len(words) >= LARGE_LIST_WORDS else 1
    found = [v for v in by_initial.get(w[0], ())
             if len(v) >= len(w) + MIN_SAVED and words[v] >= common
             and (v.startswith(w) or (vowelless and _keeps_in_order(w, v)))]
    return sorted(found, key=lambda v: (-words[v], len(v), v))[:CHOICES]


def expansions(name: str, words: Mapping[str, int], by_initial: Mapping[str, tuple[str, ...]],
               known: dict[str, list[str]] | None = None) -> list[Expansion]:
    """The name with its abbreviations written out (none when it has none the lists can read).  `known`
    keeps each abbreviation's candidates between calls (a screen meets Dev. and Trdg again and again)."""
    spans: list[tuple[int, int, str, list[str]]] = []
    # in a name in capitals, three capitals without a vowel are most often the firm's initials (LLC MBB)
    shortest = MIN_CHARS + 1 if name.isupper() else MIN_CHARS
    for m in _WORD.finditer(name):
        token = m.group(0)
        dotted = token.endswith(".")
        word = token.rstrip(".")
        if word.lower() in LATIN or len(word) < shortest or not _is_abbreviation(word, dotted):
            continue  # a word the analyser reads itself (Co, Ltd, Intl)
        options = known.get(word) if known is not None else None
        if options is None:
            options = candidates(word, words, by_initial)
            if known is not None and len(known) < KNOWN_MAX:
                known[word] = options
        if options:
            spans.append((m.start(), m.end(), word, options))
    if not spans:
        return []
    out: list[Expansion] = []
    for ks in first_combinations([len(o) for *_, o in spans], MAX_READINGS):
        text, notes, read_in, pos = [], [], [], 0
        for (start, end, word, options), k in zip(spans, ks, strict=True):
            full = options[k]
            text.append(name[pos:start] + full)
            notes.append(f"{word} -> {full}")
            read_in.append(full)
            pos = end
        text.append(name[pos:])
        out.append(Expansion("".join(text), tuple(notes), tuple(read_in)))
    return out


def by_initial(words: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """Listed words of five letters or more by their first letter (the full words abbreviations stand for);
    in a large list only the words names are made of (used COMMON_USES times), which candidates() would
    keep anyway: a million-name watchlist has hundreds of thousands of words used once."""
    common = COMMON_USES if len(words) >= LARGE_LIST_WORDS else 1
    out: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= MIN_CHARS + MIN_SAVED + 1 and w.isalpha() and words[w] >= common:
            out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}
