"""Probe names for the frozen verdicts (test_verdict_fixtures.py): a small fixed list and names that exercise
each query reading and look-alike rule, with the answers the default scorer, keys and readings give.

    python -m tests.resolve.verdict_probes   # writes fixtures/verdicts.json; read its diff answer by answer

The answers are written whole (entity, score, the factors that moved it), so that a diff says what changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chainlight.model.entity import Entity
from chainlight.resolve import scorers
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.versions import KEYS_VERSION, READINGS_VERSION
from tests.resolve.listed import ofac

FIXTURE = Path(__file__).parent / "fixtures" / "verdicts.json"


def entities() -> list[Entity]:
    """Bodies, persons and ships named as the SDN file names them (some ids stand in), a few per kind of reading."""
    return [
        ofac("23163", "Vessel", "KUM UN SAN 3", program="DPRK4"),
        ofac("23517", "Vessel", "KUM UN SAN", program="DPRK4"),
        ofac("23710", "Company", "KOREA UNPHA SHIPPING & TRADING", program="DPRK4"),
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("20566", "Person", "ZHOU, Jianshu", program="NPWMD"),
        ofac("20565", "Person", "MA, Xiaohong", program="NPWMD"),
        ofac("23015", "Organization", "CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", program="DPRK3"),
        ofac("11581", "Organization", "KOREA KWANGSON BANKING CORPORATION", "KKBC", program="NPWMD"),
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID", program="NPWMD"),
        ofac("12212", "Organization", "GREEN PINE ASSOCIATED CORPORATION", "CHONGSONG YONHAP", program="NPWMD"),
        ofac("12213", "Person", "JONG, Song Ho", program="DPRK"),
        ofac("9346", "Organization", "TANCHON COMMERCIAL BANK", program="NPWMD"),
        ofac("12703", "Organization", "KOREA DAESONG BANK", "TAESONG BANK", program="DPRK"),
        ofac("13100", "Organization", "PAEKSOL TRADING CORPORATION", program="DPRK2"),
        ofac("13250", "Organization", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", program="DPRK2"),
        ofac("12214", "Organization", "RECONNAISSANCE GENERAL BUREAU", program="DPRK2"),
        ofac("20400", "Organization", "KOREA TAESONG TRADING COMPANY", program="DPRK2"),
        ofac("20401", "Organization", "HANA BANKING CORPORATION LTD", program="DPRK3"),
        ofac("20402", "Person", "KIM, Jong Un", program="DPRK3"),
        ofac("35758", "Company", "RK BRIZ, OOO", program="DPRK2"),
        ofac("9522", "Organization", "KOREA TANGUN TRADING CORPORATION", "Ryungsong Trading Corporation",
             program="NPWMD"),
        ofac("20571", "Organization", "KUMGANG BANK", program="DPRK3"),
        ofac("39497", "Person", "YU, Jin", program="DPRK3"),
        ofac("19489", "Organization", "WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION",
             "CENTRAL MILITARY COMMISSION", program="DPRK3"),
        ofac("22000", "Organization", "STATE AFFAIRS COMMISSION", program="DPRK3"),
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD", program="DPRK4"),
        ofac("20570", "Organization", "RASON INTERNATIONAL COMMERCIAL BANK", program="DPRK3"),
        ofac("20567", "Person", "HONG, Jinhua", program="NPWMD"),
        ofac("12999", "Person", "HUANG, Chin-Hua", program="SDGT"),
        ofac("20569", "Organization", "KORYO CREDIT DEVELOPMENT BANK", "Koryo Global Credit Bank", program="DPRK3"),
        ofac("23231", "Person", "RI, Myong Hun", program="DPRK3"),
        ofac("26929", "Company", "JUI PANG SHIPPING CO LTD", program="DPRK4"),
        ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4"),
        ofac("22606", "Company", "VELMUR MANAGEMENT PTE LTD", program="DPRK3"),
        ofac("15616", "Company", "LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED", "LEADER INTERNATIONAL",
             program="NPWMD"),
        ofac("37517", "Organization", "FAR EASTERN BANK", program="DPRK3"),
        ofac("22603", "Company", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", program="DPRK3"),
        ofac("35753", "Company", "APOLLON OOO", program="DPRK3"),
        ofac("22984", "Person", "PANG, Su Nam", program="DPRK3"),
        ofac("46773", "Vessel", "MARIA", program="RUSSIA-EO14024"),
        ofac("20004", "Person", "GARCIA DURAN, Maria Del Rosario", program="SDNTK"),
        ofac("21308", "Organization", "MINISTRY OF LABOR", program="DPRK3"),
        ofac("43337", "Organization", "TECHNICAL RECONNAISSANCE BUREAU", "THIRD BUREAU", program="DPRK2"),
        ofac("24917", "Company", "KOREA EXPO JOINT VENTURE", program="DPRK2"),
        ofac("20578", "Organization", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", program="DPRK3"),
        ofac("19570", "Vessel", "EVER BRIGHT 88", program="DPRK"),
        ofac("37065", "Company", "M LEASING LLC", program="RUSSIA-EO14024"),
        ofac("26930", "Company", "JUI CHENG SHIPPING COMPANY LIMITED", program="DPRK4"),
        ofac("23823", "Person", "TSANG, Yung Yuan", program="DPRK3"),
    ]


# Each reading and look-alike rule at least once: brackets (another name, an acronym), Korean readings of
# characters, translations, loanwords, Chinese names in Hangul, ship marks, kinds of body; real look-alikes.
QUERIES = (
    "PU RYONG (aka KUM UN SAN 3)", "금운산3호", "UN PHA 2", "Kum Un San",
    "丹東鴻祥集團", "단둥 훙샹실업발전", "Dandong Hongxiang Industrial Development Co., Ltd.",
    "저우젠수", "마샤오훙", "Chosŏn Minjujuŭi Inmin Konghwaguk Chungang Ŭnhaeng", "조선민주주의인민공화국 중앙은행",
    "Korea Kwangson Banking Corp (KKBC)", "朝鮮光鮮銀行", "광선은행", "조선광업개발무역회사", "KOMID",
    "청송련합", "青松联合", "단천상업은행", "朝鲜大成银行", "대성그룹", "백설", "白雪",
    "오션마린매니지먼트", "정찰총국", "偵察総局", "하나은행(중국)", "김정은", "金正恩", "알케이 브리즈",
    "에스케이 해운", "룡성무역회사", "金剛銀行", "劉進氏", "당 중앙군사위원회",
    "고려-글로벌 신용은행", "훙진화", "나선국제상업은행",
    "다롄 선 문 스타 국제 물류 무역", "リ・ミョンフン", "瑞邦海運股份有限公司", "퍼스트오일 합작회사", "썬문스타",
    "싱가포르 벨무어 매니지먼트", "리더 인터내셔널", "아시아오션쉬핑", "远东银行", "즈청금속", "阿波隆○○○", "パン・スナム",
    "마리아", "朝鮮勞動部", "기술정찰실", "코리아엑스포합영회사", "万寿台海外開発会社(MOP)", "에버 브라이트 88", "에버 그린", "엠리징",
    "루이청 해운", "창융위안", "김정은 국무위원장", "金正恩総書記", "조선 외무상",
)


# Names the confirmed names (resolve/confirmed.py) answer: most of QUERIES are names of the real-world sets, which
# the store holds; their answers above are frozen without it, so that they keep saying what the readings do.
CONFIRMED = ("青松联合", "丹東鴻祥集團", "광선은행", "KOMID")


def answers(confirmed: bool = False) -> dict[str, list[list[Any]]]:
    """The probes' answers: QUERIES by the readings alone, or CONFIRMED with the confirmed names first."""
    m = Matcher(entities())
    m.use_confirmed = confirmed
    out: dict[str, list[list[Any]]] = {}
    for q in CONFIRMED if confirmed else QUERIES:
        out[q] = [[x.entity_id, round(x.score, 4), x.match, sorted(x.features)] for x in m.match(Query("q", q), 3)]
    return out


def version() -> str:
    return f"{scorers.DEFAULT}/{KEYS_VERSION}+{READINGS_VERSION}"


if __name__ == "__main__":
    FIXTURE.write_text(json.dumps({"regenerate": "python -m tests.resolve.verdict_probes (writes this file)",
                                   "version": version(), "answers": answers(),
                                   "confirmed": answers(confirmed=True)}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
