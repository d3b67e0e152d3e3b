"""Readings added on the eighth real-world set's dev half (issue 14, ninth round): vocabulary words the lists
write as a trade and a legal form, and ship management as a shipping firm's trade.  The names are those the
set's Korean documents write; the entries are OFAC's."""

from __future__ import annotations

from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import render_name
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


def test_a_trading_company_is_a_trade_and_a_legal_form() -> None:
    # 조선광업무역회사 (Korea Mining Trading Company, 연합뉴스 on KOMID): the lists' KOREA MINING DEVELOPMENT TRADING
    # CORPORATION with one trade fewer, which match_v7's rule for names of vocabulary alone reads as that body
    read = [(t.text, t.cls) for t in render_name("조선광업무역회사").renderings[0]]
    assert ("trading", "industry") in read and ("company", "legal") in read
    m = Matcher([
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2"),
        ofac("20576", "Organization", "KOREA KWANGSON BANKING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", "조선광업무역회사"), 1)
    assert top and top[0].entity_id == "ofac-9345" and top[0].match


def test_ship_management_is_a_shipping_firms_trade() -> None:
    # 해진 해운사 (a Korean report on OMM's ship managers) is HAEJIN SHIP MANAGEMENT COMPANY LIMITED: ship was read
    # as a second own word beside HAEJIN
    assert [t.cls for t in render_name("HAEJIN SHIP MANAGEMENT COMPANY LIMITED").renderings[0]][1] == "industry"
    m = Matcher([
        ofac("18953", "Company", "HAEJIN SHIP MANAGEMENT COMPANY LIMITED", program="DPRK"),
        ofac("18955", "Company", "PYONGJIN SHIP MANAGEMENT COMPANY LIMITED", program="DPRK"),
    ])
    for name in ("해진 해운사", "Haejin Shipping Company"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-18953" and top[0].match, name


def test_a_firm_named_for_a_chinese_city_is_chinese_without_an_address() -> None:
    # 훙샹실업발전유한공사 (a Korean report on Dandong Hongxiang): 훙샹 is Hongxiang by its Mandarin sound, a firm's own
    # name read so counts only for bodies tied to Korea, China or Japan; OFAC lists the firm under NPWMD alone,
    # with no address in its SDN file, and its name opens with Dandong
    m = Matcher([
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", "훙샹실업발전유한공사"), 1)
    assert top and top[0].entity_id == "ofac-20564" and top[0].match
