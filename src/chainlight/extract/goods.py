"""Goods named in a report, read through the classifier to an HS code and a risk category.

The term table finds the words (a report says "knitted goods", 뜨개 or 假睫毛, not an HS heading); the
classifier then gives the heading and category, so a claim's goods mean the same as a listing's.  Where
the classifier is unsure of a bare word, the table's category stands and the HS code is left empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from chainlight.extract import korean
from chainlight.model.product import Classification

# (pattern, category, confidence).  Categories follow classify.types.RISK_CATEGORIES plus the evidence
# base's wider goods (apparel).  Crochet is knitwear: HS chapter 61 is "knitted or crocheted" apparel.
_TERMS: list[tuple[str, str, float]] = [
    # Eyelashes glued on dolls are doll parts: the good is the toy.
    (r"\b(?:eye)?lash(?:es)?\s+(?:on|onto|for|to)\s+(?:the\s+)?dolls?\b", "toys", 0.85),
    (r"\b(?:false|fake|artificial|synthetic|mink|strip)\s+(?:eye)?lash(?:es)?\b|\beyelash(?:es)?(?:\s+extensions?)?\b",
     "false_eyelashes", 0.9),
    (r"\blash(?:es)?\b", "false_eyelashes", 0.75),
    (r"(?:인조|가짜)?\s*속눈썹|인조\s*눈썹|假睫毛|睫毛", "false_eyelashes", 0.9),
    (r"\b(?:human[- ]hair\s+|synthetic\s+|lace[- ]front\s+)?wigs?\b", "wigs", 0.9),
    (r"가발|假发|假髮|发套|髮套", "wigs", 0.9),
    # (not "hair products": a generic word for the whole hair trade gets no category, sets 9 and 10's convention)
    (r"\b(?:hair\s*pieces?|hair\s+extensions?|toupees?|(?:costume|false|fake|artificial|synthetic)\s+(?:beards?|facial\s+hair|"
     r"moustaches?|mustaches?))\b|"
     # beards in a list of wigs and lashes are false ones: "wigs, beards and eyelashes"
     r"(?<=,\s)beards?\b(?=\s*(?:,|and)\s)|\bbeards?(?=\s*(?:,|and)\s*(?:false\s+|fake\s+)?(?:eye)?lash|\s*(?:,|and)\s*wigs)",
     "hair_pieces", 0.85),
    # false beards (HS 6704 with wigs and lashes): 인조 수염, and 수염 or 턱수염 in a list of such goods
    # (胡须 alone in a list of lashes and wigs is a false one too: 假睫毛、胡须和假发)
    (r"(?<=[、,，])胡(?:须|子)|胡(?:须|子)(?=[、,，和与及])|붙임머리|假胡子|假胡须|假须|인조\s*수염|(?<=[,、·와과]\s)(?:턱)?수염|(?<=[,、·와과])(?:턱)?수염|(?:턱)?수염(?=\s*(?:,|、|·|과|와|등)\s*[가-힣\s]{0,8}?(?:속눈썹|눈썹|가발))",
     "hair_pieces", 0.8),
    (r"\b(?:human\s+hair|raw\s+hair|hair\s+bundles?)\b", "human_hair", 0.8),
    # (人发 that ends another word is no hair: 工人發生, "the workers ... broke out", 女人, 主人)
    (r"머리카락|(?<![가-힣])인모(?!드|델)|(?<![工女军商主客艺病情])人发(?![生现出布表动起])|头发", "human_hair", 0.7),
    (r"\b(?:knitwear|knit(?:ted)?\s+(?:goods|garments|clothing|clothes|products|items|wear|sweaters|gloves|hats)|"
     r"sweaters?|cardigans?|jumpers|crochet(?:ed)?(?:\s+(?:goods|products|items))?)\b", "knitwear", 0.9),
    (r"뜨개(?:질)?(?:\s*제품|\s*옷|\s*물)?|편직물|편물|니트(?:\s*제품)?|스웨터|코바늘|针织(?:品|衫)?|毛衣", "knitwear", 0.9),
    # (not the clothes a person wears: "his clothes caught fire"; a firm's "their garments" are goods)
    (r"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)"
     r"\b(?:garments?|clothing|clothes|apparel|babywear|underwear|uniforms)\b|"
     # garments by kind, as the Korean and Chinese lines below read them (HS chapters 61-62): "sportswear and down jackets"
     r"\b(?:sportswear|activewear|outerwear|workwear|(?:down|padded|winter)\s+jackets?|t-shirts|trousers|jeans)\b|"
     # the work of a sewing shop names its product (not the machines it uses)
     r"\bsewing\b(?!\s+(?:machines?|needles?|thread|kits?))", "apparel", 0.6),
    # (sewing as a trade or a workshop names its product, as "sewing" does in English: 缝纫厂, 从事缝纫; not the machine)
    (r"의류|피복|봉제품|봉제\s*(?:공장|업체)|옷감(?!\s*공장)|(?<![가-힣])옷(?=\s|[,을이은과와도]|$)|服装|制衣|成衣|服饰|衣服|缝纫(?!机)|"
     # garments by kind, as HS chapters 61-62 head them (suits, work clothes, shirts, trousers, jackets, underwear,
     # sportswear): 작업복, 신사복, 와이셔츠 (바지선 is a barge); not the clothes someone wears (身着工作服的男人们,
     # 작업복을 입은 노동자)
     r"(?<!穿)(?<!身着)(?<!穿着)(?:작업복|신사복|양복|정장|와이셔츠|셔츠|블라우스|(?<![가-힣])바지(?!선)|재킷|자켓|점퍼|속옷|내의|잠옷|"
     r"운동복|근무복|工作服|西装|衬衫|裤子|夹克|内衣|运动服)(?!\s*(?:을|를)?\s*(?:입|걸치|차려)|的(?:男|女|人|工人))",
     "apparel", 0.6),
    # (embroidery is a textile good, HS 58.10: 수예, 자수 작품, 刺绣; not 자수 alone, also "surrender")
    (r"\btextiles?\b|\bfabrics?\b|\byarn\b|\bembroider(?:y|ies)\b|섬유|직물|원단|수예(?:품)?|자수\s*(?:작품|제품|품|공예)|"
     r"纺织品?|刺绣", "textiles", 0.6),
    (r"\bartificial\s+flowers?\b|인조\s*꽃|假花|조화(?=\s*(?:포함|\)|등|,|와|과))", "artificial_flowers", 0.85),
    # Goods beyond hair (issue 15): what reports of overseas labour and sanctioned trade name.
    # (fish as goods: dried, packaged or processed; "the fish" when the sentence processes, packs or sells it)
    (r"\bseafood\b|\bsea\s+food\b|\bfish(?:ery)?\s+products?\b|\b(?:frozen|dried|packaged|processed|salted|smoked|canned)\s+fish\b|"
     r"\bthe\s+fish\b(?=[^.;]{0,60}?\b(?:processed|packaged|packed|sold|exported|imported|shipped)\b)|"
     r"\b(?:salmon|squid|cod|pollock|crabs?|shellfish|clams?|shrimps?|octopus|scallops?)\b|"
     # fishing rights sold to foreign fleets are the catch sold (set 11's convention, as 조업 and 捕捞 are read)
     r"\bfishing\s+(?:rights|licen[cs]es|permits|quotas)\b|어업권|조업권|捕鱼权|渔权|捕捞权|"
     r"수산물|해산물|수산\s*가공품|수산\s*(?:공장|업체|가공)|오징어|명태|해삼|꽃게|털게|대게|조개|가리비|새우|海产品|水产品|水产(?:业|加工|企业|公司)|海鲜|鱿鱼|墨鱼|金枪鱼|螃蟹|蟹|虾|渔获|渔船|渔业|鱼类|鱼片|冷冻鱼", "seafood", 0.8),
    (r"\bdolls?\b|\btoys?\b|\bstuffed\s+animals?\b|인형|완구|장난감|玩具|娃娃", "toys", 0.8),
    (r"\b(?:small\s+|consumer\s+)?electronics\b|\belectronic\s+(?:components?|goods|products|devices|parts)\b|"
     r"전자\s*제품|전자\s*부품|电子产品|电子(?:零件|元件|部件|配件)", "electronics", 0.8),
    # (anthracite alone is coal too, and 무염탄 is how one copy misspells 무연탄: set 8's convention)
    (r"\b(?:anthracite\s+)?coal(?:\s+mining)?\b|\banthracite\b|석탄|무연탄|무염탄|煤炭|煤(?![气油])", "coal", 0.8),
    (r"\b(?:gold|iron|copper|zinc|lead|tungsten|molybdenum|magnesite|rare[- ]earth)\s+(?:mining|production|ore|mines?)\b|"
     # iron (zinc, lead, magnesite …) named in a list of goods is the ore or the metal: "mine coal, lead, zinc, magnesite": "exported coal, iron and other commodities" (not "an
     # iron fist", "the Iron Curtain": no list)
     r"(?<=,\s)(?:iron|zinc|lead|copper|magnesite|tungsten|molybdenum)\b(?!\s+(?:fist|curtain|grip|rule|will))(?=\s*(?:,|and\b|or\b))|\biron\b(?=\s+and\s+(?:other\s+)?"
     r"(?:coal|steel|copper|zinc|lead|gold|commodities|minerals|metals|ores?|textiles|seafood)\b)|"
     r"\bminerals?(?:\s*,\s*precious\s+metals)?\b|\bprecious\s+metals\b|\bmining\b|"
     # metals named in a list of goods with coal or ore: "buying coal and metals from North Korea"
     r"(?<=\band\s)metals\b|\bmetals\b(?=\s*(?:,|and\s+(?:coal|ores?|minerals)\b))|"
     # a mine named as a workplace: 矿坑, 矿井, 광산
     r"矿坑|矿井|矿山|矿场|광산(?!물)|"
     # (sand dredged from rivers and the sea is sold as a mineral: 모래, 河砂, 海砂)
     r"철광석|광물|금광|광산물|희토류|귀금속|矿产|矿物|矿石|铁矿|采矿|矿业|稀土|\bsand\b|(?:강|바닷|바다)?모래(?!시계|바람|사장|밭)|"
     r"河砂|河沙|海砂|海沙|砂石|"
     # (what dredging brings up is sold as sand: 하천 준설토, "dredged soil", 疏浚土)
     r"준설토|준설\s*모래|\bdredg(?:ed|ing)\s+(?:soil|silt|material|spoil)\b|疏浚(?:土|砂|沙)|浚渫土", "minerals", 0.7),
    # (벌채 and 采伐 are felling as 벌목 and 伐木 are; 벌채 is also how Korean reports name the Siberian logging sites)
    # (forestry is the logging sector, named as a sector: 林业, 임업)
    # (the workers of a sector named by their trade name its product, as the sector does: loggers and sawmills cut timber,
    # fishermen catch seafood; "the wood" where the sentence sells or ships it)
    (r"\blogging\b|\bforestry\b|(?<![가-힣])임업(?!인|자)|林业|\btimber\b|\blumber\b|\bwood\s+(?:flooring|products)\b|\btree[- ]felling\b|벌목|벌채|목재|원목|木材|伐木|采伐|"
     r"\bloggers?\b|\blumberjacks?\b|\bsawmills?\b|제재소|锯木厂|"
     r"\b(?:sells|sold|exports|exported|ships|shipped)\s+(?:the\s+)?wood\b|"
     r"木制品|木地板|原木", "timber", 0.75),
    # (not miners: a coal miner digs coal, and the sentence names the mine's kind where it matters)
    (r"\bfishermen\b|(?<![가-힣])(?:어부|어민)(?=[을를이가은는와과의도들]|[^가-힣]|$)|渔民|渔工", "seafood", 0.6),
    (r"\bfarming\b|\bagricultur(?:e|al)(?:\s+products?)?\b|\b(?:tending|cultivating|growing|harvesting|planting)\s+(?:\w+\s+)?crops\b|"
     # a farm is the farming sector's workplace, as a mine is mining's ("a tomato farm", 농장); not a "laptop farm"
     # (IT workers' rigs), a fish farm (seafood) or a salt farm (salt).  (Not 农场: on the seen sets it named laptop
     # farms, 筆電農場 and 這間農場, more often than farms: +1 right, +3 wrong)
     r"(?<!laptop )(?<!fish )(?<!salt )\bfarms?\b|(?<![가-힣])농장|"
     # a greenhouse is a farm under glass ("a complex of greenhouses growing tomatoes")
     r"\bgreenhouses?\b(?!\s+gas)|농업|농산물|채소|야채|农产品|农业", "agricultural", 0.6),
    (r"\bbrick[- ]?making\b|\bbricks?\b|벽돌", "bricks", 0.75),
    (r"\bcement(?:\s+manufacturing)?\b|시멘트", "cement", 0.75),
    (r"\bwatches\b|\bclocks\b|\bwristwatch(?:es)?\b|시계(?!열)|钟表|手表", "watches", 0.7),
    (r"\bfootwear\b|\bshoes\b|신발|鞋", "footwear", 0.7),
]
# HS heading or chapter for categories the classifier has no words for; a code the report gives wins.
_HS: dict[str, tuple[str, str]] = {
    "seafood": ("03", "Fish and crustaceans, molluscs and other aquatic invertebrates"),
    "toys": ("9503", "Toys, including dolls"),
    "apparel": ("61-62", "Articles of apparel and clothing accessories"),
    "textiles": ("50-60", "Textile fibres, yarns and fabrics"),
    "electronics": ("85", "Electrical machinery and equipment"),
    "coal": ("2701", "Coal; briquettes and similar solid fuels manufactured from coal"),
    "minerals": ("26", "Ores, slag and ash"),
    "timber": ("44", "Wood and articles of wood"),
    "bricks": ("6904", "Ceramic building bricks"),
    "cement": ("2523", "Portland cement and other hydraulic cements"),
    "watches": ("91", "Clocks and watches and parts thereof"),
    "footwear": ("64", "Footwear"),
}
_EXCLUDED_AFTER = re.compile(r"^\s*(?:을|를)?\s*(?:제외|뺀|빼고)")
_EXCLUDED_BEFORE = re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|not\s+including)\s+$", re.IGNORECASE)
# Goods supplied TO North Korea are no goods of its chain: "a Chinese company supplying the DPRK government with
# electronics equipment" (as petroleum imported into it is not)
_SUPPLIED_TO_NK = re.compile(r"\b(?:supply|supplying|supplied|supplies|provid(?:e|es|ed|ing))\s+(?:the\s+)?(?:DPRK|North\s+Korea)"
                             r"(?:['’]s)?(?:\s+(?:government|regime|military|army|[A-Z][\w-]*))*\s+with\s+(?:[\w-]+\s+){0,3}$")
_DECLARED_HS = re.compile(r"^[^.。]{0,30}?\bHS\s*(?:코드|code|heading)?\s*(\d{2,6})\b", re.IGNORECASE)
# Words (lower case) each term's pattern cannot match without, in _TERMS' order: a sentence that holds none of
# them is not searched with the pattern (most sentences of a long report name no goods).
_NEEDS: list[tuple[str, ...]] = [
    ("lash",), ("lash",), ("lash",), ("속눈썹", "睫毛", "눈썹"), ("wig",), ("가발", "假发", "假髮", "发套", "髮套"),
    ("hair", "toupee", "beard"), ("붙임머리", "胡须", "胡子", "假须", "수염"), ("hair",), ("머리카락", "인모", "人发", "头发"),
    ("knit", "sweater", "cardigan", "jumper", "crochet"),
    ("뜨개", "편직물", "편물", "니트", "스웨터", "코바늘", "针织", "毛衣"),
    ("garment", "cloth", "apparel", "babywear", "underwear", "uniform", "sewing", "wear", "jacket", "t-shirt", "trousers", "jeans"), ("의류", "피복", "봉제", "옷", "服装", "制衣", "成衣", "服饰", "衣服",
     "작업복", "신사복", "양복", "정장", "셔츠", "블라우스", "바지", "재킷", "자켓", "점퍼", "속옷", "내의", "잠옷", "운동복", "근무복",
     "工作服", "西装", "衬衫", "裤子", "夹克", "内衣", "运动服", "缝纫"),
    ("textile", "fabric", "yarn", "embroider", "섬유", "직물", "원단", "수예", "자수", "纺织", "刺绣"), ("flower", "인조", "假花", "조화"),
    ("sea", "fish", "salmon", "squid", "cod", "pollock", "crab", "clam", "shrimp", "octopus", "scallop", "수산",
     "해산물", "오징어", "명태", "해삼", "꽃게", "털게", "대게", "조개", "가리비", "새우", "海产品", "水产品", "水产", "海鲜", "鱿鱼", "墨鱼",
     "金枪鱼", "蟹", "虾", "渔", "鱼", "어업권", "조업권", "捕捞权"),
    ("doll", "toy", "stuffed", "인형", "완구", "장난감", "玩具", "娃娃"), ("electronic", "전자", "电子"),
    ("coal", "anthracite", "석탄", "무연탄", "무염탄", "煤"),
    ("mining", "production", "iron", "zinc", "lead", "copper", "magnesite", "tungsten", "molybdenum", "ore", "mine", "precious", "철광석", "광물", "금광", "광산물", "희토류", "귀금속",
     "矿", "稀土", "sand", "모래", "砂", "沙", "준설", "dredg", "疏浚", "浚渫"),
    ("logg", "forestry", "임업", "林业", "timber", "lumber", "wood", "felling", "sawmill", "벌목", "벌채", "목재", "원목", "제재소", "木",
     "伐木", "采伐"),
    ("fishermen", "어부", "어민", "渔民", "渔工"),
    ("farming", "agricultur", "crops", "greenhouse", "농업", "농산물", "채소", "야채", "农产品", "农业", "farm", "농장"),
    ("brick", "벽돌"), ("cement", "시멘트"), ("watches", "clocks", "wristwatch", "시계", "钟表", "手表"),
    ("footwear", "shoes", "신발", "鞋"),
]
# Each term's words as one case-sensitive pattern over the lower-cased sentence: found where one is in it.
_TERM_RES = [(re.compile(p, re.IGNORECASE), cat, conf, re.compile("|".join(map(re.escape, needs))))
             for (p, cat, conf), needs in zip(_TERMS, _NEEDS, strict=True)]


class Classifies(Protocol):
    def classify(self, id: str, text: str, declared_hs: str | None = None) -> Classification: ...


@dataclass(frozen=True)
class GoodsHit:
    start: int
    end: int
    value: dict[str, Any]
    rule: str
    confidence: float


@cache
def default_classifier() -> Classifies | None:
    try:
        from chainlight.classify import Classifier
    except ImportError:  # the classifier ships with chainlight; tolerate a partial install of the package
        return None
    return Classifier()


_NICKNAME = re.compile(r"(?:之都|之乡|의\s*(?:수도|메카)|\s+capital\s+of\s+the\s+world)")


def find_goods(text: str, classifier: Classifies | None = None) -> list[GoodsHit]:
    chosen: list[GoodsHit] = []
    low = text.lower()
    for rx, category, conf, needs in _TERM_RES:
        if not needs.search(low):
            continue
        for m in rx.finditer(text):
            start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
            if any(start < c.end and c.start < end for c in chosen):
                continue
            if _SUPPLIED_TO_NK.search(text[max(0, start - 90):start]):
                continue
            if _EXCLUDED_AFTER.match(text[end:end + 12]) or _EXCLUDED_BEFORE.search(text[max(0, start - 20):start]):
                continue  # "편물을 제외한 의류", "garments other than knitwear": the good named is left out
            if start and re.match(r"[가-힣]", text[start - 1]) and re.match(r"[가-힣]", text[start]) \
                    and korean.splits_word(text, start, end):
                continue  # 시내의 ("of downtown") holds 내의 ("underwear"): a term must start a morpheme Kiwi reads
            if _NICKNAME.match(text, end):
                continue  # 被称为"世界假睫毛之都"的平度, "the eyelash capital of the world": a town's nickname, not a good
            value = _value(text[start:end], category, classifier)
            declared = _DECLARED_HS.match(text[end:end + 60])
            if declared:
                value.update(hs=declared.group(1), hs_source="report")
            elif not value.get("hs6") and category in _HS:
                value.update(hs=_HS[category][0], hs_description=_HS[category][1], hs_source="table")
            chosen.append(GoodsHit(start, end, value, "goods:term", conf))
    return sorted(chosen, key=lambda h: h.start)


# What to ask the classifier when it does not know the report's own word ("knitted goods", 뜨개).
_CANONICAL = {"false_eyelashes": "false eyelashes", "wigs": "wigs", "hair_pieces": "hairpieces",
              "human_hair": "human hair", "knitwear": "knitted sweaters", "apparel": "garments",
              "artificial_flowers": "artificial flowers", "toys": "dolls"}


# Categories whose words the classifier reads as something else ("gold" is not a gold-plated watch).
_NOT_CLASSIFIED = frozenset({"seafood", "coal", "minerals", "timber", "agricultural", "bricks", "cement", "textiles"})


# Words that name a trade, not its product ("sewing", 缝纫): the classifier reads the tools of the trade in them
# (sewing machines, tailors' shears), so it is asked about the product the trade makes.
_TRADE_WORDS = re.compile(r"(?i:sewing)|缝纫|縫紉")


def _value(term: str, category: str, classifier: Classifies | None) -> dict[str, Any]:
    value: dict[str, Any] = {"category": category, "term": term, "hs6": None, "hs_description": None}
    if classifier is None:
        return value
    trade = _TRADE_WORDS.fullmatch(term) and category in _CANONICAL
    c = classifier.classify("mention", _CANONICAL[category] if trade else term)
    if c.hs6 is None and category in _CANONICAL:
        c = classifier.classify("mention", _CANONICAL[category])
    if c.risk_category == category or (category == "apparel" and c.risk_category == "knitwear"):
        value.update(category=c.risk_category, hs6=c.hs6, hs_description=c.hs_description,
                     classifier_confidence=round(c.confidence, 3))
    elif c.risk_category in ("unknown", "other") and c.hs6 and category not in _NOT_CLASSIFIED:
        value.update(hs6=c.hs6, hs_description=c.hs_description, classifier_confidence=round(c.confidence, 3))
    return value
