"""hs_v6's head-final compounds (compounds._product_after, option head_final): in a Chinese or Korean compound the
last product word is the good, the one before it a modifier."""

from __future__ import annotations

from chainlight.classify import Classifier


def _answer(text: str, version: str = "hs_v6") -> tuple[str | None, str]:
    got = Classifier(version=version).classify("t", text)
    return got.hs6, got.risk_category


def test_a_tool_before_a_garment_in_one_korean_word_names_its_construction() -> None:
    # 코바늘 "crochet hook" + 나시 "sleeveless top": a crocheted top, not a hook (hs_v5 answered the hook, 7319.90)
    assert _answer("보늬별코바늘나시★") == ("610910", "knitwear")
    assert _answer("보늬별코바늘나시★", "hs_v5")[0] == "731990"
    # a word the vocabulary reads as no product (니트) may stand between in a Korean word
    assert _answer("코바늘니트가디건")[1] == "knitwear"


def test_a_package_before_the_good_is_not_the_good() -> None:
    # 礼盒 "gift box" + 袜子 "socks" (titles_v7 v777c2dd62)
    assert _answer("圣诞礼盒袜子女韩国可爱棉线大红袜本命年袜韩版女士礼物袜") == ("611595", "knitwear")


def test_what_the_rule_leaves_alone() -> None:
    # two articles of apparel: one good named twice (a bralette is a brassiere, 62.12)
    assert _answer("文胸背心") == ("621210", "other")
    # words apart are apart: lash glue remover stays the remover the vocabulary names (38.14)
    assert _answer("속눈썹 글루 리무버") == ("381400", "other")
    # a yarn before a garment says its material: a cotton-thread sweater dress stays cotton (61.04.42)
    assert _answer("安奈儿童装女小童棉线毛衣长袖连衣裙2018秋冬装新款裙衣XG734783") == ("610442", "knitwear")
    # Chinese runs words together: only the very next word makes a compound (高领毛衣 ... 毛线上衣 is a sweater)
    assert _answer("Siti Selected新款红色宽松高领毛衣套头百搭通勤毛线上衣秋季女")[1] == "knitwear"


def test_a_piece_word_outranks_the_generic_false_hair() -> None:
    # 假发 "false hair" names all hair goods; 假发片 / 接发片 / 马尾 name a piece (titles_v11 v117ed3abc8)
    assert _answer("七街皇后 假发片长直发无痕接发隐形直发片假发女网红仿真接发片")[1] == "hair_pieces"
    assert _answer("七街皇后 假发片长直发无痕接发隐形直发片假发女网红仿真接发片", "hs_v5")[1] == "wigs"
    # a fringe named as a wig's style is no piece word: a wig with air bangs is a wig
    assert _answer("假发女长卷发大波浪网红可爱蓬松自然空气刘海梨花卷长发气质")[1] == "wigs"
