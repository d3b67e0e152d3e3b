"""Korean and Chinese names read as the lists write them: descriptive words translated by dictionary.

A North Korean body is listed under an English rendering of its name (TANCHON COMMERCIAL BANK), while Korean
and Chinese documents write it in Hangul or characters (단천상업은행, 端川商業銀行).  The analyser's vocabulary
knows the commonest words of company names (은행 bank, 무역 trading); this module reads the rest with a
dictionary, not a word list:

- **Chinese characters** are cut into CC-CEDICT words, read simplified as the analyser reads them (Japanese
  shinjitai forms through OpenCC's jp2t: 保険 = 保险).
- **Hangul** is cut into Sino-Korean words: every CC-CEDICT headword read syllable by syllable in Korean (the
  `hanja` package's table) gives the Hangul it is written as, so 상업 is found as 商業 and 정찰 as 偵察.
  North Korean spelling keeps an initial ㄹ (로동, 련합) that South Korean drops (노동, 연합): both are tried.
- A word's dictionary senses are turned into **words the lists use**: the first sense whose every content word
  is, or shares its stem with, a word of some listed name (商業 "business; trade; commerce" -> commercial,
  民族 "nationality" -> national).  A sense no listed name uses could not help a match, so such a word stays
  as written and is romanized by the analyser.

The first part of a firm's name is most often its own name (단천, 화성, 고려) and a dictionary would turn it
into nonsense (화성 火星 = Mars): one reading keeps it as written, another translates it too (정찰총국 is
descriptive throughout).  The matcher scores every reading and keeps the best, and its explanation names each
dictionary entry used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise, product

from chainlight.resolve import abbreviations, cedict, foreign_names, jmdict, loanwords
from chainlight.resolve.chinese_in_hangul import JOINED_MAX_WORDS, KOREAN_READING_SOURCE, hangul_to_pinyin
from chainlight.resolve.combinations import first_combinations
from chainlight.resolve.derived import derived
from chainlight.resolve.hanja_reading import korean_reading, reading_table
from chainlight.resolve.hanzi import simplified
from chainlight.resolve.morphology import kiwi
from chainlight.resolve.normalize import has_hangul, has_hangul_or_han, is_han, is_hangul
from chainlight.resolve.vocab import (
    HANGUL,
    HANGUL_MAX_CHARS,
    HANZI,
    HANZI_MAX_CHARS,
    HEAD_SYNONYMS,
    LATIN,
    MINISTRY_ABROAD,
    NORTH_KOREA_WORDS,
    Term,
)

SOURCE = f"{cedict.SOURCE}; {jmdict.SOURCE}; Korean readings from the hanja package"
MAX_WORD_CHARS = 4  # longer dictionary words are idioms and set phrases, not the words of a name
_STOP = frozenset({"of", "and", "the", "a", "an", "for", "in", "to", "or", "sb", "sth", "one's", "oneself"})
_STEM_MIN = 5  # two words share a stem when they agree on this many letters at least ...
_STEM_SLACK = 1  # ... and differ by at most this many letters of the shorter's end (commerce ~ commercial,
# manage ~ management; not program ~ progress)
_STEM_EXTRA = 4  # ... and the longer goes on for at most this many letters (manage ~ management, not labor ~
# laboratory)
# English combining forms that make one word with the next (aero + space), as names of industries write them
_COMBINING_FORMS = ("aero", "astro", "agro", "bio", "cyber", "electro", "geo", "hydro", "micro", "nano", "petro",
                    "photo", "radio", "tele", "thermo")
_INFLECTIONS = ("s", "es", "ed", "ing", "er", "ers")  # a short word's own forms (plan ~ planning)
# English adjective-making endings (east ~ eastern, metal ~ metallic, nation ~ national, korea ~ korean): a
# dictionary glosses a word in its plain form, and a list may write the adjective (FAR EASTERN BANK, ZHICHENG
# METALLIC MATERIAL); offered beside the commonest form only where a listed body's name uses it
_ADJECTIVE_ENDINGS = ("ern", "ic", "lic", "al", "ical", "ian", "an", "n")
DERIVED_CHOICES = 2  # another form per word of a whole sense
HOMOPHONE_CHOICES = 4  # senses of a word's homophones offered after its own
SENSE_CHOICES = 6  # options per word: the first senses the lists use
FIRST_CHOICES = 4  # ... and of a name's first word, most often the firm's own name, which few readings fit
MAX_HEAD_READINGS = 8  # readings with a head noun's other rendering, after all the others
LONE_LIKENESS = 80  # of a loanword of one consonant to its English word (에버 ever, not wave): nearly the same sound
MAX_COMBINATIONS = 8  # of the words' options, per way of reading the first word
MAX_READINGS = 16  # a name's translated readings in all: each costs one more search of the index
MAX_CHARACTER_WORDS = 3  # a firm's own name read character by character: two or three characters
CHARACTER_CHOICES = 4  # ... with at most this many readings of it
SURNAME_SYLLABLES = 2  # Hangul syllables of a Chinese surname written by sound (저우 zhou)
CHINESE_PERSON_SYLLABLES = 5  # Hangul syllables of a Chinese person's name read by sound (마 샤오 훙: ma xiaohong)
SPELLED_MIN = 5  # a loanword spelt back in Latin letters is an option from this many letters (not 쉬 swi)
SOUNDED_COMPLETED = 2  # sounded readings whose Hangul rest is also read by dictionary (SENSE_CHOICES each)
LISTED_SPELLINGS = 2  # readings of a foreign name spelt back in the lists' own spellings of its words
LONE_LEAD = 3.0  # likeness by which a one-word name's listed spelling must lead the next to be offered
DICTIONARY = "CC-CEDICT"
VOCABULARY = "the analyser's vocabulary"  # a word read as the analyser reads it, not by a dictionary
DICTIONARIES = f"{DICTIONARY}, {jmdict.NAME}"
NAMES_COVER_SYLLABLES = (3, 12)  # a run names_cover cuts: two loanwords at least, of a firm's name at most
NAMES_COVER_VISITS = 4_000  # cuts it tries at most (a long run of one-consonant pieces has many)
_LONE_COST = 1.5  # a one-syllable chunk no dictionary knows: names are cut into words, not single syllables
_LONE_FOREIGN = 1.0  # ... more when no Hanja reads it (스): a loanword's end, not a word (서비스 is no 西非 + 스)


@dataclass(frozen=True)
class Piece:
    text: str  # as written in the name
    kind: str  # "vocab" (the analyser's own word), "word" (a dictionary word), "name" (neither)
    heads: tuple[str, ...] = ()  # the dictionary headwords (traditional) a "word" piece may be, in order


@dataclass(frozen=True)
class Reading:
    text: str  # the name with translated words in English: "단천 commercial 은행"
    notes: tuple[str, ...]  # one per translated word: "상업 = 商業 (CC-CEDICT: commerce) -> commercial"
    words: tuple[str, ...] = ()  # the English words the translation put in: a match must carry them
    spelled: tuple[str, ...] = ()  # loanwords spelt back in Latin letters: a match must carry their sounds
    own_name: bool = False  # the name's first word, most often the firm's own name, is translated too


# --- Sino-Korean words: CC-CEDICT headwords by their Korean reading -----------------------------------------
def _hangul_of(ch: str) -> str | None:
    return reading_table().get(ch)


def lookup(head: str) -> tuple[cedict.Entry, str] | None:
    """A headword's entry and the dictionary it is from: CC-CEDICT, else JMdict, which has the Sino-Korean
    words Chinese writes otherwise (亞鉛 zinc, 原子力 atomic energy, 矯正 correction)."""
    if (e := cedict.lookup(head)) is not None:
        return e, DICTIONARY
    if (e := jmdict.lookup(head)) is not None:
        return e, jmdict.NAME
    return None


@lru_cache(maxsize=1)
def sino_korean() -> dict[str, tuple[str, ...]]:
    """Hangul spelling -> the headwords (traditional) read so: CC-CEDICT's in dictionary order, then
    JMdict's that CC-CEDICT does not have (kept on disk between runs: derived.py)."""
    return derived("sino-korean", "1", (cedict.PACKAGE, "jamdict-data", "hanja", "opencc"), _sino_korean)


def _sino_korean() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    chinese = cedict.dictionary()
    heads = [*((h, t) for h, (t, _, _) in chinese.items()),
             *((h, t) for h, (t, _, _) in jmdict.dictionary().items() if t not in chinese)]
    for head, traditional in heads:
        if head != traditional or not 2 <= len(head) <= MAX_WORD_CHARS:
            continue
        syllables = [_hangul_of(c) for c in head]
        if any(s is None for s in syllables):
            continue
        out.setdefault("".join(s for s in syllables if s), []).append(head)
    return {k: tuple(v) for k, v in out.items()}


# The initial-sound rule: South Korean spelling writes a word-initial ㄹ as ㄴ or ㅇ, and ㄴ before i/y as ㅇ
# (로동 -> 노동, 련합 -> 연합, 녀자 -> 여자); the dictionary's readings keep ㄹ and ㄴ.
_I_Y_VOWELS = {2, 3, 6, 7, 12, 17, 20}  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def initial_forms(syllable: str) -> tuple[str, ...]:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return (syllable,)
    ini, vow, fin = code // 588, (code % 588) // 28, code % 28
    forms = [syllable]
    if ini == 11:  # ㅇ: may stand for ㄹ or ㄴ before i/y
        if vow in _I_Y_VOWELS:
            forms += [chr(0xAC00 + 5 * 588 + vow * 28 + fin), chr(0xAC00 + 2 * 588 + vow * 28 + fin)]
    elif ini == 2:  # ㄴ: may stand for ㄹ
        forms.append(chr(0xAC00 + 5 * 588 + vow * 28 + fin))
    return tuple(forms)


def sino_heads(hangul: str, word_start: bool = True) -> tuple[str, ...]:
    """The CC-CEDICT headwords a Hangul word may be written with; at a word's start also by the initial-sound
    rule's other spellings."""
    table = sino_korean()
    found = table.get(hangul, ())
    if word_start:
        for first in initial_forms(hangul[0])[1:]:
            found += table.get(first + hangul[1:], ())
    return found


def _sino_syllables() -> frozenset[str]:
    """The Hangul syllables that read some Hanja: a syllable outside them (컴, 퓨, 센) is a loanword's."""
    return loanwords.sino_syllables()


def _foreign_syllables(text: str) -> bool:
    """Whether the text has a Hangul syllable no Hanja reads (컴, 퓨, 센): the mark of a loanword."""
    sino = _sino_syllables()
    return any(is_hangul(c) and c not in sino for c in text)


_UNREAD_MIN = 3  # syllables of a word that no dictionary reads before it is taken for a loanword


def _unread_word(name: str) -> bool:
    """A word of the name (a hyphen parts words: 고려-글로벌) is three Hangul syllables or more that each read some
    Hanja, but that no dictionary word or vocabulary covers any part of: a loanword spelt with Sino syllables
    only (글로벌 global), which the loanword table may read."""
    for word in re.split(r"[\s\-‐–]+", name):
        if len(word) >= _UNREAD_MIN and all(is_hangul(c) for c in word) and _loanable(word) \
                and all(p.kind == "name" for p in _cut(word, HANGUL, HANGUL_MAX_CHARS, sino_heads)):
            return True
    return False


def _loanable(piece: str) -> bool:
    """A Hangul word may be a loanword unless it is a Sino-Korean word of CC-CEDICT (상업 商業 commerce).
    JMdict's rarer words do not count: it reads 그린 (green) as some 2-character word too."""
    chinese = cedict.dictionary()
    return not any(h in chinese for h in sino_heads(piece))


# --- cutting a run into vocabulary, dictionary words and the rest --------------------------------------------
def _cut(run: str, vocab: Mapping[str, object], vocab_max: int,
         word_heads: Callable[[str], tuple[str, ...]]) -> list[Piece]:
    """The cut covering most characters with vocabulary and dictionary words, in fewest pieces; vocabulary
    counts a little more than a dictionary word, so that the analyser's own reading of 총회사 stands."""
    n = len(run)
    best: list[tuple[float, int, str, tuple[str, ...]]] = [(0.0, n, "", ())] * (n + 1)
    for i in range(n - 1, -1, -1):
        cands: list[tuple[float, int, str, tuple[str, ...]]] = []
        for j in range(i + 1, min(n, i + max(vocab_max, MAX_WORD_CHARS)) + 1):
            piece = run[i:j]
            if piece in vocab and (j - i > 1 or j == n):
                cands.append((best[j][0] + (j - i) * 1.05 - 0.01, j, "vocab", ()))
            elif j - i >= 2 and (heads := word_heads(piece)):
                cands.append((best[j][0] + (j - i) - 0.01, j, "word", heads))
        for j in range(i + 1, n + 1):  # a chunk neither knows: it ends where a known piece starts, or at the end
            if best[j][2] != "name":
                lone = 0.0 if j - i > 1 else _LONE_COST + (_LONE_FOREIGN if _foreign_syllables(run[i]) else 0.0)
                cands.append((best[j][0] - 0.02 - lone, j, "name", ()))
        best[i] = max(cands, key=lambda c: c[0])
    out: list[Piece] = []
    i = 0
    while i < n:
        _, j, kind, heads = best[i]
        out.append(Piece(run[i:j], kind, heads))
        i = j
    return out


_NOUNS = ("NNG", "NNP")


@lru_cache(maxsize=20_000)
def _hangul_pieces(run: str) -> tuple[Piece, ...]:
    """A Hangul run cut where Kiwi (the kiwipiepy analyser, whose dictionary knows proper nouns: 만수대, 류경)
    puts its nouns' bounds; a noun that neither the vocabulary nor the dictionary knows is cut further by
    dictionary, unless Kiwi calls it a proper noun.  What Kiwi tags as anything but a noun (단 MM + 천 NR for
    the place 단천) is joined into one name chunk."""
    spans: list[tuple[int, int, str]] = []
    analyser = kiwi()
    if analyser is None:  # without Kiwi the dictionary alone cuts the run
        return tuple(_cut(run, HANGUL, HANGUL_MAX_CHARS, sino_heads))
    for tok in analyser.tokenize(run):
        start, end = tok.start, tok.start + tok.len
        tag = tok.tag if tok.tag in _NOUNS else "other"
        if spans and tag == "other" and spans[-1][2] == "other" and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end, "other")
        else:
            spans.append((start, end, tag))
    spans = _vocab_joined(run, spans)
    out: list[Piece] = []
    pos = 0
    for start, end, tag in spans:
        if start > pos:  # characters Kiwi left out of its tokens (it may normalise some away)
            out.append(Piece(run[pos:start], "name"))
        word = run[start:end]
        pos = end
        if word in HANGUL:
            out.append(Piece(word, "vocab"))
        elif tag == "NNP" and len(word) >= 2 and (known := _known_cut(word)):
            # a proper noun the dictionaries read (동북아 東北亞 Northeast Asia) or cut into their words (고려항공,
            # 고려 + 항공: Kiwi knows the airline's name as one word): its first word is still kept as written
            # in one reading, as a firm's own name is
            out += known
        elif tag == "NNP" or tag == "other" or len(word) < 2:
            out.append(Piece(word, "name"))
        elif heads := sino_heads(word):
            out.append(Piece(word, "word", heads))
        else:
            out += _cut(word, HANGUL, HANGUL_MAX_CHARS, sino_heads)
    if pos < len(run):
        out.append(Piece(run[pos:], "name"))
    return tuple(out)


def _known_cut(word: str) -> list[Piece]:
    """The word as one dictionary word, or cut wholly into vocabulary and dictionary words of two syllables
    or more; empty when some part of it is neither."""
    if heads := sino_heads(word):
        return [Piece(word, "word", heads)]
    cut = _cut(word, HANGUL, HANGUL_MAX_CHARS, sino_heads)
    return cut if len(cut) > 1 and all(p.kind != "name" and len(p.text) >= 2 for p in cut) else []


def _vocab_joined(run: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Neighbouring nouns joined where together they are one vocabulary word (유한 + 공사 = 유한공사, a legal
    form), so that the analyser's reading of it stands."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        for n in (3, 2, 1):
            group = spans[i:i + n]
            if len(group) == n and (n == 1 or (run[group[0][0]:group[-1][1]] in HANGUL
                                                and all(g[1] == h[0] for g, h in pairwise(group)))):
                out.append((group[0][0], group[-1][1], "NNG" if n > 1 else group[0][2]))
                i += n
                break
    return out


def _han_heads(piece: str) -> tuple[str, ...]:
    """The headword the characters are; also a word whose senses no name uses (丹東 "Dandong, prefecture-level
    city"), which is then cut out as a word and kept as written rather than joined to the characters after it
    (丹東 + 富地, not 丹東富地)."""
    found = lookup(piece)
    if found is not None:
        return (found[0].traditional,)
    entry = cedict.dictionary().get(piece)
    return (entry[0],) if entry is not None else ()


def pieces(name: str) -> list[Piece]:
    """The name cut into pieces: Hangul and Chinese runs by dictionary, anything else as it is."""
    out: list[Piece] = []
    for word in name.split():
        for kind, run in _runs(word):
            if kind == "hangul":
                out += _hangul_pieces(run)
            elif kind == "han":
                # simplified as the analyser reads characters (Japanese forms through jp2t: 保険 = 保险)
                cut = _cut(simplified(run), HANZI, HANZI_MAX_CHARS, _han_heads)
                # keep the characters as the name writes them; the cut is position for position
                pos = 0
                for p in cut:
                    out.append(Piece(run[pos:pos + len(p.text)], p.kind, p.heads))
                    pos += len(p.text)
            else:
                out.append(Piece(run, "latin"))
        out.append(Piece(" ", "space"))
    return out[:-1] if out else out


def names_in_korean(name: str) -> str | None:
    """A name in characters with only its own names read in Korean, its vocabulary kept in characters (朝鮮
    竜岳山総合貿易会社 -> 朝鮮 룡악산 総合 貿易 会社): read whole, Japanese 総合 would be 총합, which no Korean
    firm's name writes (종합, 綜合); None when that is no other reading than the whole one."""
    if not any(is_han(c) for c in name):
        return None
    ps = pieces(name)
    if not any(p.kind == "vocab" for p in ps) or not any(p.kind in ("word", "name") for p in ps):
        return None
    parts = [(korean_reading(p.text) or p.text) if p.kind in ("word", "name") else p.text for p in ps]
    text = re.sub(r"\s+", " ", " ".join(x for x in parts if x.strip())).strip()
    return text if text != korean_reading(name) else None


def _runs(word: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in word:
        kind = "hangul" if is_hangul(ch) else ("han" if is_han(ch) else "other")
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + ch)
        else:
            out.append((kind, ch))
    return out


# --- senses into the lists' words ----------------------------------------------------------------------------
def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _stem_shared(a: str, b: str) -> bool:
    common = _common_prefix(a, b)
    return common >= min(len(a), len(b)) - _STEM_SLACK and max(len(a), len(b)) - common <= _STEM_EXTRA


def _inflected(word: str) -> list[str]:
    """A word's inflected forms, its last consonant doubled before a vowel too (plan: plans, planned,
    planning)."""
    forms = [word + end for end in _INFLECTIONS]
    if word[-1] not in "aeiouwy":
        forms += [word + word[-1] + end for end in _INFLECTIONS if end[0] in "ei"]
    return forms


_VOWELS = frozenset("aeiou")


def _opening_unsaid(romaji: str | None, word: str) -> bool:
    """Whether a katakana word's romaji opens with a vowel a listed word heard in it does not open with."""
    return romaji is not None and romaji[:1] in _VOWELS and word[:1] not in _VOWELS


def _vocabulary(words: Iterable[str] | Mapping[str, int]) -> dict[str, int]:
    counts = Counter(words)  # a Mapping is taken as word -> count
    vocabulary = Counter({w: c for w, c in counts.items() if w.isascii() and w.isalpha()})
    for w in LATIN:
        if " " not in w and w.isalpha():
            vocabulary[w] += 1
    return dict(vocabulary)


def _compound_of(word: str, part: str, words: Mapping[str, int]) -> bool:
    """Whether `word` is `part` and another listed word of three letters or more (northeast = north + east)."""
    short, long = sorted((word, part), key=len)
    rest = long[len(short):]
    return long.startswith(short) and len(rest) >= 3 and rest in words


class Translator:
    """Translates names into the words of one set of listed names (a Matcher's)."""

    def __init__(self, words: Iterable[str] | Mapping[str, int],
                 body_words: Iterable[str] | Mapping[str, int] | None = None,
                 body_names: Iterable[str] = (), own_words: Iterable[str] = (),
                 wade_giles: Iterable[str] | None = None) -> None:
        """`words`: every listed name's words (for sounds and abbreviations); `body_words`: those of the names
        of bodies, not persons, which a dictionary sense may become (a person's name is no translation:
        音療 "therapy" is not THERAB, Abu); all of `words` when not given.  `body_names`: the bodies' names
        (folded), by which a word's senses are ranked: those whose words a listed name writes together with
        the query's other words first.  `own_words`: the words of the names of bodies the lists tie to Korea,
        China or Japan, which a Hangul word may be read as by its sound (loanwords.Loanwords).  `wade_giles`:
        the runs of listed names, persons' too, in Wade-Giles (chinese_in_hangul.wade_giles_runs), which a Hangul
        word may spell by Mandarin sound; those of `body_names` when not given."""
        self.words = _vocabulary(words)
        self.wade_giles = None if wade_giles is None else frozenset(wade_giles)
        self.own_words = tuple(dict.fromkeys(own_words))
        self.sense_words = self.words if body_words is None else _vocabulary(body_words)
        self.body_names = tuple(dict.fromkeys(body_names))
        self._named: dict[str, frozenset[int]] | None = None  # word -> the body names carrying it, built on use
        self._prefixes: dict[str, tuple[str, ...]] | None = None  # built on the first translation
        self._initials: dict[str, tuple[str, ...]] | None = None  # built on the first abbreviation
        self._loanwords: loanwords.Loanwords | None = None  # built on the first Hangul word read by sound
        self._listed: foreign_names.ListedSounds | None = None  # built on the first foreign word spelt back
        self._abbreviated: dict[str, list[str]] = {}  # each abbreviation's candidates, once found
        self._by_acronym: dict[str, tuple[str, ...]] | None = None  # body names by their initials, built on use

    def abbreviations(self, name: str) -> list[abbreviations.Expansion]:
        """The name with its abbreviated words written out as listed names write them (abbreviations.py)."""
        if self._initials is None:
            self._initials = abbreviations.by_initial(self.words)
            self._abbreviated = {}
        return abbreviations.expansions(name, self.words, self._initials, self._abbreviated)

    @property
    def _by_prefix(self) -> dict[str, tuple[str, ...]]:
        if self._prefixes is None:
            by_prefix: dict[str, list[str]] = {}
            for w in self.sense_words:
                if len(w) >= _STEM_MIN:
                    by_prefix.setdefault(w[:_STEM_MIN], []).append(w)
            self._prefixes = {k: tuple(sorted(v)) for k, v in by_prefix.items()}
        return self._prefixes

    def listed_word(self, word: str) -> str | None:
        """The word of the lists a dictionary word is: itself, the word sharing its stem that listed names use
        most (commerce -> commercial, as banks are named; manage -> management), or the two words the lists
        write a compound as (northeast -> north east, as in NORTH EAST ASIA BANK).  A word's first part that
        is a word of its own (north of northeast) shares no stem with it."""
        counts: dict[str, int] = {word: self.sense_words[word]} if word in self.sense_words else {}
        if len(word) >= _STEM_MIN:
            counts |= {w: self.sense_words[w] for w in self._by_prefix.get(word[:_STEM_MIN], ())
                       if w != word and _stem_shared(word, w) and not _compound_of(word, w, self.sense_words)}
        if 3 <= len(word) < _STEM_MIN:
            counts |= {w: self.sense_words[w] for w in _inflected(word) if w in self.sense_words}
        if split := self._split(word):
            counts[" ".join(split)] = min(self.sense_words[split[0]], self.sense_words[split[1]])
        # a word the lists write only in the plural is that word (guardian: GUARDIANS OF PEACE), before any
        # shorter word of its stem (guard)
        plural = next((p for p in (word + "s", word + "es") if p in self.sense_words), None) \
            if word not in self.sense_words else None
        return max(counts, key=lambda w: (w == plural, counts[w], w == word, w), default=None)

    def adjective_forms(self, word: str, chosen: str) -> list[str]:
        """The listed adjectives of a dictionary word other than `chosen` (its listed_word), commonest first:
        the word with an adjective-making ending (east: eastern; metal: metallic), one word of three letters or
        more."""
        if len(word) < 3 or " " in chosen:
            return []
        found = {word + end for end in _ADJECTIVE_ENDINGS}
        if word.endswith("y"):  # industry: industrial, economy: economical
            found |= {word[:-1] + end for end in ("ial", "ical", "ic")}
        return sorted((w for w in found if w in self.sense_words and w != chosen),
                      key=lambda w: (-self.sense_words[w], w))[:DERIVED_CHOICES]

    def _combined(self, word: str) -> str | None:
        """The commonest listed word that is an English combining form followed by the word (aerospace of
        space, petrochemical of chemical); None when the lists write none."""
        found = [f + word for f in _COMBINING_FORMS if f + word in self.sense_words]
        return max(found, key=lambda w: self.sense_words[w], default=None)

    def _split(self, word: str) -> tuple[str, str] | None:
        """A compound as two listed words of three letters or more (northeast, north east); of several cuts
        the one whose rarer word is commoner."""
        cuts = [(word[:k], word[k:]) for k in range(3, len(word) - 2)
                if word[:k] in self.sense_words and word[k:] in self.sense_words]
        return max(cuts, key=lambda c: min(self.sense_words[c[0]], self.sense_words[c[1]]), default=None)

    def warm(self, scripts: bool = True) -> None:
        """Build this list's abbreviation index now and, with `scripts`, load what the readings of names in
        Korean, Chinese and Japanese script use (the analyser, the dictionaries, the loanword keys): e.g.
        before forking workers, which then share them instead of each building its own."""
        self.abbreviations("Trdg")
        if scripts:
            self.readings("조선컴퓨터센터 朝鲜大成银行")  # reads by sound too: builds the loanword keys
            # the tables of Korean readings read back into pinyin and of Chinese cities' characters
            hangul_to_pinyin()
            cedict.chinese_city_characters()

    @property
    def _sound(self) -> loanwords.Loanwords:
        """This list's words by their sound in Hangul, built on the first Hangul word read so."""
        if self._loanwords is None:
            self._loanwords = loanwords.Loanwords(self.words, self.own_words, self.body_names, self.wade_giles)
        return self._loanwords

    def kana_own_words(self, name: str) -> Reading | None:
        """The name with each katakana word that sounds like an East Asian body's own word (no English word:
        ブラシス VOLASYS, ブルーノロフ BLUENOROFF) written as that word, the others by their foreign spelling (シルバー
        スター silver star); the listed name must carry the own words by their sound.  None when no word is one."""
        from chainlight.resolve import kana

        english = cedict.english_words()
        parts: list[str] = []
        notes: list[str] = []
        sounds: list[str] = []
        for word, romaji in kana.words_by_sound(name):
            own = self._sound.own_by_latin_sound(romaji) if romaji and romaji not in english else []
            # a word that opens with a vowel the own word does not say is another word before it (エアーコリョ
            # eaakoryo is air and Koryo, not KORYO): the consonants alone would drop it
            own = [w for w in own if not _opening_unsaid(romaji, w)]
            if own:
                parts.append(own[0])
                sounds.append(own[0])
                notes.append(f"{word} ({kana.SOURCE}: {romaji}; its consonants as a listed body's own word) -> {own[0]}")
            elif romaji and romaji not in english and " " not in kana.foreign_spelling(word) \
                    and (near := self.listed_sounds.near(romaji)) and _leads(near) \
                    and not _opening_unsaid(romaji, near[0][0]):
                # a foreign name's word no East Asian body writes (ミヘイチク miheichiku: MIKHEYCHIK), by the
                # consonants katakana keeps, as Hangul and characters are read back (listed_spellings); not a word
                # UniDic reads as two (カームブリッジ calm bridge: English words run together), nor one of two
                # listed spellings nearly as alike
                parts.append(near[0][0])
                sounds.append(near[0][0])
                notes.append(f"{word} ({kana.SOURCE}: {romaji}) -> {near[0][0]} ({foreign_names.SOURCE_LISTED})")
            else:
                parts.append(" ".join(kana.readings(word)[0][0].split()) if romaji else word)
        if not sounds:
            return None
        return Reading(" ".join(parts), tuple(notes), (), tuple(sounds))

    def loanword_senses(self, word: str) -> list[tuple[str, str, str, bool]]:
        """A Hangul word read as English by its sound (loanwords.py: 컴퓨터 -> computer), as senses() gives
        options: the lists' words whose consonants Korean would write so."""
        return [(word, f"{loanwords.SOURCE}: {sound}", english, True) for english, sound in self._sound.read(word)]

    def chinese_by_korean_reading(self, word: str, heads: tuple[str, ...] = ()) -> list[tuple[str, str, str, bool]]:
        """A Hangul word read as the Korean reading of a Chinese name's characters, back into the pinyin a listed
        name spells (천보 -> 天寶 tianbao), as senses() gives options."""
        return [(chars, f"{KOREAN_READING_SOURCE}: {chars} {spelt}", spelt, True)
                for spelt, chars in self._sound.chinese_by_korean_reading(word, heads)[:CHARACTER_CHOICES]]

    def senses(self, heads: tuple[str, ...]) -> list[tuple[str, str, str, bool]]:
        """(headword, dictionary sense, the listed words it becomes) for the senses the lists use, of each
        headword a piece may be (a Hangul word is several: 해사 海事 maritime affairs, 害死 to kill).  Whole
        senses come first, then each word of a sense of two or three alone (遠洋 "open ocean" is Ocean in
        OCEAN MARITIME MANAGEMENT); the flag is True for a whole sense and for the head word of one."""
        whole: list[tuple[str, str, str, bool]] = []
        single: list[tuple[str, str, str, bool]] = []
        derived: list[tuple[str, str, str, bool]] = []
        senses = list(_senses_of(heads))
        alone = {(head, sense) for head, _label, sense, _named, _capitals in senses if " " not in sense}
        for head, label, sense, named, capitals in senses:
            content = [w for w in sense.split() if w not in _STOP]
            mapped = [self.listed_word(w) for w in content]
            if content and all(mapped):
                whole.append((head, label, " ".join(m for m in mapped if m), True))
                # the sense's own words where the lists have them too (军需 "military supplies" as the UN
                # writes MILITARY SUPPLIES INDUSTRY DEPARTMENT, beside the commoner "supply")
                exact = [w if w in self.sense_words else m for w, m in zip(content, mapped, strict=True)]
                if exact != mapped:
                    whole.append((head, label, " ".join(m for m in exact if m), True))
            # its head (last) word also as the adjective a listed name may write it as (遠東 "far east": FAR
            # EASTERN BANK; 金屬 "metal": METALLIC MATERIAL), whether or not the lists write the plain word; offered
            # after every other option
            if content and all(mapped[:-1]):
                for adj in self.adjective_forms(content[-1], mapped[-1] or ""):
                    derived.append((head, label, " ".join([*(m for m in mapped[:-1] if m), adj]), True))
            # a one-word sense the lists also write with a combining form before it (宇宙 "space" in NATIONAL
            # AEROSPACE DEVELOPMENT ADMINISTRATION; "chemical" in petrochemical), whether or not they write it alone
            if len(content) == 1 and (combined := self._combined(content[0])) is not None:
                whole.append((head, label, combined, True))
            if len(content) > 1:
                # the last word of "open ocean" is its head (ocean); "dragon and phoenix" has none; of a
                # proper noun's gloss only its names stand alone (北韓 "North Korea" is Korea, 高麗 "Korean
                # Goryeo dynasty" no dynasty)
                headed = not ({"and", "or"} & set(sense.split()))
                proper = sense in named
                # a head whose modifier the entry also gives as a sense alone says little by itself: 軍事 "military
                # affairs; military" is military, and its affairs alone would find STATE AFFAIRS COMMISSION
                light = any((head, w) in alone for w in content[:-1])
                single += [(head, label, m, headed and k == len(mapped) - 1)
                           for k, m in enumerate(mapped) if m and (not proper or content[k] in capitals)
                           and not (light and k == len(mapped) - 1)]
        out: list[tuple[str, str, str, bool]] = []
        for option in whole + single + derived:
            if option[2] not in (o[2] for o in out):
                out.append(option)
        return out

    def character_senses(self, chars: str) -> list[tuple[str, str, str, bool]]:
        """Characters read one by one, each by its first one-word senses that are listed words of three letters
        or more (富地: 富 rich, 地 earth -> rich earth), as options like senses() gives."""
        per_char: list[list[str]] = []
        for c in chars:
            entry = cedict.lookup(c)
            words = [m for sense in (entry.senses if entry is not None else ()) if " " not in sense
                     and len(sense) >= 3 and (m := self.listed_word(sense)) is not None and " " not in m]
            if not words:
                return []
            per_char.append(list(dict.fromkeys(words))[:CHARACTER_CHOICES])
        out: list[tuple[str, str, str, bool]] = []
        for ks in first_combinations([len(w) for w in per_char], CHARACTER_CHOICES):
            chosen = [per_char[k][j] for k, j in enumerate(ks)]
            label = "; ".join(f"{c} {w}" for c, w in zip(chars, chosen, strict=True))
            out.append((chars, label, " ".join(chosen), True))
        return out

    def fuller_senses(self, word: str) -> list[tuple[str, str, str, bool]]:
        """The dictionary senses of a vocabulary word that say more than the analyser's English for it, every
        word of them a listed word: 外貿 "foreign trade" beside the vocabulary's "trading"."""
        if all(is_han(c) for c in word):
            term, heads = HANZI.get(simplified(word)), _han_heads(simplified(word))
        elif all(is_hangul(c) for c in word):
            term, heads = HANGUL.get(word), sino_heads(word)
        else:
            return []
        if term is not None and term.cls == "generic" and heads and " " not in term.english \
                and term.country is None:
            # a generic word the lists render more than one way (국가 國家 state, also national: NATIONAL
            # AEROSPACE DEVELOPMENT ADMINISTRATION): its dictionary's one-word senses that the lists write as an
            # adjective in -al before a noun (nation -> national), offered after the vocabulary's own word
            return [o for o in self.senses(heads) if o[3] and " " not in o[2] and o[2] != term.english
                    and o[2] in self.sense_words and o[2].endswith("al")]
        if term is None or term.cls != "industry" or not heads:  # a trade's word, not 朝鮮 (Korea) or a legal form
            return []
        known = len(term.english.split())
        # the fuller sense keeps the analyser's word (trade ~ trading) and adds a word the vocabulary does not
        # have (foreign; not 礦業 "mining industry", whose industry the analyser reads as a trade word anyway)
        return [o for o in self.senses(heads) if o[3] and len(o[2].split()) > known
                and any(_common_prefix(w, e) >= 4 for w in o[2].split() for e in term.english.split())
                and any(w not in LATIN for w in o[2].split())]

    def segmented(self, name: str) -> str | None:
        """The name cut into its words, nothing translated (만수대창작사 -> 만수대 창작 사), when that differs
        from how it is written: the analyser splits a run of Hangul only at its vocabulary words, and a firm's
        own name glued to words it does not know is otherwise read as one long word."""
        if not has_hangul_or_han(name):
            return None
        text = " ".join(p.text for p in pieces(name) if p.kind != "space")
        return text if text.split() != name.split() else None

    def acronym_readings(self, name: str) -> list[Reading]:
        """A name in Hangul or characters followed by its acronym in brackets, as the press writes a body first
        named (万寿台海外開発会社(MOP), 高丽航空贸易公司(AKTC)): each listed body's name whose words' initials are
        the acronym (legal forms and generic words closing it may be left out: MANSUDAE OVERSEAS PROJECT GROUP OF
        COMPANIES is MOP) and whose own word the name spells by its Korean reading or its pinyin (만수대
        mansudae).  The acronym alone fits many names; with a word of the name's own it fits one."""
        m = _ACRONYM_BRACKET.match(name.strip())
        if m is None or not has_hangul_or_han(m["name"]):
            return []
        listed = self._acronyms().get(m["acronym"].lower(), ())
        if not listed:
            return []
        spelt = _spellings_of(m["name"])
        out: list[Reading] = []
        for body in listed[:ACRONYM_CHOICES]:
            own = [w for w in body.split() if len(w) >= 4 and w.isalpha() and w not in LATIN and w in spelt]
            if own:
                out.append(Reading(body, (f"{m['acronym']} (the acronym in brackets) = the initials of the listed "
                                          f"name {body}, whose {', '.join(own)} the name spells ({ACRONYM_SOURCE})",),
                                   tuple(own), (), False))
        return out

    def _acronyms(self) -> dict[str, tuple[str, ...]]:
        if self._by_acronym is None:
            by: dict[str, list[str]] = {}
            for body in self.body_names:
                for key in _initials(body):
                    by.setdefault(key, []).append(body)
            self._by_acronym = {k: tuple(v) for k, v in by.items()}
        return self._by_acronym

    def readings(self, name: str) -> list[Reading]:
        """The name's translated readings (none when no word of it translates into listed words)."""
        if not has_hangul_or_han(name):
            return []
        if acronymed := self.acronym_readings(name):
            return acronymed
        # a name read whole by sound is cut better than the analyser's guesses at it
        sounded = self._sounded(name) if has_hangul(name) else []
        sounded = self._chinese_person(name) + sounded
        # what is left in Hangul of a name read partly by sound is read by dictionary (다롄 하이보 국제 화물:
        # Dalian Haibo by sound, 화물 貨物 freight by JMdict), before the sounded reading it completes
        both: list[Reading] = []
        for r in sounded[:SOUNDED_COMPLETED]:
            if any(is_hangul(c) for c in r.text):
                both += [Reading(t.text, r.notes + t.notes, r.words + t.words, r.spelled + t.spelled,
                                 r.own_name or t.own_name)
                         for t in islice(_readings(self, r.text), SENSE_CHOICES)]
        out: list[Reading] = []
        texts: set[str] = set()
        for r in [*both, *sounded, *_readings(self, name)]:
            if r.text not in texts:
                texts.add(r.text)
                out.append(r)
        # a foreign person's name spelt back whole comes second: one search, which the first reading of a firm's
        # name of loanwords (오션마린매니지먼트) goes before, and the many guesses at a name's words after
        for r in _foreign_person(name):
            if r.text not in texts:
                out.insert(1, r)
                texts.add(r.text)
                # the spelling back as the lists write its words (체르니스네프 chernisnev: CHERNYSHEV), before it
                if (any(is_hangul(c) for c in name) and not _foreign_apart(name)) or self._chinese_person(name):
                    continue  # one Hangul word may be a Korean word and a loanword (대성그룹), or a Chinese name
                for k, listed in enumerate(self.listed_spellings(r)):
                    if listed.text not in texts:
                        texts.add(listed.text)
                        out.insert(1 + k, listed)
        return out

    @property
    def listed_sounds(self) -> foreign_names.ListedSounds:
        """Every listed Latin word by the consonants Hangul, katakana and characters keep, built on first use."""
        if self._listed is None:
            self._listed = foreign_names.ListedSounds(self.words)
        return self._listed

    def listed_spellings(self, spelt: Reading) -> list[Reading]:
        """A foreign name spelt back (each word of `spelt.spelled`) written with the listed words of its words'
        consonants (foreign_names.ListedSounds): 아카디 체르니스네프, akadi chernisnev -> arkadiy chernyshev; the
        likeliest combinations first, at most LISTED_SPELLINGS.  None unless every word has such a listed word:
        the match must then carry them (Reading.spelled)."""
        words = spelt.text.split()
        if not words or tuple(words) != spelt.spelled:
            return []
        options = [self.listed_sounds.near(w) for w in words]
        if not all(options):
            return []
        if len(words) == 1 and not _leads(options[0]):
            return []  # one word alone, of two listed spellings nearly as alike (패트리엇: patris, petrus): neither
        combos = sorted(product(*options), key=lambda c: -sum(like for _, like in c))[:LISTED_SPELLINGS]
        out = []
        english = cedict.english_words()
        for combo in combos:
            chosen = tuple(w for w, _ in combo)
            if any(w in english for w in chosen):
                continue  # an English word in Hangul is the loanword reader's, which weighs it as a translation
            notes = spelt.notes + tuple(f"{s} -> {w} ({foreign_names.SOURCE_LISTED})"
                                        for s, w in zip(words, chosen, strict=True) if s != w)
            out.append(Reading(" ".join(chosen), notes, (), chosen))
        return out

    def _chinese_person(self, name: str) -> list[Reading]:
        """A Chinese person's name written in Hangul by its Mandarin sound (옌즈융 Yan Zhiyong, 쑨웨이 Sun Wei):
        one word of two to five syllables with a syllable no Hanja reads or opening with no Korean family name, its
        first syllable read as a
        common Chinese surname and the rest as a given name, each a word of the lists.  Loanwords are read
        from two syllables on (loanwords.py), which a one-syllable surname never is."""
        from chainlight.resolve.readings import KOREAN_SURNAMES

        if not 2 <= len(name) <= CHINESE_PERSON_SYLLABLES or not all(is_hangul(c) for c in name) \
                or not (_foreign_syllables(name) or name[0] not in KOREAN_SURNAMES):
            # every syllable reads some Hanja and the first is a Korean family name: a Korean's name (a first
            # syllable no Korean family name is, 훙 in 훙진화, is the Mandarin sound of one: hong, HONG Jinhua)
            return []
        out: dict[str, Reading] = {}
        # the surname is one Hangul syllable, or two where the table writes its final so (zhou 저우, cao 차오,
        # bai 바이: 저우젠수, ZHOU Jianshu); the given name's two pinyin syllables may take up to four Hangul ones
        # (마샤오훙, MA Xiaohong: 샤오 is xiao)
        for cut in range(1, min(SURNAME_SYLLABLES, len(name) - 1) + 1):
            surnames = [w for w, _ in self._sound.read(name[:cut]) if w in _chinese_surnames()]
            givens = [w for w, _ in self._sound.read(name[cut:])] if surnames else []
            if surnames and not givens:  # Taiwan's spelling (HUANG, Wang Ken: 후앙왕건)
                givens = list(self._sound.chinese_given_in_wade_giles(name[cut:]))
            for sur in surnames[:2]:
                for given in givens[:2]:
                    out.setdefault(f"{sur} {given}", Reading(
                        f"{sur} {given}", (f"{name[:cut]} + {name[cut:]} ({loanwords.SOURCE}) -> {sur} {given}",),
                        (sur, given)))
        return list(out.values())

    def _chinese_led(self, name: str) -> bool:
        """Whether the name opens with a word written in Hangul by its Mandarin sound that the lists spell so
        (단둥 Dandong, 다롄 Dalian, 랴오닝 Liaoning): a Chinese firm's name, whose other words are Mandarin sounds
        too (둥위안 Dongyuan), though each of their syllables may also read some Hanja."""
        first = name.split()[0] if name.split() else ""
        return len(first) >= 2 and all(is_hangul(c) for c in first) and bool(self._sound.chinese(first))

    def _sounded(self, name: str) -> list[Reading]:
        """The name with each run of Hangul that is loanwords and vocabulary throughout (오션마린매니지먼트,
        조선컴퓨터센터) written in English words, the likeliest first: the analyser cuts such runs at Sino-Korean
        syllables (니지 理智), since it knows few of these spellings."""
        if not _foreign_syllables(name) and not self._chinese_led(name) and not _unread_word(name):
            return []  # every syllable is some Hanja's reading: a Sino-Korean name, read by its dictionary
        slots: list[tuple[str, list[str]]] = []  # text as written, or a loanword and its English options
        lone: set[int] = set()  # slots of one-syllable words read by sound
        words_of_name = name.split()
        # a short Chinese name written syllable by syllable (샹 위안 바오): read whole, as written together
        joined = "".join(words_of_name)
        whole_name = [Reading(w, (f"{name} ({loanwords.SOURCE}, its words together) -> {w} (spelled)",), (), (w,))
                      for w in self._sound.chinese(joined) if self._sound.own(w)] \
            if 1 < len(words_of_name) <= JOINED_MAX_WORDS and all(is_hangul(c) for c in joined) else []
        for word in words_of_name:
            if len(words_of_name) > 1 and (letter := loanwords.LETTER_NAMES.get(word)) is not None \
                    and not all(w in loanwords.LETTER_NAMES for w in words_of_name):
                # a Latin letter written by its name (레이디 알, LADY R): a word alone, beside loanwords (letters
                # alone, 케이 엠 에스, would be read one by one, where an acronym is matched by its letters)
                slots += [(word, [letter]), (" ", [])]
                continue
            if len(words_of_name) > 1 and _foreign_syllables(word) \
                    and (letters := loanwords.spelt_letters(word)) is not None:
                # a firm's initials written as one word of the letters' names (알케이 브리즈, RK BRIZ): read as
                # those letters, which the listed name must carry as a word
                slots += [(word, [letters]), (" ", [])]
                continue
            if len(words_of_name) > 1 and len(word) == 1 and is_hangul(word) and word not in HANGUL:
                # a one-syllable English word written apart (다롄 선 문 스타: sun, moon, star): offered by its
                # sound only beside other loanwords, and ranked by the listed names that carry its neighbours
                lone.add(len(slots))
                slots += [(word, [w for w, _key in self._sound.by_sound(word)]), (" ", [])]
                continue
            for kind, run in _runs(word):
                if kind == "hangul" and (lettered := self._letter_led(run)) is not None:
                    slots += lettered
                    continue
                cut = (self._sound.cover(run, HANGUL, HANGUL_MAX_CHARS, _loanable, _foreign_syllables)
                       if kind == "hangul" else None)
                if kind == "hangul" and _foreign_syllables(run) and not self._carried_together(cut):
                    # a loanword cut of several words no listed name carries together (퍼스 base + 트오일 tool for
                    # 퍼스트오일) or none at all: a cut whose words one listed name carries, if there is one (first oil)
                    cut = self.names_cover(run) or cut
                if cut is None and kind == "hangul" and len(run) <= loanwords.MAX_PIECE and _foreign_syllables(run) \
                        and len(spelling := loanwords.loan_spelling(run)) >= SPELLED_MIN:
                    cut = [(run, [spelling])]  # a name no listed word sounds like (트랜슬랜틱): spelt back whole
                if cut is None and kind == "hangul" and len(words_of_name) > 1 and _foreign_syllables(run) \
                        and (heard := [(w, x) for w, x in self._sound.heard_as(run) if x >= LONE_LIKENESS]):
                    # a loanword of one consonant written apart (에버 브라이트: ever), which no key of its own
                    # tells: offered by its sound only beside other loanwords, ranked by the listed names that
                    # carry its neighbours, as a one-syllable word is
                    lone.add(len(slots))
                    cut = [(run, [w for w, _like in heard])]
                slots += cut if cut is not None else [(run, [])]
            slots.append((" ", []))
        if lone:
            if not any(options for i, (_, options) in enumerate(slots) if i not in lone):
                slots = [(text, [] if i in lone else options) for i, (text, options) in enumerate(slots)]
            else:
                slots = self._ranked_by_neighbours(slots, lone)
        loans = [i for i, (_, options) in enumerate(slots) if options]
        if not loans:
            return whole_name
        slots = self._carried_first(slots, loans)
        # a loanword may be a name no English word is (스완시스, SWANSEAS; 안파사르, ANFASAR): its spelling back
        # in Latin letters is its second option, a spelling the listed name need not carry as a word
        spelled: dict[int, str] = {}
        for i in loans:
            text, options = slots[i]
            spelling = loanwords.loan_spelling(text)
            if options == [spelling]:
                spelled[i] = spelling  # spelt back whole above
            elif spelling not in options and len(spelling) >= SPELLED_MIN:
                spelled[i] = spelling
                slots[i] = (text, [*options[:1], spelling, *options[1:]])
        out: list[Reading] = []
        for ks in first_combinations([len(slots[i][1]) for i in loans], MAX_COMBINATIONS):
            chosen = dict(zip(loans, ks, strict=True))
            # words kept as written stay joined to each other (공업부: the analyser reads 부 only after a word)
            parts = [f" {options[chosen[i]]} " if i in chosen else text for i, (text, options) in enumerate(slots)]
            notes = tuple(f"{slots[i][0]} (the letter's name in Korean) -> {slots[i][1][k]}"
                          if loanwords.LETTER_NAMES.get(slots[i][0]) == slots[i][1][k] else
                          f"{slots[i][0]} (the letters' names in Korean) -> {slots[i][1][k]}"
                          if loanwords.spelt_letters(slots[i][0]) == slots[i][1][k] else
                          f"{slots[i][0]} ({loanwords.SOURCE}: {loanwords.loan_romanization(slots[i][0])}) -> "
                          f"{slots[i][1][k]}" + (" (spelled)" if spelled.get(i) == slots[i][1][k] else "")
                          for i, k in chosen.items())
            # a body's own word (블루노르프 BLUENOROFF) is, like a spelling back, a name read by its sound, which the
            # listed name must carry by its sound: no translation, so it may stand alone
            by_sound = {i for i, k in chosen.items() if spelled.get(i) == slots[i][1][k]
                        or self._sound.own(slots[i][1][k])}
            words = tuple(slots[i][1][k] for i, k in chosen.items() if i not in by_sound)
            sounds = tuple(slots[i][1][k] for i, k in chosen.items() if i in by_sound)
            out.append(Reading(re.sub(r"\s+", " ", "".join(parts)).strip(), notes, words, sounds))
        if (whole := self._spelled_whole(slots, loans)) is not None and whole.text not in (r.text for r in out):
            out.insert(1, whole)  # second: among the readings whose Hangul rest is read by dictionary too
        return whole_name + out

    def _letter_led(self, run: str) -> list[tuple[str, list[str]]] | None:
        """A run of Hangul opening with a Latin letter's name glued to loanwords (엠리징: M + leasing, as M LEASING
        is written): the letter, then the loanwords' cut.  The letter's name must have a syllable no Hanja reads
        (엠, 케이, 에스; not 이, 오, 시, 알, which open Korean words), and the rest must cut into loanwords only."""
        for k in range(1, min(len(run) - 2, loanwords.LETTER_NAME_MAX) + 1):
            head = run[:k]
            if head not in loanwords.LETTER_NAMES or not _foreign_syllables(head):
                continue
            cut = self._sound.cover(run[k:], HANGUL, HANGUL_MAX_CHARS, _loanable, _foreign_syllables)
            if cut is not None and all(options for _, options in cut):
                return [(head, [loanwords.LETTER_NAMES[head]]), (" ", []), *cut]
        return None

    def _carried_first(self, slots: list[tuple[str, list[str]]], loans: list[int]) -> list[tuple[str, list[str]]]:
        """Loanwords written apart (리더 인터내셔널) whose first options no listed name carries together: each one's
        options widened to every listed word of its sound (Loanwords.heard_all), those a listed name carries with
        an option of every other loanword first (leader international: LEADER (HONG KONG) INTERNATIONAL), as the
        cut of a run written as one word is (names_cover).  Unchanged when no name carries them all."""
        if len(loans) < 2 or self.named_with([slots[i][1][0] for i in loans]) \
                or not all(loanwords.plausible_piece(slots[i][0]) for i in loans):
            return slots
        wide = {i: list(dict.fromkeys([*slots[i][1], *self._sound.heard_all(slots[i][0])])) for i in loans}
        carried = {i: frozenset().union(*(self.named_with([o]) for o in wide[i])) for i in loans}
        common = frozenset.intersection(*carried.values())
        if not common:
            return slots
        out = list(slots)
        for i in loans:
            first = [o for o in wide[i] if self.named_with([o]) & common]
            out[i] = (slots[i][0], [*first, *[o for o in slots[i][1] if o not in first]])
        return out

    def _carried_together(self, cut: list[tuple[str, list[str]]] | None) -> bool:
        """A loanword cut of one word, or of words (their first options) that one listed name carries together."""
        if cut is None:
            return False
        firsts = [options[0] for _, options in cut if options]
        return len(firsts) <= 1 or bool(self.named_with(firsts))

    def names_cover(self, run: str) -> list[tuple[str, list[str]]] | None:
        """A run of Hangul written as one word cut into English words by their sound where one listed body's name
        carries a word of every piece (썬문스타: sun moon star; 퍼스트오일: first oil; 차이나실버스타: china silver
        star): the loanword cut (Loanwords.cover) needs each piece to be heard alone, and words of one or two
        consonants (오일 oil, 썬 sun) sound like too many words for that.  Fewest pieces first, then the likeliest
        words; each piece's options are those such a name carries.  None when no cut of two pieces or more has
        such a name."""
        n = len(run)
        if not NAMES_COVER_SYLLABLES[0] <= n <= NAMES_COVER_SYLLABLES[1]:
            return None
        heard: dict[tuple[int, int], list[tuple[str, float]]] = {}
        carried: dict[tuple[int, int], frozenset[int]] = {}
        found: list[tuple[int, float, tuple[tuple[int, int], ...], frozenset[int]]] = []
        visits = 0

        def walk(i: int, cut: tuple[tuple[int, int], ...], names: frozenset[int] | None, like: float) -> None:
            nonlocal visits
            visits += 1
            if visits > NAMES_COVER_VISITS:
                return
            if i == n:
                if len(cut) >= 2 and names:
                    found.append((len(cut), -like, cut, names))
                return
            for j in range(i + 1, min(n, i + loanwords.MAX_PIECE) + 1):
                span = (i, j)
                if span not in heard:
                    heard[span] = self._sound.heard_as(run[i:j])
                    carried[span] = frozenset().union(*(self.named_with([w]) for w, _ in heard[span]))
                if not heard[span]:
                    continue
                here = carried[span] if names is None else names & carried[span]
                if here:
                    walk(j, (*cut, span), here, like + heard[span][0][1])

        walk(0, (), None, 0.0)
        if not found:
            return None
        _, _, cut, names = min(found, key=lambda f: (f[0], f[1]))
        out: list[tuple[str, list[str]]] = []
        for span in cut:
            options = [w for w, _ in heard[span] if self.named_with([w]) & names]
            out.append((run[span[0]:span[1]], options))
        return out

    def _ranked_by_neighbours(self, slots: list[tuple[str, list[str]]], lone: set[int]) -> list[tuple[str, list[str]]]:
        """The options of each one-syllable word ranked by how many of the other loanwords' options one listed
        body's name carries beside them (선 sun beside 문 moon and 스타 star: DALIAN SUN MOON STAR ...), those no
        listed name carries with any neighbour dropped: a syllable alone sounds like too many words."""
        context = {i: frozenset().union(*(self.named_with([o]) for o in options))
                   for i, (_, options) in enumerate(slots) if options}
        out = list(slots)
        for i in lone:
            text, options = slots[i]

            def borne(option: str, i: int = i) -> int:
                names = self.named_with([option])
                covered: Counter[int] = Counter()
                for j, others in context.items():
                    if j != i:
                        covered.update(names & others)
                return max(covered.values(), default=0)

            scored = [(borne(o), k, o) for k, o in enumerate(options)]
            out[i] = (text, [o for b, _k, o in sorted(scored, key=lambda x: (-x[0], x[1])) if b > 0])
        return out

    def _spelled_whole(self, slots: list[tuple[str, list[str]]], loans: list[int]) -> Reading | None:
        """The name with each stretch of two or more loanwords in a row spelt back as one word: a foreign name
        the cut read as English words by their consonants (게페스트 cap + star is Gefest, 프리모례 free + mill is
        Primorye).  The rest stays as written, for the dictionary to read (해운물류회사); a Mandarin sound (단둥)
        is never joined."""
        foreign = {i for i in loans if not self._sound.chinese(slots[i][0])}
        parts: list[str] = []
        notes: list[str] = []
        sounds: list[str] = []
        i, joined = 0, False
        while i < len(slots):
            j = i
            while j < len(slots) and j in foreign:
                j += 1
            if j - i >= 2 and _foreign_syllables(run := "".join(text for text, _ in slots[i:j])):
                spelling = loanwords.loan_spelling(run)
                parts.append(f" {spelling} ")
                notes.append(f"{run} ({loanwords.SOURCE}) -> {spelling} (spelled)")
                sounds.append(spelling)
                i, joined = j, True
                continue
            parts.append(slots[i][0])
            i += 1
        if not joined:
            return None
        return Reading(re.sub(r"\s+", " ", "".join(parts)).strip(), tuple(notes), (), tuple(sounds))

    def named_with(self, words: Iterable[str]) -> frozenset[int]:
        """The listed bodies' names (their numbers in body_names) that carry every one of the words."""
        if self._named is None:
            named: dict[str, set[int]] = {}
            for k, name in enumerate(self.body_names):
                for w in name.split():
                    named.setdefault(w, set()).add(k)
            self._named = {w: frozenset(v) for w, v in named.items()}
        by_word = self._named
        found: frozenset[int] | None = None
        for w in sorted(set(words), key=lambda w: len(by_word.get(w, ()))):
            carrying = by_word.get(w, frozenset())
            found = carrying if found is None else found & carrying
            if not found:
                return frozenset()
        return found if found is not None else frozenset()

    def __getstate__(self) -> dict[str, object]:
        return {"words": self.words, "sense_words": self.sense_words, "body_names": self.body_names,
                "own_words": self.own_words, "wade_giles": self.wade_giles}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.words = state["words"]  # type: ignore[assignment]
        self.sense_words = state.get("sense_words", self.words)  # type: ignore[assignment]
        self.body_names = state.get("body_names", ())  # type: ignore[assignment]
        self.own_words = state.get("own_words", ())  # type: ignore[assignment]
        self.wade_giles = state.get("wade_giles")  # type: ignore[assignment]
        self._named = None
        self._prefixes = None
        self._initials = None
        self._loanwords = None
        self._listed = None
        self._abbreviated = {}
        self._by_acronym = None


_ACRONYM_BRACKET = re.compile(r"^(?P<name>.+?)\s*[(（]\s*(?P<acronym>[A-Z]{3,6})\s*[)）]$")
ACRONYM_CHOICES = 6  # listed names of one acronym tried
ACRONYM_SOURCE = "the listed names' initials; Korean readings from the hanja package, pinyin from pypinyin"
_ACRONYM_STOP = frozenset({"of", "and", "the", "for", "&"})
MAX_SPELT_SYLLABLES = 4  # of a run of the name spelt as one word (만수대 mansudae)


def _initials(body: str) -> set[str]:
    """A listed body's name's initials, function words left out (mopgc), and without the legal forms and
    generic words closing it (mop of MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES); three letters at least."""
    words = [w for w in body.split() if w not in _ACRONYM_STOP and w[:1].isalpha()]
    out = {"".join(w[0] for w in words)}
    while words and (term := LATIN.get(words[-1])) is not None and term.cls in ("legal", "generic"):
        words.pop()
        out.add("".join(w[0] for w in words))
    return {k for k in out if len(k) >= 3}


def _spellings_of(name: str) -> frozenset[str]:
    """The Latin spellings of each run of two to four syllables of a name in Hangul or characters: the Korean
    reading in the Revised and McCune-Reischauer romanizations, and the characters' pinyin."""
    from pypinyin import lazy_pinyin

    from chainlight.resolve.hangul import mccune_reischauer, revised

    out: set[str] = set()
    for run in re.findall(r"[\uac00-\ud7a3\u3400-\u9fff\uf900-\ufaff]+", name):
        hangul = "".join(korean_reading(c) or c for c in run) if any(is_han(c) for c in run) else run
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + MAX_SPELT_SYLLABLES) + 1):
                ko = hangul[i:j]
                if all(is_hangul(c) for c in ko):
                    out |= {revised(ko).lower(), mccune_reischauer(ko, breves=False, apostrophes=False).lower()}
                if any(is_han(c) for c in run[i:j]):
                    out.add("".join(lazy_pinyin(run[i:j])).lower())
    return frozenset(out)


def _leads(options: list[tuple[str, float]]) -> bool:
    """Whether a word's likeliest listed spelling (ListedSounds.near, options not empty) leads the next by
    LONE_LEAD: a word read alone is offered only one spelling the lists write."""
    return len(options) == 1 or options[0][1] - options[1][1] >= LONE_LEAD


def _foreign_apart(name: str) -> bool:
    """A Hangul name written as the orthography writes a foreign person's or ship's name, its words apart (아카디
    체르니스네프), or one word ending as a Russian name does (코즐로프): a name of one word else may be a Korean
    word run together with a loanword (대성그룹, 하나마이크론), which no listed spelling of a whole word reads."""
    return len(name.split()) > 1 or foreign_names.russian_looking(name)


def _foreign_person(name: str) -> list[Reading]:
    """A foreign person's name in Hangul or in Chinese transliteration characters written back in Latin letters
    (foreign_names.py): 알렉산드르 안드레예비치 게예보이 -> aleksandr andreyevich geyevoy, 亞歷山大·安德列耶維奇·
    加耶沃伊 -> alesand andeleyevich gayevoi.  Each word must be carried by its sound by the listed name found.
    In Hangul only names of Hangul words alone, each with a syllable no Hanja reads (a Korean's name or a
    Sino-Korean word is read otherwise: 랴오닝단싱 국제운송 is a Chinese firm), or one of them when a word ends
    as a Russian name does (게예보이 has no such syllable, 안드레예비치 does), of two syllables each: a
    one-syllable word is a Korean surname or a letter."""
    words = name.split()
    if words and len(words) <= foreign_names.MAX_WORDS and all(all(is_hangul(c) for c in w) for w in words) \
            and (all(_foreign_syllables(w) for w in words)
                 or (foreign_names.russian_looking(name) and any(_foreign_syllables(w) for w in words))):
        read, source = foreign_names.hangul_person(name), foreign_names.HANGUL_SOURCE
    else:
        read, source = foreign_names.chinese_person(name), foreign_names.CHINESE_SOURCE
    if read is None:
        return []
    return [Reading(read, (f"{name} ({source}) -> {read} (spelled)",), (), tuple(read.split()))]


@lru_cache(maxsize=1)
def _chinese_surnames() -> frozenset[str]:
    """The commonest Chinese surnames in pinyin (readings.CHINESE_SURNAMES, read by pypinyin)."""
    from chainlight.resolve.readings import CHINESE_SURNAMES, _han_readings

    return frozenset(r for ch in CHINESE_SURNAMES for r in _han_readings(ch))


def _senses_of(heads: tuple[str, ...]) -> Iterable[tuple[str, str, str, frozenset[str], frozenset[str]]]:
    """(headword, the sense as a note cites it, the sense, the entry's named senses and capitalised words) for
    each headword: CC-CEDICT's senses, then JMdict's that CC-CEDICT does not give (貨物 goods; commodity in
    Chinese, freight; cargo in Japanese and Korean use)."""
    for head in heads:
        chinese = cedict.lookup(head)
        given = set(chinese.senses) if chinese is not None else set()
        for entry, prefix in ((chinese, ""), (jmdict.lookup(head), f"{jmdict.NAME}: ")):
            if entry is None:
                continue
            for sense in entry.senses:
                if not prefix or sense not in given:
                    yield head, prefix + sense, sense, entry.named, entry.capitalised
        # ... then the form it takes in the closed compounds that gloss its compounds (航空邮件 "airmail": 航空 air)
        for english, compound, gloss in cedict.closed_compound_senses(head):
            if english not in given:
                yield head, f"{compound} \"{gloss}\", {english} before it", english, frozenset(), frozenset()


@lru_cache(maxsize=1)
def _latin_spellings() -> dict[str, tuple[str, ...]]:
    """A vocabulary word's canonical English -> the one-word spellings listed names write it with (company: co,
    company, cie), its head's synonyms too (bureau: administration)."""
    out: dict[str, list[str]] = {}
    for spelling, term in LATIN.items():
        if " " not in spelling and " " not in term.english:
            out.setdefault(term.english, []).append(spelling)
    for head, synonyms in HEAD_SYNONYMS.items():
        for synonym in synonyms:
            out.setdefault(head, [head]).extend(out.get(synonym, [synonym]))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _ranked_by_lists(t: Translator, ps: list[Piece],
                     choices: dict[int, list[tuple[str, str, str, bool]]]) -> dict[int, list[tuple[str, str, str, bool]]]:
    """Each word's options ranked by how many of the name's other words one listed body's name writes beside
    them (건축 is 'architectural' beside 해외, 기술 and 서비스, as MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND
    TECHNICAL SERVICES is named, though 'construction' is its first sense): the combination budget is spent
    first on the senses that can find a list entry."""
    if not t.body_names or not any(len(c) > 1 for c in choices.values()):
        return choices
    # what each other word may be in a listed name: its options, or the spellings of its vocabulary head word
    context: dict[int, frozenset[int]] = {}
    named: dict[str, frozenset[int]] = {}

    def carrying(english: str) -> frozenset[int]:
        if english not in named:
            named[english] = t.named_with(english.split())
        return named[english]

    spellings = _latin_spellings()
    for i, p in enumerate(ps):
        if i in choices:
            context[i] = frozenset().union(*(carrying(o[2]) for o in choices[i]))
        elif p.kind == "vocab":
            own = HANZI.get(simplified(p.text)) if all(is_han(c) for c in p.text) else HANGUL.get(p.text)
            if own is not None:
                groups = [spellings.get(w, (w,)) for w in own.english.split()]
                context[i] = frozenset().union(*(t.named_with([g]) for g in groups[-1])) if groups else frozenset()
    out: dict[int, list[tuple[str, str, str, bool]]] = {}
    for i, options in choices.items():
        if len(options) < 2:
            out[i] = options
            continue

        def score(option: tuple[str, str, str, bool], i: int = i) -> int:
            names = carrying(option[2])
            if not names:
                return -1
            covered: Counter[int] = Counter()  # listed name -> how many of the other words it carries
            for j, others in context.items():
                if j != i:
                    covered.update(names & others)
            return max(covered.values(), default=0)

        # those a listed name bears out best come first, the rest after them in dictionary order: a sense
        # merely better borne out than the first (affairs of 軍事 "military affairs", beside 委員会 in STATE
        # AFFAIRS COMMISSION) is no likelier the one meant, and must not crowd out the first's neighbours
        scores = [score(o) for o in options]
        best = max(scores)
        order = sorted(range(len(options)), key=lambda k: scores[k] < best)
        out[i] = [options[k] for k in order]
    return out


def _names_north_korea(p: Piece) -> bool:
    """The piece names North Korea: 조선 朝鮮 (the analyser's word of the country kp) or 북한 北韓 북조선 北朝鮮."""
    if p.text in NORTH_KOREA_WORDS:
        return True
    term = HANZI.get(simplified(p.text)) if all(is_han(c) for c in p.text) else HANGUL.get(p.text)
    return term is not None and term.country == "kp"


def _korean_read_at(ps: list[Piece], first: int | None) -> frozenset[int]:
    """The pieces a translation may keep in their Korean reading: all of the name's words where a word names North
    Korea; else only its first word, the own name a Korean body's name opens with."""
    if any(_names_north_korea(p) for p in ps):
        return frozenset(range(len(ps)))
    return frozenset() if first is None else frozenset({first})


def _one_character_vocab(ch: str) -> Term | None:
    """A one-character word of the vocabulary, a character also by its Korean reading (部 is 부, department)."""
    if is_hangul(ch):
        return HANGUL.get(ch)
    return HANZI.get(simplified(ch)) or HANGUL.get(korean_reading(ch) or "")


def _vocab_ended(t: Translator, ps: list[Piece]) -> list[Piece]:
    """A dictionary word ending in a one-character word of the vocabulary (指導部 "leadership", 指導 + 部
    department) cut into the two where no listed body's name carries the whole word's senses and one carries
    the shorter word's beside the vocabulary word's English (ORGANIZATION AND GUIDANCE DEPARTMENT)."""
    if not t.body_names:
        return ps
    out: list[Piece] = []
    spellings = _latin_spellings()
    for p in ps:
        last, stem = p.text[-1], p.text[:-1]
        han = all(is_han(c) for c in p.text)
        own = _one_character_vocab(last) if p.kind == "word" else None
        if own is None or len(stem) < 2 or " " in own.english:
            out.append(p)
            continue
        heads = _han_heads(simplified(stem)) if han else sino_heads(stem)
        tail = frozenset().union(*(t.named_with([w]) for w in spellings.get(own.english, (own.english,))))
        if heads and not any(t.named_with(o[2].split()) for o in t.senses(p.heads)) \
                and any(not t.named_with(o[2].split()).isdisjoint(tail) for o in t.senses(heads)):
            out += [Piece(stem, "word", heads), Piece(last, "vocab")]
        else:
            out.append(p)
    return out


def _readings(t: Translator, name: str) -> Iterable[Reading]:
    ps = _vocab_ended(t, pieces(name))
    words = [i for i, p in enumerate(ps) if p.kind == "word"]
    # (a name whose own words come first in Latin letters, as a sounded reading writes them, has no such word:
    # dalian haibo 국제 화물)
    first = next((i for i, p in enumerate(ps) if p.kind not in ("space", "vocab")), None)
    if first is not None and ps[first].kind not in ("word", "name"):
        first = None
    # the first word of a name is most often the firm's own (용봉 龍鳳, dragon and phoenix): it is read only
    # by a whole sense or its head word, never by another word picked out of it; of a name that is that word
    # and vocabulary alone (노동성, labour + ministry), the word is the whole description and has as many
    # readings as any other (勞動 "physical labor" is labor, its sixth)
    alone = all(p.kind in ("space", "vocab") for i, p in enumerate(ps) if i != first)
    first_choices = SENSE_CHOICES if alone else FIRST_CHOICES
    choices = {i: [o for o in t.senses(ps[i].heads) if o[3] or i != first][:first_choices if i == first
                                                                          else SENSE_CHOICES] for i in words}
    # a word in characters may be written for its homophone (侦查 for 侦察, reconnaissance): the homophone's
    # senses come after the word's own, and not for a name's first word (the firm's own name) unless the rest is
    # vocabulary (侦查总局)
    for i in words:
        if (i != first or alone) and all(is_han(c) for c in ps[i].text) \
                and (alike := cedict.homophones(simplified(ps[i].text))):
            own_senses = {o[2] for o in choices[i]}
            choices[i] = [*choices[i], *[(h, f"{label} (a homophone of {ps[i].text})", english, whole)
                                         for h, label, english, whole in t.senses(alike)
                                         if english not in own_senses][:HOMOPHONE_CHOICES]]
    # a vocabulary word the dictionary reads more fully (外貿 is "trading" to the analyser, "foreign trade" to
    # CC-CEDICT, as the FOREIGN TRADE BANK is named): the fuller sense is an option too
    for i, p in enumerate(ps):
        if p.kind == "vocab" and (fuller := t.fuller_senses(p.text)):
            # ... beside the analyser's own word, which a listed name may use alone (해운 "shipping by sea" is
            # shipping, as in PRIMORYE MARITIME LOGISTICS, which the analyser reads as shipping)
            own = HANZI.get(simplified(p.text)) if all(is_han(c) for c in p.text) else HANGUL.get(p.text)
            choices[i] = fuller + ([(p.text, VOCABULARY, own.english, True)] if own is not None else [])
    # a Hangul word no dictionary sense reads may be an English word written by its sound (그린 파인)
    for i, p in enumerate(ps):
        if p.kind in ("word", "name") and not choices.get(i) and len(p.text) >= 2 and _foreign_syllables(p.text):
            choices[i] = t.loanword_senses(p.text)
    # a Chinese firm's own name written in Hangul by the Korean reading of its characters (천보 天寶, TIANBAO):
    # read back into the pinyin a listed name spells.  Only the first word, the firm's own name, which the lists
    # spell by sound: they translate the words after it (물류 is LOGISTICS, not wuliu)
    # spell by sound, or the word after a Chinese city read by its sound (dalian 천보국제물류)
    named = [i for i, p in enumerate(ps) if p.kind not in ("space", "vocab")]
    at = first if first is not None else \
        named[1] if len(named) > 1 and ps[named[0]].text in cedict.chinese_cities() else None
    own_text = ps[at].text if at is not None else ""
    if at is not None and ps[at].kind in ("word", "name") and all(is_hangul(c) for c in own_text) \
            and not _foreign_syllables(own_text) and (read := t.chinese_by_korean_reading(own_text, ps[at].heads)):
        choices[at] = read + choices.get(at, [])
    # a Chinese firm's own name no dictionary has as a word may be rendered character by character (富地
    # Rich Earth, 银星 Silver Star)
    for i, p in enumerate(ps):
        if p.kind == "name" and not choices.get(i) and 2 <= len(p.text) <= MAX_CHARACTER_WORDS \
                and all(is_han(c) for c in p.text):
            choices[i] = t.character_senses(simplified(p.text))
    choices = {i: c for i, c in choices.items() if c}
    if not choices:
        return
    choices = _ranked_by_lists(t, ps, choices)
    has_han = any(is_han(c) for c in name)
    # a word in characters is kept in its Korean reading where the name gives a sign of being Korean: a word naming
    # North Korea, or the word opening the name as a Korean body's own name does (大同信用銀行, 대동 credit bank).
    # A Japanese firm's name opens with its trade as often as with its own name (商船三井, Mitsui O.S.K. Lines: 三井 is
    # no 삼정 of KOREA SAMJONG SHIPPING), and a Chinese one's own word after its trade is read in Mandarin
    korean_at = _korean_read_at(ps, first)
    # one word and 부 部, nothing naming North Korea: no ministry (vocab.MINISTRY_ABROAD)
    said = [p for p in ps if p.kind != "space"]
    abroad = len(said) == 2 and not any(_names_north_korea(p) for p in said)
    seen: set[str] = set()
    later: list[Reading] = []  # readings with a head noun's other rendering (부: ministry), given last
    made = 0
    for keep_first in (True, False):
        translated = [i for i in choices if not (keep_first and i == first and len(ps) > 1)]
        if not translated:
            continue
        # the readings keeping the first word leave half the budget to those translating it too (第二经济委员会
        # is SECOND ECONOMIC COMMITTEE: its other words' many senses must not use it all up)
        budget = MAX_READINGS // 2 if keep_first and first in choices and len(ps) > 1 else MAX_READINGS
        # the options' combinations, those of the words' first senses first (rank sums 0, 1, 2, ...)
        for ks in first_combinations([len(choices[i]) for i in translated], MAX_COMBINATIONS):
            if made >= budget:
                break
            chosen = dict(zip(translated, ks, strict=True))
            for korean in ((False, True) if has_han else (False,)):
                parts: list[str] = []
                notes: list[str] = []
                english_words: list[str] = []
                heads: list[tuple[int, str]] = []  # (part, another rendering of the head noun written there)
                for i, p in enumerate(ps):
                    if i in chosen:
                        headword, sense, english, _ = choices[i][chosen[i]]
                        parts.append(f" {english} ")
                        english_words += english.split()
                        head = "" if headword == p.text else f" = {headword}"
                        cited = sense.startswith((loanwords.SOURCE, f"{jmdict.NAME}: ", VOCABULARY,
                                                  KOREAN_READING_SOURCE))
                        source = "" if cited else f"{DICTIONARY}: "
                        notes.append(f"{p.text}{head} ({source}{sense}) -> {english}")
                    # words left untranslated stay joined as written (crude oil 공업성, not 공업 성: the
                    # analyser reads a one-syllable word such as 성, ministry, only after a word)
                    elif korean and p.kind in ("word", "name") and i in korean_at and (ko := korean_reading(p.text)):
                        parts.append(ko)
                    elif p.kind == "vocab" and len(p.text) == 1 and i - 1 in chosen \
                            and (one := _one_character_vocab(p.text)) is not None:
                        # a one-syllable word after a translated one (국제 freight 사, labor 성) would stand
                        # alone, where the analyser reads it only after a word: it is written in English too
                        parts.append(f" {one.english} ")
                        # ... and, a state body's head noun the lists render two ways (부 department or ministry:
                        # 朝鮮勞動部 is MINISTRY OF LABOR), each way, as the analyser renders it in Hangul
                        heads += [(len(parts) - 1, f" {alt} ") for alt in HEAD_SYNONYMS.get(one.english, ())
                                  if not (abroad and MINISTRY_ABROAD.get(p.text) == alt)]
                    else:
                        parts.append(p.text if p.kind != "space" else " ")
                text = re.sub(r"\s+", " ", "".join(parts)).strip()
                # the head's other renderings after every reading of its first: they must not use up the budget
                later += [Reading(re.sub(r"\s+", " ", "".join([*parts[:k], alt, *parts[k + 1:]])).strip(), tuple(notes),
                                  tuple(english_words), (), first is not None and first in chosen) for k, alt in heads]
                heads = []
                if text not in seen:
                    seen.add(text)
                    made += 1
                    yield Reading(text, tuple(notes), tuple(english_words), (), first is not None and first in chosen)
                if made >= MAX_READINGS:
                    break
            if made >= MAX_READINGS:
                break
    for reading in later[:MAX_HEAD_READINGS]:
        if reading.text not in seen:
            seen.add(reading.text)
            yield reading
