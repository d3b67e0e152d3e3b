"""Where goods go (destinations) and how they are sold (sales channels).

A country named in a report is a destination only when the sentence says goods go there ("exported to
China", "중국으로 수출"): "sources living in North Korea, China and elsewhere" is not a destination.  Where
North Korean workers are ("workers in the city of Dandong", 중국 내에는 ... 노동자) or North Korean goods are
finished ("중국에서 포장돼") is one too, and every place of a list counts ("sent to Russia and China").
The border cities are listed because reports name them instead of the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from chainlight.extract.demonyms import demonym_code
from chainlight.sources.countries import to_iso2
from chainlight.trie_pattern import trie_pattern

# Trade hubs reports name instead of the country -> ISO alpha-2.
CITIES: dict[str, str] = {
    **dict.fromkeys(["dandong", "단둥", "丹东", "丹東"], "cn"),
    **dict.fromkeys(["hunchun", "훈춘", "珲春"], "cn"),
    **dict.fromkeys(["yanji", "연길", "옌지", "延吉"], "cn"),
    **dict.fromkeys(["shenyang", "선양", "심양", "沈阳"], "cn"),
    **dict.fromkeys(["qingdao", "칭다오", "청도", "青岛"], "cn"),
    **dict.fromkeys(["pingdu", "핑두", "平度"], "cn"),
    **dict.fromkeys(["xuchang", "쉬창", "许昌"], "cn"),
    **dict.fromkeys(["tumen", "투먼", "도문", "图们"], "cn"),
    **dict.fromkeys(["helong", "화룡", "허룽"], "cn"),
    **dict.fromkeys(["yanbian", "연변", "옌볜", "옌벤", "延边", "延邊"], "cn"),
    **dict.fromkeys(["changbai", "장백", "창바이"], "cn"),
    **dict.fromkeys(["changchun", "장춘", "창춘", "长春"], "cn"),
    **dict.fromkeys(["guangzhou", "광저우", "广州"], "cn"),
    **dict.fromkeys(["dalian", "다롄", "대련", "大连"], "cn"),
    **dict.fromkeys(["donggang", "둥강", "东港"], "cn"),
    **dict.fromkeys(["nanping", "난핑", "南坪"], "cn"),
    **dict.fromkeys(["huludao", "후루다오", "葫芦岛"], "cn"),
    **dict.fromkeys(["jinzhou", "진저우", "锦州"], "cn"),
    **dict.fromkeys(["yingkou", "잉커우", "营口"], "cn"),
    **dict.fromkeys(["panjin", "판진"], "cn"),
    # provinces of China's north-east and coast, where reports place the factories
    **dict.fromkeys(["liaoning", "랴오닝", "요녕", "료녕", "辽宁"], "cn"),
    **dict.fromkeys(["jilin", "지린", "길림", "吉林"], "cn"),
    **dict.fromkeys(["shandong", "산둥", "산동", "山东"], "cn"),
    **dict.fromkeys(["heilongjiang", "헤이룽장", "흑룡강", "黑龙江"], "cn"),
    **dict.fromkeys(["zhejiang", "저장성", "浙江"], "cn"),
    # as Chinese texts name them (extract/chinese.py reads every city here written in characters)
    **dict.fromkeys(["盘锦", "长白", "龙井", "和龙", "江苏", "河南", "河北", "广东", "福建", "北京", "上海", "天津"], "cn"),
    # Russia's cities and regions where North Korean workers are reported (its federal subjects as reports name
    # them: a region's name with or without its word for region, 주/州/krai/oblast)
    **dict.fromkeys(["vladivostok", "블라디보스토크", "블라디보스톡", "符拉迪沃斯托克", "海参崴"], "ru"),
    **dict.fromkeys(["moscow", "모스크바", "莫斯科"], "ru"),
    **dict.fromkeys(["st. petersburg", "saint petersburg", "st petersburg", "상트페테르부르크", "페테르부르크", "圣彼得堡"], "ru"),
    **dict.fromkeys(["khabarovsk", "하바롭스크", "하바로프스크", "哈巴罗夫斯克", "伯力"], "ru"),
    **dict.fromkeys(["primorye", "primorsky", "primorsky krai", "연해주", "프리모르스키", "滨海边疆区"], "ru"),
    **dict.fromkeys(["amur", "아무르", "阿穆尔"], "ru"),
    **dict.fromkeys(["sakhalin", "사할린", "萨哈林"], "ru"),
    **dict.fromkeys(["nakhodka", "나홋카", "纳霍德卡"], "ru"),
    # ports of Russia's Far East where North Korean coal is unloaded and reloaded for other markets
    **dict.fromkeys(["kholmsk", "홀름스크", "霍尔姆斯克"], "ru"), **dict.fromkeys(["vanino", "바니노", "瓦尼诺"], "ru"),
    **dict.fromkeys(["zarubino", "자루비노", "扎鲁比诺"], "ru"), **dict.fromkeys(["posyet", "포시에트", "波谢特"], "ru"),
    **dict.fromkeys(["ussuriysk", "우수리스크", "乌苏里斯克"], "ru"),
    **dict.fromkeys(["novosibirsk", "노보시비르스크", "新西伯利亚"], "ru"),
    **dict.fromkeys(["irkutsk", "이르쿠츠크", "伊尔库茨克"], "ru"),
    **dict.fromkeys(["yekaterinburg", "예카테린부르크", "叶卡捷琳堡"], "ru"),
    **dict.fromkeys(["kazan", "카잔", "喀山"], "ru"),
    **dict.fromkeys(["rostov", "로스토프", "罗斯托夫"], "ru"),
    **dict.fromkeys(["kursk", "쿠르스크", "库尔斯克"], "ru"),
    **dict.fromkeys(["tomsk", "톰스크", "托木斯克"], "ru"),
    **dict.fromkeys(["krasnoyarsk", "크라스노야르스크", "克拉斯诺亚尔斯克"], "ru"),
    **dict.fromkeys(["yakutsk", "야쿠츠크", "雅库茨克"], "ru"),
    **dict.fromkeys(["kamchatka", "캄차카", "堪察加"], "ru"),
    **dict.fromkeys(["siberia", "시베리아", "西伯利亚"], "ru"),
    # (the Far East federal district, as Chinese reports of logging and fishing crews name it: 远东地区雇佣朝鲜劳工)
    **dict.fromkeys(["远东"], "ru"),
}


def _city_names(file: str = "city_names.csv") -> dict[str, str]:
    """The world's cities by their Hangul and Chinese names (data/city_names.csv: GeoNames, CC BY 4.0, made by
    benchmarks/extract/make_city_names.py), for the cities no line above names: 그디니아, 格但斯克 (Poland); with
    `city_names_en.csv`, capitals and large cities by their Latin names (Ulaanbaatar, Vientiane, Phnom Penh)."""
    import csv
    from importlib import resources

    text = resources.files("chainlight.extract").joinpath(f"data/{file}").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["name"]: r["country"] for r in rows}


# (a name the lines above give, or a country's name, keeps its reading)
CITIES.update({name: code for name, code in _city_names().items() if name not in CITIES and not to_iso2(name)})
# The Latin names keep their capitals (place_code looks a name up as written after the hand list's lowercase keys):
# "Austin" or "Nice" in running text is capitalised only as a name.
CITIES.update({name: code for name, code in _city_names("city_names_en.csv").items()
               if name.lower() not in CITIES and not to_iso2(name)})
_ADJECTIVES = {"chinese": "cn", "russian": "ru", "japanese": "jp", "american": "us", "european": "eu",
               "south korean": "kr", "korean": "kr", "laotian": "la", "중국": "cn", "러시아": "ru", "일본": "jp", "미국": "us"}
# Countries as Korean reports name them (to_iso2 reads most; these are the ones it does not, or abbreviates).
_KO_COUNTRIES = {"유럽": "eu", "중동": None, "아프리카": None, "동남아": None, "로씨야": "ru"}
_KO_COUNTRY_NAMED = ["미국", "중국", "러시아", "일본", "한국", "남한", "남측", "캐나다", "유럽", "몽골", "베트남", "브라질", "독일",
                     "프랑스", "영국", "호주", "태국", "말레이시아", "인도네시아", "캄보디아", "라오스", "미얀마", "쿠웨이트", "카타르",
                     "아랍에미리트", "폴란드", "대만", "홍콩", "싱가포르", "인도",
                     # (Korean reports write the Emirates by their Latin initials too: UAE에 들어올)
                     "UAE",
                     # (Russia as North Korea's own press spells it: 중국,로씨야 등 여러 나라들에 수출하고있다; round 21,
                     # fitted from set 19's dev half)
                     "로씨야"]


def _cldr_korean_countries() -> list[str]:
    """Every country's Korean name CLDR gives (through Babel) of three syllables or more: 나미비아, 앙골라, 에티오피아,
    짐바브웨.  (Shorter ones are often ordinary words too, 수단 "means", 가나, 말리, 오만: only those named above are read.)"""
    from babel import Locale

    from chainlight.sources.countries import codes

    known = codes()
    names = {name for code, name in Locale.parse("ko").territories.items()
             if code.lower() in known and code != "KP" and re.fullmatch(r"[가-힣]{3,}", name)}
    # (the long names reports write for two countries CLDR names in short, 콩고-킨샤사)
    names |= {"콩고민주공화국", "콩고공화국"}
    return sorted(names - set(_KO_COUNTRY_NAMED))


_KO_COUNTRY = trie_pattern(_KO_COUNTRY_NAMED + _cldr_korean_countries())
_KO_COUNTRIES.update({"콩고민주공화국": "cd", "콩고공화국": "cg"})
KO_COUNTRY_PATTERN = _KO_COUNTRY  # a regex of the Korean country and region names the readers of other modules look for


def korean_country_code(name: str) -> str | None:
    """The country code of a name KO_COUNTRY_PATTERN found: a region (중동, 아프리카) has none, 유럽 is eu."""
    return _KO_COUNTRIES.get(name) if name in _KO_COUNTRIES else place_code(name)


def _cldr_korean_short() -> dict[str, str]:
    """CLDR's two-syllable Korean country names the list above does not name (네팔, 이란, 쿠바, 예멘, 가나, 수단, 오만 ...)
    -> alpha-2.  Many are ordinary words too (수단 "means", 오만 "pride", 말리- "dry"), so `korean_places` reads one
    only where the analyser (Kiwi) reads it as a proper noun in its sentence."""
    from babel import Locale

    from chainlight.sources.countries import codes

    known = codes()
    return {name: code.lower() for code, name in Locale.parse("ko").territories.items()
            if code.lower() in known and code != "KP" and re.fullmatch(r"[가-힣]{2}", name) and name not in _KO_COUNTRY_NAMED}


def _cldr_korean_spaced() -> dict[str, str]:
    """CLDR's Korean country names written in two words (적도 기니, 중앙 아프리카 공화국, 도미니카 공화국), in both the ways
    Korean writes them, spaced and run together (적도기니) -> alpha-2."""
    from babel import Locale

    from chainlight.sources.countries import codes

    known = codes()
    out: dict[str, str] = {}
    for code, name in Locale.parse("ko").territories.items():
        if code.lower() in known and code != "KP" and " " in name and re.fullmatch(r"[가-힣 ]+", name):
            out[name] = out[name.replace(" ", "")] = code.lower()
    return out


_KO_SHORT: dict[str, str] | None = None
_KO_NAMES: re.Pattern[str] | None = None  # (built at first use: the city table is long)
_KO_SPACED: dict[str, str] = {}
# (after a place's name, a particle or a word for a part of it: 네팔에는, 지린성, 러시아 내; not a longer word it begins:
# 인도네시아 is not 인도, 중국인 no place)
# (간, "between": 북한과 앙골라간 협력 협정)
_KO_AFTER_PLACE = re.compile(r"(?:은|는|이|가|에|의|과|와|도|로|으로|을|를|시|성|주|내|에서|까지|간(?![가-힣]))")


# GeoNames' Hangul names of four syllables or more are read as places (몬테비데오, 블라디보스토크, 이르쿠츠크): a word that
# long is rarely an ordinary word, as 코로나 and 쿠팡 are.
_KO_GEONAMES_MIN = 4


def korean_places(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-2) of every country, and every city listed above, a Korean sentence names as a word of its
    own: CLDR's names of three syllables or more, the hand list, CLDR's two-syllable names where Kiwi reads them as
    proper nouns (네팔에는 is Nepal; 이 수단은 is "this means").  GeoNames' cities of fewer than four syllables are left out
    (코로나 and 쿠팡 are words before they are Corona and Kupang).  North Korea is never named."""
    global _KO_SHORT, _KO_NAMES
    if _KO_NAMES is None or _KO_SHORT is None:
        _KO_SHORT = _cldr_korean_short()
        _KO_SPACED.update(_cldr_korean_spaced())
        _KO_NAMES = re.compile(trie_pattern(_KO_COUNTRY_NAMED + _cldr_korean_countries() + list(_KO_SHORT) + list(_KO_SPACED)
                                            + [k for k in CITIES if re.fullmatch(r"[가-힣]+", k)
                                               and (k not in _city_names() or len(k) >= _KO_GEONAMES_MIN)]))
    from chainlight.extract.korean import is_proper_noun

    for m in _KO_NAMES.finditer(text):
        name = m.group()
        if re.match(r"[가-힣]", text[m.end():m.end() + 1] or " ") and not _KO_AFTER_PLACE.match(text, m.end()):
            continue
        if m.start() > 0 and re.match(r"[가-힣]", text[m.start() - 1]):
            continue
        if name in _KO_SHORT:
            if not is_proper_noun(text, m.start(), m.end()):
                continue
            code: str | None = _KO_SHORT[name]
        else:
            code = _KO_COUNTRIES.get(name) if name in _KO_COUNTRIES else place_code(name) or _KO_SPACED.get(name)
        if code and code != "kp":
            yield m.start(), m.end(), code
# "대중 수출" is export to China: 대 + the country's one-syllable name.
_KO_TRADE_ABBR = {"중": "cn", "중국": "cn", "미": "us", "미국": "us", "러": "ru", "러시아": "ru", "일": "jp",
                  "일본": "jp"}

# ("the ship was stopped": "ship" after a determiner is the vessel, not the verb)
# (and the nouns of the same moves: "the largest exporter of wigs ... to the U.S.", "Denied Entry into the U.S.")
_VERB = (r"(?:export(?:ed|s|ing|ers?)?|import(?:ed|s|ing)?|[Ee]ntry|(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)"
         r"(?<!\beach\s)(?<!\bone\s)ship(?:ped|s|ping)?|sent|send(?:s|ing)?|sold|sell(?:s|ing)?|"
         r"smuggled|transported|delivered|trans-?shipped|re-?exported|supplied|trucked|carried|destined|bound|taken|moved|go(?:es)?|went|"
         r"entered|enter(?:s|ing)?|brought|(?:find|finds|found|make|makes|made)\s+(?:their|its)\s+way|"
         # a vessel or cargo on its way: "seized the tanker as it was on its way to Vladivostok"
         r"on\s+(?:its|their|her|the)\s+way|en\s+route|headed|heading|sailing|sailed)")
# (a neighbour named as such: "exports to neighbour China", "sent to neighbouring Russia"; round 19, fitted from set 17's
# dev half after its blind run)
_PLACE = r"(?:(?:its\s+|the\s+)?neighbou?r(?:ing)?\s+)?(?P<place>(?:the\s+)?(?:U\.S\.|U\.K\.|St\.\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
_ONWARD_EN = re.compile(rf"\b(?:to|into)\s+{_PLACE}")
# Imports: goods detained "at all U.S. ports of entry", "imported into the United States".
_PORTS_EN = re.compile(r"\b(?P<place>U\.S\.|US|United\s+States|American|EU|European|Canadian|Japanese)\s+"
                       r"(?:ports?\s+of\s+entry|border|customs|commerce|market|consumers|stores|supermarkets|retailers|"
                       r"importers|buyers|restaurants|grocery)\b")
# (the goods and their worth may stand between the verb and the place: "exported coal, iron and other commodities
# worth at least US$270 million to China")
# (a sum's decimal point ends no clause: "goods valued at about £13.69 million to China")
_DEST_EN = re.compile(rf"\b{_VERB}\b(?:[^.;]{{0,60}}?|[^.;]{{0,60}}?\b(?:worth|valued\s+at)\b(?:[^.;]|\.(?=\d)){{0,40}}?)"
                      r"\b(?:to|into|for|bound for|across the border (?:to|into))\s+"
                      # "selling them to markets including the West, Japan and South Korea"
                      # ("sold to a purchaser in South Korea": one buyer, with its article)
                      r"(?:(?:(?:a|an|the|one)\s+)?(?:(?:super)?markets?|buyers?|customers?|countries|retailers?|stores|shops|"
                      r"importers?|clients?|purchasers?|consignees?|consumers|restaurants|compan(?:y|ies)|firms?|wholesalers?|"
                      r"distributors?)\s+(?:including|such\s+as|like|in)\s+)?"
                      rf"{_PLACE}")
# The firms remote IT workers work for are where the work goes (set 8's convention): "work remotely for U.S. companies",
# "defrauded more than 300 U.S. companies", "jobs at American firms" (in a sentence about IT workers)
_IT_CONTEXT_EN = re.compile(r"\bIT\s+workers?\b|\binformation\s+technology\s+(?:\(IT\)\s+)?workers?\b|\blaptop\s+farms?\b|"
                            r"\bremote(?:ly)?\s+(?:work|jobs?|workers?|employment|employees?)\b|"
                            # the work named as IT jobs, or as jobs at IT firms: "IT jobs with US companies", "jobs at more
                            # than 100 U.S. IT companies" (the workers' employers, set 8's convention; IT firms alone, as
                            # in a report of hacking, employ no one)
                            r"\bIT\s+jobs?\b|\bjobs?\s+(?:at|with)\s+[^;]{0,40}?\bIT\s+(?:companies|firms|employers)\b")
# A country's firm whose IT workers they are is where they are based: "the Chinese front company's IT workers"
_IT_FIRM_POSS_EN = re.compile(r"(?<![\w.])(?P<adj>Chinese|Russian|Japanese|American|Laotian|South\s+Korean)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:company|firm|corporation|entity)['’]s\s+(?:IT|information\s+technology)\s+(?:workers?|staff|"
                              r"employees|developers)\b")
_IT_EMPLOYERS_EN = re.compile(r"(?<![\w.])(?P<adj>U\.S\.|US|American|European|Japanese|South\s+Korean|British|Canadian|"
                              r"German|Australian)\s+(?:[\w-]+\s+)?(?:companies|company|firms?|employers?|businesses|"
                              r"clients|corporations?|tech\s+firms)\b")
# Cargo unloaded in a country landed there: "the coal was unloaded at the port of Kholmsk", "offloaded in Vietnam"
_UNLOADED_EN = re.compile(r"\b(?:unloaded|offloaded|off-loaded|discharged|landed)\s+(?:[\w-]+\s+){0,3}?(?:at|in)\s+"
                          rf"(?:the\s+(?:port|ports|city|harbou?r)\s+of\s+)?{_PLACE}")
# A vessel seized and taken somewhere: its custody, not a market ("now in the custody of the United States, as it was
# transported to American Samoa")
_CUSTODY_EN = re.compile(r"\b(?:custody|seiz(?:ed|ure)|forfeit\w*|impound\w*|confiscat\w*)\b", re.IGNORECASE)
_TAKEN_EN = re.compile(r"(?:transported|taken|moved|brought|towed)\b")
_VOYAGE_EN = re.compile(r"on\s+(?:its|their|her|the)\s+way|en\s+route|headed|heading|sailing|sailed")
_CARGO_EN = re.compile(r"\b(?:ship|vessel|tanker|freighter|carrier|barge|cargo|coal|oil|fuel|petroleum|shipments?|goods|"
                       r"seafood|ore|seiz(?:ed|es|ing|ure)|intercept(?:ed|ion)|boarded|detained|impounded)\b", re.IGNORECASE)
_VESSEL_SUBJECT_EN = re.compile(r"\b(?:it|the\s+(?:ship|vessel|tanker|freighter|carrier|boat|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\s+"
                                r"(?:was|had\s+been|has\s+been|is|were|will\s+be)\s+$")
# A firm named as the goods' buyer, by its country's adjective: "a South Korean corporation called Enermax slated to be
# the ultimate recipient of ... North Korean coal"
_RECIPIENT_EN = re.compile(r"\b(?P<adj>Chinese|Russian|Japanese|American|European|South Korean|(?<!North\s)Korean)\s+"
                           r"(?:[\w-]+\s+)?(?:compan(?:y|ies)|corporations?|firms?|importers?|buyers?|traders?|entit(?:y|ies))\b"
                           r"[^.;]{0,50}?\b(?:ultimate|final|intended|end)\s+(?:recipients?|consignees?|buyers?|purchasers?|users?)\b")
# Where workers are, or goods are finished: "workers in the city of Dandong", "a processing company in Dandong,
# China", "contract workers also labor in Africa, ... and Mongolia"; "packaged in China".  Only in a sentence
# about workers or production (a place someone is repatriated *from*, or sanctions *on*, is no destination).
_HOST_EN = re.compile(rf"\b(?:in|to|at|across|throughout|within)\s+(?:the\s+(?:city|port|province|region)\s+of\s+)?{_PLACE}")
# "on Russia’s frozen Pacific coast": a place inside a country named by its possessive
_HOST_POSS_EN = re.compile(rf"\b(?:on|along|across|in)\s+(?=[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s){_PLACE}")
# North Koreans entering or visiting a country are there: "the number of North Koreans entering Russia"
_ENTRY_EN = re.compile(rf"\b(?:enter(?:ed|ing|s)?|visit(?:ed|ing|s)?|arriv(?:ed|ing|es|e)\s+in|(?:flood|flow|pour)(?:ed|ing|s)?"
                       rf"\s+into)\s+{_PLACE}")
# "laundered as 'made in China'": the place of a label says nothing of where the goods went
_LABEL_BEFORE = re.compile(r"\b[Mm]ade\s$|\b(?:war|invasion|fighting|conflict|front(?:line)?s?)\s$")
_ENTRY_CONTEXT_EN = re.compile(r"North\s+Koreans?\b|\b(?:workers?|labou?rers?)\b", re.IGNORECASE)
# Firms "Jilin, China-based" or "Russia-based" in a sentence about workers are where the workers are.
_BASED_EN = re.compile(r"(?P<place>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)-based\b")
# (not a firm that helps send workers abroad: set 1 does not read "a China-based North Korean lodging facility that
# facilitates ... sending laborers abroad" as a destination, set 8 does; the sets that came first are kept)
_EMPLOYS_EN = re.compile(r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|IT\s+workers?|(?:information\s+technology|IT)\s+"
                         r"(?:\(IT\)\s+)?workers?|import(?:s|ed|ing)?\s+[^.;]{0,40}?from\s+North\s+Korea)\b")
# "laborers in various countries, including Russia"
_HOST_LIST_EN = re.compile(rf"\b(?:countries|nations)[^.;]{{0,20}}?,?\s+(?:including|such\s+as|like)\s+{_PLACE}")
_HOST_CONTEXT_EN = re.compile(r"\b(?:workers?(?!['’]\s*Party)|labou?rers?|employees|factor(?:y|ies)|plants?|processors?|processing|"
                              r"IT\s+teams?|(?:IT|information\s+technology)\s+(?:units?|delegations?)|"
                              r"work\s+(?:permits?|visas?|authori[sz]ations?)|labou?r\s+of\s+North\s+Koreans?|"
                              # North Koreans said to work, and labour called forced: "North Koreans have toiled and slept at
                              # construction sites in Mongolia", "used slave labor for logging in Equatorial Guinea"
                              r"North\s+Koreans\s+(?:have\s+|had\s+|are\s+|were\s+)?(?:\w+\s+)?(?:work(?:s|ed|ing)?|toil(?:s|ed|ing)?|"
                              r"labou?r(?:s|ed|ing)?|employed|hired)|(?:slave|forced|prison|convict)\s+labou?r|"
                              # a North Korean firm abroad is where its people work: "a North Korean company operating in Russia"
                              r"North\s+Korean\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|entit(?:y|ies))\s+(?:operating|based|registered|active))\b",
                              re.IGNORECASE)
# The country of the firms that own the workplace of North Korean workers (set 10's convention: the country of the firms
# that own their employers is a destination): "a seafood processing plant owned by a Chinese company", "enterprises
# owned by South Korean and U.S. businesses that are tapping the cheap labor pool"
# (any country's adjective CLDR's names make, demonyms.py; and the ones English does not make by rule)
_OWNER_ADJ_EN = r"(?:U\.S\.|US|South\s+Korean|[A-Z][a-z]+)"
# (demonym_code reads the adjectives, CLDR's by rule and demonyms.NOT_BY_RULE; these are abbreviations and a union)
_OWNER_NOT_BY_RULE = {"u.s.": "us", "us": "us", "european": "eu"}
# Goods put on sale on a country's marketplace go to that country: "being sold on a major South Korean portal site"
_SOLD_ON_EN = re.compile(r"\b(?:sold|on\s+sale|listed|offered|advertised)\s+(?:\w+\s+){0,3}?on\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?"
                         r"(?P<adj>U\.S\.|US|South\s+Korean|[A-Z][a-z]+)\s+(?:online\s+|internet\s+|e-?commerce\s+)?"
                         r"(?:portals?|marketplaces?|platforms?|shopping\s+(?:sites?|malls?)|websites?|sites?)\b")
_OWNED_BY_EN = re.compile(rf"\b(?:owned|run|operated|managed|financed)\s+by\s+(?:(?:a|an|the)\s+)?(?P<adjs>{_OWNER_ADJ_EN}"
                          rf"(?:\s*(?:,|and|or)\s*{_OWNER_ADJ_EN})*)\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|businesses|"
                          r"enterprises?|investors?|owners?|corporations?|businessm[ae]n|interests)\b")
_OWNED_CONTEXT_EN = re.compile(r"\b(?:workers?|labou?rers?|labou?r(?:ing)?|employees|North\s+Koreans?)\b", re.IGNORECASE)
# ("processed in a town near Yanji": the place a town or plant is near or outside of)
_PROCESSED_EN = re.compile(rf"\b(?:processed|packaged|re-?packaged|assembled|finished|relabell?ed)\s+"
                           rf"(?:and\s+\w+\s+)?in\s+(?:an?\s+(?:[\w-]+\s+)?(?:town|city|village|factory|plant|port|county|"
                           rf"district|facility|warehouse)\s+(?:near|outside(?:\s+of)?|close\s+to|in)\s+)?{_PLACE}")
# The rest of a list after a place: ", Germany and elsewhere in the European Union", " and China".
_LIST_NEXT_EN = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+|including\s+|such\s+as\s+)?|\s+(?:and|or)\s+|"
                           # "China and other countries including India, Malaysia and Sri Lanka"
                           r",?\s+(?:and|or)\s+(?:other|several|many)\s+(?:countries|nations|places)\s*,?\s*"
                           r"(?:including|such\s+as|like|in)\s+)(?:elsewhere\s+in\s+)?"
                           r"(?P<place>(?:the\s+)?(?:U\.S\.|[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
# A customs authority that detains or seizes goods acts on imports into its own country: "CBP detained two entries
# at the Port of Newark", 미 관세국경보호청이 ... 억류.
_CUSTOMS = {"us": r"CBP|U\.S\.\s+Customs(?:\s+and\s+Border\s+Protection)?|Customs\s+and\s+Border\s+Protection|"
                  r"관세국경보호청|세관국경보호국"}
_CUSTOMS_ACTION = [(code, re.compile(rf"(?P<auth>{names})(?:\s*\([A-Z]+\))?(?:[^.;]{{0,60}}?\b|[^.;]{{0,40}}?)"
                                     r"(?:detain(?:ed|s|ing)?|seiz(?:ed|es|ing|ure)|exclud(?:ed|es|ing)|withh(?:e|o)ld|"
                                     r"holds?\s+on|held|block(?:ed|s|ing)?|stopp?(?:ed|ing)?\s+(?:\w+\s+)?shipments|"
                                     r"억류|압류|압수|통관\s*(?:을\s*)?보류)"))
                   for code, names in _CUSTOMS.items()]
# Ports of arrival name their country: "arriving at Busan Port", "the Port of Incheon", 인천항으로 반입 (not a port the
# goods leave: "from Dalian Port").
PORTS: dict[str, str] = {
    **dict.fromkeys(["busan", "pusan", "부산", "釜山"], "kr"), **dict.fromkeys(["incheon", "inchon", "인천", "仁川"], "kr"),
    **dict.fromkeys(["pyeongtaek", "평택", "平泽"], "kr"), **dict.fromkeys(["gwangyang", "광양", "光阳"], "kr"),
    **dict.fromkeys(["ulsan", "울산", "蔚山"], "kr"), **dict.fromkeys(["mokpo", "목포"], "kr"),
    **dict.fromkeys(["niigata", "니가타", "新潟"], "jp"), **dict.fromkeys(["osaka", "오사카", "大阪"], "jp"),
    **dict.fromkeys(["kobe", "고베", "神户"], "jp"), **dict.fromkeys(["yokohama", "요코하마", "横滨"], "jp"),
}
_PORT_EN = re.compile(r"(?<!\bfrom\s)(?<!\bfrom\sthe\s)\b(?:(?P<place>[A-Z][a-z]+)\s+(?:Port|port|Harbou?r)\b|"
                      r"[Pp]ort\s+of\s+(?P<place2>[A-Z][a-z]+))")
_PORT_KO = re.compile(r"(?P<place>[가-힣]{2,4}?)항(?:으로|을\s*통해|을\s*거쳐|에|에서)?\s*(?:[가-힣]+\s+){0,2}?"
                      r"(?:반입|수입|들어|도착|입항|하역|유통)")
_ARRIVAL_EN = re.compile(r"\b(?:arriv\w*|import\w*|unload\w*|deliver\w*|shipped|entered|entry|landed|distributed)\b",
                         re.IGNORECASE)
# "Chinese seafood processing companies confirmed to employ North Korean workers": where the workers are
_EMPLOYERS_EN = re.compile(r"\b(?P<adj>Chinese|Russian|Laotian)\s+(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|firms?|factor(?:y|ies)|plants?|"
                           r"processors?|employers?|contractors?)\b[^.;]{0,40}?\b(?:employ\w*|hir\w*|us(?:e|es|ed|ing)|"
                           r"hous(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:North\s+Koreans\b(?!\s+(?:defectors|refugees|escapees|soldiers|troops))|(?:North\s+Korean|DPRK)\s+(?:[\w-]+\s+)?(?:workers|laborers|labourers|nationals|employees|women|staff)\b)")
# A workplace, firm or vessel named by its country's adjective (extract/demonyms.py: CLDR's names made adjectives) in a
# sentence about North Korean workers or forced labour is where they work, or what they build is for: "the Polish
# shipyard Crist has made use of North Korean forced labourers to build a Danish naval patrol vessel", "hired through
# Polish firms", "a Maltese garment factory"
_NATIONAL_SITE_EN = re.compile(r"(?<![\w.-])(?<!North\s)(?<!South\s)(?P<adj>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:shipyards?|"
                               r"yards|firms?|compan(?:y|ies)|factor(?:y|ies)|plants?|mines?|mills?|(?:construction\s+)?sites?|"
                               r"farms?|contractors?|employers?|agenc(?:y|ies)|enterprises?|businesses|vessels?|ships?|"
                               r"trawlers?|fleets?)\b")
# A firm named by its country's adjective that buys from North Korea is where the goods go: "a Chinese company ...
# designated by OFAC in August for buying coal and metals from North Korea"
_NATIONAL_BUYER_EN = re.compile(r"(?<![\w.-])(?<!North\s)(?<!South\s)(?P<adj>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?:compan(?:y|ies)|firms?|corporations?|importers?|traders?|buyers?|entit(?:y|ies)|"
                                r"businesses|smelters?|refiner(?:y|ies)|mills?)\b[^.;]{0,100}?\b(?:buy(?:ing|s)?|bought|"
                                r"purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?|sourc(?:e|es|ed|ing))\s+[^.;]{0,40}?\bfrom\s+"
                                r"(?:North\s+Korea|the\s+DPRK|DPRK)\b")
# A firm of the chain named by its country, as an adjective or "<place>-based" ("the Chinese firm", "a China-based
# firm", "Russian-based Volasys Silver Star", "U.S.-based companies", "Chinese wig and false eyelash companies"), in a
# sentence that names North Korea or workers, is where the workers or the goods go (round 27; set 23's held-out half and
# set 24's: adjectives of host firms were read nowhere).  The adjectives are CLDR's (demonyms.py); the nouns are the
# kinds of firm; North and South Korea are no destination.
_FIRM_OF_CHAIN_EN = re.compile(
    r"(?<![\w.-])(?<!North\s)(?<!South\s)(?:(?P<adj>[A-Z][a-z]+)|(?P<based>(?:[A-Z][\w'’]+|U\.S\.|U\.K\.)(?:\s+[A-Z][\w'’]+)?)"
    r"-based)\s+(?:(?:[a-z][\w-]*|and)\s+){0,4}?(?:compan(?:y|ies)|firms?|corporations?|enterprises?|manufacturers?|"
    r"factor(?:y|ies)|businesses|contractors?|employers?|brands?)\b|"
    # (or a named firm with its legal form: "Jilin, China-based Yanbian Silverstar Network Technology Co., Ltd.")
    r"(?<![\w.-])(?P<based2>(?:[A-Z][\w'’]+|U\.S\.)(?:\s+[A-Z][\w'’]+)?)-based\s+(?:[A-Z][\w-]*\s+){1,5}?"
    r"(?:Co\.|Ltd\b|LLC\b|Corp(?:oration|\.)?|Company\b|Inc\b|Group\b)")
FIRM_OF_CHAIN = True  # (False gives round 26's readers)
# (a firm that supplies North Korea is where goods come from, not where they go: "a Chinese company supplying the DPRK
# government with electronics equipment")
_SUPPLIER_AFTER_EN = re.compile(r"\s+(?:that\s+|which\s+|who\s+)?(?:(?:has|had|have)\s+)?(?:suppl(?:y|ies|ied|ying)|"
                                r"provid(?:e|es|ed|ing)|s(?:ell|old|elling|ells)\s+(?:[\w-]+\s+){0,3}?to)\b", re.IGNORECASE)
_CHAIN_CONTEXT_EN = re.compile(r"\bNorth\s+Korea|\bDPRK\b|\bPyongyang\b|\bworkers?\b|\blabou?r(?:ers)?\b",
                               re.IGNORECASE)
_LABOUR_CONTEXT_EN = re.compile(r"\b(?:North\s+Korean|DPRK)\s+[\"“‘']?(?:[\w-]+\s+){0,2}?(?:workers?|labou?rers?|employees|"
                                r"welders?|builders?|loggers?|miners?|seamstresses)\b|\b(?:forced|slave|prison|convict)\s+labou?r")
# A country that takes North Koreans in or buys from North Korea: "Russia is bringing in tens of thousands of North
# Korean laborers", "China imported 30 tons of false hair ... made in North Korea", "Pingdu, China, sources 80 percent of
# its eyelashes from North Korea", "China's imports of wigs ... from North Korea"
_TAKES_IN_EN = re.compile(r"\b(?P<place>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+(?:(?:is|are|was|were|has|have|had)\s+"
                          r"(?:been\s+)?)?(?:(?:still|reportedly|also|now|primarily|mainly|mostly|largely|only)\s+)?(?:bringing\s+in|brought\s+in|brings\s+in|"
                          r"tak(?:es|ing)\s+in|took\s+in|accept(?:s|ed|ing)|admit(?:s|ted|ting)|recruit(?:s|ed|ing)|"
                          r"hir(?:es|ed|ing)|host(?:s|ed|ing)|receiv(?:es|ed|ing))\s+(?:[\w,-]+\s+){0,5}?"
                          r"(?:North\s+Koreans\b(?!\s+(?:defectors|refugees|escapees|soldiers|troops))|(?:North\s+Korean|DPRK)\s+(?:[\w-]+\s+)?(?:workers|laborers|labourers|nationals|employees|women|staff)\b)")
# Workers going to or working in a country (with North Korea or its exit permits in the sentence): "departing in
# waves to work in China", "departing for China as dispatched workers", "so many people want to work in China that
# everyone pays bribes to go" (the exit permit's fee is in the sentence); "deployed to Russian construction sites"
_WORK_IN_EN = re.compile(rf"\b(?:to\s+work|work(?:s|ed|ing)?|labou?r(?:s|ed|ing)?)\s+(?:\w+\s+)?in\s+{_PLACE}")
# Workers who must leave a country were there: "North Koreans have to leave Mongolia ... as their work authorizations
# will not be renewed" (read only in a sentence about work, as _HOST_EN is)
_LEAVE_EN = re.compile(rf"\b(?:leave|leaves|leaving|left|quit|quitting)\s+{_PLACE}")
_DEPART_EN = re.compile(rf"\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|head(?:s|ed|ing)?)\s+(?:[\w-]+\s+){{0,2}}?for\s+{_PLACE}")
_ABROAD_CONTEXT_EN = re.compile(r"North\s+Korea|DPRK|\b(?i:exit)\s+permits?\b|\bdispatch\w*")
_DEPLOYED_EN = re.compile(r"\b(?:deployed|dispatched|sent|assigned|posted|transferred)\s+to\s+(?P<adj>Chinese|Russian|Laotian)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:sites?|factor(?:y|ies)|farms?|mines?|shipyards?|companies|firms|plants?|"
                          r"enterprises|restaurants|fisheries|camps?)\b")
# A country that accepts workers hosts them, whoever the sentence names as theirs: "Russia primarily accepts male
# workers for construction labor"
_TAKES_WORKERS_EN = re.compile(r"\b(?P<place>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:still|reportedly|also|now|primarily|"
                               r"mainly|mostly|largely|only)\s+)?(?:accept(?:s|ed)|takes\s+in|took\s+in|hires|hired|"
                               r"receives|received)\s+(?:[\w-]+\s+)?(?:workers|laborers|labourers)\b")
# Goods sold or marketed in a country go there: "processed, packaged and mostly sold in China"
_SOLD_IN_EN = re.compile(rf"\b(?:sold|sells?|selling|marketed|retailed)\s+(?:[\w-]+\s+)?in\s+{_PLACE}")
# A verb of export to countries named after "including": "exported to countries that ban North Korean products,
# including South Korea, Japan and the United States"
_DEST_COUNTRIES_EN = re.compile(rf"\b{_VERB}\s+to\s+(?:other\s+|many\s+|several\s+|some\s+)?(?:countries|nations|markets)\b"
                                rf"[^.;]{{0,60}}?,?\s+(?:including|such\s+as|like|notably)\s+{_PLACE}")
# A country that issues visas or permits to North Koreans hosts them: "Russia issued more than 13,000 visas to North
# Koreans", "Russia has granted work permits to North Korean laborers"
_VISAS_EN = re.compile(r"\b(?P<place>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
                       r"(?:issued|issues|granted|grants|gave|approved)\s+(?:[\w,]+\s+){0,5}?(?:visas|permits)\s+to\s+"
                       r"(?:North\s+Koreans\b|(?:North\s+Korean|DPRK)\s+(?:[\w-]+\s+)?(?:workers|laborers|labourers|nationals|citizens|students)\b)")
_BUY_WORDS = re.compile(r"import|source|bought|buys|purchas")
_IMPORTER_EN = re.compile(r"\b(?P<place>(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+,)?(?:['’]s\s+(?:overall\s+|total\s+)?"
                          r"imports?\b|\s+(?:imported|imports|sources|sourced|buys|bought|purchased|purchases)\b|"
                          # (the verb's bare form before the sum: "Last year saw China import US$500m worth of clothing")
                          r"\s+import(?=\s+(?:US\$|\$|USD|\d)))")
# "suppliers and buyers in the United States, Europe, Japan ...": buyers are where the goods go
# North Korea's trade with a country: the partner is where its goods go ("90% of North Korean trade is with China",
# "goods made on consignment trade with China")
_TRADE_WITH_EN = re.compile(rf"\btrade\s+(?:is\s+|was\s+)?(?:mostly\s+|mainly\s+|largely\s+|chiefly\s+)?with\s+{_PLACE}")
_BUYERS_IN_EN = re.compile(rf"\b(?:buyers|importers|customers|clients|retailers)\s+in\s+{_PLACE}")
_BUYERS_EN = re.compile(r"\b(?P<adj>Chinese|Russian|Japanese|American|European|South Korean|(?<!North\s)Korean)\s+(?:\w+\s+)?"
                        r"(?:buyers?|importers?|traders|brokers|merchants|clients|customers|wholesalers?|"
                        r"companies|firms|partners|middlemen|retailers?|platforms?|marketplaces?|supermarkets?|"
                        r"shopping\s+(?:sites?|malls?))\b")
# (a place set in brackets is read the same: 북조선 수산물을 (중국에) 들여오려면)
_DEST_KO = re.compile(r"(?P<place>[가-힣]{2,8}?)(?:\([^)]{1,12}\))?(?:성|시)?\s*(?:으로|로|에)\)?\s*(?:[가-힣]+\s+){0,2}?"
                      r"(?:수출|보내|보냈|넘기|넘겼|팔|판매|밀수|반출|납품|운송|넘어|유통|재반입|반입|공급|수입되|향하|향한|향해|향했|향하던|되파|되팔|재수출|"
                      r"들여오|들여와|들여온|들여갈|들여간)")
# Workers sent somewhere: 훈춘으로 북한 노동자 500명이 파견됐다, 중국으로 파견 (a count may stand between).
_DEST_KO_SENT = re.compile(r"(?P<place>[가-힣]{2,8}?)(?:\([^)]{1,12}\))?\s*(?:으로|로)\s*(?:(?![가-힣]*로\s)[가-힣\d~∼,]+\s+){0,4}?"
                           r"(?:파견|송출|보내진|보내졌|유입|입국|투입|들어오|들어왔|들어간|들어가)")
# Lists of countries: 미국과 캐나다로 수출됐다; 미국, 유럽, 일본, 한국, 러시아 수출품에도; 미국 대형마트에 공급.
# (a comma may follow the particle: 중국과, 러시아, 독일 ... 등지로 수출)
_KO_LIST = rf"(?P<list>{_KO_COUNTRY}(?:\s*(?:,|(?:과|와)\s*,?|및|·|(?:을|를)\s*비롯(?:해|하여|한))\s*{_KO_COUNTRY})*)"
# A list may go on past the countries: 한국과 일본, 서방으로 수출.
_DEST_KO_LIST = re.compile(_KO_LIST + r"(?!산)(?:\s*(?:,|과|와|및|·)\s*[가-힣]{1,6}?)*\s*(?:[가-힣]{1,6}\s*)?(?:등지?\s*)?(?:으로|로|에|까지)\s*(?:[가-힣]+\s+){0,2}?"
                           r"(?:수출|보내|보냈|판매|밀수|납품|유통|재반입|반입|공급|팔려|팔리|운송|운반|수송)")
# A country whose buyers order or take delivery of what North Koreans make (set 9's convention): 한국의 주문 물량,
# 한국 기업이 주문한 의류, 한국 납품 의류
_DEST_KO_BUYERS_ORDER = re.compile(_KO_LIST + r"(?:의)?\s*(?:[가-힣]+\s+)?(?:(?:기업|업체|회사|브랜드)(?:들)?(?:이|가)\s*)?"
                                   r"(?:주문(?:한|하는|받은|해\s|\s*물량|량)|납품(?!\s*비리))")
# (the buyer named as a country's firm, its name or kind after: 독일의 유명 의류업체 게리 베버(Gerry Weber)와 네덜란드의 C&A사
# 등 ... 의류 제품을 주문 생산하는; read where the sentence orders from North Korea)
_DEST_KO_FIRM_OF = re.compile(_KO_LIST + r"의\s+(?:[가-힣A-Za-z&]+\s+){0,2}?[가-힣A-Za-z&]*(?:업체|회사|기업|브랜드|(?<=[A-Za-z])사)(?![가-힣])")
_DEST_KO_GOODS = re.compile(_KO_LIST + r"\s*(?:수출품|수출용|시장|대형마트|소비자|매장)")
_DEST_KO_TRADE = re.compile(r"(?<![가-힣])대(?P<abbr>중국|중|미국|미|러시아|러|일본|일)(?![가-힣])(?:\([^)]{1,6}\))?\s*"
                            r"(?:[가-힣∙·]+\s+){0,3}?(?:[가-힣∙·]*\s*)?수출|"
                            # 대(對)중 수출, 대(對)중가발 수출: the gloss makes the abbreviation plain
                            r"(?<![가-힣])대\(對\)(?P<abbr2>중국|중|미국|미|러시아|러|일본|일)[가-힣∙·]*\s*"
                            r"(?:[가-힣∙·]+\s+){0,3}?수출")
# Host countries of workers: 러시아에 2만 명, 중국에는 만9천여 명 (in a sentence about workers).
_DEST_KO_HOST = re.compile(rf"(?P<list>{_KO_COUNTRY})에(?:는|도|서)?\s*(?:약\s*)?(?:\d|[천만]\d)")
_WORKERS_KO = re.compile(r"노동자|근로자|인력|파견|송출")
# Where North Koreans are or goods are finished: 중국 내에는 ... 노동자, 단둥(丹東)에만 약 8만명, 다롄, 단둥 등지에 있는
# 공장에서; 중국에서 포장돼.  A known country or trade hub, a gloss in brackets, a word for its area, a locative.
_KO_PLACE = trie_pattern(_KO_COUNTRY_NAMED + _cldr_korean_countries() + [k for k in CITIES if re.fullmatch(r"[가-힣]+", k)])
_KO_PLACE_LIST = (rf"(?P<list>{_KO_PLACE}(?:\([^)]{{1,12}}\))?(?:\s*(?:,|과|와|및|·)\s*[가-힣]{{1,6}}(?:\([^)]{{1,12}}\))?)*)")
# (에서 is also "from": 러시아, 한국 등지에서 들여온 수산물 came from there)
# (one short word may stand between: 러시아 극동에서, 투먼(圖們)시 섬유공장에)
_DEST_KO_PRESENT = re.compile(_KO_PLACE_LIST + r"(?:\s*(?:시|성|현|(?:조선족)?자치주|주|지역|일대|등지|등)(?:\([^)]{1,6}\))?)*(?:\s*(?:내|안))?"
                              r"(?:\s+(?:여러|한|각|일부|몇몇|다수의?))?(?:\s+[가-힣]{1,4}?(?:\([^)]{1,12}\))?(?:시|성)?)?\s*(?:내|안)?\s*"
                              r"(?:에는|에만|에도|에서|에|의(?=\s*(?:한|여러|각|일부|몇몇)?\s*(?:[가-힣]+\s+){0,3}?[가-힣]*(?:공장|업체|회사|기업|공업단지|발전소|건설|현장|시설)))"
                              r"(?![가-힣]*\s*(?:들여|수입해|반입|들어온|넘어온|가져|송환|귀국|돌아|추방|탈출))"
                              r"(?!\s*(?:따르면|의하면|따른))")  # 미국과 유엔에 따르면: a source, not a place of work
# 중국과 러시아 등 29개 국에 체류하면서: a list of host countries closed by a count of countries
_DEST_KO_COUNTRIES_COUNT = re.compile(_KO_PLACE_LIST + r"\s*등\s*(?:전\s*)?(?:세계\s*)?\d+\s*(?:여\s*)?개\s*(?:국|나라|국가)(?:에|에서|에는)")
# A workplace in a place, named in up to two words: 중국 내 수산물 가공공장에 북한 여성 노동자들이, 훈춘시 경제합작구에서
# 고용돼 일하는 북한 노동자; a place as the centre of where workers are: 랴오닝(遼寧)성을 중심으로 ... 고용됐었고
_KO_AREA = (r"(?:\([^)]{1,12}\))?(?:\s*(?:시|성|현|(?:조선족)?자치주|주))?(?:\([^)]{1,6}\))?"
            r"(?:\s*(?:쪽|방면|일대|인근|부근)(?:의)?)?")
# (the place may own the workplace: 투먼시의 경제개발구에는)
_DEST_KO_WORKPLACE = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:내|안|의)?\s+(?:[가-힣]+\s+){0,2}?[가-힣]*"
                                r"(?:공장|업체|기업|회사|공업단지|산업단지|공단|합작구|개발구|작업장|현장|조선소|농장|광산|벌목장)"
                                r"(?:에서|에는|에도|에)(?![가-힣])")
_DEST_KO_CENTRE = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:(?:을|를)\s*(?:중심으로|비롯해|비롯한)|(?:은|는)\s*물론)")
_WORKERS_PRESENT_KO = re.compile(r"노동자|근로자|인력|종업원|여성(?:들)?(?:이|을|은)|여공")
# Where goods or people went: 중국으로 간 북한 속눈썹, 랴오닝성 단둥에 간 (노동자)
_DEST_KO_WENT = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:으로|로|에)\s*(?:간|갔|가서|가는)(?![가-힣])")
# North Koreans visiting or entering a country: 북한인의 러시아 방문, 러시아를 방문한 북한인
_DEST_KO_VISIT = re.compile(rf"(?P<list>{_KO_COUNTRY})\s*(?:을|를|에|으로|로)?\s*(?:방문|입국)")
_SENT_WORKERS_KO = re.compile(r"(?:파견|송출)(?:된|한)?\s*(?:노동자|근로자|인력)|(?:노동자|근로자|인력)(?:들)?(?:이|가)?\s*"
                              r"(?:[가-힣]+\s+){0,2}?(?:파견|송출)")
_MOVERS_KO = re.compile(r"노동자|근로자|인력|북한인|주민|국적자|여성|\d\s*명|[십백천만]\s*명|수산물|가발|속눈썹|의류|석탄|광물|제품|물품|상품")
_PRESENT_CONTEXT_KO = re.compile(r"노동자|근로자|인력|종업원|공장|가공|\d\s*명|[십백천만]\s*명")
_PROCESSED_KO = re.compile(rf"(?P<list>{_KO_PLACE})에서\s*(?:[가-힣]+\s+){{0,2}}?(?:포장|재포장|가공|조립|완제품)")
# The country that buys from North Korea: 중국이 사들인 북한산 수산물, 중국이 북한에서 수입한 가발
_DEST_KO_IMPORTER = re.compile(rf"(?P<list>{_KO_COUNTRY})(?:이|가|은|는|도)\s*(?:[가-힣()]+\s+){{0,3}}?"
                               r"(?:사들|수입(?:한|해|하|했|된)|구매|구입|들여)")
# Where workers are, said before them: 러시아 내 북한 노동자, 중국 내 북한 인력
_DEST_KO_WITHIN = re.compile(rf"(?P<list>{_KO_PLACE})(?:(?:이|가|은|는|도)\s+자국)?\s*(?:내|안|현지)(?:의)?\s+(?:북한\s*)?(?:[가-힣]{{0,4}}\s*){{0,2}}(?:노동자|근로자|인력|종업원)")
# A country that speaks of workers in its own land (자국) hosts them: 쿠웨이트는 그간 자국에 북한대사관 개설을 허용하지 않았지만
# 북한파견 근로자 숫자가 늘어나자 (the workers named later in the sentence)
_DEST_KO_OWN_LAND = re.compile(rf"(?P<list>{_KO_PLACE})(?:\s*정부)?(?:은|는|이|가|도)\s+[^.。]{{0,20}}?자국\s*(?:내|안|에|에서|에는)"
                               r"(?=[^.。]{0,60}?(?:노동자|근로자|인력|종업원))")
# The country that takes the workers in: 중국은 ... 북한 노동자들을 본격적으로 받고 있다
# (or takes them from North Korea to fill its own want of hands: 러시아는 ... 인력이 부족할 것으로 추정되는데, 이에 북한으로부터
# 인력을 충원한; or takes in a count of them: 중국은 5~10만 명을 받아들였던)
_DEST_KO_RECEIVES = re.compile(rf"(?P<list>{_KO_PLACE})(?:시|성|주)?(?:은|는|이|가|도)\s+(?:[^.。]{{0,80}}?\s)?"
                               r"(?:북한\s*(?:으로부터|에서|에게서)?\s*)?"
                               r"(?:(?:노동자|근로자|인력|노동력)(?:들)?|[\d~∼,천만]+\s*(?:여\s*)?명)"
                               r"(?:(?:을|를)\s*(?:[가-힣]+\s+){0,2}?"
                               r"(?:받|수용|고용|채용|들여|받아들|도입|충원|조달)|\s*(?:의\s*)?(?:파견|송출)(?:을|를)\s*(?:요청|요구)|"
                               # 러시아가 ... 북한 노동자들을 '연수생' 또는 '유학생'으로 위장 취업시키는
                               r"(?:을|를)\s*(?:[^\s.。]+\s+){0,4}?(?:위장\s*)?취업시)")
# Cargo handed to a country's vessel goes to that country: 석탄을 중국 바지선에 옮겨 싣는 (as 转交到中国驳船)
_DEST_KO_VESSEL = re.compile(rf"(?P<list>{_KO_COUNTRY})\s*(?:선적의?\s*)?(?:[가-힣]{{0,4}})?(?:바지선|선박|유조선|화물선|운반선|배)(?:들)?"
                             r"(?:에|으로|로)\s*(?:[가-힣]+\s+)?(?:옮겨\s*(?:실|싣)|옮기|옮긴|환적|넘기|넘겨|넘긴|건네|하역)")
# Cargo unloaded somewhere landed there: 중국 닝보-저우산 인근 해역에서 하역된 (not 북한 … 에서 실은: loading is no landing)
_DEST_KO_UNLOADED = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:[가-힣A-Za-z·-]+\s+){0,2}?(?:인근|부근|근처)?\s*"
                               r"(?:해역|항구|항만|연안|앞바다|해상|부두|영해|수역)?\s*에서\s*(?:[가-힣]+\s+)?(?:하역|양륙|내려)")
# Workers North Korea sends with another country, said of the two: 북한과 러시아는 ... 노동자 파견 과정에서
_DEST_KO_PARTNER = re.compile(rf"북한(?:과|와)\s*(?P<list>{_KO_COUNTRY})(?:은|는|이|가|도)\s|"
                              # the other party of a sending between the two: 북한과 몽골 간 노동자 파견 (협정)
                              rf"북한(?:과|와)\s*(?P<list2>{_KO_COUNTRY})\s*(?:간|사이)(?:의)?\s+(?:[가-힣]+\s+){{0,2}}?(?:파견|송출)")
# Countries that send workers back (송환, 돌려보내) had them: 러시아는 ... 노동자 가운데 1만 8천 533명을 북한으로 돌려보냈다,
# 러시아와 인도네시아 등 8개 국가는 ... 송환 노동자 수치를 밝혔습니다
_DEST_KO_REPATRIATING = re.compile(_KO_LIST + r"(?:\s*등\s*(?:\d+\s*(?:개\s*)?(?:국가|나라|국)?)?)?(?:은|는|이|가)\s")
_REPATRIATED_KO = re.compile(r"(?:송환|돌려보내|돌려보냈|귀국시키|귀국시켰|복귀시키|복귀시켰)[^.。]{0,30}|(?:노동자|근로자|인력)[^.。]{0,40}?(?:송환|돌려보내|돌려보냈|귀국시|복귀시)")
_COUNTED_BACK_KO = re.compile(r"\d\s*(?:여\s*)?명|\d\s*(?:개\s*)?(?:국가|나라|국)")
# Workers named by their trade (벌목공 loggers, 광부 miners): North Korea's workers as 노동자 are
_KO_TRADES = r"(?:벌목공|건설공|용접공|미장공|재봉공|목공|광부|어부|선원|인부)"
# A country's North Korean workers are there: 러시아의 북한 벌목공 2명, 중국 현지의 북한 노동자들
_DEST_KO_THEIRS = re.compile(rf"(?P<list>{_KO_PLACE})(?:\s*(?:내|현지))?의\s+북한\s*(?:[가-힣]+\s+)?[가-힣]*(?:노동자|근로자|인력|"
                             rf"종업원|{_KO_TRADES[3:-1]})")
# A country where workers are said to be (있다): 북한 노동자들이 가장 많이 있을 것으로 추정되는 중국
_DEST_KO_WHERE_THEY_ARE = re.compile(r"(?:노동자|근로자|인력|종업원)(?:들)?(?:이|가)\s+[^.。,]{0,20}?있(?:는|을|던|다고)\s*"
                                     rf"(?:[가-힣]+\s+){{0,2}}?(?P<list>{_KO_PLACE})(?=(?:은|는|이|가|에|의|도)?(?:\s|$|,))")
# Sending to a list of countries, as a noun: 중국과 러시아로의 노동자 파견
_DEST_KO_SENT_TO = re.compile(_KO_LIST + r"\s*(?:으로|로)(?:의)?\s*(?:북한\s*)?(?:노동자|근로자|인력|여성|노동력)?(?:들)?(?:의)?\s*"
                              r"(?:파견|송출)")
# Other nationals a country takes in: not the North Korean workers a report is about
_OTHER_NATIONALS_KO = re.compile(r"외국인|이주민|난민|탈북|관광|유학|베트남|필리핀|우즈베크|우즈베키스탄|중앙아시아|타지키스탄|키르기스")
# A country that issues work visas or permits to North Koreans hosts the workers: 러시아가 ... 북한 주민 750여명에게 취업 비자를
# 발급했다, 러시아는 ... 7465명에 대해 취업비자를 발급했다
_DEST_KO_VISAS = re.compile(rf"(?P<list>{_KO_COUNTRY})(?:이|가|은|는|도)\s+[^.。]{{0,80}}?(?:취업|노동|근로|고용)\s*(?:비자|허가(?:증)?)"
                            r"(?:를|을)?\s*(?:새로\s*)?(?:발급|내주|내줬|내준|승인)")
# People counted as they arrive at a place are there: 료녕성 단둥에서는 5월에 약 500명이 도착했다
_DEST_KO_ARRIVED = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:에서는|에는|에도|에)\s+(?:[^\s.。]+\s+){0,3}?(?:약\s*)?"
                              r"[\d,천만]+\s*(?:여\s*)?명(?:\s*(?:이상|가량|정도))?(?:이|가|도)?\s*(?:새로\s*)?"
                              r"(?:도착|입국|들어왔|들어오|유입)")
# Workers named after where they were sent: 러시아 파견 북한 노동자
_DEST_KO_COMPOUND = re.compile(rf"(?P<list>{_KO_COUNTRY})\s*(?:파견|송출)(?:된|한|돼|되어|되는)?\s*(?:북한\s*)?(?:노동자|근로자|인력)")
# Goods routed through a country on their way to market: 중국을 거쳐 미국과 일본까지 유통
# (or a port of it: 러시아 나홋카항을 거쳐 한국과 일본으로 운송)
_DEST_KO_TRANSIT = re.compile(rf"(?P<list>{_KO_COUNTRY})\s*(?:[가-힣]{{1,6}}(?:항|시|주|성)\s*)?(?:을|를)\s*(?:거쳐|경유해|경유하여|통해)")
_KO_TRADE_VERB = re.compile(r"유통|수출|판매|팔려|팔리|반입|납품|수입|운송|운반|수송")
# Where workers live: 이들은 주로 중국과 러시아에 거주하며 (the countries where remote IT workers reside, set 8's convention)
_DEST_KO_RESIDE = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:등지?\s*)?(?:에|에서)\s*(?:[가-힣]+\s+)?(?:거주|체류|머물|숙식)")
_RESIDENT_WORKERS_KO = re.compile(r"노동자|근로자|인력|종업원|IT|일자리|취업|근무|원격|일하|일해")
# Cargo carried to a sea area or port: 중국 닝보-저우산 해역으로 직접 석탄을 운반했다
_DEST_KO_SEA_TO = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*(?:[가-힣A-Za-z·-]+\s+){0,2}?(?:인근\s*|부근\s*)?"
                             r"(?:해역|항구|항만|연안|앞바다|부두)(?:으로|로|에)\s*(?:[가-힣]+\s+){0,3}?(?:운반|운송|수송|실어|옮겨|보내|보냈|수출)")
_PLATFORMS_CJK_KO = r"타오바오|티몰|핀둬둬|아마존|알리익스프레스|알리바바|테무|쿠팡|징둥|쉬인"
_FORCED_WORKERS_KO = re.compile(r"(?:노동자|근로자)(?:들)?\s*(?:을|를|이|가|의)?\s*(?:[가-힣]+\s+){0,2}?(?:강제\s*노동|강제노동|동원|착취)|"
                                r"강제\s*노동\s*(?:을|을\s*하|에)?")
_COUNTED_KO = re.compile(r"[\d천만]\s*(?:여\s*)?명(?:이|가|은|는)\s")
# A country's retailers or marketplaces named after it: 한국의 쿠팡과 롯데마트, 미국의 월마트
KO_RETAILER = r"[가-힣A-Za-z]{1,8}(?:마트|백화점|홈쇼핑|몰)"
_BUYERS_KO_NAMED = re.compile(rf"(?:(?P<list>{_KO_COUNTRY})의|(?<![가-힣])(?P<abbr>미|중|일|러))\s+(?:[가-힣A-Za-z]+\s*(?:과|와|,|및)\s*)*"
                              rf"(?:{KO_RETAILER}|{_PLATFORMS_CJK_KO})(?:은|는|이|가|과|와|의|에|도|을|를|에서)?(?![가-힣])")
_MADE_KO = re.compile(r"가공|만들|생산|제작|봉제|제조")
# (a description may stand between: 호주의 대표적인 스포츠의류 업체인)
_DEST_KO_BRANDS = re.compile(rf"(?P<list>{_KO_COUNTRY})\s*(?:의\s*)?(?:[가-힣]+(?:인|한)\s+)?[가-힣]{{0,4}}(?:의류|옷|브랜드|상표)"
                             r"(?:\s*(?:업체|회사|기업|브랜드))?(?:인|는|은|를|을|가|이|와|과|의)?(?![가-힣])")
# A country's firm that employs North Korean workers is where they are: 북한 노동자를 고용한 러시아 건설업체
# Goods bound for a country: 중국으로 갈 수산물 상자, 일본으로 가는 화물
_DEST_KO_BOUND = re.compile(_KO_PLACE_LIST + r"\s*(?:으로|로)\s*(?:갈|가는|간|향할|향하는|나갈|나가는)\s+(?:[가-힣]+\s+)?"
                            r"(?:수산물|물품|상품|제품|화물|석탄|광물|의류|가발|속눈썹|물건|물량|짐|컨테이너|수출품)")
# A place named after the North Korean workers it employs: 값싼 북한 노동자 대거 고용한 中 단둥 (a headline's one-character
# Hanja name of the country may stand before the city: 中, 美, 日, 露)
_DEST_KO_EMPLOYING = re.compile(r"(?:노동자|근로자|인력|여성)(?:들)?(?:을|를)?\s*(?:[가-힣]{1,3}\s+)?(?:고용|채용)(?:한|하는|해\s*온|했던)\s+"
                                rf"(?:[中美日露]\s*)?(?P<list>{_KO_PLACE})")
_DEST_KO_EMPLOYER = re.compile(rf"(?:노동자|근로자|인력|여성)(?:들)?(?:을|를)\s*(?:불법\s*)?(?:고용|채용|받아들|쓰)[가-힣]*\s+"
                               rf"(?P<list>{_KO_COUNTRY})\s*(?:의\s*)?[가-힣]{{0,5}}(?:업체|기업|회사|공장|농장)")
# A country's factory that North Koreans work in, written as its adjective: 북한 노동자 ... 중국 수산물 가공공장과의 거래
# Goods cleared at a border crossing or customs house enter that country (CBP's "ports of entry" in Korean): 임가공품 통관에
# 이용하던 랴오닝(遼寧)성 단둥(丹東)시 통상구 (a province, then its city, each with its Hanja gloss)
_DEST_KO_PORT = re.compile(_KO_PLACE_LIST + _KO_AREA + rf"(?:\s+{_KO_PLACE}{_KO_AREA})?\s*(?:통상구|세관|해관|통관구|구안)"
                           r"(?![가-힣]*\s*(?:을|를)\s*(?:통해|거쳐)\s*(?:[가-힣]+\s+)?(?:수출|반출))")
_CLEARED_KO = re.compile(r"통관|반입|수입|들여")
# Where goods are sold is where they go (the price chain of a seafood report: 연길에서는 ... 8위안 가량 하는데, 한국에서는 ...
# 3천원에 판매됩니다): a place said with 에서는 in a sentence that sells goods
_DEST_KO_SOLD_IN = re.compile(_KO_PLACE_LIST + _KO_AREA + r"\s*에서(?:는|도)(?=[^.。]{0,80}?(?:판매|팔리|팔린|팔려|팔고|팔았|거래되|유통되))")
_DEST_KO_FACTORY = re.compile(rf"(?P<list>{_KO_COUNTRY})\s+(?:[가-힣]+\s+)?[가-힣]*(?:공장|가공업체)"
                              r"(?:과의|와의|과|와|의|에서|에|은|는|이|가|을|를|들)(?![가-힣])")
# (what they trade may stand before the trade: 중국 수산물 수입 업자들)
_BUYERS_KO = re.compile(r"(?P<adj>중국|러시아|일본|미국)\s*(?:측\s*)?(?:(?:[가-힣]{2,4}\s*)?(?:수입|유통|판매)\s*)?(?:업체|바이어|상인|무역업자|업자|수입상|회사|기업|대방|구매자|고객|"
                        r"(?:온라인\s*|인터넷\s*)?(?:쇼핑몰|쇼핑\s*사이트|플랫폼)|소매업체|유통업체|대형\s*마트)")


# Buyers of statues, monuments and buildings North Korea's workers make abroad, in Korean (set 9's convention, as in
# English below): 나미비아의 의뢰를 받아, 세네갈에 제작한, 짐바브웨도 ... 북한의 만수창작사와 ... 계약, 세네갈은 이 비용을 ... 지불
_DEST_KO_ORDERED = re.compile(rf"(?P<list>{_KO_COUNTRY})(?:\s*정부)?\s*(?:의|로부터|에서|측의?)\s*(?:의뢰|주문|발주)(?:를|을)?\s*"
                              r"(?:받|하|한)")
_DEST_KO_BUILT_IN = re.compile(rf"(?P<list>{_KO_COUNTRY})에\s*(?:[가-힣]+\s+)?(?:제작|건설|건립|세운|세워|지어|지은)(?:한|된|해|했|하)?")
_DEST_KO_CONTRACT = re.compile(rf"(?P<list>{_KO_COUNTRY})(?:이|가|은|는|도)\s+[^.。]{{0,40}}?북한[^.。]{{0,30}}?(?:와|과)\s+"
                               r"[^.。]{0,30}?계약")
_DEST_KO_PAYS = re.compile(rf"(?P<list>{_KO_COUNTRY})(?:은|는|이|가|도)\s+[^.。]{{0,20}}?(?:비용|대금|값)(?:을|를)\s*(?:[가-힣]+\s+){{0,2}}?"
                           r"(?:지불|지급|치르|치렀|내)")
_STATUE_WORK_KO = re.compile(r"동상|조형물|기념비|기념탑|건축|건설|동상|초상|북한")
# A list of countries closed by a word for countries (보스와나, 앙골라, 베닌, 에티오피아 등 아프리카 국가들에서 ... 제작해):
# every member is a country, also one spelt otherwise than CLDR (보스와나 for 보츠와나, 베닌 for 베냉)
_DEST_KO_NAMED_LIST = re.compile(r"(?P<list>[가-힣]{2,8}(?:\s*,\s*[가-힣]{2,8})+)\s*등\s*(?:[가-힣]{1,6}\s*)?(?:국가|나라)(?:들)?"
                                 r"(?:에서|에|으로|로)\s*[^.。]{0,30}?(?:제작|건설|건립|수주|일하|일해|근무|만들|수출|파견|송출)")
# Buyers of what North Korea's workers make or build (set 9's convention: the country of a buyer of the goods, or
# one that pays North Korea for statues and buildings its workers put up, is a destination): "flowers ordered by
# France", "Equatorial Guinea, Angola ... are also clients", "has earned $66.03 million from Namibia"
_ORDERED_EN = re.compile(rf"\b(?:ordered|commissioned)\s+by\s+{_PLACE}")
_MADE_EN = re.compile(r"\b(?:made|mak(?:e|es|ing)|produc\w*|manufactur\w*|built|build\w*|sewn|assembled|knitted)\b")
_CLIENTS_EN = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|all\s+)?(?:among\s+)?(?:its\s+|the\s+|their\s+)?"
                         r"(?:clients|customers|buyers)\b")
# (money earned: "$66.03 million", "dollars", "revenue"; not "earned praise from Japan")
_COUNTRY_LIST_JOINS = re.compile(r"\b(?:and|the|also|yes)\b|[,;:\s.]")
_LIST_GOES_ON = re.compile(r"\s*(?:\.{2,}|…)?\s*(?:,\s*)?(?:and|as\s+well\s+as)\b[\s,]*(?:yes,?\s*|also\s+)?")
_EARNED_FROM_EN = re.compile(r"\bearn(?:s|ed|ing|t)?\b(?:[^.;]|\.(?=\d)){0,40}?(?:[$€£¥]\s?\d|\d\s*(?:million|billion)|"
                             r"dollars|euros|money|revenues?|income|currency|cash|profits?)(?:[^.;]|\.(?=\d)){0,30}?"
                             rf"\bfrom\s+{_PLACE}")
# Countries that take North Korea's workers in, said of a list: "China and Russia, which host the majority of North
# Korea's overseas workers"; "Poland ... is nonetheless one of the few countries still hosting North Korean workers"
# ("in China, Myanmar, and Russia, who often receive North Korea's coal": a country's buyers as "who")
_WHICH_HOST_EN = re.compile(r",?\s+(?:which|who)\s+(?:also\s+|still\s+|often\s+|mostly\s+|usually\s+)?(?:host|hosts|hosted|employ|"
                            r"employs|employed|receive|receives|received|take\s+in|takes\s+in|took\s+in)\b")
_HOST_SUBJECT_EN = re.compile(rf"^\s*{_PLACE}\b[^;]{{0,80}}?\b(?:one\s+of\s+the\s+(?:\w+\s+)?countries|a\s+country)\s+"
                              r"(?:that\s+(?:is\s+)?)?(?:still\s+)?(?:hosting|hosts|host|employing|employs)\s+(?:[\w-]+\s+){0,2}?"
                              r"North\s+Koreans?\b")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float
    text: str


_UNIONS = {"european union": "eu", "eu": "eu", "유럽연합": "eu", "europe": "eu"}


def place_code(name: str) -> str | None:
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return CITIES.get(key.lower()) or CITIES.get(key) or _UNIONS.get(key.lower()) or to_iso2(key)


def find_destinations(text: str) -> list[PlaceHit]:
    hits: list[PlaceHit] = []
    for m in _DEST_EN.finditer(text):
        if _CUSTODY_EN.search(text) and _TAKEN_EN.match(m.group()) and _VESSEL_SUBJECT_EN.search(text, 0, m.start()):
            continue  # a seized ship taken into custody somewhere carries no goods there ("transported to American Samoa")
        if _VOYAGE_EN.match(m.group()) and not _CARGO_EN.search(text):
            continue  # a leader or a delegation "en route to Vladivostok" carries no goods
        hits.extend(_place_hit(m, text, "destination:verb", 0.85))
        # the same goods go on in the clause: "exported from North Korea to China, or ..., into the United States"
        clause = re.match(r"[^.;]*", text[m.end():]).group()  # type: ignore[union-attr]
        for more in _ONWARD_EN.finditer(clause):
            shifted = _ONWARD_EN.match(text, m.end() + more.start())
            if shifted:
                hits.extend(_place_hit(shifted, text, "destination:verb", 0.75))
    for m in _DEST_KO.finditer(text):
        hits.extend(_place_hit(m, text, "destination:verb", 0.85))
    if _WORKERS_KO.search(text):
        for m in _DEST_KO_SENT.finditer(text):
            hits.extend(_place_hit(m, text, "destination:sent", 0.8))
    for m in _PORTS_EN.finditer(text):
        code = _ADJECTIVES.get(m.group("place").lower()) or place_code(m.group("place")) or \
            {"eu": "eu", "u.s.": "us", "us": "us", "canadian": "ca"}.get(m.group("place").lower())
        if code:
            hits.append(PlaceHit(m.start("place"), m.end("place"), {"country": code}, "destination:import", 0.8,
                                 m.group("place")))
    if "주문" in text or "납품" in text:
        for m in _DEST_KO_BUYERS_ORDER.finditer(text):
            hits.extend(_list_hits(m, "destination:ordered", 0.7))
        if "북한" in text:
            for m in _DEST_KO_FIRM_OF.finditer(text):
                hits.extend(_list_hits(m, "destination:ordered", 0.65))
    for rx, rule in ((_DEST_KO_LIST, "destination:verb"), (_DEST_KO_GOODS, "destination:export_goods")):
        for m in rx.finditer(text):
            hits.extend(_list_hits(m, rule, 0.8))
            if rx is _DEST_KO_LIST:  # the list's other members that CLDR names (스웨덴, 프랑스, 브라질)
                hits.extend(_list_hits(m, rule, 0.75, r"(?<![가-힣])[가-힣]{2,8}(?=\s*(?:,|과|와|및|·|등|으로|로|에|까지))",
                                       whole=True))
    for m in _DEST_KO_TRADE.finditer(text):
        abbr = m.group("abbr") or m.group("abbr2")
        at = m.start("abbr") if m.group("abbr") else m.start("abbr2")
        hits.append(PlaceHit(m.start(), at + len(abbr), {"country": _KO_TRADE_ABBR[abbr]},
                             "destination:trade_with", 0.75, text[m.start():at + len(abbr)]))
    if "북한" in text:
        for rx, rule in ((_DEST_KO_IMPORTER, "destination:import"), (_DEST_KO_COMPOUND, "destination:sent"),
                         (_DEST_KO_WITHIN, "destination:host")):
            for m in rx.finditer(text):
                names = _KO_PLACE if rx is _DEST_KO_WITHIN else _KO_COUNTRY
                hits.extend(_list_hits(m, rule, 0.7, names))
    # (a quoted sentence of a report about North Korean workers may not name North Korea: 러시아는 ... 노동자를 받아 왔다)
    if "북한" in text or not _OTHER_NATIONALS_KO.search(text):
        for m in _DEST_KO_RECEIVES.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.7 if "북한" in text else 0.62, _KO_PLACE))
    for rx in ((_DEST_KO_VESSEL, _DEST_KO_UNLOADED, _DEST_KO_SEA_TO)
               if ("선" in text or "하역" in text or "양륙" in text or "해역" in text or "항" in text) else ()):
        for m in rx.finditer(text):
            hits.extend(_list_hits(m, "destination:landed", 0.65, _KO_PLACE))
    for m in (_UNLOADED_EN.finditer(text) if "load" in text or "discharg" in text or "landed" in text else ()):
        hits.extend(_place_hit(m, text, "destination:landed", 0.65))
    if "파견" in text or "송출" in text:
        for rx in (_DEST_KO_PARTNER, _DEST_KO_SENT_TO):
            for m in rx.finditer(text):
                if rx is _DEST_KO_PARTNER and m.group("list2"):
                    code = _KO_COUNTRIES.get(m.group("list2")) or place_code(m.group("list2"))
                    if code:
                        hits.append(PlaceHit(m.start("list2"), m.end("list2"), {"country": code}, "destination:sent", 0.65,
                                             m.group("list2")))
                    continue
                hits.extend(_list_hits(m, "destination:sent", 0.65, _KO_COUNTRY))
    # (only where the sentence counts them or the countries: a country that reports how many it sent back reports the
    # workers it had; "중국은 북한 노동자들을 돌려보냈다" alone, a return, is no host, as round 6 read it)
    if _WORKERS_KO.search(text) and _REPATRIATED_KO.search(text) and _COUNTED_BACK_KO.search(text):
        for m in _DEST_KO_REPATRIATING.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.62))
    if "북한" in text:
        for m in _DEST_KO_THEIRS.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.65, _KO_PLACE))
    for m in (_DEST_KO_WHERE_THEY_ARE.finditer(text) if "있" in text else ()):
        hits.extend(_list_hits(m, "destination:host", 0.62, _KO_PLACE))
    for m in (_DEST_KO_ARRIVED.finditer(text) if "명" in text else ()):
        hits.extend(_list_hits(m, "destination:arrived", 0.65, _KO_PLACE))
    # (a work visa is the worker's: the sentence need not name North Korea, 러시아는 ... 7465명에 대해 취업비자를 발급했다)
    for m in (_DEST_KO_VISAS.finditer(text) if "비자" in text or "허가" in text else ()):
        hits.extend(_list_hits(m, "destination:host", 0.7, _KO_COUNTRY))
    # people counted as they go to a place went there: 약 500명이 랴오닝성 단둥에 간 것으로
    if _COUNTED_KO.search(text):
        for m in _DEST_KO_WENT.finditer(text):
            if _COUNTED_KO.search(text, 0, m.start()):
                hits.extend(_list_hits(m, "destination:went", 0.62, _KO_PLACE))
    for m in (_DEST_KO_RESIDE.finditer(text) if _RESIDENT_WORKERS_KO.search(text) else ()):
        hits.extend(_list_hits(m, "destination:host", 0.62, _KO_PLACE))
    for m in (_DEST_KO_PORT.finditer(text) if _CLEARED_KO.search(text) else ()):
        hits.extend(_list_hits(m, "destination:import", 0.65, _KO_PLACE))
    for m in (_DEST_KO_SOLD_IN.finditer(text) if "에서" in text else ()):
        hits.extend(_list_hits(m, "destination:market", 0.62, _KO_PLACE))
    for m in _DEST_KO_TRANSIT.finditer(text):
        if _KO_TRADE_VERB.search(text, m.end()):
            hits.extend(_list_hits(m, "destination:transit", 0.7))
    if _WORKERS_KO.search(text):
        for m in _DEST_KO_HOST.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.7))
    # (workers sent abroad name whose workers they are: 외화벌이 노동자가 많이 파견된 나라는 중국인데 중국에는 ...)
    if ("북한" in text or _SENT_WORKERS_KO.search(text)) and _PRESENT_CONTEXT_KO.search(text):
        for m in _DEST_KO_PRESENT.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.65, _KO_PLACE))
    if _WORKERS_KO.search(text):
        for m in _DEST_KO_COUNTRIES_COUNT.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.65, _KO_PLACE))
    if "북한" in text:
        if _WORKERS_PRESENT_KO.search(text):
            for rx in (_DEST_KO_WORKPLACE, _DEST_KO_CENTRE):
                for m in rx.finditer(text):
                    hits.extend(_list_hits(m, "destination:host", 0.62, _KO_PLACE))
        # (people who work or are counted, or goods: not a leader's or a delegation's visit, 김정은이 러시아를 방문)
        if _MOVERS_KO.search(text):
            for rx, rule in ((_DEST_KO_WENT, "destination:went"), (_DEST_KO_VISIT, "destination:entry")):
                for m in rx.finditer(text):
                    hits.extend(_list_hits(m, rule, 0.62, _KO_PLACE))
    # goods made in North Korea and finished elsewhere went there: 북한에서 제조한 속눈썹이 중국에서 포장돼
    for m in _PROCESSED_KO.finditer(text):
        if "북한" in text[:m.start()]:
            hits.extend(_list_hits(m, "destination:processed", 0.7, _KO_PLACE))
    if _HOST_CONTEXT_EN.search(text):
        for rx in (_HOST_EN, _HOST_LIST_EN, _HOST_POSS_EN, _LEAVE_EN):
            for m in rx.finditer(text):
                if not _LABEL_BEFORE.search(text, 0, m.start()):
                    hits.extend(_place_hit(m, text, "destination:host", 0.6, rx is _HOST_POSS_EN))
    for m in (_IT_EMPLOYERS_EN.finditer(text) if _IT_CONTEXT_EN.search(text) else ()):
        adj = re.sub(r"\s+", " ", m.group("adj")).lower()
        code = {"u.s.": "us", "us": "us", "british": "gb", "canadian": "ca", "german": "de",
                "australian": "au"}.get(adj) or _ADJECTIVES.get(adj)
        if code:
            hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": code}, "destination:employers", 0.6,
                                 m.group("adj")))
    for m in (_IT_FIRM_POSS_EN.finditer(text) if "'s" in text or "’s" in text else ()):
        code = _ADJECTIVES.get(re.sub(r"\s+", " ", m.group("adj")).lower())
        if code:
            hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": code}, "destination:host", 0.6,
                                 m.group("adj")))
    for m in (_OWNED_BY_EN.finditer(text) if "by" in text and _OWNED_CONTEXT_EN.search(text) else ()):
        for owner in re.finditer(_OWNER_ADJ_EN, m.group("adjs")):
            key = re.sub(r"\s+", " ", owner.group()).lower()
            code = _OWNER_NOT_BY_RULE.get(key) or demonym_code(key)
            if code:
                at = m.start("adjs") + owner.start()
                hits.append(PlaceHit(at, at + len(owner.group()), {"country": code}, "destination:host", 0.6, owner.group()))
    for m in (_SOLD_ON_EN.finditer(text) if "on" in text else ()):
        key = re.sub(r"\s+", " ", m.group("adj")).lower()
        code = _OWNER_NOT_BY_RULE.get(key) or demonym_code(key)
        if code and code != "kp":
            hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": code}, "destination:marketplace", 0.6,
                                 m.group("adj")))
    for m in _RECIPIENT_EN.finditer(text):
        hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": _ADJECTIVES[m.group("adj").lower()]},
                             "destination:buyers", 0.65, m.group("adj")))
    if _EMPLOYS_EN.search(text):
        for m in _BASED_EN.finditer(text):
            hits.extend(_place_hit(m, text, "destination:host", 0.6))
    if _ENTRY_CONTEXT_EN.search(text):
        for m in _ENTRY_EN.finditer(text):
            hits.extend(_place_hit(m, text, "destination:entry", 0.65))
    for m in _PROCESSED_EN.finditer(text):
        if re.search(r"North\s+Korea", text[:m.start()]):
            hits.extend(_place_hit(m, text, "destination:processed", 0.7))
    # (a country that bans or sanctions what enters its land hosts no one: 미국은 자국에 들어오는 … 수입을 금지)
    own_land = "자국" in text and "북한" in text and not re.search(r"금지|제재|차단|막았|막는|막기", text)
    for m in (_DEST_KO_OWN_LAND.finditer(text) if own_land else ()):
        hits.extend(_list_hits(m, "destination:host", 0.62, _KO_PLACE))
    if _STATUE_WORK_KO.search(text):
        for rx in (_DEST_KO_ORDERED, _DEST_KO_BUILT_IN, _DEST_KO_CONTRACT, _DEST_KO_PAYS):
            for m in rx.finditer(text):
                hits.extend(_list_hits(m, "destination:ordered", 0.6))
    for m in _DEST_KO_NAMED_LIST.finditer(text):
        hits.extend(_named_list_hits(m, "destination:host", 0.6))
    if _MADE_EN.search(text):
        for m in _ORDERED_EN.finditer(text):
            hits.extend(_one_place(m, text, "destination:ordered", 0.65))
    for m in _EARNED_FROM_EN.finditer(text):
        hits.extend(_one_place(m, text, "destination:pays", 0.6))
    for m in _CLIENTS_EN.finditer(text):
        # the countries are the subject, a list and nothing else ("Equatorial Guinea, Angola ... are also clients"),
        # and a list that goes on after it ("....and, yes, Namibia"); not "firms are clients of banks in China"
        found = list(countries_in_en(text, 0, m.start()))
        rest = _COUNTRY_LIST_JOINS.sub("", re.sub("|".join(re.escape(text[a:b]) for a, b, _ in found) or "^$", "",
                                                  text[:m.start()]))
        if not found or rest.strip():
            continue
        tail = _LIST_GOES_ON.match(text, m.end())
        found += list(countries_in_en(text, tail.end(), len(text))) if tail else []
        for a, b, code in found:
            hits.append(PlaceHit(a, b, {"country": code}, "destination:buyers", 0.6, text[a:b]))
    for m in _WHICH_HOST_EN.finditer(text):
        # the list just before "which": back to the start of its clause
        clause = max(text.rfind(c, 0, m.start()) for c in (";", ":", "—", "(")) + 1
        for a, b, code in countries_in_en(text, clause, m.start()):
            hits.append(PlaceHit(a, b, {"country": code}, "destination:host", 0.6, text[a:b]))
    for m in (_HOST_SUBJECT_EN.finditer(text) if "North Korean" in text else ()):
        hits.extend(_one_place(m, text, "destination:host", 0.6))
    for code, rx in _CUSTOMS_ACTION:
        for m in rx.finditer(text):
            hits.append(PlaceHit(m.start("auth"), m.end("auth"), {"country": code}, "destination:customs", 0.6,
                                 m.group("auth")))
    if ("Port" in text or " port" in text or "arbo" in text) and _ARRIVAL_EN.search(text):
        for m in _PORT_EN.finditer(text):
            name = m.group("place") or m.group("place2")
            code = PORTS.get(name.lower())
            if code:
                at = m.start("place") if m.group("place") else m.start("place2")
                hits.append(PlaceHit(at, at + len(name), {"country": code, "place": name}, "destination:port", 0.65, name))
    for m in (_PORT_KO.finditer(text) if "항" in text else ()):
        code = PORTS.get(m.group("place"))
        if code:
            hits.append(PlaceHit(m.start("place"), m.end("place") + 1, {"country": code, "place": m.group("place")},
                                 "destination:port", 0.65, m.group("place") + "항"))
    north = "North Korean" in text or "DPRK" in text
    for m in (_VISAS_EN.finditer(text) if "North Korean" in text or "DPRK" in text else ()):
        hits.extend(_one_place(m, text, "destination:host", 0.6))
    for m in (_TAKES_IN_EN.finditer(text) if north else ()):
        hits.extend(_one_place(m, text, "destination:host", 0.6))
    for m in _TAKES_WORKERS_EN.finditer(text):
        hits.extend(_one_place(m, text, "destination:host", 0.6))
    if _ABROAD_CONTEXT_EN.search(text):
        for m in _WORK_IN_EN.finditer(text):
            hits.extend(_place_hit(m, text, "destination:host", 0.6))
    if _ABROAD_CONTEXT_EN.search(text) or _HOST_CONTEXT_EN.search(text):
        for m in _DEPART_EN.finditer(text):
            hits.extend(_place_hit(m, text, "destination:host", 0.6))
    for m in _DEPLOYED_EN.finditer(text):
        hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": _ADJECTIVES[m.group("adj").lower()]},
                             "destination:host", 0.6, m.group("adj")))
    for m in (_NATIONAL_BUYER_EN.finditer(text) if "from" in text else ()):
        code = _ADJECTIVES.get(m.group("adj").lower()) or demonym_code(m.group("adj"))
        if code and code != "kp":
            hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": code}, "destination:buyers", 0.6, m.group("adj")))
    labour = [(w.start(), w.end()) for w in _LABOUR_CONTEXT_EN.finditer(text)]
    for m in (_NATIONAL_SITE_EN.finditer(text) if labour else ()):
        # (in the workers' own clause, no comma or colon between: not "workers in Laos, ..., and a Chinese company
        # supplying the government with electronics")
        near = any(re.fullmatch(r"[^,;:()]{0,50}", text[e:m.start()] if e <= m.start() else text[m.end():b])
                   for b, e in labour)
        code = _ADJECTIVES.get(m.group("adj").lower()) or demonym_code(m.group("adj"))
        if near and code and code != "kp" and not _LABEL_BEFORE.search(text, 0, m.start()):
            hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": code}, "destination:host", 0.6, m.group("adj")))
    for m in (_FIRM_OF_CHAIN_EN.finditer(text) if FIRM_OF_CHAIN and _CHAIN_CONTEXT_EN.search(text) else ()):
        g = next(k for k in ("adj", "based", "based2") if m.group(k))
        word = m.group(g)
        code = (_ADJECTIVES.get(word.lower()) or demonym_code(word)) if g == "adj" else (
            place_code(word) or demonym_code(word) or {"u.s.": "us", "u.k.": "gb"}.get(word.lower()))
        if code and code not in ("kp", "kr") and not _LABEL_BEFORE.search(text, 0, m.start()) \
                and not _SUPPLIER_AFTER_EN.match(text, m.end()):
            hits.append(PlaceHit(m.start(g), m.end(g), {"country": code}, "destination:host:firm", 0.55, word))
    for m in _SOLD_IN_EN.finditer(text):
        hits.extend(_place_hit(m, text, "destination:market", 0.65))
    for m in _DEST_COUNTRIES_EN.finditer(text):
        hits.extend(_place_hit(m, text, "destination:verb", 0.75))
    if "North Korea" in text and _BUY_WORDS.search(text) and re.search(r"\bfrom\s+North\s+Korea|\bNorth\s+Korean[- ](?:made|produced)|\bmade\s+in\s+North\s+Korea|"
                 r"manufactured\s+in\s+North\s+Korea", text):
        for m in _IMPORTER_EN.finditer(text):
            hits.extend(_one_place(m, text, "destination:import", 0.6))
    for m in (_EMPLOYERS_EN.finditer(text) if north else ()):
        hits.append(PlaceHit(m.start("adj"), m.end("adj"), {"country": _ADJECTIVES[m.group("adj").lower()]},
                             "destination:host", 0.6, m.group("adj")))
    for m in _BUYERS_IN_EN.finditer(text):
        hits.extend(_place_hit(m, text, "destination:buyers", 0.65))
    if "trade" in text:
        for m in _TRADE_WITH_EN.finditer(text):
            hits.extend(_place_hit(m, text, "destination:trade_partner", 0.6))
    for m in _BUYERS_KO_NAMED.finditer(text):  # (미 월마트: the country's one-syllable name)
        if m.group("abbr"):
            hits.append(PlaceHit(m.start("abbr"), m.end("abbr"), {"country": _KO_TRADE_ABBR[m.group("abbr")]},
                                 "destination:buyers", 0.6, m.group("abbr")))
        else:
            hits.extend(_list_hits(m, "destination:buyers", 0.6))
    # goods of a country's brands that North Koreans make go there: 북한 노동자들이 가공하는 남측 의류
    if "북한" in text and _MADE_KO.search(text):
        for m in _DEST_KO_BRANDS.finditer(text):
            hits.extend(_list_hits(m, "destination:ordered", 0.6))
    for m in (_DEST_KO_EMPLOYER.finditer(text) if "북한" in text else ()):
        hits.extend(_list_hits(m, "destination:host", 0.65))
    for m in (_DEST_KO_EMPLOYING.finditer(text) if "북한" in text else ()):
        hits.extend(_list_hits(m, "destination:host", 0.65, _KO_PLACE))
    for m in (_DEST_KO_BOUND.finditer(text) if "로" in text else ()):
        hits.extend(_list_hits(m, "destination:verb", 0.7, _KO_PLACE))
    if "북한" in text and _FORCED_WORKERS_KO.search(text):
        for m in _DEST_KO_FACTORY.finditer(text):
            hits.extend(_list_hits(m, "destination:host", 0.6))
    for rx in (_BUYERS_EN, _BUYERS_KO):
        for m in rx.finditer(text):
            code = _ADJECTIVES.get(m.group("adj").lower())
            if code:
                hits.append(PlaceHit(m.start(), m.end(), {"country": code}, "destination:buyers", 0.6,
                                     m.group()))
    return _dedupe(hits)


_WAR_AFTER_KO = re.compile(r"\s*(?:전쟁|침공|전선|분쟁|내전|사태)")


def _list_hits(m: re.Match[str], rule: str, conf: float, names: str = _KO_COUNTRY,
               whole: bool = False) -> Iterator[PlaceHit]:
    """The places of the match's list (`whole`: of the whole match, the list and the members after it)."""
    base = m.start() if whole else m.start("list")
    span = m.group() if whole else m.group("list")
    for c in re.finditer(names, span):
        name = c.group()
        code = _KO_COUNTRIES.get(name, "") if name in _KO_COUNTRIES else place_code(name)
        if name in ("남한", "남측"):  # 남측: South Korea as inter-Korean texts name it
            code = "kr"
        if code and code != "kp":
            start = base + c.start()
            if _WAR_AFTER_KO.match(m.string, start + len(name)):
                continue  # 우크라이나 전쟁: a country named for its war is no place the workers or goods go
            yield PlaceHit(start, start + len(name), {"country": code}, rule, conf, name)


def _named_list_hits(m: re.Match[str], rule: str, conf: float) -> Iterator[PlaceHit]:
    """The members of a list the sentence calls countries: each read by the country table, or else as the one Korean
    name CLDR gives that is spelt nearly the same; nothing unless at least one member is read exactly."""
    members = list(re.finditer(r"[가-힣]+", m.group("list")))
    exact = [_KO_COUNTRIES.get(w.group()) or place_code(w.group()) for w in members]
    if not any(c and c != "kp" for c in exact):
        return
    for w, code in zip(members, exact, strict=True):
        code = code or _ko_variant(w.group())
        if code and code != "kp":
            start = m.start("list") + w.start()
            yield PlaceHit(start, start + len(w.group()), {"country": code}, rule, conf, w.group())


def _jamo(word: str) -> list[int]:
    """A Hangul word as its letters (initial, vowel, final), for comparing spellings."""
    out: list[int] = []
    for c in word:
        n = ord(c) - 0xAC00
        if 0 <= n < 11172:
            out += [n // 588, 100 + (n % 588) // 28] + ([200 + n % 28] if n % 28 else [])
        else:
            out.append(ord(c))
    return out


def _edits(a: list[int], b: list[int]) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _ko_variant(word: str) -> str | None:
    """The country whose CLDR Korean name has as many syllables and differs by at most two letters (보스와나 ->
    보츠와나, 베닌 -> 베냉), when exactly one does."""
    from babel import Locale

    jw = _jamo(word)
    found = {code.lower() for code, name in Locale.parse("ko").territories.items()
             if len(code) == 2 and len(name) == len(word) and _edits(jw, _jamo(name)) <= 2}
    return found.pop() if len(found) == 1 else None


def _place_hit(m: re.Match[str], text: str, rule: str, conf: float, owner: bool = False) -> Iterator[PlaceHit]:
    """The place the pattern found and the other places of its list ("to Russia and China"); `owner`: the place
    may be written as a possessive ("Russia’s")."""
    first = list(_one_place(m, text, rule, conf, owner))
    yield from first
    pos = m.end("place") if not first else first[0].end
    while True:
        nxt = _LIST_NEXT_EN.match(text, pos)
        if not nxt:
            return
        found = list(_one_place(nxt, text, rule, conf - 0.05))
        yield from found
        # a region that is no country ("Central Asia") keeps the list going; a run that ends in a word does not
        pos = found[0].end if found else nxt.end("place")


def _one_place(m: re.Match[str], text: str, rule: str, conf: float, owner: bool = False) -> Iterator[PlaceHit]:
    place = m.group("place")
    # Try the longest prefix of the capitalised run that names a place ("China where ..." -> "China").
    words = place.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if owner:
            candidate = re.sub(r"['’]s$", "", candidate)  # "on Russia’s frozen Pacific coast" is in Russia
        code = place_code(candidate)
        bare = candidate.replace(".", "")
        if bare.isascii() and len(bare) <= 2 and bare.upper() not in ("US", "UK", "EU"):
            code = None  # "St" of "St Petersburg" is no country code
        if code and code != "kp":
            start = m.start("place") + place.index(candidate)
            span_text = text[start:start + len(candidate)]
            city = candidate.lower() in CITIES or candidate in CITIES
            value: dict[str, Any] = {"country": code}
            if city:
                value["place"] = candidate
            yield PlaceHit(start, start + len(candidate), value, rule, conf, span_text)
            return
    # "the Russian Far East", "the Chinese mainland": a country's adjective before a word for a part of it
    region = re.match(r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:Far\s+East|East|West|North|South|Mainland|Border|Coast|"
                      r"Region|Regions|Provinces?|Interior|Arctic)\b", place)
    if region and region.group("adj").lower() in _ADJECTIVES:
        start = m.start("place") + region.start("adj")
        yield PlaceHit(start, m.start("place") + region.end(), {"country": _ADJECTIVES[region.group("adj").lower()]},
                       rule, conf, text[start:m.start("place") + region.end()])


def _dedupe(hits: list[PlaceHit]) -> list[PlaceHit]:
    chosen: list[PlaceHit] = []
    for h in sorted(hits, key=lambda h: -h.confidence):
        if not any(h.start < c.end and c.start < h.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


# Marketplaces as Korean and Chinese reports write them.
_PLATFORMS_CJK = (r"淘宝|天猫|拼多多|亚马逊|速卖通|阿里巴巴|京东|타오바오|티몰|핀둬둬|핀뚜오뚜오|아마존|알리익스프레스|알리바바|테무|쿠팡|"
                  r"징둥|쉬인")
# Sales channels: phrase -> (channel, platform name or None).
_CHANNELS: list[tuple[str, str, float]] = [
    (r"\b(?:internet|online|e-?commerce|web)\s+(?:platforms?|marketplaces?|shops?|stores?|malls?|sites?|"
     r"retailers?|sellers?|portals?)\b|"
     # (a web portal that lists goods for sale: "being sold on a major South Korean portal site")
     r"\bportal\s+(?:sites?|websites?)\b", "internet_platforms", 0.85),
    (r"\b(?:sold|sells?|selling|posted|listed|offered|advertised)\s+(?:\w+\s+){0,3}?online\b",
     "internet_platforms", 0.75),
    (r"\be-?commerce\b", "internet_platforms", 0.7),
    (r"\b(?:Amazon|AliExpress|Alibaba|Taobao|Tmall|Pinduoduo|Temu|Shein|JD\.com|1688\.com|eBay|Etsy|Wish|"
     # (a portal's shopping pages where goods are put on sale: "on sale on Naver"; the portal is no body of the chain)
     r"Shopee|Lazada|Coupang|TikTok Shop|(?<=on\s)(?:Naver|Daum|Gmarket))\b", "internet_platforms", 0.85),
    (r"(?:인터넷|온라인)\s*(?:플랫폼|쇼핑몰|쇼핑|시장|판매|상점|마켓)|전자\s*상거래|网购|电商|网上商城|" + _PLATFORMS_CJK,
     "internet_platforms", 0.85),
    (r"\bwholesale\s+(?:markets?|dealers?|traders?)\b|도매\s*시장|批发市场", "wholesale_market", 0.8),
    (r"\btrading\s+(?:companies|company|firms?|houses?)\b|무역\s*회사|무역\s*기관|외화벌이\s*(?:회사|기관|단위)|"
     # (through a trading firm or broker: 通过中介贸易公司)
     r"(?:通过|经由|经过|借助)[\u4e00-\u9fff]{0,4}?(?:贸易公司|贸易商|外贸公司|中介公司)",
     "trading_company", 0.7),
    (r"\b(?:processing[- ]on[- ]commission|contract\s+(?:manufacturing|processing)|consignment processing|"
     r"outward\s+processing|original\s+equipment\s+manufactur\w*)\b|\bOEM\b|"
     r"임가공|위탁\s*가공|역외\s*가공|출료\s*가공|주문자\s*생산|委托加工|来料加工|出料加工|代工|贴牌|外包加工|"
     # production on commission said with its other verbs: 위탁 생산, 위탁 제조; 委托养殖和加工, 委托养殖、加工贝类
     # (주문 생산, production to a buyer's order, as 주문자 생산)
     r"위탁\s*(?:생산|제조|봉제)|주문\s*생산(?!량)|委托[\u4e00-\u9fff]{0,3}?(?:和|与|及|、)(?:加工|生产)|"
     r"(?:送|运|发)(?:至|到|往)(?:朝鲜|北韩)(?:进行)?加工|在(?:朝鲜|北韩)(?:进行)?加工|"
     # 将面料和其他原材料运送到跨越边境的朝鲜工厂,这些工厂组装和出口: materials sent to be made up
     r"(?:原材料|原料|面料|材料|布料)[^。]{0,30}?(?:运|送|发)[^。]{0,3}?(?:到|至|往)[^。]{0,10}?(?:朝鲜|北韩)[^。]{0,20}?"
     r"(?:组装|加工|缝制|生产)|"
     # "outsource the production of export goods", "toll manufacturing contracts", 외주 가공
     r"\boutsourc(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:production|manufactur\w*|processing|assembly)\b|"
     r"\btoll\s+(?:manufactur\w*|processing)\b|외주\s*가공|"
     # work sought or taken from foreign firms by North Korean traders or factories: "North Korean traders are bidding
     # for more work from Chinese electronics companies"
     r"(?<=North Korean )(?:[\w-]+\s+){0,3}?(?:are|were|is|was)?\s*(?:[\w-]+\s+){0,3}?(?P<at2>(?:work|orders?|contracts?|jobs)\s+"
     r"from\s+(?-i:[A-Z])[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|manufacturers|clients|brands|buyers))\b|"
     # "North Korea manufactures knitted dolls ... on order from China"
     r"\b(?:manufactur\w*|made|mak(?:e|es|ing)|produc\w*|assembl\w*)\b[^.;]{0,120}?\b(?P<at>on\s+orders?\s+from|"
     # "800,000 flowers ordered by France" (a foreign buyer's order, as "on order from")
     r"(?:ordered|commissioned)\s+by(?=\s+(?:the\s+)?(?-i:[A-Z])))\b|"
     # materials received from a buyer, made up and sent back: 중국 업체로부터 원단을 받아 옷을 만든 뒤 다시 중국으로 보낸다
     r"(?:원단|원자재|부자재|자재|원료|재료|천)(?:를|을)?\s*(?:받아|공급받아|들여와|넘겨받아)[^.。]{0,40}?(?:만든|만들어|가공|제작|생산|봉제)"
     r"[^.。]{0,30}?(?:보내|보낸|수출|납품|되팔|되파)|"
     # a buyer supplies the materials and North Koreans make them up: 중국 기업이 원자재를 제공하고 북한 노동자가 가공하는
     r"(?:원자재|원료|원단|부자재|자재|재료)(?:를|을)?\s*(?:제공|공급|대고|대주|대준|보내)[^.。]{0,30}?(?:가공|봉제|만들|만드|생산|조립)|"
     # the work sent to North Korea to be made up there: 상당수 물량을 북한으로 보내서 제조한다
     r"북한(?:으로|에)\s*(?:보내|보낸|넘겨|넘긴|맡겨|맡긴)[가-힣]*\s*(?:[가-힣]+\s+){0,2}?(?:제조|가공|생산|봉제|만들|만드|조립)|"
     # materials imported, made up and sold back: 재료를 수입해 가발 등을 만들어 완제품으로 중국에 되파는 방식
     r"(?:원|원자|재)료(?:를|을)?\s*(?:수입해|들여와|들여오|받아)[^.]{0,40}?(?:되파|되팔|재수출|다시\s*(?:수출|팔))|"
     # goods made up in North Korea for a buyer elsewhere: 经过朝鲜以及国内的加工; a stage of production moved there,
     # 假发钩织环节被逐渐转移到了朝鲜 (in simplified characters: the sentence is matched as written and simplified)
     r"(?:经过|經過|经由|經由)(?:朝鲜|朝鮮|北韩|北韓)[^,，。]{0,8}?(?:的)?加工|"
     # 加工贸易 (processing trade, China's customs term for goods made up from supplied materials); the buyer supplies
     # the cloth and North Korea's factories sew it: 中国企业提供面料和辅料,朝鲜工厂负责裁剪和缝制
     r"加工贸易|加工貿易|提供[^,，。]{0,8}?(?:面料|原料|原材料|材料|布料|辅料|輔料)[^。]{0,20}?(?:朝鲜|朝鮮|北韩|北韓)[^。]{0,10}?"
     r"(?:缝制|縫製|加工|生产|生產|组装|組裝|制作|製作)|"
     # 中国企业委托朝鲜加工的纺织品: processing commissioned from North Korea (委托加工 with its maker between)
     r"委托(?:朝鲜|朝鮮|北韩|北韓)[^,，。]{0,8}?(?:加工|生产|制作|代工)|"
     # materials sent to North Korea and the goods made from them bought back: 向朝鲜出口原材料后,再进口于当地生产加工的成品
     r"(?:出口|运送|運送|提供|输出|輸出|发送|發送|运|送)(?:了)?(?:原材料|原料|面料|布料|辅料|輔料)[^。]{0,10}?(?:后|後|之后|之後)?"
     r"[,，]?\s*(?:再|然后|然後)?(?:进口|進口|运回|運回|买回|買回|返销|返銷)[^。]{0,16}?(?:成品|制品|製品|产品|產品)|"
     r"(?:环节|環節|工序|生产线|生產線|订单|訂單|加工业务|加工業務)[^,，。]{0,8}?(?:转移|轉移|外包|移)(?:到|至|给|給)(?:了)?"
     r"(?:朝鲜|朝鮮|北韩|北韓)",
     "contract_processing", 0.8),
    # Labour export: the state sends workers abroad and takes their pay.
    # ("three North Korean firms ... as providing labourers": firms that supply the state's workers)
    (r"\b(?:export(?:ation|ing|ed|s)?|sending|dispatch(?:ing|ed)?|supply|supplying|providing)\s+(?:of\s+)?(?:\w+\s+){0,4}?"
     r"(?:workers|laborers|labourers|labou?r)\b(?:\s+(?:abroad|overseas|worldwide|from\s+North\s+Korea|to\s+overseas))?|"
     # "the North's labor dispatches", "sends tens of thousands abroad", "sent by their government to work",
     # "workers employed overseas"
     r"\b(?:labou?r|workers?)\s+dispatch(?:es)?\b|"
     r"\b(?:send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?)\s+(?:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|"
     r"[\d,]+)\s+(?:of\s+(?:\w+\s+)?(?:workers|laborers|labourers|people|nationals|citizens)\s+)?"
     r"(?:abroad|overseas|worldwide)\b|"
     r"\b(?:sent|dispatched|outsourced|deployed)\s+by\s+(?:their|the|its)\s+(?:\w+\s+)?(?:government|state|regime)\b|"
     r"\b(?:workers|laborers|labourers)\s+(?:employed|working|deployed|stationed)\s+(?:abroad|overseas)\b|"
     r"\bwork(?:s|ed|ing)?\s+(?:abroad|overseas)\s+as\s+(?:\w+\s+)?(?:laborers|labourers|workers)\b|"
     r"\boverseas\s+(?:information\s+technology\s+(?:\(IT\)\s+)?|IT\s+|construction\s+|seafood\s+|factory\s+)?"
     r"(?:workers|laborers|labourers)\b|\boverseas\s+(?:[\w-]+\s+)?labou?r\s+force\b|"
     r"\b(?:labou?r|workers?)\s+exports?\b|\b(?:workers|laborers|labourers|nationals|citizens)\s+(?:\w+\s+){0,2}?"
     r"(?:(?:dispatched|deployed)\s+(?:abroad|overseas|to)|sent\s+(?:abroad|overseas))\b|\b(?:sending|sent|sends|send|dispatch(?:ing|ed|es)?)\s+(?:their\s+|its\s+)?"
     r"(?:citizens|nationals|laborers|labourers|workers)\s+(?:abroad|overseas|to\s+(?:work|distant|(?:the\s+)?(?-i:[A-Z])))|"
     # "laborers continue to work overseas"; "delegations of North Korean IT workers" (a state's work teams abroad)
     r"\b(?:workers|laborers|labourers)\s+(?:\w+\s+){0,3}?work(?:s|ed|ing)?\s+(?:abroad|overseas)\b|"
     # "... forced labour - factory workers, waitresses ... - who are sent abroad"
     r"\bwho\s+(?:are|were|have\s+been|had\s+been)\s+(?:sent|dispatched)\s+(?:abroad|overseas)\b|"
     r"\bdelegations?\s+of\s+(?:\w+\s+){0,3}?(?:workers|laborers|labourers)\b|"
     # "dispatches thousands of laborers to Russia", "workers it sent to China and Russia"
     r"\b(?:send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?)\s+(?:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|"
     r"[\d,]+|some\s+[\d,]+)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:workers|laborers|labourers)\b(?!\s+(?:home|back))|"
     r"\b(?:workers|laborers|labourers)\s+(?:that\s+|whom\s+)?(?:it|Pyongyang|the\s+regime|the\s+state|North\s+Korea)\s+"
     r"(?:has\s+|had\s+)?(?:sent|sends|send|dispatched|dispatches)\s+(?:abroad|overseas|to)\b|"
     # a firm abroad that contracts for a number of the state's workers takes part in the export: "to hire up to 30
     # DPRK IT workers", "the illegal employment of IT workers" (North Korea's IT workers are sent by the state);
     # workers hired "to work in Russia".  (A firm that does or does not "employ North Korean workers" is where
     # they are, not an export: sets 4 and 6 read it so.)
     r"\b(?:hir(?:e|es|ed|ing)|employ(?:s|ed|ing)?|recruit(?:s|ed|ing)?)\s+(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|some\s+)?"
     r"\d[\d,]*\s+(?:DPRK|North\s+Korean)\s+(?:[\w()-]+\s+){0,2}?(?:workers|laborers|labourers|nationals|women)\b|"
     # (the state's IT workers taking jobs with foreign firms: "obtain employment as remote information technology (IT)
     # workers for U.S. companies", set 12's IT convention)
     r"\b(?:employment|jobs?|positions?)\s+as\s+(?:remote\s+|freelance\s+)?(?:information\s+technology\s+(?:\(IT\)\s+)?|IT\s+)"
     r"(?:workers|developers|programmers)\s+(?:for|with|at)\b|"
     r"\b(?:employment|recruitment|hiring)\s+of\s+(?:[\w-]+\s+){0,2}?(?:DPRK\s+|North\s+Korean\s+)?(?:IT|information\s+technology)"
     r"\s+workers\b|"
     r"\b(?:workers|laborers|labourers)\s+to\s+work\s+(?:in|at)\s+(?=(?-i:[A-Z]))|"
     r"(?:노동자|근로자|인력|노동력)(?:들)?\s*(?:[0-9천만여\s명을씩]{0,12})?(?:를|을|은|는|이|가)?\s*(?:[가-힣0-9\s]{0,30}?)"
     r"(?:송출|파견(?!\s*(?:업체|회사|기업|업))|보내|보냈)|노동자\s*송출|해외\s*노동자|"
     # workers sent as their trade: 벌목공으로 파견돼
     r"(?:벌목공|건설공|용접공|미장공|재봉공|목공|광부|어부|선원|인부|노동자|근로자)(?:으로|로)\s*(?:[가-힣]+\s+)?(?:파견|송출)|"
     # the people sent named by who they are: 미혼 여성 파견
     r"(?:여성|남성|청년)(?:들)?\s*(?:을|를)?\s*(?:송출|파견)(?!\s*(?:업체|회사|기업))|"
     # North Korean workers counted as they take jobs in a workplace: 북한 인력 145명이 ... 중국 투먼시 섬유공장에 취업해
     r"북한\s*(?:인력|노동자|근로자|여성|여성\s*노동자)(?:들)?\s*(?:약\s*)?[\d,천만]+\s*(?:여\s*)?명(?:이|가|은|는)\s*"
     r"[^.。]{0,40}?(?:공장|업체|기업|회사|현장|산업단지|공단)(?:에|에서)\s*(?:[가-힣]+\s+)?(?:취업|고용)|"
     # workers taken from North Korea by the country that employs them: 북한으로부터 인력을 충원한
     r"북한\s*(?:으로부터|에서|에게서)\s*(?:[가-힣]+\s+){0,2}?(?:노동자|근로자|인력|노동력)(?:들)?(?:을|를)\s*"
     r"(?:충원|조달|데려|들여|수입|받아들|공급받)|이주\s*노동자|(?:인력|노동력)\s*(?:을|를)?\s*수출|해외\s*노동(?:력)?\s*(?:수출|송출|파견)|"
     # the workers named after the sending: 중국에 파견된 북한 노동자들
     r"(?:파견|송출)(?:된|한|돼|되어|되는)?\s*(?:[가-힣]+\s+){0,2}?(?:노동자|근로자|인력)|"
     r"보내(?:진|졌던|지는)\s*(?:[가-힣]+\s+){0,2}?(?:노동자|근로자|인력|여성|주민)|"
     # North Korea's workers abroad named as foreign labour (外劳), and cheap labour provided to a foreign firm: 朝鲜外劳,
     # 提供廉价的劳工
     r"(?:朝鲜|北韩)(?:籍)?(?:的)?(?:外劳|外籍劳工|海外劳工|海外工人)|提供[^,，。;；]{0,6}?(?:劳工|劳动力|劳力)|"
     # people going abroad to work as labourers (务工, 打工) in a sentence about North Korea: 北韩……更多移工等待前往俄罗斯务工
     r"(?:朝鲜|北韩)[^。;；]{0,40}?(?:前往|赴|到|去)[\u4e00-\u9fff]{2,8}?(?:务工|打工|做工)|"
     # Chinese: 被朝鲜派往中国工厂, 向国外派出了数万名员工, 劳务输出, 提供约4万名工人到中国
     r"派往|派遣|派到|外派|派外劳|派出(?!所)|劳务(?:输出|出口|派遣|合作)|(?:输出|出口)劳(?:工|务|动力)|"
     # (派 alone before the workers it sends: 一次性派数十名员工, 派劳工外出创汇; not 指派/分派, assigning)
     r"(?<![指分委])派(?:了)?[^,，。;；派]{0,6}?(?:劳工|工人|员工|劳务人员)|"
     # the export named by what is sold, the work force: 劳动人力出口, 劳动力输出, 人力出口 (traditional characters too)
     r"(?:劳动|勞動|劳动力|勞動力|人力)(?:人力)?(?:输出|輸出|出口)|"
     # 朝鲜在海外约有10万名劳工: workers abroad
     # (朝鲜人在海外劳动: North Koreans at work abroad, the work said by its verb)
     r"(?:在|于)(?:海外|境外|国外)[^,，。;；]{0,8}?(?:劳工|工人|劳务人员)|(?:朝鲜|北韩)人在(?:海外|境外|国外)(?:劳动|打工|务工|工作)|(?:海外|境外)(?:朝鲜|北韩)?(?:劳工|劳务人员)|"
     r"(?:提供|输送|送)[^,，。]{0,10}?(?:工人|劳工|劳动力)[^,，。]{0,2}?到|"
     # a host bringing workers in (珲春市引进三千名劳工) and the state sending people abroad, whatever it calls them
     # (向海外输出大量资讯科技(IT)人员)
     r"引进[^,，。;；]{0,8}?(?:劳工|工人|劳动力|劳务人员|技术人员|员工)|"
     r"向(?:海外|国外|境外)[^,，。;；]{0,2}?(?:输出|派遣|派出|输送|外派)|"
     # 向远东地区的伐木场输送劳工 (workers conveyed abroad, no 到); 在朝鲜国内被选中后,统一送往圣彼得堡 (picked at home, then
     # sent to a named place)
     r"(?:输送|輸送|输出|輸出)(?:了)?(?:大批|大量|数万|数千|上万)?(?:名)?(?:劳工|勞工|工人|劳动力|勞動力|劳务人员)|"
     r"(?:朝鲜|朝鮮|北韩|北韓)(?:国内|國內)?[^。]{0,8}?(?:被)?(?:选中|選中|选拔|選拔|挑选|挑選)[^。]{0,6}?(?:送往|送到|派往)|"
     # 北韩劳工前往俄罗斯: the workers go abroad
     # (or move into a country: 朝鲜劳工开始大举进入俄罗斯, 涌入俄罗斯)
     r"(?:朝鲜|北韩)(?:的)?(?:劳工|工人|劳动者|劳务人员)[^,，。]{0,4}?前往|"
     r"(?:朝鲜|北韩)(?:的)?(?:劳工|工人|劳动者|劳务人员|务工人员)[^,，。]{0,6}?(?:进入|涌入|流入|赴)|"
     # 朝鲜海外工人 (North Korea's overseas workers); 该项目雇用了大约50名朝鲜人 (a count of North Koreans hired abroad)
     # (朝鲜海外务工人员, "North Korea's people working overseas")
     r"(?:朝鲜|北韩)(?:的)?(?:海外|境外)(?:劳工|工人|劳务人员|务工人员|务工者|劳动者|员工)|"
     r"(?:雇用|雇佣|聘用|招募|招聘)(?:了)?(?:大约|约|近|超过)?\d[\d,]*(?:多|余)?名(?:朝鲜|北韩)(?:人|工人|劳工)|"
     # a country or firm that hosts North Korea's workers, or the workers counted at firms abroad (set 9's convention:
     # workers said to work, be employed or hosted abroad are exported labour): "still hosting North Korean workers",
     # "North Korean workers at two other businesses", "450 North Koreans remained ..., employed by at least 19 companies"
     r"\bhost(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?North\s+Korean\s+(?:workers|laborers|labourers)\b|"
     r"\bNorth\s+Korean\s+(?:workers|laborers|labourers|employees)\s+(?:at|in)\s+(?:[\w-]+\s+){0,3}?(?:businesses|companies|"
     # (not factories: workers in factories making goods are the goods' chain, as sets 4-5 read them)
     r"firms|shipyards?|construction\s+sites)\b|"
     r"\b\d[\d,]*\s+North\s+Koreans\b[^.;]{0,60}?\bemployed\s+by\b|"
     # North Koreans said to be working somewhere (not at home): "20,000 to 40,000 North Koreans are currently working
     # in the country"
     r"\bNorth\s+Koreans\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:working|employed|toiling|labou?ring)\s+"
     r"(?:in|at|abroad|overseas)\b(?!\s+(?:North\s+Korea|the\s+North|home|Pyongyang|\d|(?-i:[A-Z][a-z]+\s+\d)))|"
     # 외화벌이 차원에서 파견하고: sending for foreign currency is labour export, whoever is named as sent
     r"외화벌이[^.。]{0,12}?(?:파견|송출)|"
     # North Korea's people put to earning foreign currency abroad: 외화벌이 내몰린 北 여성들 (北, as headlines write 북한)
     r"외화벌이(?:에|로)?\s*(?:[가-힣]+\s+)?(?:북한|北)\s*(?:여성|노동자|근로자|인력|주민)|"
     # North Koreans counted as they work: 20대 초반 북한 여성 8명 정도가 일하고 있습니다 (set 9's convention: people said
     # to work abroad are its exported workers; a Korean report of North Koreans at work is of them abroad)
     r"(?:북한|北)\s*(?:여성|남성|주민|사람)(?:들)?\s*(?:약\s*)?[\d천만백,]+\s*(?:여\s*)?명\s*(?:정도|가량|이상|쯤)?(?:이|가)\s*"
     r"(?:[가-힣]+\s+){0,3}?(?:일하고|일하는|일했|근무하고|근무하는|근무했|고용돼|고용되어|취업해)", "labour_export", 0.8),
    (r"\bsub-?contract(?:s|ed|ing|ors?)?\b|하청|하도급|외주|分包|转包", "subcontracting", 0.8),
    (r"[\"“‘']?Made in China[\"”’']?\s*(?:labels?|tags?|상표|라벨)|(?:labels?|tags?)\s+(?:reading|saying)\s+"
     r"[\"“]?Made in|"
     # (a label of any origin but North Korea's, or one that tells the goods were made elsewhere: "with “Made in Korea”
     # labels", "labels telling them the items were made in China, not North Korea"; round 28)
     r"[\"“‘']Made\s+in\s+(?!North\s+Korea|the\s+DPRK|DPRK)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?[\"”’']\s*(?:labels?|tags?)\b|"
     r"\b(?:labels?|tags?)\s+(?:[\w’']+\s+){0,6}?(?:were|was|are|is)\s+(?:made|produced|manufactured)\s+in\s+"
     r"(?!North\s+Korea|the\s+North\b|the\s+DPRK|DPRK)(?=(?-i:[A-Z]))|\bcountry[- ]of[- ]origin\s+labels?\b|\bmis-?label(?:l?ed|l?ing|s)?\b|\brelabel(?:l?ed|l?ing|s)?\b|"
     r"(?:메이드\s*인\s*차이나|중국산)(?:\s*\([^)]{1,30}\))?['’\"”]?\s*(?:상표|라벨|표기|로\s*둔갑|으로\s*둔갑|으로\s*(?:재포장|포장|위장|속여|속이|허위|거짓|신고해|표시해|바꿔))|둔갑|"
     r"원산지\s*(?:가|를|이)?\s*(?:세탁|위조|속여|표기를\s*바꿔)|"
     # goods given the look of another origin: 중국 상표가 있어 중국산처럼 보이지만, 중국산인 것처럼 속여
     r"(?:중국|러시아|일본|베트남|한국|국)산(?:인\s*것)?(?:처럼|인\s*양)\s*(?:보이|보이게|꾸미|꾸며|위장|속여|속이|팔|판매)|"
     # a certificate or mark of origin forged to another country's: 원산지증명서를 중국산으로 조작하는
     r"원산지\s*(?:증명서|증명|표기|표시)(?:를|을)?\s*(?:[가-힣]+(?:으로|로)\s*)?(?:조작|위조|변조|허위)|"
     # goods called Chinese-made in quotation marks: ‘중국산’ 미용 제품; "laundered as 'made in China'"
     r"[‘'\"“]중국산[’'\"”]|[‘'\"“]메이드\s*인\s*차이나[’'\"”]|"
     # "passed off as Chinese products", "falsely declaring it as Russian coal": goods given another origin
     r"\b(?:passed\s+off|passing\s+off|disguised|(?:falsely|fraudulently)\s+(?:declar|label|mark|describ|present)\w*|"
     r"mis-?declar\w*|relabell?ed)\s+(?:(?:it|them|the\s+\w+)\s+)?as\s+(?:being\s+)?(?-i:Chinese|Russian|Vietnamese|"
     r"Japanese|South\s+Korean|Korean|Thai|Malaysian|Indonesian)\b|"
     r"\b(?:launder(?:ed|ing)?|disguised|passed\s+off|rebranded|marketed|sold|label(?:l)?ed|"
     r"marked)\s+as\s+[\"“'‘]?made\s+in\b|\bas\s+[\"“'‘]made\s+in\b|"
     r"[“\"‘']?中国制造[”\"’']?(?:的)?(?:标签|标志|字样|标识)|"
     # goods called Chinese-made in quotation marks (以“中国制造”的名义, 印的已是「中國製造」) or packed as Chinese goods
     # (然后完成并包装成中国产品)
     r"[“\"‘'「『]中国制造[”\"’'」』]|(?:包装|伪装|冒充|标|贴|改|变|换|打扮)成(?:为)?中国(?:产品|商品|货|制造|产)|(?:贴上|打上|改贴|换上|贴有)(?![^,，。]{0,16}?(?:朝鲜|北韩))[^,，。]{0,16}?(?:标签|标志|字样)|"
     r"原产地(?:造假|伪造|欺诈)",
     "relabelling", 0.8),
    (r"\bsmuggl(?:ed|ing|es|e)\b|밀수|밀무역|走私|"
     # North Korean goods routed through a third country into a market that bans them: 북한산 조개가 훈춘 등 중국 내륙을
     # 거쳐 인천항으로 반입되는
     r"북한산[^.。]{0,40}?(?:을|를)\s*(?:거쳐|경유해|경유하여|우회해|통해)[^.。]{0,30}?(?:반입|수입|들여|들어)|"
     r"\bship-to-ship\s+(?:transfers?|transshipments?)\b|"
     # goods carried against the law: "used to illicitly ship coal from North Korea", "illegal shipments of coal" (not
     # exports or sales called illegal, which set 7 reads as trade: "illegally exported coal ... to China")
     r"\b(?:illicit(?:ly)?|illegal(?:ly)?|unlawful(?:ly)?|covert(?:ly)?|clandestine(?:ly)?)\s+(?:ship\w*|transport\w*|"
     r"sen[dt]\w*|deliver\w*|transfer\w*|mov(?:e|ed|es|ing)|carr\w+)\s+(?:of\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:coal|oil|petroleum|fuel|diesel|iron|ore|seafood|textiles|cargo(?:es)?|goods|commodities|minerals)\b|"
     # cargo the ban covers, carried out of the country: "ferried large amounts of banned coal out of North Korea"
     r"\b(?:ferr\w+|ship(?:ped|ping|s)?|carr\w+|transport\w*|export\w*|haul\w*|mov(?:ed|ing|es)|deliver\w*|load\w*|"
     r"sen[dt]\w*|took|tak(?:e|es|ing))\s+(?:[\w-]+\s+){0,4}?(?:banned|sanctioned|prohibited|embargoed|illicit)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:out\s+of|from)\s+North\s+Korea\b|"
     r"(?:선박\s*간|해상)\s*(?:환적|옮겨\s*싣)|船(?:对|對)船|"
     # cargo moved between vessels at sea in other words: 석탄을 중국 바지선에 옮겨 싣는, 덕성호로부터 석탄을 옮겨 실은
     r"(?:바지선|선박|유조선|화물선|운반선|[가-힣]호)(?:들)?(?:에|으로|로|로부터|에서)\s*(?:[가-힣]+(?:을|를)\s*)?(?:옮겨\s*(?:실|싣)|환적|넘겨\s*받|건네\s*받|옮겨\s*받)|"
     r"불법\s*(?:환적|선적|하역|운송|반출)|海上(?:转运|轉運|过驳|過駁)|"
     # transshipment (환적) of North Korean cargo, or of cargo taken from a vessel, however many words stand between:
     # 북한 무연탄을 환적한, 덕성호로부터 무염탄 약 4,500톤을 환적 받은, '선박 대 선박' 환적 방식으로 (set 8's convention: a
     # ship-to-ship transfer is smuggling)
     r"북한(?:산)?\s*[가-힣]{1,6}(?:을|를)\s*환적|(?:[가-힣]호|선박|선적|바지선|유조선|화물선)(?:들)?(?:로부터|에서)\s+"
     r"[^.。]{0,30}?(?:을|를)\s*환적|선박\s*대\s*선박['’\"”]?\s*(?:환적|이전|옮겨)|"
     # cargo handed from ship to ship or barge (从北韩船只转交到中国驳船), or taken out to sea for barges to collect
     # (把煤炭运到海上,让自航驳船收货): ship-to-ship transfers in other words
     r"(?:船只?|船舶|货轮|货船)[^,，。]{0,4}?(?:转交|转运|转载|转移|过驳|转驳|卸)(?:到|至|给|入)[^,，。]{0,6}?"
     r"(?:驳船|船只?|船舶|货轮|货船)|(?:运|开|驶|送)(?:到|至|往)公?海(?:上|域)[^。]{0,12}?(?:驳船|船只?|船舶|货轮)[^。]{0,4}?"
     r"(?:收货|接货|卸货|装货|接收|接驳)|"
     # sanctioned cargo unloaded at a third country's port and reloaded for another market (transshipment to hide its
     # origin): 在那里卸货并重新装上另外的船只; 把煤炭运到俄罗斯,然后再送到韩国和日本
     r"卸货[^,，。]{0,6}?(?:重新|再次?)(?:装上|装到|装载|装船|装入|转装)|"
     r"(?:煤|石油|油品|铁矿)[^,，。]{0,6}?(?:运|送)(?:到|往|至)[^,，。]{1,12}?[,，]\s*(?:然后|之后|随后|再)(?:再)?"
     r"(?:送|运|转运|转卖|出口|卖)(?:到|往|至|给)|"
     # goods past a border without customs: 통관절차를 거치지 않고, 세관을 거치지 않고; 不经海关, 逃避海关; "without clearing customs"
     r"(?:통관\s*(?:절차)?|세관)(?:을|를)?\s*(?:거치지\s*않|피해|피하|우회)|(?:不经|未经|逃避|绕过|绕开)(?:过)?海关|"
     # goods sent out against the sanctions: 대북제재를 피해 석탄을 수출, "evading sanctions to export coal", 规避制裁出口
     r"제재(?:를|을)?\s*(?:피해|피하|회피해|회피하|우회해|우회하|어기고|위반하고)[^.。]{0,30}?(?:수출|반출|판매|팔|운송|들여|반입)|"
     r"(?:规避|逃避|绕过|违反)制裁[^,，。]{0,20}?(?:出口|运往|走私|销售|出售)|"
     r"\b(?:evad\w*|circumvent\w*|skirt\w*|dodg\w*|violat\w*)\s+(?:the\s+|UN\s+|U\.N\.\s+|international\s+)?sanctions\b[^.;]{0,40}?"
     r"\b(?:export\w*|ship\w*|sell\w*|sold|smuggl\w*|transport\w*)\b|"
     r"\bwithout\s+(?:clearing|going\s+through|passing\s+through)\s+customs\b", "smuggling", 0.75),
    # (a joint venture named by its trade: 합작 해운회사, 합작 수산업체)
    # (and joint projects, enterprises or operations: "the Far East joint logging projects employed over 20,000")
    (r"\bjoint[- ]ventures?\b|\bjoint[- ](?:[a-z]+\s+)?(?:projects?|enterprises?|operations?)\b|합작\s*(?:[가-힣]{1,4}\s*)?(?:회사|기업|투자|법인|사업|업체|공장)|合资|合营", "joint_venture", 0.8),
    (r"\b(?:well\s+)?below\s+market\s+prices?\b|\bartificially\s+low\s+prices?\b|\bsub-?market\s+prices?\b|"
     r"헐값|시세보다\s*싸게", "below_market", 0.75),
]
# Words (lower case) each channel's pattern cannot match without, in _CHANNELS' order.
_CHANNEL_NEEDS: list[tuple[str, ...]] = [
    ("internet", "online", "commerce", "web", "portal"), ("online",), ("commerce",),
    ("amazon", "aliexpress", "alibaba", "taobao", "tmall", "pinduoduo", "temu", "shein", "jd.com", "1688.com",
     "ebay", "etsy", "wish", "shopee", "lazada", "coupang", "tiktok shop", "naver", "daum", "gmarket"),
    ("인터넷", "온라인", "전자", "网购", "电商", "网上商城", *_PLATFORMS_CJK.split("|")),
    ("wholesale", "도매", "批发市场"), ("trading", "무역", "외화벌이", "贸易", "中介"),
    ("processing", "contract", "consignment", "work from", "jobs from", "outward", "original", "oem", "commission", "임가공", "위탁", "역외", "출료", "주문",
     "委托加工", "来料加工", "出料加工", "代工", "贴牌", "加工", "缝制", "縫製", "生产", "组装", "制作", "outsourc", "toll", "외주", "료", "order", "原料", "料", "원단",
     "자재", "천", "북한으로", "북한에", "环节", "環節", "工序", "订单", "訂單", "生产线", "生產線"),
    ("labo", "worker", "working", "delegation", "citizens", "hir", "employ", "recruit", "nationals", "abroad", "overseas", "government", "regime", "해외", "노동자", "근로자", "인력", "노동력", "파견", "송출", "보내", "派", "劳务", "劳工",
     "劳动力", "劳动", "勞動", "人力",
     "工人", "外劳", "劳力", "前往", "送往", "输送", "輸送", "输出", "輸出", "雇", "聘用", "招募", "招聘", "海外", "境外", "외화벌이",
     "일하", "일했", "근무", "고용", "취업", "引进", "引進", "国外", "國外"),
    ("subcontract", "sub-contract", "하청", "하도급", "외주", "分包", "转包"),
    ("made in", "label", "메이드", "중국산", "산처럼", "산인", "산인 양", "passed off", "passing off", "disguised", "declar", "falsely", "fraudulently", "둔갑", "원산지", "中国制造", "标签", "标志", "字样", "原产地", "成中国", "成为中国"),
    ("smuggl", "밀수", "밀무역", "走私", "북한산", "불법", "ship-to-ship", "illicit", "illegal", "unlawful", "covert", "clandestine", "바지선", "선박", "유조선", "화물선", "운반선", "호", "banned", "sanctioned", "prohibited", "embargoed", "illicit", "환적", "옮겨", "船", "海上", "卸货", "然后", "之后", "随后",
     "再", "통관", "세관", "海关", "customs", "제재", "制裁", "sanction"), ("joint", "합작", "合资", "合营"),
    ("market", "artificially", "헐값", "시세보다"),
]
# Each channel's words as one case-sensitive pattern over the lower-cased sentence: found where one is in it.
_CHANNEL_RES = [(re.compile(p, re.IGNORECASE), ch, conf, re.compile("|".join(map(re.escape, needs))))
                for (p, ch, conf), needs in zip(_CHANNELS, _CHANNEL_NEEDS, strict=True)]
_PLATFORM = re.compile(r"Amazon|AliExpress|Alibaba|Taobao|Tmall|Pinduoduo|Temu|Shein|JD\.com|1688\.com|eBay|"
                       r"Etsy|Wish|Shopee|Lazada|Coupang|TikTok Shop|" + _PLATFORMS_CJK, re.IGNORECASE)


def find_channels(text: str) -> list[PlaceHit]:
    hits = []
    low = text.lower()
    for rx, channel, conf, needs in _CHANNEL_RES:
        if not needs.search(low):
            continue
        for m in rx.finditer(text):
            value: dict[str, Any] = {"channel": channel}
            platform = _PLATFORM.fullmatch(m.group())
            if platform:
                value["platform"] = m.group()
            # a pattern that reads context before the words of the channel marks them (?P<at>...)
            at = "at" if "at" in rx.groupindex and m.group("at") else 0
            hits.append(PlaceHit(m.start(at), m.end(at), value, f"channel:{channel}", conf, m.group(at)))
    return _dedupe(hits)


# A run of capitalised words, joined by "of (the)" as long country names are: "the Democratic Republic of the Congo"
_CAPS_RUN_EN = re.compile(r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*")


# English words of closed classes (prepositions, articles, determiners, conjunctions, pronouns) that a capital letter
# joins to the run of a name after them at a sentence's or a heading's start ("In Senegal, they work", "Among Polish
# firms"): no name starts with one, so the run is read from the word after it.
_FUNCTION_WORDS_EN = frozenset({
    "in", "on", "at", "among", "from", "to", "for", "by", "with", "into", "across", "throughout", "within", "near",
    "after", "before", "during", "since", "until", "unlike", "like", "both", "a", "an", "and", "but", "or", "as",
    "if", "while", "when", "where", "although", "though", "this", "that", "these", "those", "its", "their", "his",
    "her", "our", "many", "some", "most", "all", "other", "such", "even", "also", "only", "meanwhile", "however",
    "then", "there", "here", "about", "over", "under", "inside", "outside"})


def countries_in_en(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, code) of every country text[start:end] names, each the longest run of capitalised words (or its
    longest first part) that a country table reads, a leading word of a closed class left out ("In Senegal, they
    work"); North Korea left out."""
    for m in _CAPS_RUN_EN.finditer(text, start, len(text) if end is None else end):
        words = list(re.finditer(r"\S+", m.group()))
        first = 0
        if len(words) > 1 and words[0].group().lower() in _FUNCTION_WORDS_EN:
            first = 1
        base = m.start() + words[first].start()
        run = m.group()[words[first].start():]
        for n in range(len(words), first, -1):
            cand = run[:words[n - 1].end() - words[first].start()]
            code = place_code(cand)
            if code and len(cand.replace(".", "")) > 2:
                if code != "kp":
                    at = base + (len(cand) - len(cand.removeprefix("the ").lstrip()) if cand.startswith("the ") else 0)
                    yield at, base + len(cand), code
                break
