"""Readings added in round 13 of issue 15, from the classes of set 11's dev misses (new text): ranges read as ranges in
every language, relative periods against the publication date, a population that is no figure of the chain.
Sentences written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from tests.extract.test_sentence_readings_r12 import read


def test_ranges_keep_both_ends_however_joined() -> None:
    got = read("Loggers there work 10-hour to 14-hour days and the state keeps between 60 and 80 percent of their pay.")
    assert ("quantity", "work_hours=10-14") in got
    assert ("quantity", "share=60-80") in got
    assert ("quantity", "work_hours=14") not in got and ("quantity", "share=80") not in got
    assert ("quantity", "share=5-10") in read("Brokers take 5-10% of the wages of North Korean workers.")


def test_chinese_share_range_with_a_sign_at_both_ends() -> None:
    got = read("朝鲜工人只能拿到工资的20%至30%。")
    assert ("quantity", "share=20-30") in got
    assert ("quantity", "share=20") not in got


def test_chinese_count_with_a_clause_before_the_workers() -> None:
    assert ("quantity", "workers=1500") in read("当地约有1千5百名持有签证的朝鲜工人在工地干活。")


def test_end_of_the_year_and_last_month_read_against_publication() -> None:
    got = read("The North Korean workers must leave the country by the end of the year.", "2019-06-10")
    assert ("period", "2019/2019") in got
    got = read("There were 800 North Korean workers employed at the plant as of last month.", "2019-01-15")
    assert ("period", "2018-12/2018-12") in got


def test_a_population_is_no_count_of_workers() -> None:
    got = read("About 500 North Koreans were employed in the small country of 2 million people.")
    assert ("quantity", "workers=500") in got
    assert not any(v.endswith("=2000000") for _, v in got)


def test_a_workplace_named_by_its_countrys_adjective_is_where_the_workers_are() -> None:
    got = read("The Finnish shipyard has used North Korean welders to build a Norwegian research vessel.")
    assert {("destination", "fi"), ("destination", "no"), ("channel", "labour_export")} <= got
    # (not a firm of another clause: a supplier named after a list)
    got = read("It designated two front companies that employ DPRK IT workers in Laos, two of their managers, and a "
               "Turkish company supplying the government with machinery.")
    assert ("destination", "tr") not in got


def test_adjectives_of_nationality_come_from_cldr() -> None:
    from chainlight.extract.demonyms import demonym_code

    assert [demonym_code(w) for w in ("Polish", "Danish", "Malaysian", "Kuwaiti", "Senegalese", "Maltese", "French",
                                      "Nigerian", "Singaporean")] == ["pl", "dk", "my", "kw", "sn", "mt", "fr", "ng", "sg"]
    assert demonym_code("English") is None and demonym_code("Arabic") is None and demonym_code("Korean") is None


def test_north_koreans_said_to_work_or_leave_a_country_were_there() -> None:
    got = read("North Koreans have laboured at farms in Kazakhstan for a decade.")
    assert {("destination", "kz"), ("channel", "labour_export")} <= got
    got = read("Some 300 North Koreans must leave Uzbekistan once their work permits expire.")
    assert ("destination", "uz") in got
    got = read("A North Korean firm that used forced labor for mining in Tanzania was named.")
    assert {("destination", "tz"), ("channel", "labour_export")} <= got


def test_korean_workers_of_a_country_by_trade_and_where_they_are() -> None:
    got = read("카자흐스탄의 북한 광부 3명이 지난해 탈출했다.", "2015-05-01")
    assert {("destination", "kz"), ("channel", "labour_export"), ("quantity", "workers=3")} <= got
    assert ("channel", "labour_export") in read("그는 2005년 선원으로 파견돼 일했다.", "2015-05-01")
    got = read("북한 노동자들이 많이 일하고 있는 것으로 알려진 러시아는 보고서를 내지 않았다.")
    assert ("destination", "ru") in got
    assert ("destination", "kz") in read("북한과 카자흐스탄 간 인력 파견 협정이 맺어졌다.")
    assert ("quantity", "workers=1234") in read("모두 1천234명의 북한 해외 파견 노동자들이 귀국했다.")


def test_korean_dates_of_an_approval_or_a_report_are_no_periods() -> None:
    got = read("양국은 2009년 5월 노동자 파견 협정을 체결했으며 이후 의회는 이듬해인 2010년 3월 이를 승인했다.", "2013-01-01")
    assert not any(k == "period" for k, _ in got)
    got = read("북한 노동자가 많은 중국은 지난 4월 이행보고서를 제출했다.", "2019-06-01")
    assert not any(k == "period" for k, _ in got)


def test_chinese_boats_fishing_north_korean_waters_and_the_side_that_buys() -> None:
    got = read("俄罗斯有200多艘渔船在朝鲜海域捕捞。")
    assert ("destination", "ru") in got
    got = read("朝鲜通过中介贸易公司向俄方转让捕捞权。")
    assert {("destination", "ru"), ("channel", "trading_company")} <= got


def test_chinese_years_range_and_foreign_labour() -> None:
    assert ("period", "2015/2016") in read("2015-2016两年,朝鲜工人在当地工作。")
    assert ("period", "1970/1980") in read("从1970年到1980年,朝鲜劳工在苏联伐木。")
    got = read("全球约有3万名朝鲜外劳。")
    assert ("channel", "labour_export") in got
    assert ("channel", "labour_export") in read("朝鲜企业与俄罗斯公司签约,提供廉价的劳工。")
    got = read("大约有5千朝鲜人在蒙古的矿坑工作。")
    assert {("channel", "labour_export"), ("goods", "minerals"), ("destination", "mn")} <= got
    assert not any(k == "period" for k, _ in read("联合国2016年估计,朝鲜外劳有5万人。"))


def test_fishing_rights_and_metals_are_goods() -> None:
    assert ("goods", "seafood") in read("Russian firms buy fishing rights from North Korea every year.")
    assert ("goods", "minerals") in read("The firm was designated for buying coal and metals from North Korea.")


def test_firms_named_beside_their_kind_and_without_their_seat() -> None:
    got = read("The workers were placed by the Baltica recruitment agency with the Estonian shipyard Nordwerft.")
    assert {("organisation", "Baltica"), ("organisation", "Nordwerft")} <= got
    assert ("organisation", "Estonian") not in got
    got = read("Funds were tied to Golden Pine Trading Limited of Dalian, China and to the Chinese company.")
    assert ("organisation", "Golden Pine Trading Limited") in got


def test_a_firm_by_its_countrys_adjective_buying_from_north_korea() -> None:
    got = read("A Turkish company was designated for buying coal from North Korea.")
    assert ("destination", "tr") in got


def test_designations_and_findings_by_a_body_date_no_period() -> None:
    got = read("a firm first exposed by a think tank in May 2019, then designated by OFAC in July for buying coal",
               "2020-01-10")
    assert not any(k == "period" for k, _ in got)
    assert ("quantity", "workers=3100") in read("The number of North Korean workers there fell after peaking at 3,100.")


def test_work_taken_from_foreign_firms_and_north_koreans_working_somewhere() -> None:
    got = read("North Korean factories are seeking more orders from Chinese garment companies.")
    assert ("channel", "contract_processing") in got
    assert ("channel", "labour_export") in read("Some 5,000 North Koreans are now working in the region.")
    assert ("channel", "labour_export") not in read("Industries where North Koreans were employed in 2017.")


def test_a_korean_sentence_that_continues_one_about_workers_carries_them() -> None:
    text = ("러시아는 노동자 2만 명 가운데 1만 2천 명을 돌려보냈다고 밝혔습니다. "
            "이어 카타르가 1천 200명, 쿠웨이트가 500명으로 그 뒤를 이었습니다.")
    got = read(text)
    assert {("destination", "qa"), ("destination", "kw"), ("quantity", "workers=1200"), ("quantity", "workers=500")} <= got
    # (not without the sentence about workers before it)
    got = read("수출액은 크게 늘었습니다. 이어 카타르가 1천 200명으로 그 뒤를 이었습니다.")
    assert ("destination", "qa") not in got


def test_korean_countries_that_send_workers_back_had_them_and_reporting_counts_are_none() -> None:
    got = read("베트남과 라오스 등 5개 국가는 송환한 북한 노동자 수를 밝혔습니다.")
    assert {("destination", "vn"), ("destination", "la")} <= got
    assert ("quantity", "countries=5") not in got
    got = read("북한 노동자는 현지 전체 외국 노동자(40개국, 8천명)의 10%를 차지한다.")
    assert ("quantity", "countries=40") not in got and ("quantity", "workers=8000") not in got
    assert ("quantity", "share=10") in got


def test_chinese_going_abroad_to_work_in_a_sentence_about_north_korea() -> None:
    got = read("北韩开放国境后,许多人等待前往蒙古务工。")
    assert ("channel", "labour_export") in got
    # (workers paid less than the locals are workers abroad since round 16's employed_workers, set 9's convention; at
    # home they are none)
    assert ("channel", "labour_export") not in read("朝鲜国内劳工的工资很低。")
