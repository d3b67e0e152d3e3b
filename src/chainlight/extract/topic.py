"""Hosts read from a sentence's topic: the countries named in a sentence about North Korean workers abroad.

The destination readers in places.py and chinese.py each read one construction ("working in Kuwait", 러시아 내 북한
노동자, 在中国工作).  Real sentences about exported workers name their host countries in many other ways: as the
subject that stops their visas ("Kuwait and Qatar stopped renewing visas for North Korean workers"), after an
adjective ("in neighboring Qatar"), as the country of the firms that own their workplace ("the Mongolian companies that
own the factories give the North Korean women ..."), as a rival host (俄罗斯已经追上……中国,成为……引介最多北韩劳动人力
的国家).  Issue 15's convention (set 9 on, every set since round 10) is that a foreign country where North Korean
workers are, or that takes them in, is a destination and their work exported labour.  So this reader takes the topic of
the sentence, North Korean workers, and reads every foreign country the sentence names as their host, unless the
sentence names the country as a source (according to, said, 据, 따르면), as an authority (its government, ministry or
intelligence service), or as where the workers come from; South Korea, whose press and government report on the
workers, hosts none of them.

The countries are the ones the country tables read (CLDR through Babel, GeoNames' cities as places.py stores them, the
demonyms CLDR's names make); the workers are placed.py's North Korean workers.  A sentence the other readers already
gave a destination keeps theirs: this reader only adds countries they did not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainlight.extract import chinese
from chainlight.extract.demonyms import demonym_code
from chainlight.extract.placed import workers_in
from chainlight.extract.places import PlaceHit, countries_in_en, korean_places, place_code

RULE = "destination:host:topic"
CONFIDENCE = 0.55
# South Korea reports on the workers (its press, its intelligence service); it hosts none of them.
# (the UN is in the country tables as "un"; it hosts no one)
_NEVER = {"kp", "kr", "un"}
# Short capitals that name a country: "IT workers" are no Italian workers, "CA" no Canada
_SHORT_OK = {"US", "U.S.", "UK", "U.K.", "EU", "UAE", "PRC"}

# A country named as a source, an authority or an origin, in English
_SOURCE_BEFORE_EN = re.compile(r"\b(?:according\s+to|from|by|of\s+the|against|sanctions\s+on|told)\s+(?:the\s+)?$", re.IGNORECASE)
_AUTHORITY_AFTER_EN = re.compile(r"^\s+(?-i:[A-Z])|^['’]?s?\s+(?:[\w-]+\s+)?(?:government|officials?|ministry|minister|intelligence|authorities|"
                                 r"embassy|president|state\s+department|department|agency|media|press|said|says|reported|"
                                 r"told|announced|sanctions?|troops|army|forces|war|invasion)\b", re.IGNORECASE)

_SENT = re.compile(r"\b(?:sent|send(?:s|ing)?|dispatch(?:ed|es|ing)?)\b|파견|송출|派遣|派往|派到|输出")

# A North Korean firm at work abroad is the topic too, where the sentence says it builds or works: "construction
# projects by North Korea's state-owned Mansudae have recently taken place in Namibia, Botswana ..." (set 9's convention:
# where North Korea's firms build is where its workers are)
_NK_FIRM_AT_WORK_EN = re.compile(r"\bNorth\s+Korea['’]s\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z])\w+|"
                                 r"\bNorth\s+Korean\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|corporations?|contractors?|"
                                 r"builders|craftsmen|construction\s+(?:crews?|teams?))\b")
# North Korea's restaurants abroad are staffed by its exported workers (set 12's convention: a named restaurant is an
# employer of exported labour): the countries of a sentence about them are where the workers are.  (The channel is
# not claimed from a restaurant alone: placed.py claims it where the sentence names the workers.)
_NK_RESTAURANT = re.compile(r"북한\s*(?:식당|레스토랑|음식점)|(?:朝鲜|北韩)(?:的)?(?:食堂|餐厅|餐馆|饭店)|"
                            r"\bNorth\s+Korean(?:-run|-owned|\s+state-run)?\s+restaurants?\b")
_BUILDS_EN = re.compile(r"\b(?:construction|projects?|built|building|builds|worked|working|operat(?:es|ed|ing))\b", re.IGNORECASE)

# Korean: a source, an authority or an origin after the place
# (its money, its own nationals, its press, a sanctions law naming it: 중국 돈, 중국 노동자, 영국 BBC방송, 북한·러시아·이란 제재 법안)
_AUTHORITY_AFTER_KO = re.compile(r"^(?:[·ㆍ,'‘’\s가-힣]{0,14}제재|의?\s*대북|\s*[A-Z]{2,}|\s*(?:돈|화폐|인(?![가-힣])|사람|노동자|근로자|기업인|브랜드|통신|전쟁|전선|침공|파병|"
                                 r"정부|당국|국무부|재무부|외교부|국방부|정보원|국가정보원|언론|매체|신문|방송|의회|대사관|"
                                 r"관리|관계자|측\s*(?:은|이|에)|대통령|군|국정원)|(?:에|으로|로)\s*따르면|에서\s*(?:온|왔|귀국|탈출|탈북))")
# Chinese: 据/根据 before, a government or an authority after (chinese.py's words)
# (and a country named as not the one: 前往俄罗斯务工,而非中国)
_SOURCE_BEFORE_ZH = re.compile(r"(?:据|根据|从|自|而非|而不是)\s*$")
_AUTHORITY_AFTER_ZH = re.compile(r"^(?:对(?:朝鲜|北韩)|[、,，\u4e00-\u9fff]{0,8}制裁|工人|劳工|人(?![力员])|籍|钱|币|元|政府|当局|官员|外交部|国务院|财政部|商务部|国防部|海关|媒体|报道|称|表示|指出|军|总统|议会|国会)")


def about_work_abroad(text: str) -> bool:
    """Whether a sentence (any language; Chinese in either script) is about North Korean workers, North Korea's
    restaurants or a North Korean firm at work abroad: the topic the sentences after it in its paragraph carry."""
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
    return workers_in(text) is not None or bool(_NK_RESTAURANT.search(text)) \
        or bool(_NK_FIRM_AT_WORK_EN.search(text) and _BUILDS_EN.search(text))


# The discourse reading (a paragraph's topic carried to the sentences after the one that names the workers, the
# restaurants or the firm): such a sentence often names the host only as a place ("The first group left Ulaanbaatar
# by train" after "North Korean workers in Mongolia ..."; 该国, 当地).  Its foreign places are then the workers'
# hosts, as in the topic sentence itself, unless it names the place as a way through or a way back (the same rule in
# each language: "-bound", "via", "passing through", "back to", "returned to", not "hired through Polish firms";
# 거쳐, 경유, 통해, 으로 귀국/돌아; 经, 经由, 途经, 取道, 回到, 返回), as a source, an authority or an origin (the
# readers below).
DISCOURSE_RULE = "destination:host:discourse"
DISCOURSE_CONFIDENCE = 0.45
_TRANSIT_BEFORE_EN = re.compile(r"\b(?:via|(?:passing|passed|travel(?:l?ed|l?ing)?)\s+through|transit(?:ing)?(?:\s+(?:in|through))?|(?:returned|went|go(?:ing)?|back)\s+"
                                r"(?:home\s+)?(?:to|from)|back\s+to|home\s+(?:to|from))\s+(?:the\s+)?$", re.IGNORECASE)
_TRANSIT_AFTER_EN = re.compile(r"^-?bound\b|^\s+(?:border\s+crossing|transit)\b", re.IGNORECASE)
_TRANSIT_AFTER_KO = re.compile(r"^\s*(?:을|를)?\s*(?:거쳐|경유|통해|지나)|^\s*(?:으로|로)\s*(?:귀국|돌아|복귀)|^\s*행(?![가-힣])")
_TRANSIT_BEFORE_ZH = re.compile(r"(?:经|经由|途经|取道|回到|返回|返)\s*$")
_TRANSIT_AFTER_ZH = re.compile(r"^(?:转|中转|过境|回国)")


def _transit(text: str, start: int, end: int, lang: str) -> bool:
    """The place at text[start:end] is named as a way through or a way back, not as where the workers are."""
    if lang == "ko":
        return bool(_TRANSIT_AFTER_KO.match(text, end))
    if lang == "zh":
        return bool(_TRANSIT_BEFORE_ZH.search(text, max(0, start - 3), start) or _TRANSIT_AFTER_ZH.match(text, end))
    return bool(_TRANSIT_BEFORE_EN.search(text, max(0, start - 30), start) or _TRANSIT_AFTER_EN.match(text, end))


def worker_hosts(text: str, lang: str, names: list[tuple[int, int]],
                 places: list[tuple[int, int, str]], exported: bool = False,
                 topic: bool = False) -> tuple[list[PlaceHit], bool]:
    """Host countries of the North Korean workers a sentence is about, beyond the names and places other readers
    found; and whether a place they found is one of the hosts (the workers are then placed all the same).
    `exported`: the channel readers found labour export in the sentence, which makes it about the workers too
    (朝方对外输出劳工……向蒙古国、俄罗斯……输出数百名朝鲜人民军士兵: soldiers, not named as workers).
    `topic`: an earlier sentence of the paragraph is about them (the discourse reading above)."""
    rule, confidence = RULE, CONFIDENCE
    if not exported and workers_in(text) is None \
            and not (lang == "en" and _NK_FIRM_AT_WORK_EN.search(text) and _BUILDS_EN.search(text)) \
            and not _NK_RESTAURANT.search(text):
        if not topic:
            return [], False
        rule, confidence = DISCOURSE_RULE, DISCOURSE_CONFIDENCE
    found = _ko(text) if lang == "ko" else _zh(text) if lang == "zh" else _en(text)
    hits: list[PlaceHit] = []
    placed = False
    for start, end, code in found:
        if code in _NEVER or any(start < e and b < end for b, e in names):
            continue
        if _transit(text, start, end, lang):
            continue
        if rule == DISCOURSE_RULE and lang == "en" and re.fullmatch(r"[\s“\"‘'(]*(?:[Tt]he\s+)?", text[:start]):
            # (a sentence's subject, carried or not, acts: "“The United States will continue to enforce sanctions")
            continue
        overlapping = [rule for b, e, rule in places if start < e and b < end]
        if overlapping:
            # a host another reader found, or a country the workers were sent to, places them
            placed = placed or any(r.startswith("destination:host") for r in overlapping) or bool(_SENT.search(text))
            continue
        if any(start < h.end and h.start < end for h in hits):
            continue
        hits.append(PlaceHit(start, end, {"country": code}, rule, confidence, text[start:end]))
    return hits, placed or (bool(hits) and rule == RULE)


# An employer named by its country's adjective in a sentence about the workers is where they work (set 10's employer's
# country): "a Guinean firm called GUICOPRES accuse the company of using DPRK labor", "a Polish shipyard"; the
# adjectives are CLDR's (demonyms.py), so the rule holds for any country, not a list of the ones seen.
_EMPLOYER_EN = re.compile(r"\b(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|contractors?|"
                          r"employers?|enterprises?|shipyards?|yards?|(?:construction\s+)?sites?|operators?|factor(?:y|ies)|"
                          r"plants?|businesses|farms?)\b")


# A place named by its country's adjective and a noun of place ("the Polish city of Szczecin", "a suburb of the Kuwaiti
# capital", "Chinese river towns", "the Russian Far East") is in that country; so is a country's police or authorities
# acting on the people of the sentence ("arrested by Kuwaiti authorities", "Mongolian authorities had stopped issuing
# visa renewals"): they act where they govern.  The adjectives are CLDR's (demonyms.py).  Over the seen English sets
# (1, 3-18), 9 of the 10 such phrases name an annotated destination (round 21; the tenth an "Indonesian coast" a ship
# lay off, which no reader takes as a host: no workers, no work).
_NATIONAL_PLACE_EN = re.compile(r"(?<![\w.-])(?<!North\s)(?<!South\s)(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:[a-z]+\s+)?"
                                r"(?:capital|city|cities|towns?|ports?|provinces?|regions?|villages?|countryside|territory|"
                                r"soil|border\s+(?:city|cities|towns?|areas?|regions?)|authorities|police)\b|"
                                r"(?<![\w.-])(?P<adj2>(?-i:[A-Z])[a-z]+)\s+Far\s+East\b|"
                                # (or by its name as an owner: "in Russia’s Far East", "China’s north-east")
                                r"(?<![\w.-])(?P<poss>(?-i:[A-Z])[a-z]+)['’]s\s+(?:Far\s+East|[Nn]orth-?\s?[Ee]ast(?:ern)?\b|"
                                r"(?:[a-z]+\s+)?(?:capital|cities|city|towns?|ports?|provinces?|regions?|border\s+(?:cities|towns?|"
                                r"areas?|regions?))\b|"
                                # (or as the owner of the places of work or of the workers themselves: "toiling in
                                # Russia's timber camps", "China's North Korean 'slave labourers'"; round 22)
                                r"(?:[a-z]+\s+)?(?:camps?|(?:construction\s+)?sites?|farms?|factories|mines?|forests?|"
                                r"shipyards?|building\s+sites?)\b|(?:N\.?|North)\s+Korean\s)")


_TOLD_BY_EN = re.compile(r"\b(?:according\s+to|told|said)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _en(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _NATIONAL_PLACE_EN.finditer(text):
        group = "adj" if m.group("adj") else "adj2" if m.group("adj2") else "poss"
        code = demonym_code(m.group(group)) if group != "poss" else place_code(m.group(group))
        # (not named as a source: "according to the Chinese authorities"; "by" and "of the" are the place's here)
        if code and not _TOLD_BY_EN.search(text, max(0, m.start() - 20), m.start()):
            yield m.start(group), m.end(group), code
    workers = workers_in(text)
    for m in _EMPLOYER_EN.finditer(text):
        code = demonym_code(m.group("adj"))
        # (in the workers' own clause, no comma, colon or semicolon between: not "DPRK IT workers in Laos, ..., and a
        # Chinese company supplying the DPRK government")
        between = text[min(m.end(), workers.end()):max(m.start(), workers.start())] if workers else ","
        if code and not re.search(r"[,:;]", between) and not _SOURCE_BEFORE_EN.search(text, max(0, m.start() - 20), m.start()):
            yield m.start("adj"), m.end("adj"), code
    for start, end, code in countries_in_en(text):
        if len(text[start:end]) <= 4 and text[start:end].isupper() and text[start:end] not in _SHORT_OK:
            continue
        if demonym_code(text[start:end]):
            continue  # "a Chinese company supplying the DPRK government": an adjective, read below where it hosts

        if _SOURCE_BEFORE_EN.search(text, max(0, start - 20), start) or _AUTHORITY_AFTER_EN.match(text[end:end + 40]):
            continue
        yield start, end, code


def _ko(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end, code in korean_places(text):
        if not _AUTHORITY_AFTER_KO.match(text[end:end + 20]):
            yield start, end, code


def _zh(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end, code in chinese.places_in(text):
        if _SOURCE_BEFORE_ZH.search(text, max(0, start - 3), start) or _AUTHORITY_AFTER_ZH.match(text[end:end + 4]):
            continue
        yield start, end, code


# Round 19: a foreign country an English sentence about work names, where no rule gave the sentence a channel or a
# destination, is where the work is (issue 15's convention: a country North Korea's workers, projects or earnings are
# in is a destination): "Hundreds are believed to be currently working in Mongolia", "the state-sanctioned workforce in
# Russia", "Mansudae has also worked in Benin, Chad, ...", "highlighting completed projects in the UAE, Kuwait, ...".
# Where a rule read a channel or a destination in the sentence, it placed the sentence's countries itself, and the ones
# it left are set aside (a source, an origin, a way through).  The United States is left out: in these reports it is
# named as the authority that sanctions, almost never as a host the rules have not read.  Over the seen sets (1, 3-16)
# 24 countries so read were annotated destinations and none was not (benchmarks/extract/realworld/README.md, Round 19).
WORK_RULE = "destination:work_sentence"
WORK_CONFIDENCE = 0.4
_WORK_EN = re.compile(r"\b(?:work(?:s|ed|ing|ers?|force|places?|sites?)?|labou?r(?:s|ers?|ing|ed)?|employ(?:s|ed|ing|ment|ees?|ers?)?|"
                      r"hired|hiring|projects?|restaurants?|earn(?:s|ed|ing|ings)?|wages?|construction|built|builders?|"
                      r"host(?:s|ed|ing)?|sent|send(?:s|ing)?|dispatch(?:es|ed|ing)?)\b", re.IGNORECASE)

# (a sentence about a publisher's sources is about reporting, not work: "Daily NK works with a network of sources living
# in North Korea, China, and elsewhere"; "a source of revenue" is no reporter's source)
_SOURCES_EN = re.compile(r"\bsources\b(?!\s+of\b)", re.IGNORECASE)


def work_places(text: str, names: list[tuple[int, int]]) -> list[PlaceHit]:
    """The foreign countries (not the United States) an English sentence about work names, outside the names in it
    (`names`, offsets of the organisations and facilities read): the caller asks this only of a sentence the rules gave
    no channel and no destination."""
    if not _WORK_EN.search(text) or _SOURCES_EN.search(text):
        return []
    hits: list[PlaceHit] = []
    seen: set[str] = set()
    for start, end, code in countries_of(text, "en"):
        if code == "us" or code in seen or any(start < e and b < end for b, e in names):
            continue
        seen.add(code)
        hits.append(PlaceHit(start, end, {"country": code}, WORK_RULE, WORK_CONFIDENCE, text[start:end]))
    return hits


def countries_of(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) of the foreign countries a sentence (Chinese in simplified characters) names, not as a
    source or an authority, North and South Korea and the UN left out: the places a learned reader's destination
    is built from (learned.py)."""
    found = _ko(text) if lang == "ko" else _zh(text) if lang == "zh" else _en(text)
    return [(start, end, code) for start, end, code in found if code not in _NEVER]


# A sentence about the workers that points back to the place of the sentence before: 搬到……中国境内。该厂有400名朝鲜工人;
# 중국 랴오닝성의 의류 공장 ... 이곳 공장에서 일하는 북한 노동자들; "moved to Vladivostok. The factory employs North Koreans"
_BACK_ZH = re.compile(r"(?:该|此|这家|这个|这座)(?:厂|工厂|加工厂|公司|企业|工地|地)|当地|那里|那儿")
_BACK_KO = re.compile(r"이곳|그곳|현지|(?:이|그|해당)\s*(?:공장|업체|회사|기업|현장)")
_BACK_EN = re.compile(r"\bthere\b|\b[Tt]he\s+(?:factory|plant|mill|site|company|firm|yard|shipyard)\b|\b[Tt]hese\s+(?:factories|plants|sites)\b")


def carried_hosts(text: str, before: str, lang: str) -> list[PlaceHit]:
    """The foreign countries of the sentence before, as hosts of the North Korean workers of a sentence that points
    back to it (the hit spans the words that point back)."""
    if not before or workers_in(text) is None:
        return []
    back = (_BACK_ZH if lang == "zh" else _BACK_KO if lang == "ko" else _BACK_EN).search(text)
    if back is None:
        return []
    prior = chinese.simplified(before) if lang == "zh" else before
    codes = sorted({code for _, _, code in (_ko(prior) if lang == "ko" else _zh(prior) if lang == "zh" else _en(prior))
                    if code not in _NEVER})
    return [PlaceHit(back.start(), back.end(), {"country": code}, "destination:host:carried", 0.5, back.group())
            for code in codes]
