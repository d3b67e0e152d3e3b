"""Destinations and channels read in round 11 of issue 15: workers who move, go to work or are deployed somewhere;
goods sold in or bound for a country; a country's firms that order or commission work; production on commission,
forged origin and goods past customs said in other words.  Sentences written for the test in the words press reports
use (not quotes of the real-world sets)."""

from __future__ import annotations

from chainlight.extract import chinese
from chainlight.extract.placed import placed_workers
from chainlight.extract.places import find_channels, find_destinations


def countries(text: str) -> list[str]:
    if chinese.is_chinese(text):
        text = chinese.simplified(text)
        return sorted({h.value["country"] for h in chinese.find_destinations(text)})
    return sorted({h.value["country"] for h in find_destinations(text)})


def channels(text: str) -> list[str]:
    return sorted({h.value["channel"] for h in find_channels(text)})


def test_english_workers_going_to_or_working_in_a_country() -> None:
    assert countries("Since spring, men from North Korea's border towns have been leaving to work in Russia as builders.") == ["ru"]
    assert countries("Teams of 20 women have been departing for China as dispatched workers since March.") == ["cn"]
    assert countries("Hundreds of new laborers were deployed to Chinese seafood factories last year.") == ["cn"]
    assert countries("China mainly accepts female workers for its garment plants.") == ["cn"]
    # no worker and no North Korea: a trip is no placement
    assert countries("The delegation is leaving for Japan on Monday.") == []


def test_english_goods_sold_in_or_exported_to_named_countries() -> None:
    assert countries("The crab came in from North Korea and is mostly sold in Japan.") == ["jp"]
    assert countries("The garments are also exported to countries that restrict such goods, including Canada and "
                     "Germany.") == ["ca", "de"]


def test_women_from_north_korea_working_abroad_are_exported_labour() -> None:
    text = "Women from North Korea have been going to work in China as laborers."
    rules = [h.rule for h in find_destinations(text)]
    assert [text[h.start:h.end] for h in placed_workers(text, rules)] == ["Women from North Korea"]


def test_korean_goods_bound_for_brought_into_or_bought_by_a_country() -> None:
    assert countries("공장 노동자들이 일본으로 갈 수산물 상자를 싣고 있다.") == ["jp"]
    assert countries("북한산 조개를 (중국에) 들여오려면 밀수에 기대야 한다.") == ["cn"]
    assert countries("러시아 목재 수입 업자들이 나선을 찾고 있다.") == ["ru"]


def test_korean_place_named_after_the_north_korean_workers_it_employs() -> None:
    assert countries("북한 여성 노동자 대거 고용한 中 훈춘, 수산물 가공 늘어") == ["cn"]


def test_chinese_workers_or_a_base_moved_between_countries() -> None:
    assert countries("这批人去年将据点从泰国移至柬埔寨。") == ["kh", "th"]
    assert countries("朝鲜工人的外派目的地已经从中国转为俄罗斯。") == ["cn", "ru"]
    assert countries("朝鲜技术人员去年搬到俄罗斯海参崴活动。") == ["ru"]
    assert countries("朝鲜技术人员以老挝作据点。") == ["la"]


def test_chinese_orders_pay_and_commissions() -> None:
    assert countries("他们正接洽越南企业的订单,也受理来自泰国的订单。") == ["th", "vn"]
    assert countries("但在中国的平均月薪只有约300美元。") == ["cn"]
    assert countries("在丹东的水产业者中,有人向朝鲜委托加工贝类。") == ["cn"]
    assert countries("在渔期,中国的内需被朝鲜产品填补。") == ["cn"]


def test_chinese_a_quarter_named_after_a_country_is_no_country() -> None:
    assert countries("朝鲜派遣IT人员到北京的韩国城工作。") == ["cn"]


def test_channels_said_in_other_words() -> None:
    assert channels("업체들이 유명 브랜드 제품을 위탁 생산하고 있다.") == ["contract_processing"]
    assert channels("丹东的水产业者向朝鲜委托养殖和加工。") == ["contract_processing"]
    assert "relabelling" in channels("수출품의 원산지증명서를 러시아산으로 조작하는 수법이 쓰인다.")
    assert channels("화물을 하역한 뒤 통관절차를 거치지 않고 다시 실어 보낸다.") == ["smuggling"]
    # labels that say the goods are North Korea's are the opposite of relabelling
    assert "relabelling" not in channels("服装产品被要求贴上朝鲜生产标志。")


def test_cities_by_their_hangul_and_chinese_names_from_the_geonames_table() -> None:
    # (data/city_names.csv: GeoNames' names of cities no hand-written line holds)
    assert countries("그단스크의 한 조선소에서 북한 노동자들이 일하고 있다.") == ["pl"]
    assert countries("朝鲜工人在格丁尼亚的造船厂工作。") == ["pl"]


def test_sanctions_evaded_joint_ventures_by_kind_and_labels_further_off() -> None:
    assert channels("북한은 대북제재를 피해 석탄을 베트남으로 수출해왔다.") == ["smuggling"]
    assert channels("The firms have been evading UN sanctions to export iron ore to Vietnam.") == ["smuggling"]
    assert channels("북한은 제재 위반 의혹을 부인했다.") == []
    assert channels("북한과 러시아의 합작 수산회사가 공장을 운영한다.") == ["joint_venture"]
    assert channels("工厂被要求在产品上贴上“中国制造”的英文和中文标签。") == ["relabelling"]


def test_countries_whose_firms_receive_the_goods_named_with_who() -> None:
    assert countries("The vessels belong to firms in Vietnam, Laos, and Russia, who often receive North Korea's "
                     "coal.") == ["la", "ru", "vn"]
