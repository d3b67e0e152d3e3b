"""Classes found on the eighth real-world set's dev half (issue 15): coal carried against the ban (ship-to-ship and
ship-to-barge transfers, cargo reloaded at a third country's port), where it lands, China as 我国, production moved
to North Korea, a space before 万 in a copied figure, host countries of firms and of workers received, and ranges of
dates closed by 같은 달.  Sentences written for the test in the words press reports use, or quoted from the dev half."""

from __future__ import annotations

import datetime as dt

from chainlight.classify import Classifier
from chainlight.extract import chinese
from chainlight.extract.goods import find_goods
from chainlight.extract.phrases import candidates
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import channels, organisations, places, spans


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(chinese.simplified(text))}


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(chinese.simplified(text))}


def zh_channels(text: str) -> set[str]:
    return channels(chinese.simplified(text))


# ----------------------------------------------------------------------------------------------- Chinese
def test_chinese_figure_with_a_space_before_its_scale() -> None:
    assert zh_figures("朝鲜去年靠出口煤炭赚进约2亿5000 万美元") == {"money=250000000"}
    # a scale alone counts nothing
    assert zh_figures("制裁使朝鲜每年损失数以万美元计的收入") == set()


def test_chinese_cargo_landed_or_handed_over_goes_there() -> None:
    assert zh_places("部分朝鲜煤炭今年3月运抵韩国和日本") == {"kr", "jp"}
    assert zh_places("朝鲜煤炭先从朝鲜货船转交到中国驳船") == {"cn"}
    assert zh_places("这批煤炭随后送到越南") == {"vn"}
    # a place named by what it is near
    assert zh_places("煤炭直接运到靠近天津的港口") == {"cn"}
    # a Russian coal port known by its own name
    assert zh_places("该船把朝鲜煤炭运往霍尔姆斯克") == {"ru"}


def test_chinese_transit_hub_is_a_destination() -> None:
    assert zh_places("俄罗斯的瓦尼诺港已成为朝鲜煤炭的中转站") == {"ru"}
    # a port that is no hub of the trade says nothing
    assert zh_places("俄罗斯的瓦尼诺港冬季结冰") == set()


def test_chinese_our_country_in_a_mainland_text_is_china() -> None:
    assert zh_places("今年前五个月我国从朝鲜进口假发1200吨") == {"cn"}
    assert zh_places("我國對朝鮮進口3.5億元,同比增長40%") == {"cn"}
    # 北韩 is how Taiwan and Hong Kong write it: "our country" is not China there
    assert zh_places("我国从北韩进口的商品不多") == set()


def test_chinese_ship_to_ship_and_transshipment_are_smuggling() -> None:
    assert zh_channels("朝鲜煤炭大多从朝鲜船只转交到中国驳船") == {"smuggling"}
    assert zh_channels("他们把煤炭运到公海上,再让驳船接货") == {"smuggling"}
    assert zh_channels("货船在纳霍德卡卸货后重新装上另一艘船,运往日本") == {"smuggling"}
    assert zh_channels("朝鲜把煤炭运到俄罗斯,然后再卖给韩国买家") == {"smuggling"}
    # a ferry's passengers transferred to a bus are no cargo
    assert zh_channels("乘客下船后转乘大巴前往市区") == set()


def test_chinese_production_moved_to_north_korea_is_contract_processing() -> None:
    assert zh_channels("假睫毛的手工环节已转移到朝鲜") == {"contract_processing"}
    assert zh_channels("这些头发经过朝鲜的加工,做成假发") == {"contract_processing"}
    # processing at home only
    assert zh_channels("这些头发经过国内的加工,做成假发") == set()


# ----------------------------------------------------------------------------------------------- English
def test_english_vessel_on_its_way_goes_there_and_the_noun_ship_is_no_verb() -> None:
    assert places("Coast guards boarded the tanker as it was on its way to Nakhodka with North Korean coal") == {"ru"}
    assert places("The freighter was headed to Vietnam with a cargo of anthracite") == {"vn"}
    # "the ship was released ... to" is the vessel, not goods shipped
    assert places("the ship was later handed over to Panama's registry officials") == set()


def test_english_firm_helping_send_workers_is_no_host_as_set_1_reads_it() -> None:
    # set 1's annotator reads the same Treasury wording as naming no destination; the earlier sets' reading is kept
    assert places("a China-based North Korean lodging facility that facilitates the practice of sending laborers abroad") \
        == set()


def test_english_firm_named_as_the_ultimate_recipient_is_a_destination() -> None:
    assert places("a Japanese trading firm that was to be the final consignee of the North Korean anthracite") == {"jp"}
    assert places("a Chinese company said it was not the recipient of any shipment") == set()


def test_english_banned_cargo_carried_out_of_north_korea_is_smuggling() -> None:
    assert channels("The freighter carried thousands of tonnes of banned coal out of North Korea") == {"smuggling"}
    assert channels("Brokers shipped sanctioned iron ore from North Korea to Chinese ports") == {"smuggling"}
    # the ban itself, stated as law, moves nothing
    assert channels("Exports of coal from North Korea are banned under UN resolutions") == set()


def test_english_firm_called_by_name_and_owner_of_a_vessel() -> None:
    assert "Seohae" in organisations("a South Korean company called Seohae was to receive the cargo")
    assert "HK Yilin" in organisations("the tanker owned by HK Yilin loaded coal off Nampo")
    # a person who owns a vessel is no organisation
    assert organisations("the tanker owned by Kim Chol Nam loaded coal off Nampo") == []


# ----------------------------------------------------------------------------------------------- Korean
def ko_figures(text: str) -> set[str]:
    out = set()
    for h in find_quantities(text):
        top = f"-{h.value['max']}" if "max" in h.value else ""
        out.add(f"{h.value['kind']}={h.value['value']}{top}")
    return out


def test_korean_range_closed_by_the_same_month_or_year() -> None:
    assert spans("해당 선박은 2018년 3월 2일부터 같은 달 19일까지 공해상에서 북한 선박에 정제유를 넘긴 혐의를 받고 있다") == {
        ("2018-03-02", "2018-03-19")}
    assert spans("북한 노동자들은 2019년 4월부터 같은 해 10월까지 훈춘 공장에서 일했다") == {("2019-04", "2019-10")}


def test_korean_start_known_only_within_its_year_opens_in_that_year() -> None:
    assert spans("북한은 2023년 말부터 러시아로 노동자를 다시 보내기 시작했다") == {("2023", None)}
    base = dt.date(2025, 3, 1)
    assert spans("지난해 초부터 올해 말에 걸쳐 중국 공장의 북한 노동자가 늘었다", base) == {("2024", "2025")}
    # a month keeps its precision
    assert spans("지난해 11월부터 올해 2월까지 단둥에 노동자가 들어왔다", base) == {("2024-11", "2025-02")}


def test_korean_day_of_a_statement_is_no_period() -> None:
    base = dt.date(2025, 1, 20)
    assert spans("통일부는 지난해 12월 3일, 중국 내 북한 노동자가 3만 명이라고 밝혔다", base) == set()
    # the day of an event the sentence reports stays
    assert spans("북한 노동자 200명은 지난해 12월 3일, 훈춘에 도착했다", base) == {("2024-12-03", "2024-12-03")}


def test_korean_range_sharing_its_scale_and_counts_without_their_noun() -> None:
    assert ko_figures("2015년까지 러시아는 2~3만 명을 받아들인 것으로 추정된다") == {"workers=20000-30000"}
    assert ko_figures("북한 노동자는 단둥에만 1~2만 명이다") == {"workers=10000-20000"}
    assert ko_figures("그 수는 지난해 기준 1만 5천 명 정도로 알려졌다") == {"workers=15000"}
    # a first number that is already larger than the second's scale keeps its value
    assert ko_figures("노동자 3000~1만 명이 일한다") == {"workers=3000-10000"}


def test_korean_country_that_takes_workers_in() -> None:
    assert places("러시아는 벌목장과 건설 현장에 노동자를 받아 왔다") == {"ru"}
    assert places("중국은 지난해까지 2만 명을 받아들였던 것으로 보인다") == {"cn"}
    assert places("러시아는 일손이 모자라자 북한으로부터 인력을 충원하고 있다") == {"ru"}
    # other nationals
    assert places("러시아는 중앙아시아 노동자를 받아 왔다") == set()


def test_korean_workers_sent_to_a_list_and_the_partner_country() -> None:
    assert places("북한은 올해 중국과 러시아로의 노동자 송출을 늘렸다") == {"cn", "ru"}
    assert places("북한과 중국은 노동자 파견 문제를 논의했다") == {"cn"}
    # a partner country in a sentence that sends nobody
    assert places("북한과 중국은 무역 문제를 논의했다") == set()


def test_korean_workers_taken_from_north_korea_are_labour_export() -> None:
    assert channels("러시아 건설업체들은 북한에서 노동자를 데려와 현장에 투입했다") == {"labour_export"}
    assert channels("이에 북한으로부터 인력을 충원한 것으로 보인다") == {"labour_export"}


def test_korean_felling_is_timber() -> None:
    assert {g.value["category"] for g in find_goods("시베리아 벌채 현장에 북한 노동자가 일한다", Classifier())} == {"timber"}


# ----------------------------------------------------------------------------------------------- beyond the dev quotes
def test_remote_it_workers_employers_and_laptop_farms() -> None:
    assert places("North Korean IT workers used stolen identities to work remotely for U.S. companies") == {"us"}
    assert places("the IT workers were hired by British and Japanese firms") >= {"jp"}
    assert {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(
        "He ran two laptop farms that served more than 60 U.S. companies")} == {"facilities=2", "facilities=60"}
    # employers of no remote work are not read so
    assert places("U.S. companies reported higher profits this quarter") == set()


def test_cargo_unloaded_somewhere_landed_there() -> None:
    assert places("The coal was later unloaded at the port of Kholmsk") == {"ru"}
    assert places("북한산 석탄은 중국 닝보 인근 해역에서 하역됐다") == {"cn"}
    assert places("북한 선박이 석탄을 중국 바지선에 옮겨 실었다") == {"cn"}
    # where cargo is loaded is no destination
    assert places("The coal was loaded at Nampo in North Korea") == set()


def test_korean_cargo_moved_between_vessels_is_smuggling() -> None:
    assert channels("화물선은 북한 선박 덕성호로부터 석탄을 옮겨 실은 뒤 출항했다") == {"smuggling"}
    assert channels("북한 선박들이 석탄을 중국 바지선에 옮겨 싣는 방식으로 제재를 피했다") == {"smuggling"}
    # passengers who change vessels carry no cargo
    assert channels("승객들은 여객선에서 내려 버스로 갈아탔다") == set()


def test_korean_firm_named_after_its_kind() -> None:
    found = [c.queries[0] for c in candidates("정부는 홍콩 해운사 HK이린해운을 독자 제재 대상으로 지정했다")
             if c.type == "organisation"]
    assert "HK이린해운" in found


def test_chinese_deaths_months_of_this_year_and_commissioned_processing() -> None:
    assert zh_figures("工地上约有190名朝鲜工人,其中一人死亡") == {"workers=190", "deaths=1"}
    found = {(h.value["start"], h.value["end"]) for h in chinese.find_periods(chinese.simplified("今年1至7月,纺织品出口增长"),
                                                                              dt.date(2014, 9, 29))}
    assert found == {("2014-01", "2014-07")}
    assert zh_channels("中国企业委托朝鲜工厂加工服装") == {"contract_processing"}
    assert zh_places("俄罗斯远东地区有大约3万名朝鲜劳工") == {"ru"}


def test_english_goods_moved_against_the_law_and_a_single_buyer() -> None:
    assert channels("The vessel was used to illicitly ship coal from North Korea to foreign buyers") == {"smuggling"}
    assert channels("Investigators traced illegal shipments of iron ore to Chinese ports") == {"smuggling"}
    # unlawful labour is no cargo
    assert channels("the illegal employment of foreign workers was reported") == set()
    assert places("The coal was sold to a purchaser in South Korea, according to the complaint") == {"kr"}


def test_english_firm_described_by_its_owner_and_a_ranking_is_no_firm() -> None:
    assert "Volasys Silverstar" in organisations(
        "Yanbian Silverstar, a China-based company, and Volasys Silverstar, its Russia-based front company, employed "
        "North Korean IT workers")
    assert "Fortune" not in organisations("The workers got jobs at U.S. companies, including Fortune 500 firms")
    assert {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(
        "The FBI searched 29 known or suspected laptop farms, some serving Fortune 500 firms")} == {"facilities=29"}


def test_chinese_rough_part_of_a_year_alone_is_the_year() -> None:
    base = dt.date(2018, 3, 26)

    def zh_spans(text: str) -> set[tuple[str | None, str | None]]:
        return {(h.value["start"], h.value["end"]) for h in chinese.find_periods(chinese.simplified(text), base)}

    assert zh_spans("截至2017年底,在俄罗斯工作的朝鲜劳工约有3万人") == {("2017", "2017")}
    assert zh_spans("去年底以来,朝鲜工人陆续回国") == {("2017", None)}
    # a half year is exact; a range keeps its months
    assert zh_spans("2017年上半年") == {("2017-01", "2017-06")}
    assert zh_spans("2016年初至2017年底") == {("2016-01", "2017-12")}
    assert zh_figures("他在家中經營3座筆電農場") == {"facilities=3"}


def test_korean_ship_class_is_no_cargo_and_laptop_farms_are_counted() -> None:
    assert ko_figures("5천t급 화물선이 북한산 석탄 약 3천t을 싣고 있었다") == {"weight=3000"}
    assert ko_figures("미 연방수사국은 8개 주에서 노트북 농장 12곳을 수색했다") == {"facilities=12"}


def test_korean_coal_routed_through_a_port_and_carried_to_a_sea_area() -> None:
    assert places("북한산 석탄은 러시아 바니노항을 거쳐 한국으로 운송됐다") == {"ru", "kr"}
    assert places("북한 선박들은 중국 닝보 인근 해역으로 석탄을 운반했다") == {"cn"}
    # a port left from is no destination
    assert places("화물선은 남포항을 떠났다") == set()


def test_korean_where_remote_workers_live_and_unlawful_transfers() -> None:
    assert places("이들은 주로 중국과 러시아에 거주하며 미국 기업의 원격 일자리를 얻었다") == {"cn", "ru", "us"}
    # residents who do no work are not read so
    assert places("탈북민 일부는 중국에 거주하며 가족과 연락한다") == set()
    assert channels("북한이 지난해 중국 영해에서 석탄을 불법 환적했다") == {"smuggling"}


def test_english_seized_vessel_taken_into_custody_goes_to_no_market() -> None:
    assert places("The tanker is now in the custody of the United States, as it was towed to Guam") == set()
    assert places("The vessel was seized and it was transported to American Samoa") == set()
    # goods taken somewhere before the seizure did go there
    assert places("Customs seized coal that had been taken to Vietnam from North Korea") == {"vn"}


def test_english_firms_counted_then_named() -> None:
    found = organisations("Two North Korean companies, Yanbian Silverstar and Volasys Silverstar, employed the IT workers")
    assert "Yanbian Silverstar" in found and "Volasys Silverstar" in found


def test_chinese_workers_in_a_country_named_by_one_character_and_two_markets_in_one_word() -> None:
    assert zh_places("目前在俄朝鲜劳工约为3万人") == {"ru"}
    assert zh_places("俄罗斯是朝鲜劳工的主要输入国之一") == {"ru"}
    assert zh_places("产品返销中国或出口到欧美") == {"cn", "eu", "us"}
    assert zh_places("这批假发销往日韩") == {"jp", "kr"}
    # a border of two countries is no market
    assert zh_places("中俄边境的口岸今年重新开放") == set()
    assert zh_figures("一名朝鲜工人在工地上死于心力衰竭") == {"deaths=1"}


def test_korean_months_of_a_year_owner_of_a_vessel_and_materials_supplied() -> None:
    assert spans("북한은 2019년 1~8월 석탄 370만t을 수출했다") == {("2019-01", "2019-08")}
    assert spans("북한은 2019년 3월~5월 석탄을 수출했다") == {("2019-03", "2019-05")}
    found = [c.queries[0] for c in candidates("OS해운이 소유한 화물선은 남포에서 석탄을 실었다") if c.type == "organisation"]
    assert "OS해운" in found
    assert channels("중국 기업이 원단을 제공하고 북한 노동자가 옷을 만드는 방식") == {"contract_processing"}
    assert places("훈춘시의 경제개발구에는 북한 노동자 2천여 명이 일한다") == {"cn"}


def test_a_voyage_without_cargo_and_a_number_of_defectors() -> None:
    assert places("Kim Jong Un was en route to Vladivostok for a summit") == set()
    assert ko_figures("탈북민이 늘었고 그 수는 지난해 3만 명을 넘었다") != {"workers=30000"}
    assert places("일본은 지난해 관광객 300만 명을 받아들였다") == set()


def test_rewards_and_victims_losses_are_no_figures() -> None:
    assert ko_figures("The State Department offered a reward of up to $5 million for information") == set()
    assert ko_figures("Victim companies suffered losses of approximately $3 million") == set()
    assert ko_figures("The IT workers earned more than $1 million for the regime") == {"money=1000000"}
    assert ko_figures("미 국무부는 최대 500만 달러의 포상금을 내걸었다") == set()
    assert zh_figures("美国国务院悬赏最高500万美元") == set()
    assert zh_figures("这些工作者赚取了约100万美元") == {"money=1000000"}


def test_persons_indicted_and_identity_theft_victims_are_no_figures() -> None:
    assert ko_figures("미 법무부는 북한 국적자 4명을 기소했다") == set()
    assert ko_figures("북한 IT 노동자들은 미국인 80여 명의 신원을 도용해 100여 개 미국 기업에 취업했다") == {"facilities=100"}
    assert zh_figures("美国司法部起诉了14名北韩人") == set()
    # workers counted where they work stay
    assert ko_figures("북한 노동자 4명이 공장에서 일한다") == {"workers=4"}
    assert zh_figures("工地上有14名朝鲜工人") == {"workers=14"}


def test_day_of_a_designation_is_no_period_and_no_part_of_a_name() -> None:
    base = dt.date(2024, 7, 19)
    assert spans("The government designated HK Yilin Shipping Company on July 18 for its role", base) == set()
    assert spans("The designation takes effect on December 12, 2024.", base) == set()
    assert spans("Treasury sanctioned the firm on Thursday, January 16, 2025.", base) == set()
    # a day of the chain in the same sentence stays
    assert spans("The sanctioned tanker was seized on March 30, 2024 near Vladivostok.", base) == {("2024-03-30", "2024-03-30")}
    assert spans("Treasury designated the firm, whose vessel loaded coal on March 18, 2024.", base) == {
        ("2024-03-18", "2024-03-18")}
    assert "HK Yilin Shipping Company" in organisations("The government designated HK Yilin Shipping Company on July 18")


def test_anthracite_and_dredged_sand() -> None:
    def cats(text: str) -> set[str]:
        return {g.value["category"] for g in find_goods(text, Classifier())}

    assert cats("North Korea shipped anthracite to Vietnam") == {"coal"}
    assert cats("북한산 무염탄 2천t을 실은 선박") == {"coal"}
    assert cats("북한산 모래를 중국으로 반출했다") == {"minerals"}
    assert cats("朝鲜河砂出口到中国") == {"minerals"}
    # an hourglass is no sand trade
    assert "minerals" not in cats("모래시계를 선물했다")


def test_korean_coal_taken_over_from_a_ship_and_landed_in_territorial_waters() -> None:
    assert channels("화물선은 북한 선박 덕성호로부터 석탄을 넘겨받은 뒤 출항했다") == {"smuggling"}
    assert places("화물선은 석탄을 싣고 러시아 나홋카로 향했다") == {"ru"}
    assert places("이 가운데 47차례는 중국 영해에서 직접 하역됐다") == {"cn"}


def test_chinese_processing_trade_and_supplied_cloth_sewn_in_north_korea() -> None:
    assert zh_channels("丹东有上百家企业与朝鲜开展服装加工贸易") == {"contract_processing"}
    assert zh_channels("中国企业提供面料,朝鲜工厂负责缝制") == {"contract_processing"}
    # trade that processes nothing
    assert zh_channels("丹东有上百家企业与朝鲜开展边境贸易") == set()


def test_english_transshipped_and_re_exported_goods_go_there() -> None:
    assert places("The coal was transshipped to Vietnam and re-exported to South Korea.") == {"vn", "kr"}


def test_korean_firm_led_by_an_initialism_or_quoted_after_its_kind() -> None:
    def ko_orgs(text: str) -> list[str]:
        return [c.queries[0] for c in candidates(text) if c.type == "organisation"]

    assert "HK이린해운" in ko_orgs("더이호의 선주인 HK이린해운은 홍콩에 등록된 회사다")
    assert "HK이린 해운사" in ko_orgs("정부는 HK이린 해운사와 북한 선박을 제재했다")
    assert "HK 이린 해운" in ko_orgs("정부는 선박회사인 'HK 이린 해운'과 북한 선박을 제재 대상으로 지정했다")
    # an initialism alone is no firm
    assert ko_orgs("UN 안보리는 결의를 채택했다") == []


def test_chinese_stolen_identity_names_no_destination() -> None:
    assert zh_places("北韩IT工作者冒用美国人身份申请工作") == set()
    assert zh_places("北韩IT工作者冒用美国人身份,受雇于美国公司") == {"us"}
