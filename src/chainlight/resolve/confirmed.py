"""Names analysts have tied to a listed body in public documents: a store of confirmed judgements.

A body's name as the press writes it (고려항공 무역회사, 大連宇聯船務有限公司, 뉴이스턴 쉬핑) is often one no reading
finds: the list writes an English rendering (AIR KORYO TRADING CORPORATION, DALIAN UNITED SHIPPING AGENCY, NEW
EASTERN SHIPPING) that neither sound nor dictionary gives.  Once an analyst has read the document and tied the name
to the body, the same name written again, up to case, spaces, punctuation and simplified or traditional characters,
is that body: as nomenklatura's resolver keeps analysts' decisions and applies them before any scoring.

The store is `data/confirmed_names.csv`: the listed bodies' names of the real-world sets nobody on this project
wrote (benchmarks/resolve/realworld, each row read on a public page whose address it keeps), written by
benchmarks/resolve/realworld/confirmed_names.py from the sets whose both halves have been scored.  It holds no
person's name (a person's name alone has namesakes), and no written form the sets tie to two bodies or to an unlisted
look-alike (1,729 written forms of sets 1-26 since readings_v57).  A name written with a bracketed aside is looked up
without it too (readings_v22; LOSO with the store built without the set scored: 1594 -> 1596 of 1,796, no wrong body
or look-alike added).  Judged leave-one-set-out on the 14 seen sets (benchmarks/resolve/realworld/loso_fit.py): rank-1 recall
0.8752 -> 0.8862 mean of sets [0.777-0.962 per set], no wrong body and no look-alike added (1501 -> 1520 of 1,703).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chainlight.resolve import hanzi

SOURCE = "confirmed_names.csv"
PATH = Path(__file__).resolve().parent / "data" / SOURCE
MIN_KEY = 2  # characters a written form keeps at least: one character says too little to be remembered
_UNWRITTEN = re.compile(r"[\s·・.\-,()（）]+")


@dataclass(frozen=True)
class Confirmed:
    ids: tuple[str, ...]  # the list entries the name was tied to (ofac-…, un-…)
    name: str  # the name as the document wrote it
    publisher: str
    source_url: str


def written_key(name: str) -> str:
    """A name as the store compares it: case, spaces, punctuation and simplified/traditional forms aside."""
    text = unicodedata.normalize("NFKC", name).lower()
    return _UNWRITTEN.sub("", text if text.isascii() else hanzi.simplified(text))


_override: list[dict[str, Confirmed] | None] = [None]


def use(t: dict[str, Confirmed] | None) -> None:
    """Answer from another store (a leave-one-set-out fold's, built without the set it scores), or again from the
    file's (None).  A matcher keeps the owners of the ids it has looked up: measure with a fresh one, or drop them."""
    _override[0] = t


def table() -> dict[str, Confirmed]:
    t = _override[0]
    return t if t is not None else _file_table()


@lru_cache(maxsize=1)
def _file_table() -> dict[str, Confirmed]:
    with PATH.open(encoding="utf-8", newline="") as f:
        return {row["key"]: Confirmed(tuple(row["ids"].split()), row["name"], row["publisher"], row["source_url"])
                for row in csv.DictReader(f)}


def _exact(name: str) -> Confirmed | None:
    key = written_key(name[:200])  # a confirmed name is a name, not a page
    return table().get(key) if len(key) >= MIN_KEY else None


_BRACKET = re.compile(r"[(（\[［][^()（）\[\]［］]*[)）\]］]")


def lookup(name: str) -> Confirmed | None:
    """The confirmed judgement for a name written so, if any; else for the name without its bracketed asides (its
    other script, an acronym, 音译: 서방해운주식회사(瑞邦海運股份有限公司) is 서방해운주식회사 written again), unless
    an aside is itself a confirmed name of another body."""
    if (hit := _exact(name)) is not None:
        return hit
    outside = _BRACKET.sub(" ", name[:200])
    if outside == name[:200] or (hit := _exact(outside)) is None:
        return None
    asides = (_exact(m.group(0)[1:-1]) for m in _BRACKET.finditer(name[:200]))
    return hit if all(a is None or a.ids == hit.ids for a in asides) else None
