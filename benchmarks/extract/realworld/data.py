"""The real-world set: documents (stored whole, or as short quotes) and the claims annotated on them.

`load()` reads claims.yml and the texts, checks that every quote is where the claim says it is and that
quotes of copyrighted texts stay short, and returns one `Unit` per piece of text the runner scores: a
whole document, or one stored quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
TYPES = ("facility", "organisation", "goods", "period", "quantity", "destination", "channel")
MAX_QUOTE_WORDS = 25
LANGS = ("en", "ko", "zh")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def quote_words(quote: str, lang: str = "en") -> float:
    """Words of a stored quote: whitespace-separated words; in a Chinese quote two Han characters count as one
    word (Chinese is written without spaces; a Chinese word is about two characters long)."""
    if lang != "zh":
        return len(quote.split())
    han = len(_HAN.findall(quote))
    rest = _HAN.sub(" ", quote).split()
    return len(rest) + han / 2


@dataclass(frozen=True)
class Gold:
    type: str
    values: tuple[str, ...]  # one key, or the names an organisation or facility goes by
    quote: str
    start: int  # offsets of the quote in the unit's text
    end: int


@dataclass
class Unit:
    doc: str
    part: str  # "whole" or the quote's id
    lang: str
    split: str
    text: str
    published: str | None
    publisher: str
    url: str
    gold: list[Gold] = field(default_factory=list)


class SetError(ValueError):
    pass


def load(path: Path = HERE / "claims.yml") -> list[Unit]:
    docs = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]
    units: list[Unit] = []
    seen: set[str] = set()
    for d in docs:
        if d["id"] in seen:
            raise SetError(f"{d['id']}: id used twice")
        seen.add(d["id"])
        if d["split"] not in ("dev", "heldout") or d["lang"] not in LANGS:
            raise SetError(f"{d['id']}: split must be dev|heldout and lang one of {'|'.join(LANGS)}")
        published = str(d["published"]) if d.get("published") else None
        if d["stored"] == "whole":
            texts = {"whole": (path.parent / d["file"]).read_text(encoding="utf-8")}
        elif d["stored"] == "quotes":
            texts = {k: str(v) for k, v in d["quotes"].items()}
            for k, q in texts.items():
                if quote_words(q, d["lang"]) > MAX_QUOTE_WORDS:
                    raise SetError(f"{d['id']} {k}: {quote_words(q, d['lang'])} words, more than {MAX_QUOTE_WORDS}")
        else:
            raise SetError(f"{d['id']}: stored must be whole or quotes")
        by_part = {k: Unit(d["id"], k, d["lang"], d["split"], t, published, d["publisher"], d["url"])
                   for k, t in texts.items()}
        for c in d["claims"]:
            part = c.get("in", "whole")
            unit = by_part.get(part)
            if unit is None:
                raise SetError(f"{d['id']}: claim {c} names no stored text")
            if c["type"] not in TYPES:
                raise SetError(f"{d['id']}: unknown claim type {c['type']}")
            quote = str(c["quote"])
            at = unit.text.find(quote)
            if at < 0:
                raise SetError(f"{d['id']} {part}: quote not in the text: {quote!r}")
            values = c["value"] if isinstance(c["value"], list) else [c["value"]]
            unit.gold.append(Gold(c["type"], tuple(str(v) for v in values), quote, at, at + len(quote)))
        units.extend(by_part.values())
    return units


def summary(units: list[Unit]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for u in units:
        key = f"{u.lang}/{u.split}"
        row = out.setdefault(key, {"docs": set(), "claims": {}})
        row["docs"].add(u.doc)
        for g in u.gold:
            row["claims"][g.type] = row["claims"].get(g.type, 0) + 1
    return out
