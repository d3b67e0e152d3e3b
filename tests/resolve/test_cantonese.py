"""Cantonese readings of persons' names in characters, as Hong Kong spells them (issue 14: the seventh set's
郑鸿文(音), CHENG Hung Man on the SDN file, born in Hong Kong)."""

from __future__ import annotations

from chainlight.model.entity import Entity, Name
from chainlight.resolve.cantonese import person_reading, syllable
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.types import Query


def _person(sid: str, name: str, country: str) -> Entity:
    return Entity(f"ofac-{sid}", "Person", "ofac-sdn", sid, [Name(name, "primary")], countries=[country],
                  programs=["DPRK3"])


def test_jyutping_syllables_in_hong_kong_spelling() -> None:
    assert [syllable(j) for j in ("zeng6", "hung4", "man4", "ng4", "zoeng1", "can4", "heoi2", "jyun4")] == [
        "cheng", "hung", "man", "ng", "cheung", "chan", "hui", "yuen"]
    assert syllable("x") is None


def test_a_persons_name_in_either_character_set() -> None:
    assert person_reading("郑鸿文") == "cheng hung man"
    assert person_reading("鄭鴻文") == "cheng hung man"
    assert person_reading("吳慧慧") == "ng wai wai"
    assert person_reading("郑") is None  # a surname alone
    assert person_reading("Cheng Hung Man") is None


def test_a_hong_kong_person_written_in_characters_is_found_by_the_cantonese_reading() -> None:
    m = Matcher([
        _person("42497", "CHENG, Hung Man", "gb"),
        _person("42496", "WU, Huihui", "cn"),
    ])
    top = m.match(Query("q", "郑鸿文(音)"), 1)  # (音): 'by its sound', as the Chinese report marks it
    assert top and top[0].entity_id == "ofac-42497" and top[0].match
    assert "read in Cantonese" in top[0].explanation
    top = m.match(Query("q", "吴慧慧(音)"), 1)  # the mainland Chinese national, by Mandarin still
    assert top and top[0].entity_id == "ofac-42496" and top[0].match


def test_a_body_in_characters_is_not_read_as_a_hong_kong_person() -> None:
    # 朝鮮銀行 (the Bank of Chosen, 1909-1950) read in Cantonese is chiu sin ngan hong: QIU Hong is not it
    m = Matcher([_person("70020", "QIU, Hong", "cn")])
    assert not [x for x in m.match(Query("q", "朝鮮銀行"), 1) if x.match]
