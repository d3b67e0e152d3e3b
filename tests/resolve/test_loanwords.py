"""English words written in Hangul, read back by the consonants Korean hears in them."""

import pytest

from chainlight.resolve.loanwords import Loanwords, english_key, hangul_key
from chainlight.resolve.translation import Translator


@pytest.mark.parametrize(("hangul", "english"), [
    ("컴퓨터", "computer"), ("센터", "centre"), ("로케트", "rocket"), ("그린", "green"), ("파인", "pine"),
    ("오션", "ocean"), ("매니지먼트", "management"), ("일렉트로닉스", "electronics"), ("홍콩", "hongkong"),
    ("그룹", "group"), ("파이낸셜", "financial"), ("인터내셔널", "international"), ("글로벌", "global"),
    ("인터페이스", "interface"), ("홀딩스", "holdings"), ("쉬핑", "shipping"), ("테크놀로지", "technology"),
    ("뱅크", "bank"), ("케미컬", "chemical"), ("트레이딩", "trading"), ("컨설팅", "consulting"),
])
def test_loanword_and_its_english_word_share_a_key(hangul: str, english: str) -> None:
    assert hangul_key(hangul) == english_key(english)


def test_keys_tell_different_words_apart() -> None:
    assert hangul_key("컴퓨터") != english_key("company")
    assert hangul_key("로케트") != english_key("market")
    assert hangul_key("조선Korea") is None  # not Hangul throughout


def test_english_words_come_before_names_spelt_with_the_same_consonants() -> None:
    words = {"rocket": 1, "ricardo": 40, "logaid": 3, "located": 2}
    found = [w for w, _ in Loanwords(words).read("로케트")]
    assert found[0] == "rocket"
    assert "ricardo" not in found  # an English word fits: names' spellings are not offered beside it


def test_a_short_key_needs_the_letters_to_agree() -> None:
    found = [w for w, _ in Loanwords({"pine": 1, "pan": 9, "pen": 9, "phone": 2}).read("파인")]
    assert found[0] == "pine"


LISTED = ["korea", "computer", "center", "ocean", "maritime", "marine", "management", "green", "pine",
          "pan", "rocket", "industry", "ministry", "commercial", "bank", "tanchon", "singapore"]


def test_a_run_of_loanwords_is_cut_by_sound_not_by_sino_korean_syllables() -> None:
    t = Translator(LISTED)
    assert t.readings("오션마린매니지먼트")[0].text == "ocean marine management"
    first = t.readings("조선컴퓨터센터")[0]
    # 조선 is vocabulary, left to the analyser (korea); centre and center are one word of the vocabulary
    assert first.text in ("조선 computer center", "조선 computer centre")
    assert first.words[0] == "computer"
    assert "read by sound" in first.notes[0]


def test_words_in_two_spaced_parts() -> None:
    texts = [r.text for r in Translator(LISTED).readings("그린 파인")]
    assert texts[0] == "green pine"


def test_vocabulary_after_a_loanword_stays_one_run() -> None:
    texts = [r.text for r in Translator(LISTED).readings("로케트공업부")]
    assert texts[0] == "rocket 공업부"  # not + 공업부 read by sound, nor 부 cut off alone


def test_a_sino_korean_name_is_not_read_by_sound() -> None:
    # every syllable reads a Hanja and 상업 is 商業 (commerce): no reading by sound (singapore shares its key)
    for r in Translator(LISTED).readings("단천상업은행"):
        assert "singapore" not in r.text
        assert all("read by sound" not in n for n in r.notes)


def test_a_loanword_that_is_no_english_word_is_spelt_back_in_latin_letters() -> None:
    from chainlight.resolve.loanwords import loan_spelling
    from chainlight.resolve.translation import Translator

    assert loan_spelling("스완시스") == "swansis" and loan_spelling("안파사르") == "anpasar"
    # 안파사르 트레이딩 (ANFASAR TRADING S PTE. LTD.): the spelling is an option the listed name need not carry
    t = Translator(["trading", "port", "services", "universal", "anniversary"])
    got = {r.text: r for r in t.readings("안파사르 트레이딩")}
    assert "anpasar trading" in got
    assert got["anpasar trading"].words == ("trading",)
    assert any("(spelled)" in n for n in got["anpasar trading"].notes)


def test_a_word_the_mandarin_table_spells_as_a_listed_word_is_not_also_an_english_word() -> None:
    from chainlight.resolve.loanwords import Loanwords

    # 다롄 is Dalian; its consonants t-r-n would also make it trans or train, which found MARINE TRANS SHIPPING
    sound = Loanwords({"dalian": 3, "trans": 5, "train": 2, "shipping": 9})
    assert [w for w, _ in sound.read("다롄")] == ["dalian"]


def test_a_word_read_by_sound_is_borne_out_by_a_listed_name_writing_it_in_two() -> None:
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query

    # 둥펑 6호 is the vessel DONG FENG 6: dongfeng, read by the Mandarin table as the lists write it in SHANGHAI
    # DONGFENG SHPG, is carried by the vessel's DONG + FENG
    m = Matcher([Entity("ofac-23780", "Vessel", "ofac-sdn", "23780", [Name("DONG FENG 6", "primary")]),
                 Entity("ofac-23779", "Company", "ofac-sdn", "23779", [Name("SHANGHAI DONGFENG SHPG CO LTD",
                                                                             "primary")])])
    got = m.match(Query("q", "둥펑 6호"), limit=1)
    assert got[0].entity_name == "DONG FENG 6" and got[0].score >= 0.9


def test_a_loanwords_last_syllable_is_not_cut_off_as_a_word_of_its_own() -> None:
    from chainlight.resolve.translation import pieces

    # 만수대해외프로젝트건축기술서비스 (MANSUDAE OVERSEAS PROJECTS ARCHITECTURAL AND TECHNICAL SERVICES): 서비 is also
    # 西非 (West Africa), but 스 reads no Hanja and cannot stand alone: 서비스 is one word, read by its sound
    assert [p.text for p in pieces("건축기술서비스")][-1] == "서비스"
    assert [p.text for p in pieces("해양산업무역")] == ["해양", "산업", "무역"]  # Sino-Korean throughout: as before
