"""Round 20, after set 18's scoring: Chinese restaurant staff as exported labour, camps named by number or place,
people held or living in a camp counted (traditional characters read through the simplified form)."""

from __future__ import annotations

import pytest

from chainlight.extract import chinese
from chainlight.extract.frames import LABOUR_RULE, labour_frames


@pytest.mark.parametrize("text", [
    "據相關人士透露,朝鮮籍的女服務員好像全部回國了。",  # going home: still the staff of a restaurant abroad
    "朝鮮女服務員的大部分工資要上交國家",  # no verb of moving
    "在中国有100多家朝鲜餐厅,提供朝鲜料理,服务员以歌舞招揽客人。",  # staff of a North Korean restaurant
    "预计非法滞留马来西亚的朝鲜矿山工人将被驱逐出境。",  # staying abroad
])
def test_restaurant_staff_and_staying_abroad_are_labour_export(text: str) -> None:
    hits = labour_frames(chinese.simplified(text), "zh")
    assert [h.rule for h in hits] == [LABOUR_RULE]


def test_staff_at_home_are_not_exported() -> None:
    assert labour_frames(chinese.simplified("朝鲜国内餐厅的女服务员工资很低"), "zh") == []


def test_camps_named_by_number_or_place() -> None:
    text = chinese.simplified("從事採礦的政治犯監獄及勞改集中營,包含14號與18號集中營、价川第一再教育營、得將勞動者區")
    names = [(text[h.start:h.end], h.value["name"]) for h in chinese.find_names(text) if h.rule == "facility:zh_camp"]
    assert sorted(n for _, n in names) == ["14号集中营", "18号集中营", "价川第一再教育营", "得将劳动者区"]
    assert ("14号", "14号集中营") in names  # the number's span, named with the head it shares


@pytest.mark.parametrize(("text", "expected"), [
    ("北韩在矿场设置多个政治监狱集中营", []),  # named by what it is
    ("凤仓里庞大的集中营网络", []),
    ("他在第15号管理所", ["第15号管理所"]),  # the clause before the number is no place
])
def test_a_camp_named_by_what_it_is_or_a_clause_is_no_name(text: str, expected: list[str]) -> None:
    names = [h.value["name"] for h in chinese.find_names(chinese.simplified(text)) if h.rule == "facility:zh_camp"]
    assert names == expected


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("聯合國估計,鳳倉里龐大的集中營網絡裡關押至少20萬人", "inmates", 200000),
    ("一位曾在勞動區行政辦公室工作的目擊者指證,得將約有10萬人居住", "people", 100000),
])
def test_people_held_or_living_in_a_camp(text: str, kind: str, value: int) -> None:
    hits = chinese.find_quantities(chinese.simplified(text))
    assert [(h.value["kind"], h.value["value"]) for h in hits] == [(kind, value)]
