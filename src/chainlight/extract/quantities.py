"""Figures with what they count: working hours a day, rest days, deaths, inmates, workers and people,
output, money, weight, shares, and counts of facilities and countries.

A figure without its noun ("40") means nothing to an analyst, so each rule reads the number together with
the words that say what it counts, and marks it approximate when the report hedges ("about", "or so", 여).
Ranges keep both ends ("between 12 and 16 hours per day" -> 12, max 16); a clock range is read as the
hours between ("5am to 10pm daily", "새벽 5시부터 밤 10시까지" -> 17).  Korean numbers are read with their
units (7천432만 달러 -> 74,320,000 USD; 만9천여 명 -> about 19,000).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from chainlight.extract.counted import FACILITY_NOUNS_EN, FACILITY_NOUNS_KO, alternation
from chainlight.extract.numbers import (
    APPROX_AFTER,
    APPROX_BEFORE,
    KO_APPROX_AFTER,
    KO_APPROX_BEFORE,
    KO_NUMBER,
    NUMBER,
    clean,
    parse_any,
)

_TO = r"\s*(?:and|to|or|-|–|—|~|∼)\s*"
_N = rf"(?P<approx>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<approx2>{APPROX_AFTER})?"
_NR = rf"(?P<approx>{APPROX_BEFORE})?(?:between\s+)?(?P<n>{NUMBER})(?:{_TO}(?P<n2>{NUMBER}))?(?P<approx2>{APPROX_AFTER})?"
_KN = (rf"(?P<approx>{KO_APPROX_BEFORE})?(?P<n>{KO_NUMBER})(?:\s*[~∼-]\s*(?P<n2>{KO_NUMBER}))?\s*"
       rf"(?P<approx2>{KO_APPROX_AFTER})?")
_PEOPLE = r"(?:(?:female|male|women|woman|political|life-sentenced|other)\s+)?"
_INMATES = r"(?:inmates|prisoners|detainees|lifers|convicts)"
# (workers named by their trade count as workers: "150 North Korean seamstresses", "300 fishermen")
_WORKERS = (r"(?:workers|labou?rers|employees|seamstresses|sewers|fishermen|sailors|seamen|crew\s+members|miners|loggers|"
            r"lumberjacks|builders|programmers|developers|technicians|waitresses|welders|construction\s+hands)")
# (workers named by their trade count as workers, as in English: 광부 miners, 용접공 welders, 선원 crew)
_KO_WORKERS = r"(?:노동자|근로자|여공|인력|노동력|벌목공|종업원|광부|용접공|건설공|재봉공|선원)"
# A word that says which workers (IT, construction, seafood, skilled): not a function word, not a number
_MODIFIER = (r"(?!(?:the|of|and|or|in|to|at|for|with|from|by|a|an|as|on|per|who|that|were|are|was|is|have|had|"
             r"hours?|days?|years?|months?|weeks?)\b)[A-Za-z][\w()-]*")
_AMPM = r"(?P<{0}>a\.?m\.?|p\.?m\.?)"
_KO_CLOCK = r"(?P<{0}>새벽|아침|오전|낮|오후|저녁|밤)?\s*(?P<{1}>\d{{1,2}})\s*시(?:\s*(?P<{2}>\d{{1,2}})\s*분|\s*반)?"
# (the counted nouns of facilities are counted.py's lexicon, shared with the Chinese reader)
_FACILITY_KO = rf"(?:{alternation(FACILITY_NOUNS_KO)})"
_FACILITY_EN = alternation(tuple(plural for _, plural in FACILITY_NOUNS_EN))
_FACILITY_ONE_EN = alternation(tuple(single for single, _ in FACILITY_NOUNS_EN))
# (yen: a Japanese report gives the sum in its own currency too, "1,000 yuan (13,000 yen or $147)")
# (the singular where the sum stands before a noun: "the 6,000 ruble average monthly pay", "a 500 dollar fine")
_CUR_EN = r"yuan|RMB|dollars?|won|rubles?|roubles?|euros?|yen"
_CUR_COUNTRY_EN = r"(?:Chinese|US|U\.S\.|American|Russian|Japanese|(?:South\s+)?Korean|Australian|Canadian|Singapore|Hong\s+Kong)"
_NUM_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
              r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")


@dataclass(frozen=True)
class QuantityHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float


# (pattern, kind, unit, confidence, need); the order is a priority when spans overlap.  `need` is words the
# pattern cannot match without (a cheap test that spares the full pattern on most sentences).
_RULES: list[tuple[str, str, str, float, str]] = [
    # clock ranges before anything reads their numbers as hours
    (rf"\bfrom\s+(?P<c1>\d{{1,2}})(?::(?P<m1>\d\d))?\s*{_AMPM.format('ap1')}\s*(?:to|until|till|-|–)\s*"
     rf"(?P<c2>\d{{1,2}})(?::(?P<m2>\d\d))?\s*{_AMPM.format('ap2')}(?P<daily>\s+(?:daily|every\s+day|each\s+day|a\s+day))?",
     "work_hours", "hours/day", 0.8, r"\d\s*[ap]\.?m"),
    # "arrive at the site at 7 am and work there until 10 pm"
    (rf"\bat\s+(?P<c1>\d{{1,2}})(?::(?P<m1>\d\d))?\s*{_AMPM.format('ap1')}[^.;]{{0,60}}?\b(?:until|till)\s+"
     rf"(?P<c2>\d{{1,2}})(?::(?P<m2>\d\d))?\s*{_AMPM.format('ap2')}(?P<daily>)",
     "work_hours", "hours/day", 0.75, r"\d\s*[ap]\.?m"),
    # 오전 6시부터 다음날 새벽 2시까지: the second clock may be the next day's
    # 오전 6시에 일어나 다음날 새벽 2시까지 일했다: woken at one hour, working until another
    (_KO_CLOCK.format("p1", "c1", "m1") + r"에\s*(?:일어나|기상해|기상하여|출근해|나가|시작해)[^.。]{0,20}?"
     r"(?:다음\s*날|이튿날|익일)?\s*" + _KO_CLOCK.format("p2", "c2", "m2") + r"\s*까지\s*(?:[가-힣]+\s+){0,2}?"
     r"(?:일|작업|노동|근무)", "work_hours", "hours/day", 0.75, r"까지"),
    (_KO_CLOCK.format("p1", "c1", "m1") + r"\s*부터\s*(?:(?:그\s*)?(?:다음\s*날|이튿날|익일))?\s*" + _KO_CLOCK.format("p2", "c2", "m2") + r"\s*까지",
     "work_hours", "hours/day", 0.8, r"부터"),
    (rf"\b{_NR}[\s-]+hours?\s+(?:a|per|each|every)\s+day\b", "work_hours", "hours/day", 0.9, r"hour"),
    (rf"\b{_NR}[\s-]+hours?\s+(?:daily|a\s+shift|per\s+shift)\b", "work_hours", "hours/day", 0.85, r"hour"),
    # (both ends written as hours: "12-hour to 16-hour days", "12- to 16-hour shifts")
    (rf"\b(?P<approx>{APPROX_BEFORE})?(?P<n>{NUMBER})(?:[\s-]+hours?)?[\s-]*(?:to|-|–|or)\s*(?P<n2>{NUMBER})[\s-]+hour\s+"
     r"(?:work)?(?:days?|shifts?|workdays?)\b(?P<approx2>)", "work_hours", "hours/day", 0.81, r"hour"),
    (rf"\b{_N}[\s-]+hour\s+(?:work)?(?:days?|shifts?|workdays?)\b", "work_hours", "hours/day", 0.8, r"hour"),
    # "punishing workdays of up to 20 hours", "shifts of 16 hours"
    (rf"\b(?:work\s*days?|working\s+days?|shifts?)\s+of\s+{_N}\s+hours?\b", "work_hours", "hours/day", 0.8, r"hour"),
    (rf"\b{_N}\s+hours?\s+(?:straight|non-?stop|without\s+(?:a\s+)?(?:break|rest))\b", "work_hours", "hours",
     0.7, r"hour"),
    (r"(?:하루|매일|일일)\s*(?:에\s*)?(?:평균|최대|최소|보통|꼬박)?\s*(?:에\s*)?" + _KN + r"\s*시간", "work_hours", "hours/day",
     0.9, r"하루|매일|일일"),
    (rf"\b{_NR}\s+(?:rest\s+days?|days?\s+off|days?\s+of\s+rest)\s+(?:a|per|each|every)\s+(?P<per>month|week)\b",
     "rest_days", "days", 0.85, r"rest|off"),
    (r"(?:한\s*달에|월)\s*" + _KN + r"\s*(?:일|번)\s*(?:의\s*)?(?:휴식|휴일|쉬)", "rest_days", "days/month", 0.8, r"휴식|휴일|쉬"),
    (r"(?:한\s*달에|월)\s*(?P<approx>)(?P<n>한|두|세|네|다섯)(?P<approx2>)\s*(?:번|차례|날)\s*(?:밖에\s*)?(?:의\s*)?(?:휴식|휴일|쉬|쉰)",
     "rest_days", "days/month", 0.8, r"휴식|휴일|쉬|쉰"),
    (rf"\b{_N}\s+(?:{_PEOPLE}(?:people|persons|{_INMATES}|{_WORKERS}|women|men)\s+)?(?:have\s+|had\s+)?"
     r"(?:died|deaths|perished|starved to death|were killed|lost their lives)\b", "deaths", "persons", 0.85, r"die|death|perish|starve|kill|lost"),
    (rf"\b(?:deaths|death toll)\s+of\s+{_N}\b", "deaths", "persons", 0.8, r"death"),
    # one worker's death: "investigated the death of a North Korean welder"
    (r"\bdeath\s+of\s+(?P<approx>)(?P<n>a)(?P<approx2>)\s+(?:North\s+Korean\s+|DPRK\s+)?(?:[a-z]+\s+)?(?:worker|labou?rer|"
     r"employee|welder|miner|logger|fisherman|sailor|seaman|builder|seamstress|inmate|prisoner)\b", "deaths", "persons", 0.75,
     r"death"),
    (_KN + r"\s*명\s*(?:의\s*)?(?:[가-힣]+\s*)?(?:이|가)?\s*(?:사망|숨지|숨졌|목숨을\s*잃|죽었|굶어\s*죽)",
     "deaths", "persons", 0.85, r"사망|숨|목숨|죽"),
    (r"사망자(?:는|가|\s)*\s*" + _KN + r"\s*명", "deaths", "persons", 0.85, r"사망자"),
    (rf"\b(?:the\s+)?{_NR}\s+{_PEOPLE}{_INMATES}\b", "inmates", "persons", 0.8, r"inmate|prisoner|detainee|lifer|convict"),
    (rf"\b{_NR}\s+(?:persons|people|individuals)\s+(?:held\s+|detained\s+)?in\s+(?:\w+\s+){{0,2}}"
     r"(?:prison|labou?r|detention|re-?education|concentration)\s+camps?\b", "inmates", "persons", 0.8, r"camp"),
    (r"(?:수감자|수용자|재소자|죄수|교화인|정치범)(?:는|가|\s)*\s*" + _KN + r"\s*명", "inmates", "persons", 0.8,
     r"수감자|수용자|재소자|죄수|교화인|정치범"),
    (_KN + r"\s*명\s*(?:의\s*)?(?:여성\s*|남성\s*|무기수\s*)?(?:수감자|수용자|재소자|죄수|무기수|교화인|정치범)", "inmates",
     "persons", 0.8, r"수감자|수용자|재소자|죄수|무기수|교화인|정치범"),
    # (words that say which workers stand between: "up to 30 DPRK IT workers", "500 North Korean construction
    # workers"; no article or preposition, which would start another phrase: "2018 the workers")
    # (the workers' name may stand in quotation marks: 800 North Korean "slave labourers")
    # (a scale word is the figure's, not a modifier of the workers: "1.5 million workers" is 1,500,000)
    (rf"\b{_NR}(?:\s+(?P<scale>million|billion))?\s+(?:new\s+)?(?:(?:North\s+Korean|DPRK|female|male)\s+)?[\"“‘']?(?:{_MODIFIER}\s+){{0,2}}(?:[A-Za-z]+-)?{_WORKERS}\b", "workers",
     "persons", 0.75, r"worker|labor|labour|employee|seamstress|sewer|fishermen|sailor|seamen|crew|miner|logger|lumberjack|builder|programmer|developer|technician|waitress|welder|construction"),
    (_KO_WORKERS + r"\s*" + _KN + r"\s*명", "workers", "persons", 0.75, r"노동자|근로자|여공|인력|벌목공|종업원|광부|용접공|건설공|재봉공|선원"),
    # the head count of a workforce or a firm's staff (직원, set 9's convention for a firm's staff), a note between:
    # 직원수는 1만명에 이르고, 직원수만 (전일제 기준)는 2만 5천명, 노동자 수가 약 3천명
    (r"(?:" + _KO_WORKERS[3:-1] + r"|직원)(?:들)?\s*(?:의\s*)?(?:수|숫자|규모)(?:는|가|만|도|은|이)?\s*(?:\([^)]{0,20}\)\s*)?"
     r"(?:는|가|은|이)?\s*" + _KN + r"\s*명", "workers", "persons", 0.7, r"노동자|근로자|여공|인력|벌목공|종업원|직원"),
    # visas issued to people counted by their kind: 753명에게 취업 비자, 1975명에게 학생 비자 (a count of English "work
    # permits" stands alone: set 5's annotation does not count it as workers)
    (_KN + r"\s*명(?:에게|에\s*대해|에\s*대하여)\s*(?:(?:새로|신규로?)\s*)?(?:취업|노동|근로|고용)\s*(?:비자|허가)", "workers", "persons", 0.76, r"비자|허가"),
    (_KN + r"\s*명(?:에게|에\s*대해|에\s*대하여)\s*(?:(?:새로|신규로?)\s*)?(?:관광|학생|유학|교육|방문|상용|사업)\s*비자", "people", "persons", 0.76, r"비자"),
    # a compound ending in a word for workers counts workers: 이주노동자, 건설노동자
    (_KN + r"\s*명\s*(?:이상|이하|가량|정도|남짓)?\s*(?:(?:이|가)\s*넘는\s*)?(?:규모의?\s*)?(?:의\s*)?(?:북한\s*)?(?:신규\s*)?(?:[A-Z]{1,4}\s*)?(?:(?:해외|파견|송출|현지|건설|외국|불법|수산|봉제|공장)\s+){0,2}(?:[가-힣]{0,3}|노동\s*)" + _KO_WORKERS, "workers", "persons", 0.75,
     r"노동자|근로자|여공|인력|벌목공|종업원|광부|용접공|건설공|재봉공|선원"),
    # people named before their count: 북한 여성 50여 명이 일하고, 북한 주민 1만여 명 (workers where the sentence employs them)
    ("(?:북한\\s*)?(?:여성|남성|주민|국적자|북한인|청년)(?:들)?\\s*" + _KN + r"\s*명", "people", "persons", 0.6,
     r"여성|남성|주민|국적자|북한인|청년"),
    # people named by who they are (북한국적자, 주민, 여성들); counted as workers where the sentence employs them
    (_KN + r"\s*명\s*(?:이상|이하|가량|정도|남짓)?\s*(?:(?:이|가)\s*넘는\s*|이상의\s*)?(?:의\s*)?(?:북한\s*)?[가-힣]{0,4}?"
     r"(?:국적자|주민|사람|여성|남성|청년|인원|북한인)", "people", "persons", 0.6, r"국적자|주민|사람|여성|남성|청년|인원|북한인"),
    (rf"(?<!every\s)(?<!out of\s)(?:between\s+)?{_N}(?:{_TO}(?P<n2>{NUMBER}))?(?:\s+(?P<scale>million|billion))?\s+(?:persons|people|individuals|"
     # (an age may stand before them: "about 50 young North Korean women")
     r"(?:North\s+|South\s+)?Koreans|nationals|citizens|(?:(?:young|younger|elderly|older|middle-aged)\s+)?(?:North\s+Korean\s+)?(?:women|men))\b"
     r"(?!\s+(?:die|died|perish))", "people", "persons", 0.6, r"person|people|individual|korean|national|citizen|women|men"),
    # visas counted by kind (set 7's convention): work visas are workers, student, tourist and entry visas people
    (rf"\b{_N}\s+(?:new\s+)?(?:work|labou?r|employment)\s+visas\b", "workers", "persons", 0.7, r"visa"),
    (rf"\b{_N}\s+(?:new\s+)?(?:student|study|tourist|entry|business|visitor)\s+visas\b", "people", "persons", 0.7,
     r"visa"),
    (rf"\b{_N}\s+(?P<what>wigs|pairs of (?:false )?eyelashes|pairs|pieces|sets|sweaters)\s+(?:a|per|each|every)"
     r"\s+(?P<per>day|week|month|year)\b", "output", "", 0.75,
     r"(?:wigs|eyelashes|pairs|pieces|sets|sweaters)\s+(?:a|per|each|every)\s"),
    (rf"(?:US\s?)?\$\s?{_N}(?:\s+(?P<scale>million|billion))?\s*(?:to|-|–)\s*(?:US\s?)?\$\s?(?P<n2>{NUMBER})"
     rf"\s+(?P=scale)", "money", "USD", 0.7, r"\$"),
    # "$200-$500 million", "$200-500 million": the scale written once, after the second end, is both ends'
    (rf"(?:US\s?)?\$\s?{_N}\s*(?:to|-|–)\s*(?:US\s?)?\$?\s?(?P<n2>{NUMBER})\s+(?P<scale>million|billion)",
     "money", "USD", 0.71, r"\$"),
    # ... and joined by "and" after "between": "between US$100 and US$200 million" (round 24)
    (rf"\bbetween\s+(?:US\s?)?\$\s?{_N}\s*and\s*(?:US\s?)?\$?\s?(?P<n2>{NUMBER})\s+(?P<scale>million|billion)",
     "money", "USD", 0.71, r"\$"),
    # "between US$75 and $160 per month", "US$450-US$750", and the sign written once before a hyphenated range:
    # "US$600-700 in monthly wages"
    (rf"(?:between\s+)?(?:US\s?)?\$\s?{_N}(?:\s*(?:and|to|-|–)\s*(?:US\s?)?\$\s?|[-–])(?P<n2>{NUMBER})(?![\d,.]*\s*(?:million|billion))",
     "money", "USD", 0.7, r"\$"),
    # (press writes the scale short: "$88m", "$1.2bn")
    (rf"(?:US\s?)?(?<!\bA)\$\s?{_N}(?:\s+(?P<scale>million|billion)|(?P<short>m|mn|bn)\b)?", "money", "USD", 0.7, r"\$"),
    # Australian dollars as Australia's press writes them: "$A350", "A$350"
    (rf"(?:\$A|\bA\$)\s?{_N}(?:\s+(?P<scale>million|billion)|(?P<short>m|mn|bn)\b)?", "money", "AUD", 0.7, r"\$a|a\$"),
    (rf"£\s?{_N}(?:\s+(?P<scale>million|billion)|(?P<short>m|mn|bn)\b)?", "money", "GBP", 0.7, r"£"),
    # the currency's code first: "RMB 25-50", "USD 3.50 to 7"
    (rf"\b(?P<cur>RMB|CNY|USD|EUR|KRW|JPY|RUB)\s?{_N}(?:{_TO}(?P<n2>{NUMBER}))?(?:\s+(?P<scale>million|billion))?",
     "money", "", 0.72, r"rmb|cny|usd|eur|krw|jpy|rub"),
    # a range whose ends share the scale and the currency: "between 1,200 and 2,300 million dollars"
    # (the currency's country before it too: "700 to 1,000 Chinese yuan"; round 24)
    (rf"\b(?:between\s+)?{_N}{_TO}(?P<n2>{NUMBER})(?:\s+(?P<scale>million|billion))?\s+(?:{_CUR_COUNTRY_EN}\s+)?"
     rf"(?P<cur>{_CUR_EN})\b",
     "money", "", 0.72, r"yuan|rmb|dollar|won|ruble|rouble|euro|yen"),
    # (the currency's country may stand before it: "1800 Chinese yuan", "500 US dollars")
    (rf"\b{_N}(?:\s+(?P<scale>million|billion))?\s+(?:{_CUR_COUNTRY_EN}\s+)?(?P<cur>{_CUR_EN})\b", "money", "", 0.7,
     r"yuan|rmb|dollar|won|ruble|rouble|euro|yen"),
    # 5000위안~6000위안: a range with the currency at both ends
    (r"(?:미화\s*)?" + rf"(?P<approx>{KO_APPROX_BEFORE})?(?P<n>{KO_NUMBER})\s*(?P<cur>달러|위안|유로|루블|원)\s*[~∼-]\s*"
     rf"(?P<n2>{KO_NUMBER})\s*(?P=cur)(?P<approx2>{KO_APPROX_AFTER})?", "money", "", 0.76,
     r"(?:달러|위안|유로|루블|원)\s*[~∼-]"),
    # (CFA francs, as Korean writes them for West and Central Africa: 160억 프랑 세파)
    # (dollars as older Korean press (불, 弗) and North Korea's (딸라) write them: 1억4750만불)
    (r"(?:미화\s*)?" + _KN + r"\s*(?P<cur>달러|위안|유로|루블|원|프랑\s*세파|세파\s*프랑|딸라|불(?=\s|$|[,.)을를의이가로에과와]))(?!화)",
     "money", "", 0.75, r"[\d조억만천백십여량도쯤짓]\s*(?:달러|위안|유로|루블|원|프랑|세파|딸라|불)"),
    (rf"(?P<approx>{APPROX_BEFORE})?(?<![\w.,])(?P<n>\d+(?:,\d{{3}})*(?:\.\d+)?)(?:{_TO}(?P<n2>\d+(?:,\d{{3}})*))?"
     r"(?:\s+(?P<scale>million|billion))?"
     r"\s*(?:t|tonnes?|tons?|metric\s+tons?|(?:메트릭\s*)?톤)(?![A-Za-z])(?!\s*급)", "weight", "t", 0.75,
     r"\d\s*(?:t|metric|톤|메트릭|million|billion)"),
    # (1만 4천t급 화물선: a ship's class, its own tonnage, is no figure of the chain)
    (_KN + r"\s*(?:t|(?:메트릭\s*)?톤)(?![A-Za-z])(?!\s*급)", "weight", "t", 0.75, r"[\d조억만천백십여량도쯤짓]\s*(?:t|톤|메트릭)"),
    # (a range read as a range however its ends are joined: "between 70 and 90 percent", "10-15%", "10% to 15%")
    (rf"(?P<approx>{APPROX_BEFORE}|{KO_APPROX_BEFORE})?(?P<between>between\s+)?(?P<n>\d+(?:\.\d+)?)"
     rf"(?:\s*%?\s*(?:~|∼|–|-|to|(?(between)and|(?!)))\s*(?P<n2>\d+(?:\.\d+)?))?"
     r"\s*(?:%|percent\b|per\s?cent\b|퍼센트)"
     rf"(?P<approx2>{KO_APPROX_AFTER})?", "share", "%", 0.75, r"%|percent|per\s?cent|퍼센트"),
    # "Eighty percent of prisoners": a share in words
    (rf"\b(?P<n>(?:{_NUM_WORDS})(?:[\s-]+(?:{_NUM_WORDS}))*)\s+(?:percent|per\s?cent)\b", "share", "%", 0.7,
     r"percent|per\s?cent"),
    # (not a count of states or provinces where the facilities are: 16개 주에서 노트북 농장 29곳)
    # (nor of production lines of a factory: 18개의 생산라인을 갖춘 공장)
    # (집, as Yanbian's and North Korea's press count firms, before its firm noun only: 41집의 가공기업; round 22)
    (_KN + r"\s*(?:개|곳|집)(?!\s*(?:주|도|시|성|군|현|국)(?:에서|에|의|와|과|\s))(?!\s*(?:의\s*)?(?:생산\s*)?라인)\s*(?:의\s*)?(?:[가-힣]+\s+){0,2}[가-힣]*"
     + _FACILITY_KO, "facilities", "", 0.7,
     r"[\d조억만천백십여량도쯤짓]\s*(?:개|곳|집)"),
    # (the countries may be named by their region: "at least 15 African countries")
    (rf"\b{_N}\s+(?:(?:African|Asian|European|Arab|Gulf|Middle\s+Eastern|Latin\s+American|Southeast\s+Asian|foreign|"
     r"other|different|member)\s+)?(?:\(\w+\)\s+)?(?:countries|nations|member\s+states)\b", "countries", "", 0.7,
     r"countries|nations|member"),
    # (a word may stand between the count and its noun: 4개 페르시아만 국가들)
    (r"(?P<n>\d+)\s*(?P<approx2>여)?\s*(?:개\s*)?(?:(?<=개)\s*[가-힣]{2,8}\s+)?(?:국|나라|국가)(?![가-힣]*(?:기업|회사))", "countries", "", 0.7,
     r"\d\s*(?:여\s*)?(?:개|국|나라)"),
    # counts of firms are counts of facilities too (the counting rule): "more than 230 North Korean companies"
    # (and laptop farms, the houses that keep remote IT workers' company laptops; "300 U.S. companies" with its dots;
    # "two of its front companies" is a part of a firm's network, not a count set 7 reads)
    # (a name in quotation marks: 29 so-called “laptop farms”)
    (rf"(?<!Fortune\s)(?<!Global\s)\b{_N}\s+(?:(?!of\s)[\w.-]+\s+){{0,3}}?[“\"‘']?(?:{_FACILITY_EN})\b", "facilities", "", 0.65,
     "|".join(sorted({plural.split()[0][:-1] for _, plural in FACILITY_NOUNS_EN}))),
]
_RULE_RES = [(re.compile(p, re.IGNORECASE), kind, unit, conf, re.compile(need, re.IGNORECASE))
             for p, kind, unit, conf, need in _RULES]
# Each `need` again, case-sensitive, for the text as `fold` lower-cases it: found wherever the need is found,
# and several times faster to search, so the need itself runs only on the sentences this lets through.
assert not any(re.search(r"[A-Z]", need) for *_, need in _RULES)  # lower-case letters only, no \S, \W, \D
_QUICK_NEEDS = [re.compile(need) for *_, need in _RULES]
# Every rule reads a number: digits, or an English number word (which NUMBER does not bound by \b).
_ANY_NUMBER = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                         r"seventy|eighty|ninety|hundred|thousand|million|death\s+of\s+a\s|single)", re.IGNORECASE)
# Counts that name their noun earlier in the sentence: 수산물가공업체는 ... 약 58개에 달합니다; 노동자는 러시아에 2만 명.
# (production lines are no facilities: 18개의 생산라인을 갖춘 공장, the counting rule's "counts of product lines")
_KO_FACILITY_COUNT = re.compile(_KN + r"\s*(?:개|곳)(?!\s*(?:제품|품목|나라|국가|국|월|년|항목)|\s*(?:의\s*)?(?:생산\s*)?라인)")
_KO_PEOPLE_COUNT = re.compile(_KN + r"\s*명")
# North Koreans counted as they enter or visit a country, the noun before the counts: 러시아에 입국한 북한인은 1만 3천 221명;
# 북한인의 러시아 방문 목적을 보면 교육이 7천887명
_KO_ENTRANTS = re.compile(r"(?:입국|방문)(?:한|하는)\s*(?:북한인|북한\s*주민|북한\s*국적자)|"
                          r"(?<=명)(?:\s*(?:이상|가량|정도))?(?:이|가)\s*북한에서\s*(?=[^.。]{0,20}?(?:입국|방문))|"
                          r"(?:북한인|북한\s*주민|북한\s*국적자)(?:은|는|의|이|가)?(?=[^.。]{0,30}?(?:입국|방문))")
_KO_MOVED = re.compile(_KN + r"\s*명(?:이|가)\s+(?:[^\s.。]+\s+){0,4}?(?:[가-힣]+(?:에|으로|로)\s+)?"
                       r"(?:간|갔|도착|들어갔|들어왔|들어온|건너갔|보내졌|보내진|파견됐|파견된)")
# A count of people a country or firm takes in: 중국은 5~10만 명을 받아들였던 (the workers the report is about)
_KO_TAKEN_IN = re.compile(_KN + r"\s*명(?:을|를)\s+(?:[가-힣]+\s+){0,2}?(?:받아들|받아\s|받았|수용|고용|채용|데려|들여)")
# The number of the workers just named: 그 수는 2017년까지 3만 명 정도였다 (the sentence before named them)
_KO_THEIR_NUMBER = re.compile(r"(?<![가-힣])(?:그|이들의?|그들의?)\s*(?:인원\s*)?(?:수|숫자|규모)(?:는|가)\s")
# Money a reward offers or victims lost, said just before the sum: "a reward of up to $5 million", "losses of approximately
# $3 million", 최대 500만 달러의 포상금 is said after (포상금|현상금 before the sum: 포상금 500만 달러)
_NOT_CHAIN_MONEY = re.compile(r"(?:\brewards?\b|\bbount(?:y|ies)\b|\blosses\b|\bloss\b|\bdamages\b|\blost\b|"
                              r"포상금|현상금|피해액|손실액?)[^.;。]{0,25}$", re.IGNORECASE)
_NOT_CHAIN_MONEY_AFTER = re.compile(r"\s*(?:의\s*)?(?:포상금|현상금|보상금|피해액|손실)|\s+(?:reward|bounty)\b")
_NOT_CHAIN_PEOPLE_KO = re.compile(r"(?:을|를|에\s*대해|에\s*대한)?\s*(?:[가-힣]+\s+)?(?:기소|제재|체포|수배|입건|고발|"
                                  r"제재\s*대상으로)|의\s*(?:신원|개인\s*정보|명의|신분증)")
# Persons an authority sanctions or designates are no figure of the chain: "sanctioning two individuals and four entities"
_DESIGNATED_BEFORE = re.compile(r"\b(?:sanction(?:s|ed|ing)?|designat(?:es|ed|ing)|target(?:s|ed|ing)?|indict(?:s|ed|ing)?|"
                                r"charg(?:es|ed|ing)|blacklist(?:s|ed|ing)?)\s+(?:on\s+)?$", re.IGNORECASE)
_CURRENCIES = {"cny": "CNY", "usd": "USD", "eur": "EUR", "krw": "KRW", "jpy": "JPY", "rub": "RUB",
               "yuan": "CNY", "rmb": "CNY", "dollars": "USD", "won": "KPW", "rubles": "RUB", "roubles": "RUB",
               "euros": "EUR", "yen": "JPY", "dollar": "USD", "ruble": "RUB", "rouble": "RUB", "euro": "EUR", "달러": "USD", "위안": "CNY", "유로": "EUR", "루블": "RUB", "원": "KRW",
               # (the West African code for both CFA francs: the text does not tell XOF from XAF)
               "프랑 세파": "XOF", "프랑세파": "XOF", "세파 프랑": "XOF", "세파프랑": "XOF", "불": "USD", "딸라": "USD"}
_SCALE = {"million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_NATIVE_KO = {"한": 1.0, "두": 2.0, "세": 3.0, "네": 4.0, "다섯": 5.0, "여섯": 6.0, "일곱": 7.0, "여덟": 8.0, "아홉": 9.0,
              "열": 10.0}  # Korean's native counting words (before 번 "times", 곳 "places", a noun)
# Facilities counted in native words, as Korean writes small counts: 북한 식당 세 곳, 두 식당 (set 12's convention: a
# count in words is a count); not 한 ("one", also "a": 한 공장 is "a factory")
_NATIVE_FACILITIES_KO = re.compile(r"(?<![가-힣])(?P<n>두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:곳|개(?:의)?\s+" + _FACILITY_KO
                                   + r"|" + _FACILITY_KO + r")(?![가-힣]*(?:장|원))")
_WORD_COUNT_KO = re.compile(r"[십백천만억]\s*(?:여\s*)?명|(?:한|두|세|네|다섯)\s*(?:번|차례)|" + _NATIVE_FACILITIES_KO.pattern)


# A sentence that employs or sends the people it counts counts workers ("35명의 북한 여성들이 고용됐다",
# "sending workers to China ...; more than 40,000 Koreans received special visas").
# (laboring is working: "50 young North Korean women were seen laboring ... at a seafood processing plant")
# (round 19: any English verb of work, sent to work, working overseas, forced to work, construction sites, a workforce: "an
# estimated 200,000 North Koreans are working overseas", "More than 50,000 North Koreans have been sent to work abroad",
# "2,000 North Koreans on construction sites in neighboring Qatar"; over the seen sets these were workers every time)
# (not "work visas": a count of visas of another kind in the sentence stays people, set 7's convention)
_EMPLOYED = re.compile(r"\b(?:workers?|labou?rers?|labou?r(?:ing|ed)|employ(?:ed|s|ees?|ing)?|hired|"
                       r"work(?:s|ed|ing)?(?!\s+(?:visas?|permits?))|workforce|toil(?:s|ed|ing)?)\b|\bconstruction\s+sites?\b|"
                       r"노동자|근로자|고용|채용|근무|파견|송출|보내|일(?:하|한|해|했)",
                       re.IGNORECASE)


# (a Korean scale word is required: "(2019)" or "(US$)" after a sum is no sum)
_CONVERTED_KO = re.compile(r"\s*\(\s*(?P<approx>약|대략|한화\s*약?)?\s*(?P<n>\d[\d,.]*\s?[조억만](?:\s?\d[\d,.]*\s?[천백십만억]?)*)"
                           r"\s*(?:원)?\s*\)")
_HELD = re.compile(r"\s+(?:are|were|being|have\s+been|had\s+been)?\s*(?:held|detained|imprisoned|incarcerated|confined|"
                   r"locked\s+up)\b", re.IGNORECASE)


# One North Korean worker's death, no number written (as "the death of a North Korean welder"): 북한 용접공이 작업을
# 하다가 사망한, 북한 노동자가 전신 화상을 입고 숨졌다 (not a counted group's: 3명의 북한 노동자가 숨졌다)
_ONE_DEATH_KO = re.compile(r"북한\s*(?:[가-힣]+\s+)?(?:노동자|근로자|용접공|인부|벌목공)(?:\s*한\s*명)?(?:이|가)\s+"
                           r"(?:[^\s.。]+\s+){0,5}?(?:사망했|사망한|사망하|숨졌|숨진|숨지)")
_COUNT_BEFORE_KO = re.compile(r"(?:\d|[십백천만])\s*(?:여\s*)?명(?:의|이나)?\s*$")


def _one_death_ko(text: str) -> list[QuantityHit]:
    if "북한" not in text or not ("사망" in text or "숨" in text):
        return []
    return [QuantityHit(m.start(), m.end(), {"kind": "deaths", "value": 1, "unit": "persons", "approximate": False},
                        "quantity:one_death", 0.7)
            for m in _ONE_DEATH_KO.finditer(text) if not _COUNT_BEFORE_KO.search(text, 0, m.start())]


_REPORTING_AFTER_KO = re.compile(r"(?:의\s*)?[가-힣]{0,3}?(?:은|는|이|가)\s+[^.。]{0,30}?(?:밝혔|밝힌|보고했|보고한|제출했|제출한|"
                                 r"공개했|공개한|발표했|발표한|통보했|통보한)")
_ALL_FOREIGN_BEFORE = re.compile(r"(?:전체|모든|총)\s*외국(?:인)?\s*(?:노동자|근로자|인력)(?:\s*수)?\s*\([^)]*$|"
                                 r"\ball\s+foreign\s+(?:workers|labou?rers|nationals)\s*\([^)]*$", re.IGNORECASE)
_POPULATION_BEFORE = re.compile(r"\b(?:country|nation|state|city|town|province|region|island|populations?)\s+of\s+"
                                rf"(?:{APPROX_BEFORE})?$", re.IGNORECASE)


def find_quantities(text: str) -> list[QuantityHit]:
    chosen: list[QuantityHit] = []
    if not _ANY_NUMBER.search(text) and not _WORD_COUNT_KO.search(text):
        return _one_death_ko(text)
    chosen.extend(_one_death_ko(text))
    for hit in [*_hits(text), *_contextual(text)]:
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    # persons indicted, sanctioned or arrested, and people whose identities were stolen, are no figures of the chain
    # (the counting rule): 북한 국적자 4명을 기소했다, 미국인 80여 명의 신원을 도용해
    chosen = [h for h in chosen if not (h.value.get("unit") == "persons" and _NOT_CHAIN_PEOPLE_KO.match(text, h.end))]
    # a reward offered or a victim's loss is money of the enforcement, not of the chain (the counting rule)
    chosen = [h for h in chosen if not (h.value["kind"] == "money" and (_NOT_CHAIN_MONEY.search(text, 0, h.start)
                                                                      or _NOT_CHAIN_MONEY_AFTER.match(text, h.end)))]
    # a sum converted in brackets after a sum, its currency left out: 1684만 6000달러(약 233억) is 23.3 billion won
    for h in [h for h in chosen if h.value["kind"] == "money"]:
        conv = _CONVERTED_KO.match(text, h.end)
        n = parse_any(conv.group("n")) if conv else None
        if conv and n and not any(c.start < conv.end("n") and conv.start("n") < c.end for c in chosen):
            chosen.append(QuantityHit(conv.start("n"), conv.end("n"), {"kind": "money", "value": clean(n), "unit": "KRW",
                                                                       "approximate": bool(conv.group("approx"))},
                                      "quantity:money_converted", 0.7))
    # "150,000 to 200,000 persons are held in detention camps": people held are inmates
    if "명" in text:
        chosen.extend(_row_counts(text, chosen))
    chosen = [QuantityHit(h.start, h.end, {**h.value, "kind": "inmates"}, "quantity:inmates_held", h.confidence)
              if h.value["kind"] == "people" and _HELD.match(text, h.end) else h for h in chosen]
    # the people of a country or city are its population, no figure of the chain: "the vast country of 3 million
    # people", "a city of 600,000 people", "population of 3 million"
    chosen = [h for h in chosen if not (h.value["kind"] == "people" and _POPULATION_BEFORE.search(text, 0, h.start))]
    # countries counted as they report, and the totals of all foreign workers in a host country, are no figures of the
    # chain (set 11's convention): 8개 국가는 ... 수치를 밝혔습니다; 몽골 내 전체 외국 노동자(103개국, 1만2천64명)
    chosen = [h for h in chosen if not (h.value["kind"] == "countries" and _REPORTING_AFTER_KO.match(text, h.end))
              and not _ALL_FOREIGN_BEFORE.search(text, 0, h.start)]
    if any(h.value["kind"] == "people" for h in chosen) and _EMPLOYED.search(text):
        chosen = [QuantityHit(h.start, h.end, {**h.value, "kind": "workers"}, "quantity:workers_employed", h.confidence)
                  if h.value["kind"] == "people" else h for h in chosen]
    return _between(text, [_whole_persons(text, h) for h in sorted(chosen, key=lambda h: h.start)])


# A count of persons is whole, so "1.000-1.100 prisoners" or "2.500 workers" writes thousands with a dot, as
# continental European and Latin American texts (and English ones translated from them) do: never 1 or 1.1 persons.
# Only where no scale word stands in the figure ("1.5 million workers" is a decimal) and the dot has exactly three
# digits after it.
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
_SCALE_WORD = re.compile(r"(?i)\b(?:hundred|thousand|million|billion)\b|[만억万亿千百]")


def _whole_persons(text: str, hit: QuantityHit) -> QuantityHit:
    if hit.value.get("unit") != "persons":
        return hit
    span = text[hit.start:hit.end]
    dotted = _DOTTED_THOUSANDS.findall(span)
    if not dotted or _SCALE_WORD.search(span):
        return hit
    whole = {float(d): int(d.replace(".", "")) for d in dotted}
    value = {**hit.value}
    for key in ("value", "max"):
        if isinstance(value.get(key), (int, float)) and float(value[key]) in whole:
            value[key] = whole[float(value[key])]
    return QuantityHit(hit.start, hit.end, value, hit.rule, hit.confidence)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")


def _between(text: str, hits: list[QuantityHit]) -> list[QuantityHit]:
    """Two figures of one kind and unit written "between A and B", each with its own unit or scale ("between $1.2
    billion and $2.3 billion per year"), are one range (A, max B), as a range written once is."""
    out: list[QuantityHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and a.value.get("max") is None and b.value.get("max") is None \
                and a.value["kind"] == b.value["kind"] and a.value.get("unit") == b.value.get("unit") \
                and isinstance(a.value.get("value"), (int, float)) and isinstance(b.value.get("value"), (int, float)) \
                and a.value["value"] < b.value["value"] \
                and _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start) and _AND.fullmatch(text, a.end, b.start):
            out.append(QuantityHit(a.start, b.end, {**a.value, "max": b.value["value"],
                                                    "approximate": bool(a.value.get("approximate") or b.value.get("approximate"))},
                                   a.rule, min(a.confidence, b.confidence)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def fold(text: str) -> str:
    """The text in lower case as re.IGNORECASE compares ASCII letters (İ and ı are i, ſ is s), each character
    for one: a lower-case pattern that matches the text with IGNORECASE matches this without it."""
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


def _hits(text: str) -> Iterator[QuantityHit]:
    low = fold(text)
    for (rx, kind, unit, conf, need), quick in zip(_RULE_RES, _QUICK_NEEDS, strict=True):
        if not quick.search(low) or not need.search(text):
            continue
        for m in rx.finditer(text):
            groups = m.groupdict()
            if groups.get("c1"):
                hours = _clock_hours(groups)
                if hours:
                    daily = bool(groups.get("daily")) or "까지" in m.group()
                    clock = {"kind": kind, "value": hours, "unit": unit, "approximate": False, "clock": m.group()}
                    yield QuantityHit(m.start(), m.end(), clock, "quantity:clock", conf if daily else conf - 0.1)
                    later = _LATER_END_EN.match(text, m.end())
                    longer = _clock_hours({**groups, **later.groupdict()}) if later else None
                    if later and longer and longer > hours:  # "from 5:00 am to 9:00 pm or even until 11:00 pm": 16 and 18
                        yield QuantityHit(later.start("c2"), later.end(), {**clock, "value": longer, "clock": later.group()},
                                          "quantity:clock", conf - 0.1)
                continue
            n = _NATIVE_KO.get(m.group("n")) or parse_any(m.group("n"))
            if n is None or n == 0:
                continue
            if kind == "people" and _DESIGNATED_BEFORE.search(text, 0, m.start()):
                continue
            if unit == "persons" and re.fullmatch(r"(?:19|20)\d\d", m.group("n")) and \
                    re.search(r"\b(?:in|since|by|during|until|from|of)\s+$", text[:m.start("n")], re.IGNORECASE):
                continue  # "In 2018 workers were sent": a year, not a count
            n2 = parse_any(groups["n2"]) if groups.get("n2") else None
            n = _shared_scale(m.group("n"), n, groups.get("n2"), n2)
            scale = groups.get("scale") or groups.get("short")
            if scale:
                n = round(n * _SCALE[scale.lower()], 2)  # 4.1 million is 4,100,000, not 4,099,999.99...
                n2 = round(n2 * _SCALE[scale.lower()], 2) if n2 else None
            unit_out = unit
            if kind == "output":
                unit_out = f"{groups['what'].lower()}/{groups['per'].lower()}"
            elif kind == "rest_days" and groups.get("per"):
                unit_out = f"days/{groups['per'].lower()}"
            elif kind == "money" and groups.get("cur"):
                unit_out = _CURRENCIES[re.sub(r"\s+", " ", groups["cur"].lower())]
            approx = bool(groups.get("approx") or groups.get("approx2"))
            value: dict[str, Any] = {"kind": kind, "value": clean(n), "unit": unit_out, "approximate": approx}
            if n2 is not None and n2 > n:
                value["max"] = clean(n2)
            yield QuantityHit(m.start(), m.end(), value, f"quantity:{kind}", conf)


# "the number of North Koreans entering Russia ... rose ... to surpass 13-thousand": a bare figure later in the
# sentence counts the noun of "the number of".
# (work permits and work visas count the workers they are issued to, set 7's convention: "the number of work permits
# for North Korean workers had dropped from 30,023 to 11,490")
_NUMBER_OF_EN = re.compile(r"\bnumber\s+of\s+(?:(?:new|North|South|Korean|female|male|foreign|such)\s+){0,3}"
                           rf"(?P<noun>{_WORKERS}|{_INMATES}|Koreans|people|persons|nationals|citizens|"
                           r"(?:work|labou?r|employment)\s+(?:permits|visas))\b", re.IGNORECASE)
# "700 new work permits have been issued to North Koreans": a count of permits or visas for work counts workers
_PERMITS_EN = re.compile(rf"(?P<approx>{APPROX_BEFORE})?(?<![\w$.,-])(?P<n>{NUMBER})(?P<approx2>)\s+(?:new\s+|more\s+)?"
                         r"(?:work|labou?r|employment)\s+(?:permits|visas)\b", re.IGNORECASE)
_BARE_EN = re.compile(rf"(?P<approx>{APPROX_BEFORE})?(?<![\w$.,-])(?P<n>{NUMBER})(?P<approx2>)(?=\s*(?:[,.;:)](?!\d)|$))",
                      re.IGNORECASE)
# ... or a figure the count moves from or to ("declined from 30,023 at the end of 2017 to 11,490 at the end of 2018"),
# written in digits and followed by no unit of its own
_MOVED_TO_EN = re.compile(r"\b(?:from|to|reach(?:ed|ing)?|surpass(?:ed|ing)?|exceed(?:ed|ing)?|peak(?:ed|ing|s)?\s+at)\s+(?P<approx>)(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})"
                          r"(?P<approx2>)\b(?![.,]\d|\s*(?:%|percent|per\b|years?|months?|weeks?|days?|hours?|[a-z]*illion|yuan|"
                          r"dollars|won|rubles?|euros?|tons?|tonnes?|[A-Z]{3}\b))", re.IGNORECASE)


# "the contract workers, numbering more than 20,000": the count after its noun
_NUMBERING_EN = re.compile(rf"\b{_WORKERS}[^.;]{{0,30}}?\bnumber(?:ing|ed)?\s+{_N}\b", re.IGNORECASE)
# "three out of six Chinese seafood processing companies": both numbers count firms
_OUT_OF_EN = re.compile(rf"(?P<approx>)(?P<n>{NUMBER})(?P<approx2>)\s+out\s+of\s+(?P<m>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?"
                        r"(?:companies|firms|factories|plants|processors|facilities|enterprises|camps)\b", re.IGNORECASE)


# One facility counted as one, where the report says it is a count: "at least one North Korean business", "a single
# restaurant" (not "one company said", where "one" is an article, nor "one of four restaurants")
_ONE_FACILITY_EN = re.compile(rf"\b(?:(?P<approx>at\s+least)\s+one|(?:only|just)\s+one|a\s+single|one\s+single)\s+"
                              rf"(?:(?!of\s)[\w.-]+\s+){{0,3}}?[“\"‘']?(?:{_FACILITY_ONE_EN})\b(?!\s+of\b)", re.IGNORECASE)


# Counts listed item by item before the workers they count: 사할린 3천여 명, 아무르주 2천여 명 등 ... 2만여 명의 북한 노동자들
# (each item a word and its count, the list closed by 등 or joined by commas; read in a sentence that names workers)
_KO_LISTED_COUNT = re.compile(r"(?<![가-힣])[가-힣]{2,8}\s+" + _KN + r"\s*명(?=\s*(?:,|등\s))")
_KO_WORKERS_RE = re.compile(_KO_WORKERS)


def _contextual(text: str) -> Iterator[QuantityHit]:
    if "명" in text and _KO_WORKERS_RE.search(text):
        for m in _KO_LISTED_COUNT.finditer(text):
            yield _simple(m, "workers", "persons", 0.55)
    if "from" in text and _WORK_WORDS_EN.search(text):
        yield from _clock_words(text)
    for m in (_PERMITS_EN.finditer(text) if "permits" in text or "visas" in text else ()):
        if parse_any(m.group("n")) and not re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
            yield _simple(m, "workers", "persons", 0.6)
    for m in _ONE_FACILITY_EN.finditer(text):
        yield QuantityHit(m.start(), m.end(), {"kind": "facilities", "value": 1, "unit": "",
                                               "approximate": bool(m.group("approx"))}, "quantity:facilities_one", 0.6)
    """Counts whose noun came earlier in the sentence (Korean; English "the number of ...")."""
    for m in (_OUT_OF_EN.finditer(text) if "out of" in text.lower() else ()):
        first, whole = parse_any(m.group("n")), parse_any(m.group("m"))
        if first and whole:
            yield QuantityHit(m.start("n"), m.end("n"), {"kind": "facilities", "value": clean(first), "unit": "",
                                                         "approximate": False}, "quantity:facilities", 0.66)
            yield QuantityHit(m.start("m"), m.end(), {"kind": "facilities", "value": clean(whole), "unit": "",
                                                      "approximate": False}, "quantity:facilities", 0.66)
    for m in (_NUMBERING_EN.finditer(text) if "number" in text.lower() else ()):
        if parse_any(m.group("n")):
            yield QuantityHit(m.start("n") if not m.group("approx") else m.start("approx"), m.end(),
                              {"kind": "workers", "value": clean(parse_any(m.group("n")) or 0), "unit": "persons",
                               "approximate": bool(m.group("approx") or m.group("approx2"))}, "quantity:workers", 0.6)
    of = _NUMBER_OF_EN.search(text)
    if of:
        noun = of.group("noun").lower()
        kind = ("workers" if re.fullmatch(_WORKERS, noun) or noun.endswith(("permits", "visas"))
                else "inmates" if re.fullmatch(_INMATES, noun) else "people")
        seen: set[int] = set()
        for m in [*_BARE_EN.finditer(text, of.end()), *_MOVED_TO_EN.finditer(text, of.end())]:
            n = parse_any(m.group("n"))
            if n and not (re.fullmatch(r"(?:19|20)\d\d", m.group("n"))) and m.start("n") not in seen:
                seen.add(m.start("n"))
                yield _simple(m, kind, "persons", 0.6)
    facility = re.search(_FACILITY_KO, text)
    if facility:
        for m in _KO_FACILITY_COUNT.finditer(text, facility.end()):
            yield _simple(m, "facilities", "", 0.6)
        for m in _NATIVE_FACILITIES_KO.finditer(text):
            # (세 곳, "three places", counts facilities after their noun: 북한 식당 세 곳; 두 식당 names its own)
            if not m.group().endswith("곳") or facility.start() < m.start():
                yield QuantityHit(m.start(), m.end(), {"kind": "facilities", "value": clean(_NATIVE_KO[m.group("n")]),
                                                       "unit": "", "approximate": False}, "quantity:facilities_words", 0.6)
    entrants = _KO_ENTRANTS.search(text) if ("입국" in text or "방문" in text) else None
    if entrants:
        # the counts after the noun, and a count written just before "이 북한에서 ... 입국"
        for m in _KO_PEOPLE_COUNT.finditer(text):
            if m.end() < entrants.start() - 8:
                continue
            if not re.match(r"\s*에게", text[m.end():]):
                yield _simple(m, "people", "persons", 0.55)
    # a count of people with no noun that goes or arrives somewhere: the workers the report is about (5월에는 약 500명이
    # 랴오닝성 단둥에 간 것으로; 단둥에서는 5월에 약 500명이 도착했다); entering or visiting a country is read above
    for m in (_KO_MOVED.finditer(text) if "명" in text else ()):
        hit = _simple(m, "workers", "persons", 0.55)
        yield QuantityHit(hit.start, text.index("명", m.end("n")) + 1, hit.value, hit.rule, hit.confidence)  # the count
    for m in (_KO_TAKEN_IN.finditer(text) if "명" in text else ()):
        hit = _simple(m, "workers", "persons", 0.55)
        yield QuantityHit(hit.start, text.index("명", m.end("n")) + 1, hit.value, hit.rule, hit.confidence)
    # (not defectors, inmates, the dead, tourists or students, whom the sentence names)
    their = _KO_THEIR_NUMBER.search(text) if "명" in text and not re.search(r"탈북|수감|사망|관광|유학|학생", text) else None
    if their:
        for m in _KO_PEOPLE_COUNT.finditer(text, their.end()):
            yield _simple(m, "workers", "persons", 0.55)
    workers = re.search(_KO_WORKERS, text)
    if workers:
        for m in _KO_PEOPLE_COUNT.finditer(text, workers.end()):
            if not re.match(r"\s*(?:의\s*)?(?:수감자|수용자|재소자|죄수|사망)", text[m.end():]):
                yield _simple(m, "workers", "persons", 0.6)


# What may stand between two counts of one row of a table written as a sentence: a comma and the next row's label
# (2분기, 3월, 2019년, 여성), or 총 before the row's total.
_ROW_GAP = re.compile(r"\s*(?:,|、|및|와|과)?\s*(?:(?:\d{1,4}\s*(?:분기|월|년|차)|[가-힣]{1,4})\s+)?(?:총|합계|모두|전체)?\s*")


def _row_counts(text: str, chosen: list[QuantityHit]) -> list[QuantityHit]:
    """Counts of people written as a row without their noun, which the row's one counted figure names: 1분기 1805명, 2분기
    1682명, ... 총 7465명에 대해 취업비자 (every count of the row is of workers)."""
    counts = [m for m in _KO_PEOPLE_COUNT.finditer(text)
              if not any(m.start() < c.end and c.start < m.end() for c in chosen)]
    out: list[QuantityHit] = []
    for named in [h for h in chosen if h.value.get("unit") == "persons" and "명" in text[h.start:h.end]]:
        edge = named.start
        for m in reversed([m for m in counts if m.end() <= named.start]):
            if not _ROW_GAP.fullmatch(text, m.end(), edge):
                break
            out.append(_simple(m, named.value["kind"], "persons", named.confidence - 0.1))
            edge = m.start()
    return out


_KO_SCALES = {"천": 1_000, "만": 10_000, "억": 100_000_000}


def _shared_scale(n_text: str, n: float, n2_text: str | None, n2: float | None) -> float:
    """5~10만 명 is 50,000 to 100,000: a bare first number shares the second's Korean scale (as 6至7万 does)."""
    if n2 is None or not n2_text or not re.fullmatch(r"\d+(?:\.\d+)?", n_text.strip()):
        return n
    scale = _KO_SCALES.get(n2_text.strip()[-1:])
    return n * scale if scale and n * scale <= n2 else n


def _simple(m: re.Match[str], kind: str, unit: str, conf: float) -> QuantityHit:
    n = parse_any(m.group("n")) or 0
    approx = bool(m.group("approx") or m.group("approx2"))
    n2 = parse_any(m.group("n2")) if "n2" in m.re.groupindex and m.group("n2") else None
    n = _shared_scale(m.group("n"), n, m.group("n2") if n2 is not None else None, n2)
    value: dict[str, Any] = {"kind": kind, "value": clean(n), "unit": unit, "approximate": approx}
    if n2 is not None and n2 > n:
        value["max"] = clean(n2)
    return QuantityHit(m.start(), m.end(), value, f"quantity:{kind}", conf)


# A later end the same clock range may run to: "to 9:00 pm or even until 11:00 pm"
_LATER_END_EN = re.compile(rf",?\s+or\s+(?:even\s+)?(?:later\s+)?(?:until|till|to)\s+(?P<c2>\d{{1,2}})(?::(?P<m2>\d\d))?\s*"
                           rf"{_AMPM.format('ap2')}")


# A clock range written in words, in a sentence about work: "we must work from 11 in the morning to midnight" (13),
# "from 7 in the morning until 10 at night": the part of the day stands for am or pm, midnight and noon for 12
_DAY_PART_EN = r"(?:\s*(?P<{0}>a\.?m\.?|p\.?m\.?)|\s+in\s+the\s+(?P<{1}>morning|afternoon|evening)|\s+(?P<{2}>at\s+night))?"
_CLOCK_WORDS_EN = re.compile(
    rf"\bfrom\s+(?:(?P<c1>\d{{1,2}})(?::(?P<m1>\d\d))?{_DAY_PART_EN.format('ap1', 'd1', 'n1')}|(?P<w1>midnight|noon))\s+"
    rf"(?:to|until|till)\s+(?:(?P<c2>\d{{1,2}})(?::(?P<m2>\d\d))?{_DAY_PART_EN.format('ap2', 'd2', 'n2')}|(?P<w2>midnight|noon))",
    re.IGNORECASE)
_WORK_WORDS_EN = re.compile(r"\bwork|\blabou?r|\bshifts?\b|\btoil", re.IGNORECASE)


def _clock_words(text: str) -> Iterator[QuantityHit]:
    for m in _CLOCK_WORDS_EN.finditer(text):
        g = m.groupdict()
        if not any(g[k] for k in ("ap1", "d1", "n1", "w1", "ap2", "d2", "n2", "w2")):
            continue  # (two bare numbers: no clock)
        ends: dict[str, str | None] = {}
        for i in ("1", "2"):
            word, part = (g[f"w{i}"] or "").lower(), (g[f"d{i}"] or "").lower()
            ends[f"c{i}"] = "12" if word else g[f"c{i}"]
            ends[f"m{i}"] = None if word else g[f"m{i}"]
            ends[f"ap{i}"] = ("am" if word == "midnight" else "pm" if word == "noon" else g[f"ap{i}"]
                              or ("am" if part == "morning" else "pm" if part or g[f"n{i}"] else None))
        hours = _clock_hours(ends)
        if hours and hours <= 20:
            yield QuantityHit(m.start(), m.end(), {"kind": "work_hours", "value": hours, "unit": "hours/day",
                                                   "approximate": False}, "quantity:work_hours", 0.7)


def _clock_hours(g: dict[str, str | None]) -> int | float | None:
    def hour(part: str, c: str, m: str) -> float:
        h = int(g[c] or 0) % 12 if g.get(part) else int(g[c] or 0)
        p = (g.get(part) or "").lower()
        if p.startswith("p") or p in ("오후", "저녁", "밤") or (p == "낮" and h < 6):
            h += 12 if h < 12 else 0
        elif p.startswith("a") and h == 12:
            h = 0
        return h + int(g.get(m) or 0) / 60

    start, end = hour("ap1" if "ap1" in g else "p1", "c1", "m1"), hour("ap2" if "ap2" in g else "p2", "c2", "m2")
    span = (end - start) % 24
    return clean(span) if 0 < span <= 24 else None
