"""Names written in Chinese characters found under the listed names (Mandarin and Korean readings, homophones, a
firm's group and city).  The names are those the real-world sets' documents write; the entries are OFAC's (some ids
stand in).  Grouped below by the set's file they came from."""

from __future__ import annotations

from chainlight.resolve.matcher import Matcher, _carries
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac
from tests.resolve.listed import ofac_person as _person

# --- from tests/resolve/test_realworld_v6_readings.py: Readings added on the sixth real-world set's seen
# held-out half (issue 14, eighth round): a person's name in characters read in Korean beside Mandarin, a
# European name's r in Hangul, and a Korean aspirate as the Russian transliteration writes it. The names are
# those the set's documents write; the entries are OFAC's.


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


def test_a_common_word_in_characters_alone_is_not_the_korean_body_it_reads_as() -> None:
    # 白雪 (小西酒造's sake, Japan) read in Korean is 백설, PAEKSOL TRADING CORPORATION's own name; the word
    # alone (CC-CEDICT snow, JMdict white snow) is not the firm, while 白雪貿易公司 (ETtoday) is
    m = Matcher([ofac("21724", "Company", "PAEKSOL TRADING CORPORATION", program="DPRK3")])
    assert not [x for x in m.match(Query("q", "白雪"), 1) if x.match]
    top = m.match(Query("q", "白雪"), 1)
    assert top and "a common word in characters" in top[0].explanation
    top = m.match(Query("q", "白雪貿易公司"), 1)
    assert top and top[0].entity_id == "ofac-21724" and top[0].match


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


# --- from tests/resolve/test_realworld_v7_readings.py: Readings added on the seventh real-world set's dev
# half (issue 14): a name run together with its acronym, a Latin letter written by its Korean name, and the
# h a Korean given name drops when said, as katakana writes it.


def test_a_chinese_word_written_for_its_homophone() -> None:
    from chainlight.resolve.cedict import homophones

    assert "偵察" in homophones("侦查")  # zhen1 cha2 both: "to investigate" and "reconnaissance"
    assert homophones("贸易") == ()
    m = Matcher([
        ofac("12210", "Organization", "RECONNAISSANCE GENERAL BUREAU", "RGB", program="DPRK2"),
        ofac("70007", "Organization", "TECHNICAL RECONNAISSANCE BUREAU", program="DPRK2"),
        ofac("70008", "Organization", "OFFICE 39", program="DPRK2"),
    ])
    for name in ("朝鲜人民军总参谋部侦查总局", "偵查總局"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-12210" and top[0].match, name
        assert "homophone" in top[0].explanation
    top = m.match(Query("q", "勞動黨39號室"), 1)
    assert top and top[0].entity_id == "ofac-70008" and top[0].match


def test_a_chinese_firm_is_also_indexed_without_the_city_it_opens_with() -> None:
    from chainlight.model.entity import Name
    from chainlight.resolve.cedict import chinese_cities
    from chainlight.resolve.written import without_city, written_forms

    assert {"dandong", "dalian", "shenyang", "yanbian"} <= chinese_cities()
    assert not {"korea", "aachen", "hongxiang", "pyongyang"} & chinese_cities()
    forms = {(n.value, n.kind) for n in written_forms([Name("DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD",
                                                             "primary")])}
    assert ("HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", "weak_alias") in forms
    assert without_city("DALIAN SHIPPING CO") is None  # nothing of its own left
    assert without_city("DALIAN GLOBAL UNITY SHIPPING AGENCY") is None  # an English word needs its city
    m = Matcher([
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("23177", "Company", "DANDONG HONGDA TRADE CO LTD", program="DPRK3"),
    ])
    top = m.match(Query("q", "鸿翔实业发展有限公司"), 1)  # 翔 for 祥: both xiang
    assert top and top[0].entity_id == "ofac-20564" and top[0].match


# --- from tests/resolve/test_realworld_v11_readings.py: Readings added on the eleventh real-world set's dev
# half (issue 14, thirteenth round): katakana フ as the h Korean says, a Taiwanese firm's own name in
# characters spelt in Wade-Giles, Hangul loanwords written as one word cut where one listed name carries
# their words together, and JV as joint venture. The names are those the sets' documents write; the entries
# are OFAC's (some ids stand in).


def test_a_taiwanese_firm_in_characters_is_found_under_its_wade_giles_name() -> None:
    m = Matcher([
        ofac("26929", "Company", "JUI PANG SHIPPING CO LTD", program="DPRK4"),
        ofac("26931", "Company", "JUI ZONG SHIP MANAGEMENT CO LTD", program="DPRK4"),
    ])
    top = m.match(Query("q", "瑞邦海運股份有限公司"), 1)
    assert top and top[0].entity_id == "ofac-26929" and top[0].match
    assert "Wade-Giles" in top[0].explanation


# --- from tests/resolve/test_realworld_v12_readings.py: Readings from the twelfth real-world set's dev half
# (issue 14, fourteenth round): two Hangul names written X(Y), as the Korean press writes a renamed ship
# (new name, old name in brackets), are two names of one thing, each read alone and neither part of a
# person's name; characters that are a common word (金属 metal) read in Korean are no person's name. The names
# are those the set's documents write; the entries are OFAC's (some ids stand in).


def test_a_common_word_in_characters_read_in_korean_is_no_persons_name() -> None:
    # 丹东至诚金属 (set 12): its unit 金属 (metal) read 김속 was KIM, Tong-Myong at 0.85
    m = Matcher([
        ofac("22603", "Company", "DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", program="DPRK3"),
        ofac("20000", "Person", "KIM, Jin Sok", program="DPRK3"),
    ])
    top = m.match(Query("q", "丹东至诚金属"), 3)
    assert not [x for x in top if x.match and x.schema == "Person"]
