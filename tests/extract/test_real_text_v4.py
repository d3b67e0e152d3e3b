"""Classes found on the fourth real-world set (issue 15): Chinese sentences (simplified and traditional) with
their dates, figures in 万/亿, destinations, channels, goods and firm names; Korean day ranges and "from ... until
now", workers sent somewhere, lists ending in 등; English years running ("in 2017 and 2018") and workers
dispatched.  The sentences are real press sentences outside the set's quotes (歪脑/Outlaw Ocean, 天天新闻, 时代,
人民报, Sputnik, 界面新闻 copies, 뉴스1, 이코노믹포스트), or shortened from them."""

from __future__ import annotations

import datetime as dt

from benchmarks.extract.realworld.data import MAX_QUOTE_WORDS, load, quote_words
from benchmarks.extract.realworld.run import SETS

from chainlight.extract import extract_text
from chainlight.extract.chinese import find_destinations as zh_destinations
from chainlight.extract.chinese import find_names, find_periods, find_quantities, parse_zh_number, simplified
from chainlight.extract.goods import find_goods
from chainlight.extract.periods import find_periods as find_any_periods
from chainlight.extract.places import find_channels, find_destinations
from chainlight.model.evidence import SourceDocument

BASE = dt.date(2024, 3, 22)


def figures(text: str) -> set[str]:
    out = set()
    for h in find_quantities(simplified(text)):
        v = h.value
        out.add(f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") is not None else ""))
    return out


def spans(text: str, base: dt.date = BASE) -> set[str]:
    return {f"{h.value['start'] or ''}/{h.value['end'] or ''}" for h in find_periods(simplified(text), base)}


def places(text: str) -> set[str]:
    return {h.value["country"] for h in zh_destinations(simplified(text))}


def test_set_4_loads_with_chinese_quotes_counted_by_characters() -> None:
    units = load(SETS["4"])
    assert {u.lang for u in units} == {"en", "ko", "zh"} and {u.split for u in units} == {"dev", "heldout"}
    assert all(quote_words(u.text, u.lang) <= MAX_QUOTE_WORDS for u in units)
    assert quote_words("仅在海产品产业中心丹东市就有多达8万名朝鲜工人", "zh") == 12  # 22 Han characters and "8"
    earlier = {u.doc for s in ("1", "3") for u in load(SETS[s])}
    assert not {u.doc for u in units} & earlier


def test_traditional_characters_are_read_as_simplified_with_the_same_offsets() -> None:
    text = "2019年,朝鮮出口假睫毛、假鬍鬚和假髮1680噸,價值3100萬美元"
    assert len(simplified(text)) == len(text) and "假胡须" in simplified(text)
    assert figures(text) == {"weight=1680", "money=31000000"}
    assert {g.value["category"] for g in find_goods(simplified(text))} >= {"false_eyelashes", "hair_pieces", "wigs"}


def test_chinese_numbers_with_wan_and_yi_and_ranges_sharing_a_scale() -> None:
    assert parse_zh_number("1.67亿") == 167_000_000 and parse_zh_number("11.8亿") == 1_180_000_000
    assert parse_zh_number("十一") == 11 and parse_zh_number("3100万") == 31_000_000
    assert figures("去年我国从朝鲜进口的商品中,57%都是假发,高达1821吨,进口额为11.8亿元") == {
        "share=57", "weight=1821", "money=1180000000"}
    assert figures("一位海产品贸易商估计,公司目前雇用了约50至70名朝鲜工人") == {"workers=50-70"}
    assert figures("仅在海产品产业中心丹东市就有多达8万名朝鲜工人") == {"workers=80000"}
    assert figures("据估计还有1.1万名朝鲜人被派往俄乌战场") == {"workers=11000"}
    # an article and a vague count are no figures
    assert figures("该国向国外派出了数万名员工,在一家工厂工作") == set()


def test_chinese_dates_against_the_publication_date() -> None:
    assert spans("在从2019年到去年的时间里,至少有12艘中国渔船使用了朝鲜劳工", dt.date(2025, 3, 17)) == {"2019/2024"}
    assert spans("受新冠疫情影响,朝鲜对华出口一度暂停,去年才恢复。", dt.date(2024, 2, 4)) == {"2023/2023"}
    assert spans("自今年7月开始全面运营以来,工厂已售出近一万双球鞋", dt.date(2012, 11, 2)) == {"2012-07/"}
    assert spans("她的工厂在14年前就已将部分产品送至朝鲜加工", dt.date(2024, 1, 23)) == {"2010/"}
    # the year sanctions were adopted dates the resolution, not the chain
    assert spans("联合国安理会从2006年开始就朝鲜核试验通过了对朝制裁决议") == set()


def test_chinese_destinations_exports_imports_and_where_workers_are() -> None:
    assert places("朝鲜的发制品对华出口额达到人民币11.77亿元") == {"cn"}
    assert places("加工好的假睫毛包装后销往美国、日本和韩国") == {"us", "jp", "kr"}
    assert places("朝鲜人在中国的工厂和餐馆打工,在俄罗斯的伐木营工作") == {"cn", "ru"}
    assert places("这些工人被朝鲜政府派遣到中国工厂,为其政府创收") == {"cn"}
    assert places("中國公司從朝鮮進口假睫毛半成品") == {"cn"}
    # where goods come from is no destination
    assert places("中国商人从俄罗斯进口海鲜") == set()


def test_chinese_channels_and_names() -> None:
    def channels(text: str) -> set[str]:
        return {h.value["channel"] for h in find_channels(simplified(text))}

    assert channels("中国的高端假发也主要送往朝鲜进行加工") == {"contract_processing"}
    assert channels("之后打上“中國製造”的標籤銷往全世界") == {"relabelling"}
    assert channels("这些工人被朝鲜政府派遣到中国工厂") == {"labour_export"}
    assert channels("公司举办了一场庆祝派对") == set()
    text = simplified("2023年2月,中国丹东。东港市金辉食品有限公司——当地一家海产品加工企业,举办了一场庆祝派对。")
    assert [(h.value["name"], h.rule) for h in find_names(text)] == [("东港市金辉食品有限公司", "organisation:zh_name")]
    assert [h.value["name"] for h in find_names("在俄罗斯木材加工厂和波兰造船厂工作")] == []


def test_a_chinese_report_end_to_end_keeps_offsets_and_leaves_goods_in_names_alone() -> None:
    text = "位于山东青岛的平度天姿蝶恋眼睫毛厂负责人陈厂长说,朝鲜的人工成本大约是国内的一半。"
    ex = extract_text(text, document=SourceDocument(id="t", title="t", publisher="p", published="2024-01-23"))
    facility = [m for m in ex.mentions if m.type == "facility"]
    assert [m.text for m in facility] == ["平度天姿蝶恋眼睫毛厂"]
    assert text[facility[0].start:facility[0].end] == facility[0].text
    assert not [m for m in ex.mentions if m.type == "goods"]


def test_korean_day_ranges_until_now_and_workers_sent() -> None:
    def ko(text: str, base: dt.date) -> set[str]:
        return {f"{a or ''}/{b or ''}" for a, b in (h.period for h in find_any_periods(text, base))}

    assert ko("지난달 28일에서 29일 사이 투먼으로 노동자들이 이동했다", dt.date(2024, 9, 11)) == {"2024-08-28/2024-08-29"}
    assert ko("지난 3월 초부터 최근까지 노동자 수백 명이 들어왔다", dt.date(2024, 5, 15)) == {"2024-03/2024-05"}
    countries = {h.value["country"] for h in find_destinations("단둥으로 북한 노동자 약 500명이 파견됐다")}
    assert countries == {"cn"}
    countries = {h.value["country"] for h in find_destinations("중국산으로 포장해 한국, 일본, 서방 국가 등으로 수출했다")}
    assert countries == {"kr", "jp"}


def test_english_years_running_and_workers_dispatched() -> None:
    assert [h.period for h in find_any_periods("North Koreans were employed in 2017 and 2018.")] == [("2017", "2018")]
    assert [h.period for h in find_any_periods("It adds that a 2017 resolution required the repatriation.")] == []
    assert {h.value["channel"] for h in find_channels("thousands of workers officially dispatched to Chinese plants")} == {
        "labour_export"}
    assert find_channels("More than 1,000 workers were sent to seafood factories in Liaoning.") == []


def test_buyers_named_after_what_they_are_and_destinations_further_on_in_the_clause() -> None:
    from chainlight.extract.phrases import candidates

    text = "Seafood processed by North Koreans was shipped to American stores, including Walmart and ALDI."
    assert [c.queries[0] for c in candidates(text)] == ["Walmart", "ALDI"]
    assert {h.value["country"] for h in find_destinations(
        "seafood exported from North Korea to China, or a combination of both, into the United States")} == {"cn", "us"}
    assert {h.value["country"] for h in find_destinations(
        "The Treasury Department noted that NTC has had laborers in various countries, including Russia.")} == {"ru"}
    assert {h.value["country"] for h in find_destinations("CBP blocked 15 shipments of seafood from China.")} == {"us"}


def test_korean_provinces_and_a_city_named_in_the_genitive() -> None:
    assert {h.value["country"] for h in find_destinations(
        "최근 랴오닝성 내 여러 공장에서 북한 노동자들을 대거 고용한 것으로 전해졌다.")} == {"cn"}
    assert {h.value["country"] for h in find_destinations(
        "최근 다롄시의 한 수산물 공장에 35명의 북한 여성들이 고용됐다")} == {"cn"}
    assert {h.value["country"] for h in find_destinations(
        "해당 인력들은 주로 온성군 남양을 통해 중국 지린성 투먼(圖們)으로 유입되는 것으로 전해졌다.")} == {"cn"}


def test_chinese_firms_with_a_legal_form_and_relative_months() -> None:
    text = simplified("美国海关称,浙江日出服装集团有限公司、荣成日新食品有限公司和景德贸易有限公司使用了朝鲜劳工")
    assert [h.value["name"] for h in find_names(text)] == ["浙江日出服装集团有限公司", "荣成日新食品有限公司", "景德贸易有限公司"]
    assert [h.value["name"] for h in find_names("这家有限公司和一家食品有限公司雇用了朝鲜工人")] == []
    assert spans("上个月,约500名朝鲜女工抵达珲春", dt.date(2024, 9, 11)) == {"2024-08/2024-08"}
    assert places("上个月,约500名朝鲜女工抵达珲春") == {"cn"}
    # a government body between the place and a firm: no place of work
    assert places("美国财政部制裁了雇用朝鲜工人的中国公司") == {"cn"}


def test_counts_of_importers_and_suppliers_are_counts_of_firms() -> None:
    from chainlight.extract.quantities import find_quantities as english_figures

    assert [h.value["value"] for h in english_figures("CBP sent letters to about 100 importers in June.")] == [100]
    assert [h.value["kind"] for h in english_figures("Ten suppliers in Hunchun")] == ["facilities"]


def test_publication_dates_in_chinese_and_korean_seafood_plants_and_women_sent_to_work() -> None:
    assert spans("据中国海关总署1月22日公布的统计数据,2023年,朝鲜的发制品对华出口额达到人民币11.77亿元",
                 dt.date(2024, 1, 23)) == {"2023/2023"}
    assert {g.value["category"] for g in find_goods("그들 대부분은 의류 공장과 수산 공장에서 일한다")} == {"apparel", "seafood"}
    assert {h.value["channel"] for h in find_channels("두 지방의 공장에서 일하도록 보내진 젊은 여성들")} == {"labour_export"}


def test_a_place_inside_a_chinese_firm_name_is_no_destination_and_via_is_no_source() -> None:
    text = "朝鲜假发假睫毛经由中国销售给全球美容店。东港市金辉食品公司雇用了约50至70名朝鲜工人。"
    ex = extract_text(text, document=SourceDocument(id="t", title="t", publisher="p", published="2024-02-05"))
    assert [(m.type, m.text) for m in ex.mentions if m.type in ("destination", "organisation")] == [
        ("destination", "中国"), ("organisation", "东港市金辉食品公司")]
    assert ex.language == "zh"


def test_south_korea_as_inter_korean_texts_name_it() -> None:
    assert {h.value["country"] for h in find_destinations("북한 노동자들이 만든 의류가 남측으로 반입됐다")} == {"kr"}
    assert {h.value["country"] for h in find_destinations("중국, 남측 등으로 수출했다")} == {"cn", "kr"}
