"""Readings added in round 12 of issue 15, from the classes of set 10's held-out misses: workers named by their skill
or their move into a country, labour export named by what is sold, counts of people after a place, a state body that
sends workers, producers named as farms, firms glossed in Latin letters, a buyer's country by its firm, places where
goods are sold or cleared, months that open a period, staff head counts, sectors named for their products.  Sentences
written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from typing import Any

from chainlight.extract import extract_text
from chainlight.model.evidence import SourceDocument


def _key(kind: str, v: dict[str, Any], text: str) -> str:
    if kind == "destination":
        return str(v["country"])
    if kind == "channel":
        return str(v["channel"])
    if kind == "goods":
        return str(v["category"])
    if kind == "quantity":
        return f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") else "")
    if kind == "period":
        return f"{v['start']}/{v['end'] or ''}"
    return text


def read(text: str, published: str | None = None) -> set[tuple[str, str]]:
    """(type, value) of every mention: a country, channel, goods category, quantity, period or name."""
    doc = SourceDocument(id="t", title="t", publisher="t", url=None, published=published)
    out: set[tuple[str, str]] = set()
    # (the rules' readings: the learned reader, blind to a sentence's topic, reads the jp of a marathon below as a
    # destination; its own figures are leave-one-set-out ones, tests/extract/test_learned.py)
    for m in extract_text(text, document=doc, classifier=None, learned=False).mentions:
        out.add((m.type, _key(m.type, m.value, m.text)))
    return out


def test_chinese_workers_moving_in_and_labour_named_by_what_is_sold() -> None:
    got = read("去年以来,朝鲜工人大量涌入蒙古的建筑工地。")
    assert ("channel", "labour_export") in got
    assert ("channel", "labour_export") in read("该国每年靠劳动力出口赚取外汇。")
    assert ("channel", "labour_export") in read("朝鲜海外务工人员主要从事建筑和缝纫。")
    # a move of goods is no labour export
    assert ("channel", "labour_export") not in read("朝鲜煤炭大量进入中国市场。")


def test_chinese_receiver_country_and_counts_after_places() -> None:
    assert ("destination", "mn") in read("蒙古是朝鲜劳务输出的主要对象国之一。")
    got = read("朝鲜派出的劳工共约5万人,其中蒙古3万人、科威特2万人。")
    assert {("destination", "mn"), ("destination", "kw")} <= got
    # a count of people after a place, in a sentence with no North Korean workers, is no host
    assert ("destination", "jp") not in read("日本3万人参加了马拉松比赛。")


def test_chinese_counts_joined_by_a_list_mark_and_countries_are_no_workers() -> None:
    assert ("quantity", "workers=30-40") in read("每个工地由30、40人组成的朝鲜劳工队伍负责。")
    assert ("quantity", "workers=300") in read("在蒙古的工地上有300名左右的朝鲜劳工。")
    got = read("两国劳工人数合计超过3万人。")
    assert ("quantity", "workers=2") not in got


def test_chinese_it_talent_earning_in_a_country_is_placed() -> None:
    got = read("朝鲜IT人才在越南每月赚5万美元。")
    assert {("destination", "vn"), ("channel", "labour_export")} <= got


def test_chinese_sender_body_and_quoted_committee() -> None:
    got = read("据报道,朝鲜原子能工业部向海外派遣技术人员赚取外汇。")
    assert ("organisation", "朝鲜原子能工业部") in got
    assert ("organisation", "林业合作委员会") in read("双方成立“林业合作委员会”,负责招募朝鲜劳工。")
    # the state itself sends no one as an organisation of the chain
    assert not any(t == "organisation" for t, _ in read("朝鲜政府向海外派遣劳工。"))


def test_chinese_year_end_deadline_and_sector_goods() -> None:
    assert ("period", "2019/2019") in read("当局要求年底前撤回全部劳工。", "2019-08-01")
    got = read("在俄罗斯的朝鲜劳工多从事林业和缝纫。")
    assert {("goods", "timber"), ("goods", "apparel")} <= got


def test_korean_months_that_open_a_period_and_a_day_of_last_month() -> None:
    assert ("period", "2019-02/") in read("세관은 지난달 이후 북한산 의류의 반입을 막았다.", "2019-03-15")
    assert ("period", "2019-02-11/2019-02-11") in read("세관은 지난달 11일 북한산 의류 반입을 금지했다.", "2019-03-15")


def test_korean_founding_year_with_do_and_staff_counts() -> None:
    got = read("1985년도에 설립된 모란무역회사는 직원수는 3천명에 이른다.")
    assert ("period", "1985/1985") not in got
    assert ("quantity", "workers=3000") in got


def test_korean_list_with_a_comma_after_the_particle() -> None:
    got = read("이 회사는 일본과, 캐나다, 독일 등지로 수출하고 있다.")
    assert {("destination", "jp"), ("destination", "ca"), ("destination", "de")} <= got


def test_korean_customs_crossings_and_places_goods_are_sold_in() -> None:
    got = read("임가공품은 지린(吉林)성 훈춘(琿春)시 통상구를 통해 통관됐다.")
    assert ("destination", "cn") in got
    got = read("일본에서는 북한산 버섯이 한 상자에 2천엔에 판매된다.")
    assert ("destination", "jp") in got


def test_korean_firms_glossed_in_latin_their_countries_and_made_to_order() -> None:
    got = read("스웨덴의 의류업체 하그로프(Hagloff)와 영국의 M&S사 등이 북한 공장에 의류를 주문 생산했다.")
    assert {("organisation", "하그로프"), ("organisation", "M&S사")} <= got
    assert {("destination", "se"), ("destination", "gb"), ("channel", "contract_processing")} <= got


def test_korean_goods_made_to_look_of_another_origin() -> None:
    assert ("channel", "relabelling") in read("러시아 상표를 붙여 러시아산처럼 보이게 한 북한산 게가 팔렸다.")


def test_english_owners_ages_yen_garments_and_producers() -> None:
    got = read("Some 80 middle-aged North Korean women were laboring at a garment plant owned by a Japanese firm.")
    assert {("destination", "jp"), ("channel", "labour_export"), ("quantity", "workers=80")} <= got
    assert ("quantity", "money=20000") in read("They are paid about 1,500 yuan (20,000 yen) a month.")
    assert ("goods", "apparel") in read("North Korean workers sew sportswear for export in Dandong.")
    assert ("goods", "hair_pieces") not in read("Hair products from North Korea sold well last year.")
    got = read("The order covers tea produced by Anhui Green Farm.\nInquiries go to the Reporting System.")
    assert ("organisation", "Anhui Green Farm") in got
    assert ("organisation", "Green Farm’s Tea Products") not in read("A WRO on Green Farm’s Tea Products")


def test_english_quoted_worker_names_and_firms_operating_abroad() -> None:
    got = read('Dozens of North Korean "forced laborers" are working on farms in Mongolia.')
    assert {("destination", "mn"), ("channel", "labour_export")} <= got
    assert ("destination", "kz") in read("The court named a North Korean trading company operating in Kazakhstan.")
    assert ("destination", "kz") not in read("The court named a trading company in Kazakhstan.")
