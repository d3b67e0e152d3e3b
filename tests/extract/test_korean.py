"""Korean reports, and documents that mix Korean and English sentences."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.extract import Extraction, Gazetteer, extract_text

KOREAN = (
    "개천교화소의 여성 수감자들은 2022년 8월 이후 하루 16시간씩 가발과 속눈썹을 생산했다. "
    "사회안전성 교화국이 수출 계획을 내려보냈다. "
    "이 제품은 중국으로 수출되어 인터넷 쇼핑몰에서 팔린다. "
    "2020년 초부터 2022년 8월까지 수감자 약 500명 중 40여 명이 사망했다. "
    "뜨개 제품도 만들었다."
)


@pytest.fixture(scope="module")
def korean(gazetteer: Gazetteer, classifier: Classifier) -> Extraction:
    return extract_text(KOREAN, gazetteer=gazetteer, classifier=classifier)


def test_sentences_are_korean(korean: Extraction) -> None:
    assert len(korean.sentences) == 5
    assert {s.lang for s in korean.sentences} == {"ko"}
    assert korean.document.language == "ko"


def test_facility_and_bureau_in_hangul(korean: Extraction) -> None:
    assert [m.value["entity_id"] for m in korean.by_type("facility")] == ["evidence-kaechon-kyohwaso-1"]
    (bureau,) = korean.by_type("organisation")
    assert bureau.text == "사회안전성 교화국"
    assert "ofac:19790" in bureau.value["source_ids"]


def test_goods_periods_figures_places(korean: Extraction) -> None:
    assert {m.value["category"] for m in korean.by_type("goods")} == {"wigs", "false_eyelashes", "knitwear"}
    periods = {(m.value["start"], m.value["end"]) for m in korean.by_type("period")}
    assert periods == {("2022-08", None), ("2020-01", "2022-08")}
    figures = {(m.value["kind"], m.value["value"]) for m in korean.by_type("quantity")}
    assert figures == {("work_hours", 16), ("inmates", 500), ("deaths", 40)}
    assert [m.value["country"] for m in korean.by_type("destination")] == ["cn"]
    assert [m.value["channel"] for m in korean.by_type("channel")] == ["internet_platforms"]


def test_mixed_languages_are_read_sentence_by_sentence(gazetteer: Gazetteer, classifier: Classifier) -> None:
    text = ("Wigs from Kaechon Prison Camp were sold to Chinese buyers in Dandong. "
            "한 소식통은 \"하루 16시간씩 속눈썹을 붙였다\"고 말했다. 人发假发出口到中国.")
    ex = extract_text(text, gazetteer=gazetteer, classifier=classifier)
    assert [s.lang for s in ex.sentences] == ["en", "ko", "zh"]
    assert {m.value["category"] for m in ex.by_type("goods")} >= {"wigs", "false_eyelashes"}
    assert ("work_hours", 16) in {(m.value["kind"], m.value["value"]) for m in ex.by_type("quantity")}
    assert {m.value["country"] for m in ex.by_type("destination")} == {"cn"}


def test_a_bare_camp_name_after_at_but_not_a_town_after_in(gazetteer: Gazetteer, classifier: Classifier) -> None:
    ex = extract_text("The lashes made at Kaechon were sold by a broker in Sinuiju.", gazetteer=gazetteer,
                      classifier=classifier)
    assert [m.value["entity_id"] for m in ex.by_type("facility")] == ["evidence-kaechon-kyohwaso-1"]


def test_words_inside_a_company_name_are_not_goods_or_channels(gazetteer: Gazetteer,
                                                               classifier: Classifier) -> None:
    ex = extract_text("Dandong Jinhai Hair Products Co., Ltd. sold wigs. 조선신흥무역회사 라선지사가 주문을 받았다.",
                      gazetteer=gazetteer, classifier=classifier)
    assert [m.text for m in ex.by_type("organisation")] == ["Dandong Jinhai Hair Products Co., Ltd.",
                                                            "조선신흥무역회사 라선지사"]
    assert [m.value["category"] for m in ex.by_type("goods")] == ["wigs"]
    assert ex.by_type("channel") == []
