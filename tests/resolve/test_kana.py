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
