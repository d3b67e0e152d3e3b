"""hs_v18 (options powered_goods, powered.py; device_case, device_case.py): hair curlers said heated or electric are
85.16's electro-thermic apparatus wherever the answer came from, and a case named with the device it holds is the
case.  Titles written for the test (English, Chinese, Korean), not taken from the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME


@pytest.fixture(scope="module")
def v18() -> Classifier:
    return Classifier(version="hs_v18")


@pytest.fixture(scope="module")
def v17() -> Classifier:
    return Classifier(version="hs_v17")


def test_hs_v18_stays_choosable_and_hs_v17_too() -> None:
    # hs_v19 (round 28) is the default since worked_fish; hs_v18 is frozen (test_frozen_versions.py)
    assert NAME == "hs_v19" and Classifier(version="hs_v18").version == "hs_v18"
    assert Classifier(version="hs_v17").version == "hs_v17"


@pytest.mark.parametrize("text", [
    "Eyelash Curler Heated Electric, USB Rechargeable",
    "迷你笔式电烫睫毛夹 折叠款",  # 电烫 "electric perm": electricity
    "便携式加热睫毛夹 美妆工具",  # 加热 "heating"
    "热蒸汽直发夹板 欧规插头 陶瓷",  # 热 "heat": the hair clip (发夹) word in a straightener's name
])
def test_a_curler_said_heated_or_electric_is_electro_thermic(v18: Classifier, text: str) -> None:
    got = v18.classify("t", text)
    assert (got.hs6, got.risk_category) == ("851632", "other")


@pytest.mark.parametrize(("text", "code"), [
    ("Eyelash Curler with Silicone Refill Pads", "961590"),
    ("睫毛夹 不锈钢 广角", "961590"),
    ("속눈썹 뷰러 부분 뷰러", "961590"),
    ("宽齿梳 防静电木梳", "961519"),  # static electricity powers nothing: a comb
    ("热卖发夹 韩版 抓夹", "961511"),  # 热卖 "sells well", no heat
])
def test_a_curler_or_comb_not_said_powered_stays_in_96_15(v18: Classifier, text: str, code: str) -> None:
    assert v18.classify("t", text).hs6 == code


@pytest.mark.parametrize("text", ["无热卷发棒 睡觉卷发神器", "免加热卷发棒 懒人卷发"])
def test_a_curling_wand_said_unheated_is_no_appliance(v18: Classifier, v17: Classifier, text: str) -> None:
    assert v17.classify("t", text).hs6 == "851632"  # hs_v17 read the wand (卷发棒) as the heated one
    assert v18.classify("t", text).hs6 == "961590"


def test_only_a_hair_line_of_85_16_said_unheated_leaves_it(v18: Classifier, v17: Classifier) -> None:
    # a heater whose housing stays cool (外壳不热) is no hair curler: whatever hs_v17 answered stands
    text = "电暖器 外壳不热 取暖器"
    assert v18.classify("t", text).hs6 == v17.classify("t", text).hs6
    assert (v18.classify("t", text).hs6 or "")[:4] != "9615"


@pytest.mark.parametrize(("text", "code"), [
    # earbuds' cases: containers of 42.02, "other" (moulded silicone)
    ("에어팟 프로 2 실리콘 케이스 키링", "420299"),
    ("에어팟프로 투명 하드 케이스", "420299"),
    ("Silicone Case for AirPods Pro 2", "420299"),
    ("蓝牙耳机保护套 硅胶", "420299"),
    # phones' cases: moulded plastic 39.26.90; an outer surface of leather 42.02.31
    ("iPhone 15 Pro 手机壳 硅胶 防摔", "392690"),
    ("아이폰 15 투명 케이스", "392690"),
    ("Phone Case for iPhone 15, Shockproof Silicone", "392690"),
    ("华为Mate60 真皮手机壳", "420231"),
    ("Leather Phone Case with Card Holder", "420231"),
])
def test_a_case_named_with_its_device_is_the_case(v18: Classifier, text: str, code: str) -> None:
    got = v18.classify("t", text)
    assert (got.hs6, got.risk_category) == (code, "other")


@pytest.mark.parametrize(("text", "heading"), [
    ("Wireless Earbuds with Charging Case", "8518"),  # the case comes with the earbuds: earphones
    ("무선 블루투스 이어폰 노이즈캔슬링", "8518"),
    ("핸드폰가방 크로스백 소가죽", "4202"),  # a bag for the phone (가방) is the bag, whatever follows
])
def test_a_device_or_a_bag_is_not_read_as_a_case(v18: Classifier, text: str, heading: str) -> None:
    assert (v18.classify("t", text).hs6 or "")[:4] == heading


def test_hs_v17_answered_the_korean_earbud_case_as_a_box_for_goods(v17: Classifier) -> None:
    # the change hs_v18 makes: 케이스 "case" read as 39.23's cases for the conveyance of goods
    assert v17.classify("t", "에어팟 프로 2 실리콘 케이스 키링").hs6 == "392310"
