"""hs_v6, round 17: a Chinese gift box (礼盒) beside another good is how that good is put up (option
gift_box_contents, compounds._boxed_good); Korean 보풀제거기 is the powered fabric shaver (8509.80)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module")
def v6() -> Classifier:
    return Classifier(version="hs_v6")


def test_a_good_in_a_gift_box_is_the_good(v6: Classifier) -> None:
    # titles set 10 (labelled 0306.33): live mitten crabs sold in a gift box
    got = v6.classify("v105d96b420", "鲜活大闸蟹礼盒")
    assert (got.hs6, got.risk_category) == ("030633", "other")
    assert any("gift box" in r for r in got.reasons)


def test_a_boxed_set_of_baby_clothes_is_babywear(v6: Classifier) -> None:
    got = v6.classify("t", "南极人新生儿礼盒婴儿衣服套装春夏纯棉初生儿男女宝宝满月礼品婴儿用品")  # set 8, 6111.20
    assert (got.hs6, got.risk_category) == ("611120", "knitwear")


def test_a_gift_box_alone_or_a_packaging_box_stays_packaging(v6: Classifier) -> None:
    assert v6.classify("t", "礼盒").hs6 == "481920"
    assert v6.classify("t", "纸盒包装 礼盒").risk_category == "other"


def test_earlier_versions_keep_their_reading(v6: Classifier) -> None:
    assert Classifier(version="hs_v5").classify("t", "鲜活大闸蟹礼盒").hs6 == "481920"


def test_a_korean_pill_remover_device_is_the_powered_shaver(v6: Classifier) -> None:
    # titles set 1 (labelled 8509.80, CBP NY D88886 / N005931 on fabric shavers)
    assert v6.classify("rw82d98e07", "필립스 보풀제거기").hs6 == "850980"
    assert v6.classify("t", "Lint Remover Brush").hs6 == "960390"  # a brush stays 96.03
