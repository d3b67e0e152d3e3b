"""Scenario generator for the trace/score benchmark: fictional companies, known truth, the traps of issue 5.

Chinese processors (Pingdu lashes, Xuchang wigs, Yiwu knitwear) buy semi-finished goods from clean
suppliers (Indonesia, India, Myanmar, Vietnam) and some from North Korean traders, directly or through a
Hong Kong trader; they ship finished goods (and mascara / lash glue) to importers who sell on marketplaces.
Listed DPRK bodies appear under their real list names in other spellings and scripts (Hangul, shorter
romanized forms); processors appear in Chinese script on one record and pinyin on another.

Truth is computed here, independently of chainlight: an output is tainted when a tainted input of a
compatible category reached its shipper between `window` and `lag` days before it left; a listing is
tainted when its seller received a tainted flow of the listing's category.  Traps built in on purpose:
late DPRK input (after every sale to an early buyer), mascara/glue from a tainted processor, a South Korean
supplier named like a listed North Korean bank, Pingdu processors with only Indonesian inputs, two hops via
Hong Kong, declared suppliers with no shipments.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from chainlight.model.entity import Entity, Name
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.model.product import GoodRisk
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.score.screen import ScreenInputs

LAG, WINDOW = 3, 365
START = date(2023, 1, 1)
DAYS = 540

# Real OFAC SDN entries (sdn.csv of 2024-05-03) with spellings seen in trade records.
DPRK_LISTED = [
    ("19613", "KOREA RUNGRADO GENERAL TRADING CORPORATION", "DPRK3", ["조선릉라도무역총회사", "Rungrado General Trading Corp"]),
    ("23153", "KOREA RUNGRADO RYONGAK TRADING CO", "DPRK4", ["조선릉라도룡악무역회사", "Rungrado Ryongak Trading Co., Ltd"]),
    ("20603", "KOREA KUMSAN TRADING CORPORATION", "NPWMD", ["조선금산무역회사", "Kumsan Trading Corp"]),
]
BANK = ("11581", "KOREA KWANGSON BANKING CORP", "NPWMD")
DPRK_PLACES = ["평안북도 신의주시", "Sinuiju, North Pyongan", "라선시 선봉구역", "Rajin-Sonbong", "Nampo", "평양시 중구역"]
HANZI = [("美", "Mei"), ("丽", "Li"), ("华", "Hua"), ("鑫", "Xin"), ("瑞", "Rui"), ("达", "Da"), ("福", "Fu"),
         ("源", "Yuan"), ("康", "Kang"), ("泰", "Tai"), ("盛", "Sheng"), ("佳", "Jia"), ("宏", "Hong"), ("兴", "Xing"),
         ("金", "Jin"), ("安", "An"), ("博", "Bo"), ("晨", "Chen"), ("雅", "Ya"), ("恒", "Heng")]
HUBS = {"false_eyelashes": ("平度", "Pingdu", "山东省青岛市平度市"), "wigs": ("许昌", "Xuchang", "河南省许昌市"),
        "knitwear": ("义乌", "Yiwu", "浙江省义乌市")}
INPUT_TEXT = {"false_eyelashes": "semi-finished eyelash strips", "wigs": "semi-finished wigs, hand-tied",
              "knitwear": "knitted sweaters, unfinished"}
OUTPUT_TEXT = {"false_eyelashes": ["3D faux mink false eyelashes", "magnetic false eyelashes", "假睫毛 10对装"],
               "wigs": ["human hair lace front wig", "synthetic wig, long curly", "真人发假发"],
               "knitwear": ["women's knitted cardigan", "men's wool sweater", "针织毛衣"]}
SIDE_TEXT = [("waterproof mascara 睫毛膏", "330420"), ("lash glue", "350691")]
CLEAN_SUPPLIERS = [("PT {a} {b} Indah", "id"), ("{a}{b} Hair Exports Pvt Ltd", "in"), ("{a} {b} Myanmar Co", "mm"),
                   ("{a} {b} Viet Co., Ltd", "vn")]
EN_A = ["Bella", "Lush", "Glow", "Velvet", "Aurora", "Nova", "Luxe", "Opal", "Ivy", "Maple", "Coral", "Sable", "Willow",
        "Amber", "Jade", "Pearl", "Ruby", "Iris", "Hazel", "Cedar"]
EN_B = ["Beauty", "Lashes", "Hair", "Looks", "Style", "Glam", "Crown", "Studio", "Boutique", "Trading", "Goods",
        "Supply", "Collective", "House", "Works"]
FORMS = ["LLC", "Inc", "Ltd", "GmbH", "Pty Ltd"]


@dataclass
class Truth:
    listings: dict[str, bool] = field(default_factory=dict)  # listing_id -> tainted
    traps: dict[str, str] = field(default_factory=dict)  # listing_id -> trap name


@dataclass
class _Flow:
    src: str
    dst: str
    day: date
    kg: float
    cat: str
    tainted: bool = False


class Generator:
    def __init__(self, n_shipments: int, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.n = n_shipments
        self.names: set[str] = set()
        self.shipments: list[Shipment] = []
        self.flows: list[_Flow] = []
        self.country: dict[str, str] = {}
        self.spell: dict[str, list[str]] = {}  # party key -> spellings used on records
        self.address: dict[str, str] = {}
        self.trap_of: dict[str, set[str]] = {}  # buyer key -> traps it is exposed to

    def _unique(self, make: object) -> str:
        for _ in range(1000):
            name = make()  # type: ignore[operator]
            if name not in self.names:
                self.names.add(name)
                return str(name)
        raise RuntimeError("name space exhausted")

    def processor(self, cat: str, hub: bool = True) -> str:
        city_zh, city_py, addr = HUBS[cat] if hub else ("青岛", "Qingdao", "山东省青岛市")
        def make() -> str:
            chars = self.rng.sample(HANZI, self.rng.choice([2, 3]))  # 2 or 3 syllables: ~7,000 names per city
            zh = "".join(z for z, _ in chars)
            py = chars[0][1] + "".join(p.lower() for _, p in chars[1:])
            return f"{city_zh}{zh}有限公司|{city_py} {py} Co., Ltd."
        zh, py = self._unique(make).split("|")
        key = f"proc:{zh}"
        self.spell[key] = [zh, py]
        self.country[key] = "cn"
        self.address[key] = addr
        return key

    def western(self) -> str:
        name = self._unique(lambda: f"{self.rng.choice(EN_A)} {self.rng.choice(EN_A)} {self.rng.choice(EN_B)}")
        form = self.rng.choice(FORMS)
        key = f"buyer:{name}"
        self.spell[key] = [f"{name} {form}", f"{name.upper()} {form.upper()}", f"{name}, {form}"]
        self.country[key] = self.rng.choice(["us", "gb", "de", "fr", "au"])
        return key

    def clean_supplier(self) -> str:
        pattern, cc = self.rng.choice(CLEAN_SUPPLIERS)
        name = self._unique(lambda: pattern.format(a=self.rng.choice(EN_A), b=self.rng.choice(EN_B)))
        key = f"supp:{name}"
        self.spell[key], self.country[key] = [name], cc
        return key

    def ship(self, src: str, dst: str, day: date, kg: float, cat: str, text: str | None = None,
             hs: str | None = None, tainted: bool = False, origin: str | None = None) -> None:
        sid = f"BL-{len(self.shipments):07d}"
        addr = self.rng.choice(DPRK_PLACES) if self.country.get(src) == "kp" else self.address.get(src)
        self.shipments.append(Shipment(
            sid, day.isoformat(), self.rng.choice(self.spell[src]), self.rng.choice(self.spell[dst]),
            shipper_address=addr, shipper_country=self.country.get(src), consignee_country=self.country.get(dst),
            consignee_address=self.address.get(dst),
            description=text or INPUT_TEXT[cat], weight_kg=round(kg, 1), hs_code=hs,
            origin_country=origin or self.country.get(src)))
        self.flows.append(_Flow(src, dst, day, kg, cat, tainted))


def _day(rng: random.Random, lo: int = 0, hi: int = DAYS) -> date:
    return START + timedelta(days=rng.randrange(lo, hi))


def generate(n_shipments: int = 2000, seed: int = 1) -> tuple[ScreenInputs, Truth]:
    g = Generator(n_shipments, seed)
    rng = g.rng
    dprk = []
    for uid, _, _, spellings in DPRK_LISTED:
        key = f"dprk:{uid}"
        g.spell[key], g.country[key] = spellings, "kp"
        dprk.append(key)
    hk = []
    for i in range(3):
        key = f"hk:{i}"
        name = ["Golden Bridge", "Victory Harbour", "Eastern Pearl"][i]
        g.spell[key], g.country[key] = [f"{name} Trading (HK) Ltd", f"{name.upper()} TRADING (H.K.) LIMITED"], "hk"
        hk.append(key)
    n_proc = max(6, n_shipments // 60)
    cats = list(HUBS)
    procs = [(g.processor(cats[i % 3], hub=(i % 7 != 6)), cats[i % 3]) for i in range(n_proc)]
    buyers = [g.western() for _ in range(max(8, n_shipments // 40))]
    supps = [g.clean_supplier() for _ in range(max(6, n_shipments // 200))]
    tainted_procs = {p for p, _ in procs[::6]}  # one in six processors takes DPRK input at some point
    per_proc = n_shipments // n_proc
    for p, cat in procs:
        n_in = max(2, per_proc // 3)
        customers = rng.sample(buyers, 3)
        for _ in range(n_in):
            g.ship(rng.choice(supps), p, _day(rng, 0, DAYS - 60), rng.uniform(50, 800), cat)
        dprk_day = _day(rng, 120, DAYS - 90) if p in tainted_procs else None
        if dprk_day is not None:
            if rng.random() < 0.3:  # two hops through a Hong Kong trader
                trader = rng.choice(hk)
                g.ship(rng.choice(dprk), trader, dprk_day - timedelta(days=20), 600, cat, tainted=True)
                g.ship(trader, p, dprk_day, 600, cat, tainted=True)
                g.trap_of.setdefault(customers[1], set()).add("two hops via a Hong Kong trader")
            else:
                g.ship(rng.choice(dprk), p, dprk_day, rng.uniform(200, 900), cat, tainted=True, origin="cn")
            g.trap_of.setdefault(customers[0], set()).add("DPRK input arrived after every sale to this buyer")
        elif p.startswith("proc:平度"):
            for c in customers:
                g.trap_of.setdefault(c, set()).add("Pingdu processor with only non-DPRK inputs")
        for i in range(per_proc - n_in):
            buyer = customers[i % 3]
            # the first customer of a tainted processor is served only before the DPRK input arrives
            hi = (dprk_day - START).days if dprk_day is not None and buyer == customers[0] else DAYS
            g.ship(p, buyer, _day(rng, 0, max(hi, 1)), rng.uniform(20, 300), cat, rng.choice(OUTPUT_TEXT[cat]))
            if cat == "false_eyelashes" and rng.random() < 0.2:
                side, hs = rng.choice(SIDE_TEXT)
                g.ship(p, buyer, _day(rng), rng.uniform(10, 60), "other", side, hs)
    return _finish(g, procs, buyers, dprk)


def _propagate(g: Generator) -> dict[str, dict[str, list[_Flow]]]:
    """Truth: mark outputs tainted from inputs in [day - WINDOW, day - LAG], in date order."""
    inbound: dict[str, list[_Flow]] = {}
    for f in sorted(g.flows, key=lambda f: f.day):
        if not f.tainted and f.cat != "other":
            f.tainted = any(i.tainted and i.cat == f.cat and f.day - timedelta(WINDOW) <= i.day
                            <= f.day - timedelta(LAG) for i in inbound.get(f.src, []))
        inbound.setdefault(f.dst, []).append(f)
    received: dict[str, dict[str, list[_Flow]]] = {}
    for f in g.flows:
        received.setdefault(f.dst, {}).setdefault(f.cat, []).append(f)
    return received


def _finish(g: Generator, procs: list[tuple[str, str]], buyers: list[str],
            dprk: list[str]) -> tuple[ScreenInputs, Truth]:
    rng = g.rng
    received = _propagate(g)
    truth = Truth()
    listings: list[Listing] = []
    for b in buyers:
        for cat, flows in received.get(b, {}).items():
            lid = f"L-{len(listings):06d}"
            title = rng.choice(OUTPUT_TEXT[cat]) if cat != "other" else "waterproof volume mascara"
            listings.append(Listing(lid, title, rng.choice(g.spell[b]), platform=rng.choice(["amazon", "temu"]),
                                    seller_country=g.country[b]))
            truth.listings[lid] = any(f.tainted for f in flows)
            traps = sorted(g.trap_of.get(b, set()))
            if cat == "other":
                traps = ["mascara/glue from a lash processor"]
            truth.traps[lid] = "; ".join(traps)
    suppliers = _traps(g, procs, buyers, listings, truth)
    inputs = ScreenInputs(_entities(), _claims(), _priors(), [GoodRisk("Hair Products", "Manufacturing", "cn",
                          "China", False, True, False)], listings, g.shipments, suppliers)
    return inputs, truth


def _traps(g: Generator, procs: list[tuple[str, str]], buyers: list[str], listings: list[Listing],
           truth: Truth) -> list[Supplier]:
    rng = g.rng
    suppliers = []
    for i in range(3):  # South Korean lash suppliers named like the listed North Korean bank
        b = rng.choice(buyers)
        suppliers.append(Supplier(f"SUP-KR-{i}", "Korea Kwangson Bank Co., Ltd.", "kr", "Seoul, Republic of Korea",
                                  g.spell[b][0], products="false eyelashes"))
    for i in range(3):  # declared suppliers with no shipments (a Pingdu workshop and a Seoul brand)
        b = rng.choice(buyers)
        suppliers.append(Supplier(f"SUP-NS-{i}", ["平度市新星睫毛制品有限公司", "Hanbit Cosmetics Co., Ltd."][i % 2],
                                  ["cn", "kr"][i % 2], ["山东省平度市", "서울특별시"][i % 2], g.spell[b][0],
                                  products="false eyelashes"))
    return suppliers


def _entities() -> list[Entity]:
    out = [Entity(f"ofac-{uid}", "Company", "ofac-sdn", uid, [Name(name)] + [Name(s, "alias") for s in spellings],
                  ["kp"], programs=[prog]) for uid, name, prog, spellings in DPRK_LISTED]
    out.append(Entity(f"ofac-{BANK[0]}", "Company", "ofac-sdn", BANK[0], [Name(BANK[1])], ["kp"], programs=[BANK[2]]))
    return out


def _claims() -> list[Claim]:
    doc = SourceDocument("dailynk-kaechon", "Kaechon prison camp works inmates to death", "Daily NK",
                         "https://www.dailynk.com/english/kaechon-prison-camp-works-inmates-death/")
    return [Claim("dailynk-kaechon-1", doc, "Women lifers at Kaechon Kyohwaso No. 1 make knitwear, wigs and false "
                  "eyelashes for export.", goods=["wigs", "false_eyelashes", "knitwear"], countries=["kp"],
                  labour="prison_labour")]


def _priors() -> list[Prior]:
    return [Prior("prior-pingdu-lashes", "about 80% of lash factories are reported to buy North Korean "
                  "semi-finished lashes (Reuters 2024)", ["Pingdu", "平度", "Dazeshan", "大泽山"], "cn",
                  ["false_eyelashes"], 0.8)]
