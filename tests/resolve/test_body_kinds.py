"""What kind of body a name names (bank, committee, bureau, a firm) and the dictionary senses chosen for the
words of a state body's name.  List names are OFAC SDN entries as OFAC writes them; the queries are names as
Korean and Chinese documents write them (benchmarks/resolve/realworld)."""

from __future__ import annotations

import pytest

from chainlight.resolve import Matcher, Query
from chainlight.resolve.translation import Translator
from tests.resolve.listed import ofac as _e


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        _e("9346", "Company", "TANCHON COMMERCIAL BANK", "CHANGGWANG CREDIT BANK", program="DPRK"),
        _e("9521", "Company", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "CHANGGWANG SINYONG CORPORATION", program="DPRK"),
        _e("21323", "Organization", "STATE PLANNING COMMISSION", program="DPRK"),
        _e("17325", "Company", "PROGRESS AO"),
        _e("18567", "Organization", "SECOND ECONOMIC COMMITTEE", program="DPRK"),
        _e("21308", "Organization", "MINISTRY OF LABOR", program="DPRK3"),
    ])


def _top(m: Matcher, name: str) -> tuple[str, float, bool]:
    got = m.match(Query("q", name), limit=5)
    assert got, f"no candidate for {name}"
    return got[0].entity_name, got[0].score, got[0].match


def test_a_bank_is_not_a_corporation_of_the_same_words(matcher: Matcher) -> None:
    # 창광신용은행, the Changgwang Credit Bank (Tanchon Commercial Bank's former name); KOMID's alias is the
    # Changgwang Sinyong (credit) Corporation
    name, _, matched = _top(matcher, "창광신용은행")
    assert name == "TANCHON COMMERCIAL BANK" and matched
    komid = next(m for m in matcher.match(Query("q", "창광신용은행"), limit=5)
                 if m.entity_name.startswith("KOREA MINING"))
    assert "other_kind_of_body" in komid.features and komid.score < 0.9


def test_a_committee_is_not_a_firm_sharing_one_translated_word(matcher: Matcher) -> None:
    # 국가계획위원회 (State Planning Commission): 계획 is "plan; program", and a program is no progress
    name, _, matched = _top(matcher, "국가계획위원회")
    assert name == "STATE PLANNING COMMISSION" and matched
    for m in matcher.match(Query("q", "국가계획위원회"), limit=5):
        assert m.entity_name != "PROGRESS AO" or not m.match


def test_committee_and_commission_are_one_body_word(matcher: Matcher) -> None:
    assert _top(matcher, "国家计划委员会")[0] == "STATE PLANNING COMMISSION"
    name, score, _ = _top(matcher, "Second Economic Commission")
    assert name == "SECOND ECONOMIC COMMITTEE" and score >= 0.99


def test_a_person_or_a_bare_name_is_no_other_kind(matcher: Matcher) -> None:
    # a listed name without a legal form says nothing of its kind: Tanchon alone may be the bank
    got = matcher.match(Query("q", "Tanchon Commercial Bank"), limit=1)
    assert got[0].entity_name == "TANCHON COMMERCIAL BANK" and "other_kind_of_body" not in got[0].features


def test_senses_take_a_words_own_forms_not_a_word_sharing_its_first_letters() -> None:
    t = Translator(["planning"] * 3 + ["progress"] * 5 + ["commercial"] * 5 + ["commerce", "management"])
    assert t.listed_word("plan") == "planning"
    assert t.listed_word("program") is None  # progress shares five letters, not a stem
    assert t.listed_word("commerce") == "commercial"
    assert t.listed_word("manage") == "management"


def test_a_stem_is_not_a_longer_word_it_begins() -> None:
    t = Translator(["laboratory"] * 5 + ["labor", "correctional"])
    assert t.listed_word("labor") == "labor"  # 勞動 physical labor, not a laboratory
    assert t.listed_word("correction") == "correctional"


def test_a_one_syllable_word_closing_a_name_is_read_after_a_translated_word() -> None:
    # 국제화물사 (international freight company): 사 (社) closes a firm's name; after 화물 read as freight it
    # would stand alone, where the analyser reads one syllable only after a word
    t = Translator(["liaoning", "danxing", "international", "freight", "cargo", "company", "limited"])
    texts = [r.text for r in t.readings("랴오닝 단싱 국제화물사")]
    assert any(x.endswith("freight company") or x.endswith("cargo company") for x in texts)


def test_a_firm_name_closing_in_sa_reads_it_as_company() -> None:
    from chainlight.resolve.rendering import render_name

    assert ("company", "legal") in {(t.text, t.cls) for r in render_name("국제화물사").renderings for t in r}


def test_a_group_of_companies_is_not_a_firm_of_its_name() -> None:
    # 대성그룹 / Daesung Group, a South Korean group, against KOREA TAESONG TRADING COMPANY and its alias
    # DAESONG TRADING (a trade, no legal form: still a firm)
    m = Matcher([_e("12219", "Company", "KOREA TAESONG TRADING COMPANY", "DAESONG TRADING")])
    for name in ("Daesung Group", "대성그룹"):
        got = m.match(Query("q", name), limit=1)
        assert not got or not got[0].match, (name, got[0].score)


def test_a_name_in_characters_with_a_syllable_more_than_a_listed_person_is_not_that_person() -> None:
    # 青松建化 (Xinjiang Qingsong Building Materials, read 청송건화) is not JONG Song Hwa; 김정은 is KIM Jong Un
    m = Matcher([_e("23001", "Person", "JONG, Song Hwa"), _e("20000", "Person", "KIM, Jong Un")])
    got = m.match(Query("q", "青松建化"), limit=1)
    assert not got or not got[0].match
    got = m.match(Query("q", "김정은"), limit=1)
    assert got[0].entity_name == "KIM, Jong Un" and got[0].match and "more_syllables" not in got[0].features


def test_a_dictionary_sense_does_not_become_a_persons_name() -> None:
    # 롯데칠성음료 (Lotte Chilsung Beverage, a South Korean drinks maker): 음료 is also read 音療 (JMdict: music
    # therapy), and "therapy" must not become the listed person THERAB, Abu by its first letters; nor may one
    # translated word alone stand for the name
    m = Matcher([_e("30100", "Person", "THERAB, Abu"), _e("30101", "Company", "NERO DRINKS COMPANY LIMITED")])
    got = m.match(Query("q", "롯데칠성음료"), limit=3)
    assert not any(x.match for x in got), [(x.entity_name, x.score) for x in got]
    assert m.translator.listed_word("therapy") is None


def test_a_shipping_agency_is_a_firm_not_another_kind_of_body() -> None:
    m = Matcher([_e("22624", "Company", "DALIAN GLOBAL UNITY SHIPPING CO., LTD.")])
    got = m.match(Query("q", "Dalian Global Unity Shipping Agency"), limit=1)
    assert got[0].match and "other_kind_of_body" not in got[0].features


def test_a_joint_bank_in_hangul_finds_its_listing() -> None:
    # 진명합작은행 (JINMYONG JOINT BANK): 합작 (合作) is a joint venture as 합영 (合營) is
    m = Matcher([_e("23006", "Company", "JINMYONG JOINT BANK"), _e("23003", "Company", "JINSONG JOINT BANK")])
    got = m.match(Query("q", "진명합작은행"), limit=1)
    assert got[0].entity_name == "JINMYONG JOINT BANK" and got[0].match


def test_a_state_body_named_by_one_word_reads_it_as_fully_as_any_word(matcher: Matcher) -> None:
    # 노동성 (Ministry of Labour): 勞動's senses are work, workers, physical labor; its head word labor is the
    # sixth reading, which a firm's own first word would not be given
    name, _, matched = _top(matcher, "노동성")
    assert name == "MINISTRY OF LABOR" and matched


@pytest.mark.parametrize("name", ["高麗貿易", "고려무역"])
def test_a_trading_firm_is_not_the_bank_of_its_name(name: str) -> None:
    # 高麗貿易 (Koryo Trading, a South Korean trader) against KORYO COMMERCIAL BANK LTD., whose commercial the
    # analyser reads as trading: the listed name says it is a bank, the query says it is a firm of a trade
    m = Matcher([_e("23004", "Company", "KORYO COMMERCIAL BANK LTD.", program="DPRK4")])
    got = m.match(Query("q", name), limit=1)
    assert not got or not got[0].match
    assert m.match(Query("q", "고려상업은행"), limit=1)[0].match  # the bank, named as a bank
