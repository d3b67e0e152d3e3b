"""topic.py's sentences about work: the countries, channels and counts read where a sentence is about North Korea's
workers abroad (topic.work_places and the rules' whole reading).  Cases from rounds 15 and 19, grouped below by the
file they came from."""

from __future__ import annotations

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.partner import partners_ko
from chainlight.extract.topic import WORK_RULE, work_places
from tests.extract.readings import places_by_rule as _places
from tests.extract.readings import places_channels_counts as _read

# --- from tests/extract/test_readings_r19.py: Round 19's English readings: the countries of a sentence
# about work that no rule placed (topic.work_places), a count of North Koreans in a sentence about their
# work as workers, and "between A and B" as one range.


def test_countries_of_a_sentence_about_work_are_where_the_work_is(gaz: Gazetteer) -> None:
    places = _places("The builders finished projects in Oman, Bahrain and Nigeria last year.", gaz)
    assert set(places) >= {"om", "bh", "ng"}
    places = _places("A few hundred are thought to be working in Kazakhstan.", gaz)
    assert places.get("kz") is not None


def test_no_work_no_place_and_never_the_sanctioning_state(gaz: Gazetteer) -> None:
    # a sentence with no word of work names no destination this way
    assert "fr" not in _places("The minister flew to France on Monday.", gaz)
    # the United States is named as the authority, not as a host
    assert [h.value["country"] for h in work_places("The United States will act against forced labor in Chad.", [])] == ["td"]
    # a country inside a name the rules read is the name's
    text = "The workers were hired by Oman Cement Works."
    at = text.index("Oman")
    assert work_places(text, [(at, at + len("Oman Cement Works"))]) == []


def test_the_rule_is_not_asked_where_a_rule_placed_the_sentence(gaz: Gazetteer) -> None:
    ex = extract_text("North Korean workers were sent to Kuwait, not to Iran.", gazetteer=gaz, learned=False)
    assert not any(m.rule == WORK_RULE for m in ex.mentions)


def test_a_sentence_about_a_publishers_sources_is_no_work_sentence() -> None:
    assert work_places("The agency works with a network of sources living in Laos and Thailand.", []) == []
    assert [h.value["country"] for h in work_places("Their work in Laos remains a source of revenue.", [])] == ["la"]


def test_a_country_named_as_the_neighbour_is_still_the_destination(gaz: Gazetteer) -> None:
    # (fitted from set 17's dev half after its blind run: "exports to neighbour China")
    assert "cn" in _places("The factories ship their sweaters to neighbour China.", gaz)
    assert "ru" in _places("The firm sent its welders to neighbouring Russia.", gaz)


# --- from tests/extract/test_topic_r15.py: Round 15's readings: the workers named in other words, employers
# named by their country's adjective, CLDR's short Korean country names read through Kiwi, North Korean
# restaurants abroad and their counts in words.


def test_the_state_sending_or_bringing_in_its_workers(gaz: Gazetteer) -> None:
    places, channels, _ = _read("As for Angola, North Korea managed to send several hundred workers into the country.", gaz)
    assert places == {"ao"} and "labour_export" in channels
    places, channels, _ = _read("Troops of the North Korean army were sent to Oman and Bahrain to work on building sites.", gaz)
    assert places == {"om", "bh"} and "labour_export" in channels
    # soldiers sent to fight are no workers
    places, channels, _ = _read("North Korean troops were sent to Russia to fight in the Kursk region.", gaz)
    assert "labour_export" not in channels


def test_the_work_force_named_as_north_koreas(gaz: Gazetteer) -> None:
    places, channels, _ = _read("The contractor relied on DPRK crews to finish a stadium in Mozambique.", gaz)
    assert places == {"mz"} and "labour_export" in channels
    _, channels, _ = _read("a North Korean who had been working at a farm in Uzbekistan died last month.", gaz)
    assert "labour_export" in channels
    # the export itself sanctioned: the sanctioning country hosts no one
    places, _, _ = _read("The United States sanctioned two entities for involvement in North Korean labor exports.", gaz)
    assert "us" not in places


def test_an_employer_named_by_its_countrys_adjective(gaz: Gazetteer) -> None:
    places, _, _ = _read("A Senegalese company was accused of using DPRK labor to build a monument.", gaz)
    assert "sn" in places
    # another clause, a supplier: no host
    places, _, _ = _read("The firm employs DPRK IT workers in Laos, and a Chinese company supplies it with equipment.", gaz)
    assert "cn" not in places


def test_north_korean_restaurants_abroad_and_their_counts(gaz: Gazetteer) -> None:
    places, channels, counts = _read("말레이시아에는 북한 식당 네 곳이 영업 중이다.", gaz)
    assert places == {"my"} and counts == {"facilities=4"}
    assert "labour_export" not in channels  # a restaurant alone names no workers
    _, _, counts = _read("한때 미얀마에는 두 식당에서 일하는 북한 종업원이 30명이었다.", gaz)
    assert {"facilities=2", "workers=30"} <= counts
    places, _, _ = _read("柬埔寨的朝鲜餐厅已全部关闭。", gaz)
    assert places == {"kh"}
    # three places where people protested are no facilities
    _, _, counts = _read("시위는 서울 세 곳에서 열렸다.", gaz)
    assert counts == set()


def test_chinese_sending_words_and_workers_named_by_skill(gaz: Gazetteer) -> None:
    # the channel found makes the sentence about the workers: its countries are their hosts
    places, channels, _ = _read("朝鲜对外输出劳工,主要是向老挝、柬埔寨一次性输出数百名士兵。", gaz)
    assert places == {"la", "kh"} and "labour_export" in channels
    _, channels, counts = _read("平壤各机构派劳工外出创汇,每次派三十名员工。", gaz)
    assert "labour_export" in channels
    _, _, counts = _read("另有3千~5千名软件开发人才和约80名来自朝鲜的IT工作者。", gaz)
    assert {"workers=3000-5000", "workers=80"} <= counts
    places, channels, counts = _read("去年,丹东一家工厂雇用了45名朝鲜女性。", gaz)
    assert places == {"cn"} and "labour_export" in channels and "workers=45" in counts
    # a country named as not the one
    places, _, _ = _read("更多朝鲜工人前往俄罗斯务工,而非中国。", gaz)
    assert "cn" not in places


def test_korean_trade_partner_read_from_the_subject(gaz: Gazetteer) -> None:
    places, _, _ = _read("러시아는 지난해 상반기 1억 달러에 이르는 수산물을 북한에서 수입했다.", gaz)
    assert "ru" in places
    places, _, _ = _read("북한은 호텔 건설을 위해 모두 300만 달러를 라오스에 투자했다.", gaz)
    assert "la" in places
    # a country that bans the trade is no partner (of this reader's)
    assert partners_ko("캐나다는 북한에서 수입한 모든 물품의 반입을 금지했다.") == []
