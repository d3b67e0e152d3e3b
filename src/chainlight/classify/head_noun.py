"""hs_v15 (option `head_noun`): the head noun of a title the rules named no good in, read by a dictionary.

Chinese and Korean put the head of a noun phrase last (家用大容量电热水壶 "household large-capacity electric kettle":
a kettle; 무선 로봇청소기 "cordless robot cleaner": a cleaner).  A marketplace title is such a phrase with brands,
sizes and selling points around it.  Where the vocabulary names no good, the nomenclature reader (vote.py) weighs all
of the title's words alike, and a stray word (울트라's 울 "wool", 不锈钢 "stainless steel", a brand) outvotes a good
the nomenclature has no word for (a kettle is an "electro-thermic appliance of a kind used for domestic purposes").

Here the title's nouns are read from its end, each in English by a dictionary, and the last noun whose English names
an everyday good of hs_v15/heads.yaml (written from the nomenclature's headings, not from titles) gives the
subheading; where none does, the nomenclature reads the title as before.

- **Chinese**: each run of Han characters is cut by jieba's dictionary with its part-of-speech tags (jieba.posseg,
  no HMM); its nouns are read by CC-CEDICT (each of the first two senses), a word CC-CEDICT lacks by its longest
  CC-CEDICT ending (电热水壶 -> 水壶 "kettle", 体重秤 -> 秤 "steelyard").
- **Korean**: kiwipiepy's common nouns (NNG) outside brackets (and a whole word the table holds), read by the
  table's Korean words, else, where a syllable no Hanja reads marks a loanword, by its sound against the table's
  English words (세럼 serum, 펌프 pump: resolve/loanwords.py).  Not by a Sino-Korean reading: a Hangul noun spells
  several Hanja words (초과 超過 "exceed", 炒鍋 "wok") and the dictionary does not say which is common.
- **English**: the words of the first phrase (before "for", "with", a comma ...: nomenclature.head_span), from its
  end, two-word keys before one-word keys.

A key with an electric form ("kettle: 732393/851679") takes it where the title says electric (电, 전기, 전동,
electric).  The category is `other`: the table holds no good of a risk category.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from chainlight.classify.nomenclature import (
    cedict_headwords,
    cedict_senses,
    english_tokens,
    glossary,
    head_span,
    index,
    korean_tokens,
    loanword_reading,
)

_HAN = re.compile(r"[\u3400-\u9fff]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_BRACKETS = re.compile(r"\[[^\]]*\]|【[^】]*】|\([^)]*\)|（[^）]*）")
_ELECTRIC = re.compile(r"电|電|전기|전동|\belectric", re.I)
_SILVER = re.compile(r"925|银|銀|\bsilver\b|실버|은제", re.I)
# jieba's tags of nouns (common, other proper, noun morpheme, nominal verb); person and place names are no goods
_NOUN_TAGS = frozenset(("n", "nz", "ng", "vn"))
MAX_KEY = 3  # words in a key at most


@dataclass(frozen=True)
class Head:
    code: str
    noun: str  # the title's word
    key: str  # the table's English key it was read as


@dataclass(frozen=True)
class Table:
    codes: dict[tuple[str, ...], tuple[str, str]]  # key (stemmed words) -> (code, electric code)
    keys: dict[tuple[str, ...], str]  # key -> as written
    ko: dict[str, tuple[str, ...]]  # Korean words -> key
    english: frozenset[str]  # the keys' words as written, for the loanword reader


@lru_cache(maxsize=1)
def table() -> Table:
    import yaml

    data = yaml.safe_load((resources.files("chainlight.classify") / "hs_v15" / "heads.yaml").read_text("utf-8"))
    codes: dict[tuple[str, ...], tuple[str, str]] = {}
    keys: dict[tuple[str, ...], str] = {}
    for written, value in (data.get("heads") or {}).items():
        plain, _, electric = str(value).partition("/")
        key = tuple(english_tokens(str(written)))
        codes[key] = (plain, electric or plain)
        keys[key] = str(written)
    ko = {str(k): tuple(english_tokens(str(v))) for k, v in (data.get("ko") or {}).items()}
    words = frozenset(w for k in keys.values() for w in k.split() if len(w) >= 4)
    return Table(codes, keys, ko, words)


def _match(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The key the words are, or the longest key of two words or more that ends them (a dictionary's "perfumed
    toilet soap" is a toilet soap; its "small scale" is no scale)."""
    codes = table().codes
    if words in codes:
        return words
    for n in range(min(MAX_KEY, len(words) - 1), 1, -1):
        if tuple(words[-n:]) in codes:
            return tuple(words[-n:])
    return None


def _in_senses(senses: Iterable[str]) -> tuple[str, ...] | None:
    """The key of a dictionary entry's first sense (its commonest: 毯 "blanket", not its second "rug")."""
    for sense in list(senses)[:1]:
        return _match(tuple(english_tokens(sense)))
    return None


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=65536)
def _han_key(word: str) -> tuple[str, ...] | None:
    senses = cedict_senses(word)
    if senses is not None:
        return _in_senses(senses)
    heads = cedict_headwords()
    for k in range(1, len(word)):  # the longest ending CC-CEDICT holds
        if word[k:] in heads:
            return _in_senses(cedict_senses(word[k:]) or ())
    return None


@lru_cache(maxsize=65536)
def han_nouns(run: str) -> tuple[str, ...]:
    """The nouns of a run of Han characters, as jieba's dictionary cuts and tags them; () without jieba.  A noun
    with the word before it is one noun where CC-CEDICT holds the two as one word (空气 + 净化器: 空气净化器 "air
    purifier"); a word jieba tags as a person's name is a noun where the table reads it (折叠伞 "folding umbrella")."""
    try:
        cut = _jieba()
    except ImportError:
        return ()
    pairs = cut.lcut(run, HMM=False)
    heads = cedict_headwords()
    out: list[str] = []
    for i, p in enumerate(pairs):
        if p.flag in _NOUN_TAGS or (p.flag == "nr" and _han_key(p.word) is not None):
            joined = pairs[i - 1].word + p.word if i > 0 else ""
            out.append(joined if joined in heads else p.word)
    return tuple(out)


def _names_a_good(word: str) -> bool:
    """Whether the nomenclature holds a word of the dictionary's first sense of a Chinese word (模组 "module",
    神器 "magic weapon"; not 毛孔 "pore"): the word names a good, if not one of the table's."""
    senses = cedict_senses(word)
    if senses is None:
        heads = cedict_headwords()
        ending = next((word[k:] for k in range(1, len(word)) if word[k:] in heads), None)
        senses = cedict_senses(ending) if ending else None
    if not senses:
        return False
    idf = index()._idf
    return any(w in idf for w in english_tokens(senses[0]))


def _han_head(runs: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The last noun of the title's Han runs the table holds.  The title's last noun is its head: a good the table
    lacks there (a noun whose English the nomenclature holds) ends the search; a last noun the nomenclature has no
    word for (毛孔 "pore" after 面膜 "facial mask") is a selling point, and the nouns before it are read; before it, a
    noun the nomenclature reader's glossary names ends the search too."""
    nouns = [noun for run in runs for noun in han_nouns(run)]
    stops = glossary().zh
    for i, noun in enumerate(reversed(nouns)):
        if (key := _han_key(noun)) is not None:
            return noun, key
        if noun in stops or (i == 0 and _names_a_good(noun)):
            return None
    return None


@lru_cache(maxsize=1)
def _loanwords() -> Any:
    from chainlight.resolve.loanwords import Loanwords

    return Loanwords(dict.fromkeys(table().english, 1))


LOAN_LIKENESS = 80  # loanwords.likeness of the Hangul's romanization to the table's English word, at least


@lru_cache(maxsize=65536)
def _hangul_key(noun: str) -> tuple[str, ...] | None:
    t = table()
    if noun in t.ko:
        return t.ko[noun] if t.ko[noun] in t.codes else None
    from chainlight.resolve.loanwords import likeness, sino_syllables

    if len(noun) >= 2 and any(c not in sino_syllables() for c in noun):  # a syllable no Hanja reads: a loanword
        read = [(likeness(roman, word), word) for word, roman in _loanwords().read(noun)]
        keys = [(alike, tuple(english_tokens(word))) for alike, word in read if alike >= LOAN_LIKENESS]
        keys = [(alike, key) for alike, key in keys if key in t.codes]
        if keys:
            return max(keys, key=lambda k: k[0])[1]
    # no Sino-Korean reading: a Hangul noun spells several Hanja words (초과 超過 "exceed" and 炒鍋 "wok"), and the
    # dictionary does not say which is common
    return None


def _hangul_head(text: str) -> tuple[str, tuple[str, ...]] | None:
    nouns: list[str] = []
    previous = ""
    for m in _HANGUL.finditer(text):
        tokens = [form for form, _, _, tag in korean_tokens(m.group(0)) if tag == "NNG"]
        nouns += tokens
        if m.group(0) in table().ko and m.group(0) not in tokens:
            nouns.append(m.group(0))
        elif previous + m.group(0) in table().ko:  # a name written in two words (프라이 팬)
            nouns.append(previous + m.group(0))
        previous = m.group(0)
    stops = glossary().ko
    for noun in reversed(nouns):
        if (key := _hangul_key(noun)) is not None:
            return noun, key
        if noun in stops or loanword_reading(noun):  # a good the nomenclature reader names (glossary, loanword)
            return None
    return None


def _english_head(text: str) -> tuple[str, tuple[str, ...]] | None:
    span = head_span(text)
    # a title of one phrase, closed by nothing (18k Gold Plated Cuban Choker), ends with its head
    words = tuple(english_tokens(text[span[0]: span[2]] if span is not None else text))
    codes = table().codes
    for n in range(min(MAX_KEY, len(words)), 0, -1):  # the key that ends the phrase: its head
        if words[-n:] in codes:
            return " ".join(words[-n:]), words[-n:]
    return None


@lru_cache(maxsize=4096)
def head_of(text: str) -> Head | None:
    """The everyday good the title's last noun names (heads.yaml), or None."""
    if text.isascii():
        found = _english_head(text)
    else:
        bare = _BRACKETS.sub(" ", text)
        if _HANGUL.search(bare):
            found = _hangul_head(bare)
        else:
            found = _han_head([m.group(0) for m in _HAN.finditer(bare)])
    if found is None:
        return None
    noun, key = found
    plain, electric = table().codes[key]
    code = electric if _ELECTRIC.search(text) else plain
    if code == "-":  # a good the table leaves to the nomenclature: its material chooses (a blanket; a pot not said
        return None  # electric: 73.23, 76.15, 69.11 ...)
    if code.startswith("7117") and _SILVER.search(text):
        code = "711311"  # jewellery of silver (71.13), not imitation jewellery
    return Head(code, noun, table().keys[key])


def warm() -> None:
    """Load jieba's dictionary (about 3 s the first time) and the table, so that the first titles are not charged."""
    han_nouns.__wrapped__("电热水壶")  # (without jieba: (), and Chinese titles have no head noun here)
    table()
