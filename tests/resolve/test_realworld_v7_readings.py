"""Readings added on the seventh real-world set's dev half (issue 14): a name run together with its acronym, a
Latin letter written by its Korean name, and the h a Korean given name drops when said, as katakana writes it."""

from __future__ import annotations

from chainlight.resolve import kana
from chainlight.resolve.loanwords import likeness
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query
from chainlight.resolve.written import acronym_readings, query_readings
from tests.resolve.listed import ofac


def test_a_name_run_together_with_its_acronym_is_read_without_it_and_as_the_acronym() -> None:
    got = dict(query_readings("Korea Mining Development Trading CorporationKOMID"))
    assert "Korea Mining Development Trading Corporation" in got
    assert "KOMID" in got
    # with a space too, and the acronym may take several letters of a word (KOrea MIning Development)
    assert [t for t, _ in acronym_readings("Korea Kwangson Banking Corporation KKBC")] == [
        "Korea Kwangson Banking Corporation", "KKBC"]
    # or before it, a dash between
    assert [t for t, _ in acronym_readings("KOMID - Korea Mining Development Trading Corporation")] == [
        "Korea Mining Development Trading Corporation", "KOMID"]
    assert acronym_readings("DPRK Korea Mining") == []  # a country's letters, not the name's


def test_a_closing_capitalised_word_that_abbreviates_nothing_stays() -> None:
    assert acronym_readings("Amroggang Development Bank LTD") == []  # L is no initial of the first word
    assert acronym_readings("Korea Ryonbong General Corporation") == []
    assert acronym_readings("KOMID") == []
    assert acronym_readings("조선광업개발무역회사 KOMID") == []  # an acronym of Latin words only


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


def test_an_english_word_is_also_read_as_said() -> None:
    # 레이디 romanizes reiti: lady, said lei-di, is the likeliest English word of those consonants
    assert likeness("reiti", "lady") > likeness("reiti", "red")
    assert likeness("reiti", "lady") > likeness("reiti", "lid")


def test_katakana_writes_a_korean_given_name_without_the_h_it_drops() -> None:
    read = [t for t, _ in kana.readings("リ・ウォノ")]  # 리원호 said [워노]: RI Won Ho
    assert "ri won ho" in read
    m = Matcher([
        ofac("19609", "Person", "RI, Won Ho", program="DPRK3"),
        ofac("70004", "Person", "RI, Won", program="DPRK3"),
    ])
    top = m.match(Query("q", "リ・ウォノ"), 1)
    assert top and top[0].entity_id == "ofac-19609" and top[0].match


def test_a_short_pinyin_name_korean_writes_as_one_word_is_read_whole() -> None:
    from chainlight.resolve.chinese_in_hangul import ChineseInHangul

    reader = ChineseInHangul({"shang": 1, "yuan": 3, "bao": 2, "korea": 9},
                             names=["shang yuan bao", "korea kumsan trading", "yuan"])
    assert reader.pinyin("상위안바오") == ("shangyuanbao",)
    assert reader.pinyin("샹위안바오") == ("shangyuanbao",)
    assert reader.joined == frozenset({"shangyuanbao"})  # a name of English or Korean words is not pinyin


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


def test_a_firm_by_its_legal_form_is_not_the_bank_of_its_name() -> None:
    # the UN's BANK OF EAST LAND (KPe.013) with its aliases; 주식회사 동방 is a South Korean firm, Dongbang Co., Ltd.
    m = Matcher([ofac("12696", "Organization", "BANK OF EAST LAND", "Dongbang BANK", "TONGBANG BANK",
                      program="DPRK")])
    firm = m.match(Query("q", "주식회사 동방"), 1)
    assert not firm or not firm[0].match
    assert firm and "other_kind_of_body" in firm[0].features
    bank = m.match(Query("q", "동방은행"), 1)  # the bank itself, in Hangul
    assert bank and bank[0].entity_id == "ofac-12696" and bank[0].match


def test_a_numbered_office_is_read_without_its_mark() -> None:
    from chainlight.resolve.written import number_mark_reading

    assert [t for t, _ in number_mark_reading("39號室")] == ["office 39"]
    assert [t for t, _ in number_mark_reading("39호실")] == ["office 39"]
    assert [t for t, _ in number_mark_reading("39号办公室")] == ["39 办公室"]
    assert [t for t, _ in number_mark_reading("労働党第39号室")] == ["労働党 office 39"]  # 第, the ordinal's mark
    assert number_mark_reading("ANSAN1号") == []  # a ship's mark closing the name: the analyser drops it
    assert number_mark_reading("김은실") == []


def test_a_chain_of_parent_bodies_is_read_down_to_the_unit() -> None:
    got = dict(query_readings("조선노동당 중앙위원회 39호실"))
    assert "중앙위원회 39호실" in got and "39호실" in got and "office 39" in got
    assert "정찰총국" in dict(query_readings("조선인민군 총참모부 정찰총국"))
    assert "정찰총국" in dict(query_readings("조선인민군총참모부정찰총국"))
    # in characters, the General Staff (总参谋部) is found as a parent by its Korean reading (총참모부)
    assert "侦查总局" in dict(query_readings("朝鲜人民军总参谋部侦查总局"))


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


def test_korean_genitive_is_read_in_english_order() -> None:
    from chainlight.resolve.written import genitive_reading

    assert [t for t, _ in genitive_reading("평화의 수호자")] == ["수호자 평화"]
    assert genitive_reading("정의 은행") == []  # 정의 (justice) is a word, not 정 + of
    assert genitive_reading("평화의수호자") == []
    m = Matcher([
        ofac("27307", "Organization", "LAZARUS GROUP", "HIDDEN COBRA", "GUARDIANS OF PEACE", program="DPRK3"),
        ofac("70009", "Organization", "PEACE GUARD SECURITY LTD"),
    ])
    top = m.match(Query("q", "평화의 수호자"), 1)
    assert top and top[0].entity_id == "ofac-27307" and top[0].match
    assert "의" in top[0].explanation


def test_a_sense_the_lists_write_only_in_the_plural_is_read_as_the_plural() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator({"guardians": 1, "guard": 5, "peace": 2, "of": 9})
    assert t.listed_word("guardian") == "guardians"
    assert t.listed_word("guard") == "guard"


def test_a_sense_is_also_read_with_a_combining_form_the_lists_write_it_with() -> None:
    from chainlight.resolve.translation import Translator

    t = Translator({"national": 3, "aerospace": 1, "development": 9, "administration": 4, "space": 2})
    assert "aerospace" in [o[2] for o in t.senses(("宇宙",))]  # "space" as NADA's name writes it
    assert "space" in [o[2] for o in t.senses(("宇宙",))]  # beside the word itself


def test_a_latin_letter_written_by_its_japanese_name() -> None:
    assert ("lady r" in [t for t, _ in kana.readings("レディ・アール")])
    assert "KMS" in [t for t, _ in kana.readings("ケイ・エム・エス")]  # letters in a row: an acronym
    assert all(t != "r" for t, _ in kana.readings("アール"))  # one word alone is no letter
    m = Matcher([ofac("37095", "Vessel", "LADY R"), ofac("70010", "Company", "LADY ART LTD")])
    top = m.match(Query("q", "レディ・アール"), 1)
    assert top and top[0].entity_id == "ofac-37095" and top[0].match


def test_an_acronym_is_not_another_acronym_with_a_legal_form() -> None:
    # the shipbuilders' acronyms as OFAC lists them, beside their legal forms
    m = Matcher([ofac("70011", "Company", "COMPLEX UNMANNED SOLUTIONS CENTER LTD", "USC LTD"),
                 ofac("70012", "Company", "JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION", "JSC USC")])
    assert not [x for x in m.match(Query("q", "USK"), 2) if x.match]
    assert not [x for x in m.match(Query("q", "ユー・エス・ケー"), 2) if x.match]
    same = m.match(Query("q", "USC"), 1)
    assert same and same[0].match


def test_a_pasted_page_is_read_without_trying_every_acronym() -> None:
    # a name of thousands of words all starting alike, ending in capitals: answered (no runaway search)
    name = " ".join(["Korea"] * 3000) + " KKKKKKKB"
    assert acronym_readings(name) == []
    assert query_readings(("조선인민군총참모부" * 100)[:300]) is not None


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


def test_katakana_korean_names_cut_or_read_as_particles_by_the_tokenizer() -> None:
    # リョンヘ: the last ヘ is no particle e (최룡해 CHOE Ryong Hae); ウニョク: 은혁 said [으녁] (CHOE Un Hyok)
    assert "choe ryong hae" in [t for t, _ in kana.readings("チェ・リョンヘ")]
    assert "choe un hyok" in [t for t, _ in kana.readings("チェ・ウニョク")]
    m = Matcher([
        ofac("23213", "Person", "CHOE, Ryong Hae", program="DPRK3"),
        ofac("46449", "Person", "CHOE, Un Hyok", program="DPRK3"),
        ofac("70014", "Person", "CHOE, Ryong Su", program="DPRK3"),
    ])
    for name, want in (("チェ・リョンヘ", "ofac-23213"), ("チェ・ウニョク", "ofac-46449")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name


def test_a_bodys_own_word_in_katakana_is_heard_by_its_consonants() -> None:
    m = Matcher([
        ofac("27308", "Organization", "BLUENOROFF", program="DPRK3"),
        ofac("24978", "Organization", "VOLASYS SILVER STAR", program="DPRK3"),
        ofac("70015", "Organization", "BLUE NORTH TRADING LLC"),
    ])
    for name, want in (("ブルーノロフ", "ofac-27308"), ("ブラシス・シルバースター", "ofac-24978")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name
        assert "own word" in top[0].explanation
    # an English word in katakana is read as that word, never as some body's own word
    assert m.translator.kana_own_words("シルバー") is None


def test_a_long_word_is_read_as_syllables_without_backtracking() -> None:
    from chainlight.resolve.match_v2.features import syllabic_word

    # the joined romaji of a pasted katakana page: the regex took minutes to answer; the answer is unchanged
    assert syllabic_word("buruunorofu" * 40)
    assert not syllabic_word("buruunorofu" * 40 + "xq")
    assert syllabic_word("daelim") and not syllabic_word("chevron")
