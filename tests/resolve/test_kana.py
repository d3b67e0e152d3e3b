"""Katakana names read back into Latin letters, as Japanese documents write North Korean names."""

from chainlight.resolve import kana
from chainlight.resolve.matcher import name_similarity


def _texts(name: str) -> list[str]:
    return [t for t, _ in kana.readings(name)]


def test_a_korean_surname_is_read_as_the_lists_spell_it() -> None:
    texts = _texts("チェ・ソンイル")  # Choe Song Il: Japanese writes 최 as チェ, che
    assert "choe song il" in texts
    assert name_similarity("choe song il", "CHOE, Song Il", "Person")[0] >= 0.99


def test_the_given_names_first_consonant_is_voiceless_and_its_e_may_be_ae() -> None:
    texts = _texts("チョン・ギョンテク")  # Jong Kyong Thaek: ギョン as the middle of the name sounds, テ for 태
    assert "jong kyongtaek" in texts
    assert all("read as a Korean person's name" in how for t, how in kana.readings("チョン・ギョンテク")
               if t == "jong kyongtaek")


def test_a_firms_name_keeps_its_foreign_spelling_first() -> None:
    assert _texts("オーシャン・マリタイム・マネジメント")[0] == "ocean maritime management"


def test_no_katakana_no_readings() -> None:
    assert kana.readings("조선광선은행") == ()
    assert kana.readings("Korea Kwangson Banking Corp") == ()


def test_a_korean_name_part_cutlet_cuts_is_also_read_joined() -> None:
    # キム・スイル is KIM Su Il: cutlet reads スイル as "sui ru", whose final ル the Korean-sound rule sees only
    # when the word's syllables are joined (suiru -> suil); the reading as cut stays (ホ・ヨンイル: Ho Yong Il)
    texts = [t for t, _ in kana.readings("キム・スイル")]
    assert "kim suil" in texts
    assert any("yon il" in t or "yong il" in t for t, _ in kana.readings("ホ・ヨンイル"))


def test_a_korean_w_glide_in_katakana_is_read_with_its_w() -> None:
    from chainlight.resolve import kana

    # PAK Kwang Ho, KIM Su-Kwang, KIM Kwang-Il (OFAC SDN) as Japanese news write them: a small ァ after ク or
    # グ, or a full ワ, is the w of 광 / 관, which plain romaji drops (kanho, sugan)
    assert "pak kwangho" in [t for t, _ in kana.readings("パク・クァンホ")]
    assert "kim sugwang" in [t for t, _ in kana.readings("キム・スグァン")]
    assert "kim gwang-il" in [t for t, _ in kana.readings("キム・グワンイル")]  # ン before イ ends a syllable
    assert "hwang myonghwa" in [t for t, _ in kana.readings("ファン・ミョンファ")]  # ファ is 화 hwa


def test_each_final_n_of_a_korean_given_name_may_be_ng_alone() -> None:
    from chainlight.resolve import kana

    # チャン・ミョンジン, listed by the UN as Jang Myong-Jin: 명 ends in ng, 진 in n
    assert "jang myong jin" in [t for t, _ in kana.readings("チャン・ミョンジン")]


def test_one_katakana_word_is_no_persons_name_of_several_parts() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    # ヘジン (Haejin, the ship manager HAEJIN SHIP MANAGEMENT) read hejing is HE Jing letter for letter; but
    # Japanese writes a foreign person's parts apart (リ・ホナム), so one katakana word is no such person
    m = Matcher([Entity("ofac-32476", "Person", "ofac-sdn", "32476", [Name("HE, Jing", "primary")]),
                 Entity("ofac-23009", "Person", "ofac-sdn", "23009", [Name("RI, Ho Nam", "primary")])])
    assert not any(x.match for x in m.match(Query("q", "ヘジン"), limit=5))
    got = m.match(Query("q", "リ・ホナム"), limit=1)
    assert got[0].entity_name == "RI, Ho Nam" and got[0].match


def test_a_bodys_own_name_by_sound_and_its_english_words_by_spelling() -> None:
    from chainlight.resolve import kana

    # タンチョン・コマーシャル・バンク (TANCHON COMMERCIAL BANK, as Japanese news write it): UniDic cuts タンチョン
    # into タン (tongue) + チョン, and romaji spells コマーシャル komaashal; word by word, each is read its own way
    assert "tanchon commercial bank" in [t for t, _ in kana.readings("タンチョン・コマーシャル・バンク")]
