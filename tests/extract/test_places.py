"""places.py (and chinese.find_destinations, korean_places, topic.countries_of): the countries a sentence names as
where North Korea's goods or workers go, in English, Korean and Chinese.  Cases from the real-world sets' texts (sets
1-9 and their held-out halves) and the reading rounds 15-21, grouped below by the file they came from."""

from __future__ import annotations

import datetime as dt

import pytest

from chainlight.extract import chinese
from chainlight.extract.partner import built_in_ko
from chainlight.extract.periods import find_periods as find_any_periods
from chainlight.extract.places import countries_in_en, find_destinations, korean_places
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import (
    channels,
    figures_with_max_key,
    figures_with_range,
    places,
    spans,
    zh,
    zh_figures,
    zh_places,
)
from tests.extract.readings import places as countries
from tests.extract.readings import topic_countries_en as _codes

# --- from tests/extract/test_readings_r15.py: Round 15, step 3's readings (from set 13 dev's classes):
# builders in a country read from a Korean sentence's structure, CLDR's spaced Korean country names, workers
# named by trade or by 北, bodies named by apposition or as a part, platforms and marketplaces, embroidery
# and fishing rights, and Korean goods words only where Kiwi reads a word.


def test_korean_builders_abroad_from_the_sentence_structure() -> None:
    assert [h.value["country"] for h in built_in_ko("북한은 짐바브웨에서 영웅묘역을 건설했다.")] == ["zw"]
    # the subject left unsaid, two countries joined before the particle
    assert {h.value["country"] for h in built_in_ko("베냉과 토고에도 경기장을 지었다.")} == {"bj", "tg"}
    # another subject builds: no destination of North Korea's
    assert built_in_ko("일본 기업이 베트남에서 공장을 건설했다.") == []


def test_spaced_cldr_korean_names_both_ways() -> None:
    assert [c for *_, c in korean_places("중앙 아프리카 공화국에서 일하는")] == ["cf"]
    assert [c for *_, c in korean_places("적도기니에는")] == ["gq"]


# --- from tests/extract/test_readings_r21.py: Round 21: English readings of places and channels measured
# leave-one-set-out over the seen sets (1, 3-18): a capitalised function word starting a run, a place named
# by its country's adjective, headline case, North Korea's workers named without a verb, goods going into
# North Korea to be finished, permits counting workers, "between" ranges after a figure, trade partners,
# exporters and entry.


def test_a_capitalised_function_word_does_not_hide_the_country_after_it() -> None:
    text = "In Senegal, they work 6 days a week"
    assert [(text[b:e], c) for b, e, c in countries_in_en(text)] == [("Senegal", "sn")]
    assert list(countries_in_en("It is said")) == []  # (two letters: no country code read from a word)


@pytest.mark.parametrize(("text", "code"), [
    ("In the Polish city of Szczecin, an undercover reporter found 800 North Koreans employed", "pl"),
    ("Some 4,000 North Koreans are working at construction sites in a suburb of the Kuwaiti capital", "kw"),
    ("eight North Korean workers were arrested by Kuwaiti authorities", "kw"),
    ("In Chinese river towns bordering North Korea, workers are trickling back", "cn"),
    ("loggers in the Russian Far East", "ru"),
])
def test_a_place_named_by_its_countrys_adjective(text: str, code: str) -> None:
    assert code in _codes(text)


def test_an_adjective_named_as_a_source_is_no_place() -> None:
    assert _codes("according to the Chinese authorities, the plant closed") == []


@pytest.mark.parametrize(("text", "code"), [
    ("90% of North Korean trade is with China", "cn"),
    ("China is the largest exporter of wigs and other human hair products to the U.S.", "us"),
    ("Fish Processed by North Korean Labor Will Be Denied Entry into the U.S.", "us"),
    ("Last year saw China import US$500m worth of clothing from North Korea", "cn"),
])
def test_trade_partners_exporters_importers_and_entry(text: str, code: str) -> None:
    assert code in {h.value["country"] for h in find_destinations(text)}


# --- fitted from set 19's dev half after its blind run (reported apart) -------------------------------------------
def test_a_country_named_as_the_owner_of_a_region() -> None:
    assert _codes("from the late 1960s, North Korean loggers have been working in Russia’s Far East.") == ["ru"]


def test_goods_that_find_their_way_to_markets() -> None:
    text = "These logs, initially exported to China, eventually find their way across the world to markets in the EU and the USA."
    assert {h.value["country"] for h in find_destinations(text)} == {"cn", "eu", "us"}


def test_russia_as_north_koreas_press_spells_it() -> None:
    text = "각종 고급어족들을 잡아 가공하여 중국,로씨야 등 여러 나라들에 수출하고있다."
    assert {h.value["country"] for h in find_destinations(text)} == {"cn", "ru"}


# --- from tests/extract/test_real_text.py: What real reports need (issue 15): dates read against the
# publication date, Korean figures, imports, channels, goods beyond hair, and organisations of the chain
# apart from the authority that names them.


def test_destinations_include_imports_and_korean_lists() -> None:
    assert countries("CBP began detaining merchandise at all U.S. ports of entry on Dec. 5, 2022.") == {"us"}
    assert countries("the seafood was imported into the United States") == {"us"}
    assert countries("수산물 가공식품 2천t이 미국과 캐나다로 수출됐다.") == {"us", "ca"}
    assert countries("북한산 의류는 미국, 유럽, 일본, 한국, 러시아 수출품에도 포함돼") == {"us", "eu", "jp", "kr", "ru"}
    assert countries("중국에서 가공한 뒤 미국으로 유통됐다.") == {"us"}
    assert countries("전체 대중 수출액의 55%") == {"cn"}
    assert countries("대중문화 수출이 늘었다") == set()
    assert countries("노동자는 러시아에 2만 명, 몽골에는 천800여 명") == {"ru", "mn"}
    assert countries("sources living in North Korea, China and elsewhere") == set()


# --- from tests/extract/test_real_text_v3.py: Classes found on the third real-world set (issue 15): lists
# of places and where workers are, Korean months without a year, dates of enactments and of estimates,
# numbers in Hangul numerals, counts of people who are employed, ranges that share their scale, a firm named
# by apposition, false beards.


def test_every_place_of_a_list_after_a_destination() -> None:
    assert countries("Workers were sent to Poland and Kuwait last year.") == {"pl", "kw"}
    assert countries("The fish was exported to Canada, Germany and elsewhere in the European Union.") == {
        "ca", "de", "eu"}


def test_where_workers_are_is_a_destination_but_not_where_they_come_from() -> None:
    assert countries("Some 3,000 workers are employed in the city of Hunchun.") == {"cn"}
    assert countries("Contract workers also labor in Africa, the Middle East and Mongolia.") == {"mn"}
    assert countries("They were forcibly repatriated from China.") == set()
    assert countries("The Workers' Party of Korea runs a company operating in Russia.") == set()
    assert countries("라오스 내에는 약 3천명의 북한 노동자가 일하고 있다.") == {"la"}
    assert countries("러시아, 브라질 등지에서 들여온 수산물을 가공했다.") == set()
    assert countries("북한에서 만든 가발이 중국에서 포장돼 일본, 서방으로 수출된다.") == {"cn", "jp"}
    assert countries("중국에서 가공한 뒤 미국으로 유통됐다.") == {"us"}  # no North Korean good named


def test_a_customs_detention_is_an_import_into_its_country() -> None:
    assert countries("On May 1, 2021, CBP detained two entries at the Port of Savannah") == {"us"}
    assert countries("U.S. Customs and Border Protection (CBP) denied the importer's protest") == set()


def test_a_short_word_may_stand_between_the_place_and_its_particle() -> None:
    assert countries("러시아 극동에서 일하는 북한 근로자가 5천 명 늘었다") == {"ru"}
    assert countries("북한 인력 145명이 중국 투먼(圖們)시 섬유공장에 취업했다") == {"cn"}


# --- from tests/extract/test_real_text_v4.py: Classes found on the fourth real-world set (issue 15):
# Chinese sentences (simplified and traditional) with their dates, figures in 万/亿, destinations, channels,
# goods and firm names; Korean day ranges and "from ... until now", workers sent somewhere, lists ending in
# 등; English years running ("in 2017 and 2018") and workers dispatched. The sentences are real press
# sentences outside the set's quotes (歪脑/Outlaw Ocean, 天天新闻, 时代, 人民报, Sputnik, 界面新闻 copies, 뉴스1, 이코노믹포스트),
# or shortened from them.


def test_chinese_destinations_exports_imports_and_where_workers_are() -> None:
    assert zh_places("朝鲜的发制品对华出口额达到人民币11.77亿元") == {"cn"}
    assert zh_places("加工好的假睫毛包装后销往美国、日本和韩国") == {"us", "jp", "kr"}
    assert zh_places("朝鲜人在中国的工厂和餐馆打工,在俄罗斯的伐木营工作") == {"cn", "ru"}
    assert zh_places("这些工人被朝鲜政府派遣到中国工厂,为其政府创收") == {"cn"}
    assert zh_places("中國公司從朝鮮進口假睫毛半成品") == {"cn"}
    # where goods come from is no destination
    assert zh_places("中国商人从俄罗斯进口海鲜") == set()


def test_korean_day_ranges_until_now_and_workers_sent() -> None:
    def ko(text: str, base: dt.date) -> set[str]:
        return {f"{a or ''}/{b or ''}" for a, b in (h.period for h in find_any_periods(text, base))}

    assert ko("지난달 28일에서 29일 사이 투먼으로 노동자들이 이동했다", dt.date(2024, 9, 11)) == {"2024-08-28/2024-08-29"}
    assert ko("지난 3월 초부터 최근까지 노동자 수백 명이 들어왔다", dt.date(2024, 5, 15)) == {"2024-03/2024-05"}
    countries = {h.value["country"] for h in find_destinations("단둥으로 북한 노동자 약 500명이 파견됐다")}
    assert countries == {"cn"}
    countries = {h.value["country"] for h in find_destinations("중국산으로 포장해 한국, 일본, 서방 국가 등으로 수출했다")}
    assert countries == {"kr", "jp"}


def test_korean_provinces_and_a_city_named_in_the_genitive() -> None:
    assert {h.value["country"] for h in find_destinations(
        "최근 랴오닝성 내 여러 공장에서 북한 노동자들을 대거 고용한 것으로 전해졌다.")} == {"cn"}
    assert {h.value["country"] for h in find_destinations(
        "최근 다롄시의 한 수산물 공장에 35명의 북한 여성들이 고용됐다")} == {"cn"}
    assert {h.value["country"] for h in find_destinations(
        "해당 인력들은 주로 온성군 남양을 통해 중국 지린성 투먼(圖們)으로 유입되는 것으로 전해졌다.")} == {"cn"}


def test_south_korea_as_inter_korean_texts_name_it() -> None:
    assert {h.value["country"] for h in find_destinations("북한 노동자들이 만든 의류가 남측으로 반입됐다")} == {"kr"}
    assert {h.value["country"] for h in find_destinations("중국, 남측 등으로 수출했다")} == {"cn", "kr"}


# --- from tests/extract/test_real_text_v6.py: Classes found on the sixth real-world set's dev half and the
# seen halves of sets 1-5 (issue 15): Korean open periods, Russia's places, Korean routes and buyers,
# figures written the way broadcasters and Chinese reports write them, channels named by a noun or a
# passive, and firms named without a legal form. Sentences written for the test in the words press reports
# use, not the sets' quotes.


# ----------------------------------------------------------------------------------------------- places
def test_russian_cities_and_regions() -> None:
    assert places("Hundreds of North Korean workers in St. Petersburg build apartment blocks.") == {"ru"}
    assert places("모스크바주(州)에 전입한 북한인은 2010년 600명에서 작년 900명으로 늘었다") == {"ru"}
    assert places("북한은 아무르주의 발전소 건설을 위해 근로자 500명을 보내기로 했다") == {"ru"}
    assert places("North Korean workers in St. Louis") == set()  # "St" is no country code


def test_korean_routes_buyers_and_sent_workers() -> None:
    assert places("북한산 게가 중국을 거쳐 한국과 일본까지 유통되고 있다") == {"cn", "kr", "jp"}
    assert places("중국이 사들인 북한산 오징어는 크게 늘었다") == {"cn"}
    assert places("중국이 북한에서 수입한 가발은 작년보다 늘었다") == {"cn"}
    assert places("러시아 파견 북한 노동자가 늘고 있다") == {"ru"}
    assert places("북한의 대(對)중 가발 수출은 71%를 차지한다") == {"cn"}
    assert places("북한의 대중(對中) 수출이 줄었다") == {"cn"}
    assert places("중국을 거쳐 들어왔다는 주장") == set()  # no trade verb, no route of goods
    assert places("중국이 대북 제재를 위반했다") == set()


def test_english_entry_across_and_based() -> None:
    assert places("North Korea sent thousands of workers to building sites across Russia last year.") == {"ru"}
    assert places("the number of North Koreans entering Russia rose again") == {"ru"}
    assert places("a Jilin, China-based firm that employs North Korean IT workers") == {"cn"}
    assert places("a China-based lodging facility for laborers sent abroad") == set()
    assert places("eyelashes are sold on Chinese online retailers") == {"cn"}
    # the place of a label is not where the goods went
    assert places("finished wigs processed by prisoners are sold as 'made in China' goods") == set()


def test_chinese_destinations_after_a_description_and_entry() -> None:
    assert {h.value["country"] for h in chinese.find_destinations(zh("朝鲜劳工大量涌入俄罗斯"))} == {"ru"}
    assert {h.value["country"] for h in chinese.find_destinations(zh("2024年朝鲜派遣至俄罗斯的劳工达1万人"))} == {"ru"}
    assert {h.value["country"] for h in chinese.find_destinations(
        zh("朝鲜制造的假睫毛先被送到号称“假睫毛之都”的平度"))} == {"cn"}
    assert {h.value["country"] for h in chinese.find_destinations(zh("朝鲜制造的假睫毛在中国包装后出口"))} == {"cn"}


# ------------------------------------------------------------------------- from the seen held-out halves
def test_where_workers_are_said_in_other_ways() -> None:
    assert places("Now, on Russia’s Far Eastern coast, North Korean workers build houses.") == {"ru"}
    assert places("According to South Korea's spy agency, workers were sent abroad.") == set()
    assert places("Reporters saw North Korean workers at Dandong Haitong last year.") == {"cn"}
    assert places("the fish were traced from Chinese plants to U.S. retailers") == {"us"}
    assert places("2019년 러시아 내 북한 노동자는 약 3만 명이다") == {"ru"}
    assert places("중국은 올해 봄부터 북한 노동자들을 다시 받고 있다") == {"cn"}
    assert places("중국은 북한 노동자들을 돌려보냈다") == set()


def test_a_chinese_province_that_takes_in_workers_and_export_lists_starting_with_a_region() -> None:
    assert "cn" in places("중국 랴오닝성이 북한 노동력을 도입하기로 했다")
    hits = chinese.find_destinations(zh("成品被出口到西方、日本和韩国等国市场"))
    assert {h.value["country"] for h in hits} == {"jp", "kr"}
    assert not chinese.find_destinations(zh("有三名中国经理表示,中国从21世纪初就与朝鲜工厂合作"))


def test_host_countries_in_korean_lists_and_sources_named_with_e_ttareumyeon() -> None:
    assert places("북한 노동자 약 10만 명이 중국과 러시아 등 29개 국에 체류하면서") == {"cn", "ru"}
    assert places("미국과 유엔에 따르면 북한 노동자 약 10만 명이") == set()


def test_buyers_in_countries_and_ranges_of_dollars_and_years() -> None:
    assert places("agents serve buyers in the United States, Japan and Canada") == {"us", "jp", "ca"}
    assert figures_with_range("workers are paid between US$75 and $160 per month") == {"money=75-160"}
    assert figures_with_range("they earn US$450-US$750 in China") == {"money=450-750"}
    assert spans("2017~2019년 중국 기업이 지불한 임금") == {("2017", "2019")}
    assert spans("봉제공장 임금이 2000~2500 중국 원이었다") == set()
    assert spans("Textiles were the second-biggest export after coal and other minerals in 2016") == {("2016", "2016")}
    assert figures_with_range("북한 근로자는 5만∼10만여명 규모다") == {"workers=50000-100000"}


def test_english_sales_to_markets_including_and_importers_based_somewhere() -> None:
    text = "China-based firms import lashes from North Korea and sell them to markets including the West and Japan"
    assert places(text) == {"cn", "jp"}
    assert channels("the lashes are sold to Japan as \"Made in China\"") == {"relabelling"}


def test_these_workers_carry_the_previous_sentence_and_workers_abroad() -> None:
    hits = chinese.find_destinations(zh("这些劳工绝大多数在中国和俄罗斯工作"))
    assert {h.value["country"] for h in hits} == {"cn", "ru"}
    assert not chinese.find_destinations(zh("他们绝大多数在中国工作"))
    assert channels("朝鲜在海外约有10万名劳工") == {"labour_export"}


def test_host_list_before_a_world_count_and_counts_of_more_than() -> None:
    assert places("북한은 중국과 러시아 등 전 세계 50여개국에 노동자를 파견해") == {"cn", "ru"}
    assert figures_with_range("우리 회사는 500명이 넘는 북한 노동자를 고용하고 있다") == {"workers=500"}


def test_korean_country_lists_beyond_the_known_names_glossed_provinces_and_founding_years() -> None:
    assert places("이 회사는 중국, 일본, 스웨덴, 브라질 등에 의류를 수출하고 있다") == {"cn", "jp", "se", "br"}
    assert places("은하피복공장에서 생산된 의류가 중국 랴오닝(遼寧)성으로 밀수됐다") == {"cn"}
    assert spans("1975년 설립된 조선은하무역회사가 의류를 수출한다") == set()
    assert spans("The company, founded in 1998, hired workers in 2017.") == {("2017", "2017")}


# --- from tests/extract/test_real_text_v7.py: Classes found on the seventh real-world set's dev half and
# the seen halves of sets 1-6 (issue 15): where North Korean workers are as Korean reports say it (a
# workplace in a place, a place as the centre, 자국 내, 간/방문), North Koreans counted as they enter a country or
# by the visas they get, months without a year in English, the base of a Korean comparison, treaties and
# advisories that date themselves, labour export and smuggling phrased as reports phrase them, and two firms
# joined by "and". Sentences written for the test in the words press reports use, not the sets' quotes.


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


def test_defectors_taken_in_are_no_workers_abroad() -> None:
    assert places("South Korea received 196 North Korean defectors last year") == set()
    assert places("Thailand has accepted North Korean defectors who crossed from Laos") == set()
    assert places("Chinese factories use North Korean coal and hire North Korean women") == {"cn"}


def test_a_leaders_visit_is_no_destination() -> None:
    assert places("북한 김정은 위원장이 러시아를 방문했다") == set()
    assert places("북한 대표단이 중국으로 간 것으로 알려졌다") == set()
    assert places("북한 주민의 러시아 방문이 늘었다") == {"ru"}


# --- from tests/extract/test_real_text_v8.py: Classes found on the eighth real-world set's dev half (issue
# 15): coal carried against the ban (ship-to-ship and ship-to-barge transfers, cargo reloaded at a third
# country's port), where it lands, China as 我国, production moved to North Korea, a space before 万 in a
# copied figure, host countries of firms and of workers received, and ranges of dates closed by 같은 달.
# Sentences written for the test in the words press reports use, or quoted from the dev half.


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


def test_chinese_workers_in_a_country_named_by_one_character_and_two_markets_in_one_word() -> None:
    assert zh_places("目前在俄朝鲜劳工约为3万人") == {"ru"}
    assert zh_places("俄罗斯是朝鲜劳工的主要输入国之一") == {"ru"}
    assert zh_places("产品返销中国或出口到欧美") == {"cn", "eu", "us"}
    assert zh_places("这批假发销往日韩") == {"jp", "kr"}
    # a border of two countries is no market
    assert zh_places("中俄边境的口岸今年重新开放") == set()
    assert zh_figures("一名朝鲜工人在工地上死于心力衰竭") == {"deaths=1"}


def test_a_voyage_without_cargo_and_a_number_of_defectors() -> None:
    assert places("Kim Jong Un was en route to Vladivostok for a summit") == set()
    assert figures_with_max_key("탈북민이 늘었고 그 수는 지난해 3만 명을 넘었다") != {"workers=30000"}
    assert places("일본은 지난해 관광객 300만 명을 받아들였다") == set()


def test_english_transshipped_and_re_exported_goods_go_there() -> None:
    assert places("The coal was transshipped to Vietnam and re-exported to South Korea.") == {"vn", "kr"}


def test_chinese_stolen_identity_names_no_destination() -> None:
    assert zh_places("北韩IT工作者冒用美国人身份申请工作") == set()
    assert zh_places("北韩IT工作者冒用美国人身份,受雇于美国公司") == {"us"}


# --- from tests/extract/test_real_text_v8_heldout.py: Classes found on the eighth real-world set's held-out
# half after it was scored once (issue 15, ninth round): transshipment (환적) of North Korean cargo at sea,
# North Korean workers counted as they take jobs abroad, workers conveyed or picked at home and sent (输送劳工,
# 被选中后送往), materials exported and the made-up goods imported back, cargo moved to a country's barge (옮기는),
# exports "to China" with the goods between (对中国的纺织品出口), where workers are based (以……为据点), IT jobs and their
# employers' countries, a firm's IT workers, the year of a figure a rise starts from (从2010年的16.0%), hours
# of work without "a day", a death told in two clauses, the press's "$88m" and "£70m", "so-called" laptop
# farms in quotation marks, dredged soil as minerals, prosecutors and their officers as no organisations of
# a chain, and an initialism before a glossed Korean name. The first sentence of each test is the held-out
# quote; the others are written for the test, and the negatives keep each class from reaching too far.


def test_korean_cargo_moved_to_a_countrys_barge_goes_there() -> None:
    assert "cn" in places("이 가운데 280만 톤은 북한 국적의 선박에서 중국 바지선으로 옮기는 '선박 대 선박' 환적 방식으로 수출됐다고")


def test_chinese_export_to_a_country_with_the_goods_between() -> None:
    assert "cn" in zh_places("2014年1~7月份,朝鲜对中国的纺织品出口额达4.1亿美元")
    assert "cn" in zh_places("朝鲜对中国的煤炭出口大幅下降")


def test_chinese_where_workers_are_based() -> None:
    assert zh_places("這些自由接案的IT人員其實是北韓國民,主要以中國及俄羅斯為據點") == {"cn", "ru"}
    # a base with no North Korean or work in the sentence is no destination
    assert zh_places("该球队以上海为基地") == set()


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


# --- from tests/extract/test_real_text_v8classes.py: Classes read on the seventh real-world set's held-out
# half after its one scoring (issue 15, round 8): counts of workers with the words that say which workers,
# rows of a table of counts without their noun, hiring a state's workers as labour export, a country that
# issues work visas as the host, an export verb far from its places, Chinese relabelling and names (名为…的工厂,
# buyers listed in Han or Latin), Korean buyers glossed in Latin, iron and 胡须 in a list of goods, spans of
# months counted back from a month, and the year four quarters add up to. Sentences written for the test in
# the words press reports use, not the sets' quotes.


# --------------------------------------------------------------------------------------------- destinations
def test_export_verb_whose_places_stand_after_the_goods_and_their_worth() -> None:
    text = ("The country exported coal, textiles and other goods worth more than US$100 million to China and other "
            "countries including Vietnam and Thailand")
    assert places(text) == {"cn", "vn", "th"}


def test_it_teams_based_in_a_country_are_where_the_workers_are() -> None:
    assert places("He took payments from IT teams based in Russia and Laos.") == {"ru", "la"}


def test_country_that_issues_work_visas_hosts_the_workers() -> None:
    assert places("러시아가 올해 1분기 북한 주민 500여명에게 취업 비자를 발급했다") == {"ru"}
    # tourist visas alone say nothing of workers
    assert places("러시아가 북한 주민 300명에게 관광 비자를 발급했다") == set()


def test_korean_arrivals_buyers_and_factories() -> None:
    assert places("랴오닝성 단둥에서는 지난달 약 300명이 도착했다") == {"cn"}
    assert places("한국의 쿠팡과 이마트는 납품을 중단했다") == {"kr"}
    assert places("북한 노동자 강제노동 의혹을 받는 중국 수산 가공공장과의 거래를 끊었다") == {"cn"}


def test_korean_work_visas_host_without_naming_north_korea() -> None:
    assert places("러시아는 작년 한 해 3000명에 대해 취업비자를 발급했다") == {"ru"}


def test_korean_brands_and_retailers_of_a_country() -> None:
    assert places("북한 노동자들이 봉제하는 남측 의류는 주로 등산복이다") == {"kr"}
    assert places("이 공장의 게살 제품은 미 월마트 매장에 납품됐다") == {"us"}
    # a retailer named without its country says nothing of where the goods went
    assert places("월마트는 납품을 중단했다") == set()


def test_sold_to_shops_in_a_country() -> None:
    assert places("The squid was sold to supermarkets in Canada and Mexico.") == {"ca", "mx"}


def test_korean_workplace_two_words_from_its_place_and_chinese_smuggling_destination() -> None:
    assert places("북한 노동자 2천여 명이 중국 동북 지역의 공장에서 일한다") == {"cn"}
    assert zh_places("他们把朝鲜的无烟煤走私到越南") == {"vn"}


# --- from tests/extract/test_real_text_v9.py: Classes found on the ninth real-world set's dev half (issue
# 15): North Korean workers in Poland, the Gulf and Africa, and the statues its studios make abroad. Country
# names from CLDR in Korean and in Taiwan's Chinese, lists of countries named as clients, buyers that order
# or pay, labour export named by its hosts, firms named in lists, quotes and with European legal forms, 万亿
# and amounts in 人民币. Sentences written for the test in the words press reports use.


# ----------------------------------------------------------------------------------------------- destinations
def test_korean_country_names_from_cldr() -> None:
    assert places("북한 노동자 200명이 모잠비크 건설 현장에 투입돼 근무하고 있다") == {"mz"}
    # a list the sentence calls countries: members spelt otherwise than CLDR are read by their nearest name
    assert places("북한은 보스와나, 앙골라, 베닌 등 아프리카 국가들에서 동상을 제작했다") == {"bw", "ao", "bj"}
    # no exact country in the list: nothing is guessed
    assert places("북한은 가나다, 라마바 등 여러 나라에서 동상을 제작했다") == set()


def test_korean_buyers_of_statues_order_contract_or_pay() -> None:
    assert places("만수대창작사가 짐바브웨의 의뢰를 받아 동상을 제작했다") == {"zw"}
    assert places("나미비아도 지난해 북한의 만수대창작사와 동상 건설 계약을 맺었다") == {"na"}
    assert places("2012년 세네갈에 건립한 기념 동상") == {"sn"}


def test_chinese_taiwan_country_names_and_commissioners() -> None:
    assert zh_places("北韓幫辛巴威、莫三比克等領導人做過雕像") == {"zw", "mz"}
    assert zh_places("萬壽台正在生產一座納米比亞總統的雕像") == {"na"}
    assert zh_places("安哥拉的独立纪念碑也是朝鲜的出口作品之一") == {"ao"}
    assert zh_places("接收了大批朝鲜工人的俄罗斯和蒙古") == {"ru", "mn"}
    # a leader or a government named in a sentence about sanctions orders nothing
    assert zh_places("美国总统表示将制裁生产假发的中国公司") == set()


def test_english_clients_orders_and_earnings() -> None:
    assert places("Benin, Togo and the Democratic Republic of the Congo are also clients") == {"bj", "tg", "cd"}
    assert places("The camp made 5,000 sweaters ordered by Sweden in 1989") == {"se"}
    assert places("North Korea has earned $12.5 million from Botswana alone") == {"bw"}
    assert places("Russia and Mongolia, which host thousands of North Korean laborers") == {"ru", "mn"}
    assert places("Malta is one of the few countries still hosting North Korean workers") == {"mt"}
    # praise is no money, and countries that are not the clients are none
    assert places("It earned praise from Japan for the move") == set()
    assert places("North Korean firms are clients of banks in China and Singapore") == set()
    # a country that speaks of the workers in its own land (자국) hosts them
    assert places("카타르는 그동안 자국에 북한 공관을 두지 않았지만 북한 근로자 수가 늘었다") == {"qa"}
    assert places("미국은 자국에 들어오는 북한산 제품을 금지하고 북한 노동자가 만든 물품 수입을 막았다") == set()


# --- from tests/extract/test_real_text_v9_heldout.py: Period classes found on the ninth real-world set's
# held-out half once it was seen (round 10 of issue 15): dates of statements and reports, founding years,
# "the same year" and "two years ago" in Korean, and a long speaker before 披露 in Chinese. Sentences written
# for the test in the words press reports use.


# ----------------------------------------------------------------------------------------------- destinations
def test_korean_workplaces_abroad_include_shipyards_farms_and_mines() -> None:
    assert places("지난해 폴란드의 한 조선소에서 일하던 북한 노동자가 다쳤다.") == {"pl"}
    assert places("러시아의 한 농장에서 북한 노동자들이 일한다.") == {"ru"}


def test_the_emirates_by_their_latin_initials_in_korean() -> None:
    assert places("북한 노동자 500명 정도가 다음 달 UAE에 들어올 예정이다.") == {"ae"}


def test_a_country_whose_buyers_order_or_take_delivery() -> None:
    assert places("북한 노동자들이 일본의 주문 물량을 맞추느라 밤샘 작업을 한다.") == {"jp"}
    assert places("미국 업체가 주문한 셔츠를 북한 노동자들이 만들었다.") == {"us"}
    assert places("이 공장은 한국 납품 의류를 만든다.") == {"kr"}


def test_chinese_countries_where_north_korean_workers_work() -> None:
    assert zh_places("记者走访了有大批朝鲜劳工工作的俄罗斯和波兰。") == {"ru", "pl"}


# --- from tests/extract/test_topic_r15.py: Round 15's readings: the workers named in other words, employers
# named by their country's adjective, CLDR's short Korean country names read through Kiwi, North Korean
# restaurants abroad and their counts in words.


def test_short_korean_country_names_where_kiwi_reads_a_name() -> None:
    assert [c for *_, c in korean_places("쿠바에서 일하는 북한 노동자들이 늘었다.")] == ["cu"]
    assert [c for *_, c in korean_places("이란은 북한 노동자를 받아들였다.")] == ["ir"]
    # the same syllables as ordinary words: "means", "pride"
    assert list(korean_places("이 수단은 북한 노동자에게 효과가 없었다.")) == []
    assert list(korean_places("오만과 편견을 읽는 북한 노동자")) == []
