"""A ship's name with its mark heard as a listed vessel's name (resolve/ship_names.py, issue 14, round 20): the
lists spell North Korean ships by no one system (대홍단 is DAI HONG DAN), the press writes the Korean by ear (찬마산호
for CHON MA SAN) and Chinese by Mandarin sound (暮独邦号, mu du bang: MU DU BONG).  Consonants by class syllable for
syllable, a number the same, and one vowel apart at most; only a vessel answers, under the name as written.
Vessels as OFAC writes them; the queries as Korean and Chinese press wrote them (sets 15 and 17)."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query, ship_names
from chainlight.resolve.rendering import render_name
from tests.resolve.listed import ofac
from tests.resolve.listed import ofac as _e
from tests.resolve.listed import renamed_ships as ships


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("23721", "Vessel", "DAI HONG DAN", program="DPRK2"),
        _e("23729", "Vessel", "CHON MA SAN", program="DPRK2"),
        _e("13991", "Vessel", "MU DU BONG", program="DPRK2"),
        _e("23730", "Vessel", "UL JI BONG 6", program="DPRK2"),
        _e("90003", "Company", "DAE HUNG DAN TRADING CO", program="DPRK2"),
    ])


def _listed(name: str) -> tuple[tuple[ship_names.Syllable, ...], str]:
    read = ship_names.listed_syllables(name)
    assert read is not None
    return read


@pytest.mark.parametrize("spoken,listed", [("대홍단", "DAI HONG DAN"), ("대흥단", "DAI HONG DAN"),
                                           ("찬마산", "CHON MA SAN"), ("暮独邦", "MU DU BONG"),
                                           ("暮獨邦", "MU DU BONG"), ("을지봉6", "UL JI BONG 6"),
                                           # as spoken (round 21): 압록 is said am nok, 백령 paeng nyong, 신라 sil la
                                           ("압록강", "AM NOK GANG"), ("백령", "PAENG NYONG"), ("신라", "SIL LA"),
                                           ("청천강", "CHONG CHON GANG")])
def test_heard_alike(spoken: str, listed: str) -> None:
    assert ship_names.heard_alike(spoken, _listed(listed))


@pytest.mark.parametrize("spoken,listed", [
    ("대용단", "DAI HONG DAN"),  # ㅇ is no h
    ("다이홍단", "DAI HONG DAN"),  # four syllables against three
    ("천마선", "CHAN MA SAN"),  # two vowels apart
    ("을지봉", "UL JI BONG 6"),  # the number missing
    ("우지봉6", "UL JI BONG 6"),  # a consonant missing
    ("鸭绿江", "AM NOK GANG"),  # characters by pinyin (ya lu jiang): no Korean sound change
])
def test_not_heard_alike(spoken: str, listed: str) -> None:
    assert not ship_names.heard_alike(spoken, _listed(listed))


def test_a_name_not_of_one_syllable_a_word_is_not_read() -> None:
    assert ship_names.listed_syllables("OCEAN SKY") is None
    assert ship_names.listed_syllables("PAEKMA") is None  # one word


@pytest.mark.parametrize("name,vessel", [("대홍단호", "DAI HONG DAN"), ("찬마산호", "CHON MA SAN"),
                                         ("暮独邦号", "MU DU BONG")])
def test_the_vessel_found_under_the_name_as_written(matcher: Matcher, name: str, vessel: str) -> None:
    top = matcher.match(Query("q", name), limit=1)[0]
    assert (top.entity_name, top.match, top.schema) == (vessel, True, "Vessel")
    assert ship_names.SOURCE in top.explanation and top.score <= 0.9


def test_without_a_ship_mark_nothing_is_heard(matcher: Matcher) -> None:
    assert not any(ship_names.SOURCE in m.explanation for m in matcher.match(Query("q", "찬마산"), limit=5))


# --- from tests/resolve/test_realworld_v7_readings.py: Readings added on the seventh real-world set's dev
# half (issue 14): a name run together with its acronym, a Latin letter written by its Korean name, and the
# h a Korean given name drops when said, as katakana writes it.


def test_a_chinese_vessel_in_hangul_with_the_ship_mark_is_found_by_its_mandarin_sound() -> None:
    m = Matcher([
        ofac("26933", "Vessel", "SHANG YUAN BAO", program="DPRK4"),
        ofac("70005", "Company", "SHANGHAI YUAN BAO TRADING CO LTD"),
        ofac("70006", "Person", "SANG, Won", program="DPRK3"),
    ])
    top = m.match(Query("q", "상위안바오호"), 1)
    assert top and top[0].entity_id == "ofac-26933" and top[0].match
    assert "ship" in top[0].explanation
    # sh written as said (샹, as press usage has it), and the name written syllable by syllable
    for name in ("샹위안바오호", "샹 위안 바오"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-26933" and top[0].match, name


# --- from tests/resolve/test_realworld_v8_readings.py: Readings added on the eighth real-world set's dev
# half (issue 14, ninth round): vocabulary words the lists write as a trade and a legal form, and ship
# management as a shipping firm's trade. The names are those the set's Korean documents write; the entries
# are OFAC's.


def test_ship_management_is_a_shipping_firms_trade() -> None:
    # 해진 해운사 (a Korean report on OMM's ship managers) is HAEJIN SHIP MANAGEMENT COMPANY LIMITED: ship was read
    # as a second own word beside HAEJIN
    assert [t.cls for t in render_name("HAEJIN SHIP MANAGEMENT COMPANY LIMITED").renderings[0]][1] == "industry"
    m = Matcher([
        ofac("18953", "Company", "HAEJIN SHIP MANAGEMENT COMPANY LIMITED", program="DPRK"),
        ofac("18955", "Company", "PYONGJIN SHIP MANAGEMENT COMPANY LIMITED", program="DPRK"),
    ])
    for name in ("해진 해운사", "Haejin Shipping Company"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-18953" and top[0].match, name


# --- from tests/resolve/test_realworld_v9_readings.py: Readings and look-alike signs added on the ninth
# real-world set's dev half (issue 14, eleventh round): a bracket giving a renamed ship's other name, a
# ship's name against a shipping firm's, a Chinese firm's group. The names are those the set's documents
# write; the entries are OFAC's.


def test_a_renamed_ship_is_found_by_the_name_the_list_knows() -> None:
    # without the bracket's name, the listed sister KUM UN SAN (no number) came first at 0.75: a wrong body
    m = Matcher([
        ofac("23163", "Vessel", "KUM UN SAN 3", program="DPRK4"),
        ofac("23517", "Vessel", "KUM UN SAN", program="DPRK4"),
    ])
    top = m.match(Query("q", "PU RYONG (aka KUM UN SAN 3)"), 1)
    assert top and top[0].entity_id == "ofac-23163" and top[0].match
    assert "the other name the bracket gives" in top[0].explanation


# --- from tests/resolve/test_realworld_v12_readings.py: Readings from the twelfth real-world set's dev half
# (issue 14, fourteenth round): two Hangul names written X(Y), as the Korean press writes a renamed ship
# (new name, old name in brackets), are two names of one thing, each read alone and neither part of a
# person's name; characters that are a common word (金属 metal) read in Korean are no person's name. The names
# are those the set's documents write; the entries are OFAC's (some ids stand in).


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


# A ship's name with its type beside it (round 26b, ship_names.typed_readings): the type a closed class in each
# language, read off at either end; only a vessel answers.  Forms made up here from the class's words.
@pytest.mark.parametrize("name,rest", [
    ("Sam Ma 2 tanker", "sam ma 2"), ("the tanker SAM MA 2", "sam ma 2"), ("oil tanker Sam Ma 2", "sam ma 2"),
    ("M/V SAM MA 2", "sam ma 2"), ("le pétrolier Sam Ma 2", "sam ma 2"), ("North Korean-flagged tanker Chon Ma San",
                                                                            "chon ma san"),
    ("유조선 삼마2호", "삼마2호"), ('油轮"三马2号"', "三马2号"), ("北朝鮮籍タンカー「サムマ2」", "サムマ2"),
    ("화물선 오리온스타호", "오리온스타호"),
])
def test_typed_readings(name: str, rest: str) -> None:
    assert [t for t, _ in ship_names.typed_readings(name)] == [rest]


@pytest.mark.parametrize("name", ["cargo ship", "the ship", "Korea Ocean Shipping", "SHIP MANAGEMENT CO",
                                  "Rich Ocean Ship", "Ocean Tanker Co", "자유선박", "대봉선박회사", "KUM UN SAN 3"])
def test_no_typed_reading(name: str) -> None:
    assert ship_names.typed_readings(name) == []


def test_a_typed_name_finds_only_a_vessel(matcher: Matcher) -> None:
    found = matcher.match(Query("q", "the tanker DAI HONG DAN"), limit=3)
    assert found[0].entity_id == "ofac-23721" and found[0].score >= matcher.threshold
    assert ship_names.TYPED_HOW in found[0].explanation
    assert all(m.entity_id != "ofac-90003" or m.score < matcher.threshold for m in found)


# A vessel by its IMO number (round 26b, Matcher._by_imo): OFAC keeps it in the remarks (Vessel Registration
# Identification IMO 8705539), the store as an identifier; a name that writes it is that vessel, whatever its name.
@pytest.mark.parametrize("name,imo", [("KUM UN SAN 3 (IMO 8705539)", "8705539"), ("IMO No. 8705539", "8705539"),
                                      ("the tanker Tian You, IMO: 8705539", "8705539"), ("KUM UN SAN 3", None),
                                      ("IMO 870553", None)])
def test_imo_number(name: str, imo: str | None) -> None:
    assert ship_names.imo_number(name) == imo


def test_a_vessel_found_by_its_imo_number() -> None:
    from chainlight.model.entity import Identifier

    ship = _e("23163", "Vessel", "KUM UN SAN 3", program="DPRK4")
    ship.identifiers.append(Identifier("imo", "8705539"))
    m = Matcher([ship, _e("90003", "Company", "DAE HUNG DAN TRADING CO", program="DPRK2")])
    top = m.match(Query("q", "Tian You (IMO 8705539)"), limit=3)
    assert top[0].entity_id == "ofac-23163" and top[0].score == 1.0 and top[0].match
    assert "IMO number 8705539" in top[0].explanation
    assert not [x for x in m.match(Query("q", "IMO 9999999"), limit=3) if x.match]
