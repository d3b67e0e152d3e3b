"""Chinese firms' names written in Hangul by the Korean reading of their characters (issue 14, tenth round), and
names with a number, which no person's name has.  The Korean names are those set 8's documents write
(파이낸셜뉴스 / VOA 2018 on Dalian Sun Moon Star, a.k.a. DALIAN TIANBAO INTERNATIONAL LOGISTICS in OFAC's alt.csv);
the entries are OFAC's."""

from __future__ import annotations

from chainlight.resolve.chinese_in_hangul import ChineseInHangul, korean_reading_spellings
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.translation import Translator
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


def test_a_hangul_word_read_as_characters_in_mandarin() -> None:
    spelt = dict(korean_reading_spellings("천보"))
    assert "tianbao" in spelt and "qianbao" in spelt  # 天 and 千 are both 천
    assert korean_reading_spellings("천") == []  # one syllable reads too many characters to tell
    # only the listed words count, and the dictionary word's own characters are named (天寶, not 天報)
    c = ChineseInHangul({"tianbao": 2, "dalian": 5, "logistics": 9})
    assert c.by_korean_reading("천보", ("川普", "天寶")) == [("tianbao", "天寶")]
    assert c.by_korean_reading("무역") == []


def test_only_the_firms_own_name_is_read_so() -> None:
    # 물류 (物流) is LOGISTICS in the lists, not its Mandarin wuliu, though some listed name writes wuliu
    t = Translator(["tianbao", "wuliu", "logistics", "international", "company", "limited"])
    texts = [r.text for r in t.readings("천보물류국제유한회사")]
    assert any(x.startswith("tianbao logistics") for x in texts)
    assert not any("wuliu" in x for x in texts)


def _tianbao() -> Matcher:
    return Matcher([
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD",
             "DALIAN TIANBAO INTERNATIONAL LOGISTICS CO., LTD.", program="DPRK4"),
        ofac("23741", "Vessel", "PO CHON", program="DPRK"),
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
    ])


def test_a_chinese_firm_by_its_korean_reading_is_found() -> None:
    m = _tianbao()
    for name in ("천보물류국제유한회사", "다롄 천보 국제물류"):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == "ofac-24566" and top[0].match, name
        assert "tianbao" in top[0].explanation  # 天保 or 天寶: the dictionary reads both so


def test_the_word_alone_is_no_match() -> None:
    # 천보 alone is also Chunbo, a South Korean battery-materials maker (set 8's look-alike)
    assert not any(x.match for x in _tianbao().match(Query("q", "천보", country="KR"), 3))
    assert not any(x.match for x in _tianbao().match(Query("q", "천보"), 3))


def test_a_name_with_a_number_is_no_persons() -> None:
    # 金星3号 (AFP in Chinese on the OMM ship GOLD STAR 3) read in Korean is 김성3호, which matched KIM Song at 0.99
    m = Matcher([
        ofac("23508", "Person", "KIM, Song", program="DPRK3"),
        ofac("19572", "Vessel", "GOLD STAR 3", program="DPRK2"),
    ])
    top = m.match(Query("q", "金星3号"), 2)
    assert top[0].entity_id == "ofac-19572" and top[0].match
    person = next((x for x in top if x.entity_id == "ofac-23508"), None)
    assert person is None or (not person.match and "numbered_name" in person.features)
    # a person's name without a number is untouched
    assert m.match(Query("q", "김성"), 1)[0].entity_id == "ofac-23508"


def test_a_chinese_persons_given_name_of_four_hangul_syllables() -> None:
    # 마샤오훙 (헤럴드경제 2016 on Dandong Hongxiang's owner, MA Xiaohong): 샤오 is one pinyin syllable, xiao, so the
    # name is four Hangul syllables long, which the reading of Chinese persons' names (two or three) left out
    m = Matcher([
        ofac("20565", "Person", "MA, Xiaohong", program="NPWMD"),
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
    ])
    top = m.match(Query("q", "마샤오훙"), 1)
    assert top and top[0].entity_id == "ofac-20565" and top[0].match


def test_a_chinese_city_in_mandarin_and_the_rest_in_korean() -> None:
    # 北京宿泊所 (set 8: OFAC's BEIJING SUKBAKSO): Beijing by its Mandarin name, 宿泊所 (a hostel) by its Korean reading
    from chainlight.resolve.written import city_then_korean_reading

    assert [t for t, _ in city_then_korean_reading("北京宿泊所")] == ["beijing 숙박소"]
    assert [t for t, _ in city_then_korean_reading("丹东金属")] == ["dandong 금속"]  # 金 after a city is no surname
    assert city_then_korean_reading("北京") == [] and city_then_korean_reading("朝鲜大成银行") == []
    m = Matcher([
        ofac("27254", "Organization", "BEIJING SUKBAKSO", program="DPRK3"),
        ofac("24566", "Company", "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD", program="DPRK4"),
    ])
    top = m.match(Query("q", "北京宿泊所"), 1)
    assert top and top[0].entity_id == "ofac-27254" and top[0].match


def test_the_souths_name_for_korea_is_no_north_korean_bodys_korea() -> None:
    # 한국조선해양 (Korea Shipbuilding & Offshore Engineering, set 8's look-alike): 한국 says South Korea, though a
    # North Korean body's KOREA reads the same in English; 조선해양 alone is still read as the North's
    m = Matcher([
        ofac("1", "Organization", "KOREA OCEAN SHIPPING AGENCY", program="DPRK2"),
        ofac("2", "Organization", "KOREA KWANGSON BANKING CORP", program="DPRK2"),
    ])
    assert not any(x.match for x in m.match(Query("q", "한국조선해양"), 2))
    assert not any(x.match for x in m.match(Query("q", "韓國造船海洋"), 2))
    assert m.match(Query("q", "조선해양"), 1)[0].match
    # ... and so against one whose address says North Korea (OFAC's add.csv gives this agency three)
    addressed = ofac("1", "Organization", "KOREA OCEAN SHIPPING AGENCY", program="DPRK3")
    addressed.countries = ["kp"]
    assert not any(x.match for x in Matcher([addressed]).match(Query("q", "한국조선해양"), 1))


def test_a_chinese_city_and_the_firms_name_run_together() -> None:
    # 단둥훙샹실업발전 (헤럴드경제 2016): Dandong and Hongxiang by their Mandarin sound in one word, then 실업발전
    c = ChineseInHangul({"dandong": 5, "hongxiang": 2})
    assert c.pinyin("단둥훙샹") == ("dandong hongxiang",) and c.pinyin("훙샹") == ("hongxiang",)
    m = Matcher([
        ofac("20564", "Company", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", program="NPWMD"),
        ofac("9345", "Organization", "KOREA MINING DEVELOPMENT TRADING CORPORATION", program="DPRK2"),
    ])
    top = m.match(Query("q", "단둥훙샹실업발전"), 1)
    assert top and top[0].entity_id == "ofac-20564" and top[0].match
