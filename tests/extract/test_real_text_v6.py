"""Classes found on the sixth real-world set's dev half and the seen halves of sets 1-5 (issue 15): Korean open
periods, Russia's places, Korean routes and buyers, figures written the way broadcasters and Chinese reports write
them, channels named by a noun or a passive, and firms named without a legal form.  Sentences written for the test
in the words press reports use, not the sets' quotes."""

from __future__ import annotations

import datetime as dt

from chainlight.extract import Gazetteer, chinese, extract_text
from chainlight.extract.phrases import candidates
from chainlight.extract.places import find_channels
from chainlight.extract.quantities import find_quantities
from tests.extract.readings import channels, places, spans


def figures(text: str) -> set[str]:
    out = set()
    for h in find_quantities(text):
        top = f"-{h.value['max']}" if h.value.get("max") is not None else ""
        out.add(f"{h.value['kind']}={h.value['value']}{top}")
    return out


def zh(text: str) -> str:
    return chinese.simplified(text)


# ----------------------------------------------------------------------------------------------- periods
def test_korean_relative_year_that_opens_a_period() -> None:
    base = dt.date(2019, 6, 1)
    assert spans("연해주의 북한 노동자가 지난해 이후 2천 명 늘었다", base) == {("2018", None)}
    assert spans("작년부터 북한 노동자 약 500명이 일하고 있다", base) == {("2018", None)}
    # a range or "until now" that closes it reads longer and wins
    assert spans("지난해 10월부터 올해 3월까지 파견됐다", base) == {("2018-10", "2019-03")}
    assert spans("지난해", base) == {("2018", "2018")}


def test_korean_year_with_kkaji_and_two_years() -> None:
    assert spans("2018년까지 러시아 내 북한 노동자는 3만 명에 달했다") == {("2018", "2018")}
    assert spans("2019년 12월까지 송환하도록 했다") == {(None, "2019-12")}  # a deadline to the month stays open
    assert spans("2022년과 2023년 생산량의 절반을 차지했다") == {("2022", "2023")}
    assert spans("2019년과 2022년에 수출했다") == {("2019", "2019"), ("2022", "2022")}  # not running years


def test_relative_month_spans_and_start_of_year() -> None:
    base = dt.date(2025, 6, 27)
    assert spans("올해 1~4월 북한의 대중 수출은", base) == {("2025-01", "2025-04")}
    assert spans("연초부터 올해 3월까지 약 3000명이 도착했다", base) == {("2025-01", "2025-03")}


def test_a_vague_qualifier_alone_is_the_year() -> None:
    assert spans("In early 2018, the company hired 200 North Korean workers.") == {("2018", "2018")}
    assert spans("As of mid-2019, about 10,000 remained.") == {("2019", "2019")}
    assert spans("2024년 중반 기준으로 약 1만 명") == {("2024", "2024")}
    # the end of a range keeps its months, and half-years are precise
    assert spans("between early 2020 and August 2022") == {("2020-01", "2022-08")}
    assert spans("2018년 상반기에 수출이 늘었다") == {("2018-01", "2018-06")}


def test_chinese_year_a_ban_took_effect_is_no_period() -> None:
    assert not chinese.find_periods(zh("联合国禁令在2019年生效之后,俄罗斯的朝鲜劳工减少。"), dt.date(2025, 5, 6))
    assert chinese.find_periods(zh("2019年朝鲜劳工在俄罗斯工作。"), None)


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


# ----------------------------------------------------------------------------------------------- figures
def test_english_figures_as_broadcasters_and_lawyers_write_them() -> None:
    assert figures("North Korea earns $200-$500 million per year from its workers") == {"money=200000000-500000000"}
    assert figures("the number of North Koreans entering Russia rose to surpass 13-thousand.") == {"people=13000"}
    assert figures("the number of workers rose to 30,000.") == {"workers=30000"}
    assert figures("the number of workers reached 2019.") == set()  # a year, not a count
    assert figures("workers earn about 3,000 rubles a day") == {"money=3000"}


def test_clock_ranges_into_the_next_day() -> None:
    assert figures("일과는 오전 6시부터 다음날 새벽 2시까지다") == {"work_hours=20"}
    assert figures("They arrive at the site at 7 am and work there until 10 pm.") == {"work_hours=15"}
    hits = chinese.find_quantities(zh("這些勞工每天工作18小時,從清晨6點到隔日凌晨2點"))
    assert {h.value["value"] for h in hits if h.value["kind"] == "work_hours"} == {18, 20}
    assert not chinese.find_quantities(zh("商店从早上9点到晚上6点营业"))  # no work, no working hours


def test_korean_and_chinese_figures() -> None:
    assert figures("가발 수입량은 40메트릭톤에서 120메트릭톤으로 늘었다") == {"weight=40", "weight=120"}
    hits = chinese.find_quantities(zh("朝鲜假发对华出口额为1亿6673万7894美元"))
    assert {h.value["value"] for h in hits} == {166737894}
    people = chinese.find_quantities(zh("2024年入境俄罗斯的北韩居民达13000人"))
    assert {(h.value["kind"], h.value["value"]) for h in people} == {("people", 13000)}
    workers = chinese.find_quantities(zh("丹东有8万名朝鲜工人"))
    assert {(h.value["kind"], h.value["value"]) for h in workers} == {("workers", 80000)}


# ----------------------------------------------------------------------------------------------- channels
def test_labour_export_as_a_noun_or_a_passive() -> None:
    assert channels("disguising the North's labor dispatches as study") == {"labour_export"}
    assert channels("women sent by their government to work in Chinese plants") == {"labour_export"}
    assert channels("North Korea sends tens of thousands abroad each year") == {"labour_export"}
    assert channels("about 100,000 North Korean workers employed overseas") == {"labour_export"}
    assert "labour_export" in channels("노동자들은 두 곳의 봉제공장에 파견됐다고 한다")
    assert channels("the goods were sent abroad") == set()


def test_contract_processing_and_relabelling_in_other_words() -> None:
    assert channels("Chinese buyers outsource the production of wigs to prisons") == {"contract_processing"}
    assert channels("inmates fill toll manufacturing orders for Chinese buyers") == {"contract_processing"}
    assert "relabelling" in channels("lashes are laundered as 'made in China' and sold")
    assert channels("‘중국산’으로 표기된 가발") == {"relabelling"}
    assert "relabelling" in channels("완제품은 원산지가 세탁된다")
    # 외주 가공 is processing on commission, not subcontracting
    assert channels("국외 외주 가공무역") == {"contract_processing"}
    assert channels("재료를 수입해 가발을 만들어 중국에 되파는 방식") == {"contract_processing"}


# ----------------------------------------------------------------------------------------------- names
def test_firms_named_after_their_trade_or_a_city() -> None:
    def orgs(text: str) -> list[str]:
        return [text[c.start:c.end] for c in candidates(text) if c.type == "organisation"]
    assert orgs("It was a good year for Dalian Haiyang Food.") == ["Dalian Haiyang Food"]
    assert orgs("squid shipped by Dandong Haitong reached Busan") == ["Dandong Haitong"]
    assert orgs("from Dalian Port in China") == []
    assert orgs("Yanji Ocean Products, and Hunchun Jinma Trade Co. Ltd. hired workers") == [
        "Yanji Ocean Products", "Hunchun Jinma Trade Co. Ltd."]


def test_korean_camps_and_state_organs() -> None:
    facilities = [c.queries[0] for c in candidates("평안남도개천 1호 교화소의 실태") if c.type == "facility"]
    assert facilities == ["개천 1호 교화소"]
    assert not [c for c in candidates("대표적인 여성 교화소로 바뀌었다") if c.type == "facility"]
    organs = [c for c in candidates("구금시설은 국가보위성, 사회안전성 등이 운영한다") if c.type == "organisation"]
    assert {c.queries[0] for c in organs} == {"국가보위성", "사회안전성"} and all(c.keep_unlinked for c in organs)
    assert not [c for c in candidates("중간 단계 회사를 두고 있다") if c.type == "organisation"]


def test_a_marketplace_that_sells_the_goods_is_an_organisation(gazetteer: Gazetteer) -> None:
    ex = extract_text("Lashes made in the camps were sold on Pinduoduo.", gazetteer=gazetteer)
    assert "Pinduoduo" in {m.text for m in ex.by_type("organisation")}
    ko = extract_text("중국 온라인 쇼핑몰 핀둬둬에서 북한산 속눈썹이 팔린다", gazetteer=gazetteer)
    assert "핀둬둬" in {m.text for m in ko.by_type("organisation")}
    assert "cn" in {m.key for m in ko.by_type("destination")}


# ------------------------------------------------------------------------- from the seen held-out halves
def test_where_workers_are_said_in_other_ways() -> None:
    assert places("Now, on Russia’s Far Eastern coast, North Korean workers build houses.") == {"ru"}
    assert places("According to South Korea's spy agency, workers were sent abroad.") == set()
    assert places("Reporters saw North Korean workers at Dandong Haitong last year.") == {"cn"}
    assert places("the fish were traced from Chinese plants to U.S. retailers") == {"us"}
    assert places("2019년 러시아 내 북한 노동자는 약 3만 명이다") == {"ru"}
    assert places("중국은 올해 봄부터 북한 노동자들을 다시 받고 있다") == {"cn"}
    assert places("중국은 북한 노동자들을 돌려보냈다") == set()


def test_overseas_workers_are_labour_export() -> None:
    assert channels("Pyongyang earns revenue through overseas information technology (IT) workers") == {"labour_export"}
    assert channels("overseas seafood workers") == {"labour_export"}


def test_a_year_is_not_a_count_nor_a_date_of_passage() -> None:
    assert figures("In 2018 workers from North Korea arrived in the city.") == set()
    assert figures("About 2,018 workers arrived.") == {"workers=2018"}
    assert spans("Passed on December 22, 2017 in response to missile tests, the resolution bans") == set()


def test_korean_artificial_eyebrow_word_and_sources_of_figures() -> None:
    from chainlight.extract.goods import find_goods
    assert {g.value["category"] for g in find_goods("가발과 인조눈썹을 수출했다")} == {"wigs", "false_eyelashes"}
    assert not [c for c in candidates("according to Russian Interior Ministry records") if c.type == "organisation"]


# ------------------------------------------------------------------------- from press outside all sets
def test_and_joins_number_words_only_after_a_scale() -> None:
    assert figures("a trader said the plant employed between fifty and seventy North Koreans") == {"workers=50-70"}
    assert figures("two hundred and fifty workers were sent") == {"workers=250"}


def test_firm_lists_joined_by_and_when_the_next_name_starts_with_its_city() -> None:
    names = [c.queries[0] for c in candidates("Yanji Haiyang Aquatic Products and Dandong Xinyuan Foods exported squid")
             if c.type == "organisation"]
    assert names == ["Yanji Haiyang Aquatic Products", "Dandong Xinyuan Foods"]
    one = [c.queries[0] for c in candidates("Dandong Huayang Textiles and Garments Co., Ltd filed a protest")
           if c.type == "organisation"]
    assert one == ["Dandong Huayang Textiles and Garments Co., Ltd"]


def test_customs_administration_is_a_source() -> None:
    assert not [c for c in candidates("According to China's General Administration of Customs, exports rose")
                if c.type == "organisation"]


def test_korean_clock_from_waking_to_next_day_and_money_ranges() -> None:
    assert figures("노동자들은 오전 5시에 일어나 다음날 새벽 1시까지 일했다고 말했다") == {"work_hours=20"}
    assert figures("월급은 3000위안~4000위안 정도다") == {"money=3000-4000"}
    assert figures("앞으로 2만명이 넘는 북한인들이 러시아로 보내질 것") == {"workers=20000"}


def test_a_chinese_province_that_takes_in_workers_and_export_lists_starting_with_a_region() -> None:
    assert "cn" in places("중국 랴오닝성이 북한 노동력을 도입하기로 했다")
    hits = chinese.find_destinations(zh("成品被出口到西方、日本和韩国等国市场"))
    assert {h.value["country"] for h in hits} == {"jp", "kr"}
    assert not chinese.find_destinations(zh("有三名中国经理表示,中国从21世纪初就与朝鲜工厂合作"))


def test_host_countries_in_korean_lists_and_sources_named_with_e_ttareumyeon() -> None:
    assert places("북한 노동자 약 10만 명이 중국과 러시아 등 29개 국에 체류하면서") == {"cn", "ru"}
    assert places("미국과 유엔에 따르면 북한 노동자 약 10만 명이") == set()


def test_labour_export_in_more_words() -> None:
    assert channels("북한은 해외노동 수출로 외화를 번다") == {"labour_export"}
    assert channels("North Koreans who work overseas as laborers send money home") == {"labour_export"}


def test_buyers_in_countries_and_ranges_of_dollars_and_years() -> None:
    assert places("agents serve buyers in the United States, Japan and Canada") == {"us", "jp", "ca"}
    assert figures("workers are paid between US$75 and $160 per month") == {"money=75-160"}
    assert figures("they earn US$450-US$750 in China") == {"money=450-750"}
    assert spans("2017~2019년 중국 기업이 지불한 임금") == {("2017", "2019")}
    assert spans("봉제공장 임금이 2000~2500 중국 원이었다") == set()
    assert spans("Textiles were the second-biggest export after coal and other minerals in 2016") == {("2016", "2016")}
    assert figures("북한 근로자는 5만∼10만여명 규모다") == {"workers=50000-100000"}


def test_ministries_and_trade_agencies_are_sources() -> None:
    for text in ("China's Commerce Ministry banned imports", "according to the Korea Trade-Investment Promotion Agency"):
        assert not [c for c in candidates(text) if c.type == "organisation"]


def test_chinese_clock_with_work_between_and_places_that_have_workers() -> None:
    hits = chinese.find_quantities(zh("工人说如果从早晨7时工作到夜里10时,一个月能赚500美元"))
    assert {h.value["value"] for h in hits if h.value["kind"] == "work_hours"} == {15}
    assert {h.value["country"] for h in chinese.find_destinations(zh("北韩当局向海参崴市派去3000多名工人"))} == {"ru"}
    assert {h.value["country"] for h in chinese.find_destinations(zh("据估计海参崴有5000名北韩工人"))} == {"ru"}
    assert {h.value["value"] for h in chinese.find_quantities(zh("约有2千5百名朝鲜工人"))} == {2500}


def test_english_sales_to_markets_including_and_importers_based_somewhere() -> None:
    text = "China-based firms import lashes from North Korea and sell them to markets including the West and Japan"
    assert places(text) == {"cn", "jp"}
    assert channels("the lashes are sold to Japan as \"Made in China\"") == {"relabelling"}


def test_political_prisoners_counted_and_chinese_month_ranges_and_comparison_bases() -> None:
    assert figures("8만∼12만명의 정치범을 수용소에 가둬놓고 있다") == {"inmates=80000-120000"}
    assert {(h.value["start"], h.value["end"]) for h in chinese.find_periods(zh("2014年1~7月份,纺织品出口额达4.1亿美元"), None)} \
        == {("2014-01", "2014-07")}
    assert not chinese.find_periods(zh("较2010年的1.9亿美元增长近3倍"), None)


def test_currency_codes_first_orders_from_china_and_korean_arrivals() -> None:
    assert figures("North Korea receives RMB 25-50 (around USD 3.50 to 7) for each wig") == {"money=25-50", "money=3.5-7"}
    hits = find_channels("Prisons now make knitted hats, bags, cushions and loofahs on order from China.")
    assert [(h.value["channel"], h.text) for h in hits] == [("contract_processing", "on order from")]
    assert places("북한 노동자들이 중국 지린성 투먼(圖們)으로 들어오고 있다") == {"cn"}
    assert places("7만5300명을 노무인력으로 중국 공장 등에 보냈다") == {"cn"}
    assert spans("지난해 말 북한 노동자 일부가 귀국했다", dt.date(2020, 1, 23)) == {("2019", "2019")}
    # (a start known only within its year opens in the year, as set 8 reads "2024년 초부터"; it read 2019-10 before)
    assert spans("지난해 말부터 파견이 늘었다", dt.date(2020, 1, 23)) == {("2019", None)}


def test_a_latin_name_ends_where_chinese_begins(gazetteer: Gazetteer) -> None:
    text = "财政部锁定朝鲜南江外贸公司(Korea Namgang Trading Corporation),认为这家企业向俄罗斯输出劳工。"
    ex = extract_text(text, gazetteer=gazetteer)
    assert "Korea Namgang Trading Corporation" in {m.text for m in ex.by_type("organisation")}
    assert "ru" in {m.key for m in ex.by_type("destination")}


def test_these_workers_carry_the_previous_sentence_and_workers_abroad() -> None:
    hits = chinese.find_destinations(zh("这些劳工绝大多数在中国和俄罗斯工作"))
    assert {h.value["country"] for h in hits} == {"cn", "ru"}
    assert not chinese.find_destinations(zh("他们绝大多数在中国工作"))
    assert channels("朝鲜在海外约有10万名劳工") == {"labour_export"}


def test_firm_lists_split_after_a_trade_word_and_companies_including() -> None:
    def orgs(text: str) -> list[str]:
        return [text[c.start:c.end] for c in candidates(text) if c.type == "organisation"]
    assert orgs("Ocean Star Seafoods, Blue Harbor Foods, and others cut ties") == ["Ocean Star Seafoods", "Blue Harbor Foods"]
    assert "Harbor Fresh" in orgs("U.S. companies, including Harbor Fresh and Gulf Pride, suspended orders")


def test_host_list_before_a_world_count_and_counts_of_more_than() -> None:
    assert places("북한은 중국과 러시아 등 전 세계 50여개국에 노동자를 파견해") == {"cn", "ru"}
    assert figures("우리 회사는 500명이 넘는 북한 노동자를 고용하고 있다") == {"workers=500"}


def test_people_held_region_adjectives_month_ranges_and_beginning_on() -> None:
    assert figures("An estimated 80,000 to 120,000 persons are held in political prison camps") == {
        "inmates=80000-120000"}
    assert places("about 1,500 workers were sent to the Russian Far East last summer") == {"ru"}
    assert places("the coats are shipped to retailers in Europe") == {"eu"}
    assert spans("From May to August 2022, workers were sent to Russia") == {("2022-05", "2022-08")}
    assert spans("Beginning on August 2, 2017, such goods are presumed to be made with forced labor") == {
        ("2017-08-02", None)}


def test_chinese_rest_days_and_places_that_have_factories() -> None:
    hits = chinese.find_quantities(zh("这些朝鲜工人每天工作超过12小时,每月只有一天休息。"))
    assert {(h.value["kind"], h.value["value"]) for h in hits} == {("work_hours", 12), ("rest_days", 1)}
    found = chinese.find_destinations(zh("大连市至少有15家海鲜加工厂雇用了朝鲜工人"))
    assert {h.value["country"] for h in found} == {"cn"}


def test_korean_country_lists_beyond_the_known_names_glossed_provinces_and_founding_years() -> None:
    assert places("이 회사는 중국, 일본, 스웨덴, 브라질 등에 의류를 수출하고 있다") == {"cn", "jp", "se", "br"}
    assert places("은하피복공장에서 생산된 의류가 중국 랴오닝(遼寧)성으로 밀수됐다") == {"cn"}
    assert spans("1975년 설립된 조선은하무역회사가 의류를 수출한다") == set()
    assert spans("The company, founded in 1998, hired workers in 2017.") == {("2017", "2017")}


def test_hyphenated_camp_heads_shares_in_words_and_rights_groups(gazetteer: Gazetteer) -> None:
    ex = extract_text("Kyo-hwa-so No. 1, Kaech'on is located in South Pyongan.", gazetteer=gazetteer)
    assert [m.text for m in ex.by_type("facility")] == ["Kyo-hwa-so No. 1, Kaech'on"]
    assert figures("Eighty percent of prisoners are women") == {"share=80"}
    assert not [c for c in candidates("a report by the Committee for Human Rights in North Korea (HRNK)")
                if c.type == "organisation"]
    assert not [c for c in candidates("북한인권시민연합은 보고서를 냈다") if c.type == "organisation"]


def test_chinese_pandemic_start_chinese_digit_years_cities_bringing_in_workers_and_counts_after_nouns() -> None:
    def periods_zh(text: str) -> set[tuple[str | None, str | None]]:
        return {(h.value["start"], h.value["end"]) for h in chinese.find_periods(zh(text), None)}
    assert periods_zh("从新冠疫情爆发之后,她们每天被迫工作12小时以上") == {("2020-01", None)}
    assert periods_zh("二○一六年,图们市引进两万名北韩劳工") == {("2016", "2016")}
    assert {h.value["country"] for h in chinese.find_destinations(zh("珲春市引进三千名朝鲜劳工"))} == {"cn"}
    hits = chinese.find_quantities(zh("派遣到中国境内的劳工为七万名"))
    assert {(h.value["kind"], h.value["value"]) for h in hits} == {("workers", 70000)}
