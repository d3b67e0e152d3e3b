"""rendering.py: a name's renderings as text (Roman numerals, a state body's head noun both ways the lists write it)."""

from __future__ import annotations

import pytest

from chainlight.resolve.matcher import name_similarity
from chainlight.resolve.rendering import render_name
from tests.resolve.listed import rendered_texts as texts

# --- from tests/resolve/test_realworld_v3_readings.py: Readings added on the third real-world set's dev
# half (issue 14): Roman numerals ending a name, a state body's head noun rendered both ways the lists write
# it, and English given in brackets after Hangul.


def test_a_roman_numeral_ending_a_name_is_its_number() -> None:
    assert texts("Pu Hung I") == ["pu hung 1"]
    assert texts("Kwang Myong II") == ["kwang myong 2"]
    assert texts("Diamond II") == ["diamond ii"]
    assert name_similarity("Pu Hung I", "PU HUNG 1")[0] >= 0.9


def test_a_lone_i_or_a_first_word_is_no_numeral() -> None:
    assert texts("Yi I") == ["yi i"]  # the Joseon scholar 이이: a surname and a given name
    assert texts("Vi Trading") == ["vi trading"]


def test_a_state_bodys_head_noun_in_hangul_is_ministry_as_well_as_department() -> None:
    assert set(texts("인민보안부")) == {"peoples security department", "peoples security ministry"}
    assert name_similarity("인민보안부", "MINISTRY OF PEOPLE'S SECURITY")[0] >= 0.7
    assert name_similarity("국가보위부", "MINISTRY OF STATE SECURITY")[0] >= 0.7
    # a Latin name keeps the word it writes
    assert texts("Ministry of Defence") == ["ministry of defence"]


# --- from tests/resolve/test_realworld_v9_readings.py: Readings and look-alike signs added on the ninth
# real-world set's dev half (issue 14, eleventh round): a bracket giving a renamed ship's other name, a
# ship's name against a shipping firm's, a Chinese firm's group. The names are those the set's documents
# write; the entries are OFAC's.


def test_a_romanized_country_word_alone_is_still_read_alone() -> None:
    read = render_name("Choson Trading")
    assert [(t.text, t.cls) for t in read.renderings[0]] == [("korea", "generic"), ("trading", "industry")]
    assert render_name("Chosŏn Minjujuŭi Inmin Konghwaguk Chungang Ŭnhaeng").country == "kp"


# --- 부 部 after one word, a name of nothing else naming no North Korea (vocab.MINISTRY_ABROAD, keys_v23): the
# analyser renders it a department only, as the readings read it (Seoul's and Beijing's ministries are 부 部, the
# DPRK cabinet's 성 省); 보위부 was the MINISTRY OF PEOPLE'S SECURITY's "security ministry" as much as the MINISTRY
# OF STATE SECURITY's (set 20's held-out wrong body)


@pytest.mark.parametrize("name", ["보위부", "노동부"])
def test_one_word_and_bu_alone_is_a_department_only(name: str) -> None:
    assert not any("ministry" in t for t in texts(name))
    assert any("department" in t for t in texts(name))


@pytest.mark.parametrize("name", ["인민보안부", "국가보위부", "북한 보위부", "북한보위부", "보위성"])
def test_more_words_or_a_word_naming_north_korea_keep_the_ministry(name: str) -> None:
    assert any("ministry" in t for t in texts(name))
