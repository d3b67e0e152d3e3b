"""Look-alikes that are other parties: near spellings of short Korean/Chinese names, reordered syllables."""

from __future__ import annotations

import pytest

from chainlight.resolve import lookalikes, name_similarity
from chainlight.resolve.match_v2.features import syllabic_word
from chainlight.resolve.match_v2.scorer import THRESHOLD
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import render_name
from chainlight.resolve.types import Query
from tests.resolve.listed import ofac


@pytest.mark.parametrize("word,expected", [
    ("daelim", True), ("taerio", True), ("ilshin", True), ("ryonbong", True), ("xinyuan", True),
    ("qingdao", True), ("chevron", False), ("qaeda", False), ("apple", False), ("vitol", False),
])
def test_syllabic_word_reads_korean_and_pinyin_only(word: str, expected: bool) -> None:
    assert syllabic_word(word) is expected


@pytest.mark.parametrize("query,listed", [
    ("Korea Ilshin Bank", "ILSIM INTERNATIONAL BANK"),  # a South Korean name one letter from a listed one
    ("Korea Daelim International Co., Ltd.", "TAERIO INTERNATIONAL LTD EOOD"),
    ("대림국제주식회사", "TAERIO INTERNATIONAL LTD EOOD"),
])
def test_near_spelling_of_a_short_korean_name_is_not_a_match(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Company")
    assert score < THRESHOLD, why
    assert "near_short_only" in why


@pytest.mark.parametrize("a,b", [("Chevron Corporation", "Chevon Corporation"), ("Al Qaeda", "Al Qa'ida"),
                                 ("Stripe LLC", "Strip Limited Liability Company")])
def test_western_misspellings_still_match(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Company")
    assert score >= THRESHOLD and "near_short_only" not in why, why


def test_bulgarian_legal_form_is_not_a_name_part() -> None:
    classes = {t.text: t.cls for t in render_name("TAERIO INTERNATIONAL LTD EOOD").renderings[0]}
    assert classes["taerio"] == "name" and "eood" not in classes


@pytest.mark.parametrize("query,listed", [
    ("KIM, Kwang Su", "KIM, Su-Kwang"),  # the same syllables in another order: another given name
    ("KIM, Chun Man", "KIM, Man Chun"),
    ("RI, Ho Ho", "RI, Won Ho"),  # a syllable said twice does not stand for the one the other side has
])
def test_korean_given_name_syllables_keep_their_order(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Person")
    assert score < THRESHOLD, why
    assert "syllable_order" in why


@pytest.mark.parametrize("query,listed", [
    ("Kwang-Su Kim", "KIM, Kwang Su"),  # the surname moves, the given name keeps its order
    ("김광수", "KIM, Kwang Su"), ("CHOL MIN RI", "RI, Chol Min"),
])
def test_surname_may_move_to_either_end(query: str, listed: str) -> None:
    score, why = name_similarity(query, listed, "Person")
    assert score >= THRESHOLD and "syllable_order" not in why, why


def test_a_trading_house_is_not_a_bank_of_the_same_name() -> None:
    from chainlight.resolve import name_similarity

    trading, _ = name_similarity("조선대성총무역회사", "KOREA DAESONG GENERAL TRADING CORPORATION")
    bank, why = name_similarity("조선대성총무역회사", "KOREA DAESONG BANK")
    assert trading >= 0.9
    assert bank < 0.7 and "industry_conflict" in why


def test_identical_names_score_one_but_hangul_one_syllable_apart_do_not() -> None:
    from chainlight.resolve import name_similarity

    assert name_similarity("KOREA RYONBONG GENERAL CORPORATION", "Korea Ryonbong General Corporation")[0] == 1.0
    assert name_similarity("김종은", "김정은")[0] < 0.7


def test_a_short_acronym_does_not_match_another_one_a_letter_away() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    komid = Entity("ofac-9345", "Company", "ofac-sdn", "9345",
                   [Name("KOREA MINING DEVELOPMENT TRADING CORPORATION", "primary"), Name("KOMID", "alias")])
    kaveh = Entity("ofac-1", "Company", "ofac-sdn", "1",
                   [Name("KAVEH PARS MINING INDUSTRIES DEVELOPMENT COMPANY", "primary"), Name("KMID", "alias")])
    m = Matcher([komid, kaveh])
    got = {x.entity_id: x for x in m.match(Query("q", "KOMID"), limit=2)}
    assert got["ofac-9345"].match
    assert "ofac-1" not in got or not got["ofac-1"].match


def test_a_south_korean_firm_is_not_a_north_korea_programme_body_listed_without_a_country() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    # 대원산업 (Daewon Industrial, Seoul) and DAEWON INDUSTRIES (OFAC, DPRK3, no country): the same words, so a
    # name alone still matches; with its country the South Korean firm does not, while a Chinese facilitator
    # listed so without a country (DALIAN HAIBO) is still found for a query that says China
    m = Matcher([
        Entity("ofac-20579", "Company", "ofac-sdn", "20579", [Name("DAEWON INDUSTRIES", "primary")],
               programs=["DPRK3"]),
        Entity("ofac-26243", "Company", "ofac-sdn", "26243", [Name("DALIAN HAIBO INTERNATIONAL FREIGHT CO. LTD.",
                                                                   "primary")], programs=["DPRK4"]),
    ])
    assert m.match(Query("q", "대원산업"), limit=1)[0].match
    kr = m.match(Query("q", "대원산업", country="KR"), limit=1)
    assert not kr or not kr[0].match
    assert "country" in kr[0].features
    assert m.match(Query("q", "Dalian Haibo International Freight", country="CN"), limit=1)[0].match


# --- real unlisted look-alikes of the seventh and eighth real-world sets (resolve/lookalikes.py) -------------
# Each is a South Korean firm, brand or ship whose name a document writes as it is; the entries are OFAC's.

def _lists() -> Matcher:
    return Matcher([
        ofac("23731", "Vessel", "KUM GANG 3", program="DPRK4"),
        ofac("23741", "Vessel", "PO CHON", program="DPRK4"),
        ofac("19572", "Vessel", "GOLD STAR 3", program="DPRK"),
        ofac("24752", "Company", "GOLDEN STAR CO", program="NPWMD"),
        ofac("21724", "Company", "PAEKSOL TRADING CORPORATION", program="DPRK3"),
        ofac("25457", "Company", "FOURTH OCEAN GMBH & CO KG", program="IRAN"),
        ofac("23476", "Company", "DANDONG JINXIANG TRADE CO., LTD.", program="DPRK4"),
    ])


@pytest.mark.parametrize("name,listed,rule", [
    ("금강호", "ofac-23731", "another_ship"),  # Hyundai's cruise ship to Mount Kumgang: no sister ship's number
    ("천보", "ofac-23741", "other_order"),  # Chunbo, a battery-materials maker: 천보 is not 보천
    ("백설", "ofac-21724", "a_korean_word"),  # CJ's food brand: 白雪 snow-white, alone
])
def test_a_south_korean_name_is_not_the_listed_body_its_words_spell(name: str, listed: str, rule: str) -> None:
    top = {m.entity_id: m for m in _lists().match(Query("q", name), 5)}
    assert listed not in top or not top[listed].match, name
    if listed in top:
        assert rule in top[listed].features


def test_an_english_loanword_left_in_hangul_is_not_read_by_its_romanization() -> None:
    # 골드스타 (GoldStar, LG's former name): 골드 kept in Hangul read goldeu, one letter from GOLDEN
    assert lookalikes.loanword_left("골드 star") and not lookalikes.loanword_left("단둥진샹무역 limited 공사")
    assert not [m for m in _lists().match(Query("q", "골드스타"), 5) if m.match]


def test_a_number_and_vocabulary_alone_are_not_a_body_of_other_words() -> None:
    # 조선 4.26 아동영화촬영소 (SEK Studio's Korean name) shares 4 and, read as misspelt vocabulary, korea with
    # FOURTH OCEAN; its own words (children's film studio) are nowhere in it
    assert not [m for m in _lists().match(Query("q", "조선 4.26 아동영화촬영소"), 5) if m.match]


@pytest.mark.parametrize("name,listed", [
    ("금강3호", "ofac-23731"),  # the ship with its number
    ("보천호", "ofac-23741"),  # its syllables in its own order
    ("백설무역회사", "ofac-21724"),  # the firm named with its trade
    ("단둥진샹무역유한공사", "ofac-23476"),  # a Chinese name in Hangul: foreign syllables, no English ending
])
def test_the_listed_names_themselves_still_match(name: str, listed: str) -> None:
    top = _lists().match(Query("q", name), 1)
    assert top and top[0].entity_id == listed and top[0].match, name


def test_a_ship_number_and_order_are_read_on_the_renderings() -> None:
    assert lookalikes.another_ship(list(render_name("금강").renderings), render_name("KUM GANG 3").renderings[0])
    assert not lookalikes.another_ship(list(render_name("Pu Hung I").renderings),
                                       render_name("PU HUNG 1").renderings[0])
    assert lookalikes.other_order(render_name("천보").renderings[0], render_name("PO CHON").renderings[0])
    assert lookalikes.common_korean_word("백설") == "白雪"
    assert lookalikes.common_korean_word("앨리스") is None  # a loanword: syllables no Hanja reads


# --- from tests/resolve/test_realworld_v9_readings.py: Readings and look-alike signs added on the ninth
# real-world set's dev half (issue 14, eleventh round): a bracket giving a renamed ship's other name, a
# ship's name against a shipping firm's, a Chinese firm's group. The names are those the set's documents
# write; the entries are OFAC's.


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


# --- from tests/resolve/test_realworld_v10_readings.py: Readings and look-alike signs added on the tenth
# real-world set's dev half (issue 14, twelfth round): an honorific after a person's name, 金 in a body's
# name, the party written alone before its organ, a dictionary sense's light head, a loanword spelt with
# Sino-Korean syllables only, and a Hangul name's own syllables against a listed romanization. The names are
# those the sets' documents write; the entries are OFAC's (some ids stand in).


@pytest.mark.parametrize("query,listed", [
    ("룡성무역회사", "Ryungsong Trading Corporation"),  # ryung is 륭: a firm on neither list, in the Panel's report
])
def test_a_hangul_name_whose_syllables_the_romanization_cannot_spell_is_another(query: str, listed: str) -> None:
    assert lookalikes.another_korean_name(query, render_name(listed).renderings[0])


@pytest.mark.parametrize("query,listed", [
    ("룡성무역회사", "Ryongsong Trading"),
    ("해성무역", "HESONG TRADING CORPORATION"),  # ㅐ and ㅔ, one vowel in speech
    ("조선용봉총회사", "KOREA RYONBONG GENERAL CORPORATION"),  # the South's 용 for 룡; a final dropped
    ("조선능라도선박회사", "KOREA RUNGRADO SHIPPING CO"),  # 능 for 릉
    ("압록강개발은행", "AMROGGANG DEVELOPMENT BANK"),  # a final spelt as heard
    ("강복무역", "KANGBONG TRADING CORPORATION"),
    ("고려 글로벌 신용은행", "Koryo Global Credit Bank"),
    ("단둥 커와 경제·무역", "DANDONG KEHUA ECONOMY & TRADE CO., LTD."),  # pinyin: a Chinese name in Hangul
    ("Ryongsong Trading", "Ryungsong Trading Corporation"),  # a romanized query says nothing of its syllables
])
def test_the_lists_loose_romanizations_of_the_same_syllables_are_the_same_name(query: str, listed: str) -> None:
    assert not lookalikes.another_korean_name(query, render_name(listed).renderings[0])


@pytest.mark.parametrize("query,listed,another", [
    ("장경하", "JANG GYONG", True),  # a person's name (set 19's held-out wrong body): 하 left unsaid by the ship's
    ("장경", "JANG GYONG", False),
    ("천마산호", "CHON MA SAN", False),  # a ship's mark is no syllable of its name
    ("장경하무역", "JANG GYONG TRADING", False),  # longer than a person's name: a body's words may be unsaid
    ("삼종 2 륜", "SAM JONG 2", False),  # 三钟2号轮 read in Korean: a number says a ship (轮, a steamer)
])
def test_a_persons_length_name_with_a_syllable_no_own_word_spells(query: str, listed: str, another: bool) -> None:
    assert lookalikes.another_korean_name(query, render_name(listed).renderings[0]) is another
