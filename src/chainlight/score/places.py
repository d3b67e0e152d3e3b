"""Does an address or name put a party in North Korea or Xinjiang?  Spellings are data (places.yml)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

PLACES_FILE = Path(__file__).with_name("places.yml")


def fold(text: str) -> str:
    """Lower case without diacritics or apostrophes: "P'yŏngyang" -> "pyongyang"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"['’ʼ`]", "", unicodedata.normalize("NFKC", bare)).lower()


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[str, str, re.Pattern[str]]]]:
    """Per region, (canonical name, folded spelling, its pattern) in the file's order."""
    data = yaml.safe_load(PLACES_FILE.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for region, spec in data.items():
        pats = []
        for spellings in spec["places"]:
            canonical = str(spellings[0])
            for s in spellings:
                spelt = fold(str(s))
                f = re.escape(spelt)
                # Latin spellings must stand as words ("Rason" not inside "Frasonia"); CJK has no spaces.
                pats.append((canonical, spelt,
                             re.compile(rf"(?<![a-z]){f}(?![a-z])" if _is_latin(str(s)) else f)))
        out[str(region)] = pats
    return out


def find_places(region: str, *texts: str | None) -> list[str]:
    """Canonical names of the region's places named in any of the texts."""
    found: list[str] = []
    for text in texts:
        if not text:
            continue
        for canonical in _places_in(region, text):
            if canonical not in found:
                found.append(canonical)
    return found


@lru_cache(maxsize=1 << 17)
def _places_in(region: str, text: str) -> tuple[str, ...]:
    """The region's places one text names, in the patterns' order: a screen asks of each party's names and
    addresses for two regions, and the same address for many parties (a million shipments: ~45,000 parties)."""
    folded = fold(text)
    found: list[str] = []
    for canonical, spelt, pat in _patterns()[region]:
        # a pattern matches only where its spelling stands: the substring test (C speed) passes over the
        # many spellings a text does not hold before any regular expression runs
        if spelt in folded and canonical not in found and pat.search(folded):
            found.append(canonical)
    return tuple(found)
