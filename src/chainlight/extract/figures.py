"""Every figure a sentence writes, with its value, whatever it counts: the number reader the learned reader's figure
model (learned.py) reads numbers from.

The rule readers (quantities.py, chinese.py) read a number only beside the noun that says what it counts ("2,000
workers", 2천여 명의 노동자); a report as often leaves the noun to the sentence ("2천여명이 있었지만", "其次是俄罗斯,有2~3万人",
"There are reportedly 100 to 120 of them in Angola").  This reader finds the figures alone, in the three languages, with
their approximations and ranges, and leaves it to a model learned from the annotated reports to say which of them are
claims and of what kind.  It reuses the numbers the rules read: numbers.py (English words and digits, Korean numbers
with 천/만/억) and chinese.py (Chinese numerals, 万/亿, neighbouring numerals as a range: 七八十).

Not figures: years and the parts of dates (2008년, 2019年, 12月, a bare 19xx/20xx in English), ordinals and ages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chainlight.extract import chinese
from chainlight.extract.numbers import (
    APPROX_BEFORE,
    KO_APPROX_AFTER,
    KO_APPROX_BEFORE,
    KO_NUMBER,
    NUMBER,
    parse_ko_number,
    parse_number,
)

_SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN = re.compile(
    rf"(?<![\w.,])(?P<approx>{APPROX_BEFORE})?(?:between\s+)?(?P<n>{NUMBER})"
    rf"(?:\s*(?:to|-|–|—|and)\s*(?P<n2>{NUMBER}))?(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?(?![\w,]*\d)",
    re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
# (안팎, "more or less", is an approximation Korean writes after the counter too: 2만 명 안팎)
_KO = re.compile(rf"(?P<approx>{KO_APPROX_BEFORE})?(?P<n>{KO_NUMBER})(?:\s*[~∼\-–]\s*(?P<n2>{KO_NUMBER}))?"
                 rf"(?P<approx2>\s*(?:{KO_APPROX_AFTER}))?")
_KO_DATE = re.compile(r"\s*(?:년|월|일|시|분|초|세|살|차|번째|위|회|호|층|대\b|배)")
_ZH = re.compile(chinese._APPROX + chinese._NUM_RANGE + r"(?P<approx2>多|余|几|左右)?")
_ZH_DATE = re.compile(r"\s*(?:年|月|日|号|时|点|分|秒|岁|届|次|倍|号)")
_ZH_COUNTER = re.compile(r"\s*(?:多|余)?\s*(?:人|名|家|个|国|座|间|吨|万|亿|千|百|美元|元)")


@dataclass(frozen=True)
class Figure:
    start: int  # offsets of the figure (with its approximation and range) in the text read
    end: int
    value: float
    max: float | None  # the range's upper end, if the text gives a range
    approximate: bool


def figures(text: str, lang: str) -> list[Figure]:
    """The figures of a sentence, in order (`lang` "en", "ko" or "zh"; Chinese in simplified characters)."""
    if lang == "zh":
        return _zh(text)
    out = _ko(text) if lang == "ko" else []
    taken = [(f.start, f.end) for f in out]
    # (a Korean report writes English figures too: "1500명", "$75 million"; read them where no Korean number stands)
    for f in _en(text):
        if not any(f.start < e and b < f.end for b, e in taken):
            out.append(f)
    return sorted(out, key=lambda f: f.start)


def _en(text: str) -> list[Figure]:
    out = []
    for m in _EN.finditer(text):
        n, n2 = m.group("n"), m.group("n2")
        if not re.search(r"\d", n) and (n.lower() in ("one", "a") or n.lower() in _SCALE_EN or n.lower() == "hundred"):
            continue  # "one of the", "a", "millions": no figure
        if _YEAR.fullmatch(n) and not n2:
            continue
        scale = _SCALE_EN.get((m.group("scale") or "").lower(), 1.0)
        a = _en_value(n)
        b = _en_value(n2) if n2 else None
        if a is None:
            continue
        approx = bool(m.group("approx"))
        if b is not None and b <= a:  # "from 30,023 to 11,490": two figures, not a range
            out += [Figure(m.start(), m.end("n"), a * scale, None, approx),
                    Figure(m.start("n2"), m.end(), b * scale, None, False)]
        else:
            out.append(Figure(m.start(), m.end(), a * scale, None if b is None else b * scale, approx))
    return out


def _en_value(text: str) -> float | None:
    t = text.strip()
    hyphen = re.fullmatch(r"(\d+)-(hundred|thousand)", t, re.IGNORECASE)
    if hyphen:  # "78-hundred"
        return float(hyphen.group(1)) * (100 if hyphen.group(2).lower() == "hundred" else 1000)
    return parse_number(t)


def _ko(text: str) -> list[Figure]:
    out = []
    for m in _KO.finditer(text):
        n, n2 = m.group("n").strip(), m.group("n2")
        if not re.search(r"\d|[천만억조]", n) or _KO_DATE.match(text, m.end()):
            continue
        a = parse_ko_number(n) if re.search(r"[조억만천백십]", n) else parse_number(n)
        b = (parse_ko_number(n2) if re.search(r"[조억만천백십]", n2) else parse_number(n2)) if n2 else None
        if a is None:
            continue
        if b is not None and re.search(r"[만억]$", n2.strip()) and not re.search(r"[만억천백십]", n):
            b_scale = 10_000 if n2.strip().endswith("만") else 100_000_000
            a *= b_scale  # 2~3만: the first number shares the second's scale
        approx = bool(m.group("approx") or m.group("approx2") or "여" in n
                      or re.match(r"\s*(?:명|개|곳)?\s*안팎", text[m.end():]))
        if b is not None and b <= a:
            out += [Figure(m.start(), m.end("n"), a, None, approx), Figure(m.start("n2"), m.end(), b, None, False)]
        else:
            out.append(Figure(m.start(), m.end(), a, b, approx))
    return out


def _zh(text: str) -> list[Figure]:
    out = []
    for m in _ZH.finditer(text):
        n = m.group("n")
        if _ZH_DATE.match(text, m.end()) or (_YEAR.fullmatch(n) and not m.group("n2")):
            continue
        if not re.search(r"\d", n) and len(n) < 2 and not _ZH_COUNTER.match(text, m.end()):
            continue  # 一些, 统一: a numeral alone, no figure
        pair = chinese._range(m)
        if pair is None:
            continue
        a, b = pair
        approx = bool(m.group("approx") or m.group("approx2"))
        if b is not None and b <= a:
            out += [Figure(m.start(), m.end("n"), a, None, approx), Figure(m.start("n2"), m.end(), b, None, False)]
        else:
            out.append(Figure(m.start(), m.end(), a, b, approx))
    return out
