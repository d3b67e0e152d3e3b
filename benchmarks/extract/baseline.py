"""The peer: keyword spotting, what a first script would do (names verbatim, years, any country named)."""

from __future__ import annotations

import re

from chainlight.extract.gazetteer import Gazetteer

_GOODS = {"wig": "wigs", "가발": "wigs", "lash": "false_eyelashes", "속눈썹": "false_eyelashes", "knit": "knitwear",
          "뜨개": "knitwear", "sweater": "knitwear", "hair": "human_hair", "garment": "apparel"}
_COUNTRIES = {"china": "cn", "chinese": "cn", "중국": "cn", "russia": "ru", "러시아": "ru", "united states": "us"}
_NOUNS = {"hour": "work_hours", "시간": "work_hours", "death": "deaths", "died": "deaths", "사망": "deaths",
          "inmate": "inmates", "prisoner": "inmates", "수감자": "inmates", "worker": "workers", "wig": "output",
          "yuan": "money"}
_CHANNELS = {"online": "internet_platforms", "internet": "internet_platforms", "platform": "internet_platforms",
             "인터넷": "internet_platforms", "wholesale": "wholesale_market", "trading compan": "trading_company"}


def keywords(text: str, gazetteer: Gazetteer) -> dict[str, set[str]]:
    low = text.lower()
    out: dict[str, set[str]] = {t: set() for t in ("facility", "organisation", "goods", "period", "quantity",
                                                   "destination", "channel")}
    for hit in gazetteer._verbatim(text):
        out[hit.type].add(hit.links[0].entity_id)
    out["goods"] = {cat for word, cat in _GOODS.items() if word in low}
    out["period"] = {f"{y}/{y}" for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    for m in re.finditer(r"(\d[\d,]*)\D{0,12}?(\w+)", low):
        for noun, kind in _NOUNS.items():
            if m.group(2).startswith(noun) or noun in m.group(0):
                out["quantity"].add(f"{kind}={int(m.group(1).replace(',', ''))}")
                break
    out["destination"] = {code for name, code in _COUNTRIES.items() if name in low}
    out["channel"] = {ch for word, ch in _CHANNELS.items() if word in low}
    return out
