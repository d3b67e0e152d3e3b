"""Numbers as reports write them: "40", "1,200", "forty", "five hundred", "about 500", "500 or so", "40여"."""

from __future__ import annotations

import re

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join(sorted((k for k in list(_UNITS) + list(_SCALES) if k != "a"), key=len, reverse=True))

# A number in digits or words; the approximation words around it are matched by the callers' patterns.
# (digits may take a scale word with a hyphen, as broadcasters write them: "13-thousand", "78-hundred")
NUMBER = (rf"(?:\d+-(?:hundred|thousand)\b|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|"
          # ("and" joins a number's parts only after a scale: "two hundred and fifty", not "fifty and seventy")
          rf"(?:(?:{_WORD})(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)(?:{_WORD}))*))")
APPROX_BEFORE = (r"(?:(?:about|approximately|approx\.|around|some|roughly|nearly|almost|over|more than|"
                 r"at least|up to|an estimated|estimated|close to|as many as)\s+)")
APPROX_AFTER = r"(?:\s*(?:or so|odd|\+|plus))"
# Korean: 약 (about) before, 여/여 명 (more than) or 가량/정도/쯤 (about) after.
KO_APPROX_BEFORE = r"(?:(?:약|대략|거의|무려)\s*)"
KO_APPROX_AFTER = r"(?:여|가량|정도|쯤|남짓)"


def parse_number(text: str) -> float | None:
    t = text.strip().lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    total, current = 0, 0
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if not words:
        return None
    for w in words:
        if w.isdigit():
            current += int(w)
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return float(total + current)


def clean(value: float) -> int | float:
    """16.0 -> 16 so that JSON says 16, the way the report does."""
    return int(value) if value == int(value) else value


# Korean numbers as reports write them: 7천432만, 1억3천500만, 1억 500만, 2억 2천만, 만9천, 천800, 3천, 410.
_D = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Numbers written in Hangul numerals alone (십만 명, 삼천 명, 만 명) only where a counter follows.
_KO_WORDS_NUMBER = (r"(?<![가-힣\d])(?:(?:[이삼사오육칠팔구]?[십백천]){1,3}[만억]?|[만억])"
                    r"(?=\s*(?:여\s*)?(?:명|달러|위안|개|곳|톤))")
# (an approximation may stand before a scale: 370여억원, 3천여만 달러)
KO_NUMBER = (rf"(?:(?<![\d.,]){_D}여?[조억만천백십]|(?<![\d가-힣.,])[천만](?=\d))(?:\s?(?:{_D})?여?[조억만천백십]|\s?{_D}(?![\d.,%]))*"
             rf"|(?<![\d.,]){_D}(?![\d.,])|{_KO_WORDS_NUMBER}")
_KO_SMALL = {"천": 1000, "백": 100, "십": 10}
_KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_KO_BIG = {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}


def parse_ko_number(text: str) -> float | None:
    """"7천432만" -> 74,320,000; "만9천" -> 19,000; "1억 500만" -> 105,000,000; "410" -> 410."""
    total, small = 0.0, 0.0
    pending: float | None = None
    for tok in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?|[조억만천백십일이삼사오육칠팔구]", text.replace(" ", "")):
        if tok in _KO_DIGITS:
            pending = float(_KO_DIGITS[tok])
        elif tok[0].isdigit():
            pending = float(tok.replace(",", ""))
        elif tok in _KO_SMALL:
            small += (pending if pending is not None else 1) * _KO_SMALL[tok]
            pending = None
        else:
            group = small + (pending or 0)
            total += (group or 1) * _KO_BIG[tok]
            small, pending = 0.0, None
    value = total + small + (pending or 0)
    return value or None


def parse_any(text: str) -> float | None:
    """A number in English words or digits, or a Korean number with 천/만/억."""
    if re.search(r"[조억만천백십]", text):
        return parse_ko_number(text)
    return parse_number(text)
