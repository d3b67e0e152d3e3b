"""Round 15, step 3's readings (from set 13 dev's classes): builders in a country read from a Korean sentence's
structure, CLDR's spaced Korean country names, workers named by trade or by 北, bodies named by apposition or as a part,
platforms and marketplaces, embroidery and fishing rights, and Korean goods words only where Kiwi reads a word."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.partner import built_in_ko
from chainlight.extract.places import korean_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer([])


def _read(text: str, gaz: Gazetteer) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_text(text, gazetteer=gaz).mentions:
        out.setdefault(m.type, set()).add(m.text if m.type == "organisation" else m.key)
    return out


def test_korean_builders_abroad_from_the_sentence_structure() -> None:
    assert [h.value["country"] for h in built_in_ko("북한은 짐바브웨에서 영웅묘역을 건설했다.")] == ["zw"]
    # the subject left unsaid, two countries joined before the particle
    assert {h.value["country"] for h in built_in_ko("베냉과 토고에도 경기장을 지었다.")} == {"bj", "tg"}
    # another subject builds: no destination of North Korea's
    assert built_in_ko("일본 기업이 베트남에서 공장을 건설했다.") == []


def test_spaced_cldr_korean_names_both_ways() -> None:
    assert [c for *_, c in korean_places("중앙 아프리카 공화국에서 일하는")] == ["cf"]
    assert [c for *_, c in korean_places("적도기니에는")] == ["gq"]


def test_workers_by_trade_and_by_the_headline_abbreviation(gaz: Gazetteer) -> None:
    got = _read("a North Korean waitress in Vientiane, Laos, said", gaz)
    assert "la" in got["destination"] and "labour_export" in got["channel"]
    got = _read("외화벌이 나선 北 노동자들", gaz)
    assert "labour_export" in got["channel"]
    got = _read("30대 북한 여성 12명 정도가 일하고 있다.", gaz)
    assert "labour_export" in got["channel"]


def test_bodies_named_by_apposition_part_and_plural_kind(gaz: Gazetteer) -> None:
    assert "Paektu" in _read("paintings produced by Paektu, a North Korean state art studio, were sold", gaz)["organisation"]
    got = _read("a part of Chonma called Chonma Overseas Projects ran the site", gaz)["organisation"]
    assert {"Chonma", "Chonma Overseas Projects"} <= got
    got = _read("he worked for companies Korea Sobaeksu and Chonsong Trading, located in Laos", gaz)["organisation"]
    assert {"Korea Sobaeksu", "Chonsong Trading"} <= got
    # a country's long name is no body
    assert "Russian Federation" not in _read("firms located in the Russian Federation", gaz).get("organisation", set())


def test_platforms_marketplaces_and_counts_of_countries(gaz: Gazetteer) -> None:
    got = _read("North Korean stamps were being sold on a popular Japanese portal site", gaz)
    assert "internet_platforms" in got["channel"] and "jp" in got["destination"]
    assert "countries=12" in _read("it built statues in 12 African countries", gaz)["quantity"]


def test_embroidery_fishing_rights_and_word_boundaries(gaz: Gazetteer) -> None:
    assert "textiles" in _read("북한 여성들이 만든 자수 작품이 팔렸다.", gaz)["goods"]
    assert "seafood" in _read("朝鲜向中国出售了捕捞权。", gaz)["goods"]
    # 시내의 ("of downtown") is no underwear (내의)
    assert "goods" not in _read("하노이 시내의 한 건물입니다.", gaz)


def test_supplied_buyers_money_in_cfa_francs_and_approximate_scales(gaz: Gazetteer) -> None:
    got = _read("북한 남포의 한 무역회사가 지난해 베트남 하노이의 한 업체에 가발을 공급했다.", gaz)
    assert "vn" in got["destination"]
    got = _read("공사에 모두 80억 프랑 세파(한화 190여억원)가 들었다.", gaz)
    assert {"money=8000000000", "money=19000000000"} <= got["quantity"]
    assert "labour_export" in _read("they sought employment as remote IT workers for Canadian firms", gaz)["channel"]


def test_dollars_written_bul_and_member_states_counted(gaz: Gazetteer) -> None:
    assert "money=23000000" in _read("가발 수출액은 2300만불에 달했다.", gaz)["quantity"]
    assert "countries=9" in _read("it had projects in nine Asian (UN) member states", gaz)["quantity"]
    # fire (불) after a count of people is no money
    assert "quantity" not in _read("불을 끈 사람들이 모였다.", gaz)
