"""Legal forms and organisational words in Latin, Korean and Chinese, with the English word each one means.

These tables are data, not code: a Korean or Chinese company name meets its English listing because 무역 and
贸易 both become "trading", 조선 (in North Korean names) becomes "korea" and 总公司/총회사 "general corporation".
Every term has a class, and the class sets how much the word counts when names are compared: a shared legal
form says almost nothing, a shared industry word a little, the distinctive part ("Ryonbong") the most.
Sources for the meanings: the UN 1718 Committee list and OFAC SDN list (which give English and Korean forms of
the same bodies), and ordinary dictionary senses.
"""

from __future__ import annotations

from dataclasses import dataclass

# How much a word of each class counts in token overlap, relative to a distinctive name part (1.0).
CLASS_WEIGHT = {
    "legal": 0.05,  # co, ltd, 有限公司, 주식회사
    "place": 0.05,  # city, town, 市, 镇: Chinese addresses fold them into names
    "generic": 0.2,  # korea, general, international, group: shared by hundreds of listed names
    "industry": 0.45,  # trading, bank, mining, shipping: tells a bank from a trading house
    "name": 1.0,
}


@dataclass(frozen=True)
class Term:
    english: str  # canonical English words, space-separated
    cls: str
    country: str | None = None  # what the word says about the country, e.g. 조선 -> kp, 한국 -> kr


def _t(english: str, cls: str, country: str | None = None) -> Term:
    return Term(english, cls, country)


# Pinyin and Korean (MR / RR) spellings of organisational words, as Chinese and Korean company names are
# often written out: Qingdao Yufa Kuangye Jituan Youxian Gongsi = Qingdao Yufa Mining Group Co., Ltd.  Only
# whole words that are not also common given names (Jianshe, Maoyi, Susan are left out), and never read into
# a one-letter misspelling: a syllable string one letter off is another name (Jiangzhu is not Jianzhu).
ROMANIZED: dict[str, Term] = {
    "jituan": _t("group", "generic"), "kurup": _t("group", "generic"), "geurup": _t("group", "generic"),
    "gufen": _t("company limited", "legal"), "zeren": _t("limited", "legal"),
    "sangsa": _t("trading company", "industry"),
    "fangzhi": _t("garments", "industry"), "somyu": _t("garments", "industry"),
    "seomyu": _t("garments", "industry"), "kuangye": _t("mining", "industry"),
    "wuliu": _t("logistics", "industry"), "touzi": _t("investment", "industry"),
    "tuja": _t("investment", "industry"), "dianzi": _t("electronics", "industry"),
    "chonja": _t("electronics", "industry"), "jeonja": _t("electronics", "industry"),
    "huagong": _t("chemical", "industry"), "hwahak": _t("chemical", "industry"),
    "jixie": _t("machinery", "industry"), "kigye": _t("machinery", "industry"),
    "gigye": _t("machinery", "industry"), "cailiao": _t("materials", "industry"),
    "dianchi": _t("battery", "industry"), "guiye": _t("silicon", "industry"), "gangtie": _t("steel", "industry"),
    "shipin": _t("food", "industry"), "nongye": _t("agriculture", "industry"),
    **{k: _t("import export", "industry") for k in ("suchulip", "suchurip", "jinchukou")},
    "hapyonghoesa": _t("joint venture company", "generic"), "ryonhaphoesa": _t("united company", "generic"),
    "ryeonhaphoesa": _t("united company", "generic"), "yeonhaphoesa": _t("united company", "generic"),
}

LATIN: dict[str, Term] = {
    # legal forms
    **{k: _t("company", "legal") for k in ("co", "company", "cie", "companies")},
    **{k: _t("limited", "legal") for k in ("ltd", "limited", "ltda")},
    **{k: _t("corporation", "legal") for k in ("corp", "corporation", "corporations")},
    **{k: _t("incorporated", "legal") for k in ("inc", "incorporated")},
    **{k: _t("llc", "legal") for k in ("llc", "l l c", "plc", "gmbh", "jsc", "ojsc", "pjsc", "ooo", "sa",
                                       "srl", "bv", "ag", "pte", "pvt", "sdn bhd", "sdnbhd", "fze", "fzco", "fzc",
                                       "limited liability company", "joint stock company", "joint stock",
                                       "llp", "aktiengesellschaft", "gesellschaft mit beschrankter haftung",
                                       "open joint stock company", "oao", "zao", "pao", "ao",
                                       # as OFAC writes Russian forms out (PUBLIC JOINT STOCK COMPANY POLYUS)
                                       "public joint stock company", "closed joint stock company",
                                       "limited liability partnership")},
    # Singapore's and India's "Pte. Ltd." written out
    **{k: _t("llc limited", "legal") for k in ("private limited", "pvt ltd", "pvt limited")},
    "enterprise": _t("enterprise", "legal"), "enterprises": _t("enterprise", "legal"),
    "firm": _t("company", "legal"),
    **{k: _t("llc", "legal") for k in ("sp z oo", "sp z o o", "sarl", "sas", "ab", "as", "a s", "nv", "kg",
                                       "spa", "oy", "lp", "l p", "public limited company", "ano",
                                       # Bulgarian (EOOD, OOD, EAD), former Yugoslav (d.o.o.), Czech/Slovak
                                       # (s.r.o.) and Hungarian (Kft.) forms, all common on OFAC entries
                                       "eood", "ood", "ead", "doo", "d o o", "sro", "s r o", "kft")},
    # words that frame a name without telling it apart: articles, titles, particles (weigh like legal forms)
    **{k: _t(k, "legal") for k in ("the", "of", "and", "for", "mr", "mrs", "ms", "dr", "sir", "monsieur",
                                    "madame", "president", "prasident", "shaikh", "sheikh", "haji")},
    **{k: _t("al", "legal") for k in ("al", "el")},
    # generic organisational words
    **{k: _t("korea", "generic") for k in ("korea", "korean", "choson", "chosun", "joson", "joseon", "chosen")},
    "dprk": _t("korea", "generic", "kp"),
    "democratic peoples republic of korea": _t("korea", "generic", "kp"),
    "north korea": _t("korea", "generic", "kp"),
    "republic of korea": _t("korea", "generic", "kr"),
    "south korea": _t("korea", "generic", "kr"),
    "hanguk": _t("korea", "generic", "kr"),
    "china": _t("china", "generic"), "chinese": _t("china", "generic"),
    "general": _t("general", "generic"),
    **{k: _t("international", "generic") for k in ("international", "intl", "int l", "internacional")},
    **{k: _t("group", "generic") for k in ("group", "grp")},
    **{k: _t("holdings", "generic") for k in ("holding", "holdings")},
    "branch": _t("branch", "generic"), "joint venture": _t("joint venture", "generic"),
    "jv": _t("joint venture", "generic"),  # the common abbreviation (FIRST OIL JV CO LTD)
    "hoesa": _t("company", "legal"), "hoisa": _t("company", "legal"),
    "chonghoesa": _t("general corporation", "generic"), "chonghoisa": _t("general corporation", "generic"),
    "gongsi": _t("company", "legal"), "youxian": _t("limited", "legal"),
    "youxian gongsi": _t("company limited", "legal"),
    # places
    **{k: _t(k, "place") for k in ("city", "county", "town", "district", "province", "village")},
    # industry and function words
    **{k: _t("trading", "industry") for k in ("trading", "trade", "traders", "trader", "commercial",
                                              "commerce", "muyok", "muyeok")},
    **{k: _t("bank", "industry") for k in ("bank", "banking", "banks", "unhaeng", "eunhaeng")},
    **{k: _t("shipping", "industry") for k in ("shipping", "maritime", "marine", "haeun", "shipping line",
                                               "shipping lines", "navigation",
                                               # SHIP MANAGEMENT (HAEJIN, PYONGJIN, YONGJIN: OMM's managers) is a
                                               # shipping firm's trade, not an own word beside the firm's name
                                               "ship", "ships")},
    **{k: _t("freight", "industry") for k in ("freight", "forwarding", "cargo")},
    "logistics": _t("logistics", "industry"), "transport": _t("transport", "industry"),
    "transportation": _t("transport", "industry"),
    **{k: _t("import export", "industry") for k in ("import and export", "import export", "imp and exp",
                                                    "imp exp", "i and e", "import", "export",
                                                    "imports and exports", "exports and imports",
                                                    "export import", "exports", "imports")},
    **{k: _t("development", "industry") for k in ("development", "developing", "kaebal")},
    **{k: _t("mining", "industry") for k in ("mining", "mines", "mine", "minerals", "kwangop")},
    **{k: _t("technology", "industry") for k in ("technology", "technologies", "tech", "technical")},
    **{k: _t("industrial", "industry") for k in ("industrial", "industry", "industries", "ind")},
    **{k: _t("crafts", "industry") for k in ("crafts", "craft", "handicrafts", "handicraft", "arts and crafts",
                                             "art and craft", "arts", "artware", "craftwork")},
    **{k: _t("wigs", "industry") for k in ("wig", "wigs", "hair products", "hair product", "hairpieces")},
    **{k: _t("garments", "industry") for k in ("garment", "garments", "apparel", "clothing", "knitwear",
                                               "knitting", "textile", "textiles")},
    "products": _t("products", "industry"), "product": _t("products", "industry"),
    "beauty": _t("beauty", "industry"), "cosmetics": _t("beauty", "industry"),
    "investment": _t("investment", "industry"), "investments": _t("investment", "industry"),
    "electronics": _t("electronics", "industry"), "energy": _t("energy", "industry"),
    "petroleum": _t("petroleum", "industry"), "oil": _t("petroleum", "industry"),
    "chemical": _t("chemical", "industry"), "chemicals": _t("chemical", "industry"),
    "machinery": _t("machinery", "industry"),
    # an establishment, not a trade: a factory, plant, works or mill of one firm is the firm (see match_v4)
    **{k: _t("factory", "industry") for k in ("factory", "factories", "plant", "works", "mill", "mills")},
    "engineering": _t("engineering", "industry"), "manufacturing": _t("manufacturing", "industry"),
    "economic": _t("economic", "industry"), "cooperation": _t("cooperation", "industry"),
    "committee": _t("committee", "industry"), "ministry": _t("ministry", "industry"),
    "bureau": _t("bureau", "industry"), "department": _t("department", "industry"),
    "security": _t("security", "industry"), "peoples": _t("peoples", "generic"),
    "people": _t("peoples", "generic"), "social": _t("social", "industry"),
    "state": _t("state", "generic"), "central": _t("central", "generic"),
    **{k: _t("construction", "industry") for k in ("construction", "building")},
    **{k: _t("materials", "industry") for k in ("materials", "material")},
    **{k: _t("battery", "industry") for k in ("battery", "batteries")},
    "silicon": _t("silicon", "industry"),
    # trades seen on trade records and in generated watchlists that were read as names, so that two firms of
    # one name and different trades (Hea Polymers / Hea Chemicals) could not be told apart by their trade
    **{k: _t("metals", "industry") for k in ("metals", "metal", "nonferrous metals")},
    **{k: _t("plastics", "industry") for k in ("polymers", "polymer", "plastics", "plastic")},
    **{k: _t("fabrics", "industry") for k in ("fabrics", "fabric", "textile mill", "weaving")},
    **{k: _t("yarn", "industry") for k in ("yarn", "yarns", "spinning")},
    **{k: _t("components", "industry") for k in ("components", "component", "parts")},
    **{k: _t("commodities", "industry") for k in ("commodities", "commodity")},
    **{k: _t("pharmaceutical", "industry") for k in ("pharma", "pharmaceutical", "pharmaceuticals")},
    **{k: _t("resources", "industry") for k in ("resources", "resource")},
    # a fund, a venture firm and an investment house are told apart by the lists (Lion Kind Ventures is not
    # Lion Kind Investments), so each is its own word
    "capital": _t("capital", "industry"), **{k: _t("ventures", "industry") for k in ("ventures", "venture")},
    **{k: _t("shipping", "industry") for k in ("tankers", "tanker")},
    **{k: _t("solar", "industry") for k in ("solar", "photovoltaic", "photovoltaics", "pv")},
    "cotton": _t("cotton", "industry"),
    **{k: _t("eyelashes", "industry") for k in ("eyelashes", "eyelash", "false eyelashes", "lashes")},
    **{k: _t("steel", "industry") for k in ("steel", "iron and steel")},
    **{k: _t("food", "industry") for k in ("food", "foods", "foodstuffs")},
    **{k: _t("agriculture", "industry") for k in ("agriculture", "agricultural", "agro", "agri")},
    **{k: _t("fisheries", "industry") for k in ("fisheries", "fishery", "fishing")},
    # kinds of body and the functions they name (English words of the lists' organisation names that say what
    # a body is or does, not which one it is: OCEAN MARITIME MANAGEMENT, KOREA COMPUTER CENTER); in ordinary
    # dictionary senses, one word per meaning
    **{k: _t("management", "industry") for k in ("management", "managing")},
    **{k: _t("services", "industry") for k in ("services", "service")},
    "research": _t("research", "industry"), "scientific": _t("science", "industry"),
    **{k: _t("science", "industry") for k in ("science", "sciences")},
    **{k: _t("institute", "industry") for k in ("institute", "institution", "institutes")},
    **{k: _t("centre", "industry") for k in ("centre", "center", "centres", "centers")},
    **{k: _t("organization", "industry") for k in ("organization", "organisation", "organizations")},
    **{k: _t("association", "industry") for k in ("association", "associations")},
    "foundation": _t("foundation", "industry"), "academy": _t("academy", "industry"),
    "agency": _t("agency", "industry"), "office": _t("office", "industry"),
    "administration": _t("administration", "industry"), "university": _t("university", "industry"),
    # one body word: 위원회 / 委員會 is a Committee as often as a Commission (제2경제위원회 SECOND ECONOMIC
    # COMMITTEE, 국가계획위원회 STATE PLANNING COMMISSION), and the dictionaries give both
    "society": _t("society", "industry"), "commission": _t("committee", "industry"),
    "council": _t("council", "industry"),
    **{k: _t("systems", "industry") for k in ("systems", "system")},
    **{k: _t("consulting", "industry") for k in ("consulting", "consultancy", "consultants")},
    **{k: _t("finance", "industry") for k in ("finance", "financial", "financing")},
    "information": _t("information", "industry"), "network": _t("network", "industry"),
    "equipment": _t("equipment", "industry"), "production": _t("production", "industry"),
    "aviation": _t("aviation", "industry"), "economy": _t("economic", "industry"),
    # the army of a state, as 인민군 / 人民军 are read (peoples army): KOREAN PEOPLE'S ARMY is a body of generic
    # words only, which Korean and Chinese documents write as 조선인민군 / 朝鮮人民軍
    **{k: _t("army", "generic") for k in ("army", "armies")},
    "associated": _t("united", "generic"),  # 련합회사 = "Associated Corporation" on the UN and OFAC lists
    **ROMANIZED,
    "kyohwaso": _t("kyohwaso", "industry"), "correctional camp": _t("kyohwaso", "industry"),
    "reeducation camp": _t("kyohwaso", "industry"), "re education camp": _t("kyohwaso", "industry"),
    "kwalliso": _t("kwalliso", "industry"), "kwanliso": _t("kwalliso", "industry"),
    "political prison camp": _t("kwalliso", "industry"), "prison camp": _t("kwalliso", "industry"),
}

HANGUL: dict[str, Term] = {
    "조선": _t("korea", "generic", "kp"),
    # the state's full name, which Korean documents write out (조선민주주의인민공화국 중앙은행, the central bank the
    # lists name CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA), and as romanized (romanized.py:
    # Chosŏn Minjujuŭi Inmin Konghwaguk, Joseon Minjujuui Inmin Gonghwaguk); in characters (朝鮮民主主義人民共和國) it
    # is found through its Korean reading, and is not put in the Chinese table, whose longest word sets how long a
    # run the translator looks up in CC-CEDICT (translation._cut)
    "조선민주주의인민공화국": _t("korea", "generic", "kp"),
    "한국": _t("korea", "generic", "kr"),
    "대한": _t("korea", "generic", "kr"),  # 大韓, as in 대한민국: South Korean firms' names begin with it
    "대한민국": _t("korea", "generic", "kr"),
    "중국": _t("china", "generic", "cn"),
    "총회사": _t("general corporation", "generic"),
    "총공사": _t("general corporation", "generic"),  # 總公司, 总公司 read in Korean
    # 총 + an industry word + 회사: 조선대성총무역회사 = Korea Daesong General Trading Corporation (UN KPe.042)
    "총무역회사": _t("general trading corporation", "industry"),
    "총무역": _t("general trading", "industry"),
    "회사": _t("company", "legal"),
    "종합": _t("general", "generic"),
    "주식회사": _t("company limited", "legal"),
    "유한회사": _t("company limited", "legal"),
    "유한책임회사": _t("llc", "legal"),
    "합영회사": _t("joint venture company", "generic"),
    "합작회사": _t("joint venture company", "generic"),
    "공사": _t("corporation", "legal"),
    "총국": _t("general bureau", "industry"),
    "국": _t("bureau", "industry"),
    "성": _t("ministry", "industry"),
    "부": _t("department", "industry"),
    # 社 closing a firm's name (국제화물사, 창작사, 통신사): a company; one syllable, so read only at a name's end
    "사": _t("company", "legal"),
    # (no 무역회사 entry: 무역 + 회사 is trading, an industry, and company, a legal form, as the lists write
    # TRADING COMPANY; one term gave company the trade's class, two trades against KOMID's mining trading)
    "무역": _t("trading", "industry"),
    "상사": _t("trading company", "industry"),
    "은행": _t("bank", "industry"),
    "국제": _t("international", "generic"),
    "해운": _t("shipping", "industry"),
    "선박": _t("shipping", "industry"),  # 船舶, ships: 선박관리 ship management
    "운수": _t("transport", "industry"),
    "수출입": _t("import export", "industry"),
    "개발": _t("development", "industry"),
    "광업": _t("mining", "industry"),
    "광산": _t("mining", "industry"),
    "기술": _t("technology", "industry"),
    "공업": _t("industrial", "industry"),
    "산업": _t("industrial", "industry"),
    "기업": _t("enterprise", "legal"),
    "그룹": _t("group", "generic"),
    "련합": _t("united", "generic"), "연합": _t("united", "generic"),
    "경제": _t("economic", "industry"),
    "합영": _t("joint venture", "generic"), "합작": _t("joint venture", "generic"),  # 合營, 合作: 진명합작은행
    "교화소": _t("kyohwaso", "industry"),
    "관리소": _t("kwalliso", "industry"),
    "위원회": _t("committee", "industry"),
    "당": _t("party", "generic"),  # 로동당, 노동당: the Workers' Party, parent of many listed bodies
    # the Korean People's Army (조선인민군), parent of listed units (총참모부 정찰총국, 보위국) as the party is
    "인민군": _t("peoples army", "generic"),
    "인민": _t("peoples", "generic"),
    "보안": _t("security", "industry"),
    "안전": _t("security", "industry"),
    "사회": _t("social", "industry"),
    "보위": _t("security", "industry"),
    "국가": _t("state", "generic"),
    "중앙": _t("central", "generic"),
    "공장": _t("factory", "industry"),
    "건설": _t("construction", "industry"),
    "수산": _t("fisheries", "industry"),
    "전자": _t("electronics", "industry"),
    "투자": _t("investment", "industry"),
    "기계": _t("machinery", "industry"),
    "화학": _t("chemical", "industry"),
    "섬유": _t("garments", "industry"),
    "광물": _t("mining", "industry"),  # minerals: 조선광물무역 = Korea Minerals Trading
    "물산": _t("trading", "industry"),  # 별광물산 = Pyolgwang Trading (goods trading house)
    "식품": _t("food", "industry"),
    "철강": _t("steel", "industry"), "강철": _t("steel", "industry"),
    "재료": _t("materials", "industry"),
    "농업": _t("agriculture", "industry"),
    "가발": _t("wigs", "industry"),
    # 속눈섭 (DPRK spelling) / 속눈썹 (ROK): false eyelashes, with wigs the main DPRK hair-product export
    "속눈섭": _t("eyelashes", "industry"), "속눈썹": _t("eyelashes", "industry"),
    "피복": _t("garments", "industry"),  # DPRK usage: 피복공장 = clothing factory
    "의류": _t("garments", "industry"), "봉제": _t("garments", "industry"), "방직": _t("garments", "industry"),
    "실업": _t("industrial", "industry"),  # 實業, as in Chinese 实业
    "식료": _t("food", "industry"),  # DPRK usage: 식료공장 = foodstuffs factory
    "면방직": _t("cotton", "industry"),
    "수공예품": _t("crafts", "industry"),
    "공예품": _t("crafts", "industry"),
}

HANZI: dict[str, Term] = {  # simplified forms; traditional input is converted first
    "股份有限公司": _t("company limited", "legal"),
    "有限责任公司": _t("company limited", "legal"),
    # the same written the other way round (責任有限公司, in Hong Kong, Macau and Taiwan firms' names), and the
    # limited liability partnership (有限责任合伙, or 夥伴 / 伙伴 "partner" in word-for-word renderings of LLP)
    "责任有限公司": _t("company limited", "legal"),
    **{k: _t("llc", "legal") for k in ("有限责任合伙", "有限责任伙伴", "有限合伙")},
    "有限公司": _t("company limited", "legal"),
    "总公司": _t("general corporation", "generic"),
    "总局": _t("general bureau", "industry"),  # 總局 / 総局, as 총국 (the dictionary has it as head office)
    "党": _t("party", "generic"),  # 劳动党 / 勞動黨 / 労働党, as 당
    "人民军": _t("peoples army", "generic"),  # 朝鲜人民军, as 인민군
    "分公司": _t("branch", "generic"),
    "公司": _t("company", "legal"),
    # 會社 is "company" in Korean Hanja (회사) and in Japanese (会社); 総合 / 綜合 "general" (종합, 総合)
    "会社": _t("company", "legal"), "株式会社": _t("company limited", "legal"),
    "综合": _t("general", "generic"), "总合": _t("general", "generic"),
    "集团": _t("group", "generic"),
    # 聯合 / 連合 united and 合營 joint venture, as 련합 and 합영 are: 朝鲜联合机械贸易会社 (KOREA RYONHA MACHINERY
    # JOINT VENTURE CORPORATION's Chinese name) has no own name in 联合, which pinyin made one (lianhe)
    "联合": _t("united", "generic"), "连合": _t("united", "generic"),  # 連合, as Japanese writes 聯合
    "合营": _t("joint venture", "generic"), "合弁": _t("joint venture", "generic"),  # 合弁, Japanese (合弁会社)
    "控股": _t("holdings", "generic"),
    "贸易": _t("trading", "industry"), "商贸": _t("trading", "industry"), "经贸": _t("trading", "industry"),
    "国际": _t("international", "generic"),
    "进出口": _t("import export", "industry"),
    "货运": _t("freight", "industry"), "货代": _t("freight", "industry"),
    "航运": _t("shipping", "industry"), "海运": _t("shipping", "industry"), "船务": _t("shipping", "industry"),
    "船舶": _t("shipping", "industry"),
    "物流": _t("logistics", "industry"), "运输": _t("transport", "industry"),
    "银行": _t("bank", "industry"),
    "科技": _t("technology", "industry"), "技术": _t("technology", "industry"),
    "工艺品": _t("crafts", "industry"), "工艺": _t("crafts", "industry"), "手工艺品": _t("crafts", "industry"),
    "实业": _t("industrial", "industry"), "工业": _t("industrial", "industry"),
    "发展": _t("development", "industry"), "开发": _t("development", "industry"),
    "矿业": _t("mining", "industry"),
    "美容": _t("beauty", "industry"), "化妆品": _t("beauty", "industry"),
    "假发": _t("wigs", "industry"), "发制品": _t("wigs", "industry"),
    "服装": _t("garments", "industry"), "服饰": _t("garments", "industry"), "针织": _t("garments", "industry"),
    "纺织": _t("garments", "industry"), "纺织品": _t("garments", "industry"), "制衣": _t("garments", "industry"),
    "睫毛": _t("eyelashes", "industry"), "假睫毛": _t("eyelashes", "industry"),
    "工贸": _t("trading", "industry"), "外贸": _t("trading", "industry"), "商行": _t("trading", "industry"),
    "企业": _t("enterprise", "legal"), "股份": _t("company limited", "legal"),
    "矿产": _t("mining", "industry"), "棉纺": _t("cotton", "industry"), "水产品": _t("fisheries", "industry"),
    "制品": _t("products", "industry"), "产品": _t("products", "industry"),
    "投资": _t("investment", "industry"), "电子": _t("electronics", "industry"),
    "能源": _t("energy", "industry"), "石油": _t("petroleum", "industry"), "化工": _t("chemical", "industry"),
    "机械": _t("machinery", "industry"), "工厂": _t("factory", "industry"), "厂": _t("factory", "industry"),
    "中国": _t("china", "generic", "cn"), "朝鲜": _t("korea", "generic", "kp"),
    "韩国": _t("korea", "generic", "kr"), "香港": _t("hong kong", "generic", "hk"),
    "建设": _t("construction", "industry"), "建筑": _t("construction", "industry"),
    "材料": _t("materials", "industry"), "电池": _t("battery", "industry"),
    "硅业": _t("silicon", "industry"), "矽业": _t("silicon", "industry"),  # 矽: Taiwan's character for 硅
    "光伏": _t("solar", "industry"), "棉业": _t("cotton", "industry"), "钢铁": _t("steel", "industry"),
    "食品": _t("food", "industry"), "农业": _t("agriculture", "industry"),
    "水产": _t("fisheries", "industry"), "渔业": _t("fisheries", "industry"),
    "化学": _t("chemical", "industry"),
    "市": _t("city", "place"), "县": _t("county", "place"), "镇": _t("town", "place"),
    "区": _t("district", "place"), "省": _t("province", "place"), "村": _t("village", "place"),
}

# Vocabulary whose romanization is also a common given name (制衣 zhiyi, 商行 shanghang, 企业 qiye): read
# in Hanzi, but not as a romanized word, where "Ningbo Zhiyi Garments" has Zhiyi as the firm's own name.
# A state body's head noun that the lists render in more than one way: 부 (部) is Ministry as often as Department
# (국가보위부 MINISTRY OF STATE SECURITY, 인민보안부 MINISTRY OF PEOPLE'S SECURITY, but 조직지도부 ORGANIZATION AND
# GUIDANCE DEPARTMENT, 군수공업부 MUNITIONS INDUSTRY DEPARTMENT), 국 (局) Administration as often as Bureau
# (국가해사감독국 MARITIME ADMINISTRATION, 국가우주개발국 NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION).  A name in
# Hangul or characters is rendered with each; a Latin name keeps the word it writes.
# 총국 (總局, general bureau) likewise: RECONNAISSANCE GENERAL BUREAU, but the news writes 국가우주개발총국 for
# NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION (국가우주개발국), whose 총 the lists' English leaves out.
HEAD_SYNONYMS: dict[str, tuple[str, ...]] = {"department": ("ministry",), "bureau": ("administration",),
                                             "general bureau": ("administration",)}
# ... but 부 部 is a ministry in Seoul and Beijing, and in Pyongyang a department (the party's) or an older name of a
# ministry, whose cabinet's ministries are 성 省: a name of one word before it and no word naming North Korea
# (노동부, South Korea's labour ministry; 劳动部, China's former one) is read a department only, not the listed
# MINISTRY OF LABOR (朝鮮勞動部, 北韓勞動部 and 인민보안부 still are); read so by the readings (aligned.py, translation.py)
# and, since keys_v23, by the analyser (rendering._ministry_abroad: 보위부 security department, no ministry)
MINISTRY_ABROAD: dict[str, str] = {"부": "ministry", "部": "ministry"}
NORTH_KOREA_WORDS = frozenset({"북한", "북조선", "北韓", "北韩", "北朝鮮", "北朝鲜"})

NOT_ROMANIZED = frozenset({"制衣", "商行", "企业", "股份", "外贸", "棉纺", "矿产", "睫毛", "실업", "봉제"})

# Number words, so that "1st International Bank" meets "First International Bank" and "Brigade Forty-Four"
# meets "Brigade 44".  Ordinals and cardinals both become digits.
UNITS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                     "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                     "sixteen", "seventeen", "eighteen", "nineteen"))}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
# Roman numerals as the last word of a name of three words or more (vessels, series: PU HUNG 1 written "Pu Hung
# I"); nowhere else: "i" is also a Korean surname (Yi I), "v" and "x" initials, and in a two-word name (DIAMOND
# II) the numeral is half the name
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}

# Short forms of given names that lists and reports use for the same person (English usage).  A query word
# found here is also read as the full name; both readings are kept.
NICKNAMES: dict[str, str] = {
    "bibi": "benjamin", "ben": "benjamin", "benji": "benjamin", "ted": "theodore", "teddy": "theodore",
    "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james", "joe": "joseph",
    "mike": "michael", "tom": "thomas", "tony": "anthony", "alex": "alexander", "sasha": "alexander",
    "dave": "david", "steve": "steven", "chris": "christopher", "nick": "nicholas", "pete": "peter",
    "sam": "samuel", "dan": "daniel", "danny": "daniel", "ed": "edward", "eddie": "edward",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "katie": "katherine", "jen": "jennifer",
    "meg": "margaret", "peggy": "margaret", "sue": "susan", "vova": "vladimir", "volodya": "vladimir",
    "misha": "mikhail", "kolya": "nikolai", "seryozha": "sergey", "dima": "dmitry", "zhenya": "evgeny",
    "barry": "barack", "mo": "mohammed", "abu": "abu",
}

# Longest phrase in words (Latin) or characters (Hangul, Hanzi), so the scanners know how far to look.
LATIN_MAX_WORDS = max(len(k.split()) for k in LATIN)
HANGUL_MAX_CHARS = max(map(len, HANGUL))
HANZI_MAX_CHARS = max(map(len, HANZI))


# Korean and Chinese words of the Latin table written out in Latin letters (the trades a romanized name writes:
# Muyok, Kwangop): syllables like a name's, so never a one-letter misspelling's reading (Kwang Ho is no Kwangop)
ROMANIZED_WORDS = frozenset({*ROMANIZED, "muyok", "muyeok", "unhaeng", "eunhaeng", "haeun", "kaebal",
                             "kwangop", "kwalliso", "kwanliso", "kyohwaso", "sangsa"})
