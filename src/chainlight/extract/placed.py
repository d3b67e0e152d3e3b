"""Workers placed abroad: the labour-export channel read from where North Korean workers are said to be.

The product counts a North Korean worker said to work, live or be employed in a foreign country as exported labour
(issue 15, set 9's reading convention, adopted for every set in round 10): the state sends the worker and takes the
pay, whether or not the sentence says "sent".  The country itself is read by the destination readers as a host
(`destination:host`); this module adds the channel where such a sentence names the North Korean workers, so the
channel rests on the same reading of the place and on nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chainlight.extract.places import PlaceHit

# North Korean workers named as such (not defectors, soldiers or the people of North Korea at home).
_WORKERS_EN = re.compile(
    # (not the makers of goods whose destination the sentence names: "products made by North Korean workers to Canada")
    r"(?<!made by )(?<!produced by )(?<!processed by )\bNorth\s+Koreans\b(?!\s+(?:defectors|refugees|escapees|soldiers|troops|at\s+home))|"
    # (the workers' name may stand in quotation marks: North Korean "slave labourers")
    r"(?<!made by )(?<!produced by )(?<!processed by )\b(?:North\s+Korean|DPRK)\s+[\"“‘']?(?:[\w-]+\s+){0,2}?(?:workers?|laborers?|labourers?|welders?|builders?|employees|"
    r"nationals|women|staff|"
    # (workers named by their trade: "a North Korean saleswoman in Dandong, China", waitresses, cooks, nurses)
    r"sales(?:wom[ae]n|m[ae]n|people)|waitress(?:es)?|waiters?|cooks?|chefs?|nurses?|doctors?|seamstress(?:es)?|"
    r"painters?|artists?|technicians?|engineers?|programmers?|developers?|loggers?|miners?|fishermen|sailors|seamen)\b|"
    # (the people who work for North Korea's firms abroad: "who worked for DPRK-controlled companies ... located in")
    r"\bwork(?:s|ed|ing)?\s+for\s+(?:DPRK|North\s+Korean?)(?:[\w-]*)\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|"
    r"enterprises?)\b|"
    # (a North Korean body said to use forced labour abroad: "a North Korean company that used slave labor for logging")
    r"\bNorth\s+Korean\s+(?:[\w-]+\s+){0,2}?(?:company|firm|entity|enterprise|contractor)\s+(?:that\s+|which\s+)?"
    r"(?:used|uses|using|employed|employs|exploited|exploits)\s+(?:slave|forced|prison|convict)\s+labou?r(?:ers)?\b|"
    # (workers named by where they come from: "women from North Korea's Ryanggang Province ... as laborers")
    r"\b(?i:women|men|workers?|laborers?|labourers?|people|residents)\s+from\s+North\s+Korea\b|"
    # (the work force named as the state's: "using DPRK labor to construct", "used DPRK teams to build"; not forced
    # labour at home, whose goods are the chain: "made with North Korean forced labor")
    r"(?<!made with )(?<!made using )(?<!produced with )\b(?:North\s+Korean|DPRK)\s+(?:labou?r|teams?|crews?|work\s+teams?)\b"
    r"(?!\s+(?:camps?|law|code|ministry|party|exports?|dispatch))|"
    # (one North Korean said to work: "a North Korean who was working on a site run by a Chinese company")
    r"\b(?:a|one|another)\s+North\s+Korean\s+(?:man\s+|woman\s+)?(?:who|that)\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"(?:working|employed)\b|"
    # (the state as the one that sends or brings its workers in: "North Korea dispatches thousands of workers",
    # "North Korea has been able to get between 100 and 200 workers into the country")
    r"\bNorth\s+Korea\s+(?:has\s+|had\s+|have\s+)?(?:been\s+able\s+to\s+|managed\s+to\s+|continues\s+to\s+)?"
    r"(?:dispatch(?:es|ed)?|sends?|sent|gets?|got|exports?|exported|deploy(?:s|ed)?)\s+(?:[\w,-]+\s+){0,6}?"
    r"(?:workers|labou?rers)\b|"
    # (soldiers or citizens sent abroad to work: "Soldiers from the North Korean army have been dispatched into
    # countries like Kuwait and Qatar to work on ... construction sites"; troops sent to fight are not workers)
    r"\bNorth\s+Korean\s+(?:army|military|soldiers|troops|citizens|nationals)\b[^.;]{0,30}?\b(?:dispatched|sent|deployed)\s+"
    r"(?:in)?to\b[^.;]{0,80}?\bto\s+work\b",
    # (in any case: a headline capitalises its words, "North Korean Workers in Kuwait Face Tight Information Controls")
    re.IGNORECASE)
# (북한인 alone, "North Koreans", is not read as workers: students and visitors enter Russia too)
_WORKERS_KO = re.compile(r"북한(?:의)?\s*(?:[가-힣]+\s+){0,2}?[가-힣]*(?:노동자|근로자|인력|용접공|종업원|노동력|벌목공|건설공|광부|어부|선원|재봉공)"
                         # (North Korea sending workers somewhere, the place between: 북한이 중국의 동북 지방에 4만 명의 근로자를 파견)
                         r"|북한(?:이|은|는|도)\s[^.。]{0,40}?(?:노동자|근로자|인력)(?:들)?(?:을|를)\s*(?:[가-힣]+\s+)?(?:파견|송출)")
# (a Chinese sentence is read in simplified characters)
# (IT technicians the state sends abroad are its workers too: 朝鲜资讯科技技术人员去年搬到俄罗斯海参崴)
_WORKERS_ZH = re.compile(r"(?:朝鲜|北韩)(?:籍)?(?:的)?(?:派出的|派遣的|输出的)?[\u4e00-\u9fff]{0,2}?(?:劳工|工人|劳务人员|劳动者|劳动人力|劳动力|人力|员工|焊工|移工|外劳|女工)(?!产品|制品|生产的|制造的)|"
                         # (North Koreans counted as they work somewhere: 1万朝鲜人在俄罗斯的伐木营地……工作)
                         r"(?:朝鲜|北韩)人(?=[^,，。;；]{0,3}在[^。;；]{1,30}?(?:工作|打工|务工|做工|劳动))|"
                         r"(?:朝鲜|北韩)(?:籍)?(?:的)?(?:资讯科技|信息技术|IT|资讯|软件)?(?:技术人员|技术员|程序员|IT人员)|"
                         # (IT talent, 朝鲜IT人才: a skill named as the workers)
                         r"(?:朝鲜|北韩)(?:籍)?(?:的)?(?:资讯科技|信息技术|IT|软件)(?:相关)?(?:人才|人员|劳动者|工作者)|"
                         # (workers said to come from North Korea: 来自北韩的IT工作者; women hired or sent as its workers:
                         # 雇用了29名朝鲜女性, 160名朝鲜女性被派往该地区)
                         r"来自(?:朝鲜|北韩)的[\u4e00-\u9fffA-Za-z]{0,6}?(?:劳工|工人|员工|工作者|技术人员|人才)|"
                         r"(?:雇用|雇佣|聘用|招聘|招募)(?:了)?[^,，。;；]{0,4}?\d+名(?:朝鲜|北韩)(?:籍)?(?:女性|妇女)|"
                         r"(?:朝鲜|北韩)(?:籍)?(?:女性|妇女)(?=被派往|被派到|在[^,，。;；]{1,12}?(?:工作|打工|务工))")


def workers_in(text: str) -> re.Match[str] | None:
    """The first North Korean workers a sentence names, in its language (Chinese read in simplified characters)."""
    rx = _WORKERS_ZH if re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[\uac00-\ud7a3]", text) else (
        _WORKERS_KO if re.search(r"[\uac00-\ud7a3]", text) else _WORKERS_EN)
    return rx.search(text)


def placed_workers(text: str, destination_rules: Iterable[str]) -> list[PlaceHit]:
    """Labour-export channel hits on the North Korean workers of a sentence that also reads a country as their host."""
    if not any(r.startswith("destination:host") for r in destination_rules):
        return []
    m = workers_in(text)
    if m is None:
        return []
    return [PlaceHit(m.start(), m.end(), {"channel": "labour_export"}, "channel:labour_export:placed", 0.6, m.group())]


# North Korean workers said to work, be employed, be paid or stay somewhere, with no country in the sentence: the report
# is about them abroad ("the North Korean welders work 12 to 16 hours a day", "94 workers registered in the country",
# 중동지역에서 근무하는 북한 노동자들, 這些北韓勞工的月薪), and set 9's convention reads them as exported labour.  Not where the
# sentence puts them at home: in North Korea, its prisons and camps, the Kaesong zone.
_EMPLOYED = re.compile(r"\b(?:work(?:s|ed|ing)?|employ(?:s|ed|ing|ment)?|hired|paid|pay|earn(?:s|ed|ing)?|wages?|salar(?:y|ies)|"
                       r"registered|busy|harvest(?:s|ed|ing)?|build(?:s|ing)?|built)\b|\bworkers\s+(?:are|were)\b|"
                       r"근무|일하|일해|일한|일했|고용|월급|임금|수입을?\s*올리|체류|"
                       r"工作|就业|就業|月薪|工资|工資|薪水|雇用|雇佣|劳作|勞作|打工|务工|務工|做工", re.IGNORECASE)
_AT_HOME = re.compile(r"\bin\s+(?:North\s+Korea|the\s+North|Pyongyang)\b|\bat\s+home\b|\bKaesong\b|\bprisons?\b|"
                      r"\b(?:prison|labou?r|concentration|re-?education)\s+camps?\b|\bkyohwaso\b|\bdefectors?\b|"
                      r"북한\s*(?:내|국내|안|에서)|국내|개성|교화소|수용소|관리소|탈북|"
                      r"(?:朝鲜|北韩|朝鮮|北韓)(?:国内|國內|境内|境內)|开城|開城|监狱|監獄|劳改|勞改|教化所|脱北|脫北", re.IGNORECASE)


# Workers in factories making goods are the goods' chain, as sets 4-6 read them (their channel is the goods'); workers sent
# home, or their permits counted or revoked, are no placement.
_MAKING = re.compile(r"\bfactor(?:y|ies)\b|\bplants?\b|\bprocessors?\b|\bmanufactur\w*|\bcontract\s+manufacturing\b|"
                     r"공장|가공|제조|생산|工厂|工廠|加工|制造|製造|生产|生產|工场|工場|"
                     r"\breturn(?:ed|ing)?\s+(?:\w+\s+)?home\b|\brepatriat\w*|\b(?:work\s+)?(?:permits?|authorizations?)\b|"
                     r"귀국|송환|回国|回國|遣返", re.IGNORECASE)


def employed_workers(text: str) -> list[PlaceHit]:
    """The labour-export channel on the North Korean workers of a sentence that says they work, are employed or paid,
    and does not put them at home, in a factory making goods, or on their way home."""
    m = workers_in(text)
    # (workers named as workers: "North Koreans" or 朝鲜人 alone may be anyone, "industries where North Koreans were
    # employed" places no one)
    if m is None or re.fullmatch(r"North\s+Koreans|(?:朝鲜|北韩)人", m.group()) or not _EMPLOYED.search(text) \
            or _AT_HOME.search(text) or _MAKING.search(text):
        return []
    return [PlaceHit(m.start(), m.end(), {"channel": "labour_export"}, "channel:labour_export:employed", 0.5, m.group())]
