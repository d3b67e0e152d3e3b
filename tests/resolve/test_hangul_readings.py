"""Names written in Hangul found under the listed names (the Matcher's Hangul readings: loanwords, translated words,
letters spelt by their names, Korean genitive order).  The names are those the real-world sets' documents write; the
entries are OFAC's (some ids stand in).  Grouped below by the set's file they came from."""

from __future__ import annotations

from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import render_name
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac
from tests.resolve.listed import set_12_heldout_listed as listed

# --- from tests/resolve/test_realworld_v6_readings.py: Readings added on the sixth real-world set's seen
# held-out half (issue 14, eighth round): a person's name in characters read in Korean beside Mandarin, a
# European name's r in Hangul, and a Korean aspirate as the Russian transliteration writes it. The names are
# those the set's documents write; the entries are OFAC's.


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


# --- from tests/resolve/test_realworld_v7_readings.py: Readings added on the seventh real-world set's dev
# half (issue 14): a name run together with its acronym, a Latin letter written by its Korean name, and the
# h a Korean given name drops when said, as katakana writes it.


def test_a_latin_letter_written_by_its_korean_name_beside_a_loanword() -> None:
    m = Matcher([
        ofac("37095", "Vessel", "LADY R", program="RUSSIA-EO14024"),
        ofac("70002", "Organization", "LASHKAR E-TAYYIBA"),
        ofac("70003", "Company", "RED STAR SHIPPING LTD"),
    ])
    top = m.match(Query("q", "레이디 알"), 1)
    assert top and top[0].entity_id == "ofac-37095" and top[0].match
    assert "the letter's name in Korean" in top[0].explanation
    ship = m.match(Query("q", "레이디 알호"), 1)  # with the ship's mark after the letter
    assert ship and ship[0].entity_id == "ofac-37095" and ship[0].match


def test_a_korean_letter_name_alone_is_no_letter() -> None:
    m = Matcher([ofac("37095", "Vessel", "LADY R")])
    assert not [x for x in m.match(Query("q", "알"), 1) if x.match]  # 알 "egg" alone


def test_a_firm_by_its_legal_form_is_not_the_bank_of_its_name() -> None:
    # the UN's BANK OF EAST LAND (KPe.013) with its aliases; 주식회사 동방 is a South Korean firm, Dongbang Co., Ltd.
    m = Matcher([ofac("12696", "Organization", "BANK OF EAST LAND", "Dongbang BANK", "TONGBANG BANK",
                      program="DPRK")])
    firm = m.match(Query("q", "주식회사 동방"), 1)
    assert not firm or not firm[0].match
    assert firm and "other_kind_of_body" in firm[0].features
    bank = m.match(Query("q", "동방은행"), 1)  # the bank itself, in Hangul
    assert bank and bank[0].entity_id == "ofac-12696" and bank[0].match


def test_a_generic_word_is_also_read_as_the_adjective_the_lists_write() -> None:
    m = Matcher([
        ofac("19530", "Organization", "NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION", "NADA", program="DPRK3"),
        ofac("20129", "Organization", "MINISTRY OF STATE SECURITY", program="DPRK3"),
        ofac("70013", "Organization", "SYRIAN NATIONAL SECURITY BUREAU", program="SYRIA"),
    ])
    top = m.match(Query("q", "국가우주개발국"), 1)  # 국가 state, read national as NADA's name has it
    assert top and top[0].entity_id == "ofac-19530" and top[0].match
    state = m.match(Query("q", "국가보위부"), 1)  # and still state where the list says so
    assert state and state[0].entity_id == "ofac-20129" and state[0].match


# --- from tests/resolve/test_realworld_v8_readings.py: Readings added on the eighth real-world set's dev
# half (issue 14, ninth round): vocabulary words the lists write as a trade and a legal form, and ship
# management as a shipping firm's trade. The names are those the set's Korean documents write; the entries
# are OFAC's.


def test_a_trading_company_is_a_trade_and_a_legal_form() -> None:
    # 조선광업무역회사 (Korea Mining Trading Company, 연합뉴스 on KOMID): the lists' KOREA MINING DEVELOPMENT TRADING
    # CORPORATION with one trade fewer, which match_v7's rule for names of vocabulary alone reads as that body
    read = [(t.text, t.cls) for t in render_name("조선광업무역회사").renderings[0]]
    assert ("trading", "industry") in read and ("company", "legal") in read
    m = Matcher([
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2"),
        ofac("20576", "Organization", "KOREA KWANGSON BANKING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", "조선광업무역회사"), 1)
    assert top and top[0].entity_id == "ofac-9345" and top[0].match


def test_a_firm_named_for_a_chinese_city_is_chinese_without_an_address() -> None:
    # 훙샹실업발전유한공사 (a Korean report on Dandong Hongxiang): 훙샹 is Hongxiang by its Mandarin sound, a firm's own
    # name read so counts only for bodies tied to Korea, China or Japan; OFAC lists the firm under NPWMD alone,
    # with no address in its SDN file, and its name opens with Dandong
    m = Matcher([
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", "훙샹실업발전유한공사"), 1)
    assert top and top[0].entity_id == "ofac-20564" and top[0].match


# --- from tests/resolve/test_realworld_v9_readings.py: Readings and look-alike signs added on the ninth
# real-world set's dev half (issue 14, eleventh round): a bracket giving a renamed ship's other name, a
# ship's name against a shipping firm's, a Chinese firm's group. The names are those the set's documents
# write; the entries are OFAC's.


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


def test_initials_written_as_one_word_of_letters_names() -> None:
    # 알케이 브리즈 (a Korean report on the Russian firm RK BRIZ): the letters R and K written as one word
    m = Matcher([ofac("35758", "Company", "RK BRIZ, OOO", program="DPRK2"),
                 ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2")])
    top = m.match(Query("q", "알케이 브리즈"), 1)
    assert top and top[0].entity_id == "ofac-35758" and top[0].match
    assert "the letters' names in Korean" in top[0].explanation


# --- from tests/resolve/test_realworld_v10_readings.py: Readings and look-alike signs added on the tenth
# real-world set's dev half (issue 14, twelfth round): an honorific after a person's name, 金 in a body's
# name, the party written alone before its organ, a dictionary sense's light head, a loanword spelt with
# Sino-Korean syllables only, and a Hangul name's own syllables against a listed romanization. The names are
# those the sets' documents write; the entries are OFAC's (some ids stand in).


def test_military_affairs_is_not_affairs_alone() -> None:
    # 軍事 "military affairs; military": its head alone found STATE AFFAIRS COMMISSION (0.93, a wrong body) before
    # the Central Military Commission
    m = Matcher([
        ofac("19489", "Organization", "WORKERS' PARTY OF KOREA CENTRAL MILITARY COMMISSION",
             "CENTRAL MILITARY COMMISSION", program="DPRK3"),
        ofac("22000", "Organization", "STATE AFFAIRS COMMISSION", program="DPRK3"),
    ])
    top = m.match(Query("q", "당 중앙군사위원회"), 2)
    assert top and top[0].entity_id == "ofac-19489" and top[0].match
    assert all(x.entity_id != "ofac-22000" or not x.match for x in top)


def test_a_north_korean_firm_on_neither_list_is_not_an_alias_of_another() -> None:
    m = Matcher([ofac("9522", "Organization", "KOREA TANGUN TRADING CORPORATION", "Ryungsong Trading Corporation",
                      program="NPWMD")])
    found = m.match(Query("q", "룡성무역회사"), 1)
    assert not found or (not found[0].match and "another_korean_name" in found[0].features)


def test_a_chinese_persons_name_in_hangul_opening_with_no_korean_family_name_is_read_by_its_mandarin_sound() -> None:
    # 훙진화 (set 9's held-out half, seen now): 훙 reads a rare Hanja, so the name was read as Korean only, and went
    # to HUANG, Chin-Hua at 0.92 (a wrong body); 훙 is no Korean family name, but the Mandarin sound of hong
    m = Matcher([
        ofac("20567", "Person", "HONG, Jinhua", program="NPWMD"),
        ofac("12999", "Person", "HUANG, Chin-Hua", program="SDGT"),
    ])
    top = m.match(Query("q", "훙진화"), 2)
    assert top and top[0].entity_id == "ofac-20567" and top[0].match


def test_a_bank_in_the_souths_spelling_is_found_by_the_norths() -> None:
    # 나선국제상업은행 (set 1): the South's 나선 for the North's 라선, RASON (0.53 before)
    m = Matcher([ofac("20570", "Organization", "RASON INTERNATIONAL COMMERCIAL BANK", program="DPRK3")])
    top = m.match(Query("q", "나선국제상업은행"), 1)
    assert top and top[0].entity_id == "ofac-20570" and top[0].match


def test_one_syllable_english_words_written_apart_are_read_by_the_listed_name_that_carries_them_together() -> None:
    # 다롄 선 문 스타 국제 물류 무역 (sets 2 and 8): 선 sun and 문 moon, one syllable each, were left in Hangul (0.59)
    m = Matcher([
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD", program="DPRK4"),
        ofac("20400", "Organization", "KOREA TAESONG TRADING COMPANY", program="DPRK2"),
    ])
    top = m.match(Query("q", "다롄 선 문 스타 국제 물류 무역"), 1)
    assert top and top[0].entity_id == "ofac-24566" and top[0].match
    assert "sun moon star" in top[0].explanation
    # a one-syllable word with no loanword beside it stays a Korean syllable
    readings = m.translator.readings("조선 문 무역")
    assert not any("moon" in r.text for r in readings)


# --- from tests/resolve/test_realworld_v11_readings.py: Readings added on the eleventh real-world set's dev
# half (issue 14, thirteenth round): katakana フ as the h Korean says, a Taiwanese firm's own name in
# characters spelt in Wade-Giles, Hangul loanwords written as one word cut where one listed name carries
# their words together, and JV as joint venture. The names are those the sets' documents write; the entries
# are OFAC's (some ids stand in).


def test_loanwords_written_as_one_word_are_cut_where_one_listed_name_carries_them() -> None:
    # 퍼스트오일 (set 11), 썬문스타 (set 10): the loanword cut heard 퍼스 base + 트오일 tool, and spelt 썬문스타 whole
    m = Matcher([
        ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4"),
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD", program="DPRK4"),
        ofac("24000", "Company", "PEACE TRADING", program="SDGT"),  # carries base's peace, but no tool
        ofac("17068", "Organization", "OCEAN MARITIME MANAGEMENT COMPANY LIMITED", program="DPRK3"),
    ])
    assert m.translator.names_cover("퍼스트오일") == [("퍼스트", ["first"]), ("오일", ["oil"])]
    for query, want in (("퍼스트오일 합작회사", "ofac-23725"), ("썬문스타", "ofac-24566")):
        top = m.match(Query("q", query), 1)
        assert top and top[0].entity_id == want and top[0].match, query
    # a word the loanword cut reads whole stays whole (매니지먼트 management, not two words)
    top = m.match(Query("q", "오션마린매니지먼트"), 1)
    assert top and top[0].entity_id == "ofac-17068"


def test_no_listed_name_carrying_the_words_gives_no_cut() -> None:
    m = Matcher([ofac("23725", "Company", "FIRST OIL JV CO LTD", program="DPRK4")])
    assert m.translator.names_cover("아시아오션쉬핑") is None  # a look-alike (set 10): no name carries its words


def test_a_singapore_firm_in_hangul_is_found_without_its_country() -> None:
    m = Matcher([ofac("22606", "Company", "VELMUR MANAGEMENT PTE LTD", program="DPRK3"),
                 ofac("22605", "Company", "TRANSATLANTIC PARTNERS PTE. LTD.", program="DPRK3")])
    top = m.match(Query("q", "싱가포르 벨무어 매니지먼트"), 1)
    assert top and top[0].entity_id == "ofac-22606" and top[0].match
    assert "CLDR" in top[0].explanation


def test_loanwords_written_apart_take_the_words_one_listed_name_carries_together() -> None:
    # 리더 인터내셔널 (set 10): 리더 sounded like lite, rad, lid, lit before leader
    m = Matcher([ofac("15616", "Company", "LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED", "LEADER INTERNATIONAL",
                      program="NPWMD"),
                 ofac("30000", "Company", "LITE ON TRADING", program="SDGT")])
    top = m.match(Query("q", "리더 인터내셔널"), 1)
    assert top and top[0].entity_id == "ofac-15616" and top[0].match


# --- from tests/resolve/test_realworld_v12_heldout_readings.py: Readings from the classes of the twelfth
# real-world set's held-out misses (issue 14, fifteenth round), each a general rule: a dictionary word's
# listed adjective (遠東 "far east": FAR EASTERN; 金屬 "metal": METALLIC), English gh silent after i as Korean
# hears it (라이트 light), a katakana surname's ン read ng where a Korean surname is so spelt (パン Pang), three
# circles read as the legal form OOO, and one Hangul word that is a part of a person's name only is no
# person. The names are those documents write; the entries are OFAC's (some ids stand in).


def test_one_hangul_word_that_is_a_given_name_only_finds_no_person() -> None:
    # 마리아 (the Russian ship MARIA in the press) was GARCIA DURAN, Maria Del Rosario at 0.82
    assert not [m for m in listed().match(Query("q", "마리아"), 3) if m.match and m.schema == "Person"]


def test_a_full_korean_name_in_one_hangul_word_still_finds_the_person() -> None:
    top = listed().match(Query("q", "방수남"), 3)
    assert top and top[0].entity_id == "ofac-22984" and top[0].match


def test_a_bracketed_acronym_names_the_listed_body_whose_own_word_the_name_spells() -> None:
    m = Matcher([
        ofac("20578", "Organization", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", program="DPRK3"),
        ofac("20006", "Organization", "MINISTRY OF OIL PRODUCTION", program="DPRK3"),  # MOP too, no word of the name
        ofac("37518", "Company", "AIR KORYO TRADING CORPORATION", program="NPWMD"),
    ])
    top = m.match(Query("q", "万寿台海外開発会社(MOP)"), 3)
    assert top and top[0].entity_id == "ofac-20578" and top[0].match
    assert not [x for x in top if x.entity_id == "ofac-20006" and x.match]
    top = m.match(Query("q", "高丽航空贸易公司(AKTC)"), 3)
    assert top and top[0].entity_id == "ofac-37518" and top[0].match
    # the acronym alone, with a name that spells none of the body's own words, finds nothing by it
    assert not [x for x in m.match(Query("q", "금강무역(MOP)"), 3) if x.match]


def test_a_loanword_of_one_consonant_written_apart_is_read_beside_its_neighbours() -> None:
    m = Matcher([
        ofac("19570", "Vessel", "EVER BRIGHT 88", program="DPRK"),
        ofac("20007", "Company", "GREEN WAVE TELECOMMUNICATION", program="DPRK3"),
    ])
    top = m.match(Query("q", "에버 브라이트 88"), 3)
    assert top and top[0].entity_id == "ofac-19570" and top[0].match
    # its options must sound nearly alike: 에버 is not wave (Evergreen is no GREEN WAVE)
    assert not [x for x in m.match(Query("q", "에버 그린"), 3) if x.match]
