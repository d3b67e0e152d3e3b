"""Classes found on the fifth real-world set's dev half (issue 15): Korean 노동력을 수출 (labour sold abroad, the
object marked), 해삼 (sea cucumber) as seafood, English "N new workers".  Sentences written for the test in the
words press reports use, not the set's quotes."""

from __future__ import annotations

from chainlight.extract.goods import find_goods
from chainlight.extract.places import find_channels
from chainlight.extract.quantities import find_quantities


def test_korean_labour_sold_abroad_with_object_marker() -> None:
    assert "labour_export" in {h.value["channel"] for h in find_channels("북한이 중동에 인력을 수출해 외화를 번다")}
    assert "labour_export" in {h.value["channel"] for h in find_channels("노동력를 수출하는 방식")}
    assert not {h.value["channel"] for h in find_channels("북한이 석탄을 수출했다")}


def test_sea_cucumber_is_seafood() -> None:
    assert {g.value["category"] for g in find_goods("단둥 시장에서 북한산 해삼이 팔린다")} == {"seafood"}


def test_new_workers_are_counted() -> None:
    hits = find_quantities("Last year more than 3,000 new North Korean workers arrived in the region.")
    assert {(h.value["kind"], h.value["value"]) for h in hits} == {("workers", 3000)}


def test_korean_goods_words_from_seen_held_out_halves() -> None:
    def cats(text: str) -> set[str]:
        return {g.value["category"] for g in find_goods(text)}
    assert cats("북한 여성들이 단둥의 봉제공장에서 일한다") == {"apparel"}
    assert "human_hair" in cats("중국산 인모 가발이 수출됐다")
    assert cats("북한산 채소와 과일을 들여왔다") == {"agricultural"}
    assert not cats("인모드 시술 기기")
