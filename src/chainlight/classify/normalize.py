"""Text and code normalization shared by the vocabulary and the matcher.

Both sides go through the same function, so a term written "T-Shirt" in the YAML meets "T SHIRT" on a
bill of lading, and full-width characters typed on Chinese keyboards ("ＷＩＧ", "１００％") meet ASCII.
"""

from __future__ import annotations

import re
import unicodedata

# Hyphens and underscores join words in titles ("clip-in", "T_SHIRT"); apostrophes mark plurals/genitives.
_JOINERS = {"-": " ", "_": " ", "–": " ", "—": " ", "'": "", "’": "", "`": ""}
_JOINER_PAIRS = tuple(_JOINERS.items())
_DIGITS = re.compile(r"\d")


def normalize_text(text: str) -> str:
    """Lower-case, width-folded, hyphen-free text with single spaces."""
    # NFKC leaves ASCII as it is: most titles (English, bills of lading) skip the Unicode tables
    folded = (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()
    # the joiners one str.replace each (str.translate with a dict costs ~20x more on a title); the order does not
    # matter, no replacement makes another joiner
    for joiner, by in _JOINER_PAIRS:
        if joiner in folded:
            folded = folded.replace(joiner, by)
    # str.split splits at the characters \s matches (both test Unicode whitespace the same way)
    return " ".join(folded.split())


def normalize_hs(code: str | None) -> str | None:
    """Digits of a declared HS code, cut to 6 (or 4, or 2); None when no usable code is given.

    Declarations write "6704.20", "6704.20.0000", "670420" or drop the leading zero of chapters 01-09
    ("50100" for 0501.00): odd lengths get the zero back.
    """
    if code is None:
        return None
    digits = "".join(_DIGITS.findall(str(code)))
    if not digits:
        return None
    if len(digits) % 2 == 1:
        digits = "0" + digits
    if len(digits) >= 6:
        return digits[:6]
    return digits if len(digits) in (2, 4) else None
