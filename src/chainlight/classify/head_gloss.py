"""hs_v16 (option `head_gloss`): the head noun of a title the rules named no good in, read in English by a dictionary
and matched against the HS nomenclature's own texts; its subheading chosen by the title's other words.

hs_v15 (head_noun.py) read the head noun against a hand-written table of ~190 everyday goods (heads.yaml).  Here the
nomenclature itself (hs_v3/nomenclature.csv, the HS 2022 heading and subheading texts) plays that table's part for
every noun its texts name:

1. The title's last noun, read as head_noun.py reads it (Chinese: jieba's cut and tags, a noun of two characters
   at least, none after a word that joins extras to the good, 带 "with"; Korean: kiwipiepy's common nouns outside
   brackets; English: the last word of the first phrase, a basic colour term passed over).
2. Its English: Chinese by CC-CEDICT's first sense (the commonest; a word CC-CEDICT lacks by its longest ending of
   two characters or more); Korean by its sound where it is a loanword (resolve/loanwords.py against the
   nomenclature's words); English is its own.  The last word of that English is the head ("electric kettle":
   kettle; "facial mask": mask).  A noun of the nomenclature reader's glossary is left to that reader (it weighs
   the glossary's trade nouns already).
3. Where the head is a noun of the nomenclature (a word that ends at least NOUN_SHARE of the phrases it stands in
   there: rice, belt, iron; not brown or small), the nomenclature's ranking (BM25, vote.py) is read over the
   subheadings whose document (heading and subheading text, not an exclusion) holds it, with all the title's words,
   so that the other words choose among them as the nomenclature splits them (of cotton / of synthetic fibres;
   knitted or not; men's or women's; fresh, frozen, dried; electric or not).  vote.py keeps that line unless it is a
   risk good's (the vocabulary's to name) or scores less than HEAD_GLOSS_SHARE of the whole nomenclature's best.

No list of goods is written here: the nouns, their English and the lines are the dictionaries' and the
nomenclature's.  The category is the nomenclature answer's (vote.category_of), as for any nomenclature answer.
hs_v15's table is still read first where it holds the noun (hs_v16 is hs_v15 with this layer): without it the seen
titles of sets 21-22, whose misses the table's FITTED keys were read from, lose 25 HS-6 (kettles, serums, vacuum
cleaners: goods the nomenclature has no word for); see the realworld README, Round 27.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# the Han and Hangul runs, brackets, jieba's noun tags and its loading are head_noun.py's: both read a title's nouns the same way
from chainlight.classify.head_noun import _BRACKETS, _HAN, _HANGUL, _NOUN_TAGS, _jieba
from chainlight.classify.nomenclature import (
    STOP,
    cedict_headwords,
    cedict_senses,
    english_tokens,
    glossary,
    head_span,
    index,
    korean_tokens,
    loanword_reading,
)

# Chinese words that join a good's extras to it (带 "with", 配 "matched with", 送 / 赠 / 附赠 "with a free", 含 "including"):
# a closed class of verbs and prepositions (CC-CEDICT's senses of each), the nouns after them in a run are not the head
_WITH = frozenset(("带", "配", "送", "赠", "附", "附赠", "赠送", "含", "附带"))
_ENGLISH_CUT = re.compile(r"\s[-–|/]\s")
_LAST_WORD = re.compile(r"[A-Za-z]+(?=[^A-Za-z]*$)")
# English nouns that head a phrase and name no good of their own (the nomenclature's own classifying nouns, "goods",
# "articles", "products"; english_tokens drops them as stop words, which left the word before them as the head)
_GENERIC_HEADS = frozenset(("goods", "articles", "products", "items", "wares", "merchandise", "things"))
NOUNS_BACK = 1  # nouns read from the end of a title: the last only (2 and 3 measured: more lines lost)
HEAD_GLOSS_WEIGHT = 2.0  # the gloss's words in the nomenclature's query (the title's own words weigh 1)
# Words of a gloss that say how or what for, not what (a dictionary's "type", "style", "product" ...): they head no
# good.  A closed class (grammatical and classifying nouns of a dictionary's definitions), written from CC-CEDICT's
# sense conventions, not from titles.
_NO_HEAD = frozenset(english_tokens(
    "type style model kind sort version series brand item thing stuff class grade size capacity edition "
    "sb sth variant abbr surname name cl"
    # the eleven basic colour terms of English (Berlin and Kay, Basic Color Terms, 1969): a colour qualifies a good
    " black white red green yellow blue brown purple pink orange grey gray"))
# The head's best line scores this share at least of the best line of the whole nomenclature for the same words (0,
# 0.7, 0.8 and 0.9 measured on the seen sets: 0.8 and 0.9 the same, 0.9 kept)
HEAD_GLOSS_SHARE = 0.9


@dataclass(frozen=True)
class Gloss:
    noun: str  # the title's word
    head: str  # the gloss's head, as the nomenclature's words are stemmed
    words: tuple[str, ...]  # the gloss's words
    glossary: bool = False  # read by the nomenclature reader's glossary (a trade noun it weighs already)


@lru_cache(maxsize=65536)
def han_nouns(run: str) -> tuple[str, ...]:
    """The nouns of a run of Han characters as jieba's dictionary cuts and tags them (no HMM); a noun with the
    word before it is one noun where CC-CEDICT holds the two as one word (空气 + 净化器); () without jieba."""
    try:
        cut = _jieba()
    except ImportError:
        return ()
    pairs = cut.lcut(run, HMM=False)
    heads = cedict_headwords()
    out: list[str] = []
    for i, p in enumerate(pairs):
        if p.word in _WITH and p.flag.startswith(("v", "p")):
            break  # 带钢圈 "with a steel ring": what comes with the good, not the good
        if p.flag in _NOUN_TAGS or (p.flag == "nr" and len(p.word) >= 2):
            joined = pairs[i - 1].word + p.word if i > 0 else ""
            out.append(joined if joined in heads else p.word)
    return tuple(out)


def _sense_gloss(sense: str) -> tuple[str, ...]:
    words = [w for w in english_tokens(re.sub(r"\([^)]*\)|CL:\S*", " ", sense)) if w not in STOP]
    return tuple(words)


@lru_cache(maxsize=65536)
def han_gloss(word: str) -> tuple[str, ...]:
    """A Chinese noun's English: CC-CEDICT's first sense, else the first sense of the longest ending of two
    characters or more CC-CEDICT holds (电热水壶 -> 水壶 "kettle")."""
    senses = cedict_senses(word)
    if senses is None:
        heads = cedict_headwords()
        # an ending of two characters at least: one (水 "water" of 洗头水 shampoo) is too many words to read alone
        ending = next((word[k:] for k in range(1, len(word) - 1) if word[k:] in heads), None)
        if ending is None:
            return ()
        senses = cedict_senses(ending)
    return _sense_gloss(senses[0]) if senses else ()


@lru_cache(maxsize=65536)
def hangul_gloss(noun: str) -> tuple[str, ...]:
    """A Korean noun's English: its sound where it is a loanword (이어폰 -> earphone); () for a native or Sino-Korean
    noun (its Hanja reading is a homophone lottery: 초과 超過 "exceed" and 炒鍋 "wok"; no Korean-English dictionary
    ships in a package here)."""
    return loanword_reading(noun)


def _hangul_nouns(text: str) -> list[str]:
    nouns: list[str] = []
    table = glossary().ko
    previous = ""
    for m in _HANGUL.finditer(text):
        word = m.group(0)
        tokens = [form for form, _, _, tag in korean_tokens(word) if tag == "NNG"]
        if word in table and word not in tokens:
            tokens.append(word)
        elif previous + word in table:  # a name written in two words
            tokens.append(previous + word)
        nouns += tokens
        previous = word
    return nouns


def glosses(text: str) -> list[Gloss]:
    """The title's nouns with their English, from its end (the head first)."""
    out: list[Gloss] = []
    if text.isascii():
        first = _ENGLISH_CUT.split(text, maxsplit=1)[0]  # "Massage Gun - Percussion": the good, then its kind
        span = head_span(first)
        phrase = first[span[0]: span[2]] if span is not None else first
        last = _LAST_WORD.search(phrase)
        if last is not None and last.group(0).lower() in _GENERIC_HEADS:
            return []  # "knitted goods": the head says only "goods"; the word before it qualifies, it heads nothing
        words = english_tokens(phrase)
        out = [Gloss(w, w, (w,)) for w in reversed(words) if w not in _NO_HEAD]
    else:
        bare = _BRACKETS.sub(" ", text)
        if _HANGUL.search(bare):
            table = glossary().ko
            pairs = [(n, table[n] if n in table else hangul_gloss(n), n in table)
                     for n in reversed(_hangul_nouns(bare))]
        else:
            table = glossary().zh
            nouns = [n for m in _HAN.finditer(bare) for n in han_nouns(m.group(0)) if len(n) >= 2]
            pairs = [(n, table[n] if n in table else han_gloss(n), n in table) for n in reversed(nouns)]
        for noun, gloss, glossed in pairs:
            heads = [w for w in gloss if w not in _NO_HEAD]
            out.append(Gloss(noun, heads[-1] if heads else "", gloss, glossed))
    return out[:NOUNS_BACK]


# The nomenclature's phrases end with the noun that heads them ("Rice; husked (brown) rice", "Belts and bandoliers",
# "of cotton"): a phrase is a description cut at its punctuation and at its linking words.
_PHRASE_CUT = re.compile(r"[,;:()\[\]]|\b(?:of|for|with|without|and|or|in|on|other|than|whether|not|"
                         r"excluding|including|containing|put|up|n\.e\.c|nes)\b", re.I)
NOUN_SHARE = 0.25  # of a word's places in the nomenclature's texts, phrase ends at least (0.4 measured: the same)


@lru_cache(maxsize=1)
def _phrase_heads() -> dict[str, float]:
    """Each nomenclature word's share of its places that end a phrase: a noun that names goods ends phrases
    (rice, belt, kettle would), a word that qualifies them seldom does (brown, small, multi-function)."""
    from collections import Counter

    ends: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in index().descriptions.values():
        for phrase in _PHRASE_CUT.split(text):
            words = english_tokens(phrase)
            seen.update(words)
            if words:
                ends[words[-1]] += 1
    return {w: ends[w] / n for w, n in seen.items()}


def names_goods(word: str) -> bool:
    """Whether the nomenclature uses the word as the noun that heads its phrases often enough."""
    return _phrase_heads().get(word, 0.0) >= NOUN_SHARE


def head_gloss(text: str) -> Gloss | None:
    """The title's head noun whose English the nomenclature's texts hold as a noun (nearest the end), or None."""
    for g in glosses(text):
        if g.glossary:
            return None  # a trade noun of the glossary: the nomenclature reader weighs it already (vote.py)
        if g.head and names_goods(g.head):
            return g
    return None


def warm() -> None:
    """Load jieba's dictionary (about 3 s the first time) and count the nomenclature's phrase heads."""
    han_nouns.__wrapped__("电热水壶")
    _phrase_heads()
