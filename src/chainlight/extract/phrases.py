"""Phrases that look like a camp or a body, to be read by the resolver.

The rules only propose: "Kaechon Prison Camp", "the Bureau of Corrections under the Ministry of Social
Security", "사회안전성 교화국".  Whether a phrase names a known facility or a listed body is the resolver's
call.  Query variants undo the ways reports paraphrase an official name: "X under the Y" is the Y's X, and
the Ministry of Social Security (사회안전성) was called the Ministry of People's Security (인민보안성) until
2020, the name under which OFAC listed its Correctional Bureau.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_HEADS = (r"(?:political\s+prison\s+camp|prison\s+camp|concentration\s+camp|labou?r\s+camp|re-?education\s+camp|"
          r"internment\s+camp|detention\s+(?:center|centre)|correctional\s+(?:center|centre|facility)|"
          r"kyohwaso|kwalliso|kwanliso|gyohwaso|gwalliso|prison)s?")
_NOT_PLACE = frozenset({"the", "in", "at", "a", "an", "of", "north", "korean", "korea", "korea's", "nk", "its",
                        "this", "that", "these", "those", "women's", "female", "male", "state", "political",
                        "and", "from", "to", "for", "by", "on", "each", "every", "other", "one", "another"})
_CAP = r"[A-Z][\w'’-]*"
_FACILITY = re.compile(rf"(?P<place>(?:{_CAP}\s+){{1,3}})(?:No\.?\s*\d+\s+)?(?i:(?P<head>{_HEADS}))"
                       rf"(?:\s+No\.?\s*\d+)?")
_COORDINATED = re.compile(rf"(?P<a>{_CAP})(?P<more>(?:,\s*{_CAP})*),?\s+and\s+(?P<b>{_CAP})\s+"
                          rf"(?i:(?P<head>{_HEADS}))")
_KO_FACILITY = re.compile(r"[가-힣]{2,5}\s?(?:제?\s?\d+\s?호\s?)?(?:교화소|관리소|정치범\s?수용소|노동단련대|집결소)")

_ORG_HEADS = re.compile(r"\b(?:Ministry|Bureau|Department|Committee|Commission|Corporation|Company|Co\.?|Ltd\.?|"
                        r"Limited|Group|Enterprise|Trading|Bank|Agency|Office|Association|Federation|Factory|"
                        r"Administration|Directorate|Branch|Treasury|Customs)\b")
_CONNECT = r"(?:of|the|for|and|under|de|on|&)"
_ORG_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]*)"  # "U.S." and "U.N." start names of bodies
_ORG = re.compile(rf"(?<![\w.]){_ORG_CAP}(?:[.,]{{0,2}}\s+(?:{_CONNECT}\s+)*{_ORG_CAP})*\.?")
_KEEP_DOT = re.compile(r"\b(?:Co|Ltd|Inc|Corp)\.$")
_KO_ORG = re.compile(r"[가-힣]{2,10}(?:성|부)?\s?[가-힣]{0,8}(?:교화국|보안성|안전성|보위성|보위부|총국|위원회|무역회사|"
                     r"총회사|회사|은행|지사|상사)")
_LEADING = re.compile(r"^(?:The|A|An|In|At|From|By|For|Under|To|With|Since|After|Before|Even|When|While)\s+")
_RENAMED = [("Social Security", "People's Security"), ("사회안전성", "인민보안성"), ("Corrections", "Correctional")]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str  # facility | organisation
    queries: tuple[str, ...]
    rule: str
    keep_unlinked: bool  # a phrase with a strong head is worth showing even when nothing links


def candidates(sentence: str, places: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Phrases to resolve; `places` are the first words of known facilities' names ("kaechon")."""
    yield from _coordinated(sentence)
    yield from _at_place(sentence, places)
    yield from _facilities(sentence)
    for m in _KO_FACILITY.finditer(sentence):
        yield Candidate(m.start(), m.end(), "facility", (m.group(),), "phrase:facility", False)
    yield from _organisations(sentence)
    for m in _KO_ORG.finditer(sentence):
        yield Candidate(m.start(), m.end(), "organisation", tuple(variants(m.group())), "phrase:organisation",
                        False)


def _coordinated(sentence: str) -> Iterator[Candidate]:
    """"Hamhung and Kaechon concentration camps" names two camps."""
    for m in _COORDINATED.finditer(sentence):
        head = re.sub(r"s$", "", m.group("head"))
        names = [(m.start("a"), m.group("a"))]
        for extra in re.finditer(_CAP, m.group("more") or ""):
            names.append((m.start("more") + extra.start(), extra.group()))
        names.append((m.start("b"), m.group("b")))
        for start, place in names:
            if place.lower() in _NOT_PLACE:
                continue
            end = m.end() if start == m.start("b") else start + len(place)
            yield Candidate(start, end, "facility", (f"{place} {head}", place), "phrase:facility", True)


def _at_place(sentence: str, places: frozenset[str]) -> Iterator[Candidate]:
    """"made at Kaechon": one is *at* a camp but *in* a town, so only "at" makes a bare place a facility."""
    for m in re.finditer(rf"\bat\s+(?P<place>{_CAP})", sentence):
        if m.group("place").lower() in places:
            yield Candidate(m.start("place"), m.end(), "facility", (m.group("place"),), "phrase:at_place", False)


def _facilities(sentence: str) -> Iterator[Candidate]:
    for m in _FACILITY.finditer(sentence):
        words = m.group("place").split()
        while words and words[0].lower() in _NOT_PLACE:
            words.pop(0)
        if not words or all(w.lower() in _NOT_PLACE for w in words):
            continue
        place = " ".join(words)
        start = m.start("place") + m.group("place").index(words[0])
        phrase = sentence[start:m.end()]
        yield Candidate(start, m.end(), "facility", (phrase, place), "phrase:facility", True)


def _organisations(sentence: str) -> Iterator[Candidate]:
    for m in _ORG.finditer(sentence):
        text = m.group().rstrip(",")
        if text.endswith(".") and not _KEEP_DOT.search(text):
            text = text[:-1]
        lead = _LEADING.match(text)
        offset = m.start()
        while lead:
            offset += lead.end()
            text = text[lead.end():]
            lead = _LEADING.match(text)
        if not _ORG_HEADS.search(text) or len(text.split()) < 2:
            continue
        yield Candidate(offset, offset + len(text), "organisation", tuple(variants(text)), "phrase:organisation",
                        True)


def variants(name: str) -> list[str]:
    """The phrase, its "Y X" form for "X under/of the Y", and the pre-2020 ministry name."""
    out = [name]
    m = re.match(r"(?P<x>.+?)\s+(?:under|of|at|within)\s+(?:the\s+)?(?P<y>(?:Ministry|Department|Committee)\b.+)$",
                 name)
    if m:
        x = re.sub(r"^(?:Bureau|Department) of Corrections$", "Correctional Bureau", m.group("x"))
        out.append(f"{m.group('y')} {x}")
    for old, new in _RENAMED:
        out.extend([v.replace(old, new) for v in list(out) if old in v])
    return list(dict.fromkeys(out))
