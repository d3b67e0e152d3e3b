"""Dictionary translation of Korean and Chinese names into the words listed names use (resolve/translation.py),
and the Matcher reading names through it.  List names are OFAC SDN entries as OFAC writes them."""

from __future__ import annotations

import pytest

from chainlight.model.entity import Entity, Identifier, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.listed import ListedTable
from chainlight.resolve.translation import Translator, pieces, sino_korean


def _e(sid: str, schema: str, *names: str, swift: str | None = None, program: str | None = "DPRK") -> Entity:
    """An OFAC entry, by default under a North Korea programme as the bodies these tests find are."""
    ns = [Name(n, "primary" if i == 0 else "alias") for i, n in enumerate(names)]
    ids = [Identifier("swift", swift)] if swift else []
    return Entity(f"ofac-{sid}", schema, "ofac-sdn", sid, ns, identifiers=ids, programs=[program] if program else [])


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
    _e("30001", "Company", "DRAGON TRADING LIMITED", program=None),
    _e("30002", "Company", "FENIKS", program=None),
    _e("15047", "Vessel", "DEVON", program=None),
    _e("30003", "Company", "GENERAL BANK OF COMMERCE", program=None),
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
    # 무역회사 is two vocabulary words (keys_v15): trading, a trade, and company, a legal form
    assert ("조선", "vocab") in got and ("무역", "vocab") in got and ("회사", "vocab") in got


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


# --- other ways documents write names ------------------------------------------------------------------------
def test_katakana_read_by_foreign_spelling_and_as_a_korean_name() -> None:
    from chainlight.resolve.kana import readings

    assert readings("オーシャン・マリタイム・マネジメント")[0][0] == "ocean maritime management"
    assert "ri ho nam" in [t for t, _ in readings("リ・ホナム")]  # ム mu is the final m of 남
    assert readings("Ocean Maritime Management") == ()


def test_bracket_readings() -> None:
    from chainlight.resolve.written import bracket_readings

    got = dict(bracket_readings("Korea Mining Development Trading Corporation (KOMID)"))
    assert "Korea Mining Development Trading Corporation" in got
    assert "KOMID" not in got  # not the words' initials: alone it could be any short alias (KMID)
    assert "KKBC" in dict(bracket_readings("Korea Kwangson Banking Corporation (KKBC)"))
    assert "朝鮮リョンボン総合会社" in dict(bracket_readings("朝鮮嶺峰(リョンボン)総合会社"))
    # a bracket that says where the body is stays: the Chinese arm of a South Korean bank is not the DPRK's
    assert all("중국" in t for t, _ in bracket_readings("하나은행(중국)유한공사"))


def test_hanzi_read_in_korean_keep_the_initial_r_of_north_korean_spelling() -> None:
    from chainlight.resolve.hanja_reading import korean_reading

    assert korean_reading("羅先") == "라선" and korean_reading("柳京") == "류경"


def test_japanese_character_forms_are_read_as_chinese_ones() -> None:
    from chainlight.resolve.hanzi import simplified

    assert simplified("総合会社") == "总合会社"
    assert simplified("王芸") == "王芸"  # a character Chinese writes stays as it is


def test_a_place_word_the_listed_name_also_carries_is_no_country_conflict() -> None:
    m = Matcher([Entity("ofac-11533", "Organization", "ofac-sdn", "11533", [Name("HONG KONG ELECTRONICS", "primary")],
                        countries=["kp"])])
    got = m.match(Query("q", "香港エレクトロニクス"), limit=1)
    assert got and got[0].entity_name == "HONG KONG ELECTRONICS" and got[0].match


@pytest.mark.parametrize("name", ["가" * 10_000, "朝鮮" * 5_000, "リ" * 10_000, "🙂🙂 Korea 🙂", "شركة كوريا للتجارة",
                                  "Korea (" * 3_000, "M.V. " * 2_000, "\u202eKorea Ryonbong\u202c", ""])
def test_hostile_names_are_answered(matcher: Matcher, name: str) -> None:
    got = matcher.match(Query("q", name), limit=3)
    assert isinstance(got, list) and all(m.entity_id for m in got)
    assert all(len(t) <= 4 * 300 for t, *_ in matcher._alternatives(name[:300]))  # romaji: up to 3 letters a kana
