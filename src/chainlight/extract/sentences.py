"""Split a document into sentences with offsets, and tell each sentence's language.

Reports mix languages (a Korean quote in an English article, a Chinese company name in a Korean one), so
language is decided per sentence from its script, not once per document.
"""

from __future__ import annotations

import re

from chainlight.extract.types import Sentence

# Abbreviations after which a full stop does not end an English sentence.
_ABBREVIATIONS = frozenset({"no", "nos", "co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
                            "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "jun",
                            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "p",
                            "a.m", "p.m", "gen", "col", "lt", "gov", "dept", "univ", "intl"})
# A candidate end: terminal punctuation (Latin or CJK) and closing quotes or brackets after it.
_END = re.compile(r"[.!?。！？…]+[\"'”’)\]]*(?=\s|$)|[。！？]")
_PARAGRAPH = re.compile(r"\n\s*\n")


_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


def language(text: str) -> str:
    """"ko" when Hangul makes up a fifth of the letters, "zh" for Han without Hangul, else "en"."""
    hangul = len(_HANGUL.findall(text))
    han = len(_HAN.findall(text))
    if not hangul and not han:
        return "en"
    letters = sum(map(str.isalpha, text)) or 1
    if hangul / letters >= 0.2:
        return "ko"
    if han / letters >= 0.2:
        return "zh"
    return "en"


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p_start, p_end in _paragraphs(text):
        for s, e in _trimmed(text, p_start, p_end):
            out.append(Sentence(len(out), s, e, text[s:e], language(text[s:e])))
    return out


def paragraph_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph (text without blank lines), as `split` cuts it in a whole document."""
    out: list[tuple[int, int]] = []
    for start, end in _heading_lines(paragraph, 0, len(paragraph)):
        out.extend(_trimmed(paragraph, start, end))
    return out


def _trimmed(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    out = []
    for start, end in _sentences(text, p_start, p_end):
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((start + lead, start + trail))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        out.extend(_heading_lines(text, start, end))
    return out


def _heading_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A short line without final punctuation followed by more text is a heading or caption, not a wrap."""
    out, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        line_end = start + m.start()
        line = text[pos:line_end].strip()
        if line and len(line) < 70 and not re.search(r"[.,;:!?。，、다요]$", line):
            out.append((pos, line_end))
            pos = line_end + 1
    out.append((pos, end))
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if m.group().startswith(".") and len(m.group()) == 1 and _no_break(text, start, m.start(), stop, end):
            continue
        out.append((pos, stop))
        pos = stop
    out.append((pos, end))
    return out


_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LEGAL_AFTER = re.compile(r"\s*(?:Ltd|Limited|Co|Inc|LLC|Corp|GmbH|PLC|JSC)\b")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_WORD_REACH = 64  # characters before a full stop searched for its word: abbreviations are short


def _no_break(text: str, p_start: int, dot: int, after: int, p_end: int) -> bool:
    # Only a bounded stretch before the stop and no copy of the rest of the paragraph, so a paragraph with
    # thousands of full stops (a report that is one long line) is cut in linear time.
    word = _WORD_BEFORE.search(text[max(p_start, dot - _WORD_REACH):dot])
    if word:
        w = word.group(1).lower()
        if w in _ABBREVIATIONS or re.fullmatch(r"[a-z]", w):
            return True
    # "Rixin Foods. Ltd.": a legal form after the full stop continues the firm's name.
    if _LEGAL_AFTER.match(text, after, p_end):
        return True
    nxt = _NEXT_CHAR.match(text, after, p_end)
    # "2.5", or a lower-case continuation after an unknown abbreviation, does not start a sentence.
    return nxt is not None and nxt.group(1).islower()
