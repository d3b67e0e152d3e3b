"""hs_v1 on realistic listing titles and bill-of-lading descriptions in English, Chinese and Korean."""

from __future__ import annotations

import pytest

from chainlight.classify import HAIR_GOODS, Classifier


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(version="hs_v2")  # the hand vocabulary's rules; hs_v3 is tested in test_hs_v3*.py


@pytest.mark.parametrize(("text", "hs6", "category"), [
    # material decides the 6704 subheading
    ("3D Faux Mink False Eyelashes 25mm Dramatic", "670419", "false_eyelashes"),
    ("Silk Lashes Natural Look", "670419", "false_eyelashes"),
    ("Real Mink Lashes 100% Siberian Mink", "670490", "false_eyelashes"),
    ("Human hair false eyelashes handmade", "670420", "false_eyelashes"),
    ("Horse hair eyelashes", "670490", "false_eyelashes"),
    ("Human Hair Lace Front Wig 13x4 Body Wave", "670420", "wigs"),
    ("Synthetic wig heat resistant fiber", "670411", "wigs"),
    ("Half wig synthetic 3/4 clip on", "670419", "wigs"),
    ("Horsehair wig for judges", "670490", "wigs"),
    # short upper-case BoL lines and Chinese / Korean trade words
    ("FALSE EYELASHES", "670419", "false_eyelashes"),
    ("半成品假睫毛", "670419", "false_eyelashes"),
    ("人发发条", "670420", "hair_pieces"),
    ("人發發條", "670420", "hair_pieces"),
    ("가발", "670411", "wigs"),
    ("속눈썹", "670419", "false_eyelashes"),
    ("인모 가발 통가발 여성용", "670420", "wigs"),
    ("假睫毛 貂毛 手工 批發", "670490", "false_eyelashes"),
    ("化纤假发 高温丝 长卷发", "670411", "wigs"),
    ("Tape in hair extensions remy human hair", "670420", "hair_pieces"),
    ("Kanekalon braiding hair pre-stretched", "670419", "hair_pieces"),
    ("붙임머리 인모 20인치", "670420", "hair_pieces"),
    # raw and dressed hair
    ("RAW HUMAN HAIR", "050100", "human_hair"),
    ("人发原料", "050100", "human_hair"),
    ("REMY HUMAN HAIR BULK DOUBLE DRAWN", "670300", "human_hair"),
    # knitwear against woven garments, furs
    ("Women's cashmere sweater crew neck", "611012", "knitwear"),
    ("羊毛衫 男", "611011", "knitwear"),
    ("캐시미어 니트 스웨터", "611012", "knitwear"),
    ("COTTON T-SHIRTS", "610910", "knitwear"),
    ("Knitted dress women wool", "610441", "knitwear"),
    ("Knit beanie hat acrylic", "650500", "knitwear"),
    ("Wool socks hiking", "611594", "knitwear"),
    ("Men's cotton oxford shirt long sleeve", "620520", "other"),
    ("Woven cotton dress women summer", "620442", "other"),
    ("Mink coat women full length", "430310", "other"),
    ("貂皮大衣 女 长款", "430310", "other"),
    ("밍크코트 여성", "430310", "other"),
    ("Faux fur coat women teddy", "430400", "other"),
])
def test_goods(clf: Classifier, text: str, hs6: str, category: str) -> None:
    c = clf.classify("x", text)
    assert (c.hs6, c.risk_category) == (hs6, category), c.reasons
    assert c.hs4 == hs6[:4]
    assert c.hs_description
    assert 0.5 <= c.confidence <= 1.0


@pytest.mark.parametrize(("text", "hs6"), [
    ("Eyelash glue waterproof 5ml", "350610"),
    ("Wig glue for lace front wigs", "350610"),
    ("假发专用胶水", "350610"),
    ("속눈썹 글루 5ml", "350610"),
    ("Lash remover cream", "330499"),
    ("Mascara waterproof lengthening", "330420"),
    ("睫毛膏 防水 纤长", "330420"),
    ("Eyelash curler stainless steel", "821490"),
    ("Heated eyelash curler USB", "851632"),
    ("Lash tweezers stainless steel", "820320"),
    ("Wig cap nylon stocking cap", "650500"),
    ("假发网 发网", "650500"),
    ("Wig stand tripod mannequin head", "392690"),
    ("Wig shampoo for synthetic wigs", "330510"),
    ("가발용 샴푸", "330510"),
    ("Lash box empty custom logo paper", "481920"),
    ("Lash case plastic clear", "392310"),
    ("Doll wigs for 18 inch dolls", "950300"),
    ("娃娃假发 BJD", "950300"),
    ("Artificial flowers silk roses", "670290"),
    ("Artificial flowers plastic", "670210"),
    ("조화 꽃다발 장미", "670290"),
])
def test_hard_negatives_are_not_hair_goods(clf: Classifier, text: str, hs6: str) -> None:
    c = clf.classify("x", text)
    assert c.hs6 == hs6, c.reasons
    assert c.risk_category == "other"
    assert c.hs4 != "6704"


@pytest.mark.parametrize(("text", "category"), [
    ("Lashes with glue and tweezers", "false_eyelashes"),  # the gift after "with" is not the product
    ("假睫毛 送胶水", "false_eyelashes"),
    ("속눈썹 글루 증정 인조속눈썹", "false_eyelashes"),  # Korean: "X 증정" = X given free
    ("Self adhesive lashes no glue needed", "false_eyelashes"),
    ("Glue for lashes", "other"),
    ("Wig with free wig cap synthetic", "wigs"),
])
def test_main_clause_names_the_product(clf: Classifier, text: str, category: str) -> None:
    assert clf.classify("x", text).risk_category == category


@pytest.mark.parametrize("text", ["fresh boneless beef", "고양이 사료 2kg", "固态硬盘 1TB", "YKK zip closure 20cm", "",
                                  "钟表发条 弹簧 closure"])
def test_unsure_or_out_of_domain_is_unknown(clf: Classifier, text: str) -> None:
    c = clf.classify("x", text)
    if c.risk_category != "unknown":  # the clock spring is a known non-hair good
        assert c.risk_category == "other"
        return
    assert c.hs6 is None and c.hs_description is None and c.confidence < 0.5


def test_weak_term_needs_hair_context(clf: Classifier) -> None:
    assert clf.classify("a", "4x4 closure").risk_category == "unknown"
    assert clf.classify("b", "4x4 lace closure virgin hair").hs6 == "670420"
    assert clf.classify("c", "发条 高温丝").hs6 == "670419"


def test_declared_code_agreeing_settles_the_subheading(clf: Classifier) -> None:
    c = clf.classify("s1", "WIGS", declared_hs="6704.20.0000")
    assert (c.hs6, c.hs_mismatch, c.risk_category) == ("670420", False, "wigs")
    assert c.confidence >= 0.95


def test_declared_code_disagreeing_is_flagged(clf: Classifier) -> None:
    c = clf.classify("s2", "FALSE EYELASHES", declared_hs="3304.20")
    assert c.hs_mismatch is True
    assert c.hs6 == "670419"  # the text is the evidence; the mismatch is the signal
    assert any("disagrees" in r for r in c.reasons)


def test_declared_code_used_when_text_is_silent(clf: Classifier) -> None:
    c = clf.classify("s3", "GENERAL MERCHANDISE", declared_hs="670300")
    assert (c.hs6, c.risk_category) == ("670300", "human_hair")
    assert c.risk_category in HAIR_GOODS


def test_declared_code_validated_against_full_nomenclature() -> None:
    from chainlight.model.product import HsCode

    full = Classifier(hs_codes=[HsCode("670420", "Wigs...; of human hair", "6704", 6),
                                HsCode("6704", "Wigs", "67", 4)])
    c = full.classify("s4", "human hair wig", declared_hs="670499")
    assert any("not in HS 2022" in r for r in c.reasons)
    assert not c.hs_mismatch
    assert c.hs_description == "Wigs...; of human hair"


def test_classify_many_keeps_order(clf: Classifier) -> None:
    out = clf.classify_many([("1", "가발", None), ("2", "mascara", None), ("3", "羊绒衫", "611012")])
    assert [c.id for c in out] == ["1", "2", "3"]
    assert [c.risk_category for c in out] == ["wigs", "other", "knitwear"]


def test_distinct_texts_are_decided_alike_with_and_without_the_cache(clf: Classifier) -> None:
    # speed is measured in benchmarks/classify; here only that the cache never changes an answer
    texts = ["3D Faux Mink False Eyelashes 25mm", "人发发条", "Men's cotton oxford shirt", "가발용 샴푸",
             "REMY HUMAN HAIR BULK DOUBLE DRAWN", "Eyelash glue waterproof 5ml"]
    clf._decide.cache_clear()
    first = [clf.classify(str(i), t) for i, t in enumerate(texts)]
    again = [clf.classify(str(i), t) for i, t in enumerate(texts)]
    assert first == again
    assert [(c.hs6, c.risk_category) for c in first] == [
        ("670419", "false_eyelashes"), ("670420", "hair_pieces"), ("620520", "other"), ("330510", "other"),
        ("670300", "human_hair"), ("350610", "other")]
