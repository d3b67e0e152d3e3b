"""Several parties in one string, as documents list them: "Hao Fan 6, Tong San 2 et Jie Shun", "Kimsuky, Lazarus
Group e Andariel", "Dandong Chengtai, a/k/a Dandong Zhicheng Metallic Materials, or DZMM", "최성남, 고일환",
"정찰총국과 39호실", "朝鲜光鲜银行、朝鲜大成银行".

A string is cut at the separators documents put between names: the comma and semicolon of every script (, ; ， ；
、), the coordinating conjunctions of the languages the project reads (and, et, und, y, e, и, và, 및; 及 與 与 和;
the Korean particle 과 after a closed syllable, 와 after an open one, the Standard Korean grammar's rule; Korean's
middle dot between Hangul words, 노동당·국무위원회·인민무력성), and the
marks of another name of the same thing (a/k/a, aka, f/k/a, or).  These are a closed class of grammatical words,
listed here from the languages' grammars (the Unicode CLDR list patterns write the same conjunctions: "{0}, {1} et
{2}", "{0}、{1}和{2}", "{0} 및 {1}").  Each part is a name of its own, resolved alone by the matcher (Matcher.match),
the answer the best part's.

Not every piece is a name: a piece that is a legal form alone (", Limited", ", Ltd.") belongs to the name before it
and is glued back; a place alone (", China") says where the name before it is and goes, and so do English words alone
(Korea Hydro and Nuclear Power: the "and" runs through one body's name); a Latin piece
opening with a lower-case word ("a front company", "qui ne pourra plus voyager") is a description, no party (the
name before it is read by posts.py and the text readings).  The string is read as several parties only when two
pieces at least are names; the matcher asks for it only when the whole string finds no listed name as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainlight.resolve.normalize import fold, has_hangul_or_han

SOURCE = "the string cut at the separators documents list names with (commas, and/et/und/y/e/и/và/및/及/與/和, 과/와)"
HOW = "one of several names the string lists"
MIN_PART = 2  # characters a part must hold
_LATIN_JOINERS = ("and", "et", "und", "y", "e", "и", "và", "or", "a/k/a", "aka", "f/k/a", "fka", "a.k.a.",
                  "also known as", "formerly")
_JOINER = "(?:" + "|".join(re.escape(w) for w in _LATIN_JOINERS) + ")"
_LATIN_SPLIT = re.compile(rf"\s*[,;]\s*(?:{_JOINER}\s+)?|\s+{_JOINER}\s+", re.IGNORECASE)
# Korean also lists words with the middle dot (가운뎃점, Korean orthography's punctuation rules: 노동당·국무위원회);
# between Hangul only, since Chinese and Japanese write it inside one foreign or katakana name (キム・ヨジョン)
_KOREAN_DOT = r"(?<=[\uac00-\ud7a3])\s*[·・‧]\s*(?=[\uac00-\ud7a3])"
_EAST_SPLIT = re.compile(rf"\s*(?:[,;，；、]|\s및\s|{_KOREAN_DOT})\s*")
# the Chinese conjunctions are also characters of words (共和国 republic, 祥和 auspicious, 平和 peace): cut only where
# jieba's segmentation makes the conjunction a word of its own (朝鲜光鲜银行 和 朝鲜大成银行)
_HAN_AND = frozenset("和及與与")
# a word closing with the particle 과 / 와 before the next name (정찰총국과 39호실)
_KOREAN_AND = re.compile(r"(?<=[\uac00-\ud7a3])([과와])\s+(?=\S)")
# the legal forms a name writes after a comma (Company, Limited; Co., Ltd.): a closed class (ISO 20275's forms of
# the lists' countries, the ones English-language names write)
_LEGAL = re.compile(r"^(?:limited|ltd|inc|incorporated|co|corp|corporation|llc|plc|pte|pvt|jsc|ojsc|cjsc|sa|s a|"
                    r"gmbh|ag|bv|nv|srl|sarl|spa|fze|fzco|lp|llp|pte ltd|co ltd|sdn bhd|bhd)\b")
_MAX_PARTS = 8
# any separator at all: a string without one is left at once
_ANY_SEPARATOR = re.compile(rf"[,;，；、及與与和및]|{_KOREAN_DOT}|[\uac00-\ud7a3][과와]\s|\s{_JOINER}\s", re.IGNORECASE)


def _closed(syllable: str) -> bool:
    """A Hangul syllable with a final consonant (batchim): (code - 0xAC00) % 28 is its final's index."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def _korean_pieces(text: str) -> list[str]:
    """The text cut after a word closing with 과 (after a closed syllable) or 와 (after an open one)."""
    out: list[str] = []
    start = 0
    for m in _KOREAN_AND.finditer(text):
        before = text[start:m.start()].rstrip()
        if len(before.split()[-1]) < MIN_PART if before.split() else True:
            continue  # 과 alone after one syllable is rather a word (사과, 결과)
        if _closed(text[m.start() - 1]) != (m.group(1) == "과"):
            continue  # the particle's form does not fit the syllable before it: part of a word
        out.append(before)
        start = m.end()
    out.append(text[start:])
    return out


_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_GUARD = str.maketrans({",": "\ue000", ";": "\ue001", "，": "\ue002", "；": "\ue003", "、": "\ue004", "及": "\ue005",
                        "與": "\ue006", "与": "\ue007", "和": "\ue008", " ": "\ue009"})
_UNGUARD = {ord(v): chr(k) for k, v in _GUARD.items()}


def _han_pieces(text: str) -> list[str]:
    """The text cut at a Chinese conjunction that jieba segments as a word of its own."""
    if not any(c in _HAN_AND for c in text):
        return [text]
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    out = [""]
    for token in jieba.lcut(text):
        if token in _HAN_AND:
            out.append("")
        else:
            out[-1] += token
    return out


def _pieces(name: str) -> list[str]:
    """The pieces between separators; a bracket is never cut (최성남, 고일환(이상 대성은행), 金与正's 与 is no "and")."""
    if "(" in name or "（" in name:
        name = _BRACKET.sub(lambda m: m.group(0).translate(_GUARD), name)
        return [p.translate(_UNGUARD) for p in _cut(name)]
    return _cut(name)


def _cut(name: str) -> list[str]:
    east = has_hangul_or_han(name)
    pieces = _EAST_SPLIT.split(name) if east else [name]
    if east:
        pieces = [r for p in pieces for q in _korean_pieces(p) for r in _han_pieces(q)]
    out: list[str] = []
    for p in pieces:
        out += _LATIN_SPLIT.split(p)
    return [" ".join(p.split()).strip(" .:'\"“”‘’") for p in out]


def _english_words_only(text: str) -> bool:
    """Latin words that are all English words of CC-CEDICT's glosses, no digit (Nuclear Power, Propaganda)."""
    from chainlight.resolve.cedict import english_words

    words = re.findall(r"[a-z]+", text.lower())
    return text.isascii() and not any(c.isdigit() for c in text) and bool(words) \
        and all(w in english_words() for w in words)


@lru_cache(maxsize=4096)
def _a_place(text: str) -> bool:
    from chainlight.resolve.cedict import chinese_cities
    from chainlight.resolve.rendering import render_name
    from chainlight.resolve.ship_names import state_names

    folded = re.sub(r"[^0-9a-z]+", " ", fold(text).lower()).strip()
    if folded in chinese_cities() or folded in state_names()[0] or text in state_names()[1]:
        return True  # a Chinese city (CC-CEDICT), a state as CLDR names it (babel)
    read = render_name(text)
    return read.country is not None and all(t.text in read.country_words for r in read.renderings for t in r)


def parts(name: str) -> list[str]:
    """The names a string lists, two at least; [] where it is one name (or one name and a description).  Leaves at
    once where the string holds no separator."""
    if _ANY_SEPARATOR.search(name) is None:
        return []
    pieces = _pieces(name)
    if len(pieces) < 2 or len(pieces) > _MAX_PARTS * 2:
        return []
    kept: list[str] = []
    for p in pieces:
        if len(p) < MIN_PART:
            continue
        if kept and p.isascii() and _LEGAL.match(re.sub(r"[^0-9a-z ]+", " ", p.lower()).strip()):
            kept[-1] = f"{kept[-1]}, {p}"  # Yuanye Wood Company, Limited (of Wenzhou): the name goes on
            continue
        if p[0].isalpha() and p[0].islower() and not has_hangul_or_han(p):
            continue  # a description (a front company, qui travaille au Vietnam)
        kept.append(p)
    if len(kept) < 2:  # (before the places are looked up, which a firm's "Co., Ltd." would otherwise pay)
        return []
    # a place says where the name before it is (..., China); English words alone (Korea Hydro and Nuclear Power's
    # "Nuclear Power") are a part of a body's name that an "and" runs through, no party of their own
    kept = list(dict.fromkeys(p for p in kept if not _a_place(p) and not _english_words_only(p)))
    return kept if 2 <= len(kept) <= _MAX_PARTS else []
