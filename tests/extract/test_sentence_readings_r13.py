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
