"""Counts of facilities by one lexicon of counted nouns (extract/counted.py) in English, Korean and Chinese.
Sentences written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import extract_text


def facilities(text: str) -> list[float]:
    return [m.value["value"] for m in extract_text(text).mentions
            if m.type == "quantity" and m.value["kind"] == "facilities"]


def test_english_counts_of_restaurants_shops_hotels_and_businesses() -> None:
    assert facilities("The regime still runs about 20 North Korean restaurants in Southeast Asia.") == [20]
    assert facilities("Police closed three North Korean-run shops and two hotels in the port.") == [3, 2]
    assert facilities("Only a handful of staff remain at the two mines.") == [2]


def test_one_facility_where_the_report_counts_it() -> None:
    assert facilities("At least one North Korean business kept operating in the capital.") == [1]
    assert facilities("Only a single restaurant is left in the city.") == [1]
    # "one" as an article, or one of several, counts nothing
    assert facilities("One company said it had stopped hiring North Koreans.") == []
    assert facilities("It is one of the restaurants that stayed open.") == []


def test_korean_and_chinese_counts_with_the_same_nouns() -> None:
    assert facilities("몽골의 탄광 3곳에서 북한 노동자들이 일한다.") == [3]
    assert facilities("朝鲜在当地经营20多家餐厅。") == [20]
    assert facilities("他們從逾百家美國公司獲取遠距工作機會。") == [100]  # (逾百: a hundred after a hedge)


def test_bodies_counted_by_their_kind_alone() -> None:
    """Organisations counted as firms (set 23), Chinese 实体 as sanctions lists name them (sets 19, 20); English
    "entities" left out, the seen sets annotating it both ways (counted.py)."""
    assert facilities("The two organizations employed dozens of North Korean IT workers in Shenyang.") == [2]
    assert facilities("韩国将3个实体和7名个人列为单边制裁对象。") == [3]
    assert facilities("美國財政部制裁了13個實體,涉及電腦和礦產貿易。") == [13]
    assert facilities("Treasury designated two entities and one individual on Tuesday.") == []


def test_a_dollar_range_with_its_sign_written_once() -> None:
    def money(text: str) -> list[str]:
        return [m.key for m in extract_text(text).mentions if m.type == "quantity" and m.value["kind"] == "money"]

    assert money("A worker there is paid US$450-800 a month.") == ["money=450-800"]
    assert money("The contracts were worth $200-500 million.") == ["money=200000000-500000000"]



def test_workers_named_by_their_trade_name_its_product() -> None:
    def goods(text: str) -> list[str]:
        return sorted({m.key for m in extract_text(text).mentions if m.type == "goods"})

    assert goods("Hundreds of loggers from North Korea cut trees in the taiga.") == ["timber"]
    assert goods("The company ships the wood to Japan.") == ["timber"]
    assert goods("북한은 어부들을 해외 어선에 보냈다.") == ["seafood"]
    assert goods("The wood of the barracks was damp.") == []


def test_a_sum_before_its_noun_and_countries_counted_with_a_word_between() -> None:
    keys = {m.key for m in extract_text("The 9,000 rouble monthly wage was paid late.").mentions if m.type == "quantity"}
    assert "money=9000" in keys
    keys = {m.key for m in extract_text("북한은 3개 중앙아시아 국가에 노동자를 보냈다.").mentions if m.type == "quantity"}
    assert "countries=3" in keys


def test_korean_counts_listed_before_the_workers_they_count() -> None:
    text = "현재 중동에는 쿠웨이트 2천여 명, 카타르 1천여 명 등 모두 4천여 명의 북한 노동자가 있다."
    keys = {m.key for m in extract_text(text).mentions if m.type == "quantity"}
    assert {"workers=2000", "workers=1000", "workers=4000"} <= keys
