"""Classes found on the seventh real-world set's dev half and the seen halves of sets 1-6 (issue 15): where North
Korean workers are as Korean reports say it (a workplace in a place, a place as the centre, 자국 내, 간/방문), North
Koreans counted as they enter a country or by the visas they get, months without a year in English, the base of a
Korean comparison, treaties and advisories that date themselves, labour export and smuggling phrased as reports
phrase them, and two firms joined by "and".  Sentences written for the test in the words press reports use, not
the sets' quotes."""

from __future__ import annotations

import datetime as dt

from chainlight.extract.phrases import candidates
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import channels, organisations, places, spans


def figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in find_quantities(text)}


# ----------------------------------------------------------------------------------------------- destinations
def test_korean_workplace_in_a_place_holds_the_workers() -> None:
    assert places("중국 내 의류 공장에 북한 여성 노동자들이 새로 투입됐다") == {"cn"}
    assert places("단둥시 신도시 공업단지에서 일하는 북한 노동자는 약 2천 명이다") == {"cn"}
    # a place as the centre of where workers are hired
    assert places("지린(吉林)성을 중심으로 북한 노동자들이 봉제공장에 고용됐다") == {"cn"}
    # a county and an autonomous prefecture
    assert places("북한 무역일꾼이 장백현에 상주하며 노동자 파견을 협의했다") == {"cn"}
    assert places("연변조선족자치주에도 북한 노동자가 들어왔다") == {"cn"}
    # no workers, no host: a city's factory that the sentence does not tie to North Koreans
    assert places("중국 내 의류 공장에 주문이 늘었다") == set()


def test_korean_country_of_its_own_workers_and_where_goods_went() -> None:
    assert places("러시아가 자국 내 북한 노동자들의 체류를 연장해 줬다") == {"ru"}
    assert places("중국으로 간 북한산 가발은 포장을 바꿔 팔린다") == {"cn"}
    assert places("북한 주민의 러시아 방문이 크게 늘었다") == {"ru"}
    # a nearer noun ending in 로 does not swallow the place the workers are sent to
    assert places("북한이 학생 비자로 위장해 러시아로 노동자를 보내고 있다") == {"ru"}


def test_korean_importer_firms_are_buyers() -> None:
    assert places("북한 노동자가 가공한 오징어가 미국 수입업체를 통해 팔렸다") == {"us"}


def test_english_host_of_work_permits_and_not_a_war() -> None:
    assert places("work permits were issued to North Koreans in Russia last year") == {"ru"}
    assert "ua" not in places("IT workers help finance Russia's war in Ukraine")


# ----------------------------------------------------------------------------------------------- figures
def test_north_koreans_counted_as_they_enter_or_visit() -> None:
    assert figures("지난해 러시아에 입국한 북한인은 1만 3천 221명으로 집계됐다") == {"people=13221"}
    assert figures("북한 주민의 중국 방문 목적은 관광이 2천 명, 사업이 500명이었다") == {"people=2000", "people=500"}


def test_visas_counted_by_their_kind() -> None:
    found = figures("러시아는 북한 국적자 1200명에게 관광비자를, 300명에게 학생 비자를, 800명에게 취업 비자를 발급했다")
    assert found == {"people=1200", "people=300", "workers=800"}


def test_persons_an_authority_designates_are_no_figure() -> None:
    assert figures("Treasury is sanctioning three individuals and two entities today") == set()
    assert figures("about 3,000 North Koreans work in the zone") == {"workers=3000"}


# ----------------------------------------------------------------------------------------------- periods
def test_english_month_without_a_year() -> None:
    base = dt.date(2020, 7, 7)
    assert spans("North Korea resumed coal exports through ship-to-ship transfers in March", base) == {
        ("2020-03", "2020-03")}
    # a month after the publication month is last year's
    assert spans("more workers have registered in Russia since September", dt.date(2018, 8, 2)) == {("2017-09", None)}
    # a month that dates a statement, not the chain
    assert spans("the commissioner mentioned the holds in October during a Senate hearing", dt.date(2018, 1, 12)) == set()
    assert spans("In July the Walk Free Foundation estimated that one in ten people are enslaved", base) == set()
    assert ("2020-08", "2020-08") not in spans("In August, 2017 the law was passed", base)


def test_since_at_least() -> None:
    assert spans("the company has kept IT workers in Laos since at least 2022") == {("2022", None)}


def test_korean_base_of_a_comparison_and_a_treaty() -> None:
    base = dt.date(2025, 2, 4)
    assert spans("이는 2023년(1천117명) 대비 12배 증가한 것이다", base) == set()
    assert spans("2019년보다 두 배 늘었다", base) == set()
    # a relative year compared against keeps its reading (set 6: 작년에 비해 3배)
    assert spans("생산 계획량은 작년에 비해 3배로 늘었다", base) == {("2024", "2024")}
    assert spans("북한이 6월 러시아와 새 조약을 체결한 뒤 노동자를 보냈다", dt.date(2024, 8, 20)) == set()


def test_an_advisory_dates_itself() -> None:
    assert spans("as the May 16, 2022 IT Worker Advisory explains", dt.date(2025, 1, 16)) == set()


# ----------------------------------------------------------------------------------------------- channels
def test_labour_export_as_reports_phrase_it() -> None:
    assert channels("the regime has sent workers to China and Russia for decades") == {"labour_export"}
    assert channels("North Korean laborers continue to work overseas as cooks and builders") == {"labour_export"}
    assert channels("the firm has maintained delegations of North Korean IT workers in Laos") == {"labour_export"}
    assert channels("workers were sent to the factory floor") == set()  # a place in the plant, not abroad


def test_ship_to_ship_transfers_are_smuggling() -> None:
    assert channels("coal left the country through ship-to-ship transfers") == {"smuggling"}
    assert channels("북한 석탄이 공해상에서 선박 간 환적으로 넘겨졌다") == {"smuggling"}
    assert channels("朝鲜通过船对船转运出口煤炭") == {"smuggling"}


# ----------------------------------------------------------------------------------------------- names
def test_two_firms_joined_by_and() -> None:
    names = organisations("two front companies, Korea Osong Shipping and Chonsurim Trading, were designated")
    assert "Korea Osong Shipping" in names and "Chonsurim Trading" in names
    # one firm whose name holds "and" stays whole
    assert "Dandong Huayang Textiles and Garments Co" in " ".join(organisations(
        "Dandong Huayang Textiles and Garments Co., Ltd. filed a protest"))


# ----------------------------------------------------------------------------------------------- second round
def test_ports_of_arrival_name_their_country() -> None:
    assert places("the squid was distributed nationwide after arriving at Incheon Port from Dalian") == {"kr"}
    assert places("북한산 바지락이 다롄을 거쳐 평택항으로 반입됐다") >= {"kr"}
    assert "kr" not in places("the ship left from Busan Port with goods imported earlier")  # a port left


def test_firms_of_a_country_that_employ_north_koreans_and_korean_buyers() -> None:
    assert places("two Russian construction companies known to hire North Korean workers were named") == {"ru"}
    assert places("a Korean importer bought the clams from a Dandong supplier") >= {"kr"}
    assert "kr" not in places("a North Korean trader sold the clams")


def test_korean_country_that_asks_for_workers_and_a_list_of_cities() -> None:
    assert places("러시아는 건설 인력이 부족해 북한에 노동자 파견을 요청했다") == {"ru"}
    assert places("선양(瀋陽), 다롄(大連)은 물론이고 남부 도시에도 북한 노동자들이 들어갔다") == {"cn"}


def test_customs_officer_named_before_the_holds_and_areas_within_a_country() -> None:
    assert places("CBP Acting Commissioner Jane Doe announced new holds on garments from Dandong") >= {"us"}
    assert places("areas within China suspected of using the labor of North Korean nationals") == {"cn"}


def test_n_out_of_m_firms() -> None:
    assert figures("two out of five Chinese garment factories visited employed North Koreans") == {
        "facilities=2", "facilities=5"}


def test_sectors_of_work_name_goods() -> None:
    from chainlight.extract.goods import find_goods

    def goods(text: str) -> set[str]:
        return {h.value["category"] for h in find_goods(text)}

    assert goods("inmates do sewing and cooking for other prisoners") == {"apparel"}
    assert goods("prisoners repair sewing machines") == set()
    assert goods("outdoor work consists of cultivating crops like rice and corn") == {"agricultural"}


def test_women_sent_and_staffing_agencies() -> None:
    assert channels("북한은 미혼 여성 파견을 줄이려 한다") == {"labour_export"}
    assert channels("중국 인력 파견업체와 함께 공장을 확인했다") == set()


def test_a_year_of_a_sanction_that_bans() -> None:
    assert spans("노동자 수용은 2017년 유엔 안보리 제재로 금지돼 있다") == set()
    assert spans("2018년 북한의 석탄 수출이 급감했다") == {("2018", "2018")}


# ----------------------------------------------------------------------------------------------- press outside the sets
def test_weight_with_a_scale_and_the_first_months_of_a_year() -> None:
    assert figures("North Korea shipped 2.5 million tons of coal to China") == {"weight=2500000"}
    assert spans("it exported coal in the first four months of the year", dt.date(2020, 7, 7)) == {("2020-01", "2020-04")}
    assert spans("exports rose in the first six months of 2023") == {("2023-01", "2023-06")}


def test_korean_rest_days_in_native_numerals() -> None:
    assert figures("북한 노동자들은 하루 14시간씩 일하며 한 달에 한 번 쉰다") == {"work_hours=14", "rest_days=1"}
    assert figures("한 달에 두 번밖에 쉬지 못한다") == {"rest_days=2"}


def test_north_koreans_counted_before_they_enter() -> None:
    text = "2024년 한 해 동안 1만 3000명 이상이 북한에서 러시아로 입국했으며, 이 가운데 약 8000명이 교육 목적이었다"
    assert figures(text) == {"people=13000", "people=8000"}
    assert places(text) == {"ru"}
    assert places("랴오닝성 판진의 수산물 공장에서 북한 노동자들이 일한다") == {"cn"}


def test_quarters_of_a_year() -> None:
    assert spans("러시아가 2025년 1분기 북한 입국자 통계를 공개했다") == {("2025-01", "2025-03")}
    # a quarter without its year takes the year written before it
    assert spans("2019년 1분기 1805명, 2분기 1682명에게 발급했다") == {("2019-01", "2019-03"), ("2019-04", "2019-06")}
    assert spans("imports fell in the first quarter of 2020") == {("2020-01", "2020-03")}
    assert spans("2분기 수출이 늘었다") == set()  # no year to read it in


def test_a_country_that_puts_north_koreans_to_work_as_students() -> None:
    assert places("러시아가 학생 비자로 북한 노동자들을 '유학생'으로 위장 취업시키고 있다") == {"ru"}


def test_korean_workplaces_a_few_words_from_the_place_and_lists_with_birot() -> None:
    assert places("중국 길림성 화룡시 인근의 한 봉제공장에서 일하는 북한 여성은 하루 12시간 일한다") == {"cn"}
    assert places("지린성 도문 쪽에 파견된 북한 노동자들이 불만을 터뜨렸다") == {"cn"}
    assert places("이들이 가공한 수산물은 한국을 비롯해 미국, 캐나다 등지로 유통된다") == {"kr", "us", "ca"}


def test_english_country_that_takes_north_koreans_in_or_buys_from_north_korea() -> None:
    assert places("officials said Russia is bringing in tens of thousands of North Korean laborers") == {"ru"}
    assert places("In May, China imported 40 tons of false hair made in North Korea") == {"cn"}
    assert places("Xuchang, China, sources most of its wig fibre from North Korea") == {"cn"}
    assert places("North Korea imported refined petroleum from Russia") == set()  # imports into North Korea


def test_beards_listed_with_wigs_and_workdays_of_hours() -> None:
    from chainlight.extract.goods import find_goods

    assert {h.value["category"] for h in find_goods("exports of wigs, beards and eyelashes rose")} == {
        "wigs", "hair_pieces", "false_eyelashes"}
    assert {h.value["category"] for h in find_goods("imports of fake beards rose")} == {"hair_pieces"}
    assert find_goods("the manager grew a beard") == []
    assert figures("escapees described workdays of up to 18 hours") == {"work_hours=18"}


def test_names_of_a_list_keep_their_last_letters_and_split_at_the() -> None:
    names = organisations("joint ventures with Rungrado General Trading Corporation and Korea Sonbong Trading were found")
    assert "Rungrado General Trading Corporation" in names and "Korea Sonbong Trading" in names
    names = organisations("designated were the Korea Ryonbong General Corporation, the Technical Reconnaissance Bureau and others")
    assert "Technical Reconnaissance Bureau" in names
    assert not any("Corporation, the" in n for n in names)


def test_chinese_buyers_from_countries_materials_sent_to_be_made_up_and_workers_who_go() -> None:
    from chainlight.extract import chinese

    found = {h.value["country"] for h in chinese.find_destinations("来自日本、韩国和加拿大的买家下了订单")}
    assert found == {"jp", "kr", "ca"}
    assert {h.value["country"] for h in chinese.find_destinations("这些原料来自俄罗斯的工厂")} == set()  # a source
    assert channels("中国商人把面料和辅料运到新义州的朝鲜工厂缝制后再出口") == {"contract_processing"}
    assert channels("去年有数千名朝鲜劳工前往俄罗斯") == {"labour_export"}


def test_goods_supplied_to_north_korea_are_not_its_chain() -> None:
    from chainlight.extract.goods import find_goods

    assert find_goods("a Chinese company supplying the DPRK government with electronics equipment") == []
    assert find_goods("a firm supplying North Korea's army with textiles") == []
    assert {h.value["category"] for h in find_goods("North Korea supplied Chinese buyers with wigs")} == {"wigs"}


def test_state_bodies_that_run_a_labour_export() -> None:
    text = "러시아에 노동자를 파견한 북한 기관은 대외건설지도국 산하의 7총국과 경공업성, 대외경제성이다"
    assert {"대외건설지도국", "7총국", "경공업성", "대외경제성"} <= set(organisations(text))
    # safety is no ministry: the word alone is not kept when nothing links it
    assert not any(c.keep_unlinked for c in candidates("이 제품의 안전성과 경제성을 따졌다") if c.type == "organisation")
    assert not any(c.rule == "phrase:organisation_state_body" for c in candidates("무역성 관계자가 회의에 참석했다"))


def test_korean_resale_clothes_and_a_comparison_with_the_same_period() -> None:
    assert places("북한은 원료를 수입해 가발을 만들어 중국에 되파는 무역을 한다") == {"cn"}
    assert places("외화벌이 노동자가 많이 파견된 나라는 중국인데 중국에는 옷 가공 인력이 주로 갔다") == {"cn"}
    from chainlight.extract.goods import find_goods

    assert {h.value["category"] for h in find_goods("중국에는 옷 가공, 수산물 가공 인력이 갔다")} == {"apparel", "seafood"}
    assert find_goods("옷깃을 여미었다") == []
    assert spans("2022년 동기(36만 달러)에 비해선 20배가 넘는다") == set()


def test_firms_housing_workers_a_list_after_a_region_and_an_overseas_labor_force() -> None:
    assert places("Dandong Sunrise, a Chinese front company housing DPRK IT workers, was named") == {"cn"}
    assert places("North Korean laborers earned income in Africa, including Angola and Senegal") == {"ao", "sn"}
    assert channels("the bureau oversees North Korea's overseas tech labor force") == {"labour_export"}


def test_korean_clock_range_into_that_next_day() -> None:
    assert figures("일과는 오전 6시부터 그 이튿날 오전 2시까지다") == {"work_hours=20"}


def test_defectors_taken_in_are_no_workers_abroad() -> None:
    assert places("South Korea received 196 North Korean defectors last year") == set()
    assert places("Thailand has accepted North Korean defectors who crossed from Laos") == set()
    assert places("Chinese factories use North Korean coal and hire North Korean women") == {"cn"}


def test_a_leaders_visit_is_no_destination() -> None:
    assert places("북한 김정은 위원장이 러시아를 방문했다") == set()
    assert places("북한 대표단이 중국으로 간 것으로 알려졌다") == set()
    assert places("북한 주민의 러시아 방문이 늘었다") == {"ru"}
