"""Classes found on the eighth real-world set's dev half (issue 15): coal carried against the ban (ship-to-ship and
ship-to-barge transfers, cargo reloaded at a third country's port), where it lands, China as 我国, production moved
to North Korea, a space before 万 in a copied figure, host countries of firms and of workers received, and ranges of
dates closed by 같은 달.  Sentences written for the test in the words press reports use, or quoted from the dev half."""

from __future__ import annotations

from chainlight.extract import chinese
from tests.extract.readings import channels


def zh_figures(text: str) -> set[str]:
    return {f"{h.value['kind']}={h.value['value']}" for h in chinese.find_quantities(chinese.simplified(text))}


def zh_places(text: str) -> set[str]:
    return {h.value["country"] for h in chinese.find_destinations(chinese.simplified(text))}


def zh_channels(text: str) -> set[str]:
    return channels(chinese.simplified(text))


# ----------------------------------------------------------------------------------------------- Chinese
def test_chinese_figure_with_a_space_before_its_scale() -> None:
    assert zh_figures("朝鲜去年靠出口煤炭赚进约2亿5000 万美元") == {"money=250000000"}
    # a scale alone counts nothing
    assert zh_figures("制裁使朝鲜每年损失数以万美元计的收入") == set()


def test_chinese_cargo_landed_or_handed_over_goes_there() -> None:
    assert zh_places("部分朝鲜煤炭今年3月运抵韩国和日本") == {"kr", "jp"}
    assert zh_places("朝鲜煤炭先从朝鲜货船转交到中国驳船") == {"cn"}
    assert zh_places("这批煤炭随后送到越南") == {"vn"}
    # a place named by what it is near
    assert zh_places("煤炭直接运到靠近天津的港口") == {"cn"}
    # a Russian coal port known by its own name
    assert zh_places("该船把朝鲜煤炭运往霍尔姆斯克") == {"ru"}


def test_chinese_transit_hub_is_a_destination() -> None:
    assert zh_places("俄罗斯的瓦尼诺港已成为朝鲜煤炭的中转站") == {"ru"}
    # a port that is no hub of the trade says nothing
    assert zh_places("俄罗斯的瓦尼诺港冬季结冰") == set()


def test_chinese_our_country_in_a_mainland_text_is_china() -> None:
    assert zh_places("今年前五个月我国从朝鲜进口假发1200吨") == {"cn"}
    assert zh_places("我國對朝鮮進口3.5億元,同比增長40%") == {"cn"}
    # 北韩 is how Taiwan and Hong Kong write it: "our country" is not China there
    assert zh_places("我国从北韩进口的商品不多") == set()


def test_chinese_ship_to_ship_and_transshipment_are_smuggling() -> None:
    assert zh_channels("朝鲜煤炭大多从朝鲜船只转交到中国驳船") == {"smuggling"}
    assert zh_channels("他们把煤炭运到公海上,再让驳船接货") == {"smuggling"}
    assert zh_channels("货船在纳霍德卡卸货后重新装上另一艘船,运往日本") == {"smuggling"}
    assert zh_channels("朝鲜把煤炭运到俄罗斯,然后再卖给韩国买家") == {"smuggling"}
    # a ferry's passengers transferred to a bus are no cargo
    assert zh_channels("乘客下船后转乘大巴前往市区") == set()


def test_chinese_production_moved_to_north_korea_is_contract_processing() -> None:
    assert zh_channels("假睫毛的手工环节已转移到朝鲜") == {"contract_processing"}
    assert zh_channels("这些头发经过朝鲜的加工,做成假发") == {"contract_processing"}
    # processing at home only
    assert zh_channels("这些头发经过国内的加工,做成假发") == set()
