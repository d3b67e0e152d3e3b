"""cyrillic.py: Korean names as Russian writes them (the Kontsevich system) read in the lists' Latin letters
(issue 14).  The names are listed persons and bodies as the Russian press writes them."""

from __future__ import annotations

import pytest

from chainlight.resolve.cyrillic import has_cyrillic, readings
from chainlight.resolve.written import query_readings


def _texts(name: str) -> list[str]:
    return [t for t, _ in readings(name)]


@pytest.mark.parametrize(("name", "latin"), [
    ("Ким Чен Ын", "Kim Jong Un"),  # the older е for ㅓ after ч, the final н read ng
    ("Ким Ё Чжон", "Kim Yo Jong"),  # чж: ㅈ
    ("Чхве Рён Хэ", "Choe Ryong Hae"),  # чх ㅊ, ве ㅚ, ё, э ㅐ
    ("Ри Пён Чхоль", "Ri Pyong Chol"),  # пх ㅍ, ль a final ㄹ
    ("Хван Пён Со", "Hwang Pyong So"),
    ("Корё", "Koryo"),
    ("Пхеньян", "Pyongyang"),  # ь closes the syllable: its н is final
])
def test_korean_names(name: str, latin: str) -> None:
    assert latin in _texts(name)


def test_plain_reading_first() -> None:
    """The letters as the system writes them come first, then the ng and older-е variants."""
    assert _texts("Пак Пон Чжу")[:2] == ["Pak Pon Ju", "Pak Pong Ju"]


@pytest.mark.parametrize(("name", "english"), [
    ("Банк внешней торговли КНДР", "bank foreign trade dprk"),
    ("Корейская горнорудная торговая корпорация", "korea mining trading corporation"),
    ("Министерство государственной безопасности", "ministry state security"),
    ("Эйр Корё", "air Koryo"),
])
def test_body_words_in_english(name: str, english: str) -> None:
    """Body words by their stem (Russian declines them), no ng read into them (bank, not bangk); the Russian
    reading after it."""
    assert _texts(name)[0] == english and not any("bangk" in t for t in _texts(name))


def test_no_cyrillic_no_reading() -> None:
    assert not has_cyrillic("Kim Jong Un") and _texts("Kim Jong Un") == [] and _texts("김정은") == []


def test_post_read_off_the_cyrillic_reading() -> None:
    texts = [t for t, _ in query_readings("министр иностранных дел КНДР Ри Сон Гвон")]
    assert "Ri Son Gwon" in texts


@pytest.mark.parametrize(("name", "latin"), [
    ("Цоя Рен Хэ", "Choe Ryong Hae"),  # a Soviet Korean surname (Цой 최), in the genitive
    ("Кима Чен Ына", "Kim Jong Un"),  # Russian declines the surname and the last word
    ("Дмитрий Юрьевич Соин", "Dmitriy Yuryevich Soin"),  # a Russian name: BGN/PCGN as ICU ships it
    ("Р-885", "P-885"),  # a registration with the Cyrillic Р for the Latin P
])
def test_declined_soviet_russian_and_codes(name: str, latin: str) -> None:
    assert latin in _texts(name)


def test_no_code_from_a_word() -> None:
    assert "Ty-204" not in _texts("Ту-204 Р-913")


@pytest.mark.parametrize(("name", "latin"), [
    ("Чхуе Рьон-хе", "Choe Ryong-hae"),  # Bulgarian: у for the glide, ьо for ё, е for э
    ("Кім Чен Ин", "Kim Jong Un"),  # Ukrainian: і for и, и for ы
    ("Кім Чен Ина і його чиновників", "Kim Jong Un"),  # ... declined, and running text after the name
    ("Чүэ Рионг Хэ", "Choe Ryong Hae"),  # Mongolian: ү, ио for ё, ч for чх
    ("Ким Жонг Ын-ий", "Kim Jong Un"),  # Mongolian: a case ending after a hyphen
    ("Ким Џонг Ун", "Kim Jong Un"),  # Serbian: its Latin letters
    ("Чое Рјонг Хе", "Choe Ryong Hae"),  # Serbian, е for ㅐ
    ("Ким Е Чжон", "Kim Yo Jong"),  # ё printed without its dots
])
def test_other_languages_cyrillic(name: str, latin: str) -> None:
    assert latin in _texts(name)


def test_russian_words_in_their_dictionary_form() -> None:
    """pymorphy3's normal forms, and a man's surname after a first name in the first name's case."""
    assert "rossiyanin Dmitriy Soin" in _texts("россиянина Дмитрия Соина")
    texts = _texts("Отдела пропаганды и агитации Центрального комитета Трудовой партии Кореи")
    assert any("propaganda" in t for t in texts)


def test_russian_korean_names_unchanged_by_other_languages() -> None:
    """A Russian name reads as before: no other language's letter, no second reading of it."""
    assert _texts("Ким Чен Ын")[:4] == ["Kim Jen Un", "Kim Jeng Un", "Kim Jon Un", "Kim Jong Un"]


def test_a_long_vowel_written_twice() -> None:
    """Mongolian doubles a long vowel (Ёо): Korean has none (fitted to set 24's dev half)."""
    assert "Kim Yo Jong" in _texts("Ким Ёо Жон")
