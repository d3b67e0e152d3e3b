"""Phrases that look like a camp or a body, to be read by the resolver.

The rules only propose: "Kaechon Prison Camp", "the Bureau of Corrections under the Ministry of Social
Security", "사회안전성 교화국".  Whether a phrase names a known facility or a listed body is the resolver's
call.  Query variants undo the ways reports paraphrase an official name: "X under the Y" is the Y's X, and
the Ministry of Social Security (사회안전성) was called the Ministry of People's Security (인민보안성) until
2020, the name under which OFAC listed its Correctional Bureau.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from chainlight.extract import korean
from chainlight.extract.counted import FACILITY_NOUNS_EN, alternation
from chainlight.extract.places import CITIES, KO_COUNTRY_PATTERN, place_code

_HEADS = (r"(?:political\s+prison\s+camp|prison\s+camp|concentration\s+camp|labou?r\s+camp|re-?education\s+camp|"
          r"internment\s+camp|indoctrination\s+camp|detention\s+(?:center|centre)|correctional\s+(?:center|centre|facility)|"
          r"kyo-?hwa-?so|kwal-?li-?so|kwan-?li-?so|gyo-?hwa-?so|gwal-?li-?so|prison)s?")
_NOT_PLACE = frozenset({"the", "in", "at", "a", "an", "of", "north", "korean", "korea", "korea's", "nk", "its",
                        "this", "that", "these", "those", "women's", "female", "male", "state", "political",
                        "and", "from", "to", "for", "by", "on", "each", "every", "other", "one", "another"})
_CAP = r"[A-Z][\w'’-]*"
_FACILITY = re.compile(rf"(?P<place>(?:{_CAP}\s+){{1,3}})(?:No\.?\s*\d+\s+)?(?i:(?P<head>{_HEADS}))\b"
                       rf"(?:\s+No\.?\s*\d+)?")
# "Kyo-hwa-so No. 1, Kaech'on", "Kyohwaso No. 12": the head and number first, the place after a comma
_NUMBERED_FIRST = re.compile(rf"(?i:(?P<head>{_HEADS}))\s+No\.?\s*(?P<no>\d+)(?:,\s*(?P<place>[A-Z][\w'’-]*))?")
_COORDINATED = re.compile(rf"(?P<a>{_CAP})(?P<more>(?:,\s*{_CAP})*),?\s+and\s+(?P<b>{_CAP})\s+"
                          rf"(?i:(?P<head>{_HEADS}))")
_KO_FACILITY = re.compile(r"(?:(?:함경|평안|황해)[남북]도|강원도|자강도|양강도)?[가-힣]{2,5}\s?(?:제?\s?\d+\s?호\s?)?"
                          r"(?:교화소|관리소|정치범\s?수용소|노동단련대|집결소)")
# Words that point at a camp without naming it (이 교화소, 북한 교화소, 각 교화소).
_KO_NOT_NAME = frozenset({"이", "그", "저", "해당", "각", "모든", "여러", "북한", "북한의", "한", "일반", "같은", "다른",
                          "전국", "지방", "도내", "인근", "내", "과거", "현재", "당시"})
# Who a camp holds or what it is (여성 교화소, 정치범 관리소) says what kind of camp it is, not which one.
_KO_KIND = frozenset({"여성", "남성", "여자", "남자", "정치범", "일반", "경제범", "대형", "소형", "중앙", "지방", "도", "군",
                      "대표적인", "악명", "악명높은"})
# North Korea's provinces, which reports write before a camp's name, sometimes without a space
# (함경북도전거리 12호 교화소): the province locates the camp and is not part of its name.
_KO_PROVINCE = re.compile(r"^(?:함경북도|함경남도|평안북도|평안남도|황해북도|황해남도|강원도|자강도|양강도|함북|함남|평북|평남|황북|황남)\s?")

_ORG_HEADS = re.compile(r"\b(?:Ministry|Bureau|Department|Committee|Commission|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|"
                        # (Europe's legal forms: "shipbuilders Nauta SA and Crist SA")
                        r"LLC|Inc\.?|JSC|GmbH|PLC|Pte\.?|SA|AG|NV|BV|SpA|Limited|Group|Enterprise|Trading|Bank|Agency|Office|Association|Federation|Factory|"
                        r"Administration|Directorate|Branch|Treasury|Customs|"
                        # a firm named after its trade: "Donggang Jinhui Food", "Yantai Dachen Hunchun Seafood Products"
                        r"Foods?|Foodstuffs?|Seafoods?|Products|Industry|Industries|Textiles?|Garments?|Apparel|"
                        r"Fisheries|Fishery|Aquatic|Knitting|Manufacturing|Logistics|Shipping|Holdings|Trade|"
                        # producers named after their place of work: "Taepyung Salt Farm" (a WRO's producer)
                        r"Farms?|Plantations?|Mines?|Mills?|Cooperative|"
                        # (builders and art producers named so: "Mansudae Art Studio", "Mansudae Overseas Projects",
                        # "Namkang Construction")
                        r"Studios?|Projects|Construction|"
                        # (establishments that employ the workers, named so, of counted.py's lexicon: "the Paektu Hanna
                        # Restaurant", "Mansudae Art Gallery"; not a hotel or a shop, where workers may only be sent to
                        # work: "servicing an elevator at the Dansavanh Hotel")
                        r"Restaurants?|Clinics?|Galler(?:y|ies)|Shipyards?|Workshops?)\b")
# A capitalised run that ends in a thing, not a body, names no organisation: "the e-Allegations Online Trade Violation
# Reporting System", "the Uyghur Forced Labor Prevention Act"
_NOT_BODY_END = re.compile(r"\b(?:System|Systems|Portal|Program|Programme|Website|Hotline|Database|Platform|Act|Law|Order|"
                           r"Report|Index|Initiative|Strategy|Guidance|Advisory)$")
_CONNECT = r"(?:of|the|for|and|under|de|on|&)"
_ORG_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]*)"  # "U.S." and "U.N." start names of bodies
# (a date after a name is no part of it: "designated HK Yilin Shipping Company on July 18")
_DATE_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
              r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A body numbered as its name goes on ("Association No. 2", "Logging Company No. 2", "Office 39", "Department 53"): the
# number is part of the name (round 22; the run had stopped at "No", a name no annotation holds)
_NUMBERED = (r"\s+No\.?\s?\d{1,3}\b(?![,.]?\d|%)|"
             r"(?:(?<=Office)|(?<=Bureau)|(?<=Department)|(?<=Unit)|(?<=Room))\s+\d{1,3}\b(?![,.]?\d|%)")
_ORG = re.compile(rf"(?<![\w.]){_ORG_CAP}(?:{_NUMBERED}|[.,]{{0,2}}\s+(?:{_CONNECT}\s+)*(?!{_DATE_WORD}){_ORG_CAP})*\.?")
_KEEP_DOT = re.compile(r"\b(?:Co|Ltd|Inc|Corp)\.$")
_KO_ORG = re.compile(r"[가-힣]{2,10}(?:성|부)?\s?[가-힣]{0,8}(?:교화국|보안성|안전성|보위성|보위부|총국|위원회|무역회사|"
                     r"총회사|유한공사|유한회사|주식회사|총공사|회사|은행|지사|상사|창작사)")
# North Korea's security ministries and their bureaus, which run the camps (국가보위성, 사회안전성 교화국): a name
# ending in one of these heads is shown even when nothing links.
_KO_STATE_ORGAN = re.compile(r"(?:보안성|안전성|보위성|보위부|교화국)$")
# A firm's legal form: a name that ends in one is shown even when nothing links (훈춘동양실업유한공사).
# (창작사, a state art studio that makes statues abroad: 만수대창작사)
_KO_FIRM = re.compile(r"(?:유한공사|유한회사|주식회사|총공사|총회사|무역회사|상사|창작사)$")
_KO_GENERIC_FIRM = re.compile(r"^(?:무역|의류|수산|가공|중국|북한|외국|국영|합작|현지|해당|관련|한|이|그|각|여러|일부|몇몇)"
                              r"(?:회사|유한공사|유한회사|주식회사|상사|총회사|무역회사)?$")
# The next member of a list that starts with a firm: "훈춘동양실업유한공사, 연태대신 등".
_KO_SIBLING = re.compile(r"\s*(?:,|、|와|과|및)\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})(?=\s*(?:등|,|、|와|과|및))")
# Who issues the order or the designation is not a body of the supply chain; nor is the UN, nor a source.
_AUTHORITY = re.compile(
    r"\b(?:CBP|U\.S\.\s+Customs|Customs\s+and\s+Border\s+Protection|Homeland\s+Security|Immigration\s+and\s+Customs|"
    r"ICE|HSI|Treasury|Office\s+of\s+Foreign\s+Assets\s+Control|OFAC|Department\s+of\s+(?:State|Labor|Justice|"
    r"Commerce|the\s+Treasury|Homeland)|State\s+Department|Office\s+of\s+(?:Trade|Field\s+Operations)|Commissioner|"
    # prosecutors and investigators, and their officers' titles: "Assistant Attorney General for National Security
    # John C. Demers", "U.S. Attorney Geoffrey S. Berman", "Assistant Director John Brown of the FBI"
    r"Justice\s+Department|Attorney\s+General|U\.S\.\s+Attorney|Attorney['’]s\s+Office|FBI|"
    r"Federal\s+Bureau\s+of\s+Investigation|(?:Assistant|Deputy|Special\s+Agent\s+in\s+Charge|Executive)\s+Director|"
    r"Secretary|Security\s+Council|United\s+Nations|UN|Panel\s+of\s+Experts|Federal\s+Register|Congress|"
    r"White\s+House|Bureau\s+of\s+International\s+Labor\s+Affairs|ILAB|Trafficking\s+in\s+Persons|"
    r"European\s+Commission|Council\s+of\s+the\s+European\s+Union|HM\s+Treasury|OFSI|"
    # sources of figures: a country's interior ministry, statistics service or intelligence service
    r"Interior\s+Ministry|Ministry\s+of\s+(?:the\s+)?Interior|Ministry\s+of\s+Internal\s+Affairs|"
    r"(?:Federal\s+)?(?:State\s+)?Statistics\s+Service|National\s+Intelligence\s+Service|NIS|"
    # (Russia's security service, a source of entry figures: round 25)
    r"Federal\s+Security\s+Service|FSB|"
    r"Human\s+Rights|General\s+Administration\s+of\s+Customs|KOTRA|Korea\s+Trade-Investment\s+Promotion\s+Agency|"
    r"Commerce\s+Ministry|Ministry\s+of\s+Commerce|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)\b|"
    r"海关总署|海關總署|"
    r"연방보안국|통일부|외교부|국무부|재무부|국토안보부|관세국경보호청|세관국경보호국|해관총서|코트라|대한무역투자진흥공사|무역협회|국제무역센터|유엔|안보리|"
    r"안전보장이사회|대북제재위원회|전문가\s*패널|국회|외교통일위원회|북한인권위원회|"
    # human-rights groups are sources of reports: 북한인권시민연합, 북한인권정보센터
    r"[가-힣]*인권[가-힣]*(?:연합|위원회|센터|단체|네트워크|연구소|협회)")


def is_authority(name: str) -> bool:
    """CBP, Treasury, "Executive Assistant Commissioner …", 통일부: issuers and sources, not chain bodies."""
    return bool(_AUTHORITY.search(name))
# (a possessive pronoun starts no name: "Our Office uncovered ...", "Their Company")
_LEADING = re.compile(r"^(?:The|A|An|In|At|From|By|For|Under|To|With|Since|After|Before|Even|When|While|Today,?|"
                      r"Our|Their|His|Her|Its|My|Your|"
                      r"Yesterday,?|Now,?)\s+")
_RENAMED = [("Social Security", "People's Security"), ("사회안전성", "인민보안성"), ("Corrections", "Correctional")]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str  # facility | organisation
    queries: tuple[str, ...]
    rule: str
    keep_unlinked: bool  # a phrase with a strong head is worth showing even when nothing links


# A body named under its parent (국방성 산하 제2215 건설여단, 국방성 산하 IT 회사인 진영정보기술개발협조회사, 인민무력부 총정치국 산하
# 업체 조선신진무역회사): the claim's body is the named unit, the most specific one, not the parent it stands under.  A
# parent with only kinds under it (인민무력부 산하 무역회사들, 국방성 산하 군사 단체) is itself the most specific body named.
_KO_UNDER = re.compile(r"\s*(?:산하|소속)(?:의|에\s*있는|인)?\s+")
UNDER_GAP = 10  # characters of kind between 산하 and the unit's name (IT 회사인, 업체)


def candidates(sentence: str, places: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Phrases to resolve; `places` are the first words of known facilities' names ("kaechon").  A body named as the
    parent of a unit the sentence names after 산하 / 소속 is left out: the unit is the claim (round 25)."""
    found = list(_candidates(sentence, places))
    if "산하" not in sentence and "소속" not in sentence:
        yield from found
        return
    for c in found:
        under = _KO_UNDER.match(sentence, c.end) if c.type == "organisation" else None
        # (a comma or 및 between ends the parent's phrase: the body after it is the list's next member)
        if under and any(d.type == "organisation" and under.end() <= d.start <= under.end() + UNDER_GAP
                         and not re.search(r"[,、·]|\s및\s", sentence[under.end():d.start]) for d in found):
            continue
        yield c


def _candidates(sentence: str, places: frozenset[str]) -> Iterator[Candidate]:
    yield from _coordinated(sentence)
    yield from _at_place(sentence, places)
    yield from _facilities(sentence)
    yield from _numbered_first(sentence)
    yield from _korean_facilities(sentence)
    yield from _organisations(sentence)
    yield from _korean_organisations(sentence)
    yield from _state_bodies(sentence)


# North Korea's ministries, bureaus and offices that run a labour export or earn its foreign currency (set 6's
# convention: 대외경제성, 39号室 are organisations of the chain), named in a sentence about sending workers or earning
# currency: 대외건설지도국 산하의 7총국과 8총국, 대흥지도국, 경공업성, "Room 39".  The ministries are listed (a "-성"
# alone is as often 가능성 or 안전성); bureaus by their heads.
_DPRK_MINISTRIES = ("대외경제", "경공업", "무역", "대외무역", "수산", "임업", "국가보위", "사회안전", "인민보안", "인민무력", "국방",
                    "건설건재공업", "석탄공업", "채취공업", "금속공업", "화학공업", "전력공업", "원유공업", "국토환경보호",
                    "도시경영", "농업", "수매량정", "노동", "보건", "체육", "철도", "기계공업", "전자공업")
_KO_PARTICLE_END = r"(?=(?:은|는|이|가|과|와|의|을|를|에|도|에서|으로|로|산하|이다|이며|이고|등)?(?![가-힣]))"
# (the older names of the armed forces' and security ministries end in 부, as reports from before 2020 write them:
# 인민무력부 산하 칠성무역; other ministries' -부 names are as often the South's, 노동부)
_DPRK_OLD_MINISTRIES = ("인민무력", "국가보위", "인민보안", "사회안전")
_KO_STATE_BODY = re.compile(r"(?<![가-힣])(?:(?:" + "|".join(_DPRK_MINISTRIES) + r")성" + _KO_PARTICLE_END + "|"
                            r"(?:" + "|".join(_DPRK_OLD_MINISTRIES) + r")부" + _KO_PARTICLE_END + "|"
                            r"[가-힣]{2,8}?(?:지도국|관리국)" + _KO_PARTICLE_END + r"|(?:제\s?)?\d{1,3}\s?총국" + _KO_PARTICLE_END + "|"
                            r"39\s?호실|39\s?号(?:办公)?室|\b(?:Room|Office|Bureau)\s+39\b|"
                            # 朝鲜保卫部 (the State Security Department, which watches the workers abroad)
                            r"(?:朝鲜|朝鮮|北韩|北韓)(?:国家|國家)?(?:安全)?(?:保卫|保衛)(?:部|省))")
# (or exporting goods: a ministry's trading arm that sells coal abroad is a body of the chain too)
_EARNING_CONTEXT = re.compile(r"파견|송출|외화벌이|노동자|근로자|수출|派遣|派往|外派|劳工|劳务|外汇|收入|工人|勞工|出口|外贸|"
                              r"\b(?:workers?|laborers?|labou?r|revenue|currency|dispatch\w*|export\w*)\b", re.IGNORECASE)


_STATE_BODY_GATE = re.compile(r"성|국|부|호실|号室|39|保卫|保衛")
# A body named as under a state body (39호실 산하 묘향, 인민무력부 산하 칠성무역): what stands under a ministry or an
# office is an organisation too, whether or not its name carries a head.  Kinds (무역회사, 기관) name none.
_KO_SUBORDINATE = re.compile(r"\s*산하(?:의|에\s*있는)?\s+(?P<name>[가-힣]{2,12})(?=,|、|\s|$)")
_KO_KIND_WORD = re.compile(r"(?:기관|기업|회사|업체|단체|조직|부서|공장|무역회사|총국|지도국|관리국|사업소|일꾼|간부|노동자|근로자)(?:들)?$")


def _state_bodies(sentence: str) -> Iterator[Candidate]:
    if not _STATE_BODY_GATE.search(sentence) or not _EARNING_CONTEXT.search(sentence):
        return
    for m in _KO_STATE_BODY.finditer(sentence):
        yield Candidate(m.start(), m.end(), "organisation", (m.group(),), "phrase:organisation_state_body", True)
        sub = _KO_SUBORDINATE.match(sentence, m.end())
        name = korean.strip_particle(sub.group("name")) if sub else ""
        # (a word before a kind is the kind's: 국방성 산하 군사 단체, "military bodies under the ministry"; round 25)
        after = re.match(r"\s+(?P<w>[가-힣]+)", sentence[sub.end():]) if sub else None
        kind_after = after is not None and bool(_KO_KIND_WORD.search(korean.strip_particle(after.group("w"))))
        if sub and len(name) >= 2 and not _KO_KIND_WORD.search(name) and not place_code(name) and not kind_after:
            start = sub.start("name")
            yield Candidate(start, start + len(name), "organisation", (name,), "phrase:organisation_subordinate", True)


def _korean_facilities(sentence: str) -> Iterator[Candidate]:
    """승호리 제8호 교화소: a camp the store may not know is kept, unlinked, when the phrase names it."""
    for m in _KO_FACILITY.finditer(sentence):
        offset, name = korean.trim_name(m.group())
        if len(name.split()) < 2 and not re.search(r"\d", name) and len(name) <= 5:
            continue  # "교화소에 넘겼다": the word alone names no camp
        province = _KO_PROVINCE.match(name)
        if province and len(name) > province.end() + 4:
            offset, name = offset + province.end(), name[province.end():]
        first = name.split()[0]
        if first in _KO_KIND and not re.search(r"\d", name):
            continue
        named = first not in _KO_NOT_NAME and not re.fullmatch(r"(?:이|그|해당|각)[가-힣]?", first)
        numbered = bool(re.search(r"\d+\s?호", name))
        if not named and not numbered:
            continue
        if not named:  # "이 제8호 교화소": keep the number and the head
            name = name[len(first):].lstrip()
            offset = m.end() - len(name) - m.start()
        start = m.start() + offset
        yield Candidate(start, m.end(), "facility", (name,), "phrase:facility", True)


# A firm a Korean sentence names in Hangul with its Latin name after it, among buyers and sellers: 시스코(Sysco)와 트라이던트
# 시푸드(Trident Seafoods)를 비롯해 (not a person, 김정은(Kim Jong Un): one Hangul word glossed by several Latin words)
# (a Latin initialism may lead the Hangul name, as the gloss shows it: HK 이린사(HK Yilin Shipping Co Ltd))
_KO_GLOSSED = re.compile(r"(?<![가-힣A-Za-z])(?P<name>(?:[A-Z]{2,5}\s?)?[가-힣]{2,10}(?:\s[가-힣]{2,8}){0,2})\s?\((?P<latin>[A-Z][A-Za-z0-9&'’.-]*"
                         r"(?:\s[A-Za-z0-9&'’.-]+){0,4})\)")
_KO_TRADE_CONTEXT = re.compile(r"거래|납품|구매|구입|판매|수입|공급|매장|유통|업체|기업|회사|브랜드|수출")
# Retailers named by their kind of shop: 롯데마트, 신세계백화점 (not 대형마트, a kind of shop)
_KO_RETAILER = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{1,6}(?:마트|백화점|홈쇼핑))(?=은|는|이|가|과|와|의|에|도|을|를|에서|\s|,|$)")
_KO_GENERIC_SHOP = re.compile(r"^(?:대형|할인|동네|창고형|슈퍼|편의|온라인|인터넷|일반|국내|해외|현지|주요|각|지역|재래)")


# A firm named in quotation marks after what it is: 러시아 건설업체 '스트로이텍', 무역회사 "은하"
# (its Latin name may follow in brackets inside the quotes: 스포츠의류 업체인 ‘립 컬(Rip Curl)’사는)
_KO_QUOTED_FIRM = re.compile(r"(?:업체|회사|기업|공장|무역회사|법인|상사|해운사|선사)(?:인|은|는)?\s*[‘'“\"](?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &.-]{0,18}?)"
                             r"(?:\s?\([A-Za-z][A-Za-z0-9 &'’.-]{0,30}\))?[’'”\"]")


# A firm named right after its kind, with a trade in its name: 홍콩 해운사 HK이린해운을, 중국 업체 단둥훙샹무역과
# The owner or operator of a vessel, named with a trade in its name: HK이린해운이 소유한 더이호
_KO_OWNER = re.compile(r"(?<![가-힣A-Za-z])(?P<name>(?:[A-Z]{1,5}[가-힣]{0,10}|[가-힣]{1,10})(?:해운|무역|상사|물산|실업|해사|쉬핑|트레이딩|그룹))"
                       r"(?:이|가)\s*(?:소유|운영|관리|용선)(?:한|하는|하던|해\s*온)")
_KO_KIND_NAMED = re.compile(r"(?:해운사|해운회사|선사|운송사|무역회사|무역업체|업체|회사|기업)\s+(?P<name>(?:[A-Z]{1,5}[가-힣]{0,10}|[가-힣]{1,10})"
                            r"(?:해운|무역|상사|물산|실업|해사|쉬핑|트레이딩|그룹|공사))(?=을|를|은|는|이|가|과|와|의|에|도|\s|,|$)")


# A name led by a Latin initialism and ending in its trade is a firm wherever it stands: 선주인 HK이린해운은, HK이린 해운사와
_KO_INITIALISM_FIRM = re.compile(r"(?<![A-Za-z가-힣])(?P<name>[A-Z]{2,5}\s?[가-힣]{1,8}\s?(?:해운사|해운|무역회사|무역|상사|물산|실업|"
                                 r"쉬핑|트레이딩|선사))(?=은|는|이|가|과|와|의|을|를|에|도|\s|,|$)")


def _korean_named_by_kind(sentence: str) -> Iterator[Candidate]:
    for m in [*_KO_KIND_NAMED.finditer(sentence), *_KO_OWNER.finditer(sentence),
              *_KO_INITIALISM_FIRM.finditer(sentence)]:
        name = m.group("name")
        if not is_authority(name) and not _KO_GENERIC_FIRM.match(name):
            yield Candidate(m.start("name"), m.end("name"), "organisation", (name,), "phrase:organisation_kind_named", True)


def _korean_quoted(sentence: str) -> Iterator[Candidate]:
    for m in _KO_QUOTED_FIRM.finditer(sentence):
        if not is_authority(m.group("name")):
            yield Candidate(m.start("name"), m.end("name"), "organisation", (m.group("name"),),
                            "phrase:organisation_quoted", True)


# A brand or firm written in Latin letters with its Hangul reading in brackets: HAZZYS(헤지스), Rip Curl(립컬)
_KO_LATIN_GLOSSED = re.compile(r"(?<![A-Za-z가-힣])(?P<latin>[A-Z][A-Za-z0-9&'’.-]{2,20}(?:\s[A-Z][A-Za-z0-9&'’.-]{1,20}){0,2})"
                               r"\s?\((?P<name>[가-힣]{2,10})\)")


# A firm's kind said before its name (의류업체 게리 베버(Gerry Weber): "the clothing firm Gerry Weber") is no part of it
# (with the words before it: 스웨덴의 의류업체 피엘라벤(Fjallraven))
_KO_KIND_BEFORE = re.compile(r"^(?:[가-힣]+\s)*[가-힣]*(?:업체|회사|기업|브랜드|메이커|제조사|업자|그룹)\s")
# A firm named in Latin letters with 사 ("company") run on: 네덜란드의 C&A사
_KO_LATIN_FIRM = re.compile(r"(?<![A-Za-z0-9가-힣&])(?P<latin>[A-Z][A-Za-z0-9&'’.-]{1,20}(?:\s[A-Z][A-Za-z0-9&'’.-]{1,20}){0,2})사"
                            r"(?=\s|[,.]|(?:는|가|의|와|과|도|를|에|등)(?![가-힣]))")
_NOT_FIRMS = ("OEM", "ODM", "UN", "EU", "USA", "DPRK", "IT", "HS")


def _korean_glossed(sentence: str) -> Iterator[Candidate]:
    if "(" not in sentence and "마트" not in sentence and "백화점" not in sentence and "홈쇼핑" not in sentence:
        return
    if not _KO_TRADE_CONTEXT.search(sentence):
        return
    for m in _KO_GLOSSED.finditer(sentence):
        name, latin = m.group("name"), m.group("latin")
        person = " " not in name and len(latin.split()) >= 2 and not _ORG_HEADS.search(latin)
        if person or is_authority(name) or is_authority(latin) or place_code(name) or place_code(latin):
            continue
        kind = _KO_KIND_BEFORE.match(name)
        cut = kind.end() if kind and kind.end() < len(name) else 0
        offset, name = korean.trim_name(name[cut:])
        start = m.start("name") + cut + offset
        lead = re.match(r"[A-Z]{2,5}\s?", name)  # (the initialism is no Hangul word: the analyser reads the next)
        at = start + (lead.end() if lead else 0)
        first = name[at - start:].split()[0]
        # (a name the sentence calls a firm, 의류업체 피엘라벤(Fjallraven), needs no analyser's word for it)
        if not cut and not korean.is_proper_noun(sentence, at, at + len(first)):
            continue  # 주문자생산방식(OEM): a term glossed by its abbreviation, not a firm
        yield Candidate(start, start + len(name), "organisation", (name, latin), "phrase:organisation_glossed", True)
    for m in _KO_LATIN_GLOSSED.finditer(sentence):
        latin, name = m.group("latin"), m.group("name")
        if not (is_authority(latin) or is_authority(name) or place_code(name) or place_code(latin)
                or latin in _NOT_FIRMS):
            yield Candidate(m.start("latin"), m.end(), "organisation", (latin, name), "phrase:organisation_glossed", True)
            pos = m.end()
            while True:  # the brands listed after it: "HAZZYS(헤지스), 노스페이스 등"
                sib = _KO_SIBLING.match(sentence, pos)
                if not sib or not korean.is_proper_noun(sentence, sib.start("name"), sib.end("name")) or \
                        place_code(sib.group("name")):
                    break
                yield Candidate(sib.start("name"), sib.end("name"), "organisation", (sib.group("name"),),
                                "phrase:organisation_listed", True)
                pos = sib.end()
    for m in _KO_LATIN_FIRM.finditer(sentence):
        latin = m.group("latin")
        if not (is_authority(latin) or place_code(latin) or latin in _NOT_FIRMS):
            yield Candidate(m.start("latin"), m.end(), "organisation", (latin,), "phrase:organisation_latin_firm", True)
    for m in _KO_RETAILER.finditer(sentence):
        if not _KO_GENERIC_SHOP.match(m.group("name")):
            yield Candidate(m.start("name"), m.end("name"), "organisation", (m.group("name"),),
                            "phrase:organisation_retailer", True)


# Firms named after their kind, as a list: 북한의 건설회사들인 수도건설, 광복건설, 육영건설, 남강건설 등이
_KO_KIND_LIST = re.compile(r"(?:회사|업체|기업|공장)(?:들)?(?:인|로는|으로는)\s+(?P<list>[가-힣A-Za-z0-9]{2,12}"
                           r"(?:\s*(?:,|、|및)\s*[가-힣A-Za-z0-9]{2,12})+)\s*(?:등|$|[.,])")


# The same list before its kind, closed by 등 ("and others"): 평양냉면, 일조 등 북한 식당 6곳; 평양관과 고려식당 등 북한 식당 두
# 곳; ‘평양관’과 ‘류경식당’ 등 (two or more members; the kind may carry its country: 북한 식당, 중국 업체)
_KO_LIST_KIND = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<list>[‘'“\"]?[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,10}?[’'”\"]?"
                           r"(?:\s*,\s*|(?:과|와)\s+|\s+및\s+|、)[‘'“\"]?[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,10}?[’'”\"]?"
                           r"(?:(?:\s*,\s*|(?:과|와)\s+|\s+및\s+|、)[‘'“\"]?[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,10}?[’'”\"]?)*)"
                           r"\s*등(?:의|지의)?\s+(?:[가-힣]{2,3}\s*)?(?:식당|레스토랑|음식점|회사|업체|기업|공장|무역회사|건설회사)(?![가-힣]*(?:장|원))")
# A name in quotation marks with its kind after it (방콕의 '평양 해맞이관' 식당도) or as its signboard's (‘조선류경식당’이란 간판)
_KO_QUOTED_BEFORE_KIND = re.compile(r"[‘'“\"](?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &.-]{0,18}?)[’'”\"]\s*"
                                    r"(?:(?:식당|레스토랑|음식점|회사|업체|기업|공장|호텔)(?![가-힣]*(?:장|원))|"
                                    r"(?:이란|이라는|라는|란)\s*(?:간판|상호|이름))")
# A kind run on with its country, then a quoted name: 북한식당 ‘평양친선관’ 여종업원
_KO_KIND_QUOTED = re.compile(r"(?:식당|레스토랑|음식점)\s*[‘'“\"](?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &.-]{0,18}?)[’'”\"]")


def _korean_kind_list(sentence: str) -> Iterator[Candidate]:
    for m in _KO_LIST_KIND.finditer(sentence):
        items = re.split(r"\s*,\s*|(?<=[가-힣A-Za-z0-9’'”\"])(?:과|와)\s+|\s+및\s+|、", m.group("list"))
        pos = m.start("list")
        for item in items:
            at = sentence.index(item, pos)
            pos = at + len(item)
            quoted = item.strip()[:1] in "‘'“\""
            # (an unquoted member is its last word: 등지에 있는 평양냉면 is 평양냉면; quotes bound a name of two words)
            name = item.strip("‘'“\"’” ") if quoted else item.split()[-1] if item.split() else ""
            if not name:
                continue
            a = sentence.index(name, at)
            if len(name) < 2 or is_authority(name) or place_code(name) or name in _KO_NOT_NAME \
                    or _KO_GENERIC_FIRM.match(name) or korean.is_argument(name.split()[-1]):
                continue
            yield Candidate(a, a + len(name), "organisation", (name,), "phrase:organisation_listed", True)
    for rx in (_KO_QUOTED_BEFORE_KIND, _KO_KIND_QUOTED):
        for m in rx.finditer(sentence):
            name = m.group("name").strip()
            if not (is_authority(name) or place_code(name)):
                yield Candidate(m.start("name"), m.start("name") + len(name), "organisation", (name,),
                                "phrase:organisation_quoted", True)
    for m in _KO_KIND_LIST.finditer(sentence):
        for w in re.finditer(r"[가-힣A-Za-z0-9]+", m.group("list")):
            a, b = m.start("list") + w.start(), m.start("list") + w.end()
            if korean.is_proper_noun(sentence, a, b) and not is_authority(w.group()) and not place_code(w.group()):
                yield Candidate(a, b, "organisation", (w.group(),), "phrase:organisation_listed", True)


# A proper noun run together with the head of a trading firm or a business group (대성무역, 신성통상, 대우그룹): the
# analyser says where the name starts (a proper noun) and that it is one word; a place or a country before the head
# alone (중국무역, 단둥무역) names a trade, not a firm.
_KO_FIRM_HEAD = re.compile(r"(?:무역|통상|그룹|물산|실업|상사|해운|상회|산업|건설)$")
_KO_FIRM_HEAD_GATE = re.compile(r"무역|통상|그룹|물산|실업|상사|해운|상회|산업|건설")


def _korean_headed_firms(sentence: str) -> Iterator[Candidate]:
    if not _KO_FIRM_HEAD_GATE.search(sentence):
        return
    for a, b in korean.noun_spans(sentence) or ():
        name = sentence[a:b]
        head = _KO_FIRM_HEAD.search(name)
        if not head or head.start() < 2 or not re.fullmatch(r"[가-힣]+", name):
            continue
        lead = name[:head.start()]
        if place_code(lead) or _KO_GENERIC_FIRM.match(lead) or is_authority(name) or lead in _KO_NOT_NAME:
            continue
        yield Candidate(a, b, "organisation", (name,), "phrase:organisation_firm_head", True)


# A proper noun, up to two words, then the head as a word of its own (만수대 해외프로젝트 그룹, 해당화 그룹, 평양 옥류관
# 식당): the analyser says the first word is a name; a country or a place before the head names a trade or a kind
# (북한 무역 회사, 중국 식당), not a body.
_KO_SPACED_HEAD = re.compile(r"(?P<name>(?P<first>[가-힣]{2,8})(?P<rest>(?:\s[가-힣]{2,8}){0,2})\s(?:그룹|회사|공사|총회사|상사|"
                             r"식당|레스토랑|미술관|화랑))(?=[’'”\"]?(?:과|와|의|은|는|이|가|을|를|에|에서|도|로|으로|\s|,|$))")
_KO_BELONGING = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,10})\s?소속(?:의|인|된)?\s+(?:북한\s*)?(?:[가-힣]+\s+)?(?:노동자|근로자|인력|종업원|직원)")
_KO_SPACED_GATE = re.compile(r"\s(?:그룹|회사|공사|총회사|상사|식당|레스토랑|미술관|화랑)")


def _korean_spaced_firms(sentence: str) -> Iterator[Candidate]:
    for word in re.finditer(r"(?<![가-힣])[가-힣]", sentence if _KO_SPACED_GATE.search(sentence) else ""):
        # (each word may start a name: 정부는 만수대 ... 그룹)
        m = _KO_SPACED_HEAD.match(sentence, word.start())
        if m is None:
            continue
        first, name = m.group("first"), m.group("name")
        # (the words between are nouns, no particle ends one, and none is a place: not 루앙프라방 등지에 북한 식당)
        between = m.group("rest").split()
        # (a name in quotation marks is a name whatever the analyser reads its first word as: '만수대 해외프로젝트 그룹')
        quoted = sentence[m.start() - 1:m.start()] in ("‘", "'", "“", '"') and sentence[m.end():m.end() + 1] in ("’", "'", "”", '"')
        if place_code(first) or first in _KO_NOT_NAME or _KO_GENERIC_FIRM.match(first) or is_authority(name) \
                or any(place_code(w) or korean.is_argument(w) for w in between) \
                or not (quoted or korean.is_proper_noun(sentence, m.start("first"), m.end("first"))):
            continue
        yield Candidate(m.start("name"), m.end("name"), "organisation", (name,), "phrase:organisation_spaced_head", True)
    # the body the workers belong to: 만수대 소속 북한 노동자 (a proper noun, not a place, before 소속 "belonging to")
    for m in _KO_BELONGING.finditer(sentence):
        name = m.group("name")
        if not (place_code(name) or name in _KO_NOT_NAME or is_authority(name)) \
                and korean.is_proper_noun(sentence, m.start("name"), m.end("name")):
            yield Candidate(m.start("name"), m.end("name"), "organisation", (name,), "phrase:organisation_belonging", True)


# A body named as running text writes it: a run of nouns (the analyser's, a single space allowed between two) that ends
# in a body's head noun and starts with a name, whether or not the store knows it (고려컴퓨터회사, 베이징숙박소, 랴오닝 중국
# 무역 유한회사, 만수대 해외사업부, 고려오송해운).  The name is read, not listed: its first word is a proper noun or a
# word in Latin letters (not a country: 북한 무역회사, 중국 회사 name a kind), or the head is run on to the word before it
# (a word the analyser does not know, 고려오송해운), or the head is a legal form (유한회사).  A city or province alone
# before a head it is spaced from names a firm of that place (단둥 회사), not a firm.
_KO_BODY_HEAD = re.compile(r"(?:유한회사|유한공사|주식회사|총공사|총회사|무역회사|회사|공사|상사|해운|무역|그룹|총국|지도국|관리국|"
                           r"사업부|사업소|연합기업소|기업소|숙박소|교화소|위원회|공업성|공업부|"
                           # (round 25: a unit of the armed forces or a bureau, the named unit under its parent: 제2215
                           # 건설여단, 평양정보기술국; a firm's loanword head: 선양금풍리네트워크테크놀로지)
                           r"여단|사단|연대|부대|테크놀로지|인터내셔널|코퍼레이션)$")
# A bureau the analyser reads by its head 국 apart (교화 | 국, 사업 | 국), or a compound it does not split that ends in one
# (평양정보기술국, six syllables or more, not a place: 콩고민주공화국): not 당국, 전국, 귀국, read as one word (round 25)
_KO_BUREAU_WORD = re.compile(r"(?![가-힣]*(?:공화국|왕국|제국|합중국|연합국)$)[가-힣]{5,}국$")  # (a state's name ends so too: 콩고민주공화국)
# A unit named by its number (제2215 건설여단, 313총국): the number names it as a proper noun would; not 국 alone, which
# a number makes a country (제3국, "a third country"; round 25)
_KO_UNIT_HEAD = re.compile(r"(?:여단|사단|연대|부대|총국)$")
_KO_LEGAL = re.compile(r"(?:유한회사|유한공사|주식회사)$")
# (a state body's head names it by its trade or task with no proper noun: 군수공업부, 대외건설지도국)
_KO_ORGAN_HEAD = re.compile(r"(?:공업성|공업부|지도국)$")
_KO_HEAD_PART = frozenset({"유한", "회사", "공사", "주식", "무역", "해운", "상사", "총국", "그룹", "총회사", "무역회사", "유한회사",
                           "유한공사", "주식회사", "사업부", "사업소", "기업소", "연합", "숙박", "소", "부", "국", "성"})
_KO_RUN_GATE = re.compile(r"회사|공사|상사|해운|무역|그룹|국|사업부|사업소|기업소|숙박소|교화소|위원회|공업성|공업부")
_KO_COUNTRY_WORDS = frozenset({"북한", "남한", "한국", "중국", "미국", "일본", "러시아", "북", "남", "조선", "국내", "해외",
                               "외국", "현지", "국영", "민간", "합작", "관련", "해당", "각", "여러", "일부", "몇몇", "주요", "대형"})


def _korean_body_runs(sentence: str) -> Iterator[Candidate]:
    if not _KO_RUN_GATE.search(sentence):
        return
    for run in korean.noun_runs(sentence) or ():
        words = [sentence[b:e] for b, e, _ in run]
        # (a place and 소재 "located in" before the name locate it: 홍콩 소재 선박회사)
        a = max((i + 1 for i, w in enumerate(words[:-1]) if w in ("소재", "출신")), default=0)
        # (countries and words of kind before the name qualify it: 북한의 ... , 세네갈 최대 식품회사)
        while a < len(run) - 1 and (words[a] in _KO_COUNTRY_WORDS or re.fullmatch(KO_COUNTRY_PATTERN, words[a])):
            a += 1
        end = None
        bureau = organ = False
        for j in range(a, len(run)):
            compact = sentence[run[a][0]:run[j][1]].replace(" ", "")
            word = sentence[run[j][0]:run[j][1]]
            # (국 as the analyser's word of its own after a noun, or ending a long compound: a bureau)
            is_bureau = (j > a and word == "국" and run[j][0] == run[j - 1][1]) or \
                (run[j][2] in ("NNP", "NNG") and bool(_KO_BUREAU_WORD.fullmatch(word)) and not place_code(word))
            if end is None:
                if _KO_BODY_HEAD.search(compact) or is_bureau:
                    end, bureau = j, is_bureau
                    organ = bool(_KO_ORGAN_HEAD.search(compact))  # (the parent a numbered unit is under: 군수공업부)
            elif (word in _KO_HEAD_PART and _KO_BODY_HEAD.search(compact)) or is_bureau:
                end, bureau = j, is_bureau
            # (the unit numbered under its parent is the name: 군수공업부 313총국)
            elif run[j][2] == "SN" and j + 1 < len(run) and run[j + 1][0] - run[j][1] <= 1 and \
                    _KO_UNIT_HEAD.search(sentence[run[j + 1][0]:run[j + 1][1]]):
                continue
            elif j > a and run[j - 1][2] == "SN" and _KO_UNIT_HEAD.search(word):
                end, bureau = j, False
            else:
                break
        if end is None:
            continue
        start, stop = run[a][0], run[end][1]
        numbered = run[a][2] == "SN" and bool(_KO_UNIT_HEAD.search(sentence[run[end][0]:stop]))
        if numbered and sentence[start - 1:start] == "제":
            start -= 1  # 제2215 건설여단: "No." is part of the name
        name = sentence[start:stop]
        compact = name.replace(" ", "")
        head = _KO_BODY_HEAD.search(compact) or re.search(r"국$", compact)
        assert head is not None
        lead = compact[:head.start()]
        if len(lead) < 2 or lead in _KO_COUNTRY_WORDS or lead in _KO_NOT_NAME or _KO_GENERIC_FIRM.match(lead) \
                or words[a] in _NOT_FIRMS \
                or is_authority(name) or re.fullmatch(KO_COUNTRY_PATTERN, lead):
            continue
        legal = bool(_KO_LEGAL.search(compact))
        first = sentence[run[a][0]:run[a][1]]
        run_on = len(first) > len(head.group()) and _KO_BODY_HEAD.search(first) is not None  # 고려오송해운 as one word
        spaced = not name.endswith(head.group()) or name[:-len(head.group())].endswith(" ")
        spaced_place = spaced and place_code(lead) is not None
        named = run[a][2] in ("NNP", "SL") or run_on or legal or bool(_KO_ORGAN_HEAD.search(compact)) or numbered \
            or organ
        if bureau and not numbered:
            # (a bureau named for its place or task, not a kind's: 평양정보기술국; 교화국 alone names none)
            named = named or len(compact) >= 5
        if not named or (spaced_place and not legal):
            continue
        yield Candidate(start, stop, "organisation", tuple(variants(name)), "phrase:organisation_body_run", True)


def _korean_organisations(sentence: str) -> Iterator[Candidate]:
    yield from _korean_headed_firms(sentence)
    yield from _korean_spaced_firms(sentence)
    yield from _korean_kind_list(sentence)
    yield from _korean_glossed(sentence)
    yield from _korean_named_by_kind(sentence)
    if "'" in sentence or "‘" in sentence or '"' in sentence or "“" in sentence:
        yield from _korean_quoted(sentence)
    for m in _KO_ORG.finditer(sentence):
        offset, name = korean.trim_name(m.group())
        start = m.start() + offset
        if is_authority(name):
            continue
        if re.search(r"\s(?:회사|은행|지사|상사)$", name) and not korean.is_proper_noun(sentence, start, start + len(name.split()[0])):
            continue  # "중간 단계 회사" (a company at a middle stage): common words before a generic head name nothing
        firm = bool(_KO_FIRM.search(name)) and not _KO_GENERIC_FIRM.match(name.replace(" ", ""))
        organ = bool(_KO_STATE_ORGAN.search(name)) and name not in ("안전성", "보안성")  # alone: safety, security
        yield Candidate(start, m.end(), "organisation", tuple(variants(name)), "phrase:organisation", firm or organ)
        if not firm:
            continue
        pos = m.end()
        while True:  # the other members of the list: "A, B 등" names two firms
            sib = _KO_SIBLING.match(sentence, pos)
            if not sib or not korean.is_proper_noun(sentence, sib.start("name"), sib.end("name")):
                break
            yield Candidate(sib.start("name"), sib.end("name"), "organisation", (sib.group("name"),),
                            "phrase:organisation_listed", True)
            pos = sib.end()
    yield from _korean_body_runs(sentence)


def _coordinated(sentence: str) -> Iterator[Candidate]:
    """"Hamhung and Kaechon concentration camps" names two camps."""
    for m in _COORDINATED.finditer(sentence):
        head = re.sub(r"s$", "", m.group("head"))
        names = [(m.start("a"), m.group("a"))]
        for extra in re.finditer(_CAP, m.group("more") or ""):
            names.append((m.start("more") + extra.start(), extra.group()))
        names.append((m.start("b"), m.group("b")))
        for start, place in names:
            if place.lower() in _NOT_PLACE:
                continue
            end = m.end() if start == m.start("b") else start + len(place)
            yield Candidate(start, end, "facility", (f"{place} {head}", place), "phrase:facility", True)


def _at_place(sentence: str, places: frozenset[str]) -> Iterator[Candidate]:
    """"made at Kaechon": one is *at* a camp but *in* a town, so only "at" makes a bare place a facility."""
    for m in re.finditer(rf"\bat\s+(?P<place>{_CAP})", sentence):
        if m.group("place").lower() in places:
            yield Candidate(m.start("place"), m.end(), "facility", (m.group("place"),), "phrase:at_place", False)


def _numbered_first(sentence: str) -> Iterator[Candidate]:
    for m in _NUMBERED_FIRST.finditer(sentence):
        if m.start() > 0 and re.search(r"[A-Z][\w'’-]*\s+$", sentence[:m.start()]):
            continue  # "Kaechon Kyohwaso No. 1": the place comes first, _facilities reads it
        head = re.sub(r"-", "", m.group("head"))
        queries = [m.group()]
        if m.group("place"):
            queries += [f"{m.group('place')} {head} No. {m.group('no')}", f"{m.group('place')} {head}"]
        yield Candidate(m.start(), m.end(), "facility", tuple(queries), "phrase:facility", True)


def _facilities(sentence: str) -> Iterator[Candidate]:
    for m in _FACILITY.finditer(sentence):
        words = m.group("place").split()
        while words and words[0].lower() in _NOT_PLACE:
            words.pop(0)
        if not words or all(w.lower() in _NOT_PLACE for w in words):
            continue
        place = " ".join(words)
        start = m.start("place") + m.group("place").index(words[0])
        phrase = sentence[start:m.end()]
        yield Candidate(start, m.end(), "facility", (phrase, place), "phrase:facility", True)


_CN_CITY_EN = "|".join(sorted((k.title() for k, v in CITIES.items() if v == "cn" and re.fullmatch(r"[a-z]+", k)),
                              key=len, reverse=True))
# Where one firm's name ends and the next begins: "Jingde Trading Ltd., Rixin Foods. Ltd., and Zhejiang …".
_LEGAL_END = re.compile(r"\b(?:Ltd|Inc|LLC|Corp|Co|Limited|Corporation|Company|GmbH|JSC|PLC|SA|AG|NV|BV|SpA)\.?(?:,\s*|\s+)"
                        r"(?:and\s+|&\s+)?(?=[A-Z])(?!(?:Ltd|Limited|Liability|Partnership|Co|Inc|LLC|Corp)\b|No\.?\s?\d)|"
                        # "Yantai Dachen Hunchun Seafood Products, and Yanbian Shenghai ...": a comma and "and" end a
                        # name of a list
                        r",\s+(?:and|&)\s+(?=[A-Z])|"
                        # "Trident Seafoods, High Liner Foods, and Sysco": a name that ends in its trade ends at a comma
                        r"(?:(?<=Foods)|(?<=Seafoods)|(?<=Seafood)|(?<=Products)|(?<=Industries)|(?<=Textiles)|"
                        r"(?<=Garments)|(?<=Fisheries)|(?<=Foodstuff)|(?<=Foodstuffs))(?:,\s+)(?=[A-Z])|"
                        # "the Pyongyang University of Automation, the Technical Reconnaissance Bureau": ", the" starts
                        # the next name of a list
                        r",\s+the\s+(?=[A-Z])|"
                        # "Korea Osong Shipping and Chonsurim Trading": a name that ends in a firm's head word ends at
                        # "and" before another name that ends in one
                        r"(?:(?<=Shipping)|(?<=Trading)|(?<=Corporation)|(?<=Group)|(?<=Enterprises)|(?<=Company))"
                        r"\s+(?:and|&)\s+(?=[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:Trading|Shipping|Corporation|"
                        r"Corp\b|Company|Co\b|Group|Enterprises|Industry|Industries|Bank)\b)|"
                        # "Dalian Haiyang Aquatic Products and Dandong Xinyuan Foods": a new name starts with its city
                        rf"\s+(?:and|&)\s+(?=(?:{_CN_CITY_EN})\s+[A-Z])")


# A name the sentence itself calls a firm: "Donggang Jinhui Food, a seafood processing company in Dandong".
# ("Volasys Silverstar, its Russia-based front company": the firm described by its owner's possessive too)
# (a firm's legal form after a comma is part of its name: "Liaoning China Trade Industry Co., Ltd, a Chinese company")
_APPOSITIVE = re.compile(rf"(?<![\w.])(?P<name>{_ORG_CAP}(?:(?:\s+|\.?,\s+(?=(?:Ltd|Limited|Inc|LLC)\b)){_ORG_CAP}){{0,5}}\.?),\s+"
                         r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:company|firm|processor|manufacturer|maker|factory|plant|supplier|exporter|importer|"
                         r"producer|trader|business|subsidiary|affiliate|studio|contractor|conglomerate)\b")


# A name the sentence gives a firm: "a South Korean corporation called Enermax" (one word is enough: the sentence
# says it is a firm).
_CALLED_EN = re.compile(r"\b(?:compan(?:y|ies)|corporations?|firms?|entit(?:y|ies)|enterprises?|businesses|exporters?|"
                        r"importers?|suppliers?|brokers?|traders?|subsidiar(?:y|ies)|front\s+compan(?:y|ies)|"
                        # (a part of a body named: "a part of Mansudae called Mansudae Overseas Projects")
                        rf"(?:a\s+)?(?:part|unit|division|arm|wing|branch)\s+of\s+(?P<parent>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,3}}))\s+"
                        rf"(?:called|named|known\s+as)\s+(?P<name>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,4}})")
# The owner or operator of a vessel or cargo, named without a legal form: "owned by HK Yilin loaded North Korean coal".
# A name that has no head word must show an initialism (HK, PSC), which persons' names do not.
# A business named by its other or earlier name, in quotation marks or capitalised: "a physical therapy business,
# formerly known as “X Y”", "the restaurant, also called X" (a sentence that names an establishment of counted.py's
# lexicon: the name is the establishment's)
_FORMERLY_EN = re.compile(rf"\b(?:formerly|previously|once|also|originally)\s+(?:known\s+as|called|named)\s+[“\"‘']?"
                          rf"(?P<name>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,4}})")
_ESTABLISHMENT_EN = re.compile(rf"\b(?:{alternation(tuple(n for pair in FACILITY_NOUNS_EN for n in pair))})\b", re.IGNORECASE)
_OWNER_EN = re.compile(rf"\b(?:owned|operated|managed|chartered|controlled)\s+by\s+(?P<name>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,4}})")
_INITIALISM = re.compile(r"(?<![\w.])[A-Z]{2,5}(?![\w.])")
# The employer of workers named after them: "70 soldier-labourers have been employed by Cholyon" (a sentence about
# workers says what the name is: no legal form needed)
_EMPLOYED_BY_EN = re.compile(rf"\b(?:employed|hired|recruited|contracted|engaged)\s+by\s+(?P<name>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,4}})")
_WORKERS_NAMED_EN = re.compile(r"\b(?:[\w]+-)?(?:workers|labou?rers|employees|staff|crews?|waitresses|builders)\b", re.IGNORECASE)
# A body named with its other name in brackets: "GENCO (also known as KOGEN)", "Korea Sobaeksu Trading Company (a.k.a.
# Sobaeksu)": both are names of it
_AKA_EN = re.compile(rf"(?<![\w-])(?P<name>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,5}})\s*\(\s*(?:also\s+known\s+as|a\.?k\.?a\.?|aka|formerly(?:\s+known\s+as)?)"
                     rf"\s+(?P<other>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,5}})\s*\)")


# Buyers the sentence names after what they are: "grocery stores in the U.S., including ALDI and Walmart",
# "brands such as Adidas, Nike or Uniqlo" (each name may be one word).
_BUYER_NAME = r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}"
_BUYERS = re.compile(r"\b(?:retailers?|stores|supermarkets|(?:retail\s+|grocery\s+)?chains|brands|buyers|customers|"
                     r"clients|importers|grocers|wholesalers|companies|firms)\b[^;:]{0,40}?,?\s+(?:including|such\s+as|like)\s+"
                     rf"(?P<list>{_BUYER_NAME}(?:\s*,\s*{_BUYER_NAME})*(?:,?\s+(?:and|or)\s+{_BUYER_NAME})?)")


# Firms counted, then named: "Two North Korean companies, Yanbian Silverstar and Volasys Silverstar, employed ..."
_COUNTED_FIRMS = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|entities|"
                            r"corporations|enterprises|front\s+companies),\s+"
                            rf"(?P<list>{_BUYER_NAME}(?:\s*,\s*{_BUYER_NAME})*,?\s+and\s+{_BUYER_NAME})(?=,|\s*\.|$)")


def _buyers(sentence: str) -> Iterator[Candidate]:
    for m in [*_BUYERS.finditer(sentence), *_COUNTED_FIRMS.finditer(sentence)]:
        for n in re.finditer(_BUYER_NAME, m.group("list")):
            name = n.group().rstrip(".")
            # ("Fortune 500 firms": a ranking's name before its number names no buyer)
            if name in ("And", "Or") or is_authority(name) or re.match(r"\s*\d", sentence[m.start("list") + n.end():]):
                continue
            start = m.start("list") + n.start()
            yield Candidate(start, start + len(name), "organisation", (name,), "phrase:organisation_buyer", True)


# Chinese firms as English reports name them: the city, then the firm's own name ("Dandong Taihua", "Hunchun
# Dongyang", "Dandong Huayang’s protest"); not the city's port, zone, customs or government.
_CITY_FIRM = re.compile(rf"\b(?P<city>{_CN_CITY_EN})\s+(?P<own>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?![\w-])")
_NOT_FIRM_WORD = re.compile(r"^(?:City|Province|Port|Airport|Station|Customs|Bridge|River|Zone|District|County|Prefecture|"
                            r"Bay|Harbou?r|Economic|Development|Special|Free|Industrial|Border|Municipal|Government|"
                            r"Police|Court|University|Hospital|Autonomous|Korean|North|South|China|Chinese|Foreign|"
                            r"Region|Area|Market|Trade\s+Fair|Office|Bureau|Museum|Railway|Road|Street|And|Or|In|On)\b")


def _city_firms(sentence: str) -> Iterator[Candidate]:
    for m in _CITY_FIRM.finditer(sentence):
        own = m.group("own")
        if _NOT_FIRM_WORD.match(own):
            continue
        yield Candidate(m.start(), m.end(), "organisation", (m.group(),), "phrase:organisation_city_firm", True)


def _organisations(sentence: str) -> Iterator[Candidate]:
    """Each stretch of the sentence once: the first reading that proposes a name for it wins."""
    taken: list[tuple[int, int]] = []
    for c in _organisation_readings(sentence):
        if not any(c.start < e and b < c.end for b, e in taken):
            taken.append((c.start, c.end))
            yield c


# A firm named beside the word for its kind, a proper name after it or before it: "the Polish shipyard Crist", "the
# state-owned North Korean firm Rungrado", "the Armex temporary employment agency" (one word is enough: the sentence
# says what it is; not a country's adjective or a place, "the Chinese company", "the Dandong factory")
_KINDS_EN = (r"(?:shipyard|firm|company|agency|factory|plant|contractor|subcontractor|employer|mill|enterprise|corporation|"
             r"trading\s+house|broker(?:age)?)")
_KIND_THEN_NAME_EN = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KINDS_EN}\s+"
                                r"(?P<name>[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,2})(?![\w’'&-])(?!\s+[a-z]+['’]s\b)")
_NAME_THEN_KIND_EN = re.compile(r"\bthe\s+(?P<name>[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){0,2})\s+(?:[a-z][\w-]*\s+){0,3}?"
                                rf"{_KINDS_EN}\b")
# Names joined before their kind in the plural: "at the Crist and Nauta shipyards" is two shipyards, each its name
_NAMES_THEN_KINDS_EN = re.compile(r"\bthe\s+(?P<list>[A-Z][\w’'&-]+(?:\s*,\s*[A-Z][\w’'&-]+)*,?\s+and\s+[A-Z][\w’'&-]+)\s+"
                                  r"(?:shipyards|firms|companies|agencies|factories|plants|contractors|mills|enterprises|"
                                  r"corporations|restaurants)\b")
_NOT_A_NAME = re.compile(r"^(?:North|South|Korean|State|Party|Government|Ministry|Bureau|Department|Office|The|This|That|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Western|Eastern|European|Asian|"
                         r"African|Arab|Gulf|Middle|Far)\b")


# Firms listed after their kind in the plural, no article: "DPRK-controlled companies Yanbian Silverstar and Volasys
# Silverstar", "the front companies Korea Sobaeksu, Jinmyong and Chonsong"
_KINDS_LIST_EN = re.compile(rf"\b(?:companies|firms|entities|enterprises|subsidiaries|studios|contractors)\s+"
                            rf"(?P<list>{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,3}}(?:\s*,\s*{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,3}})*"
                            rf",?\s+and\s+{_ORG_CAP}(?:\s+{_ORG_CAP}){{0,3}})")


def _kind_named_firms(sentence: str) -> Iterator[Candidate]:
    from chainlight.extract.demonyms import demonym_code

    for m in _KINDS_LIST_EN.finditer(sentence):
        pos = m.start("list")
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")):
            at = sentence.index(part, pos)
            pos = at + len(part)
            first = part.split()[0]
            if not (_NOT_A_NAME.match(part) or is_authority(part) or place_code(part) or place_code(first)
                    or demonym_code(first) or first.lower() in _ADJECTIVE_WORDS):
                yield Candidate(at, at + len(part), "organisation", (part,), "phrase:organisation_kind_list", True)

    for m in _NAMES_THEN_KINDS_EN.finditer(sentence):
        pos = m.start("list")
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")):
            at = sentence.index(part, pos)
            pos = at + len(part)
            if not (_NOT_A_NAME.match(part) or is_authority(part) or place_code(part) or demonym_code(part)
                    or part.lower() in _ADJECTIVE_WORDS):
                yield Candidate(at, at + len(part), "organisation", (part,), "phrase:organisation_kind_list", True)
    for rx in (_KIND_THEN_NAME_EN, _NAME_THEN_KIND_EN):
        for m in rx.finditer(sentence):
            name = m.group("name")
            first = name.split()[0]
            if (_NOT_A_NAME.match(name) or is_authority(name) or place_code(name) or place_code(first)
                    or demonym_code(first) or first.lower() in _ADJECTIVE_WORDS or (name.isupper() and len(name) <= 3)):
                continue
            yield Candidate(m.start("name"), m.end("name"), "organisation", (name,), "phrase:organisation_kind", True)


# (beside demonym_code, which reads every country's adjective, CLDR's by rule and demonyms.NOT_BY_RULE: "Korean" names
# both Koreas, and ownership words)
_ADJECTIVE_WORDS = frozenset({"korean", "state-owned", "privately-owned"})


def _named_firms(sentence: str) -> Iterator[Candidate]:
    from chainlight.extract.demonyms import demonym_code

    yield from _kind_named_firms(sentence)
    if "by" in sentence and _WORKERS_NAMED_EN.search(sentence):
        for m in _EMPLOYED_BY_EN.finditer(sentence):
            name = m.group("name").rstrip(".")
            first = name.split()[0]
            if not (is_authority(name) or place_code(name) or place_code(first) or demonym_code(first)
                    or _NOT_A_NAME.match(name) or first.lower() in _ADJECTIVE_WORDS):
                yield Candidate(m.start("name"), m.start("name") + len(name), "organisation", (name,),
                                "phrase:organisation_employer", True)
    if "(" in sentence:
        for m in _AKA_EN.finditer(sentence):
            names = (m.group("name"), m.group("other"))
            if not any(is_authority(n) or place_code(n) or _NOT_A_NAME.match(n) for n in names):
                yield Candidate(m.start("name"), m.end("name"), "organisation", names, "phrase:organisation_aka", True)
    for m in _CALLED_EN.finditer(sentence):
        parent = m.group("parent")
        if parent and not (is_authority(parent) or place_code(parent) or _NOT_A_NAME.match(parent)):
            yield Candidate(m.start("parent"), m.end("parent"), "organisation", (parent,), "phrase:organisation_parent", True)
    if "known as" in sentence or "called" in sentence or "named" in sentence:
        for m in _FORMERLY_EN.finditer(sentence):
            name = m.group("name").rstrip(".")
            if _ESTABLISHMENT_EN.search(sentence, 0, m.start()) and not (
                    is_authority(name) or place_code(name) or _NOT_A_NAME.match(name)):
                yield Candidate(m.start("name"), m.start("name") + len(name), "organisation", (name,),
                                "phrase:organisation_formerly", True)
    for rx in (_CALLED_EN, _OWNER_EN):
        for m in rx.finditer(sentence):
            name = m.group("name").rstrip(".")
            if is_authority(name) or place_code(name) or (
                    rx is _OWNER_EN and not (_INITIALISM.search(name) or _ORG_HEADS.search(name))):
                continue
            yield Candidate(m.start("name"), m.start("name") + len(name), "organisation", (name,),
                            "phrase:organisation_called", True)


def _organisation_readings(sentence: str) -> Iterator[Candidate]:
    yield from _buyers(sentence)
    yield from _named_firms(sentence)
    for m in _APPOSITIVE.finditer(sentence):
        name, start = m.group("name"), m.start("name")
        lead = _LEADING.match(name)
        while lead:
            start, name = start + lead.end(), name[lead.end():]
            lead = _LEADING.match(name)
        # (one word is enough where the apposition says what it is: "Mansudae, a North Korean state-sponsored art
        # studio"; not a place: "Dandong, a Chinese border city" names no firm)
        one = len(name.split()) == 1 and (place_code(name) or _NOT_A_NAME.match(name) or (name.isupper() and len(name) <= 3))
        if name and not one and not is_authority(name) and not place_code(name):
            yield Candidate(start, start + len(name), "organisation", (name,), "phrase:organisation_apposed", True)
    for m in _ORG.finditer(sentence):
        pos = m.start()
        for part in _LEGAL_END.finditer(m.group()):
            # (the separator's own words only: rstrip(", &and") also ate the last letters of "Corporation and")
            sep = re.sub(r"(?:[,\s&]|\band\b|\bthe\b)+$", "", part.group())
            yield from _organisation(sentence, pos, m.start() + part.start() + len(sep))
            pos = m.start() + part.end()
        yield from _organisation(sentence, pos, m.end())
    yield from _city_firms(sentence)  # after the longer names the patterns above read


_SEAT = re.compile(r"\b(?:Ltd|Inc|LLC|Corp|Limited|Company|Corporation|Co)\.?(?P<of>\s+of\s+)(?P<place>[A-Z][\w .,’'-]*)$")


def _organisation(sentence: str, start: int, end: int) -> Iterator[Candidate]:
    text = sentence[start:end].rstrip(", ")
    if text.endswith(" and"):
        text = text[:-4]
    if text.endswith(".") and not _KEEP_DOT.search(text):
        text = text[:-1]
    # a possessive belongs to the noun after it: "the Munitions Industry Department of North Korea's ruling party"
    # ("Dandong Huayang Textiles and Garments Co., Ltd’s protest": the name is the owner, without its 's)
    owner = re.search(r"\s+(?:of|for|under)\s+(?:the\s+)?[^\s]+(?:\s+[^\s]+)?['’]s$", text)
    if owner and is_authority(text):
        return
    if owner:
        text = text[:owner.start()]
    elif re.search(r"['’]s$", text):
        text = text[:-2]
    else:
        # a possessive inside the run: the owner is the name, what it owns is not ("Taepyung Salt Farm’s Sea Salt
        # Products", a WRO's title)
        inner = re.search(r"['’]s\s", text)
        # (only an owner with a head of its own: "DPRK's Korea Songkwang Trading General Corp." is the firm itself)
        if inner and not re.search(r"\s(?:of|for|under)\s", text[:inner.start()]) and _ORG_HEADS.search(text[:inner.start()]):
            text = text[:inner.start()]
    # "Yuanye Wood Company, Limited of Wenzhou, China", "Apex Choice Limited of Hong Kong": where the firm sits is
    # no part of its name (after a legal form only: "Bank of China" keeps its "of")
    seat = _SEAT.search(text)
    if seat:
        where = [w.strip() for w in seat.group("place").split(",")]
        if where and place_code(where[-1]) and len(where) <= 3:  # (a city may stand before its country: Wenzhou, China)
            text = text[:seat.start("of")]
    lead = _LEADING.match(text)
    offset = start
    while lead:
        offset += lead.end()
        text = text[lead.end():]
        lead = _LEADING.match(text)
    if not _ORG_HEADS.search(text) or len(text.split()) < 2 or is_authority(text) or _NOT_BODY_END.search(text):
        return
    if _FORM_HEAD.search(text) is None and title_case(sentence):
        return  # a headline's run of capitals is no name by its form: "North Koreans Open Factory in China"
    # "... Ministry of Armed Forces, External Construction Bureau and Ministry of Trade and Ministry of Forestry": bodies
    # joined by "and" or a comma, each with a head of a body of its own, are as many organisations (issue 15: "two firms
    # joined by 'and' are two organisations")
    joined = _joined_bodies(text)
    if joined:
        for at, part in joined:
            if not is_authority(part):
                yield Candidate(offset + at, offset + at + len(part), "organisation", tuple(variants(part)),
                                "phrase:organisation_joined", True)
        return
    # "the Bureau of Corrections under the Ministry of Social Security": a body under another, each with a head of
    # its own, is two organisations (as 39호실 산하 묘향 is in Korean)
    under = re.search(r"\s+under\s+(?:the\s+)?", text)
    if under:
        lower, upper = text[:under.start()], text[under.end():]
        if all(_ORG_HEADS.search(p) and len(p.split()) >= 2 for p in (lower, upper)):
            yield Candidate(offset, offset + len(lower), "organisation", tuple(variants(lower)), "phrase:organisation", True)
            if not is_authority(upper):
                at = offset + under.end()
                yield Candidate(at, at + len(upper), "organisation", tuple(variants(upper)), "phrase:organisation", True)
            return
    if place_code(text):
        return  # a country's long name ("the Russian Federation") is a place, whatever its last word
    yield Candidate(offset, offset + len(text), "organisation", tuple(variants(text)), "phrase:organisation",
                    True)


# A headline in title case ("North Koreans Open Factory in China", "North Korean Prison Labor Fuels China's Wig
# Industry") capitalises every word, so a run of capitals there is a name only when a legal form or a state body's head
# ends or holds it (round 24: set 21's dev headlines and set 17's "Fish and Seafood Processed" read as bodies)
_FORM_HEAD = re.compile(r"\b(?:Ministry|Bureau|Department|Committee|Commission|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|"
                        r"LLC|Inc\.?|JSC|GmbH|PLC|Pte\.?|SA|AG|NV|BV|SpA|Limited|Group|Bank|Agency|Office|Association|"
                        r"Federation|Administration|Directorate)(?=\s|$|[,.])")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
                          "with", "as", "vs", "into", "over", "than", "via"})


def title_case(sentence: str) -> bool:
    """Is the sentence written as a headline in title case: at least four words beside the minor ones (of, in, the),
    every one of them capitalised?"""
    words = [w for w in _TITLE_WORD.findall(sentence) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


# Heads that name a body (a ministry, bureau, firm by its legal form), not a trade: "Dandong Huayang Textiles and
# Garments Co., Ltd" is one firm, "Ministry of Trade and Ministry of Forestry" two bodies
_BODY_HEAD = re.compile(r"\b(?:Ministry|Bureau|Department|Committee|Commission|Corporation|Company|Co\.?|Ltd\.?|Inc\.?|"
                        r"LLC|Group|Association|Federation|Agency|Office|Administration|Directorate|Bank|Enterprise|"
                        r"Factory)(?=\s|$|[,.])")
_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _joined_bodies(text: str) -> list[tuple[int, str]] | None:
    """The bodies of a run joined by "and" or commas, with their offsets in it, when each after the first has a body's
    head of its own and the first has one too or no head at all ("Nackwon Guidance and Daesung Bureau of the Office
    39"); None when the run is one name (a "Textiles and Garments Co." joins trades of one firm; "of"/"under" and a
    one-word part keep it whole)."""
    if " under " in text or not _JOIN.search(text):
        return None
    parts, pos = [], 0
    for m in _JOIN.finditer(text):
        parts.append((pos, text[pos:m.start()]))
        pos = m.end()
    parts.append((pos, text[pos:]))
    if any(len(p.split()) < 2 or not p[:1].isupper() for _, p in parts):
        return None
    if not all(_BODY_HEAD.search(p) for _, p in parts[1:]):
        return None
    first = parts[0][1]
    if not _BODY_HEAD.search(first) and _ORG_HEADS.search(first):
        return None
    return parts


def variants(name: str) -> list[str]:
    """The phrase, its "Y X" form for "X under/of the Y", and the pre-2020 ministry name."""
    out = [name]
    m = re.match(r"(?P<x>.+?)\s+(?:under|of|at|within)\s+(?:the\s+)?(?P<y>(?:Ministry|Department|Committee)\b.+)$",
                 name)
    if m:
        x = re.sub(r"^(?:Bureau|Department) of Corrections$", "Correctional Bureau", m.group("x"))
        out.append(f"{m.group('y')} {x}")
    for old, new in _RENAMED:
        out.extend([v.replace(old, new) for v in list(out) if old in v])
    return list(dict.fromkeys(out))
