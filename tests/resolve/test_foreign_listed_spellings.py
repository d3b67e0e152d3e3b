"""A foreign word spelt back from Hangul, katakana or transliteration characters, resolved to the lists' own
spelling of it by the consonants the three scripts keep (foreign_names.ListedSounds), and the matcher finding
a Russian ship, person or firm so (SDN entries as the list writes them)."""

import pytest

from chainlight.resolve import Query
from chainlight.resolve.foreign_names import ListedSounds, sound_key
from chainlight.resolve.matcher import Matcher
from tests.resolve.listed import ofac


@pytest.mark.parametrize(("spelt", "listed"), [
    ("chernisnev", "chernyshev"),  # 체르니스네프: the consonants of ш and ы lost, one н more
    ("adlei", "adler"),  # 阿德勒: 勒 le for -ler
    ("miheichiku", "mikheychik"),  # ミヘイチク: х is h in katakana, the closing u Japanese adds
    ("akadi", "arkadiy"),  # 아카디: the r before a consonant not written
    ("geyevoi", "gayevoy"),  # 盖耶沃伊
])
def test_a_spelling_back_and_the_listed_spelling_share_their_key(spelt: str, listed: str) -> None:
    assert sound_key(spelt)[:2] == sound_key(listed)[:2]
    sounds = ListedSounds([listed, "kolosov", "patris", "petrus", "adl", "angola"])
    assert sounds.near(spelt)[0][0] == listed


def test_a_listed_spelling_is_itself_and_a_short_word_is_none() -> None:
    sounds = ListedSounds(["kozlov", "kolosov", "koltsov", "adl"])
    assert sounds.near("kozlov") == [("kozlov", 100.0)]  # the lists write it so: no other guess
    assert sounds.near("adl") == []  # three letters: an acronym, no spelling's option
    assert sounds.near("ko") == []


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([
        ofac("54001", "Vessel", "ARKADIY CHERNYSHEV", program="RUSSIA-EO14024"),
        ofac("54002", "Vessel", "ADLER", program="RUSSIA-EO14024"),
        ofac("54003", "Person", "MIKHEYCHIK, Vladimir Vladimirovich", program="RUSSIA-EO14024"),
        ofac("54004", "Person", "GAYEVOY, Aleksandr Andreyevich", program="DPRK3"),
        ofac("54005", "Person", "ORGEYEVA, Marina Eduardovna", program="RUSSIA-EO14024"),
        ofac("54006", "Vessel", "PATRIOT", program="DPRK3"),
        ofac("54007", "Company", "PATRIS LLC", program="RUSSIA-EO14024"),
        ofac("54008", "Company", "TECHNOLAB", program="RUSSIA-EO14024"),
        ofac("54009", "Company", "KOREA TAESONG TRADING COMPANY", program="DPRK"),
    ])


@pytest.mark.parametrize(("name", "listed"), [
    ("아카디 체르니스네프", "ARKADIY CHERNYSHEV"),  # a ship's name in Hangul, by the Russian table
    ("阿德勒", "ADLER"),  # in Xinhua's transliteration characters
    ("ウラジーミル・ミヘイチク", "MIKHEYCHIK, Vladimir Vladimirovich"),  # in katakana
    ("盖耶沃伊", "GAYEVOY, Aleksandr Andreyevich"),
])
def test_a_foreign_name_is_found_through_its_listed_spelling(matcher: Matcher, name: str, listed: str) -> None:
    top = matcher.match(Query("q", name))[0]
    assert top.entity_name == listed and top.match
    assert "its consonants as all three scripts keep them" in top.explanation  # the reading is named


def test_a_korean_word_run_together_with_a_loanword_is_no_foreign_name(matcher: Matcher) -> None:
    # 대성그룹 (Daesung Group, South Korea) spelt back whole has TECHNOLAB's consonants; one Hangul word may be a
    # Korean word and a loanword, which no listed spelling of a whole word reads
    assert not any(m.match for m in matcher.match(Query("q", "대성그룹")))
    # 패트리엇 (patriot) spelt back is as near PATRIS as anything: one word alone is not resolved on a tie
    assert all(m.entity_name != "PATRIS LLC" for m in matcher.match(Query("q", "패트리엇호")) if m.match)


def test_english_words_run_together_in_katakana_are_no_foreign_name() -> None:
    # カームブリッジ (the ship CALM BRIDGE): UniDic reads calm bridge, two English words; glued, calmbridge has the
    # consonants of GLOBALTEK one off, which the listed spellings must not offer
    m = Matcher([ofac("27529", "Vessel", "CALM BRIDGE", program="DPRK4"),
                 ofac("54010", "Company", "LIMITED LIABILITY COMPANY GLOBALTEK", program="RUSSIA-EO14024")])
    assert m.match(Query("q", "カームブリッジ"))[0].entity_name == "CALM BRIDGE"


def test_loanword_keys_follow_the_orthography() -> None:
    from chainlight.resolve.loanwords import Loanwords, hangul_key

    assert hangul_key("브릿지") == hangul_key("브리지") == "PRJ"  # ㅅ before ㅈ marks -dge's short vowel
    # an English word's closing s after a vowel is said z, and Korean writes it 즈 (always 올웨이즈): keyed both ways
    sound = Loanwords({"always": 3, "smooth": 3})
    assert "always" in sound._by_key["RJ"] and "always" in sound._by_key["RS"]


def test_the_documents_own_latin_for_a_name_in_characters_goes_first() -> None:
    m = Matcher([ofac("34456", "Person", "O, Yong Ho", program="NPWMD"),
                 ofac("54011", "Person", "WU, Yonghao", program="SDNTK")])
    assert m.match(Query("q", "吳勇浩(O Yong Ho)"))[0].entity_name == "O, Yong Ho"
