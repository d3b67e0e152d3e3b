"""Readings from the twelfth real-world set's dev half (issue 14, fourteenth round): two Hangul names written X(Y),
as the Korean press writes a renamed ship (new name, old name in brackets), are two names of one thing, each read
alone and neither part of a person's name; characters that are a common word (金属 metal) read in Korean are no
person's name.  The names are those the set's documents write; the entries are OFAC's (some ids stand in)."""

from __future__ import annotations

import pytest

from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.written import bracket_readings, two_names
from tests.resolve.listed import ofac


@pytest.mark.parametrize("name,pair", [
    ("랑(보통강)", ("랑", "보통강")),
    ("룡림(전진 2)", ("룡림", "전진 2")),
    ("리철(리수용)", ("리철", "리수용")),
    ("하나은행(중국)", None),  # a place in the bracket says where the body is
    ("朝鮮嶺峰(リョンボン)総合会社", None),
    ("Korea Mining Development Trading Corporation (KOMID)", None),
])
def test_two_hangul_names_of_one_thing(name: str, pair: tuple[str, str] | None) -> None:
    assert two_names(name) == pair


def test_the_bracketed_name_is_read_alone() -> None:
    assert ("전진 2", "the bracket's other name of the same thing, read alone: 전진 2") in bracket_readings("룡림(전진 2)")


def ships() -> Matcher:
    return Matcher([
        ofac("17094", "Vessel", "PO THONG GANG", program="DPRK"),
        ofac("17090", "Vessel", "JON JIN 2", program="DPRK"),
        ofac("19588", "Vessel", "CHONG BONG", program="DPRK3"),
        ofac("19500", "Company", "CHONGBONG SHIPPING CO LTD", program="DPRK3"),
        ofac("17000", "Person", "RIM, Yong Hyok", program="DPRK3"),
        ofac("17001", "Person", "RI, Su Yong", program="DPRK3"),
    ])


@pytest.mark.parametrize("name,want", [
    ("랑(보통강)", "ofac-17094"),
    ("룡림(전진 2)", "ofac-17090"),  # 룡림 alone was RIM Yong Hyok at 0.87
    ("청봉(그린라이트)", "ofac-19588"),  # the firm CHONGBONG SHIPPING says more than the ship's name
    ("리철(리수용)", "ofac-17001"),  # a person's other name, read alone, still finds him
])
def test_a_renamed_ship_is_found_under_its_other_name_and_no_person_is(name: str, want: str) -> None:
    m = ships()
    top = m.match(Query("q", name), 3)
    assert top and top[0].entity_id == want and top[0].match
    assert not [x for x in top[1:] if x.match and x.schema == "Person"]


def test_a_common_word_in_characters_read_in_korean_is_no_persons_name() -> None:
    # 丹东至诚金属 (set 12): its unit 金属 (metal) read 김속 was KIM, Tong-Myong at 0.85
    m = Matcher([
        ofac("22603", "Company", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", program="DPRK3"),
        ofac("20000", "Person", "KIM, Jin Sok", program="DPRK3"),
    ])
    top = m.match(Query("q", "丹东至诚金属"), 3)
    assert not [x for x in top if x.match and x.schema == "Person"]
