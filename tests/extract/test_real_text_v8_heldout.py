"""Classes found on the eighth real-world set's held-out half after it was scored once (issue 15, ninth round):
transshipment (환적) of North Korean cargo at sea, North Korean workers counted as they take jobs abroad, workers
conveyed or picked at home and sent (输送劳工, 被选中后送往), materials exported and the made-up goods imported back,
cargo moved to a country's barge (옮기는), exports "to China" with the goods between (对中国的纺织品出口), where
workers are based (以……为据点), IT jobs and their employers' countries, a firm's IT workers, the year of a figure a
rise starts from (从2010年的16.0%), hours of work without "a day", a death told in two clauses, the press's "$88m" and
"£70m", "so-called" laptop farms in quotation marks, dredged soil as minerals, prosecutors and their officers as no
organisations of a chain, and an initialism before a glossed Korean name.  The first sentence of each test is the
held-out quote; the others are written for the test, and the negatives keep each class from reaching too far."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import channels, organisations, places


def zh(text: str) -> str:
    return chinese.simplified(text)


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(zh(text))}


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(zh(text))}


def figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(text)}


# ----------------------------------------------------------------------------------------------- Korean
def test_korean_transshipment_of_north_korean_cargo_is_smuggling() -> None:
    assert "smuggling" in channels("북한 남포항 인근에서 북한 무연탄을 환적한 홍콩 소재 선박회사 HK 이린사(HK Yilin Shipping Co Ltd)와")
    assert "smuggling" in channels("더이호(DE YI)가 올해 3월 북한 남포 인근 해상에서 북한 선적 선박인 덕성호로부터 북한산 석탄을 환적받아 "
                                   "운송한 것으로 결론내렸으며")
    assert "smuggling" in channels("해상에서 북한 선박 덕성호로부터 무염탄 약 4,500톤을 환적 받은 것으로")
    assert "smuggling" in channels("280만 톤은 북한 국적의 선박에서 중국 바지선으로 옮기는 '선박 대 선박' 환적 방식으로 수출됐다고")
    # a port's ordinary transshipment business names no smuggling
    assert "smuggling" not in channels("부산항은 컨테이너 환적 물동량이 늘었다고 밝혔다")


def test_korean_cargo_moved_to_a_countrys_barge_goes_there() -> None:
    assert "cn" in places("이 가운데 280만 톤은 북한 국적의 선박에서 중국 바지선으로 옮기는 '선박 대 선박' 환적 방식으로 수출됐다고")


def test_korean_workers_counted_taking_jobs_abroad_are_a_labour_export() -> None:
    assert "labour_export" in channels("북한 인력 145명이 국경 인근 중국 투먼(圖們)시 섬유공장에 취업해 업무를 시작했다고")
    assert "labour_export" in channels("북한 여성 노동자 300여명이 러시아 연해주 봉제공장에 취업했다")
    # uncounted, or not taking a job, is no export by this reading
    assert "labour_export" not in channels("북한 인력이 일하는 공장이 많다")
    assert "labour_export" not in channels("북한 주민 145명이 중국 공장에서 탈출했다")


def test_korean_dredged_soil_is_minerals() -> None:
    cats = {g.value["category"] for g in find_goods("북한은 최소 100만 톤의 하천 준설토도 중국으로 수출했으며", Classifier())}
    assert cats == {"minerals"}


def test_korean_initialism_before_a_glossed_name_belongs_to_it() -> None:
    assert "HK 이린사" in organisations("북한 무연탄을 환적한 홍콩 소재 선박회사 HK 이린사(HK Yilin Shipping Co Ltd)와")


# ----------------------------------------------------------------------------------------------- Chinese
def test_chinese_workers_conveyed_or_picked_and_sent_are_a_labour_export() -> None:
    assert "labour_export" in channels(zh("早在苏联时期,朝鲜就开始向远东地区的伐木场输送劳工"))
    assert "labour_export" in channels(zh("在朝鲜国内被选中后,统一送往圣彼得堡,在工头的集中管理下做工"))
    # goods conveyed, or people picked for a team at home, are no labour export
    assert "labour_export" not in channels(zh("管道每年向欧洲输送天然气"))
    assert "labour_export" not in channels(zh("他在国内被选中参加比赛"))


def test_chinese_materials_out_and_goods_back_is_contract_processing() -> None:
    assert "contract_processing" in channels(zh("中国纺织品企业纷纷向朝鲜出口原材料后,再进口于当地生产加工的成品"))
    assert "contract_processing" in channels(zh("韩国企业运送面料到开城,然后运回成品"))
    assert "contract_processing" not in channels(zh("中国向朝鲜出口原材料"))


def test_chinese_export_to_a_country_with_the_goods_between() -> None:
    assert "cn" in zh_places("2014年1~7月份,朝鲜对中国的纺织品出口额达4.1亿美元")
    assert "cn" in zh_places("朝鲜对中国的煤炭出口大幅下降")


def test_chinese_where_workers_are_based() -> None:
    assert zh_places("這些自由接案的IT人員其實是北韓國民,主要以中國及俄羅斯為據點") == {"cn", "ru"}
    # a base with no North Korean or work in the sentence is no destination
    assert zh_places("该球队以上海为基地") == set()


def test_chinese_year_of_a_figure_a_rise_starts_from_is_that_year() -> None:
    found = {(h.value["start"], h.value["end"])
             for h in chinese.find_periods(zh("从2010年的16.0%上升至2011年的17.1%,2012年上涨至18.2%"), None)}
    assert ("2010", "2010") in found and ("2010", None) not in found
    # 从 before a year alone still opens the period
    assert {(h.value["start"], h.value["end"]) for h in chinese.find_periods(zh("从2010年开始,朝鲜劳工增加"), None)} \
        == {("2010", None)}


def test_chinese_hours_of_work_and_a_death_in_two_clauses() -> None:
    assert "work_hours=10" in zh_figures("白天,這些人至少连轴转工作10个小时")
    assert "deaths=1" in zh_figures("2016年11月,一位朝鲜工人心脏病突发,死在泽尼特场馆外的集装箱里")
    assert not any(f.startswith("deaths") for f in zh_figures("一位朝鲜工人说,工资被拖欠"))


# ----------------------------------------------------------------------------------------------- English
def test_english_it_jobs_name_their_employers_country() -> None:
    assert "us" in places("These workers allegedly used the stolen personal information of over 80 Americans to "
                          "fraudulently obtain jobs at more than 100 U.S. IT companies.")
    assert "us" in places("Fourteen North Korean nationals have been accused of using false identities to get IT jobs "
                          "with US companies")
    assert "cn" in places("Since 2021, the Chinese front company’s IT workers earned over $1 million for North Korean "
                          "entities.")
    # "U.S. companies" outside IT work is no destination by this rule, nor IT firms that employ no one
    assert places("Shares of U.S. companies rose on Monday.") == set()
    assert places("Hackers breached U.S. IT firms last year.") == set()


def test_english_press_money_scales_and_pounds() -> None:
    assert figures("alleges that $88m (£70m) was generated for the North Korean government") == \
        {"money=88000000", "money=70000000"}
    assert "money=1200000000" in figures("the scheme raised $1.2bn for the regime")
    # a word that starts with m after a sum is no scale
    assert "money=5" in figures("paid $5 more per shift")


def test_english_laptop_farms_in_quotation_marks_are_counted() -> None:
    assert "facilities=29" in figures("The U.S. Department of Justice has uncovered 29 so-called “laptop farms” used by "
                                      "North Korean information technology (IT) workers")


def test_english_prosecutors_and_their_officers_are_no_organisations() -> None:
    text = ("Washington, DC - Assistant Attorney General for National Security John C. Demers, U.S. Attorney Geoffrey "
            "S. Berman for the Southern District of New York, Assistant Director John Brown of the FBI’s "
            "Counterintelligence Division and Assistant Director William F. Sweeney Jr. of the FBI’s New York Field "
            "Office announced Thursday the filing of a civil forfeiture complaint against M/V Wise Honest.")
    assert organisations(text) == []
    assert organisations("We are deeply committed to the role the Justice Department plays in applying maximum "
                         "pressure to the North Korean regime.") == []
    assert organisations("Our Office uncovered North Korea’s scheme to export tons of high-grade coal.") == []
    # a firm of the chain in the same kind of sentence stays
    assert organisations("Our Office found that Korea Songi Trading Company shipped the coal.") == \
        ["Korea Songi Trading Company"]


# ----------------------------------------------------------------------------------------------- a seen set's class
def test_korean_sum_converted_in_brackets_without_its_currency_is_won() -> None:
    # set 4's held-out quote (seen): 1684만 6000달러(약 233억) is also 23.3 billion won
    assert figures("인조 속눈썹, 수염, 가발 등 품목을 1684만 6000달러(약 233억)어치를 중국으로 수출했다") == \
        {"money=16846000", "money=23300000000"}
    assert figures("연간 500만 달러(약 65억 원) 규모") == {"money=5000000", "money=6500000000"}
    # a year in brackets after a sum is no sum
    assert figures("수출액은 500만 달러(2019)였다") == {"money=5000000"}


def test_a_month_or_day_no_calendar_has_is_no_period_and_no_crash() -> None:
    # readers take "34월" or "March 34" from a typo or a list; the claim built on it could not be dated (it crashed
    # when the claim padded the month): no period is kept, the rest of the sentence still is
    from chainlight.extract import extract_text
    from chainlight.extract.periods import valid_period

    assert valid_period("2018", None) and valid_period("2018-02-28", "2018-03")
    assert not valid_period("2018-34", "2018-34") and not valid_period("2018-02-30", None)
    for text in ("북한은 2018년 34월 가발을 중국에 수출했다.", "Workers were sent to Russia on March 34, 2018.",
                 "朝鲜今年34月向中国出口假发。"):
        claims = extract_text(text).to_claims()
        assert claims and all(c.period_start is None for c in claims)
