"""A farm names the farming sector's goods as a mine names mining's (issue 15's convention: farming -> agricultural)."""

from __future__ import annotations

from chainlight.extract.goods import find_goods


def _categories(text: str) -> set[str]:
    return {g.value["category"] for g in find_goods(text, None)}


def test_a_farm_worked_by_the_workers_is_agricultural():
    assert "agricultural" in _categories("The North Koreans were sent to pick tomatoes on a farm near Sarnow.")
    assert "agricultural" in _categories("북한 노동자들은 건설현장과 농장에서도 일한 것으로 알려져왔다.")


def test_farms_that_grow_nothing_are_not():
    assert "agricultural" not in _categories("The IT workers ran a laptop farm in Arizona.")
    assert "agricultural" not in _categories("Taepyung Salt Farm's sea salt is held at the border.")
    assert "agricultural" not in _categories("They worked at a fish farm.")
