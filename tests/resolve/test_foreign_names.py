"""Foreign names written in Hangul or in Chinese transliteration characters, read back into Latin letters, and
East Asian bodies' own words read from their Hangul spelling."""

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Query
from chainlight.resolve.foreign_names import chinese_person, hangul_person, hangul_word
from chainlight.resolve.loanwords import Loanwords
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.translation import Translator
from tests.resolve.listed import ofac


@pytest.mark.parametrize(("hangul", "latin"), [
    # the loanword orthography's Russian table, read back: ㄹㄹ is one l, 르/드/프 close no vowel, 이 after a
    # vowel is й, 비치 is -vich, 프 closing a Russian syllable is в
    ("알렉산드르 안드레예비치 게예보이", "aleksandr andreyevich geyevoy"),
    ("알렉산드르 알렉산드로비치 챠소프니코프", "aleksandr aleksandrovich chasovnikov"),
    ("세르게이 미하일로비치 코즐로프", "sergey mikhailovich kozlov"),  # 일: и, a vowel of its own
    ("블라디미르 블라디미로비치 푸틴", "vladimir vladimirovich putin"),
    ("아쇼트 므크르티체프", "ashot mkrtichev"),  # ш before a vowel is 쇼
])
def test_a_russian_name_in_hangul_reads_back_as_the_lists_write_it(hangul: str, latin: str) -> None:
    assert hangul_person(hangul) == latin


def test_only_names_of_hangul_words_of_two_syllables_are_read_back() -> None:
    assert hangul_person("김 정은") is None  # a one-syllable word is a Korean surname
    assert hangul_word("RK브리즈") is None
    assert hangul_person("컴퓨터센터" * 5) is None  # no name has a word so long


@pytest.mark.parametrize(("characters", "latin"), [
    ("亞歷山大·安德列耶維奇·加耶沃伊", "alesand andleyevich gayevoi"),  # traditional, parts by the middle dot
    ("谢尔盖·科兹洛夫", "sergey kozlov"),
    ("科兹洛夫", "kozlov"),  # one part, every character a transliteration character
    ("伊戈尔·谢尔盖耶维奇·德米特里耶夫", "igor sergeyevich dmitliyev"),  # 戈 go; 里 li, which the skeleton folds with ri
    ("阿绍特·姆克尔特切夫", "ashot mkrtchev"),  # 绍 shao is sho, 切 qie che
])
def test_a_foreign_name_in_chinese_characters_is_read_by_their_transliteration_sounds(characters: str,
                                                                                       latin: str) -> None:
    assert chinese_person(characters) == latin


def test_a_chinese_name_is_no_transliteration() -> None:
    assert chinese_person("李家东") is None  # 李 and 东 are no transliteration characters, and no dot
    assert chinese_person("丹东鸿祥实业发展有限公司") is None


def test_translator_reads_a_russian_name_in_hangul_but_not_a_korean_or_sino_korean_one() -> None:
    t = Translator(["gayevoy", "aleksandr", "andreyevich", "liaoning", "danxing"])
    texts = [r.text for r in t.readings("알렉산드르 안드레예비치 게예보이")]
    assert "aleksandr andreyevich geyevoy" in texts
    spelled = next(r for r in t.readings("알렉산드르 안드레예비치 게예보이") if r.text == texts[texts.index(
        "aleksandr andreyevich geyevoy")])
    assert spelled.spelled == ("aleksandr", "andreyevich", "geyevoy")  # the listed name must carry their sounds
    assert all("외래어 표기법" not in n for r in t.readings("랴오닝단싱 국제운송") for n in r.notes)


def test_a_body_own_word_is_read_from_its_hangul_spelling() -> None:
    words = {"bluenoroff": 1, "volasys": 1, "silver": 3, "star": 5, "jinsong": 1, "places": 2}
    sound = Loanwords(words, own_words=["bluenoroff", "volasys", "jinsong"])
    assert [w for w, _ in sound.read("블루노르프")] == ["bluenoroff"]
    assert sound.read("블라시스")[0][0] == "volasys"  # before the English word of the same consonants
    # Sino-Korean syllables only (제운송, of 국제운송 international transport) are no spelling of a firm's name
    assert all(w != "jinsong" for w, _ in sound.read("제운송"))


def test_matcher_finds_listed_bodies_and_people_by_their_hangul_spelling() -> None:
    m = Matcher([
        ofac("27308", "Organization", "BLUENOROFF", program="DPRK3"),
        ofac("24978", "Organization", "VOLASYS SILVER STAR", program="DPRK3"),
        ofac("35757", "Person", "GAYEVOY, Aleksandr Andreyevich", program="DPRK2"),
        ofac("41736", "Person", "MKRTYCHEV, Ashot", program="DPRK2"),
        ofac("70001", "Organization", "BLUE NORTH TRADING LLC"),
    ])
    for name, want in (("블루노르프", "ofac-27308"), ("블라시스실버스타", "ofac-24978"),
                       ("알렉산드르 안드레예비치 게예보이", "ofac-35757"), ("亞歷山大·安德列耶維奇·加耶沃伊", "ofac-35757"),
                       ("므크르티체프", "ofac-41736")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name
        assert "read" in top[0].explanation  # the explanation names the reading used


def test_a_surname_alone_that_several_listed_people_bear_names_none_of_them() -> None:
    m = Matcher([
        ofac("41185", "Person", "KOZLOV, Ilya Pavlovich", program="DPRK2"),
        ofac("37621", "Person", "KOZLOV, Sergey Mikhaylovich", program="DPRK2"),
        ofac("41736", "Person", "MKRTYCHEV, Ashot", program="DPRK2"),
    ])
    found = m.match(Query("q", "科兹洛夫"), 1)
    assert found and not found[0].match
    assert "borne by 2 listed persons" in found[0].explanation


def test_legal_forms_written_the_other_way_round_or_of_a_partnership() -> None:
    m = Matcher([
        ofac("44544", "Organization", "LIMITED LIABILITY COMPANY VERUS", program="DPRK"),
        ofac("44578", "Organization", "DEFENSE ENGINEERING LIMITED LIABILITY PARTNERSHIP", program="DPRK"),
    ])
    for name, want in (("Verus 責任有限公司", "ofac-44544"), ("國防工程有限責任夥伴", "ofac-44578")):
        top = m.match(Query("q", name), 1)
        assert top and top[0].entity_id == want and top[0].match, name


# --- from tests/resolve/test_realworld_v6_readings.py: Readings added on the sixth real-world set's seen
# held-out half (issue 14, eighth round): a person's name in characters read in Korean beside Mandarin, a
# European name's r in Hangul, and a Korean aspirate as the Russian transliteration writes it. The names are
# those the set's documents write; the entries are OFAC's.


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
