"""Readings and look-alike signs added on the ninth real-world set's dev half (issue 14, eleventh round): a
bracket giving a renamed ship's other name, a ship's name against a shipping firm's, a Chinese firm's group.
The names are those the set's documents write; the entries are OFAC's."""

from __future__ import annotations

import pytest

from chainlight.resolve import lookalikes
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import render_name
from chainlight.resolve.types import Query
from chainlight.resolve.written import bracket_readings
from tests.resolve.listed import ofac


@pytest.mark.parametrize("name,other", [
    ("PU RYONG (aka KUM UN SAN 3)", "KUM UN SAN 3"),  # a Treasury advisory's renamed ship
    ("SAEBYOL (a.k.a. CHONG RIM 2)", "CHONG RIM 2"),
    ("Sheng Da 8 (ex JIN TENG)", "JIN TENG"),
    ("Sheng Da 8 (formerly Jin Teng)", "Jin Teng"),
])
def test_a_bracket_that_gives_another_name_is_read_as_that_name(name: str, other: str) -> None:
    assert other in dict(bracket_readings(name))


@pytest.mark.parametrize("name", ["하나은행(중국)", "Korea Kwangson Banking Corporation (KKBC)", "대동강(구룡강)",
                                  "Export-Import Bank of Korea (Ex-Im Bank)"])
def test_other_brackets_give_no_other_name(name: str) -> None:
    assert not any(how.startswith("the other name") for _t, how in bracket_readings(name))


def test_a_renamed_ship_is_found_by_the_name_the_list_knows() -> None:
    # without the bracket's name, the listed sister KUM UN SAN (no number) came first at 0.75: a wrong body
    m = Matcher([
        ofac("23163", "Vessel", "KUM UN SAN 3", program="DPRK4"),
        ofac("23517", "Vessel", "KUM UN SAN", program="DPRK4"),
    ])
    top = m.match(Query("q", "PU RYONG (aka KUM UN SAN 3)"), 1)
    assert top and top[0].entity_id == "ofac-23163" and top[0].match
    assert "the other name the bracket gives" in top[0].explanation


def test_a_ships_name_is_not_the_shipping_firms() -> None:
    # UN PHA 2, a North Korean tanker on neither list, against KOREA UNPHA SHIPPING & TRADING (0.84 before)
    q = list(render_name("UN PHA 2").renderings)
    assert lookalikes.ships_name(q, render_name("KOREA UNPHA SHIPPING & TRADING").renderings[0])
    assert not lookalikes.ships_name(q, render_name("UNPHA 2 TRADING").renderings[0])  # the firm's own number
    assert not lookalikes.ships_name(q, render_name("UNPHA").renderings[0])  # own words alone: maybe a ship's
    assert not lookalikes.ships_name(list(render_name("Office 39").renderings),
                                     render_name("KOREA UNPHA SHIPPING & TRADING").renderings[0])
    m = Matcher([ofac("23710", "Company", "KOREA UNPHA SHIPPING & TRADING", program="DPRK4")])
    found = m.match(Query("q", "UN PHA 2"), 1)
    assert not found or (not found[0].match and "ships_name" in found[0].features)


def test_a_chinese_firms_group_is_the_firm() -> None:
    # 丹東鴻祥集團 (a Taiwanese report) is DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD: the other-kind rule
    # (a group is not a firm, 대성그룹 / KOREA TAESONG TRADING) put it at 0.69
    m = Matcher([
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("12345", "Company", "KOREA TAESONG TRADING COMPANY", program="DPRK"),
    ])
    top = m.match(Query("q", "丹東鴻祥集團"), 1)
    assert top and top[0].entity_id == "ofac-20564" and top[0].match
    group = m.match(Query("q", "대성그룹"), 1)
    assert not group or not group[0].match


@pytest.mark.parametrize("name", [
    "Chosŏn Minjujuŭi Inmin Konghwaguk Chungang Ŭnhaeng",  # McCune-Reischauer with breves
    "Joseon Minjujuui Inmin Gonghwaguk Jungang Eunhaeng",  # Revised Romanization
    "조선민주주의인민공화국 중앙은행",
    "朝鮮民主主義人民共和國中央銀行",  # through its Korean reading
])
def test_the_states_full_name_is_korea(name: str) -> None:
    # the central bank, which the lists name only in English (keys_v18)
    m = Matcher([
        ofac("23015", "Organization", "CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", program="DPRK3"),
        ofac("20576", "Organization", "KOREA KWANGSON BANKING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", name), 1)
    assert top and top[0].entity_id == "ofac-23015" and top[0].match, name


def test_a_romanized_country_word_alone_is_still_read_alone() -> None:
    read = render_name("Choson Trading")
    assert [(t.text, t.cls) for t in read.renderings[0]] == [("korea", "generic"), ("trading", "industry")]
    assert render_name("Chosŏn Minjujuŭi Inmin Konghwaguk Chungang Ŭnhaeng").country == "kp"


def test_a_chinese_surname_of_two_hangul_syllables() -> None:
    # 저우젠수 (a Korean report on Hongxiang's officers) is ZHOU Jianshu: zhou is 저우 by the loanword table, two
    # syllables, where the reading took the surname from the first syllable alone
    m = Matcher([
        ofac("20566", "Person", "ZHOU, Jianshu", program="NPWMD"),
        ofac("20565", "Person", "MA, Xiaohong", program="NPWMD"),
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
    ])
    for name, want in (("저우젠수", "ofac-20566"), ("마샤오훙", "ofac-20565")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name


@pytest.mark.parametrize("word,letters", [("알케이", "rk"), ("에스케이", "sk"), ("케이씨", "kc"), ("브리즈", None),
                                          ("케이", None)])
def test_a_word_of_letters_names(word: str, letters: str | None) -> None:
    from chainlight.resolve.loanwords import spelt_letters

    assert spelt_letters(word) == letters


def test_initials_written_as_one_word_of_letters_names() -> None:
    # 알케이 브리즈 (a Korean report on the Russian firm RK BRIZ): the letters R and K written as one word
    m = Matcher([ofac("35758", "Company", "RK BRIZ, OOO", program="DPRK2"),
                 ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2")])
    top = m.match(Query("q", "알케이 브리즈"), 1)
    assert top and top[0].entity_id == "ofac-35758" and top[0].match
    assert "the letters' names in Korean" in top[0].explanation
