"""Periods and dates, absolute ("between early 2020 and August 2022", "2022년 8월 이후") and relative to
events every North Korea report assumes the reader knows ("at the beginning of the pandemic").

Values are ISO strings at the precision the text gives (a year, a month or a day); an open end is None.
Dates that leave the year out ("Effective June 17", "this year", "지난해", "올해 1월부터 6월 사이") are read
against the report's publication date when one is given (dateparser reads a month and day against it).
The document's own date line ("Issued: July 23, 2018") and dates inside the names of laws, orders and reports
("Act of 2016", "E.O. 13722 of March 15, 2016", "its 2018 Global Slavery Index") are not periods of a claim.
Event dates are public record: North Korea sealed its border in late January 2020 as COVID-19 spread from
China (WHO declared the pandemic in March 2020), and declared victory over COVID-19 on 10 August 2022.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                              "august", "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_QUAL = r"(?:early|mid|mid-|late|the (?:beginning|start|end|middle|first half|second half) of)"
# One date expression: [qualifier] [day] [month [day,]] year.
DATE = rf"(?:{_QUAL}\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?{_YEAR}"
_DATE_RE = re.compile(rf"(?i:{_QUAL}\s*)?(?:(\d{{1,2}})\s+)?(?:({_MONTH})\s+(?:(\d{{1,2}}),?\s+)?)?({_YEAR})",
                      re.IGNORECASE)
# Korean: 2022년 8월 [초/말/중순], 2020년 초, 2020년 상반기.
_KO_QUAL = r"(?:초반|초|중반|중순|말경|말|하반기|상반기|후반)"
# (North Korea's press writes the Juche year with the common one in brackets: 주체91(2002)년 4월 9일; round 22)
KO_DATE = rf"{_YEAR}\)?\s*년(?:\s*\d{{1,2}}\s*월)?(?:\s*\d{{1,2}}\s*일)?(?:\s*{_KO_QUAL})?"
_KO_DATE_RE = re.compile(rf"({_YEAR})\)?\s*년(?:\s*(\d{{1,2}})\s*월)?(?:\s*(\d{{1,2}})\s*일)?(?:\s*({_KO_QUAL}))?")

# Qualifier -> (first month, last month) of the year or the span it narrows.
_QUAL_MONTHS = {"early": (1, 4), "beginning": (1, 3), "start": (1, 3), "first half": (1, 6), "mid": (5, 8),
                "middle": (5, 8), "late": (9, 12), "end": (10, 12), "second half": (7, 12),
                "초": (1, 3), "초반": (1, 4), "상반기": (1, 6), "중반": (5, 8), "중순": (5, 8), "하반기": (7, 12),
                "후반": (9, 12), "말": (10, 12), "말경": (10, 12)}

Span = tuple[str | None, str | None]


@dataclass(frozen=True)
class PeriodHit:
    start: int
    end: int
    period: Span
    rule: str
    confidence: float


def _ym(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


# Qualifiers that only say roughly where in a year ("early 2017", "mid-2018", "2025년 중반"): standing alone, the
# claim is the year (the annotators' reading of sets 3 and 5); as the end of a range they narrow it to months.
# ("the end of 2017" as 2017년 말: the year)
_VAGUE = {"early", "mid", "middle", "late", "end", "초", "초반", "중반", "중순", "후반", "말", "말경"}


def read_date(text: str, alone: bool = False, year_end_month: bool = True) -> Span:
    """The span one English or Korean date expression covers: "early 2020" -> ("2020-01", "2020-04"); with
    `alone` (a date standing by itself, not the end of a range) a vague qualifier of a year gives the year."""
    m = _KO_DATE_RE.search(text)
    if m and "년" in text:
        if alone and year_end_month and not m.group(2) and m.group(4) in ("말", "말경"):
            # 2019년 말, 2023년 말 standing alone: December, as the Korean sets annotate it (17 and 18; round 22); a
            # deadline 2019년 말까지 is read by the "before" rule, not here
            return _ym(int(m.group(1)), 12), _ym(int(m.group(1)), 12)
        if alone and not m.group(2) and m.group(4) in _VAGUE:
            return m.group(1), m.group(1)
        return _span(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                     int(m.group(3)) if m.group(3) else None, m.group(4))
    m = _DATE_RE.search(text)
    if not m:
        return None, None
    qual = re.match(rf"(?i){_QUAL}", text.strip())
    q = None
    if qual:
        q = qual.group().lower().replace("the ", "").replace(" of", "").rstrip("-").strip()
    month = _MONTHS.get(m.group(2).lower().rstrip(".")) if m.group(2) else None
    day = m.group(1) or m.group(3)
    if alone and not month and q in _VAGUE:
        return m.group(4), m.group(4)
    return _span(int(m.group(4)), month, int(day) if day else None, q)


def _span(year: int, month: int | None, day: int | None, qual: str | None) -> Span:
    if month and day:
        return _ym(year, month, day), _ym(year, month, day)
    if month:
        return _ym(year, month), _ym(year, month)
    if qual and qual in _QUAL_MONTHS:
        first, last = _QUAL_MONTHS[qual]
        return _ym(year, first), _ym(year, last)
    return str(year), str(year)


# Events whose dates the reports take for granted -> (start, end).
_EVENTS: list[tuple[str, Span, str]] = [
    (r"(?:at the |in the )?(?:very )?(?:beginning|start|outbreak|onset|early days|early stages?) of the "
     r"(?:COVID(?:-19)? |coronavirus )?(?:pandemic|COVID(?:-19)?|coronavirus(?: outbreak)?)",
     ("2020-01", "2020-03"), "event:pandemic_start"),
    (r"(?:코로나\s*(?:19|바이러스)?\s*(?:대유행|팬데믹|사태|확산)?\s*(?:초기|초반|발생\s*(?:직후|초기)|시작))",
     ("2020-01", "2020-03"), "event:pandemic_start"),
    (r"(?:since|after) the (?:COVID(?:-19)? |coronavirus )?pandemic (?:began|started|broke out)",
     ("2020-01", None), "event:since_pandemic"),
    (r"(?:before|until) (?:North Korea |the (?:North Korean )?(?:authorities|regime) )?(?:closed|sealed|shut) "
     r"(?:the |its )?(?:national )?borders?", (None, "2020-01"), "event:before_border_closure"),
    (r"(?:since|after) (?:North Korea |the (?:North Korean )?(?:authorities|regime) )?(?:closed|sealed|shut) "
     r"(?:the |its )?(?:national )?borders?", ("2020-01", None), "event:after_border_closure"),
    (r"국경\s*(?:봉쇄|폐쇄)\s*(?:이후|후|以後)", ("2020-01", None), "event:after_border_closure"),
    (r"국경\s*(?:봉쇄|폐쇄)\s*(?:이전|전)", (None, "2020-01"), "event:before_border_closure"),
    (r"(?:after|since|following) (?:the )?(?:announcement of the )?(?:end of (?:the )?COVID(?:-19)? "
     r"(?:measures|restrictions|emergency)|(?:declaration of )?victory over COVID(?:-19)?)",
     ("2022-08", None), "event:after_covid_end"),
]
_EVENT_RES = [(re.compile(p, re.IGNORECASE), span, rule) for p, span, rule in _EVENTS]

_TO = r"(?:and|to|until|till|through|thru|–|—|-)"
_RULES: list[tuple[str, str, float]] = [
    (rf"\b(?:between|from)\s+(?P<a>{DATE})\s+{_TO}\s+(?P<b>{DATE})", "range", 0.9),
    # "From May to August 2022": the first month takes the year of the second
    (rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s+{_TO}\s+(?P<b>{_MONTH}\s+(?:\d{{1,2}},?\s+)?{_YEAR})", "month_range", 0.9),
    (rf"\b(?P<a>{_YEAR})\s*[–—~∼-]\s*(?P<b>{_YEAR})(?:\b|(?=\s*년))", "range", 0.8),
    # "employed in 2017 and 2018": two years running are one period
    (rf"\b(?:in|during|throughout)\s+(?P<a>{_YEAR})\s+(?:and|&)\s+(?P<b>{_YEAR})\b", "pair", 0.9),
    (rf"\b(?:after|since|following|from|starting(?: in| on)?|beginning(?: in| on)?|effective(?: on)?)\s+(?:at\s+least\s+)?"
     rf"(?P<a>{DATE})", "after", 0.85),
    # "After the announcement of the end of COVID-19 measures in August 2022": the clause dates the start.
    # (not a ranking: "the second-biggest export after coal and other minerals in 2016")
    (rf"(?<!export\s)(?<!exports\s)(?<!biggest\s)(?<!largest\s)\b(?:after|since|following)\s+[^.;,]{{3,90}}?\bin\s+"
     rf"(?P<a>{DATE})", "after", 0.75),
    (rf"\b(?:before|until|till|up to|by)\s+(?P<b>{DATE})", "before", 0.8),
    (rf"\b(?:in|during|throughout|since early|of)\s+(?P<a>{DATE})", "in", 0.85),
    # (not one end of a range of other numbers: 봉제공장이 2000~2500 중국 원)
    (rf"(?<![~∼–-])(?<![~∼–-]\s)\b(?P<a>{DATE})\b(?!\s*[~∼–-]\s*\d)", "bare", 0.6),
    (rf"(?P<a>{KO_DATE})\s*(?:부터|에서)\s*(?P<b>{KO_DATE})\s*(?:까지|사이)", "range", 0.9),
    # 2020년과 2021년: two years running are one period, as in English
    (rf"(?P<a>{_YEAR})\s*년\s*(?:과|와|및|,|·)\s*(?P<b>{_YEAR})\s*년(?!\s*\d{{1,2}}\s*월)", "pair", 0.9),
    # 2019년 1~8월: months of one year
    (rf"(?P<y>{_YEAR})\s*년\s*(?P<m1>\d{{1,2}})\s*(?:월\s*)?[~∼–-]\s*(?P<m2>\d{{1,2}})\s*월", "ko_months", 0.9),
    # (the words between hold no other year: "2017년 9월 결의 ... 2018년부터" starts in 2018)
    (rf"(?P<a>{KO_DATE})(?:(?!{_YEAR}\s*년)[^.。]){{0,40}}?(?:이후|以後|부터|이래)", "after", 0.8),
    (rf"(?P<b>{KO_DATE})\s*(?:이전|까지|以前)", "before", 0.8),
    (rf"(?P<a>{KO_DATE})", "in", 0.8),
]
_RULE_RES = [(re.compile(p, re.IGNORECASE), kind, conf) for p, kind, conf in _RULES]
_ANY_YEAR = re.compile(_YEAR)
_EVENT_WORDS = re.compile(r"pandemic|covid|coronavirus|border|코로나|국경", re.IGNORECASE)  # every event names one


_METADATA = re.compile(r"^\s*(?:(?:Issued|Dated?|Published|Released|Updated|Posted|Last\s+modified)\s*:|"
                       r"(?:입력|수정|송고|등록|작성)\s*[:：]?\s*\d)", re.IGNORECASE)
# (a number of an instrument, "E.O. 13722 of", not the last group of a figure: "from 30,023 to 11,490 between December
# 2017 and December 2018")
_INSTRUMENT_BEFORE = re.compile(r"(?:\b(?:Act|Law|Order|Resolution|Decree|Code|Regulations?)|(?<![\d,.])\b\d{3,6}|\bFY)\s+"
                                r"(?:of\s+)?$")
_INSTRUMENT_AFTER = re.compile(r"^\s*(?:[A-Z][\w’'-]*\s+){0,6}(?:Act|Index|Report|Law|Survey|Resolution|Advisory|Guidance|"
                               r"Notice|Alert|Memorandum|Bulletin)\b|"
                               r"^\s*(?:report|survey|study|investigation|index|edition|issue)\b|"
                               r"^\s*(?:U\.?N\.?\s+|Security\s+Council\s+|sanctions?\s+)?(?:resolution|law)s?\b")
# Years the report leaves implicit, relative to its publication date.
_COMPARED_BEFORE_EN = re.compile(r"\b(?:from|than|over|on|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_REL_YEAR_EN = re.compile(r"\b(?:earlier\s+|later\s+|so\s+far\s+)?(?:(?P<w>this|last|next|previous|the\s+previous)\s+year)\b",
                          re.IGNORECASE)
# "by the end of the year" (the year the report is in, read whole as "2017년 말까지" is), "as of last month", "this month"
_END_OF_YEAR_EN = re.compile(r"\b(?:by|before|until|till|at|towards?|around)\s+the\s+(?:end|close)\s+of\s+(?:the|this)\s+year\b",
                             re.IGNORECASE)
_REL_MONTH_EN = re.compile(r"\b(?P<w>this|last|next|previous|the\s+previous)\s+month\b", re.IGNORECASE)
_MONTH_DAY_EN = re.compile(rf"\b(?P<md>(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{_MONTH}))\b"
                           rf"(?!,?\s*(?:{_YEAR}|\d))", re.IGNORECASE)
# "in the first four months of the year", "the first six months of 2023": months from January
_FIRST_MONTHS_EN = re.compile(r"\bthe\s+first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+"
                              r"of\s+(?:(?P<rel>the|this|last)\s+year|(?P<y>(?:19|20)\d\d))\b", re.IGNORECASE)
# "the six-month period ending in early August", "the 12 months to March 2020": a span of months counted back from its
# last month (one that ends early in the month began early in the month N months before)
_MONTHS_ENDING_EN = re.compile(r"\b(?:the\s+|a\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                               r"[- ]months?\s+(?:period\s+|span\s+|stretch\s+)?(?:ending|ended|that\s+ended|to|through|until)"
                               r"\s+(?:in\s+)?(?P<q>early|mid-?|late|the\s+end\s+of)?\s*(?P<m>January|February|March|April|May|June|"
                               r"July|August|September|October|November|December)\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_NUMBER_WORDS = {"twelve": 12, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11}
# Quarters of a year: 2025년 1분기, "the first quarter of 2020", "Q3 2019"; a quarter without its year takes the
# year last written before it in the sentence (2019년 1분기 1805명, 2분기 1682명)
# (a relative year before a quarter, or before the first of several: 지난해 3분기, 작년 1분기 ... 2분기; round 22, fitted)
_QUARTER = re.compile(r"(?:(?P<ky>(?:19|20)\d\d)\s*년\s*|(?P<kr>올해|금년|지난\s?해|작년|재작년|내년|올)\s*)?(?:제\s*)?"
                      r"(?P<kq>[1-4])\s*분기|"
                      r"\bthe\s+(?P<eq>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<ey>(?:19|20)\d\d)\b|"
                      r"\bQ(?P<qq>[1-4])\s+(?P<qy>(?:19|20)\d\d)\b", re.IGNORECASE)
_Q_GATE = re.compile(r"\bQ[1-4]\b")
_MONTH_GATE = re.compile(r"[a-z]\s+[A-Z][a-z]{2}")  # a preposition before a capitalised word (a month's name)
_KO_YEAR = re.compile(r"\d\s*년")
_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# A month without a year or day ("in March", "since September"): the latest such month up to publication.
# ("since early December": the qualifier after since keeps the period open)
_MONTH_ONLY_EN = re.compile(r"\b(?P<prep>[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?|"
                            r"(?:[Ss]ince|[Ff]rom)\s+(?:early|late|mid-?))\s+"
                            r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b(?!,?\s*(?:\d|of\s+\d))")
# "between January and March", "from May to August" without a year
_MONTHS_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_RANGE_EN = re.compile(rf"\b(?:[Bb]etween\s+(?P<m1>{_MONTHS_NAMES})\s+and|[Ff]rom\s+(?P<f1>{_MONTHS_NAMES})\s+"
                             rf"(?:to|through|until|till))\s+(?P<m2>{_MONTHS_NAMES})\b(?!,?\s*(?:\d|of\s+\d))")
# ... unless it dates a statement, not the chain: "in October during a Senate hearing", "In July the Walk Free
# Foundation ... estimated"
_MONTH_OF_STATEMENT = re.compile(r",?\s*(?:during|at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:hearing|testimony|interview|"
                                 r"briefing|meeting|conference|speech|statement|summit)\b|"
                                 r",?\s*(?:the\s+)?[A-Z][^.;]{0,80}?\b(?:estimated|reported|said|stated|published|"
                                 r"released|announced|wrote|testified)\b")
_KO_REL = (r"(?P<rel>올해|금년|지난\s?해|작년|재작년|이듬해|내년|연초|올(?=\s*(?:상반기|하반기|들어|초|\d{1,2}\s*월)))"
           rf"(?:\s*(?P<m>\d{{1,2}})\s*월(?:\s*(?P<d>\d{{1,2}})\s*일)?)?(?:\s*(?P<q>{_KO_QUAL}))?")
_KO_REL_RANGE = re.compile(_KO_REL + r"\s*(?:부터|에서)\s*(?P<m2>\d{1,2})\s*월\s*(?:까지|사이)")
_KO_REL_ONE = re.compile(_KO_REL)
# 올해 1~4월: months of a relative year
_KO_REL_MONTHS = re.compile(r"(?P<rel>올해|금년|지난\s?해|작년|재작년|이듬해|내년|올)\s*(?P<m>\d{1,2})\s*(?:월\s*)?[~∼-]\s*"
                            r"(?P<m2>\d{1,2})\s*월")
# 지난해 이후, 지난해부터: a relative year that opens a period (a range or "until now" ending it reads longer)
_KO_OPEN_AFTER = re.compile(r"\s*(?:이후|부터|이래)")
# 지난달 28일에서 29일 사이, 9월 3일부터 5일까지: days of one month
# 지난 1~2월, 1∼4월: months of the latest such span up to publication, the year left out (as English "between January
# and March"; a relative or written year before it is read by _KO_REL_MONTHS and the ko_months rule; round 22)
# (not the months in brackets that gloss a half-year already read: 올 상반기(1월~6월))
_KO_MONTH_RANGE = re.compile(r"(?<![\d년~∼–(-])(?<!년\s)(?<!올해\s)(?<!지난해\s)(?:지난\s*)?(?P<m>\d{1,2})\s*(?:월\s*)?[~∼–-]\s*"
                             r"(?P<m2>\d{1,2})\s*월")
# 96~97년: a range of years written with two digits each (round 22)
_KO_SHORT_YEARS = re.compile(r"(?<![\d.,'’])(?P<y1>\d{2})\s*[~∼–-]\s*(?P<y2>\d{2})\s*년(?!\s*(?:간|동안|째|만|이상))")
_KO_DAY_RANGE = re.compile(r"(?<![\d년])(?P<mon>지난\s?달|전달|\d{1,2}\s*월)\s*(?P<d1>\d{1,2})\s*일\s*(?:에서|부터|~|∼|-)\s*"
                           r"(?P<d2>\d{1,2})\s*일\s*(?:사이|까지)?")
_KO_REL_OFFSET = {"올해": 0, "금년": 0, "올": 0, "연초": 0, "지난해": -1, "지난 해": -1, "작년": -1, "재작년": -2, "이듬해": 1,
                  "내년": 1}
_RANGE_END_KO = re.compile(r"[^.。]{0,16}?(?:까지|사이)")
_KO_DAY_AFTER = re.compile(r"\s*(?P<d>\d{1,2})\s*일(?!\s*(?:에서|부터|~|∼|-)\s*\d)")
_KO_MONTH_DAY = re.compile(r"(?<![\d년])(?<!년\s)(?P<md>\d{1,2}\s*월\s*\d{1,2}\s*일)")
# A month without its year (9월 북중 무역, 지난 2월 말, 지난달): the latest such month up to the publication date.
# (오는 7월께, "this coming July": the next such month from the publication date)
# (연내, "within the year": the publication's year)
_KO_WITHIN_YEAR = re.compile(r"(?<![가-힣])연내(?=에|\s|$)")
_KO_MONTH_ONLY = re.compile(r"(?<![\d년~∼-])(?<!년\s)(?:지난\s*|(?P<coming>오는)\s*)?(?P<m>\d{1,2})\s*월(?!\s*\d{1,2}\s*일)(?!\s*[~∼–-])"
                            rf"(?:\s*(?P<q>{_KO_QUAL}))?|(?P<last>지난\s?달|전달)")
# The enactment of a law or resolution dates the law, not the chain: "On August 2, 2017, the President signed
# into law ...", "2017년 9월 대북 제재 결의 2375호를 채택해".
_ENACTED = re.compile(r"\bsigned\s+(?:\w+\s+)?into\s+law\b|\benacted\b|\b(?:[Pp]assed|[Aa]dopted)(?=\s+(?:on|in)\s+\w+\s+\d)|\b(?:law|act|resolution)\s+(?:was|were)\s+"
                      r"(?:adopted|passed)\b|(?:법안?|법률|결의(?:안)?(?:\s*\d+\s*호)?)\s*(?:을|를)?\s*(?:채택|제정|통과|서명)|"
                      r"(?:채택|제정|통과|서명)(?:된|한)\s*(?:[가-힣]+\s+){0,4}?(?:법안?|법률|결의)",
                      re.IGNORECASE)
# Treaties signed and bans by sanctions date themselves too (searched only where their words are): 2017년 ... 유엔
# 안보리 제재로 금지돼 있다; 6월 ... 새 조약을 체결; "signed a new treaty in June"
# (a parliament's approval or ratification, and a report's submission, date the act, not the chain: 몽골 의회는 이듬해인
# 2008년 7월 이를 승인; 중국은 지난 3월 이행보고서를 제출했지만)
_TREATY_WORDS = re.compile(r"제재|조약|협정|협약|의회|국회|제출|[Tt]reaty|[Aa]greement|[Pp]act|[Aa]ccord")
_TREATY = re.compile(r"제재(?:\s*결의)?(?:로|에\s*의해|에\s*따라)\s*금지|"
                     r"(?:조약|협정|협약)(?:을|를)?\s*(?:체결|서명|비준)|"
                     r"(?:의회|국회)(?:는|가|에서|도)?\s+[^.。]{0,30}?(?:승인|비준|인준)|"
                     r"(?:보고서|이행\s*보고서|자료)(?:을|를)?\s*제출|"
                     r"\b(?:treaty|agreement|pact|accord)\s+(?:was\s+)?(?:signed|ratified)\b|"
                     r"\bsign(?:ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:treaty|agreement|pact|accord)\b", re.IGNORECASE)
# A year that is only the base of a comparison: 2023년(1천117명) 대비 12배, 전년보다 (Chinese: 较2023年, in chinese.py)
_COMPARED_KO = re.compile(r"\s*(?:같은\s*기간|동기)?\s*(?:\([^)]{0,20}\))?\s*(?:대비|에\s*비해|에\s*비하여|보다)")
# The year a firm was founded dates the firm, not the chain: 1975년 설립된 조선은하무역회사, "founded in 1998".
# (세운, "set up": 북한과 폴란드가 지난 1987년 세운 합작 해운회사)
_FOUNDED_AFTER = re.compile(r"\s*(?:도)?\s*(?:에\s*)?(?:설립|창립|창설|설립된|창업|세운|세웠|세워진)")
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|incorporated|set\s+up)\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)
# A date that says when someone estimated or reported, not when something happened: "estimated in 2017 that".
# The day a designation was made or takes effect is no period of the chain (set 8's convention): "designated HK Yilin
# Shipping Company on July 18", "The designation takes effect on December 12", "sanctioned the firm on Thursday,"
_DESIGNATED_ON = re.compile(r"(?:\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing)|blacklist(?:ed|s|ing))\s+"
                            # (the designated party's name, no clause of its own between: "the sanctioned tanker was seized
                            # on March 30" and "the firm, whose vessel loaded coal on" date the chain)
                            r"(?:(?!(?:was|were|is|are|had|has|been|whose|which|that|who|when|after|before)\b)[\w.,’'&()-]+\s+){0,8}?"
                            r"|\b(?:takes?|took)\s+effect\s+)(?:on|as\s+of)\s+"
                            r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:estimated|reported|said|stated|found|noted|announced|published|wrote|revealed|"
                       r"concluded)\s+(?:in|on)\s+$|"
                       # (a finding or a designation by a named body: "first outed by C4ADS in June 2017", "designated by
                       # OFAC in August")
                       r"\b(?:outed|exposed|identified|named|flagged|reported|designated|sanctioned|blacklisted|listed)\s+"
                       r"by\s+(?:the\s+)?(?:[\w.&’'-]+\s+){1,4}?(?:in|on)\s+$", re.IGNORECASE)


def find_periods(text: str, base: dt.date | None = None) -> list[PeriodHit]:
    """Every period in a sentence; where two readings overlap, the longer (more specific) one wins.

    `base` is the report's publication date: dates without a year are read against it."""
    if _METADATA.match(text):
        return []
    hits = list(_events(text)) if _EVENT_WORDS.search(text) else []
    if _ANY_YEAR.search(text):  # every absolute rule reads a year
        hits += list(_dated(text))
    if base is not None:
        hits += list(_relative(text, base))
        if "년" in text:
            hits += _years_ago_ko(text, base)
    low = text.lower()
    if "분기" in text or "quarter" in low or _Q_GATE.search(text):
        hits += list(_quarters(text, base))
    for m in (_FIRST_MONTHS_EN.finditer(text) if "first" in low and "month" in low else ()):
        count = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n").lower()]
        year = int(m.group("y")) if m.group("y") else (base.year - (m.group("rel").lower() == "last") if base else None)
        if year and 1 <= count <= 12:
            hits.append(PeriodHit(m.start(), m.end(), (_ym(year, 1), _ym(year, count)), "date:first_months", 0.85))
    for m in (_MONTHS_ENDING_EN.finditer(text) if "month" in low else ()):
        hits.extend(_months_ending(m, base))
    for m in (_KO_SHORT_YEARS.finditer(text) if "년" in text else ()):
        y1, y2 = (int(m.group(g)) for g in ("y1", "y2"))
        # (only where two digits cannot be a count of years: 96~97년, 05~06년, not 10~15년 사이)
        if (y1 >= 50 or m.group("y1").startswith("0")) and (y1 < y2 or (y1 >= 90 and y2 < 30)):
            full = [y + (1900 if y >= 30 else 2000) for y in (y1, y2)]
            if full[0] < full[1] and (base is None or full[1] <= base.year):
                hits.append(PeriodHit(m.start(), m.end(), (str(full[0]), str(full[1])), "date:short_years", 0.8))
    hits += _joined(text, hits)
    if "같은" in text:
        hits += _same_month_or_year(text, hits)
        hits += _same_year_alone(text)
    if base is not None:
        hits += _until_now(text, hits, base)
    enacted = [m.span() for m in _ENACTED.finditer(text)]
    if _TREATY_WORDS.search(text):
        enacted += [m.span() for m in _TREATY.finditer(text)]
    if "년대" in text:
        hits += _decades_ko(text)
    hits = [h for h in hits if not _FOUNDED_AFTER.match(text, h.end) and not _FOUNDED_BEFORE.search(text, 0, h.start)
            and not ("년" in text and _COMPARED_KO.match(text, h.end) and _KO_YEAR.search(text, h.start, h.end))]
    chosen = _non_overlapping([h for h in hits if not _in_a_name(text, h) and not _of_enactment(text, h, enacted)
                               and not _REPORTED.search(text[max(0, h.start - 40):h.start] + _lead(text, h))
                               and not _DESIGNATED_ON.search(text[max(0, h.start - 90):h.start] + _lead(text, h))])
    # (after the overlaps are settled: the shorter "10월 29일" inside a statement's "지난해 10월 29일" goes with it)
    return [h for h in chosen if not _day_of_statement_ko(text, h) and not _date_of_statement_ko(text, h)]


# 국가정보원은 지난해 10월 29일, ... 발표했다: a day set right after the speaker and before what was said dates the
# statement, not the chain (the counting rule's "20일 공개"); only a single day is read so.
_SPEAKER_BEFORE_KO = re.compile(r"[가-힣A-Za-z)](?:은|는|이|가)\s*$")
_STATEMENT_KO = re.compile(r"(?:발표|밝혔|밝혀|밝힌|말했|전했|공개했|공표|보도했|설명했|주장했|확인했)")


# 1990년대 중반부터, 2000년대 초: a decade, narrowed by its qualifier (초/초반 its first four years, 중반 the middle
# three, 후반/말 the last three); opening a period it starts at the qualifier's year (the mid-1990s: 1995).  Read before
# the year inside it ("1960년" of 1960년대 is no year of its own; round 22).
_DECADE_KO = re.compile(r"(?P<y>(?:19[5-9]|20[0-3])0)\s*년대(?:\s*(?P<q>초반|초|중반|중순|후반|말))?(?P<open>\s*(?:부터|이후|이래))?")
_DECADE_PART = {None: (0, 9, 0), "초": (0, 3, 0), "초반": (0, 3, 0), "중반": (4, 6, 5), "중순": (4, 6, 5), "후반": (7, 9, 7),
                "말": (7, 9, 7)}


def _decades_ko(text: str) -> list[PeriodHit]:
    out = []
    for m in _DECADE_KO.finditer(text):
        y = int(m.group("y"))
        first, last, opening = _DECADE_PART[m.group("q")]
        span: Span = (str(y + opening), None) if m.group("open") else (str(y + first), str(y + last))
        out.append(PeriodHit(m.start(), m.end(), span, "date:decade", 0.9))
    return out


def _day_of_statement_ko(text: str, hit: PeriodHit) -> bool:
    day = hit.period[0]
    if not (day and hit.period[1] == day and len(day) == 10):
        return False
    return bool(_SPEAKER_BEFORE_KO.search(text, 0, hit.start) and re.match(r"\s*(?:에\s*)?,", text[hit.end:])
                and _STATEMENT_KO.search(text, hit.end))


# 2017년 말 폴란드 외무부는 … 462명이라고 밝힌 바 있다; 2017년 10월에는 … 투입됐다는 덴마크 언론의 보도가 나왔다: a date
# opening a sentence whose speaker (a ministry, agency or the press, with 은/는) follows it and says what is quoted, or
# whose predicate is a report coming out, dates the statement, not the chain (set 9's held-out half).
_SPEAKER_AFTER_KO = re.compile(r"\s*(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣]*(?:부|청|처|원|언론|신문|방송|통신|당국|정부|대변인|관계자|"
                               r"매체)(?:은|는)\s")
_QUOTED_KO = re.compile(r"(?:다|이라|라)고\s|(?:다|라)는\s")
_REPORT_OUT_KO = re.compile(r"(?:다|라)는\s+(?:[가-힣A-Za-z]+\s+){0,2}?(?:보도|소식|발표)(?:가|이)\s*(?:나왔|있었|전해졌)")


def _date_of_statement_ko(text: str, hit: PeriodHit) -> bool:
    if text[:hit.start].strip() not in ("", "지난"):  # only a date that opens the sentence
        return False
    after = text[hit.end:]
    if _SPEAKER_AFTER_KO.match(after) and _QUOTED_KO.search(after) and _STATEMENT_KO.search(after):
        return True
    return bool(re.match(r"\s*(?:에는|에|엔)\s", after) and _REPORT_OUT_KO.search(after))


# 2년 전 (two years ago), read against the publication date: the year; "N년 전부터" opens a span and is left to others
_YEARS_AGO_KO = re.compile(r"(?<![\d가-힣])(?P<n>\d{1,2}|한|두|세)\s*년\s*전(?!부터|에는\s*없)(?![가-힣])")
_KO_SMALL = {"한": 1, "두": 2, "세": 3}


def _years_ago_ko(text: str, base: dt.date) -> list[PeriodHit]:
    out = []
    for m in _YEARS_AGO_KO.finditer(text):
        n = _KO_SMALL.get(m.group("n")) or int(m.group("n"))
        if 1 <= n <= 30:
            y = str(base.year - n)
            out.append(PeriodHit(m.start(), m.end(), (y, y), "date:years_ago", 0.75))
    return out


# 같은 해 8월 초 standing alone: the month of the last year the sentence wrote (지난 2017년 말 … 같은 해 8월 초 기준으로)
_SAME_YEAR_ALONE_KO = re.compile(r"같은\s*해\s*(?P<m>\d{1,2})\s*월(?:\s*(?:초|말|중순|상순|하순))?")


def _same_year_alone(text: str) -> list[PeriodHit]:
    out = []
    for m in _SAME_YEAR_ALONE_KO.finditer(text):
        years = re.findall(r"((?:19|20)\d{2})\s*년", text[:m.start()])
        if years and 1 <= int(m.group("m")) <= 12:
            ym = _ym(int(years[-1]), int(m.group("m")))
            out.append(PeriodHit(m.start(), m.end(), (ym, ym), "date:same_year_alone", 0.8))
    return out


# 2017년 9월 10일부터 같은 달 24일까지, 2019년 3월부터 같은 해 8월까지: the end borrows the start's month or year
_SAME_MONTH_KO = re.compile(r"(?:\s*(?:부터|에서))?\s*같은\s*(?:달|월)\s*(?P<d>\d{1,2})\s*일\s*(?:까지|사이)?")
_SAME_YEAR_KO = re.compile(r"(?:\s*(?:부터|에서))?\s*같은\s*해\s*(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?\s*(?:까지|사이)?")


def _same_month_or_year(text: str, hits: list[PeriodHit]) -> list[PeriodHit]:
    out = []
    for h in hits:
        first = h.period[0]
        if not first or len(first) < 7:
            continue
        at = h.end - (2 if text[:h.end].endswith("부터") else 0)  # (a start read open, "…부터", is re-read closed)
        m = _SAME_MONTH_KO.match(text, at) if len(first) == 10 else None
        if m and int(m.group("d")) >= int(first[8:]):
            out.append(PeriodHit(h.start, m.end(), (first, f"{first[:7]}-{int(m.group('d')):02d}"), "date:same_month", 0.85))
            continue
        y = _SAME_YEAR_KO.match(text, at)
        if y and int(y.group("m")) >= int(first[5:7]):
            end = _ym(int(first[:4]), int(y.group("m")), int(y.group("d")) if y.group("d") else None)
            out.append(PeriodHit(h.start, y.end(), (first, end), "date:same_year", 0.85))
    return out


_JOIN = re.compile(r"\s*(?:부터|에서)\s*")
_JOIN_END = re.compile(r"\s*(?:까지|사이|에\s*걸쳐)")
# a date that says only roughly where in its year (지난해 말, 2017년 초): no month written
_VAGUE_YEAR_KO = re.compile(rf"^(?:(?!월).)*(?:년|해|올)\s*{_KO_QUAL}$")


def _months_ending(m: re.Match[str], base: dt.date | None) -> Iterator[PeriodHit]:
    count = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n").lower()]
    last = _MONTHS[m.group("m").lower()]
    if m.group("y"):
        year = int(m.group("y"))
    elif base is not None:  # the month without its year: the latest such month up to publication
        year = base.year if last <= base.month else base.year - 1
    else:
        return
    if not 1 <= count <= 24:
        return
    back = count if (m.group("q") or "").lower() == "early" else count - 1
    first_year, first = divmod(year * 12 + last - 1 - back, 12)
    yield PeriodHit(m.start(), m.end(), (_ym(first_year, first + 1), _ym(year, last)), "date:months_ending", 0.8)


def _quarters(text: str, base: dt.date | None) -> Iterator[PeriodHit]:
    """Each quarter; and where a sentence lists all four quarters of a year written once before them (2019년 1분기
    1805명, 2분기 ... 4분기 2723명 총 7465명), the year they add up to, on its own words (the first quarter then keeps
    only its own: the overlap rule would otherwise keep the longer quarter span and drop the year)."""
    found = list(_each_quarter(text, base))
    years = {h.period[0][:4] for h in found if h.period[0]}
    quarters = {h.period[0] for h in found}
    if len(years) == 1 and len(found) == 4 and len(quarters) == 4:
        first = next(m for m in _QUARTER.finditer(text))
        if first.group("ky"):
            year = first.group("ky")
            yield PeriodHit(first.start("ky"), first.start("ky") + len(year) + 1, (year, year), "date:quarters_year", 0.8)
            yield PeriodHit(first.start("kq"), first.end(), found[0].period, "date:quarter", 0.85)
            yield from found[1:]
            return
    yield from found


def _each_quarter(text: str, base: dt.date | None) -> Iterator[PeriodHit]:
    for m in _QUARTER.finditer(text):
        year_text = m.group("ky") or m.group("ey") or m.group("qy")
        if m.group("kr") and base:
            year_text = str(base.year + _KO_REL_OFFSET[re.sub(r"\s+", " ", m.group("kr"))])
        if not year_text:
            before = re.findall(r"((?:19|20)\d\d)\s*년|(올해|금년|지난\s?해|작년|재작년|내년)", text[:m.start()])
            if before and before[-1][0]:
                year_text = before[-1][0]
            elif before and base:
                year_text = str(base.year + _KO_REL_OFFSET[re.sub(r"\s+", " ", before[-1][1])])
        if not year_text:
            continue
        q = int(m.group("kq") or m.group("qq") or _ORDINAL_Q[m.group("eq").lower()])
        yield PeriodHit(m.start(), m.end(), (_ym(int(year_text), 3 * q - 2), _ym(int(year_text), 3 * q)), "date:quarter",
                        0.85)


def _joined(text: str, hits: list[PeriodHit]) -> list[PeriodHit]:
    """Two Korean dates read apart that the text joins into one span: 지난해 10월부터 올해 3월까지."""
    out = []
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    for a in ordered:
        for b in ordered:
            gap = _JOIN.fullmatch(text, a.end, b.start) if b.start > a.end else None
            tail = _JOIN_END.match(text, b.end)
            if gap and tail and a.period[0] and b.period[1]:
                end = b.period[1]
                # 2020년 1월부터 3월까지: a month without its year ends the span in the year the span starts
                if b.rule == "date:month" and "년" not in text[b.start:b.end] and len(a.period[0]) >= 7 \
                        and a.period[0][:7] <= f"{a.period[0][:4]}{end[4:7]}":
                    end = a.period[0][:4] + end[4:]
                start = a.period[0]
                # 지난해 말부터 올해 초에 걸쳐: ends read at the year on one side are read so on both
                if len(end) == 4 and _VAGUE_YEAR_KO.match(text[a.start:a.end]):
                    start = start[:4]
                out.append(PeriodHit(a.start, tail.end(), (start, end), "date:joined_range", 0.85))
    return out


_UNTIL_NOW = re.compile(r"\s*(?:부터|이래|이후)\s*(?:최근|현재|지금|오늘날?)\s*까지")


def _until_now(text: str, hits: list[PeriodHit], base: dt.date) -> list[PeriodHit]:
    """A start "부터 최근까지" (from ... until now) runs to the month of publication: 지난 4월 말부터 최근까지."""
    out = []
    for h in hits:
        tail = _UNTIL_NOW.match(text, h.end)
        if tail and h.period[0]:
            out.append(PeriodHit(h.start, tail.end(), (h.period[0][:7], _ym(base.year, base.month)),
                                 "date:until_now", 0.8))
    return out


def _lead(text: str, hit: PeriodHit) -> str:
    lead = re.match(r"(?i)(?:in|on)\s+", text[hit.start:hit.end])
    return lead.group() if lead else ""


def _of_enactment(text: str, hit: PeriodHit, enacted: list[tuple[int, int]]) -> bool:
    """A date just before the words of an enactment, or right after them ("signed into law on ...")."""
    # (or a date read across the enactment: 2007년 7월 ... 협정을 체결했으며 이후, "after" the signing, not the date)
    return any((start - 70 <= hit.start and hit.end <= end) or (hit.start <= start and end <= hit.end)
               or (end <= hit.start and re.fullmatch(r"(?i)\s*(?:on|in)?\s*", text[end:hit.start]) is not None)
               for start, end in enacted)


def _in_a_name(text: str, hit: PeriodHit) -> bool:
    """ "Act of 2016", "E.O. 13722 of March 15, 2016", "FY 2020", "its 2018 Global Slavery Index"."""
    span = text[hit.start:hit.end]
    lead = re.match(r"(?i)of\s+", span)
    before = text[max(0, hit.start - 40):hit.start] + (lead.group() if lead else "")
    return bool(_INSTRUMENT_BEFORE.search(before) or _INSTRUMENT_AFTER.match(text[hit.end:hit.end + 80]))


def _relative(text: str, base: dt.date) -> Iterator[PeriodHit]:
    for m in _REL_YEAR_EN.finditer(text):
        if _COMPARED_BEFORE_EN.search(text, 0, m.start()):
            continue  # "plummeting 88 per cent in 2018 from the previous year": the base of a comparison
        word = m.group("w").lower().split()[-1]
        year = base.year + {"this": 0, "last": -1, "previous": -1, "next": 1}[word]
        yield PeriodHit(m.start(), m.end(), (str(year), str(year)), "date:relative_year", 0.7)
    for m in _END_OF_YEAR_EN.finditer(text):
        yield PeriodHit(m.start(), m.end(), (str(base.year), str(base.year)), "date:relative_year", 0.7)
    for m in (_REL_MONTH_EN.finditer(text) if "month" in text else ()):
        if _COMPARED_BEFORE_EN.search(text, 0, m.start()):
            continue  # "up from last month": the base of a comparison
        step = {"this": 0, "last": -1, "previous": -1, "next": 1}[m.group("w").lower().split()[-1]]
        month0 = base.year * 12 + base.month - 1 + step
        yield PeriodHit(m.start(), m.end(), _span(month0 // 12, month0 % 12 + 1, None, None), "date:relative_month", 0.7)
    for m in (_MONTH_ONLY_EN.finditer(text) if _MONTH_GATE.search(text) else ()):
        if _MONTH_OF_STATEMENT.match(text, m.end()):
            continue
        mon = _MONTHS[m.group("m").lower()]
        year = base.year if mon <= base.month else base.year - 1
        prep = m.group("prep").lower().split()[0]
        if prep in ("since", "from"):
            yield PeriodHit(m.start(), m.end(), (_ym(year, mon), None), "date:month_after", 0.7)
        elif prep == "by":  # a deadline: closed on its month (the convention fixed 2026-12-06)
            yield PeriodHit(m.start(), m.end(), _span(year, mon, None, None), "date:month_before", 0.7)
        elif prep == "until":
            yield PeriodHit(m.start(), m.end(), (None, _ym(year, mon)), "date:month_before", 0.7)
        else:
            yield PeriodHit(m.start(), m.end(), _span(year, mon, None, None), "date:month", 0.7)
    for m in (_MONTH_RANGE_EN.finditer(text) if _MONTH_GATE.search(text) else ()):
        first, last = _MONTHS[(m.group("m1") or m.group("f1")).lower()], _MONTHS[m.group("m2").lower()]
        if first < last:  # the latest such span up to publication
            year = base.year if last <= base.month else base.year - 1
            yield PeriodHit(m.start(), m.end(), (_ym(year, first), _ym(year, last)), "date:month_range", 0.75)
    for m in _MONTH_DAY_EN.finditer(text):
        day = _read_against(m.group("md"), base)
        if day:
            yield PeriodHit(m.start(), m.end(), (day, day), "date:month_day", 0.7)
    for m in _KO_MONTH_DAY.finditer(text):
        day = _read_against(re.sub(r"\s+", " ", m.group("md")), base)
        if day:
            yield PeriodHit(m.start(), m.end(), (day, day), "date:month_day", 0.7)
    for m in _KO_WITHIN_YEAR.finditer(text):
        yield PeriodHit(m.start(), m.end(), (str(base.year), str(base.year)), "date:within_year", 0.65)
    for m in _KO_MONTH_ONLY.finditer(text):
        if m.group("coming") and 1 <= int(m.group("m")) <= 12:
            mon = int(m.group("m"))
            year = base.year if mon >= base.month else base.year + 1
            yield PeriodHit(m.start(), m.end(), _span(year, mon, None, m.group("q")), "date:month_coming", 0.7)
            continue
        found = _month_against(m.group("last") or f"{int(m.group('m'))}월", base)
        if found:
            year, mon = found
            of_day = _KO_DAY_AFTER.match(text, m.end()) if m.group("last") else None
            if of_day:  # 지난달 23일: a day of last month
                try:
                    when = dt.date(year, mon, int(of_day.group("d"))).isoformat()
                except ValueError:
                    continue
                yield PeriodHit(m.start(), of_day.end(), (when, when), "date:month_day", 0.7)
                continue
            span = _span(year, mon, None, m.group("q"))
            opens = _KO_OPEN_AFTER.match(text, m.end())
            # (not where a range's end follows: 지난 1월부터 3월까지 is read whole by the join below)
            if opens and span[0] and not m.group("q") and not _RANGE_END_KO.match(text, opens.end()):
                # 지난달 이후, 지난 9월부터: a month that opens a period (as 지난해 이후 does)
                yield PeriodHit(m.start(), opens.end(), (span[0], None), "date:month_after", 0.7)
                continue
            yield PeriodHit(m.start(), m.end(), span, "date:month", 0.7)
    for m in _KO_MONTH_RANGE.finditer(text):
        first, last = int(m.group("m")), int(m.group("m2"))
        if 1 <= first < last <= 12:
            year = base.year if last <= base.month else base.year - 1
            yield PeriodHit(m.start(), m.end(), (_ym(year, first), _ym(year, last)), "date:month_range", 0.75)
    for m in _KO_DAY_RANGE.finditer(text):
        mon_text = m.group("mon").replace(" ", "")
        found = _month_against(mon_text if mon_text.endswith("달") else f"{int(mon_text[:-1])}월", base)
        if found and 1 <= int(m.group("d1")) <= int(m.group("d2")) <= 31:
            year, mon = found
            try:
                day1, day2 = dt.date(year, mon, int(m.group("d1"))), dt.date(year, mon, int(m.group("d2")))
            except ValueError:
                continue
            yield PeriodHit(m.start(), m.end(), (day1.isoformat(), day2.isoformat()), "date:day_range", 0.85)
    for m in _KO_REL_RANGE.finditer(text):
        year = base.year + _KO_REL_OFFSET[re.sub(r"\s+", " ", m.group("rel"))]
        first = int(m.group("m")) if m.group("m") else 1
        yield PeriodHit(m.start(), m.end(), (_ym(year, first), _ym(year, int(m.group("m2")))), "date:relative_range",
                        0.85)
    for m in _KO_REL_MONTHS.finditer(text):
        year = base.year + _KO_REL_OFFSET[re.sub(r"\s+", " ", m.group("rel"))]
        if 1 <= int(m.group("m")) < int(m.group("m2")) <= 12:
            yield PeriodHit(m.start(), m.end(), (_ym(year, int(m.group("m"))), _ym(year, int(m.group("m2")))),
                            "date:relative_range", 0.85)
    for m in _KO_REL_ONE.finditer(text):
        rel = re.sub(r"\s+", " ", m.group("rel"))
        year = base.year + _KO_REL_OFFSET[rel]
        month = int(m.group("m")) if m.group("m") else None
        dom = int(m.group("d")) if m.group("d") else None
        span = _span(year, month, dom, m.group("q") or ("초" if rel == "연초" else None))
        if (m.group("q") in _VAGUE and month is None and rel != "연초"
                and not re.match(r"\s*(?:부터|에서|이후|이래)", text[m.end():])):
            span = (str(year), str(year))  # 지난해 말, standing alone: the year (as "early 2017")
        yield PeriodHit(m.start(), m.end(), span, "date:relative", 0.75)
        # 올해 3월까지 (by March this year): a deadline's month, open at its start as "2022년 8월까지" is (a range
        # 지난해 10월부터 올해 3월까지 reads longer and wins)
        until = re.match(r"\s*까지", text[m.end():])
        if until and month is not None and dom is None and span[1]:
            yield PeriodHit(m.start(), m.end() + until.end(), (None, span[1]), "date:relative_before", 0.75)
        opens = _KO_OPEN_AFTER.match(text, m.end())
        if opens and span[0]:
            # 지난해 말부터: a start known only roughly within its year opens in that year (as 2024년 초부터)
            opening = str(year) if m.group("q") in _VAGUE and month is None and rel != "연초" else span[0]
            yield PeriodHit(m.start(), opens.end(), (opening, None), "date:relative_after", 0.75)


@lru_cache(maxsize=4096)
def _read_against(expression: str, base: dt.date) -> str | None:
    """A month and day read in the year of `base` (dateparser, English or Korean)."""
    import dateparser

    when = dateparser.parse(expression, languages=["en", "ko"],
                            settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                                      "REQUIRE_PARTS": ["day", "month"]})
    return when.date().isoformat() if when else None


@lru_cache(maxsize=4096)
def _month_against(expression: str, base: dt.date) -> tuple[int, int] | None:
    """A Korean month without a year (9월, 지난달) as the latest such month up to `base` (dateparser)."""
    import dateparser

    when = dateparser.parse(expression.replace(" ", ""), languages=["ko"],
                            settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                                      "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]})
    return (when.year, when.month) if when else None


def valid_period(start: str | None, end: str | None) -> bool:
    """Are both ends real dates ("2018", "2018-03", "2018-03-31"; None for an open end)?  A month or day a reader took
    from a typo or a list ("2018년 34월", "March 34") is no date, and a claim built on it could not be dated."""
    for value in (start, end):
        if value is None:
            continue
        parts = value.split("-")
        try:
            year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
            dt.date(year, month, day)
        except (ValueError, IndexError):
            return False
    return True


def base_date(published: str | None) -> dt.date | None:
    """ "2022-12-27", "2019-08" or "2019" -> a date to read relative expressions against."""
    if not published:
        return None
    parts = [int(p) for p in re.findall(r"\d+", published)[:3]]
    if not parts or not 1900 <= parts[0] <= 2100:
        return None
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    except ValueError:
        return None


def _events(text: str) -> Iterator[PeriodHit]:
    for rx, span, rule in _EVENT_RES:
        for m in rx.finditer(text):
            yield PeriodHit(m.start(), m.end(), span, rule, 0.75)


def _dated(text: str) -> Iterator[PeriodHit]:
    for rx, kind, conf in _RULE_RES:
        for m in rx.finditer(text):
            alone = kind in ("in", "bare")
            a = read_date(m.group("a"), alone) if "a" in rx.groupindex and m.group("a") else (None, None)
            b = read_date(m.group("b")) if "b" in rx.groupindex and m.group("b") else (None, None)
            period: Span
            if kind == "month_range":
                first = _MONTHS.get(m.group("m1").lower().rstrip("."))
                if not (first and b[0]):
                    continue
                period = (f"{b[0][:4]}-{first:02d}", b[1])
            elif kind == "ko_months":
                m1, m2 = int(m.group("m1")), int(m.group("m2"))
                if not 1 <= m1 < m2 <= 12:
                    continue
                period = (_ym(int(m.group("y")), m1), _ym(int(m.group("y")), m2))
            elif kind == "pair":
                if not (a[0] and b[1] and int(b[1][:4]) == int(a[0][:4]) + 1):
                    continue
                period = (a[0], b[1])
            elif kind == "range":
                period = (a[0], b[1])
            elif kind == "after":
                # "2024년 초부터", "since early 2020": a start known only roughly within its year opens in that year
                a = read_date(m.group("a"), alone=True, year_end_month=False)
                period = (a[0], None)
            elif kind == "before":
                # "expel all laborers by December 22, 2019": a deadline given to the day is that day; an English
                # deadline ("by December 2019", "by the end of December 2019", "by 2019") is closed on its date at
                # whatever precision it gives (the convention fixed 2026-12-06: "by" closed, "until" open at the start)
                day = b[1] is not None and (m.group().lower().startswith("by")
                                            or (len(b[1]) == 10 and m.group().endswith("까지")))
                # 2016년까지 (by 2016: "2016년까지 러시아 내 북한 노동자 수는 약 31,500명에 달함") is that year
                year = b[1] is not None and len(b[1]) == 4 and m.group().endswith("까지")
                period = (b[0], b[1]) if day or year else (None, b[1])
                end_of = _END_OF_A_YEAR.fullmatch(m.group("b").strip())
                if end_of:
                    # a deadline at the end of a year with no month named ("by / before the end of 2019", 2019년
                    # 말까지) is the year, closed, as "the end of 2019" alone is (the convention of README.md); so is a
                    # deadline at a vague part of a year ("by early 2018": set 12; fitted to set 22's dev half)
                    period = (end_of.group("y") or end_of.group("k"),) * 2
            else:
                period = a
            yield PeriodHit(m.start(), m.end(), period, f"date:{kind}", conf)


_END_OF_A_YEAR = re.compile(r"(?i:(?:the\s+(?:end|close|beginning|start|middle)\s+of|early|mid-?|late)\s*)(?P<y>(?:19|20)\d\d)|"
                            r"(?P<k>(?:19|20)\d\d)\s*년\s*말")


def _non_overlapping(hits: list[PeriodHit]) -> list[PeriodHit]:
    chosen: list[PeriodHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -h.confidence, h.start)):
        if not any(hit.start < c.end and c.start < hit.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)
