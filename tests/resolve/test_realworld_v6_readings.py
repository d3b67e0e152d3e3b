"""Readings added on the sixth real-world set's seen held-out half (issue 14, eighth round): a person's name in
characters read in Korean beside Mandarin, a European name's r in Hangul, and a Korean aspirate as the Russian
transliteration writes it.  The names are those the set's documents write; the entries are OFAC's."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve.foreign_names import chinese_person
from chainlight.resolve.loanwords import hangul_key, own_word_keys
from chainlight.resolve.matcher import Matcher, _carries
from chainlight.resolve.types import Query
from chainlight.resolve.written import query_readings, russian_reading, without_owner
from tests.resolve.listed import ofac


def _person(sid: str, name: str, country: str, program: str) -> Entity:
    return Entity(f"ofac-{sid}", "Person", "ofac-sdn", sid, [Name(name, "primary")], countries=[country],
                  programs=[program])


def test_a_name_in_characters_two_listed_persons_bear_returns_both() -> None:
    # 吳勇浩 (新唐人, 2022: "北韓人吳勇浩(O Yong Ho)") is O Yong Ho read in Korean and WU Yonghao (a Chinese
    # national listed under a drugs programme) read in Mandarin: the name alone cannot tell them apart, so both
    # are matches, and the one the lists tie to North Korea ranks first
    m = Matcher([
        _person("41716", "WU, Yonghao", "cn", "ILLICIT-DRUGS-EO14059"),
        _person("34456", "O, Yong Ho", "kp", "NPWMD"),
        _person("70001", "WANG, Jianguo", "cn", "SDNTK"),
    ])
    for name in ("吳勇浩", "吴勇浩"):
        top = m.match(Query("q", name), 3)
        assert [x.entity_id for x in top[:2]] == ["ofac-34456", "ofac-41716"], name
        assert all(x.match for x in top[:2])
        assert "read in Korean" in top[0].explanation
    # a Chinese name no Korean reading finds stays the Chinese person's alone
    top = m.match(Query("q", "王建国"), 3)
    assert top[0].entity_id == "ofac-70001" and not [x for x in top[1:] if x.match]


def test_a_european_name_keeps_its_r_in_hangul() -> None:
    # Versor is said with its r: 베르소르, and the news wrote 베르소 (the final r left out); VERUS is 베루스
    assert hangul_key("베르소") in own_word_keys("versor")
    assert own_word_keys("verus") == {"PRS"}
    m = Matcher([
        ofac("44544", "Company", "LIMITED LIABILITY COMPANY VERUS", "LLC VERUS", program="DPRK"),
        ofac("44579", "Organization", "VERSOR S.R.O.", program="DPRK"),
    ])
    for name, want in (("베르소", "ofac-44579"), ("베르소르", "ofac-44579"), ("베루스", "ofac-44544")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name


def test_a_korean_aspirate_written_as_russian_transliteration() -> None:
    assert [t for t, _ in russian_reading("Chkholsan")] == ["Cholsan"]
    assert "Cholsan" in dict(query_readings("Chkholsan"))
    assert russian_reading("Cholsan Trading") == []
    m = Matcher([
        ofac("30082", "Company", "KOREA CHOLSAN GENERAL TRADING CORPORATION", program="DPRK3"),
        ofac("25306", "Vessel", "GOLSAN"),
    ])
    top = m.match(Query("q", "Chkholsan"), 2)
    assert top[0].entity_id == "ofac-30082" and top[0].match
    assert "Russian transliteration" in top[0].explanation


def test_the_korean_peoples_army_in_characters_and_in_english() -> None:
    # 朝鮮人民軍 (traditional, as a Japanese page writes it) is KOREAN PEOPLE'S ARMY: army is a generic word in
    # English as 인민군 / 人民军 are read, so the listed name is found by its words together, not by 'army' alone
    m = Matcher([
        ofac("22284", "Organization", "KOREAN PEOPLE'S ARMY", program="DPRK3"),
        ofac("18568", "Organization", "STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY", program="NPWMD"),
        ofac("70004", "Person", "ARMY, Ali"),
    ])
    for name in ("朝鮮人民軍", "朝鲜人民军", "조선인민군", "Korean People's Army"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-22284" and top[0].match, name


def test_a_russian_name_in_chinese_transliteration_with_middle_dots() -> None:
    # 亞歷山大·亞歷山德羅維奇·恰索夫尼科夫 (traditional characters): 恰 qia is ча, the i only softening the ch
    assert chinese_person("恰索夫尼科夫") == "chasofnikov"  # f and v are one sound to Korean and to the skeletons
    m = Matcher([
        Entity("ofac-35756", "Person", "ofac-sdn", "35756", [Name("CHASOVNIKOV, Aleksandr Aleksandrovich", "primary")],
               countries=["ru"], programs=["DPRK2"]),
        Entity("ofac-39758", "Person", "ofac-sdn", "39758", [Name("IVANOV, Aleksandr Aleksandrovich", "primary")],
               countries=["ru"], programs=["RUSSIA-EO14024"]),
    ])
    top = m.match(Query("q", "亞歷山大·亞歷山德羅維奇·恰索夫尼科夫"), 2)
    assert top[0].entity_id == "ofac-35756" and top[0].match
    assert not top[1:] or not top[1].match


def test_a_general_bureau_is_also_an_administration() -> None:
    # the news writes 국가우주개발총국 for NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION (국가우주개발국); 정찰총국
    # stays RECONNAISSANCE GENERAL BUREAU
    m = Matcher([
        # (OFAC lists it under NPWMD; the UN's entry, merged with it, under the DPRK regime, which ties it to
        # Korea, as a translated own word 우주 aerospace requires)
        ofac("19530", "Organization", "NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION", "NADA", program="DPRK"),
        ofac("12210", "Organization", "RECONNAISSANCE GENERAL BUREAU", "RGB", program="DPRK"),
    ])
    for name, want in (("국가우주개발총국", "ofac-19530"), ("정찰총국", "ofac-12210"), ("偵察総局", "ofac-12210")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name


def test_a_common_word_in_characters_alone_is_not_the_korean_body_it_reads_as() -> None:
    # 白雪 (小西酒造's sake, Japan) read in Korean is 백설, PAEKSOL TRADING CORPORATION's own name; the word
    # alone (CC-CEDICT snow, JMdict white snow) is not the firm, while 白雪貿易公司 (ETtoday) is
    m = Matcher([ofac("21724", "Company", "PAEKSOL TRADING CORPORATION", program="DPRK3")])
    assert not [x for x in m.match(Query("q", "白雪"), 1) if x.match]
    top = m.match(Query("q", "白雪"), 1)
    assert top and "a common word in characters" in top[0].explanation
    top = m.match(Query("q", "白雪貿易公司"), 1)
    assert top and top[0].entity_id == "ofac-21724" and top[0].match


def test_one_katakana_word_heard_by_sound_keeps_its_consonants() -> None:
    # ラザード (Lazard, the US bank, in a Japanese report) read razad is not RAHAT LTD; ラザルス is LAZARUS GROUP
    m = Matcher([
        ofac("15580", "Company", "RAHAT LTD", program="SDGT"),
        ofac("27307", "Organization", "LAZARUS GROUP", program="DPRK3"),
    ])
    assert not [x for x in m.match(Query("q", "ラザード"), 1) if x.match]
    top = m.match(Query("q", "ラザルス"), 1)
    assert top and top[0].entity_id == "ofac-27307" and top[0].match


def test_a_listed_unit_of_a_parent_body_named_by_its_acronym_is_also_indexed_without_it() -> None:
    # the UN's alias Strategic Rocket Force Command of KPA; 전략로켓사령부 (VOA, 2017) is that command
    assert without_owner("Strategic Rocket Force Command of KPA") == "Strategic Rocket Force Command"
    assert without_owner("INTELLIGENCE ORGANIZATION OF IRGC") == "INTELLIGENCE ORGANIZATION"
    assert without_owner("GENERAL DIRECTORATE OF PORTS") is None  # an English word, no acronym
    assert without_owner("UNIVERSITY OF ASIA") is None
    m = Matcher([
        ofac("18568", "Organization", "STRATEGIC ROCKET FORCE OF THE KOREAN PEOPLE'S ARMY", "STRATEGIC FORCES",
             "Strategic Rocket Force Command of KPA", program="DPRK"),  # (the UN's entry, merged, is DPRK's)
        ofac("22284", "Organization", "KOREAN PEOPLE'S ARMY", program="DPRK3"),
    ])
    top = m.match(Query("q", "전략로켓사령부"), 1)
    assert top and top[0].entity_id == "ofac-18568" and top[0].match


def test_two_translated_words_the_list_writes_as_one() -> None:
    # 银星 is silver star by CC-CEDICT; OFAC writes YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.
    assert _carries("YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", ("silver", "star", "network"))
    assert not _carries("YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", ("silver", "moon", "network"))
    m = Matcher([
        ofac("24977", "Company", "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", program="DPRK3"),
        # its sister firm, whose name gives the translator silver and star as words the lists use
        ofac("24978", "Company", "VOLASYS SILVER STAR", program="DPRK3"),
    ])
    for name in ("延边银星网络科技有限公司", "延辺銀星網絡科技"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-24977" and top[0].match, name


def test_a_name_in_characters_whose_pinyin_has_another_syllable_is_another_name() -> None:
    # 中远海运控股股份有限公司 (COSCO Shipping Holdings) reads zhongyuan: HONGYUAN MARINE CO LTD is one initial off,
    # which a name read from characters cannot be by a misspelling; 鸿远海运有限公司 is that firm
    m = Matcher([ofac("28317", "Company", "HONGYUAN MARINE CO LTD", program="DPRK3")])
    assert not [x for x in m.match(Query("q", "中远海运控股股份有限公司"), 1) if x.match]
    top = m.match(Query("q", "鸿远海运有限公司"), 1)
    assert top and top[0].entity_id == "ofac-28317" and top[0].match
