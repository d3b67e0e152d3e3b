"""A name in any script -> one or more Latin renderings, each a list of typed tokens, and its index keys.

A Hangul name has several renderings (McCune–Reischauer, the DPRK's variant, Revised Romanization, with the
initial ㄹ written R, L or dropped); a match takes the best of them.  Vocabulary words are translated to one
English form so that 贸易, 무역 and "Trade" all become the token "trading" of class "industry".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chainlight.resolve import hangul, hanzi, romanized, wade_giles
from chainlight.resolve.normalize import fold, is_han, is_hangul, skeleton
from chainlight.resolve.vocab import (
    CLASS_WEIGHT,
    HANGUL,
    HANGUL_MAX_CHARS,
    HANZI,
    HANZI_MAX_CHARS,
    LATIN,
    LATIN_MAX_WORDS,
    NICKNAMES,
    ORDINALS,
    ROMANIZED,
    TENS,
    UNITS,
    Term,
)


@dataclass(frozen=True)
class Token:
    text: str  # Latin form shown in explanations
    skel: str  # phonetic skeleton compared across romanizations
    cls: str  # "name", "industry", "generic", "legal", "place"

    @property
    def weight(self) -> float:
        return CLASS_WEIGHT[self.cls]


Rendering = tuple[Token, ...]


@dataclass(frozen=True)
class Analysis:
    original: str
    renderings: tuple[Rendering, ...]
    notes: tuple[str, ...] = ()  # how non-Latin parts were read: "hangul->MR", "조선=korea"
    country: str | None = None  # country a vocabulary word implies (조선 -> kp, 한국 -> kr)
    scripts: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not any(self.renderings)


def _name_token(text: str) -> Token:
    return Token(text, skeleton(text), "name")


def _term_tokens(term: Term) -> list[Token]:
    return [Token(w, w, term.cls) for w in term.english.split()]


class _Builder:
    """Collects segments; each segment offers one or more token lists (its spellings)."""

    def __init__(self) -> None:
        self.segments: list[list[list[Token]]] = []
        self.notes: list[str] = []
        self.country: str | None = None

    def term(self, source: str, term: Term) -> None:
        self.segments.append([_term_tokens(term)])
        if source != term.english:
            self.notes.append(f"{source}={term.english}")
        self.country = self.country or term.country

    def spellings(self, forms: list[list[str]]) -> None:
        self.segments.append([[_name_token(w) for f in form for w in f.split()] for form in forms])

    def renderings(self) -> tuple[Rendering, ...]:
        n = max((len(s) for s in self.segments), default=0)
        out = [tuple(t for seg in self.segments for t in seg[min(k, len(seg) - 1)]) for k in range(n)]
        return tuple(dict.fromkeys(out))


_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")


def _numbers(words: list[str]) -> list[str]:
    """Number words and ordinals as digits: 'forty four' -> '44', 'first' / '1st' -> '1'."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in TENS:
            n = TENS[w]
            if i + 1 < len(words) and (words[i + 1] in UNITS or words[i + 1].isdigit()) \
                    and 0 < int(UNITS.get(words[i + 1], words[i + 1])) < 10:
                n += int(UNITS.get(words[i + 1], words[i + 1]))
                i += 1
            out.append(str(n))
        elif w in UNITS:
            out.append(str(UNITS[w]))
        elif w in ORDINALS:
            out.append(str(ORDINALS[w]))
        elif len(w) > 2 and w[-2:] in _ORDINAL_SUFFIX and w[:-2].isdigit():
            out.append(w[:-2])
        else:
            out.append(w)
        i += 1
    return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# One-word vocabulary entries by their one-letter deletions, so that a misspelt vocabulary word
# ("Corporaton", "Develloment", "Techology") is still read as vocabulary rather than as a distinctive part.
_FUZZY_MIN = 7  # shorter words are too often real names one letter away from a vocabulary word
_VOCAB_NEIGHBOURS: dict[str, str] = {}
for _w in sorted(LATIN):
    if " " not in _w and len(_w) >= _FUZZY_MIN and _w not in ROMANIZED:
        for _d in _deletions(_w) | {_w}:
            _VOCAB_NEIGHBOURS.setdefault(_d, _w)


@lru_cache(maxsize=100_000)
def _near_vocabulary(word: str) -> str | None:
    """The vocabulary word one edit away (deletion, insertion, substitution, or adjacent swap), if any."""
    if len(word) < _FUZZY_MIN or not word.isalpha():
        return None
    if word in _VOCAB_NEIGHBOURS:  # one letter too many, or the word itself
        return _VOCAB_NEIGHBOURS[word]
    for d in _deletions(word):  # substitution / swap (both lose one letter) or a missing letter
        hit = _VOCAB_NEIGHBOURS.get(d)
        if hit is not None and abs(len(hit) - len(word)) <= 1:
            return hit
    return None


# Vocabulary words a name may carry glued to the word before (Energyinc, Anjutrading, Investmentssa) or cut
# in two (Comp Any, Shipp Ing): bills of lading and scraped listings lose and add spaces.
_GLUED_MIN = 5  # a shorter vocabulary word is cut off only when what precedes it is vocabulary too
_GLUE_WORDS = frozenset(w for w in LATIN if " " not in w and w.isalpha() and len(w) >= 2)
_GLUE_LENGTHS = sorted({len(w) for w in _GLUE_WORDS}, reverse=True)


def _unglue(word: str) -> list[str]:
    if word in LATIN or len(word) < 6 or not word.isalpha():
        return [word]
    for n in _GLUE_LENGTHS:  # the longest vocabulary word the word ends with
        rest, v = word[:-n], word[-n:]
        if len(rest) >= 3 and v in _GLUE_WORDS and (n >= _GLUED_MIN or rest in LATIN):
            return [rest, v]
    return [word]


def _respace(words: list[str]) -> list[str]:
    """Vocabulary words put back together or cut loose; name parts are left as written."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words) and w not in LATIN and w.isalpha() and words[i + 1].isalpha():
            both = w + words[i + 1]
            if (both in LATIN and words[i + 1] not in LATIN) or \
                    (len(both) >= _FUZZY_MIN and _near_vocabulary(both) is not None and _near_vocabulary(w) is None):
                out.append(both)
                i += 2
                continue
        out.extend(_unglue(w))
        i += 1
    return out


def _romanized_term(words: list[str], i: int, wg: list[str]) -> tuple[int, Term] | None:
    """A Korean or Chinese vocabulary word written out (Youxian Zeren Gongsi, Kang-T'ieh, Jusikhoesa)."""
    for n in range(min(romanized.MAX_WORDS, len(words) - i), 0, -1):
        for ws in (words[i:i + n], wg[i:i + n]):
            term = romanized.BY_SKELETON.get(skeleton("".join(ws)))
            if term is not None:
                return n, term
    return None


def _latin(words: list[str], b: _Builder) -> None:
    words = _respace(_numbers(words))
    chinese_wg = wade_giles.looks_wade_giles(words)
    wg = [wade_giles.to_pinyin(w) for w in words]
    # Romanized vocabulary is read only in names that already carry a vocabulary word and never as the first
    # word: "Wang Jianshe" is a person, "Jiangsu Rongzhi Shiye Youxian Zeren Gongsi" a company.
    org = any(w in LATIN for w in words)
    i = 0
    while i < len(words):
        for n in range(min(LATIN_MAX_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if phrase in LATIN:
                b.term(phrase, LATIN[phrase])
                i += n
                break
        else:
            if org and i > 0 and (got := _romanized_term(words, i, wg)) is not None:
                n, term = got
                b.term(" ".join(words[i:i + n]), term)
                i += n
                continue
            near = _near_vocabulary(words[i]) if words[i] not in NICKNAMES else None
            if near is not None:
                b.term(words[i], LATIN[near])
                i += 1
                continue
            full = NICKNAMES.get(words[i])
            if chinese_wg and (py := wg[i]) != words[i]:
                full = py  # Hsing -> xing: the pinyin reading beside the Wade–Giles one
            b.spellings([[words[i]], [full]] if full and full != words[i] else [[words[i]]])
            i += 1


def _scan_cjk(run: str, table: dict[str, Term], max_chars: int, single_ok: bool) -> list[str | Term]:
    """Greedy longest match of vocabulary in a run without spaces; the rest stays as name chunks.

    A one-character term (성 ministry, 市 city) counts only after a name part of two characters or at the
    end of the run, so that it is not cut out of the middle of a name.
    """
    parts: list[str | Term] = []
    chunk = ""
    i = 0
    while i < len(run):
        for n in range(min(max_chars, len(run) - i), 0, -1):
            word = run[i:i + n]
            if word in table and (n > 1 or (len(chunk) >= 2 and (single_ok or i + 1 == len(run)))):
                if chunk:
                    parts.append(chunk)
                    chunk = ""
                parts.append(table[word])
                i += n
                break
        else:
            chunk += run[i]
            i += 1
    if chunk:
        parts.append(chunk)
    return parts


def _hangul(run: str, b: _Builder, whole: bool) -> None:
    parts = _scan_cjk(run, HANGUL, HANGUL_MAX_CHARS, single_ok=False)
    if whole and len(parts) == 1 and isinstance(parts[0], str) and 2 <= len(run) <= 4:
        # a bare 2-4 syllable name is most often a person: Ri Jong Chol, also as one word (Kaechon)
        forms = [" ".join(p) for p in hangul.person_variants(run)]
        b.spellings([[f] for f in forms + hangul.word_variants(run)[:2]])
        b.notes.append("hangul->MR/RR (person)")
        return
    for p in parts:
        if isinstance(p, str):
            b.spellings([[v] for v in hangul.word_variants(p)])
        else:
            key = next(k for k, t in HANGUL.items() if t is p)
            b.term(key, p)
    b.notes.insert(0, "hangul->MR")


def _han(run: str, b: _Builder, whole: bool) -> None:
    run = hanzi.simplified(run)
    parts = _scan_cjk(run, HANZI, HANZI_MAX_CHARS, single_ok=True)
    if whole and len(parts) == 1 and isinstance(parts[0], str) and 2 <= len(run) <= 4:
        b.spellings([[" ".join(hanzi.person_tokens(run))], [hanzi.joined(run)]])
        b.notes.append("hanzi->pinyin (person)")
        return
    for p in parts:
        if isinstance(p, str):
            b.spellings([[hanzi.joined(p)]])
        else:
            key = next(k for k, t in HANZI.items() if t is p)
            b.term(key, p)
    b.notes.insert(0, "hanzi->pinyin")


def _runs(text: str) -> list[tuple[str, str]]:
    """Split folded text into (script, run) pieces: 'latin' words, 'hangul' and 'han' runs."""
    if text.isascii():
        return [("latin", w) for w in text.split()]
    out: list[tuple[str, str]] = []
    for word in text.split():
        cur_kind, cur = "", ""
        for ch in word:
            kind = "hangul" if is_hangul(ch) else ("han" if is_han(ch) else "latin")
            if kind != cur_kind and cur:
                out.append((cur_kind, cur))
                cur = ""
            cur_kind, cur = kind, cur + ch
        if cur:
            out.append((cur_kind, cur))
    return out


@lru_cache(maxsize=200_000)
def analyse(name: str) -> Analysis:
    """Every rendering of a name.  Never raises: an unusable name gives an Analysis with no tokens."""
    text = fold(name or "")
    runs = _runs(text)
    b = _Builder()
    latin_words: list[str] = []
    whole = len(runs) == 1
    for kind, run in runs:
        if kind == "latin":
            latin_words.append(run)
            continue
        if latin_words:
            _latin(latin_words, b)
            latin_words = []
        (_hangul if kind == "hangul" else _han)(run, b, whole)
    if latin_words:
        _latin(latin_words, b)
    scripts = frozenset(k for k, _ in runs)
    return Analysis(name, b.renderings(), tuple(dict.fromkeys(b.notes)), b.country, scripts)


def index_keys(rendering: Rendering) -> set[str]:
    """Blocking keys: skeletons of the telling tokens, their 4-letter prefixes, and the joined name part.

    Prefix keys let a misspelling in the second half of a word (Ryongbong) still find the entry; the joined
    key lets "Chongchongang" find "Chong Chon Gang".
    """
    telling = [t for t in rendering if t.cls in ("name", "industry")] or list(rendering)
    keys: set[str] = set()
    for t in telling:
        keys.add(t.skel)
        if t.cls == "name" and len(t.skel) >= 5:
            keys.add("p:" + t.skel[:4])
            keys.add("s:" + t.skel[-4:])
        if t.cls == "name" and 4 <= len(t.skel) <= 14:
            # one-letter deletions: a query word with a letter missing, changed or swapped meets one of them
            keys.update("d:" + t.skel[:i] + t.skel[i + 1:] for i in range(len(t.skel)))
    names = [t.skel for t in rendering if t.cls == "name"]
    if len(names) > 1:
        keys.add("".join(names))
    keys.discard("")
    return keys
