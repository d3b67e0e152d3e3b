"""Dictionary translation of Korean and Chinese names into the words listed names use (resolve/translation.py),
and the Matcher reading names through it.  List names are OFAC SDN entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.model.entity import Entity, Identifier, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.listed import ListedTable
from chainlight.resolve.translation import Translator, pieces, sino_korean


def _e(sid: str, schema: str, *names: str, swift: str | None = None) -> Entity:
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    ids = [Identifier("swift", swift)] if swift else []
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, identifiers=ids)


ENTITIES = [
    _e("9346", "Company", "TANCHON COMMERCIAL BANK"),
    _e("23004", "Company", "KORYO COMMERCIAL BANK LTD.", swift="KCBKKPP1"),
    _e("10001", "Company", "KORYO BANK"),
    _e("23513", "Company", "HWASONG SHIPPING CO LTD"),
    _e("20573", "Company", "KOREA NATIONAL INSURANCE CORPORATION"),
    _e("12210", "Organization", "RECONNAISSANCE GENERAL BUREAU"),
    _e("16085", "Company", "DAEDONG CREDIT BANK"),
    _e("22986", "Company", "HANA BANKING CORPORATION LTD", swift="BRBKKPP1"),
    # bodies whose names a wrong sense or a brand name read as words could reach
    _e("30001", "Company", "DRAGON TRADING LIMITED"),
    _e("30002", "Company", "FENIKS"),
    _e("15047", "Vessel", "DEVON"),
    _e("30003", "Company", "GENERAL BANK OF COMMERCE"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ENTITIES)


def _top(m: Matcher, name: str) -> tuple[str, float, str]:
    got = m.match(Query("q", name), limit=3)
    assert got, f"no candidate for {name}"
    return got[0].entity_name, got[0].score, got[0].explanation


# --- cutting names into words ---------------------------------------------------------------------------------
def test_hangul_name_is_cut_into_its_words_and_sino_korean_words_are_found_by_their_reading() -> None:
    got = [(p.text, p.kind) for p in pieces("류경상업은행")]
    assert got == [("류경", "name"), ("상업", "word"), ("은행", "vocab")]
    word = next(p for p in pieces("류경상업은행") if p.kind == "word")
    assert "商業" in word.heads


def test_initial_sound_rule_read_both_ways() -> None:
    # the dictionary reads 勞動 as 로동 (the DPRK's spelling); South Korea writes 노동
    assert "勞動" in sino_korean()["로동"]
    word = next(p for p in pieces("노동자협회") if p.text == "노동자")
    assert "勞動者" in word.heads


def test_japanese_forms_are_looked_up_as_traditional_characters() -> None:
    # 保険 is the Japanese form of 保險 (insurance); the characters are kept as the name writes them
    got = {p.text: p for p in pieces("朝鮮民族保険総会社")}
    assert "保險" in got["保険"].heads and got["民族"].kind == "word"


def test_vocabulary_words_stay_whole_for_the_analyser() -> None:
    got = [(p.text, p.kind) for p in pieces("조선광업개발무역회사")]
    assert ("조선", "vocab") in got and ("무역회사", "vocab") in got


# --- senses into the lists' words ------------------------------------------------------------------------------
def test_a_sense_becomes_the_form_listed_names_use_most() -> None:
    t = Translator(["commercial"] * 5 + ["commerce", "bank", "insurance", "national"])
    assert t.listed_word("commerce") == "commercial"  # banks are named Commercial, not Commerce
    assert t.listed_word("nationality") == "national"
    assert t.listed_word("zebra") is None  # a word no listed name carries could not help a match


def test_readings_translate_descriptive_words_and_name_the_dictionary_entry() -> None:
    t = Translator(["korea", "national", "insurance", "corporation"])
    readings = t.readings("조선민족보험총회사")
    assert any("national insurance" in r.text for r in readings)
    r = next(r for r in readings if "national insurance" in r.text)
    assert any("民族" in n and "CC-CEDICT" in n for n in r.notes)
    assert set(r.words) >= {"national", "insurance"}


def test_latin_names_have_no_translated_readings() -> None:
    assert Translator(["bank"]).readings("Tanchon Commercial Bank") == []


# --- the Matcher through translations -------------------------------------------------------------------------
def test_hangul_name_with_a_word_outside_the_vocabulary_finds_its_listing(matcher: Matcher) -> None:
    name, score, why = _top(matcher, "단천상업은행")
    assert name == "TANCHON COMMERCIAL BANK" and score >= matcher.threshold
    assert "商業" in why and "CC-CEDICT" in why


def test_the_right_sense_ranks_the_full_name_above_a_shorter_namesake(matcher: Matcher) -> None:
    name, score, _ = _top(matcher, "고려상업은행")
    assert name == "KORYO COMMERCIAL BANK LTD." and score >= matcher.threshold


def test_hanzi_name_read_in_korean_and_translated(matcher: Matcher) -> None:
    name, score, why = _top(matcher, "大同信用銀行")
    assert name == "DAEDONG CREDIT BANK" and score >= matcher.threshold
    assert "信用" in why


def test_a_name_that_is_all_description_is_translated_whole(matcher: Matcher) -> None:
    name, score, _ = _top(matcher, "정찰총국")
    assert name == "RECONNAISSANCE GENERAL BUREAU" and score >= matcher.threshold


def test_a_brand_read_as_words_must_be_borne_out_by_the_listed_name(matcher: Matcher) -> None:
    # 용봉 (龍鳳, dragon and phoenix) is a firm's own name: neither DRAGON TRADING nor FENIKS (phoenix) is it
    for m in matcher.match(Query("q", "조선용봉총회사"), limit=5):
        assert not (m.entity_name in ("DRAGON TRADING LIMITED", "FENIKS") and m.match), m


def test_a_firm_is_not_a_ship_of_a_similar_name(matcher: Matcher) -> None:
    for m in matcher.match(Query("q", "Debon Shipping Company"), limit=5):
        assert not (m.entity_name == "DEVON" and m.match), m


def test_a_banks_swift_code_gives_its_country() -> None:
    table = ListedTable()
    n = table.add(ENTITIES[7], "HANA BANKING CORPORATION LTD")
    assert table.countries(n) == ["kp"]
