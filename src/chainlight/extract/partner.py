"""North Korea's trading partner read from a Korean sentence's subject and predicate.

Korean news puts the country a sentence is about first, marked as its topic or subject (중국은, 중국 측은, 중국이), and the
trade last (…의류를 북한에서 수입했다; …대북 위탁가공의 경우 관세 혜택은 물론 … 우대하고 있으며).  The readers in places.py
take a country next to its verb; between the two here stand a year, a comparison and a sum.  This reader takes the
sentence's structure instead: a foreign country as the subject of a sentence whose predicate is trade with North Korea
(importing from it, processing on its commission, investing in it) is where the goods go, a destination; and a country
North Korea (as the subject) invests or opens a business in (북한은 … 120만 달러를 베트남에 투자했습니다) is where its money
and workers go.  A sentence that bans, sanctions or stops the trade names no partner (미국은 … 수입을 금지).
"""

from __future__ import annotations

import itertools
import re

from chainlight.extract.places import PlaceHit, korean_places

RULE = "destination:partner"
CONFIDENCE = 0.55
# (the subject's marker: 중국은, 중국 측은, 중국이; the country first in its clause)
_SUBJECT_AFTER = re.compile(r"(?:\s*측)?(?:은|는|이|가)(?=\s)")
_TRADE_WITH_NK = re.compile(r"북한(?:에서|으로부터|산)[^.。]{0,40}?(?:수입|들여|사들|구매|구입)|"
                            r"대북\s*(?:위탁가공|임가공|수출가공|가공|투자|수출|무역)|"
                            r"북한(?:에|과|과의|와|와의)\s*(?:[가-힣]+\s+){0,2}?(?:투자|위탁가공|임가공|합작)")
_STOPS = re.compile(r"금지|제재|중단|차단|단속|적발|불허|폐쇄|압류|몰수")
# North Korea as the subject, putting money or a business into a country: 북한은 … 베트남에 투자했습니다; 북한이 … 호치민에
# 새로 식당을 개업
_NK_SUBJECT = re.compile(r"(?:^|\s)북한(?:이|은)\s")
_NK_INVESTS = re.compile(r"(?:에|에서)\s*(?:[가-힣]+\s+){0,3}?(?:투자|개업|진출|설립|문을\s*열)")


# Where North Korea's builders work: a foreign country as the place (세네갈에서, 나미비아에서는, 적도기니에도) of building or
# construction (건립, 건설, 지어, 조성, 공사) in a sentence whose subject is North Korea or is left unsaid, as Korean leaves
# the subject of a paragraph's later sentences (set 9's and 12's convention: countries where North Korea's firms build
# statues or buildings are destinations).  A sentence with another subject (중국 기업이 …에서 공장을 건설) names none.
_LOCUS = re.compile(r"(?:에서는|에서도|에서|에도|에는)(?=\s)")
_BUILT = re.compile(r"건립|건설|지어|지었|짓고|짓는|조성|시공|세웠|세워|공사")
_OUR_SUBJECTS = frozenset({"북한", "북측", "북", "北"})


def _subjects(text: str) -> list[str]:
    """The nouns the analyser reads as marked subjects or topics (…이/가, …은/는 right after a noun)."""
    from chainlight.extract.korean import tokens

    toks = tokens(text)
    return [prev[0] for prev, tok in itertools.pairwise(toks)
            if tok[1] in ("JKS", "JX") and tok[0] in ("이", "가", "은", "는") and prev[1].startswith("NN")]


def built_in_ko(text: str) -> list[PlaceHit]:
    """Countries a Korean sentence says North Korea (said or left unsaid as the subject) builds in."""
    if not _BUILT.search(text):
        return []
    places = [(a, b, c) for a, b, c in korean_places(text) if c != "kr" and _LOCUS.match(text, b)]
    if not places:
        return []
    if "북한" not in text and any(n not in _OUR_SUBJECTS for n in _subjects(text)):
        return []
    hits = []
    for start, end, code in places:
        verb = _BUILT.search(text, end)
        if verb and verb.start() - end <= 60:
            hits.append(PlaceHit(start, end, {"country": code}, "destination:built", CONFIDENCE, text[start:end]))
    # (a list before the place's particle: 콩고민주공화국과 적도기니에도)
    for start, end, code in korean_places(text):
        if any(h.start == start for h in hits) or code == "kr":
            continue
        nxt = next((h for h in hits if h.start > end), None)
        if nxt and re.fullmatch(r"\s*(?:과|와|,|및)\s*", text[end:nxt.start]):
            hits.append(PlaceHit(start, end, {"country": code}, "destination:built", CONFIDENCE, text[start:end]))
    return hits


# The buyer North Korea supplies, named by its place: 북한 신의주의 한 무역 회사가 … 중국 랴오닝성 동강시의 한 회사에 인조
# 속눈썹과 가발을 공급 (the firm's place is where the goods go)
_SUPPLIED_FIRM = re.compile(r"(?:의\s*)?(?:한\s+|여러\s+|[가-힣]{1,6}\s+)?[가-힣]*(?:회사|업체|기업|공장|상인|바이어|수입상)(?:들)?(?:에게|에)\s+"
                            r"(?:[가-힣A-Za-z0-9·,]+\s+){0,5}?[가-힣]*(?:공급|수출|납품|판매|팔았|팔아|넘겼|넘겨)")


def supplied_ko(text: str) -> list[PlaceHit]:
    """The country of the firm a Korean sentence says North Korea supplies (the place within its name's reach)."""
    if ("북한" not in text and "北" not in text) or _STOPS.search(text):
        return []
    places = [(a, b, c) for a, b, c in korean_places(text) if c not in ("kr",)]
    hits: list[PlaceHit] = []
    for m in _SUPPLIED_FIRM.finditer(text):
        near = [p for p in places if m.start() - 25 <= p[1] <= m.start() + 1]
        if near:
            start, end, code = near[0]
            if not text[:start].rstrip().endswith("북한"):
                hits.append(PlaceHit(start, end, {"country": code}, "destination:supplied", CONFIDENCE, text[start:end]))
    return hits


def partners_ko(text: str) -> list[PlaceHit]:
    """Destinations a Korean sentence gives by its subject: the partner of its trade with North Korea, or where North
    Korea invests.  Nothing in a sentence that bans or stops the trade."""
    if _STOPS.search(text):
        return []
    places = list(korean_places(text))
    hits: list[PlaceHit] = []
    if places and _TRADE_WITH_NK.search(text):
        start, end, code = places[0]
        subject = _SUBJECT_AFTER.match(text, end)
        if subject and code != "kr" and not re.search(r"[.。]", text[:start]):
            hits.append(PlaceHit(start, end, {"country": code}, RULE, CONFIDENCE, text[start:end]))
    nk = _NK_SUBJECT.search(text)
    verb = _NK_INVESTS.search(text, nk.end()) if nk else None
    if nk and verb:
        for start, end, code in places:
            if nk.end() <= start < verb.end() and code != "kr" and not any(h.start == start for h in hits):
                hits.append(PlaceHit(start, end, {"country": code}, RULE, CONFIDENCE, text[start:end]))
    return hits
