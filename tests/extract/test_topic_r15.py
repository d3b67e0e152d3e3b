"""Round 15's readings: the workers named in other words, employers named by their country's adjective, CLDR's short
Korean country names read through Kiwi, North Korean restaurants abroad and their counts in words."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.partner import partners_ko
from chainlight.extract.places import korean_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([])


def _read(text: str, gaz: Gazetteer) -> tuple[set[str], set[str], set[str]]:
    # (the rules' reading; the learned reader, extract/learned.py, is judged by leave-one-set-out figures, and reads
    # "troops sent to Russia to fight" as exported labour and 中国从朝鲜进出口货物 as cn: round 17's known errors)
    ex = extract_text(text, gazetteer=gaz, learned=False)
    places = {m.value["country"] for m in ex.mentions if m.type == "destination"}
    channels = {m.value["channel"] for m in ex.mentions if m.type == "channel"}
    counts = {m.key for m in ex.mentions if m.type == "quantity"}
    return places, channels, counts


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


def test_short_korean_country_names_where_kiwi_reads_a_name() -> None:
    assert [c for *_, c in korean_places("쿠바에서 일하는 북한 노동자들이 늘었다.")] == ["cu"]
    assert [c for *_, c in korean_places("이란은 북한 노동자를 받아들였다.")] == ["ir"]
    # the same syllables as ordinary words: "means", "pride"
    assert list(korean_places("이 수단은 북한 노동자에게 효과가 없었다.")) == []
    assert list(korean_places("오만과 편견을 읽는 북한 노동자")) == []


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


def _names(text: str, gaz: Gazetteer) -> set[str]:
    return {m.text for m in extract_text(text, gazetteer=gaz).mentions if m.type == "organisation"}


def test_korean_names_listed_before_their_kind_or_quoted_beside_it(gaz: Gazetteer) -> None:
    assert {"옥류", "대동강"} <= _names("수도 쿠알라룸푸르에 있는 옥류, 대동강 등 북한 식당 두 곳이 문을 닫았다.", gaz)
    assert "해당화관" in _names("자카르타의 '해당화관' 식당은 지난달 폐쇄됐다.", gaz)
    assert "금강산식당" in _names("이 식당은 ‘금강산식당’이란 간판을 걸었다.", gaz)


def test_korean_trade_partner_read_from_the_subject(gaz: Gazetteer) -> None:
    places, _, _ = _read("러시아는 지난해 상반기 1억 달러에 이르는 수산물을 북한에서 수입했다.", gaz)
    assert "ru" in places
    places, _, _ = _read("북한은 호텔 건설을 위해 모두 300만 달러를 라오스에 투자했다.", gaz)
    assert "la" in places
    # a country that bans the trade is no partner (of this reader's)
    assert partners_ko("캐나다는 북한에서 수입한 모든 물품의 반입을 금지했다.") == []


def test_english_employers_and_other_names(gaz: Gazetteer) -> None:
    names = _names("Some 40 construction workers were employed by Sinhung at the site.", gaz)
    assert "Sinhung" in names
    names = _names("KOMID (also known as Changgwang) shipped the parts.", gaz)
    assert "KOMID" in names
    _, _, counts = _read("about 120 farm-labourers arrived last spring", gaz)
    assert "workers=120" in counts
