"""TEST-ONLY: a small, realistic screening scenario with every trap of issue 5.

Companies are fictional except listed bodies, which appear under their real list names in other spellings
and scripts: Korea Rungrado General Trading Corporation (OFAC SDN 19613, DPRK3) as 조선릉라도무역총회사,
Korea Kwangson Banking Corp (OFAC SDN 11581, NPWMD).  The Kaechon claim follows Daily NK (domain.md s.1);
the Pingdu prior follows Reuters / People's Daily (domain.md, Numbers).
"""

from __future__ import annotations

import csv
import lzma
from functools import lru_cache

from chainlight.model.entity import Address, Entity, Name
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.model.product import GoodRisk, HsCode
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.score.screen import ScreenInputs, ScreenResult, screen
from chainlight.settings import Settings
from tests.helpers.snapshots import snapshot

OFAC_URL = "https://sanctionssearch.ofac.treas.gov/"
RUNGRADO = "조선릉라도무역총회사"
PINGDU_CN = "平度美睫有限公司"
PINGDU_PY = "Pingdu Meijie Co., Ltd."


def entities() -> list[Entity]:
    return [
        Entity("ofac-19613", "Company", "ofac-sdn", "19613",
               [Name("KOREA RUNGRADO GENERAL TRADING CORPORATION"), Name(RUNGRADO, "alias", "ko")],
               ["kp"], programs=["DPRK3"], topics=["sanction"], source_url=OFAC_URL),
        Entity("ofac-11581", "Company", "ofac-sdn", "11581", [Name("KOREA KWANGSON BANKING CORP")], ["kp"],
               programs=["NPWMD"], topics=["sanction"], source_url=OFAC_URL),
        Entity("evidence-kaechon-kyohwaso-1", "Facility", "evidence", "kaechon-kyohwaso-1",
               [Name("Kaechon Kyohwaso No. 1"), Name("개천 제1호 교화소", "original_script", "ko")], ["kp"],
               addresses=[Address("Kaechon, South Pyongan", "Kaechon", "kp")], topics=["prison", "forced_labour"]),
        Entity("cbp-meixin", "Company", "cbp-wro", "2020-06-17-meixin",
               [Name("Lop County Meixin Hair Product Co., Ltd."), Name("洛浦县美鑫发制品有限公司", "alias", "zh")],
               ["cn"], topics=["forced_labour"],
               source_url="https://www.cbp.gov/newsroom/national-media-release/"
                          "cbp-issues-detention-order-hair-products-manufactured-forced-labor-0"),
    ]


def claims() -> list[Claim]:
    dnk = SourceDocument("dailynk-kaechon", "Kaechon prison camp works inmates to death", "Daily NK",
                         "https://www.dailynk.com/english/kaechon-prison-camp-works-inmates-death/", "2023-01-01")
    return [Claim("dailynk-kaechon-1", dnk, "Women serving life sentences at Kaechon Kyohwaso No. 1 make knitwear, "
                  "wigs and false eyelashes for export, up to 16 hours a day.", reliability="medium",
                  entities=["evidence-kaechon-kyohwaso-1"], goods=["wigs", "false_eyelashes", "knitwear", "6704"],
                  countries=["kp"], labour="prison_labour")]


def priors() -> list[Prior]:
    return [Prior("prior-pingdu-lashes", "about 80% of lash factories are reported to buy North Korean "
                  "semi-finished lashes (Kali 2023 estimate, Reuters 2024)",
                  ["Pingdu", "平度", "Dazeshan", "大泽山", "Ping Du"], "cn", ["false_eyelashes"], 0.8,
                  ["reuters-2024-lashes"])]


def goods() -> list[GoodRisk]:
    return [GoodRisk("Hair Products", "Manufacturing", "cn", "China", False, True, False)]


def _s(sid: str, day: str | None, shipper: str, consignee: str, desc: str, kg: float | None, hs: str | None = "670419",
       **kw: str | float | None) -> Shipment:
    return Shipment(sid, day, shipper, consignee, description=desc, weight_kg=kg, hs_code=hs,  # type: ignore[arg-type]
                    origin=f"shipments.csv:{sid}", **kw)  # type: ignore[arg-type]


def shipments() -> list[Shipment]:
    kp = {"shipper_country": "kp", "shipper_address": "평안북도 신의주시"}
    return [
        # Main chain: DPRK -> Pingdu processor (Chinese script) -> US importer; declared origin CN = re-labelling.
        _s("BL-001", "2024-03-01", RUNGRADO, PINGDU_CN, "半成品睫毛 semi-finished eyelash strips", 800,
           origin_country="cn", consignee_address="山东省青岛市平度市", **kp),
        _s("BL-002", "2024-02-20", "PT Bulu Mata Indah", PINGDU_CN, "eyelash strips", 400, shipper_country="id",
           origin_country="id"),
        _s("BL-003", "2024-03-20", PINGDU_PY, "LASH LANE, LLC", "3D faux mink false eyelashes", 600,
           shipper_country="cn", consignee_country="us"),
        _s("BL-004", "2024-03-20", PINGDU_PY, "Lash Lane LLC", "waterproof mascara 睫毛膏", 200, "330420",
           shipper_country="cn"),
        _s("BL-005", "2024-03-22", PINGDU_PY, "Lash Lane LLC", "lash glue", 50, "350691", shipper_country="cn"),
        # Time trap: DPRK input reaches Qingdao Meili only after every sale to Glamour Eyes.
        _s("BL-010", "2024-01-10", "青岛美丽睫毛有限公司", "Glamour Eyes Ltd", "false eyelashes", 300,
           shipper_country="cn"),
        _s("BL-011", "2024-02-01", "Qingdao Meili Jiemao Co Ltd", "Glamour Eyes Limited", "false eyelashes", 200,
           shipper_country="cn"),
        _s("BL-012", "2024-02-15", "Korea Rungrado General Trading Corp.", "青岛美丽睫毛有限公司",
           "semi-finished eyelashes", 500, shipper_country="kp", origin_country="kp"),
        _s("BL-013", "2024-04-01", "Qingdao Meili Jiemao Co., Ltd.", "Beauty Box Inc", "false eyelashes", 250,
           shipper_country="cn"),
        # Pingdu processor with only Indonesian inputs.
        _s("BL-020", "2024-01-05", "PT Rambut Jaya", "平度秀美睫毛有限公司", "eyelash strips", 500,
           shipper_country="id"),
        _s("BL-021", "2024-02-01", "Pingdu Xiumei Jiemao Co., Ltd.", "Bella Lashes Co", "false eyelashes",
           300, shipper_country="cn", shipper_address="Dazeshan Town, Pingdu, Qingdao"),
        # Two hops through a Hong Kong trader into a Xuchang wig maker.
        _s("BL-030", "2024-01-10", RUNGRADO, "Golden Bridge Trading (HK) Ltd", "semi-finished wigs", 1000, "670411",
           **kp),
        _s("BL-031", "2024-02-01", "GOLDEN BRIDGE TRADING (H.K.) LIMITED", "Xuchang Ruimei Co., Ltd.",
           "semi-finished wigs, hand-tied", 1000, "670411", shipper_country="hk"),
        _s("BL-032", "2024-03-15", "许昌瑞美有限公司", "Crown Wigs Inc", "human hair lace front wigs", 500,
           "670420", shipper_country="cn"),
        # Xinjiang hair products (CBP WRO, UFLPA region).
        _s("BL-040", "2024-01-20", "洛浦县美鑫发制品有限公司", "Crown Wigs Inc", "human hair wigs", 100, "670420",
           shipper_country="cn", shipper_address="新疆和田地区洛浦县"),
        # A cycle between two traders.
        _s("BL-050", "2024-01-01", "Sunrise Trading Co", "Golden Bridge Trading (HK) Ltd", "false eyelashes", 100,
           shipper_country="cn"),
        _s("BL-051", "2024-01-20", "Golden Bridge Trading HK Ltd", "Sunrise Trading Co", "false eyelashes", 100,
           shipper_country="hk"),
        # Bad input.
        _s("BL-090", None, "Sunrise Trading Co", "Bella Lashes Co", "false eyelashes", 10),
        _s("BL-091", "2024-05-01", "Sunrise Trading Co", "Bella Lashes Co", "false eyelashes", -5),
        _s("BL-092", "2024-05-02", "Sunrise Trading Co", "Bella Lashes Co", "false eyelashes", None),
        _s("BL-093", "2024-05-03", "Sunrise Trading Co", "Bella Lashes Co", "assorted goods", 20, "671299"),
    ]


def listings() -> list[Listing]:
    return [
        Listing("L-1", "3D faux mink false eyelashes, 10 pairs", "Lash Lane LLC", platform="amazon",
                seller_country="us"),
        Listing("L-2", "Waterproof volume mascara, black", "LASH LANE LLC", platform="amazon"),
        Listing("L-3", "Natural false eyelashes 5 pairs", "Glamour Eyes Ltd.", platform="ebay", seller_country="gb"),
        Listing("L-4", "Magnetic false eyelashes", "Beauty Box Inc.", platform="temu", seller_country="us"),
        Listing("L-5", "Wispy cat-eye false lashes", "Bella Lashes Co.", platform="temu", seller_country="us"),
        Listing("L-6", "Human hair lace front wig 13x4", "Crown Wigs, Inc.", platform="amazon", seller_country="us"),
        Listing("L-7", "Lash glue remover", "Random Shop 123", platform="temu"),
        Listing("L-8", "假睫毛 仙子毛 10对装", "平度美睫有限公司", platform="aliexpress",
                seller_address="山东省平度市"),
    ]


def suppliers() -> list[Supplier]:
    return [
        Supplier("SUP-1", "Korea Kwangson Bank Co., Ltd.", "kr", "Seoul, Republic of Korea", "Lash Lane LLC",
                 products="false eyelashes"),
        Supplier("SUP-2", "平度市新星睫毛制品有限公司", "cn", "山东省平度市", "Beauty Box Inc",
                 products="semi-finished eyelash strips"),
    ]


@lru_cache(maxsize=1)
def hs_codes() -> tuple[HsCode, ...]:
    """HS 2022 nomenclature from the snapshot (datahub.io harmonized-system, see tests/snapshots/SOURCES.md)."""
    with lzma.open(snapshot("hs/harmonized-system/harmonized-system.csv"), "rt", encoding="utf-8") as fh:
        return tuple(HsCode(r["hscode"], r["description"], r["parent"], int(r["level"]), r["section"])
                     for r in csv.DictReader(fh))


def inputs() -> ScreenInputs:
    return ScreenInputs(entities(), claims(), priors(), goods(), listings(), shipments(), suppliers(),
                        list(hs_codes()))


def run(**kw: object) -> ScreenResult:
    """Screen the scenario with the TEST-ONLY doubles; keyword arguments replace ScreenInputs fields."""
    from tests.helpers.doubles import FakeClassifier, FakeMatcher, fake_cluster_parties

    data = inputs()
    policies = kw.pop("policies", None)
    for name, value in kw.items():
        setattr(data, name, value)
    return screen(data, settings=Settings(), matcher=FakeMatcher(data.entities), classifier=FakeClassifier(),
                  cluster=fake_cluster_parties, policies=policies)  # type: ignore[arg-type]
