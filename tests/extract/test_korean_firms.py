"""Korean organisations the store does not know (round 11 of issue 15): a proper noun run together with a trading
firm's or a group's head (the analyser says where the name starts), a ministry's older -부 name, and a body named as
under a state body.  Sentences written for the test in the words Korean press uses; the names are made up."""

from __future__ import annotations

from chainlight.extract import phrases


def organisations(sentence: str) -> list[str]:
    return [sentence[c.start:c.end] for c in phrases.candidates(sentence)
            if c.type == "organisation" and c.keep_unlinked]


def test_a_proper_noun_with_a_firm_head_is_a_firm() -> None:
    found = organisations("평양의 금강무역과 서울의 대양통상이 석탄을 수출했다.")
    assert "금강무역" in found and "대양통상" in found
    assert "대한그룹" in organisations("대한그룹에 공급할 작업복을 들여오기로 했다.")


def test_a_place_or_a_kind_before_the_head_names_a_trade_not_a_firm() -> None:
    assert organisations("중국무역 통계에 따르면 수출이 늘었다.") == []
    assert organisations("북한의 대외무역이 줄었다.") == []


def test_a_body_under_a_state_body_is_an_organisation() -> None:
    found = organisations("석탄을 수출하던 39호실 산하 은별, 인민무력부 산하 백두무역이 앞장서고 있다.")
    assert {"은별", "백두무역"} <= set(found)
    # (round 25: the unit named under its parent is the claim, not the parent; tests/extract/test_named_units.py)
    assert not {"39호실", "인민무력부"} & set(found)


def test_a_kind_under_a_ministry_names_no_body() -> None:
    found = organisations("인민무력부 산하 무역회사들이 석탄을 수출한다.")
    assert "인민무력부" in found and not any(f.startswith("무역회사") for f in found)


def test_a_latin_brand_with_its_hangul_reading_and_the_brands_listed_after_it() -> None:
    found = organisations("이 공장은 MONTREX(몬트렉스), 노스페이스 등 한국 브랜드의 의류를 납품했다.")
    assert found[:2] == ["MONTREX(몬트렉스)", "노스페이스"]
    assert organisations("주문자생산방식 OEM(오이엠)으로 납품했다.") == []


def test_a_body_under_another_in_english_is_two_organisations() -> None:
    sentence = "The Bureau of Mines under the Ministry of Coal Industry sends workers abroad."
    names = [sentence[c.start:c.end] for c in phrases.candidates(sentence) if c.type == "organisation"]
    assert names == ["Bureau of Mines", "Ministry of Coal Industry"]
