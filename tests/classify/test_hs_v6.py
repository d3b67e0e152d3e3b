"""hs_v6 (the default): hs_v5 with the layer hs_v6/vocabulary.yaml; hs_v5 keeps its released answers
(test_frozen_versions.py).  Titles written for these tests in the style of seafood traders' and marketplace listings;
each rule reads the nomenclature's own texts (the headings, items and notes named)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME
from chainlight.classify.species import dictionary_taxa, species_code
from tests.classify.conftest import code


@pytest.fixture(scope="module")
def v5() -> Classifier:
    return Classifier(version="hs_v5")


@pytest.fixture(scope="module")
def v6() -> Classifier:
    return Classifier(version="hs_v6")


def test_hs_v6_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # hs_v13 is the default since round 24 (hs_v6 frozen: test_frozen_versions.py)
    monkeypatch.setenv("CHAINLIGHT_CLASSIFIER", "hs_v6")
    assert NAME == "hs_v19"
    assert Classifier().classify("t", "wool cardigan").classifier == "hs_v6"


def test_chinese_fish_names_read_by_their_dictionary_scientific_names() -> None:
    assert "cololabis" in dictionary_taxa("冷冻秋刀鱼 整条 10kg")  # CC-CEDICT: Pacific saury (Cololabis saira)
    assert "trichiuridae" in dictionary_taxa("冻带鱼段")  # hairtail (family Trichiuridae)
    assert dictionary_taxa("冻虾仁") == frozenset()  # no fish-radical word with a scientific name


@pytest.mark.parametrize(("title", "want"), [
    ("Frozen whole round capelin IQF 10kg/ctn", "030359"),  # item 0303.5 names capelin, no subheading of its own
    ("冷冻秋刀鱼 整条 船冻 10kg/箱", "030359"),  # Cololabis: item 0303.5
    ("冻鲅鱼 Frozen Spanish mackerel whole round", "030359"),  # Scomberomorus (seerfishes), not Scomber (0303.54)
    ("冻带鱼 whole frozen ribbonfish", "030389"),  # Trichiuridae: named in no line, other fish
    ("Frozen horse mackerel whole round 300-400g", "030355"),
    ("frozen mackerel Scomber japonicus whole round", "030354"),
    ("Frozen albacore tuna whole, -60C", "030341"),
])
def test_a_frozen_fish_goes_to_the_line_of_its_species(v6: Classifier, title: str, want: str) -> None:
    assert code(v6, title)[0] == want


def test_chilled_fish_keep_their_heading() -> None:
    assert species_code("fresh chilled Pacific saury on ice", "0302") == ("030249", "'pacific saury'")


def test_a_fish_named_with_fillets_or_offal_is_not_moved_to_the_whole_fish(v6: Classifier) -> None:
    assert code(v6, "Frozen capelin roe, masago")[0] != "030359"
    assert code(v6, "Frozen Pacific saury fillets")[0][:4] != "0303"


@pytest.mark.parametrize(("title", "want"), [
    ("纯羊毛被 200x230cm 冬季加厚", ("940440", "other")),  # a wool quilt, not greasy wool (51.01)
    ("“某品牌”羊绒弹力女衫 均码", ("611012", "knitwear")),  # a women's cashmere garment, not 51.02 fibre
])
def test_an_article_of_wool_or_cashmere_is_the_article(v5: Classifier, v6: Classifier, title: str,
                                                       want: tuple[str, str]) -> None:
    assert code(v6, title) == want
    assert code(v5, title)[0][:2] == "51"  # hs_v5 read the fibre


@pytest.mark.parametrize("title", ["Scoured cashmere from Mongolia, dehaired",
                                   "澳洲羊毛 洗净毛 66支", "Scoured bedding wool, carded"])
def test_raw_fibre_with_its_stage_stays_fibre(v6: Classifier, title: str) -> None:
    assert code(v6, title)[0][:2] == "51"


@pytest.mark.parametrize(("title", "want"), [
    ("Raw human hair, unprocessed, loose", "050100"),  # hair named, no article: 05.01
    ("收购人发 女孩剪下的长头发", "050100"),  # the phrase's head is 头发: the hair itself
    ("人发(做假发的原材料) 50kg", "050100"),  # the wig is what the raw material is for
    ("Bleached and dyed human hair, 20 inch, 1 kg", "670300"),  # a working 67.03 names
    ("回收长发,未染未烫,按斤收", "050100"),  # 长发 "long hair" ends a run; a working said not done is none
    ("20英寸的黑色直发", "050100"),  # a run ending in 发 of a stated length
    ("Hair, raw and unwashed, sold by weight", "050100"),  # 05.01's own words
])
def test_human_hair_that_is_no_article_is_hair(v6: Classifier, title: str, want: str) -> None:
    got = v6.classify("t", title)
    assert (got.hs6, got.risk_category) == (want, "human_hair"), got.reasons


@pytest.mark.parametrize("title", [
    "Mannequin training head with 100% human hair, table clamp",  # hair after "with" is a part of the good
    "人发制品 半成品 200顶",  # articles of hair (制品), not hair
    "Professional Hair Cutting System with vacuum attachment",  # "cut" alone: a machine that cuts hair
    "卷发",  # "curl hair", not hair
])
def test_hair_as_part_or_articles_is_not_raw_hair(v6: Classifier, title: str) -> None:
    assert v6.classify("t", title).hs6 != "050100"


@pytest.mark.parametrize(("title", "want"), [
    ("宝宝纯棉毛线 中粗 50克", "5207"),  # 毛线 "wool thread" is any knitting yarn: the fibre said before it decides
    ("腈纶毛线 围巾线", "5511"),  # acrylic (synthetic staple) yarn
    ("羊毛线 纯色 100克", "5109"),  # nothing else said: the product word's own wool
])
def test_a_material_said_before_the_yarn_word_outranks_what_the_word_implies(v6: Classifier, title: str,
                                                                             want: str) -> None:
    assert (v6.classify("t", title).hs6 or "")[:4] == want


def test_a_class_name_material_does_not_override_the_product(v6: Classifier) -> None:
    assert v6.classify("t", "羊毛制品(羊绒衫)").hs6 == "611012"  # 羊毛 qualifies 制品, the sweater is cashmere


@pytest.mark.parametrize("title", ["假发专用梳 宽齿", "假发专用洗护套装 3件"])
def test_a_good_named_only_by_what_it_serves_is_not_that_good(v6: Classifier, title: str) -> None:
    # no product word of its own: the nomenclature reads the text less the wig it is for (专用), not 67.04
    assert v6.classify("t", title).risk_category == "other"


@pytest.mark.parametrize(("title", "want"), [
    ("꽁래쉬 노글루 속눈썹 05 슈가", "false_eyelashes"),  # 노글루 "no glue": lashes that need none, not glue
    ("no glue magnetic lashes 3 pairs", "false_eyelashes"),
    ("免胶假睫毛 自然款", "false_eyelashes"),
])
def test_a_product_said_absent_is_not_the_good(v6: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).risk_category == want


def test_a_korean_product_word_inside_a_name_is_not_the_good(v6: Classifier, v5: Classifier) -> None:
    # 아가방 (a babywear brand) is 아/IC + 가방 to the analyser: no compound noun starts with an interjection
    got = v6.classify("t", "아가방 아기 우주복")
    assert (got.hs6 or "")[:4] == "6111" and got.risk_category == "knitwear"
    assert v5.classify("t", "아가방 아기 우주복").hs6 == "420222"  # hs_v5 keeps its released answer
    assert v6.classify("t", "여성가방 숄더백").hs6 == "420222"  # 여성 is a noun: a women's bag stays a bag


@pytest.mark.parametrize(("title", "category", "heading"), [
    ("接发钳 微环安装工具", "other", "8203"),  # 钳 pliers (heading 82.03): the pliers, not the extensions
    ("假发头模 展示收纳", "other", None),  # 头 head + 模 model: a head model for wigs, no wig
    ("假睫毛镊子", "other", "8203"),
])
def test_a_chinese_product_word_before_a_tool_noun_is_what_the_tool_serves(v6: Classifier, title: str,
                                                                           category: str, heading: str | None) -> None:
    got = v6.classify("t", title)
    assert got.risk_category == category
    assert heading is None or (got.hs6 or "")[:4] == heading


@pytest.mark.parametrize("title", ["假发片 女 长直发", "接发片 真人发", "假发女 短发"])
def test_a_word_after_a_hair_good_that_names_no_tool_leaves_the_good(v6: Classifier, title: str) -> None:
    assert v6.classify("t", title).risk_category in ("wigs", "hair_pieces")


@pytest.mark.parametrize("title", ["Fresh frozen farmed shrimp, raw, peeled, 21/25 count",
                                   "冷冻虾仁 生鲜 急冻锁鲜 500g"])
def test_frozen_said_outranks_fresh_praised(v6: Classifier, title: str) -> None:
    assert v6.classify("t", title).hs6 in ("030617", "030616")  # frozen shrimps, not 03.06.3x live/fresh/chilled


@pytest.mark.parametrize("title", ["自然黑直发蕾丝前额 18英寸", "레이스 프론트 헤어피스 인모"])
def test_the_trades_frontal_is_a_hair_piece_in_chinese_and_korean(v6: Classifier, title: str) -> None:
    got = v6.classify("t", title)
    assert got.risk_category == "hair_pieces" and (got.hs6 or "")[:4] == "6704"


def test_a_weak_frontal_needs_a_hair_word(v6: Classifier) -> None:
    assert v6.classify("t", "자동차 프론트 범퍼").risk_category != "hair_pieces"


@pytest.mark.parametrize(("title", "want"), [
    ("Sensational Synthetic Half Wig Bianca", "hair_pieces"),  # a half wig covers part of the head: a piece
    ("Remy Human Hair 3/4 Wig Clip On", "hair_pieces"),
])
def test_a_half_wig_is_a_hair_piece(v6: Classifier, v5: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).risk_category == want
    assert v5.classify("t", title).risk_category == "wigs"  # hs_v5 keeps its released answer


@pytest.mark.parametrize(("title", "want"), [
    ("Lash Extension Remover Gel 15ml", "381400"),  # a solvent for the lash adhesive (38.14)
    ("Wig Glue Remover Spray", "381400"),
    ("Waterproof Makeup Remover Wipes", "330499"),  # make-up remover: 33.04
])
def test_adhesive_removers_are_solvents_and_makeup_removers_cosmetics(v6: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).hs6 == want


def test_superwash_yarn_is_wool(v6: Classifier) -> None:
    assert (v6.classify("t", "Superwash Sport Yarn 100g skein").hs6 or "")[:4] == "5109"


@pytest.mark.parametrize(("title", "want", "category"), [
    ("Satin Bonnet for Sleeping Curly Hair", "650500", "other"),  # headgear of textile fabric, not knitted
    ("真丝睡帽 女 护发", "650500", "other"),
    ("실크 수면캡 헤어 보호", "650500", "other"),
])
def test_sleep_caps_and_bonnets_are_headgear(v6: Classifier, title: str, want: str, category: str) -> None:
    got = v6.classify("t", title)
    assert (got.hs6, got.risk_category) == (want, category)


def test_long_johns_are_underpants(v6: Classifier) -> None:
    got = v6.classify("t", "男士纯棉秋裤 薄款 保暖")
    assert got.hs6 == "610711" and got.risk_category == "knitwear"  # knitted men's underpants of cotton


@pytest.mark.parametrize(("title", "want"), [
    ("인모 탑커버 정수리 숱보강", "hair_pieces"),
    ("여성 보조가발 자연스러운", "hair_pieces"),
    ("全蕾丝真人发长直发 24英寸", "wigs"),
    ("波波头短发 女 自然黑", "wigs"),
])
def test_toppers_and_wig_cuts_in_korean_and_chinese(v6: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).risk_category == want


@pytest.mark.parametrize(("title", "want"), [
    ("Lashes Pro Gel Remover 15g", "381400"),  # a bare remover in a lash title removes the lash adhesive
    ("Wig Remover Spray 118ml", "381400"),
    ("Makeup Remover for Lashes and Eyes", "330499"),  # make-up remover: 33.04
    ("Gentle Remover Pads", "330499"),  # no bonded good named: as before
])
def test_a_remover_in_a_title_of_bonded_goods_removes_the_adhesive(v6: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).hs6 == want


@pytest.mark.parametrize(("title", "category"), [
    ("Invisible Hair Net 12pcs", "knitwear"),  # a net of knitted mesh: knitted headgear of 65.05
    ("隐形发网 弹力", "knitwear"),
    ("Stocking Wig Cap Nude 2pcs", "knitwear"),
    ("Silk Wig Cap Breathable", "other"),  # a woven silk cap stays `other`
])
def test_hair_nets_and_stretch_caps_are_knitted_headgear(v6: Classifier, title: str, category: str) -> None:
    got = v6.classify("t", title)
    assert (got.hs6, got.risk_category) == ("650500", category)


def test_bamboo_fibre_in_korean_is_viscose(v6: Classifier) -> None:
    assert v6.classify("t", "프리미엄 대나무 섬유 아기 우주복").hs6 == "611190"  # babies' garment, other textiles


@pytest.mark.parametrize(("title", "want"), [
    ("울트라 소프트 니트 가디건", "611030"),  # 울트라 "ultra": no wool named
    ("울 니트 가디건", "611011"),  # 울 a word of its own: wool
])
def test_a_one_syllable_korean_material_heads_no_longer_word(v6: Classifier, title: str, want: str) -> None:
    assert v6.classify("t", title).hs6 == want


def test_a_cooked_fillet_is_fish_in_pieces_not_minced() -> None:
    # 16.04: 1604.11-.19 fish "whole or in pieces (but not minced)", 1604.20 "minced or in forms n.e.c."
    from chainlight.classify import Classifier

    clf = Classifier(version="hs_v6")
    assert clf.classify("t", "Roasted Fish Fillet").hs6 == "160419"
    assert clf.classify("t", "香烤鱼片 125克").hs6 == "160419"
    assert clf.classify("t", "Cooked minced fish fillets").hs6 == "160420"
    assert Classifier(version="hs_v5").classify("t", "Roasted Fish Fillet").hs6 == "160420"


def test_hair_preparations_by_their_cosmetic_form() -> None:
    from chainlight.classify import Classifier

    clf = Classifier(version="hs_v6")
    for title in ("미쟝센 퍼펙트 오리지널 헤어 세럼, 80ml, 1개", "WishCare Hair Growth Serum", "케라시스 앰플 헤어팩"):
        got = clf.classify("t", title)
        assert (got.hs6, got.risk_category) == ("330590", "other"), title
    # a serum with no hair word is no hair preparation; a lash serum stays the lash serum (33.04)
    assert clf.classify("t", "Vitamin C Face Serum").hs6 != "330590"
    assert clf.classify("t", "Eyelash Serum").hs6[:4] == "3304"


def test_dried_crustaceans_take_the_line_neither_frozen_nor_fresh() -> None:
    # 0306.95: shrimps and prawns neither frozen nor live/fresh/chilled (dried, salted, smoked); 虾皮 says it in its own
    # CC-CEDICT sense ("small dried shrimp"), "dried shrimp" and 마른 새우 with the vocabulary's dried cue
    from chainlight.classify import Classifier
    from chainlight.classify.nomenclature import cedict_available

    clf = Classifier(version="hs_v6")
    assert clf.classify("t", "dried shrimp").hs6 == "030695"
    assert clf.classify("t", "마른 새우").hs6 == "030695"
    assert clf.classify("t", "冻虾仁 500g").hs6 == "030617"
    if cedict_available():
        assert clf.classify("t", "虾皮").hs6 == "030695"
