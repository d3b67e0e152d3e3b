"""hs_v2 and hs_v3: goods beyond the hair trade that listings and reports name, and accessories that are not
the goods they serve (issue 15)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier


@pytest.fixture(scope="module", params=["hs_v2", "hs_v3"])
def clf(request: pytest.FixtureRequest) -> Classifier:
    return Classifier(version=request.param)


@pytest.mark.parametrize(("text", "hs6", "category"), [
    # accessories: not the lashes, sweaters or nails they serve
    ("Eyelash extension pillow memory foam", "940490", "other"),
    ("睫毛嫁接枕头", "940490", "other"),
    ("Electric sweater shaver rechargeable", "850980", "other"),
    ("Wooden lint remover brush", "960390", "other"),
    ("毛衣起球修剪器 充电式", "850980", "other"),
    ("보풀제거기 충전식", "850980", "other"),
    ("Press on nails coffin 24pcs", "392690", "other"),
    ("穿戴甲 短款", "392690", "other"),
    ("Bamboo knitting needles set", "441700", "other"),
    ("Stainless steel circular knitting needles", "731990", "other"),
    ("대바늘 세트", "731990", "other"),
    ("Nose trimmer battery operated", "851010", "other"),
    # babies' garments go to heading 6111 first (chapter 61 note 5)
    ("Organic cotton baby rompers 3-pack", "611120", "knitwear"),
    ("Infant's T-shirt of 100% cotton jersey", "611120", "knitwear"),
    ("婴儿连体衣 纯棉", "611120", "knitwear"),
    ("신생아 바디슈트 면100", "611120", "knitwear"),
    # yarn and raw wool
    ("Hand knitting yarn 100% wool 50g", "510910", "other"),
    ("Acrylic yarn skein for crochet", "551110", "other"),
    ("羊毛线 手工编织", "510910", "other"),
    ("Raw wool greasy shorn", "510111", "other"),
    ("Merino wool tops for spinning", "510529", "other"),
    # toys, seafood
    ("Plush stuffed animal teddy bear", "950300", "other"),
    ("Handheld game console retro", "950450", "other"),
    ("Frozen salmon fillets skinless", "030481", "other"),
    ("Cooked frozen salmon fillets", "160411", "other"),
    ("냉동 오징어 1kg", "030743", "other"),
])
def test_wider_goods(clf: Classifier, text: str, hs6: str, category: str) -> None:
    c = clf.classify("x", text)
    assert (c.hs6, c.risk_category) == (hs6, category), c.reasons
    assert c.classifier == clf.version


@pytest.mark.parametrize(("text", "category"), [
    ("Human hair lace front wig with baby hair", "wigs"),  # "baby hair" is part of a wig, not a baby
    ("Knit beanie hat acrylic", "knitwear"),
    ("Lash glue for eyelash extensions", "other"),
    ("假发女长卷发大波浪网红", "wigs"),  # 网红 ("influencer") is not a hair-net (发网)
    ("手工编织毛线帽", "knitwear"),  # a knitted hat, not yarn
])
def test_risk_categories_keep_their_precision(clf: Classifier, text: str, category: str) -> None:
    assert clf.classify("x", text).risk_category == category
