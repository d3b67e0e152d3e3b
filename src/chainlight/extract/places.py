"""Where goods go (destinations) and how they are sold (sales channels).

A country named in a report is a destination only when the sentence says goods go there ("exported to
China", "중국으로 수출"): "sources living in North Korea, China and elsewhere" is not a destination.
The border cities are listed because reports name them instead of the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from chainlight.sources.countries import to_iso2

# Trade hubs reports name instead of the country -> ISO alpha-2.
CITIES: dict[str, str] = {
    **dict.fromkeys(["dandong", "단둥", "丹东", "丹東"], "cn"),
    **dict.fromkeys(["hunchun", "훈춘", "珲春"], "cn"),
    **dict.fromkeys(["yanji", "연길", "옌지", "延吉"], "cn"),
    **dict.fromkeys(["shenyang", "선양", "심양", "沈阳"], "cn"),
    **dict.fromkeys(["qingdao", "칭다오", "청도", "青岛"], "cn"),
    **dict.fromkeys(["pingdu", "핑두", "平度"], "cn"),
    **dict.fromkeys(["xuchang", "쉬창", "许昌"], "cn"),
    **dict.fromkeys(["tumen", "투먼", "图们"], "cn"),
    **dict.fromkeys(["vladivostok", "블라디보스토크"], "ru"),
}
_ADJECTIVES = {"chinese": "cn", "russian": "ru", "japanese": "jp", "american": "us", "european": "eu",
               "south korean": "kr", "중국": "cn", "러시아": "ru", "일본": "jp", "미국": "us"}

_VERB = (r"(?:export(?:ed|s|ing)?|ship(?:ped|s|ping)?|sent|send(?:s|ing)?|sold|sell(?:s|ing)?|smuggled|"
         r"transported|delivered|supplied|trucked|carried|destined|bound|taken|moved|go(?:es)?|went)")
_PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_DEST_EN = re.compile(rf"\b{_VERB}\b[^.;]{{0,60}}?\b(?:to|into|for|bound for|across the border (?:to|into))\s+"
                      rf"{_PLACE}")
_BUYERS_EN = re.compile(r"\b(?P<adj>Chinese|Russian|Japanese|American|European|South Korean)\s+(?:\w+\s+)?"
                        r"(?:buyers|importers|traders|brokers|merchants|clients|customers|wholesalers|"
                        r"companies|firms|partners|middlemen)\b")
_DEST_KO = re.compile(r"(?P<place>[가-힣]{2,8}?)\s*(?:으로|로|에)\s*(?:[가-힣]+\s+){0,2}?"
                      r"(?:수출|보내|보냈|넘기|넘겼|팔|판매|밀수|반출|납품|운송|넘어)")
_BUYERS_KO = re.compile(r"(?P<adj>중국|러시아|일본|미국)\s*(?:측\s*)?(?:업체|바이어|상인|무역업자|회사|기업|대방|구매자|고객)")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float
    text: str


def place_code(name: str) -> str | None:
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return CITIES.get(key.lower()) or CITIES.get(key) or to_iso2(key)


def find_destinations(text: str) -> list[PlaceHit]:
    hits: list[PlaceHit] = []
    for m in _DEST_EN.finditer(text):
        hits.extend(_place_hit(m, text, "destination:verb", 0.85))
    for m in _DEST_KO.finditer(text):
        hits.extend(_place_hit(m, text, "destination:verb", 0.85))
    for rx in (_BUYERS_EN, _BUYERS_KO):
        for m in rx.finditer(text):
            code = _ADJECTIVES.get(m.group("adj").lower())
            if code:
                hits.append(PlaceHit(m.start(), m.end(), {"country": code}, "destination:buyers", 0.6,
                                     m.group()))
    return _dedupe(hits)


def _place_hit(m: re.Match[str], text: str, rule: str, conf: float) -> Iterator[PlaceHit]:
    place = m.group("place")
    # Try the longest prefix of the capitalised run that names a place ("China where ..." -> "China").
    words = place.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        code = place_code(candidate)
        if code and code != "kp":
            start = m.start("place") + place.index(candidate)
            span_text = text[start:start + len(candidate)]
            city = candidate.lower() in CITIES or candidate in CITIES
            value: dict[str, Any] = {"country": code}
            if city:
                value["place"] = candidate
            yield PlaceHit(start, start + len(candidate), value, rule, conf, span_text)
            return


def _dedupe(hits: list[PlaceHit]) -> list[PlaceHit]:
    chosen: list[PlaceHit] = []
    for h in sorted(hits, key=lambda h: -h.confidence):
        if not any(h.start < c.end and c.start < h.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


# Sales channels: phrase -> (channel, platform name or None).
_CHANNELS: list[tuple[str, str, float]] = [
    (r"\b(?:internet|online|e-?commerce|web)\s+(?:platforms?|marketplaces?|shops?|stores?|malls?|sites?|"
     r"retailers?|sellers?)\b", "internet_platforms", 0.85),
    (r"\b(?:sold|sells?|selling|posted|listed|offered|advertised)\s+(?:\w+\s+){0,3}?online\b",
     "internet_platforms", 0.75),
    (r"\be-?commerce\b", "internet_platforms", 0.7),
    (r"\b(?:Amazon|AliExpress|Alibaba|Taobao|Tmall|Pinduoduo|Temu|Shein|JD\.com|1688\.com|eBay|Etsy|Wish|"
     r"Shopee|Lazada|Coupang|TikTok Shop)\b", "internet_platforms", 0.85),
    (r"(?:인터넷|온라인)\s*(?:플랫폼|쇼핑몰|쇼핑|시장|판매|상점|마켓)|전자\s*상거래|网购|电商|网上商城|淘宝|拼多多|亚马逊|速卖通",
     "internet_platforms", 0.85),
    (r"\bwholesale\s+(?:markets?|dealers?|traders?)\b|도매\s*시장|批发市场", "wholesale_market", 0.8),
    (r"\btrading\s+(?:companies|company|firms?|houses?)\b|무역\s*회사|무역\s*기관|외화벌이\s*(?:회사|기관|단위)",
     "trading_company", 0.7),
    (r"\b(?:processing[- ]on[- ]commission|contract\s+(?:manufacturing|processing)|consignment processing)\b|"
     r"임가공|위탁\s*가공|委托加工|来料加工", "contract_processing", 0.8),
]
_CHANNEL_RES = [(re.compile(p, re.IGNORECASE), ch, conf) for p, ch, conf in _CHANNELS]
_PLATFORM = re.compile(r"Amazon|AliExpress|Alibaba|Taobao|Tmall|Pinduoduo|Temu|Shein|JD\.com|1688\.com|eBay|"
                       r"Etsy|Wish|Shopee|Lazada|Coupang|TikTok Shop|淘宝|拼多多|亚马逊|速卖通", re.IGNORECASE)


def find_channels(text: str) -> list[PlaceHit]:
    hits = []
    for rx, channel, conf in _CHANNEL_RES:
        for m in rx.finditer(text):
            value: dict[str, Any] = {"channel": channel}
            platform = _PLATFORM.fullmatch(m.group())
            if platform:
                value["platform"] = m.group()
            hits.append(PlaceHit(m.start(), m.end(), value, f"channel:{channel}", conf, m.group()))
    return _dedupe(hits)
