"""hs_v11: Korean loanwords read back as the English trade words they spell (option `loanword_table`).

Korean writes an English word by its sound (트위드 tweed, 오거나이저 organizer, 헤일로 halo), and no dictionary of
meanings holds most of them.  The table hs_v11/loanwords.csv gives the Hangul spellings of the English words of the
vocabulary's own terms, written by rule from their pronunciation (the CMU Pronouncing Dictionary and the loanword
orthography of 1986; benchmarks/classify/loanword_table.py writes it).  A part of a Hangul run that no vocabulary
term covers is read as the English word it spells: the whole part, or the part cut into two or three spellings of
the table (샤워캡 = 샤워 + 캡 "shower cap").  The title is then read again with those English words in place, so the
vocabulary's English terms (and its phrases: shower cap, lace front) name the good.  Parts the table does not spell
whole are left as they are: a Korean word that only begins like a loanword is not read.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from chainlight.classify.matcher import Hit

TABLE = "hs_v11/loanwords.csv"
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
MAX_PIECES = 3
MIN_PIECE = 2  # syllables: one-syllable spellings are not in the table either


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    text = (resources.files("chainlight.classify") / "hs_v11" / "loanwords.csv").read_text("utf-8")
    return {r["hangul"]: r["english"] for r in csv.DictReader(io.StringIO(text))}


def _cut(part: str, pieces: int) -> list[str] | None:
    """The part as whole spellings of the table, longest first, in at most `pieces` pieces."""
    words = table()
    if part in words:
        return [words[part]]
    if pieces <= 1:
        return None
    for k in range(len(part) - MIN_PIECE, MIN_PIECE - 1, -1):
        head = part[:k]
        if head in words and (rest := _cut(part[k:], pieces - 1)) is not None:
            return [words[head], *rest]
    return None


def _uncovered(start: int, end: int, hits: list[Hit]) -> list[tuple[int, int]]:
    spans, pos = [], start
    for h in sorted(hits, key=lambda h: h.start):
        if h.end <= pos or h.start >= end:
            continue
        if h.start > pos:
            spans.append((pos, h.start))
        pos = max(pos, h.end)
    if pos < end:
        spans.append((pos, end))
    return spans


def read_loanwords(text: str, hits: list[Hit]) -> str | None:
    """The text with each uncovered Hangul part the table spells replaced by its English; None when none is."""
    out, last, changed = [], 0, False
    for run in _HANGUL_RUN.finditer(text):
        for a, b in _uncovered(run.start(), run.end(), hits):
            if b - a < MIN_PIECE:
                continue
            english = _cut(text[a:b], MAX_PIECES)
            if english is None:
                continue
            out.append(text[last:a])
            out.append(" " + " ".join(english) + " ")
            last, changed = b, True
    if not changed:
        return None
    out.append(text[last:])
    return " ".join("".join(out).split())
