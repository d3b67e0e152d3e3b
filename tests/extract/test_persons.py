"""Persons are no organisations (extract/persons.py, Gazetteer.names_person): a name the lists hold as a person's, or a
Korean person's name by its shape, read by a reader of bodies, is left out (round 25; set 22's held-out half read the
three people designated with 코리아소백수무역회사 as firms)."""

from __future__ import annotations

import pytest

from chainlight.extract import Gazetteer, extract_text
from chainlight.extract.persons import korean_person_shaped


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("코리아소백수무역회사와 김세은, 조경훈, 명철민 등 관련자 3명을", "김세은", True),
    ("코리아소백수무역회사와 김세은, 조경훈, 명철민 등 관련자 3명을", "명철민", True),
    ("선우현철 등", "선우현철", True),  # a two-syllable family name
    ("평양관과 고려식당 등", "평양관", False),  # no family name opens it
    ("만수대 소속 노동자", "만수대", False),  # 만: a rare family name, left out
    ("대성무역과 칠성무역", "칠성무역", False),  # four syllables, no two-syllable family name
    ("고려김세은", "김세은", False),  # run on to a word before it: no word of its own
    ("국방성 산하", "국방성", False),  # a body's head ends it: the ministry, not a person named 국
])
def test_korean_person_shape(sentence: str, word: str, expected: bool) -> None:
    at = sentence.index(word)
    assert korean_person_shaped(sentence, at, at + len(word)) is expected


def test_people_listed_with_a_firm_are_not_organisations(gazetteer: Gazetteer) -> None:
    text = ("미 재무부의 이번 조치는 한 달 전 북한 페이퍼컴퍼니 코리아소백수무역회사와 김세은, 조경훈, 명철민 등 관련자 3명을 "
            "같은 혐의로 제재한 데 이은 추가 조치다.")
    orgs = {m.text for m in extract_text(text, gazetteer=gazetteer, learned=False).mentions if m.type == "organisation"}
    assert any(o.endswith("코리아소백수무역회사") for o in orgs)  # (the firm kept; its span as the rules read it)
    assert not orgs & {"김세은", "조경훈", "명철민"}


def test_a_listed_person_is_known_by_the_lists_schema(gazetteer: Gazetteer) -> None:
    person = next(e for e in gazetteer.entities if e.schema == "Person" and len(e.caption.split()) >= 2)
    name = person.names[0].value
    sentence = f"{name} and Korea Mining Development Trading Corporation"
    assert gazetteer.names_person(sentence, 0, len(name))
    firm = "Korea Mining Development Trading Corporation"
    assert not gazetteer.names_person(sentence, sentence.index(firm), len(sentence))
