"""People placed in or at a foreign country or firm: labour export told without a verb of sending (English, Chinese).

Reports on North Korea's labour abroad say where its people are far more often than that they were sent: "many of them
work in China and Russia", "remote IT employees at American companies", "North Korean workers in Poland's shipyards",
"the state-sanctioned workforce in Russia and the Middle East", "staff in Laos and Vietnam", "Hundreds are believed to
be currently working in Mongolia".  The annotation (README.md, labour_export since 2026-12-05) reads every such group as
exported labour, and frames.py's frame misses them where the sentence names no North Korea (a quote cut from the
report) or no verb the frame holds.  The reading is one phrase of three parts:

* a *group of people*: a plural noun of persons (workers, employees, staff, engineers, seafarers, North Koreans: the
  suffix-built class of frames._PEOPLE_EN, with workforce and labour), or the words English refers back to a group
  with (they, them, many, most, some, hundreds, thousands, the majority); not one named by another nationality
  ("Chinese workers", "Russian employees"), which is that country's own labour;
* a *placing*: nothing ("staff in Laos"), or a verb of being, working or staying somewhere (work, employed,
  stationed, based, spread, stranded, living, been) with at most a few words between (adverbs, modals: "are believed
  to be currently working in"), or of moving there with "to" or "into" ("350 workers went to Moscow", "the women were
  assembled and bused into China");
* a *foreign place* right after "in", "at", "across" or "throughout": a country or city the country tables read
  (topic.countries_of, with its source and authority filters), or a firm named by its country's adjective ("American
  companies", "a Polish shipyard").  A place written first ("In Senegal, they work 6 days a week") is read the same.

Not where the sentence is a deadline to return home (its period alone, sets 12 and 17), nor where the group is kept out
of work abroad by the readers already (defectors, refugees, soldiers, prisoners).  The hit spans the group's words.
Chinese writes the same with a place after 在/到/前往 and a verb of work (`stationed_zh`, below).  Both are asked only
where no other reader gave the sentence labour export (extractor.py).
"""

from __future__ import annotations

import re

from chainlight.extract import chinese
from chainlight.extract.demonyms import demonym_code
from chainlight.extract.places import PlaceHit
from chainlight.extract.topic import countries_of

RULE = "channel:labour_export:stationed:frame"
CONFIDENCE = 0.5

# the group: a plural noun of persons (frames._PEOPLE_EN's suffix class), or words that refer back to a group
# (the suffixes that make a noun of one who does or is: -er, -or, -ist, -ian, -ee, -man, and the -ant/-ent/-al/-ive
# nouns of persons, which the same endings make of things too often to take whole; not the groups the readers keep out
# of work abroad, and not the firms and people of trade and of the news: a trader in China is no exported worker)
_PERSONS = (r"(?!(?i:defectors|refugees|escapees|soldiers|troops|prisoners|inmates|detainees|others|customers|"
            r"buyers|consumers|officials|leaders|members|users|readers|viewers|tourists|students|visitors|investors|"
            r"traders|smugglers|brokers|diplomats|envoys|ambassadors|exporters|importers|manufacturers|suppliers|"
            r"producers|retailers|wholesalers|dealers|shoppers|sellers|owners|partners|numbers|orders|papers|borders|containers|"
            r"centers|matters|headquarters|computers|waters|letters|quarters|chapters|sectors|factors|editors|"
            r"reporters|journalists|analysts|experts|researchers|observers|historians|politicians)\b)"
            r"(?:[A-Za-z]+(?:ers|ors|ists|ians|ees)|(?i:(?:wo)?men|people|persons|personnel|citizens|nationals|crews|teams|"
            r"staff|labou?r|workforce|work\s+force|migrants|immigrants|servants|attendants|assistants|residents|"
            r"professionals|individuals|operatives)|(?<!South\s)Koreans)\b")
_REFER = r"(?:they|them|we|many|most|some|hundreds|thousands|(?:the\s+)?(?:vast\s+)?majority|\d[\d,]*(?<!,))\b"
_GROUP = rf"(?P<group>{_PERSONS}|(?i:{_REFER}))"
# the placing: a verb of being, working or staying, or no verb at all
_PLACING = (r"(?:work(?:s|ed|ing)?|employed|stationed|based|spread|stranded|toil(?:s|ed|ing)?|labou?r(?:s|ed|ing)?|"
            r"living|lives?|lived|been|serv(?:e|es|ed|ing)|deployed|posted)")
_AT = r"(?:in|at|across|throughout)"
# (or moved there: "350 workers went to Moscow", "the women were assembled and bused into China")
_MOVED = r"(?:went|gone|moved|relocated|transferred|bus(?:s)?ed|flown|dispatched|deployed|sent|posted|brought)"
_PHRASE = re.compile(rf"\b{_GROUP}(?:\s+(?P<them>of\s+them)|\s+(?:who|that))?(?:\s+(?:[a-z]+\s+){{0,5}}?(?P<verb>{_PLACING}))?\s+{_AT}\s+|"
                     rf"\b{_GROUP.replace('group', 'moved')}\s+(?:[a-z]+\s+){{0,5}}?{_MOVED}\s+(?:in)?to\s+")
# (or placed abroad in a word: "the workers who were abroad", "we get dispatched overseas")
_ABROAD = re.compile(rf"\b{_GROUP.replace('group', 'abroad')}(?:\s+(?:who|that))?\s+(?:[a-z]+\s+){{0,3}}?"
                     rf"(?:{_PLACING}|{_MOVED}|were|are|was|is)\s+(?:abroad|overseas)\b")
# (a place abroad named by the adjectives of its countries: "in Asian and Middle Eastern countries", "one EU country")
_COUNTRIES = re.compile(r"(?:(?:the|other|several|many|various|one)\s+)?(?:(?-i:[A-Z])[\w-]+\s+(?:and\s+|or\s+)?){1,3}"
                        r"countr(?:y|ies)\b")
# a place written first: "In Senegal, they work 6 days a week"
_FIRST = re.compile(rf"^\s*(?:In|At)\s+(?P<place>[^,]{{2,40}}),\s+{_GROUP}\s+(?:[a-z]+\s+){{0,3}}?{_PLACING}\b")
# a firm named by its country's adjective right after the preposition
_FIRM = re.compile(r"(?:(?:a|an|the|various|several|many|some)\s+)?(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+){0,1}?"
                   r"(?:compan(?:y|ies)|firms?|corporations?|contractors?|employers?|enterprises?|shipyards?|"
                   r"factor(?:y|ies)|plants?|businesses|farms?|construction\s+sites?)\b")
# the group named by another nationality is that country's own labour ("Chinese workers in Russia")
_BEFORE = re.compile(r"(?:[\w’'.-]+\s+){0,2}$")
# a deadline to return home (sets 12 and 17 annotate its period alone)
_RETURN_DUE = re.compile(r"\b(?:supposed|required|ordered|obliged|mandated|due)\s+(?:[\w-]+\s+){0,5}?(?:to\s+)?"
                         r"(?:return|go\s+back|be\s+sent)\s+home\b", re.IGNORECASE)
_AT_HOME = re.compile(r"\bdefectors?\b|\b(?:prison|labou?r|concentration|re-?education|political)\s+camps?\b|\bprisons?\b",
                      re.IGNORECASE)
_OWN = {"North", "Korean", "Koreans"}  # (North Korea's own words: "Korean" alone is read as the South's adjective)
# the place starts right after the preposition: its article and a word or two ("in the Russian city of", "in the EU")
_NEAR = re.compile(r"(?:[\w’'-]+\s+){0,3}")


def stationed(text: str) -> list[PlaceHit]:
    """labour_export on a group of people an English sentence places in or at a foreign country or firm."""
    if _RETURN_DUE.search(text) or _AT_HOME.search(text):
        return []
    places = countries_of(text, "en")
    first = _FIRST.match(text)
    if first is not None and _foreign_group(text, first) and any(
            first.start("place") <= s < first.end("place") for s, _, _ in places):
        return [_hit(first)]
    for m in _PHRASE.finditer(text):
        # (a count is a group only with its verb or its pronoun: "up to 1,000 may be working in the EU", "100 to 120 of
        # them in Angola", not "200 in China")
        who = "group" if m.group("group") else "moved"
        if not _foreign_group(text, m, who) or (who == "group" and m.group(who)[0].isdigit()
                                                  and not (m.group("verb") or m.group("them"))):
            continue
        after = m.end()
        if any(after <= s and _NEAR.fullmatch(text, after, s) for s, _, _ in places) or _COUNTRIES.match(text, after):
            return [_hit(m, who)]
        firm = _FIRM.match(text, after)
        if firm is not None and demonym_code(firm.group("adj")):
            return [_hit(m, who)]
    abroad = _ABROAD.search(text)
    if abroad is not None and _foreign_group(text, abroad, "abroad") and not abroad.group("abroad")[0].isdigit():
        return [_hit(abroad, "abroad")]
    return []


def _foreign_group(text: str, m: re.Match[str], who: str = "group") -> bool:
    """The group is not named by a nationality other than North Korea's ("Chinese workers", "Russian staff")."""
    before = _BEFORE.search(text, max(0, m.start(who) - 40), m.start(who))
    words = re.findall(r"(?-i:[A-Z])[a-z]+", before.group() if before else "")
    return not any(w not in _OWN and demonym_code(w) for w in words)


def _hit(m: re.Match[str], who: str = "group") -> PlaceHit:
    return PlaceHit(m.start(who), m.end(who), {"channel": "labour_export"}, RULE, CONFIDENCE, m.group(who))


# --- Chinese ---------------------------------------------------------------------------------------------------------
# The same reading in Chinese (simplified characters): a place abroad after 在/到/赴/前往 and a verb of work or of staying
# at work right after it, the clause unbroken ("卢熙昌后来在俄罗斯工作了两年", "被安排到砂劳越煤矿工作", "前往中国东北三省其他
# 城市就业", "在安哥拉当雇佣兵", "被迫在俄罗斯、中国等17个国家服劳役", "在美国境内及盟国非法就业"); the reports are about
# North Korea's workers, and a person said to work at a foreign place is one of them unless the sentence names him by
# another nationality (中国工人, 韩国人) or puts him at home (朝鲜国内, 监狱, 开城).
RULE_ZH = "channel:labour_export:stationed_zh:frame"
_WORK_AT_ZH = re.compile(r"(?P<at>在(?!内)|到|赴|前往|派往|派驻)(?P<place>[^，,。;；：:！？!?“”「」]{1,24}?)"
                         r"(?P<work>工作(?!室|站)|打工|务工|做工|就业|服劳役|劳动|劳作|干活|当(?:医生|护士|厨师|服务员|雇佣兵|工人)|"
                         r"辛苦|挥汗|伐木|砍伐|捕捞|打渔|施工|呆|待了)")
# (regions abroad are places abroad too: 在中东的工地上挥汗如雨, 在海外辛苦数年)
_ABROAD_ZH = re.compile(r"海外|国外|境外|中东|非洲|东南亚|欧洲|西伯利亚|远东")
# (people named by a country's name before 籍 or a noun of persons: 中国工人, 印尼和菲律宾籍船员, 当地员工)
_PEOPLE_OF_ZH = re.compile(r"(?:(?:和|与|、)[\u4e00-\u9fff]{1,5}?)?(?:籍|人(?![力员])|工人|劳工|员工|公民|渔民|船员|企业|公司|商人)")
_LOCAL_PEOPLE_ZH = re.compile(r"当地(?:人|工人|劳工|员工|居民)")
_AT_HOME_ZH = re.compile(r"(?:朝鲜|北韩)(?:国内|境内)|开城|监狱|劳改|教化所|集中营|脱北|士兵|军队|派兵")


def stationed_zh(text: str) -> list[PlaceHit]:
    """labour_export on a Chinese sentence (simplified) that says someone works at a foreign place."""
    if _AT_HOME_ZH.search(text) or _LOCAL_PEOPLE_ZH.search(text):
        return []
    if any(code != "kp" and _PEOPLE_OF_ZH.match(text, e) for _, e, code in chinese.places_in(text)):
        return []  # (another country's own people)
    places = [(s, e) for s, e, _ in countries_of(text, "zh")] + [m.span() for m in _ABROAD_ZH.finditer(text)]
    for m in _WORK_AT_ZH.finditer(text):
        if any(m.start("place") <= s and e <= m.end("place") for s, e in places):
            return [PlaceHit(m.start(), m.end(), {"channel": "labour_export"}, RULE_ZH, CONFIDENCE, m.group())]
    return []


HOST_RULE = "destination:stationed"


def stationed_hosts(text: str, lang: str, names: list[tuple[int, int]]) -> list[PlaceHit]:
    """The foreign countries of a sentence that places a group abroad, as the group's hosts, outside the names in it
    (`names`: offsets of the bodies and facilities read); the United States left out, as topic.work_places leaves it
    (named as the authority far more often than as a host the readers have not read)."""
    hits: list[PlaceHit] = []
    seen: set[str] = set()
    for start, end, code in countries_of(text, lang):
        if code == "us" or code in seen or any(start < e and b < end for b, e in names):
            continue
        seen.add(code)
        hits.append(PlaceHit(start, end, {"country": code}, HOST_RULE, 0.4, text[start:end]))
    return hits
