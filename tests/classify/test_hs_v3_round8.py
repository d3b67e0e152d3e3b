"""hs_v3's eighth-round mechanisms (issue 15; classes found on the seen sets 1-6, both halves).  Each test names the
rule; the first title of a test is a seen title that showed the class, the others are made up for the rule (and the
negatives keep it from reaching too far)."""

from __future__ import annotations

from chainlight.classify import Classifier, nomenclature
from chainlight.classify.nomenclature import Match
from chainlight.classify.notes import residual_part
from tests.classify.conftest import code


# --- the English glossary serves the dictionaries' readings of Chinese and Korean -----------------------------------
def test_readings_of_chinese_go_through_the_english_glossary() -> None:
    # 鸡 reads "fowl; chicken": the glossary's words for chicken are the nomenclature's
    assert "gallus" in nomenclature.glossed_readings(("frozen", "fowl", "chicken"))
    # a reading the glossary does not know is left as it is
    assert nomenclature.glossed_readings(("frozen", "tofu")) == ("frozen", "tofu")
    # only keys written as their stem meet a reading: "boards" (sawn wood) is not the board of 菜板
    assert "sawn" not in nomenclature.glossed_readings(("chop", "board"))


def test_meat_is_read_as_the_nomenclature_names_the_animal(v3: Classifier) -> None:
    assert code(v3, "冻鸡爪") == ("020714", "other")
    assert code(v3, "冻鸭肾") == ("020745", "other")
    assert code(v3, "frozen chicken wings")[0] == "020714"
    assert code(v3, "frozen whole chicken")[0] == "020712"
    assert code(v3, "냉동 닭발")[0] == "020714"
    assert (code(v3, "돼지고기 삼겹살")[0] or "").startswith("0203")
    assert (code(v3, "冷冻牛肉")[0] or "").startswith("0202")
    # a chicken-shaped toy is a toy
    assert code(v3, "스피커, LED, 모터를 갖춘 플라스틱 닭 모양의 완구")[0] == "950300"
    assert code(v3, "chicken shaped plush toy")[0] == "950300"


def test_cooked_meat_is_a_chapter_16_preparation(v3: Classifier) -> None:
    assert code(v3, "cooked chicken breast")[0] == "160232"
    assert (code(v3, "삶은 족발")[0] or "").startswith("1602")
    # smoked meat stays in chapter 2 (heading 02.10)
    assert (code(v3, "smoked pork belly")[0] or "").startswith("0210")


# --- a part the text does not name: the "(other than ...)" twin -----------------------------------------------------
def test_a_line_naming_a_part_yields_to_its_other_than_twin() -> None:
    words = {"frozen": 1.0, "swine": 1.0, "offal": 1.0, "edible": 1.0}
    livers = Match("020641", 20.0, 2.0, ("frozen",))
    assert residual_part(livers, words).code == "020649"
    # the text names the part: the line stands
    assert residual_part(livers, {**words, "liver": 1.0}).code == "020641"
    # tongues of bovine animals: the twin that excludes tongues and livers
    assert residual_part(Match("020621", 20.0, 2.0, ()), {"frozen": 1.0, "bovine": 1.0}).code == "020629"
    # cashmere said in other words than the twin excludes (kashmir): the line stands
    assert residual_part(Match("510211", 20.0, 2.0, ()), {"cashmere": 1.0, "hair": 1.0}).code == "510211"


# --- hair pieces by their style words, hair tools, fabric shavers --------------------------------------------------
def test_a_ponytail_or_bun_named_with_false_hair_is_a_hair_piece(v3: Classifier) -> None:
    assert code(v3, "七街皇后 女士假发马尾长卷发绑带式梨花卷大波浪卷马尾自然蓬松")[1] == "hair_pieces"
    assert code(v3, "Drawstring Bun")[1] == "hair_pieces"
    assert code(v3, "马尾假发 女 长卷发 绑带式")[1] == "hair_pieces"
    # the word for false hair alone is a wig
    assert code(v3, "假发 女 长卷发 全头套")[1] == "wigs"


def test_straightening_irons_and_heated_rollers_are_electro_thermic(v3: Classifier) -> None:
    assert code(v3, "Lady Land Professional Straightening Iron with titanium and tourmaline plates") == ("851632", "other")
    assert code(v3, "Heated rollers set with clips")[0] == "851632"
    # rollers without heat are hair-curlers of 96.15
    assert code(v3, "velcro rollers 24 pcs")[0] == "961590"


def test_a_fabric_shaver_has_a_motor(v3: Classifier) -> None:
    assert code(v3, "sweater shaver")[0] == "850980"
    assert code(v3, "毛球修剪器")[0] == "850980"
    # a lint brush or roller has none
    assert code(v3, "lint remover brush")[0] == "960390"


def test_a_cushion_named_with_another_good_is_a_padded_part_of_it(v3: Classifier) -> None:
    assert code(v3, "나이키 스우시 컴포트핏 이너컬러 쿠션 미들삭스 양말 3p NCICMD20L-3, 화이트")[1] == "knitwear"
    assert code(v3, "Men's cushion crew socks of 80% cotton knit")[1] == "knitwear"
    # a cushion alone is a cushion (94.04)
    assert code(v3, "velvet sofa cushion 45x45")[0] == "940490"
    assert code(v3, "거실 쿠션")[0] == "940490"


def test_a_hair_texture_is_hair_context_for_the_ambiguous_piece_words(v3: Classifier) -> None:
    assert code(v3, "Malaysian Body Wave Bundles")[1] == "hair_pieces"
    assert code(v3, "Kinky Curly Bundles with Frontal")[1] == "hair_pieces"
    assert code(v3, "Yaki Straight Weave")[1] == "hair_pieces"
    # without a word of hair the ambiguous word stays unsure
    assert code(v3, "4x4 closure")[1] == "unknown"
