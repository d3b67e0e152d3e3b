"""Organisations named by their form and kept as new, unlinked candidates: a capitalised name ending in the head of an
establishment, a business's earlier name ("formerly known as"), a Korean name spaced from its head, and the body workers
belong to (소속).  Sentences written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import extract_text


def organisations(text: str) -> list[str]:
    return [m.text for m in extract_text(text).mentions if m.type == "organisation"]


def test_a_capitalised_name_ending_in_an_establishment_head() -> None:
    assert organisations("Diners still visit the Okryu Pyongyang Restaurant near the river.") == ["Okryu Pyongyang Restaurant"]
    # a hotel where workers were sent to repair a lift is their workplace, not their employer
    assert organisations("Two welders were repairing a lift at the Grand Lakeside Hotel.") == []


def test_a_business_named_by_its_earlier_name() -> None:
    text = "The massage shop on the corner, formerly known as “Moran Wellness”, was run by a North Korean couple."
    assert organisations(text) == ["Moran Wellness"]
    # without an establishment before it, a former name may be anything's: a street, a city
    assert organisations("The avenue, formerly known as Lenin Street, was renamed in 1992.") == []


def test_korean_names_spaced_from_their_head_and_the_body_workers_belong_to() -> None:
    assert "모란봉 해외건설 그룹" in organisations("정부는 '모란봉 해외건설 그룹'과의 계약을 끝냈다.")
    assert organisations("북한 무역 회사가 노동자를 보냈다.") == []  # (a country before the head: a kind, not a name)
    assert "남강" in organisations("남강 소속 북한 노동자 30명이 현장을 떠났다.")


def test_names_joined_before_their_kind_in_the_plural() -> None:
    assert organisations("Welders were sent to the Remontowa and Safe shipyards last spring.") == ["Remontowa", "Safe"]
    assert organisations("Workers left the Polish and Danish shipyards.") == []  # (adjectives, not names)
