"""chinese.locates_only: a place that only locates a firm, a person or the designating state is no destination
(round 21, after set 19's scoring, in-sample)."""

from __future__ import annotations

import pytest

from chainlight.extract.chinese import locates_only, simplified


def _at(sentence: str, place: str, nth: int = 0) -> bool:
    text = simplified(sentence)
    start = -1
    for _ in range(nth + 1):
        start = text.index(place, start + 1)
    return locates_only(text, start, start + len(place))


@pytest.mark.parametrize(("sentence", "place", "nth"), [
    ("丹東科華經貿有限公司、丹東祥和商貿有限公司", "丹东", 0),
    ("丹東科華、丹東祥和及丹東宏達,自2013年起合共輸出總值6億5千萬美元的貨品到北韓", "丹东", 2),
    ("孫嗣東和他經營的丹東東源實業,則輸出了超過2800萬美元的貨品到北韓", "丹东", 0),
    ("這三家中國公司和北韓的貿易總額已超過7億5000萬美元。", "中国", 0),
    ("美國今天對一個中國個人、包括4家中國貿易公司在內的13個實體以及20艘船隻實施制裁", "美国", 0),
    ("美國今天對一個中國個人、包括4家中國貿易公司在內的13個實體以及20艘船隻實施制裁", "中国", 1),
])
def test_a_place_that_only_locates_is_no_destination(sentence: str, place: str, nth: int) -> None:
    assert _at(sentence, place, nth)


@pytest.mark.parametrize(("sentence", "place"), [
    ("朝鲜工人到中国工作", "中国"),
    ("在中国公司工作的朝鲜工人", "中国"),
    ("出口到中国", "中国"),
    ("2023年疫後北韓恢復中國出口的大宗貿易", "中国"),
    ("美国对朝鲜出口的货物实施制裁后,货物运往中国", "美国"),
])
def test_a_place_goods_or_workers_go_to_stays(sentence: str, place: str) -> None:
    assert not _at(sentence, place)
