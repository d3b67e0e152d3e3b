"""Country names -> ISO 3166-1 alpha-2 codes (lower case, as FollowTheMoney writes them).

Every list spells countries its own way: OFAC writes "Korea, North" and "Burma", the UN writes
"Democratic People's Republic of Korea", the EU gives ISO codes, Korean and Chinese sources write 조선 or
中国.  The spellings are lookup data in `countries.csv` beside this module, not code, so a new spelling is a
one-line fix.  Lookups ignore case, accents, punctuation and a leading or trailing "the".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("countries.csv")
# Values that mean "no country"; mapping them to None keeps them out of countries without a warning.
_NO_COUNTRY = {"", "0", "none", "none identified", "undetermined", "unknown", "stateless", "n a", "na"}


def normalize(name: str) -> str:
    """The lookup key: "Côte d’Ivoire" -> "cote d ivoire", "Bahamas, The" -> "bahamas"."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    # CJK and Hangul are kept; only Latin punctuation becomes a space.
    text = re.sub(r"[\s.,'’()\-&/:;\"]+", " ", text).strip()
    text = re.sub(r"^the |\bthe$", "", text).strip()
    return text.replace(" and ", " ").replace(" ", "") if _is_latin(text) else text.replace(" ", "")


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


@cache
def _table() -> dict[str, list[str]]:
    with _TABLE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {row["code"]: row["names"].split("|") for row in rows}


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, names in _table().items():
        for name in names:
            index.setdefault(normalize(name), code)
    return index


def codes() -> frozenset[str]:
    """Every alpha-2 code the table knows."""
    return frozenset(_table())


def country_name(code: str) -> str | None:
    """The English name of a code: "kp" -> "North Korea"."""
    names = _table().get(code.lower())
    return names[0] if names else None


def to_iso2(name: str | None) -> str | None:
    """"Korea, North" -> "kp", "中国" -> "cn", "KP" -> "kp"; None when the value names no known country."""
    if name is None:
        return None
    text = name.strip()
    if normalize(text) in _NO_COUNTRY:
        return None
    if len(text) == 2 and text.isascii() and text.lower() in codes():
        return text.lower()
    return _index().get(normalize(text))


def to_iso2_list(values: list[str] | tuple[str, ...]) -> list[str]:
    """Codes of the values that name a country, in first-seen order and without repeats."""
    out: list[str] = []
    for value in values:
        code = to_iso2(value)
        if code and code not in out:
            out.append(code)
    return out
