"""JMdict, the Japanese–English dictionary, as the `jamdict-data` package ships it: the Sino-Korean words
CC-CEDICT does not have.

Korean and Japanese share many words written with characters that Chinese writes otherwise or not at all:
아연 亞鉛 (zinc; Chinese 锌), 원자력 原子力 (atomic energy), 교정 矯正 (correction), 선전선동 宣傳煽動
(propaganda and agitation), 항공 航空 (aviation).  North Korean bodies are named with these words
(조선아연공업총회사, KOREA ZINC INDUSTRIAL GROUP; 원자력총국, GENERAL BUREAU OF ATOMIC ENERGY), and so are
the Japanese documents that write them in kanji.  Only headwords of two to four characters, all of them
characters, are read: the words of a name, not phrases or kana.  Headwords are keyed, as CC-CEDICT's are, by
their traditional form (Japanese shinjitai made traditional by OpenCC's jp2t: 総局 is 總局) and by the
simplified one.

Licence: JMdict is the property of the Electronic Dictionary Research and Development Group and is used under
its licence (CC BY-SA, https://www.edrdg.org/edrdg/licence.html); chainlight reads the package's copy at run
time and ships none of it.  Without the package installed, the table is empty and only CC-CEDICT is read.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from chainlight.resolve.cedict import Entry, entry_of
from chainlight.resolve.derived import derived
from chainlight.resolve.normalize import is_han

PACKAGE = "jamdict_data"
SOURCE = "JMdict (EDRDG, CC BY-SA), via the jamdict-data package"
NAME = "JMdict"
MIN_CHARS, MAX_CHARS = 2, 4  # as translation.MAX_WORD_CHARS: longer headwords are set phrases

_QUERY = """
    SELECT k.text, s.ID, g.text
    FROM Kanji k JOIN Sense s ON s.idseq = k.idseq JOIN SenseGloss g ON g.sid = s.ID
    WHERE length(k.text) BETWEEN ? AND ? AND (g.lang = 'eng' OR g.lang IS NULL)
    ORDER BY k.ID, s.ID, g.rowid
"""


def database() -> Path | None:
    """The package's SQLite file, or None when the package is not installed."""
    try:
        import jamdict_data
    except ImportError:
        return None
    path = Path(jamdict_data.JAMDICT_DB_PATH)
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[str, str, str]]:
    """Every headword -> (traditional, simplified, glosses): see _read (kept on disk between runs: derived.py)."""
    return derived("jmdict", "1", ("jamdict-data", "opencc"), _read)


def _read() -> dict[str, tuple[str, str, str]]:
    """Every headword (traditional and simplified) -> (traditional, simplified, its glosses written as
    CC-CEDICT writes them: senses between slashes, a sense's glosses between semicolons).  Built from the
    package's database on first use (~1 s); a word already met under another spelling keeps its first
    glosses."""
    path = database()
    if path is None:
        return {}
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = con.execute(_QUERY, (MIN_CHARS, MAX_CHARS)).fetchall()
    finally:
        con.close()
    senses: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for head, sense, gloss in rows:
        if all(is_han(c) for c in head):
            senses[head][sense].append(gloss.replace("/", " ").replace(";", ","))
    heads = list(senses)
    traditional, simplified = _forms(heads)
    table: dict[str, tuple[str, str, str]] = {}
    for head, trad, simp in zip(heads, traditional, simplified, strict=True):
        glosses = "/" + "/".join("; ".join(g) for g in senses[head].values()) + "/"
        for key in dict.fromkeys((trad, simp, head)):
            table.setdefault(key, (trad, simp, glosses))
    return table


def _forms(heads: list[str]) -> tuple[list[str], list[str]]:
    """Each headword's traditional and simplified forms, converted in one pass of OpenCC each."""
    from chainlight.resolve.hanzi import _JP2T, _T2S

    joined = "\n".join(heads)
    traditional = str(_JP2T.convert(joined)).split("\n")
    simplified = str(_T2S.convert("\n".join(traditional))).split("\n")
    if len(traditional) != len(heads) or len(simplified) != len(heads):  # a converter that joined lines
        traditional = [str(_JP2T.convert(h)) for h in heads]
        simplified = [str(_T2S.convert(t)) for t in traditional]
    return traditional, simplified


@lru_cache(maxsize=50_000)
def lookup(word: str) -> Entry | None:
    found = dictionary().get(word)
    return None if found is None else entry_of(*found)


_READINGS_QUERY = """
    SELECT r.text, k.text, EXISTS (SELECT 1 FROM KNP p WHERE p.kid = r.ID) AS common
    FROM Kana r JOIN Kanji k ON k.idseq = r.idseq
    WHERE length(k.text) BETWEEN ? AND ?
    ORDER BY r.ID, k.ID
"""
MAX_SPELLINGS = 3  # headwords in characters offered for a word written in hiragana


@lru_cache(maxsize=1)
def readings() -> dict[str, tuple[str, ...]]:
    """A reading in hiragana -> the headwords in characters that JMdict gives it (kept on disk: derived.py)."""
    return derived("jmdict-readings", "1", ("jamdict-data",), _read_readings)


def _read_readings() -> dict[str, tuple[str, ...]]:
    """Each reading of two kana or more in hiragana -> its headwords of MIN_CHARS to MAX_CHARS characters, those
    of a common word (JMdict's priority marks on the reading: news1, ichi1 ...) first, then in the dictionary's
    order: こうくう -> 航空 (aviation), 高空, 口腔."""
    path = database()
    if path is None:
        return {}
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = con.execute(_READINGS_QUERY, (MIN_CHARS, MAX_CHARS)).fetchall()
    finally:
        con.close()
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for n, (kana, head, common) in enumerate(rows):
        if len(kana) >= 2 and all("\u3041" <= c <= "\u309f" for c in kana) and all(is_han(c) for c in head):
            found[kana].append((0 if common else 1, n, head))
    return {k: tuple(dict.fromkeys(h for _c, _n, h in sorted(v))) for k, v in found.items()}


def spelled_in_characters(kana: str) -> tuple[str, ...]:
    """The headwords in characters a word written in hiragana is the reading of (at most MAX_SPELLINGS, the
    commonest first): the Sino-Japanese word behind it, whose senses the dictionaries give (こうくう 航空)."""
    return readings().get(kana, ())[:MAX_SPELLINGS]
