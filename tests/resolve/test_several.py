"""Several parties in one string (several.py), a vessel's number that must agree, any state's flag before a ship's
name, a person's body in brackets, and Vietnamese bodies by their Sino-Vietnamese words (vietnamese.py): each on
names as the real-world sets' documents wrote them, against small lists of the OFAC entries they denote."""

from __future__ import annotations

import pytest

from chainlight.resolve import Query
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.several import parts
from chainlight.resolve.ship_names import hull_number_disagrees, typed_readings
from chainlight.resolve.vietnamese import is_vietnamese, reading
from chainlight.resolve.written import two_names
from tests.resolve.listed import ofac


@pytest.mark.parametrize(("name", "expected"), [
    ("Hao Fan 6, Tong San 2 et Jie Shun", ["Hao Fan 6", "Tong San 2", "Jie Shun"]),
    ("Kimsuky, Lazarus Group e Andariel", ["Kimsuky", "Lazarus Group", "Andariel"]),
    ("Kang Chol Hak y Pyon Kwang Chol", ["Kang Chol Hak", "Pyon Kwang Chol"]),
    ("Dandong Chengtai, a/k/a Dandong Zhicheng Metallic Materials, or DZMM",
     ["Dandong Chengtai", "Dandong Zhicheng Metallic Materials", "DZMM"]),
    ("Korea Kwangson Banking Corp und Korea Daesong Bank", ["Korea Kwangson Banking Corp", "Korea Daesong Bank"]),
    ("최성남, 고일환(이상 대성은행)", ["최성남", "고일환(이상 대성은행)"]),
    ("Kang Chol Hak (a/k/a Kang Chol), Pyon Kwang Chol", ["Kang Chol Hak (a/k/a Kang Chol)", "Pyon Kwang Chol"]),
    ("정찰총국과 39호실", ["정찰총국", "39호실"]),
    ("朝鲜光鲜银行、朝鲜大成银行", ["朝鲜光鲜银行", "朝鲜大成银行"]),
    ("朝鲜光鲜银行和朝鲜大成银行", ["朝鲜光鲜银行", "朝鲜大成银行"]),
    ("侦察总局及39号室", ["侦察总局", "39号室"]),
    ("조선광선은행 및 조선대성은행", ["조선광선은행", "조선대성은행"]),
    ("노동당·국무위원회·인민무력성", ["노동당", "국무위원회", "인민무력성"]),  # Korean's middle dot lists words
])
def test_a_string_listing_several_names_is_cut_into_them(name: str, expected: list[str]) -> None:
    assert parts(name) == expected


@pytest.mark.parametrize("name", [
    "Yuanye Wood Company, Limited of Wenzhou, China",  # a legal form after a comma goes on the name; a place goes
    "Mingzheng Intl Trading Ltd, a front company",  # a description is no party
    "Jong Yong Su, ministre nord-coréen du Travail",
    "朝鲜民主主义人民共和国",  # 和 of 共和国, the republic
    "朝鮮平和自動車",  # 和 of 平和, peace
    "丹東祥和商貿公司",  # 和 of 祥和, auspicious
    "Korea Ryonbong General Corporation",  # no separator
    "사과 회사",  # 과 closing a word of one syllable before it
    "Korea Hydro and Nuclear Power",  # English words alone after "and": a part of one body's name
    "実妹キム・ヨジョン(金与正)副部長が",  # 与 in a bracket: a character of her name, no "and"
    "キム・ヨジョン",  # the middle dot inside one katakana name
    "马克·吐温",  # and inside one foreign name written in characters
    "북·중 무역",  # a one-syllable word before it is an abbreviation (North Korea-China), no party
])
def test_a_string_of_one_name_is_not_cut(name: str) -> None:
    assert parts(name) == []


@pytest.mark.parametrize(("query", "listed", "disagrees"), [
    ("Hao Fan 6", "HAO FAN 2", True),
    ("Hao Fan 6, Tong San 2 et Jie Shun", "HAO FAN 2", True),  # 2 follows Tong San, not Hao Fan
    ("Hao Fan 6", "HAO FAN 6", False),
    ("Kum Un San 5", "KUM UN SAN 3", True),
    ("KUM UN SAN 3", "KUM UN SAN 3", False),
    ("Hao Fan", "HAO FAN 2", False),  # no number written: nothing to disagree with
    ("금운산 3호", "KUM UN SAN 3", False),  # another script: not compared here
    ("CHON MA SAN", "CHON MA SAN", False),
])
def test_a_vessel_s_number_must_agree(query: str, listed: str, disagrees: bool) -> None:
    assert hull_number_disagrees(query, listed) is disagrees


@pytest.mark.parametrize(("name", "ship"), [
    ("the Panama-flagged Shang Yuan Bao", "shang yuan bao"),
    ("the Sierra Leone-flagged Hua Fu", "hua fu"),
    ("Panama-flagged ship Koti", "koti"),
    ("the North Korea-flagged Kum Un San 3", "kum un san 3"),
    ("the North Korean-flagged tanker Sam Ma 2", "sam ma 2"),
    ("파나마 선적 코티 호의", "코티호의"),
])
def test_a_ship_s_name_is_read_without_any_state_s_flag(name: str, ship: str) -> None:
    assert [t for t, _ in typed_readings(name)] == [ship]


@pytest.mark.parametrize("name", ["the Panama-flagged Ocean Shipping Co", "a flagged company", "Korea Flagged X"])
def test_no_ship_is_read_from_a_firm_or_a_word_that_is_no_state(name: str) -> None:
    assert typed_readings(name) == []


def test_a_person_s_body_in_brackets_is_no_other_name_of_theirs() -> None:
    assert two_names("백종삼(금강그룹은행)") is None
    assert two_names("청봉(그린라이트)") == ("청봉", "그린라이트")  # a renamed ship's two names stay two names


@pytest.mark.parametrize(("name", "characters"), [
    ("Tổng cục trinh sát miền Bắc", "北偵察總局"),
    ("Ủy ban Tuyên truyền Đảng Lao động Triều Tiên", "朝鮮勞動黨宣傳"),
    ("Ngân hàng Ngoại thương Triều Tiên", "朝鮮外商銀行"),
])
def test_a_vietnamese_body_is_read_in_its_characters_head_last(name: str, characters: str) -> None:
    got = reading(name)
    assert got is not None
    assert got[0] == characters
    assert "pychunom" in got[1]


@pytest.mark.parametrize("name", ["Park Jin-hyok", "Kim Jong Un", "Banque du commerce extérieur", "nhóm tin tặc"])
def test_no_characters_for_a_name_that_is_not_a_vietnamese_body(name: str) -> None:
    assert reading(name) is None


def test_vietnamese_letters_are_told_from_french_ones() -> None:
    assert is_vietnamese("Tổng cục trinh sát")
    assert not is_vietnamese("ministre de la Sécurité d'État")


def _listed() -> Matcher:
    return Matcher([
        ofac("23771", "Vessel", "HAO FAN 6", program="DPRK3"),
        ofac("23770", "Vessel", "HAO FAN 2", program="DPRK3"),
        ofac("23150", "Vessel", "WON SAN 2", program="DPRK3"),
        ofac("45430", "Organization", "KIMSUKY", program="DPRK3"),
        ofac("27307", "Organization", "LAZARUS GROUP", program="DPRK3"),
        ofac("27309", "Organization", "ANDARIEL", program="DPRK3"),
        ofac("23484", "Person", "PAEK, Jong Sam", program="DPRK3"),
        ofac("20571", "Organization", "KUMGANG BANK", program="DPRK3"),
        ofac("26933", "Vessel", "SHANG YUAN BAO", program="DPRK3"),
        ofac("12210", "Organization", "RECONNAISSANCE GENERAL BUREAU", program="DPRK3"),
        ofac("43337", "Organization", "TECHNICAL RECONNAISSANCE BUREAU", program="DPRK2"),
        ofac("23174", "Organization", "MINISTRY OF LAND AND MARITIME TRANSPORTATION", program="DPRK3"),
    ])


@pytest.fixture(scope="module")
def listed() -> Matcher:
    return _listed()


@pytest.mark.parametrize(("name", "expected"), [
    ("Hao Fan 6, Tong San 2 et Jie Shun", "HAO FAN 6"),  # not HAO FAN 2, whose number the string gives Tong San
    ("Kimsuky, Lazarus Group e Andariel", {"KIMSUKY", "LAZARUS GROUP", "ANDARIEL"}),
    ("백종삼(금강그룹은행)", "PAEK, Jong Sam"),  # the person, not the bank they serve
    ("the Panama-flagged Shang Yuan Bao", "SHANG YUAN BAO"),
    ("Tổng cục trinh sát miền Bắc", "RECONNAISSANCE GENERAL BUREAU"),
    ("Ministry of Land and Maritime Transportation", "MINISTRY OF LAND AND MARITIME TRANSPORTATION"),
])
def test_the_answer_is_the_best_party_s_and_never_another_body(listed: Matcher, name: str,
                                                              expected: str | set[str]) -> None:
    ms = listed.match(Query("q", name), limit=3)
    assert ms
    assert ms[0].match
    assert ms[0].entity_name in (expected if isinstance(expected, set) else {expected})
    assert all(not m.match for m in ms if m.entity_name == "HAO FAN 2")


def test_each_party_of_a_list_is_answered_above_the_threshold(listed: Matcher) -> None:
    ms = listed.match(Query("q", "Kimsuky, Lazarus Group e Andariel"), limit=3)
    assert {m.entity_name for m in ms if m.match} == {"KIMSUKY", "LAZARUS GROUP", "ANDARIEL"}
    assert all(m.explanation.startswith("one of several names the string lists") for m in ms)


def test_another_hull_is_under_the_threshold(listed: Matcher) -> None:
    ms = listed.match(Query("q", "Hao Fan 7"), limit=3)
    assert not any(m.match for m in ms)
    assert any("another hull" in m.explanation for m in ms)
