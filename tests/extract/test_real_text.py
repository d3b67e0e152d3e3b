"""What real reports need (issue 15): dates read against the publication date, Korean figures, imports,
channels, goods beyond hair, and organisations of the chain apart from the authority that names them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from benchmarks.extract.realworld.data import MAX_QUOTE_WORDS, load
from typer.testing import CliRunner

from chainlight.classify import Classifier
from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.goods import find_goods
from chainlight.extract.numbers import parse_ko_number
from chainlight.extract.periods import base_date, find_periods
from chainlight.extract.places import find_channels, find_destinations
from chainlight.extract.quantities import find_quantities
from chainlight.model.evidence import SourceDocument
from tests.extract.test_commands import make_app


def keys(text: str) -> set[str]:
    out = set()
    for q in find_quantities(text):
        v = q.value
        out.add(f"{v['kind']}={v['value']}" + (f"-{v['max']}" if v.get("max") is not None else ""))
    return out


@pytest.mark.parametrize(("text", "value"), [
    ("7천432만", 74_320_000), ("1억3천500만", 135_000_000), ("1억 500만", 105_000_000), ("2억 2천만", 220_000_000),
    ("만9천", 19_000), ("천800", 1_800), ("4만6천", 46_000), ("9억2천52만", 920_520_000), ("11억", 1_100_000_000),
    ("410", 410), ("1,680", 1_680)])
def test_korean_numbers(text: str, value: int) -> None:
    assert parse_ko_number(text) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("most laborers work between 12 and 16 hours per day (and sometimes up to 20 hours per day) with only one "
     "or two rest days per month", {"work_hours=12-16", "work_hours=20", "rest_days=1-2"}),
    ("prisoners were forced to affix eyelashes on dolls from 5am to 10pm daily.", {"work_hours=17"}),
    ("수감자들이 매일 새벽 5시부터 밤 10시까지 이 작업을 했다는 겁니다.", {"work_hours=17"}),
    ("The DPRK holds an estimated 80,000 to 120,000 prisoners in political prison camps.",
     {"inmates=80000-120000"}),
    ("북한은 이 기간 410t, 총 7천432만 달러어치의 가발을 중국에 판매했습니다.", {"weight=410", "money=74320000"}),
    ("전체 대중 수출액 1억3천500만 달러의 55%에 해당합니다.", {"money=135000000", "share=55"}),
    ("외화벌이 노동자는 러시아에 2만 명 정도이고 중국에는 만9천여 명, 몽골에는 천800여 명이 있습니다.",
     {"workers=20000", "workers=19000", "workers=1800"}),
    ("수산물가공업체는 훈춘동양실업유한공사, 연태대신 등 약 58개에 달합니다.", {"facilities=58"}),
    ("북한은 현재 40여개 국에 5만 명 이상의 노동자를 파견했습니다.", {"countries=40", "workers=50000"}),
    ("이들은 평균 300∼385 달러의 임금을 받고, 임금의 70%가량이 정권으로 흘러갑니다.", {"money=300-385", "share=70"}),
    ("one of every 10 individuals, or approximately 2.6 million persons, were in modern slavery",
     {"people=2600000"}),
    ("북한은 이 기간 총 1천810개 제품을 중국에서 사들였다.", set()),
    ("단둥 일대 15곳의 수산물 가공공장에서 일한다.", {"facilities=15"}),
    ("하루 12~16시간 일한다.", {"work_hours=12-16"}),
    ("revenue estimated at anywhere from $200 million to $500 million a year", {"money=200000000-500000000"}),
    ("The content of the extent was ten times the rest.", set()),
])
def test_figures_with_what_they_count(text: str, expected: set[str]) -> None:
    assert keys(text) == expected


def periods(text: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    return [h.period for h in find_periods(text, base_date(published))]


def test_dates_without_a_year_are_read_against_the_publication_date() -> None:
    assert periods("Effective June 17, CBP will detain the goods.", "2021-06-17") == [("2021-06-17", "2021-06-17")]
    assert periods("북한의 올해 1월부터 6월 사이 대중국 수출액은", "2023-07-21") == [("2023-01", "2023-06")]
    assert periods("올 상반기(1월~6월) 수출은", "2019") == [("2019-01", "2019-06")]
    assert periods("지난해에는 2천 417만 달러로 늘었다.", "2019") == [("2018", "2018")]
    assert periods("Sales doubled this year.", "2024-02-04") == [("2024", "2024")]
    assert periods("Effective June 17, CBP will detain the goods.") == []  # no base, no guess


def test_which_dates_are_periods_of_a_claim() -> None:
    assert periods("expel all North Korean laborers by December 22, 2019, in a manner") == \
        [("2019-12-22", "2019-12-22")]
    assert periods("workers were held until 2019.") == [(None, "2019")]
    assert periods("Issued: July 23, 2018") == []
    assert periods("pursuant to Executive Order (E.O.) 13722 of March 15, 2016, and the Act of 2016") == []
    assert periods("the Walk Free Foundation, in its 2018 Global Slavery Index, estimated") == []
    assert periods("In 2018 workers were reportedly required to work") == [("2018", "2018")]


def countries(text: str) -> set[str]:
    return {h.value["country"] for h in find_destinations(text)}


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


@pytest.mark.parametrize(("text", "channel"), [
    ("facilitating North Korea's practice of sending laborers abroad", "labour_export"),
    ("for involvement in North Korean labor exports", "labour_export"),
    ("북한은 현재 40여개 국에 5만 명 이상의 노동자를 파견한 것으로", "labour_export"),
    ("역외가공 즉 주문자생산방식(OEM) 형태의 거래", "contract_processing"),
    ("중국 기업이 위탁가공을 맡겼다", "contract_processing"),
    ("현지 업체들이 북한에 수산물 가공 하청을 주기 시작했다", "subcontracting"),
    ("a Chinese factory sub-contracts with a North Korean firm", "subcontracting"),
    ("garments manufactured in North Korea are affixed with “Made in China” labels.", "relabelling"),
    ("중국산으로 둔갑한 북한산 의류", "relabelling"),
    ("North Korean seafood is smuggled into third countries", "smuggling"),
    ("hundreds of joint ventures with partners from China", "joint_venture"),
    ("North Korean exporters sell goods well below market prices", "below_market"),
])
def test_channels(text: str, channel: str) -> None:
    assert channel in {h.value["channel"] for h in find_channels(text)}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier()


def test_goods_beyond_hair_with_hs_codes(classifier: Classifier) -> None:
    found = {h.value["category"]: h.value for h in find_goods(
        "Forced labor continued in brick making, cement manufacturing, coal mining, gold mining, logging and "
        "seafood processing; small electronics and dolls were exported.", classifier)}
    assert set(found) == {"bricks", "cement", "coal", "minerals", "timber", "seafood", "electronics", "toys"}
    assert found["coal"]["hs"] == "2701" and found["seafood"]["hs"] == "03"
    assert found["toys"]["hs6"] == "950300"  # the classifier knows dolls
    (doll,) = find_goods("prisoners were forced to affix eyelashes on dolls", classifier)
    assert doll.value["category"] == "toys"  # doll parts, not false eyelashes
    declared = find_goods("'편물을 제외한 의류'(HS코드 62)가 1위", classifier)
    assert [(h.value["category"], h.value["hs"]) for h in declared] == [("apparel", "62")]
    assert {h.value["category"] for h in find_goods("수산물과 인형, 석탄", classifier)} == {"seafood", "toys", "coal"}


def names(text: str, gazetteer: Gazetteer, kind: str = "organisation") -> list[str]:
    return [m.text for m in extract_text(text, gazetteer=gazetteer).mentions if m.type == kind]


def test_the_issuing_authority_is_not_an_organisation_of_the_chain(gazetteer: Gazetteer) -> None:
    text = ("U.S. Customs and Border Protection (CBP) began detaining merchandise produced or manufactured by "
            "Jingde Trading Ltd., Rixin Foods. Ltd., and Zhejiang Sunrise Garment Group Co. Ltd. at all U.S. "
            "ports of entry on Dec. 5, 2022. “Legally and morally, we cannot allow these goods into our "
            "commerce,” said CBP Office of Trade Executive Assistant Commissioner AnnMarie R. Highsmith.")
    assert names(text, gazetteer) == ["Jingde Trading Ltd.", "Rixin Foods. Ltd.",
                                      "Zhejiang Sunrise Garment Group Co. Ltd."]
    assert names("Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) "
                 "designated Mokran LLC, a Russian construction company.", gazetteer) == ["Mokran LLC"]
    assert names("통일부 이유진 부대변인은 오늘 기자설명회에서 말했습니다.", gazetteer) == []


def test_unknown_korean_camps_and_firms_are_kept_unlinked(gazetteer: Gazetteer) -> None:
    ex = extract_text("HRNK는 승호리 제8호 교화소에서 인형에 눈썹을 붙이는 작업이 이뤄진다고 말했습니다.",
                      gazetteer=gazetteer)
    (camp,) = [m for m in ex.mentions if m.type == "facility"]
    assert camp.text == "승호리 제8호 교화소" and camp.rule.endswith(":unlinked") and not camp.links
    firms = names("현재 수산물가공업체는 훈춘동양실업유한공사, 연태대신 등 약 58개에 달합니다.", gazetteer)
    assert firms == ["훈춘동양실업유한공사", "연태대신"]
    assert names("조선신흥무역회사 라선지사는 주문을 받아 교화소에 넘겼다.", gazetteer, "facility") == []


def test_published_date_reaches_the_rules(gazetteer: Gazetteer) -> None:
    doc = SourceDocument(id="r", title="r", publisher="CBP", published="2021-06-17")
    ex = extract_text("Effective June 17, CBP will detain seafood from the vessel.", gazetteer=gazetteer,
                      document=doc)
    assert [(m.value["start"], m.value["end"]) for m in ex.by_type("period")] == [("2021-06-17", "2021-06-17")]


def test_cli_reads_relative_dates_with_published(tmp_path: Path) -> None:
    report = tmp_path / "voa.txt"
    report.write_text("북한의 올해 1월부터 6월 사이 대중국 가발 수출액은 7천432만 달러였습니다.\n", encoding="utf-8")
    result = CliRunner().invoke(make_app(), ["--db", str(tmp_path / "t.duckdb"), "extract", str(report),
                                             "--format", "json", "--no-store", "--published", "2023-07-21"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["extractions"][0]["claims"]
    assert (claim["period_start"], claim["period_end"]) == ("2023-01-01", "2023-06-30")
    assert "money 74320000 USD" in claim["note"] and claim["goods"] == ["wigs"]


def test_the_real_world_set_is_well_formed() -> None:
    units = load()
    assert {(u.lang, u.split) for u in units} == {("en", "dev"), ("en", "heldout"), ("ko", "dev"), ("ko", "heldout")}
    assert len({u.doc for u in units}) >= 14
    for u in units:
        assert all(u.text[g.start:g.end] == g.quote for g in u.gold)
        if u.part != "whole":
            assert len(u.text.split()) <= MAX_QUOTE_WORDS


def test_base_date() -> None:
    assert base_date("2022-12-27") == dt.date(2022, 12, 27)
    assert base_date("2019") == dt.date(2019, 12, 28)
    assert base_date(None) is None and base_date("soon") is None
