"""The discourse reading (extract/topic.py): a paragraph about North Korean workers, restaurants or firms abroad carries
its topic to the sentences after it, whose foreign places are then the workers' hosts unless named as a way through or
back.  Paragraphs written for the test in the words press reports use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import extract_text
from chainlight.extract.topic import DISCOURSE_RULE, about_work_abroad


def carried(text: str) -> list[str]:
    return sorted({m.value["country"] for m in extract_text(text).mentions if m.rule == DISCOURSE_RULE})


def test_a_topic_sentence_in_each_language() -> None:
    assert about_work_abroad("Hundreds of North Korean workers stayed on after their visas ran out.")
    assert about_work_abroad("북한 노동자들이 건설 현장에서 일하고 있다.")
    assert about_work_abroad("朝鮮工人在當地的工廠工作。")  # (read in simplified characters)
    assert not about_work_abroad("The ministry published its annual trade figures on Monday.")


def test_the_next_sentence_of_the_paragraph_names_the_host_as_a_place() -> None:
    text = ("Hundreds of North Korean workers stayed on after their visas ran out. "
            "Many of them moved to building sites on the outskirts of Irkutsk over the winter.")
    assert carried(text) == ["ru"]
    ko = "북한 노동자들이 건설 현장에서 일하고 있다. 이들 가운데 상당수는 겨울에도 쿠웨이트의 공사장에 남았다."
    assert carried(ko) == ["kw"]


def test_a_way_through_or_back_is_no_host() -> None:
    text = ("Hundreds of North Korean workers stayed on after their visas ran out. "
            "Most of them will travel home via Beijing by the end of the year.")
    assert carried(text) == []


def test_a_topic_is_not_carried_into_the_next_paragraph_nor_to_a_subject_that_acts() -> None:
    assert carried("Hundreds of North Korean workers stayed on after their visas ran out.\n\n"
                   "Officials met in Irkutsk to discuss the region's budget.") == []
    assert carried("Hundreds of North Korean workers stayed on after their visas ran out. "
                   "“The United States will keep enforcing sanctions,” an official said.") == []


def test_workers_said_to_work_or_be_paid_with_no_country_named_are_exported_labour() -> None:
    def channel(text: str) -> list[str]:
        return [m.rule for m in extract_text(text).mentions if m.type == "channel"]

    assert channel("Insiders say the North Korean builders work 14 hours a day.") == ["channel:labour_export:employed"]
    assert channel("这些朝鲜劳工的月薪为300美元。") == ["channel:labour_export:employed"]
    # at home, in a factory making goods (the goods' chain), or sent home: no placement abroad
    assert channel("North Korean workers in Pyongyang work 12 hours a day.") == []
    assert channel("North Korean workers at the garment factory earn 1,500 yuan a month.") == []
    assert channel("All North Korean workers were supposed to return home and stop working by 2019.") == []
