"""A listed name standing whole among running words of another language (the span reading).

Documents name a body or a person inside their own sentence: "o chamado Lazarus Group", "nhóm tin tặc (Kimsuky)",
"una de las aerolíneas estatales, Air Koryo", "Mingzheng International Trading Limited of Shenyang, China". The
name as a whole then meets the listed name with the sentence's words as a mismatch (0.45, under the threshold),
though the listed name is there, written whole.  This module finds such runs: the query is cut into words, and a
word boundary is an *edge* where a name may begin or end:

- punctuation, a bracket or a quotation mark between two words (a comma, 「」, (), « », ‘’);
- a change of script (Congo Aconde SARL社를: Latin then Hanzi and Hangul);
- in a script with letter case (Latin, Cyrillic, Greek), a word opening in lower case beside one opening in upper
  case (o chamado | Lazarus Group, Limited | of | Shenyang): a name's words are capitalised together, so two
  capitalised words are one name and no edge parts them (Kim Chol Jin is no KIM Chol);
- in a script without case (Hangul, Hanzi, kana), every space;
- a hyphen is never an edge: it joins a compound's parts (Kim Chol-jin, Korea-flagged), but its parts are words,
  so a lower-case part before a capitalised word is an edge (Panama-flagged | Shang Yuan Bao);
- a bracket glued to words on both sides is inside a name, and its content no span (청봉(Greenlight)호: the ship's
  other name written inside its name, before the ship's mark).

A *span* is a run of words between two edges, not the whole name; its key (normalize.fold, spaces closed) is looked
up among the listed names' keys (`key`), which the matcher makes once from its index's names.  What may carry a
match is guarded (`carries`): a span is no match when it is only a common English word or words (the English words
of CC-CEDICT's glosses, cedict.english_words: Progress, Gold Star), only vocabulary or a legal form (the analyser's
classes: Group, Co Ltd), a country or territory as CLDR names it (babel, in the languages the documents are written
in) or a city the IANA time zone database names, or a short alias (under MIN_LETTERS letters: KPA, Koti).  The longest spans found are returned (several of the
same length when a string names several: the matcher then finds them tied).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable

from chainlight.resolve import around_span
from chainlight.resolve.normalize import fold

MAX_SPAN_WORDS = 8  # words of a listed name found as a span at most (longer listed names are rare)
MIN_LETTERS = 5  # letters and digits of a span at least: a shorter alias (KPA, RGB, Koti) is no name in a sentence
HOW = "a listed name standing whole among running words"
# CLDR's territory names in the languages the documents about North Korea are written in (babel)
CLDR_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "vi", "ko", "zh", "ja")

# a word: letters and digits, with an apostrophe or a dot inside (Ch'olhyo'n, a/k/a aside); hyphens part words
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_SPACES = frozenset(" \u00a0\u3000\t")
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013")


class Span(NamedTuple):
    text: str  # the span as the name writes it
    key: str  # its key among the listed names'
    words: int  # how many words


def _script(ch: str) -> str:
    o = ord(ch)
    if ch.isdigit():
        return "digit"
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x3040 <= o <= 0x30FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
        return "han"
    if 0x0400 <= o <= 0x052F:
        return "cyrillic"
    if 0x0370 <= o <= 0x03FF:
        return "greek"
    return "latin" if ch.isalpha() else "other"


_CASED = frozenset({"latin", "cyrillic", "greek"})


def _pieces(name: str) -> list[tuple[int, int, str]]:
    """(start, end, script) of each word, a word cut where its script changes (SARL社를 -> SARL, 社를; the digits
    of a number go with the script before them: 삼마2호 is one word)."""
    if name.isascii():  # most parties' names: one script, no character to look at one by one
        return [(m.start(), m.end(), "digit" if m.group().isdigit() else "latin") for m in _WORD.finditer(name)]
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(name):
        start = m.start()
        script = ""
        for k in range(m.start(), m.end()):
            s = _script(name[k])
            if s in ("digit", "other"):
                continue
            if script and s != script and not (s in ("han", "kana") and script in ("han", "kana")):
                out.append((start, k, script))
                start = k
            script = s
        out.append((start, m.end(), script or "digit"))
    return out


def _capitalised(word: str) -> bool | None:
    """Whether a word of a cased script opens in upper case; None for a word opening with a digit."""
    first = word[0]
    if first.isdigit():
        return None
    return first.isupper()


def edges(name: str) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """The words of a name and, for each boundary (before the first word, between two, after the last), whether
    it is an edge (see the module's docstring)."""
    words = _pieces(name)
    marks = [True] + [False] * (len(words) - 1) + [True] if words else []
    for k in range(1, len(words)):
        (_, a_end, a_script), (b_start, b_end, b_script) = words[k - 1], words[k]
        between = name[a_end:b_start]
        if between and any(c in _HYPHENS for c in between) and all(c in _HYPHENS or c in _SPACES for c in between):
            continue  # a compound's parts (Chol-sam, Ch'olhyo'n): one word, whatever their case
        if any(c not in _SPACES and c not in _HYPHENS for c in between):
            marks[k] = True  # punctuation, a bracket, a quotation mark
        elif a_script != b_script and "digit" not in (a_script, b_script):
            marks[k] = True
        elif a_script in _CASED and b_script in _CASED:
            a, b = _capitalised(name[words[k - 1][0]:a_end]), _capitalised(name[b_start:b_end])
            if a is not None and b is not None and a != b:
                marks[k] = True
        elif between and all(c in _SPACES for c in between) and a_script not in _CASED and a_script != "digit":
            marks[k] = True  # a space in a script without case
    return words, marks


def key(text: str) -> str:
    """A name's key among the listed names': folded (case, accents, punctuation), its spaces closed up, so that
    Kim Jong-un, KIM Jong Un and Lazarus-Group meet their listed forms."""
    return fold(text).replace(" ", "")


_PLAIN = re.compile(r"[A-Za-z0-9 \-]*")  # an ASCII name of no punctuation, a bracket or a quotation mark
_OPENING, _CLOSING = "(（[「『", ")）]」』"


def _inside_a_word(name: str, start: int, end: int) -> bool:
    """The run is a bracket's whole content and the bracket is glued to words on both sides (청봉(Greenlight)호, a
    ship's other name inside its name before the ship's mark): an aside inside a name, not a name among words."""
    before, after = name[:start].rstrip(), name[end:].lstrip()
    if not (before and after and before[-1] in _OPENING and after[0] in _CLOSING):
        return False
    outside_before, outside_after = before[:-1], after[1:]
    return bool(outside_before and outside_after and outside_before[-1].isalnum() and outside_after[0].isalnum())


def spans(name: str) -> list[Span]:
    """Every run of the name's words between two edges, but the whole name, longest first.  None when the name
    has no edge inside (most names a party is written with: Golden Star Trading Co), which is known at once."""
    if _PLAIN.fullmatch(name) and (name.istitle() or name.isupper() or name.islower()):
        return []  # letters, digits, spaces and hyphens in one case pattern: no edge can be inside
    words, marks = edges(name)
    inner = [k for k in range(1, len(words)) if marks[k]]
    if not inner:
        return []
    at = [0, *inner, len(words)]
    out: list[Span] = []
    for x, i in enumerate(at):
        for j in at[x + 1:]:
            if j - i > MAX_SPAN_WORDS:
                break
            if i == 0 and j == len(words):
                continue
            start, end = words[i][0], words[j - 1][1]
            if _inside_a_word(name, start, end):
                continue
            text = name[start:end]
            out.append(Span(text, key(text), j - i))
    out.sort(key=lambda s: -s.words)
    return out


@lru_cache(maxsize=1)
def territory_keys() -> frozenset[str]:
    """The keys of the countries' and territories' names as CLDR writes them in CLDR_LANGUAGES (babel), and of the
    cities the IANA time zone database names its zones by (zoneinfo: Hong Kong, Pyongyang, Shanghai), which CLDR
    writes with a longer name (Hong Kong SAR China) or not at all."""
    import zoneinfo

    from babel import Locale

    out: set[str] = set()
    for lang in CLDR_LANGUAGES:
        out.update(key(n) for n in Locale.parse(lang).territories.values())
    out.update(key(z.rsplit("/", 1)[-1].replace("_", " ")) for z in zoneinfo.available_timezones() if "/" in z)
    out.discard("")
    return frozenset(out)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in unicodedata.normalize("NFKC", text))


def carries(span: Span) -> bool:
    """Whether a span equal to a listed name may carry a match: an own word of a name (the analyser's name
    class) that is no common English word, MIN_LETTERS letters at least, and not a country's name."""
    from chainlight.resolve import cedict
    from chainlight.resolve.rendering import render_name

    if _letters(span.text) < MIN_LETTERS or span.key in territory_keys():
        return False
    english = cedict.english_words()
    read = render_name(span.text)
    own = {t.text for r in read.renderings for t in r if t.cls == "name"}
    if not own:
        return False  # vocabulary, legal forms, places alone
    return any(w not in english for w in own)


def found(name: str, listed: dict[str, str]) -> list[tuple[Span, str]]:
    """The longest spans of a name that are listed names (`listed`: key -> a listed name so keyed) and may
    carry a match, each with the listed name it equals; [] at once for a name with no edge inside."""
    out: list[tuple[Span, str]] = []
    for s in spans(name):
        if out and s.words < out[0][0].words:
            break
        hit = listed.get(s.key)
        if hit is not None and carries(s):
            out.append((s, hit))
    return out


# --- a listed name inside East Asian running text, which writes no space between words (rounds 27c, 28) --------
# 朝鮮中央銀行直接受朝鮮政府控制, 平壌にある大同信用銀行, 조선국가우주개발국 대변인은: the name has no edge of the kinds above
# around it, so the span reading never looks inside the run.  Here a run of Han, kana and Hangul characters (digits
# inside it kept: 110연구소) is cut where a segmenter puts a word's edge (jieba's dictionary for Han and kana,
# Kiwi's morphemes for Hangul; a change of script is an edge too), and every substring between two edges is looked
# up, longest first, among the names the caller knows (the listed names' keys, the confirmed names' written forms).
# A span so found is the text's party only where the words around it do not make it a part of a longer name, the
# body of a person named beside it, or an aside in brackets (around_span.py).
HOW_IN_RUN = "a listed name standing whole inside running text written without spaces"
MIN_RUN_SPAN = 3  # characters of a span inside a run at least; two only when the segmenter makes it one word
MAX_RUN_SPAN = 24  # characters of a span inside a run at most (a body's name in characters is rarely longer)
MAX_RUN = 400  # characters of a name looked through (a pasted page is answered in the time of a name)


def _east_asian(ch: str) -> str:
    s = _script(ch)
    return "han" if s == "kana" else s  # Han and kana are one run (平壌にある大同信用銀行); jieba cuts them apart


def runs(name: str) -> list[tuple[int, int]]:
    """(start, end) of each run of Han, kana and Hangul characters (digits inside kept) of MIN_RUN_SPAN characters
    at least, not the whole name; [] at once for a name with no such character."""
    if name.isascii():
        return []
    out: list[tuple[int, int]] = []
    start = -1
    text = name[:MAX_RUN]
    for k, ch in enumerate(text + " "):
        s = _script(ch) if k < len(text) else "other"
        inside = s in ("han", "kana", "hangul") or (s == "digit" and start >= 0)
        if inside and start < 0:
            start = k
        elif not inside and start >= 0:
            end = k
            while end > start and text[end - 1].isdigit():
                end -= 1  # digits after a run are the next word's (国家計画委員会と労働省の2つ)
            if end - start >= MIN_RUN_SPAN - 1:
                out.append((start, end))
            start = -1
    return out


@lru_cache(maxsize=4096)
def word_edges(run: str) -> tuple[frozenset[int], frozenset[int]]:
    """The offsets inside a run where a segmenter puts a word's edge (0 and len(run) included), and the offsets
    where a word of the segmenter's begins that is one word of its own (for a two-character span)."""
    cuts = {0, len(run)}
    single: set[int] = set()
    k = 0
    while k < len(run):  # the run's parts of one script
        j = k
        script = _east_asian(run[k]) if not run[k].isdigit() else ""
        while j < len(run) and (run[j].isdigit() or not script or _east_asian(run[j]) == script):
            if not script and not run[j].isdigit():
                script = _east_asian(run[j])
            j += 1
        part = run[k:j]
        for start, length in _segmented(part, script):
            cuts.update((k + start, k + start + length))
            if length == 2:
                single.add(k + start)
        k = j
    return frozenset(cuts), frozenset(single)


def _segmented(part: str, script: str) -> list[tuple[int, int]]:
    """(start, length) of each word of a one-script part: Kiwi's morphemes for Hangul, jieba's words else."""
    if script == "hangul":
        from chainlight.resolve.morphology import kiwi

        analyser = kiwi()
        if analyser is None:
            return [(0, len(part))]
        out = []
        for t in analyser.tokenize(part):
            out.append((t.start, t.len))
            if t.tag.startswith("NN") and t.len > 3:
                # Korean writes a body's name and the words around it as one noun (조선국가우주개발국, which Kiwi
                # reads as one proper noun): every syllable's edge inside a long noun may be a name's
                out += [(t.start + n, 1) for n in range(1, t.len)]
        return out
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return [(s, e - s) for _w, s, e in jieba.tokenize(part)]


@lru_cache(maxsize=4096)
def _generic(text: str) -> bool:
    """A common word rather than a name: a CC-CEDICT headword (銀行, 委員会's 委員會, 中央銀行), a noun Kiwi reads
    as one morpheme of three syllables at most (은행, 위원회: a longer one is a compound Kiwi does not cut), or a
    country's or city's name (CLDR, IANA)."""
    from chainlight.resolve import cedict

    if key(text) in territory_keys() or cedict.lookup(text) is not None:
        return True
    if any(_script(c) == "hangul" for c in text):
        from chainlight.resolve.morphology import kiwi

        analyser = kiwi()
        if analyser is not None:
            tokens = analyser.tokenize(text)
            return len(tokens) == 1 and tokens[0].tag.startswith("N") and len(text) <= 3
    return False


def in_running_text(name: str, known: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """The longest substrings of the name's East Asian runs that are names `known` knows (it answers a name so
    written, or None), with what it answered, longest first; spans that overlap a longer one are left, and so are
    those the words around make no party of the text's (around_span.not_the_party).  [] at once for a name with no
    Han, kana or Hangul run."""
    found: list[tuple[int, int, str]] = []
    for r_start, r_end in runs(name):
        run = name[r_start:r_end]
        cuts, single = word_edges(run)
        at = sorted(cuts)
        for x, i in enumerate(at):
            for j in at[x + 1:]:
                if j - i > MAX_RUN_SPAN:
                    break
                if j - i < MIN_RUN_SPAN and not (j - i == 2 and i in single and j in cuts):
                    continue
                if r_start + i == 0 and r_start + j == len(name):
                    continue  # the whole name: the other readings' work
                hit = known(run[i:j])
                if hit is not None:
                    found.append((r_start + i, r_start + j, hit))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for start, end, hit in found:
        # the words around are read only for a span no longer one kept already overlaps (a span they turn down
        # leaves its place to the shorter ones inside it)
        if any(start < e and s < end for s, e in taken) or _generic(name[start:end]) \
                or around_span.not_the_party(name, start, end):
            continue
        taken.append((start, end))
        out.append((name[start:end], hit))
    return out
