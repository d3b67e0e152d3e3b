"""hs_v3's fourth-round mechanisms (issue 15, fourth real-world set): each test names the rule; the texts are made
up for the rule (in English, Chinese and Korean) and are not in the title sets."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.nomenclature import english_tokens, head_noun, head_span
from chainlight.classify.vote import fibre_shares, predominant, residual_kind, tied_classes, yarn_decitex
from tests.classify.conftest import code


# --- fibre shares: the parts of a good and the chapters of a blend ---------------------------------------------
def test_compositions_of_several_parts_describe_the_good_by_its_first_part(v3: Classifier) -> None:
    # a 100% cashmere body with a 100% acrylic collar is a cashmere cardigan, not a blend "with no predominance"
    assert code(v3, "Women's cardigan of 100% cashmere knit, with a detachable collar of 100% acrylic") == (
        "611012", "knitwear")
    # cotton terry front panels, nylon woven back panels: the body named first
    assert code(v3, "Men's pullover with front panels of 100% cotton knit and back panels of 100% nylon")[0] == (
        "611020")


def test_shares_are_read_until_they_make_one_whole(v3: Classifier) -> None:
    from chainlight.classify.matcher import Matcher

    vocab = v3.vocabulary
    classes = dict(vocab.family_classes[vocab.products["pullover"].family])
    text = "sweater of 60% cotton 40% acrylic with trim of 100% polyester"
    assert fibre_shares(text, Matcher(vocab.terms).find(text), classes) == {"cotton": 60, "synthetic": 40}


def test_predominance_is_weighed_by_chapter_first() -> None:
    # wool and fine animal hair are one chapter (51): 30 cashmere + 25 wool outweigh 30 viscose + 15 polyamide
    shares = {"cashmere": 30, "wool": 25, "artificial": 30, "synthetic": 15}
    assert predominant(shares) == "cashmere"
    assert tied_classes(shares) == ["cashmere"]
    # 50 wool, 50 acrylic: two chapters weigh the same
    assert sorted(tied_classes({"wool": 50, "synthetic": 50})) == ["synthetic", "wool"]
    # 50 acrylic, 50 rayon: one chapter, two classes of the same weight
    assert sorted(tied_classes({"synthetic": 50, "artificial": 50})) == ["artificial", "synthetic"]


def test_a_blend_of_fine_animal_hair_and_wool_against_man_made_fibres(v3: Classifier) -> None:
    assert code(v3, "Women's sweater of 35% cashmere, 20% wool, 30% viscose, 15% nylon knit") == (
        "611012", "knitwear")
    # 羊绒30% 羊毛25% 粘胶30% 锦纶15%: the same weighing in Chinese
    assert code(v3, "女士针织衫 羊绒30% 羊毛25% 粘胶30% 锦纶15%")[0] == "611012"


# --- construction: the body's fabric against that of a trim named after "with" --------------------------------
def test_a_woven_trim_after_with_does_not_make_a_knitted_garment_woven(v3: Classifier) -> None:
    assert code(v3, "Baby bib of terry knit cotton, with satin ribbon and voile ruffle") == ("611120", "knitwear")


def test_knit_and_woven_both_in_the_main_clause_are_left_as_they_were(v3: Classifier) -> None:
    # a knit bodice and a woven skirt, no "with": the vocabulary's rule for a stated woven stands
    assert code(v3, "Woman's dress of cotton knit bodice and rayon woven skirt")[1] == "other"


# --- Korean: the parts named before a phrase of composition are not the good ----------------------------------
def test_korean_parts_before_a_phrase_of_composition_are_not_the_good(v3: Classifier) -> None:
    # a toy made up of a speaker and a motor is a toy (the speaker alone would be a loudspeaker)
    assert code(v3, "블루투스 스피커")[0] == "851821"
    assert code(v3, "스피커와 모터로 구성된 강아지 모양의 완구")[0] == "950300"


# --- chargers and loudspeakers: goods of chapter 85 in the three languages ------------------------------------
@pytest.mark.parametrize(("text", "hs6"), [
    ("USB wall charger with two ports", "850440"),
    ("PD快充充电器 20W", "850440"),
    ("C타입 고속충전기", "850440"),
    ("portable bluetooth speaker, waterproof", "851821"),
    ("便携蓝牙音箱", "851821"),
    ("power bank 10000mAh", "850760"),  # a charger with its own battery stays a power bank
])
def test_chargers_and_loudspeakers(v3: Classifier, text: str, hs6: str) -> None:
    assert code(v3, text) == (hs6, "other")


# --- the head noun of an English title ---------------------------------------------------------------------------
def test_the_head_noun_is_the_last_word_of_the_first_phrase() -> None:
    assert head_noun("tungsten powder produced by reducing tungsten oxide") == english_tokens("powder")[0]
    assert head_noun("canned flavored tuna: skipjack flakes with lime") == english_tokens("tuna")[0]
    assert head_noun("knitting yarn of 100% acrylic, for hand knitting") == english_tokens("yarn")[0]
    assert head_noun("copper cathodes 99.99% purity") == english_tokens("cathodes")[0]  # a share closes it
    assert head_noun("iphone 12 case of tpu, clear") == "case"  # a model number does not
    assert head_noun("鲭鱼罐头 425克") is None  # not an English title
    assert head_noun("leather handbag women") is None  # marketplace words in no order: no phrase closed


def test_the_head_noun_weighs_more_than_the_words_that_qualify_it(v3: Classifier) -> None:
    # "produced by" starts a clause: the good is the powder of the metal, not a product of some process
    assert code(v3, "Molybdenum powder produced by hydrogen reduction")[0] == "810210"


# --- goods put up as preserves -------------------------------------------------------------------------------------
def test_fish_put_up_in_oil_or_airtight_containers_is_a_preparation_of_chapter_16(v3: Classifier) -> None:
    assert code(v3, "Anchovies in olive oil")[0] == "160416"  # not olive oil of 1509
    assert code(v3, "Skipjack tuna chunks in sunflower oil, 185 g tin")[0] == "160414"
    assert code(v3, "鲭鱼罐头 425克")[0] == "160415"
    # 통조림 "canned": the fish named, not a shrimp subheading that only says "in airtight container"
    assert code(v3, "고등어 통조림 400g")[0] == "160415"
    # frozen, not put up: the fish stays in chapter 3
    assert (code(v3, "Frozen skipjack tuna, whole round")[0] or "")[:2] == "03"
    # oil packed in tins is still oil
    assert code(v3, "Olive oil in tins of 5 litres")[0] == "150930"


def test_products_named_after_the_first_phrase_are_not_the_good(v3: Classifier) -> None:
    # "closures" (a hair piece in the vocabulary) and "portions" (of fish) come after the head noun
    got = v3.classify("t", "Girl's cardigan of 100% cotton jersey knit, round neckline, five button closures")
    assert (got.hs6, got.risk_category) == ("611020", "knitwear")
    assert any("not the head noun" in r for r in got.reasons)
    assert code(v3, "Men's pullover shirt of 100% polyester mesh panels and knit portions") == ("610520", "knitwear")
    # products within the first phrase are ranked as before ("knit vest": the vest)
    assert code(v3, "Men's knit vest of 80% acrylic 20% wool, V-neck, zipper closure") == ("611030", "knitwear")
    # Chinese and Korean titles have no English head phrase: the rule leaves them alone
    assert head_span("女士羊绒开衫 纽扣") is None and head_span("여성 니트 가디건, 단추") is None


# --- fish of a kind no subheading lists ------------------------------------------------------------------------
def test_a_fish_no_subheading_lists_is_fish_n_e_c_in_the_state_named(v3: Classifier) -> None:
    # hairtail (갈치) is listed by no subheading of 03.03: "frozen fish" alone must not pick shark fins
    assert code(v3, "냉동 갈치 10kg")[0] == "030389"
    # a kind a subheading lists keeps its subheading
    assert code(v3, "Frozen tilapia fillets")[0] == "030461"
    assert residual_kind("030392", {"frozen": 1.0, "fish": 1.0}) == "030389"
    assert residual_kind("030343", {"frozen": 1.0, "skipjack": 1.0}) == "030343"


# --- dictionary entries: minerals, underwear, toys ------------------------------------------------------------
def test_mineral_names_without_a_reading_that_gives_the_nomenclatures_word(v3: Classifier) -> None:
    assert code(v3, "천연 흑연 94%")[0][:4] == "2504"  # not "black kite" read from the Hanja
    assert code(v3, "황철석 5000톤")[0] == "250200"
    assert code(v3, "硫铁矿 含硫 40%")[0] == "250200"  # pyrites, not iron ore
    assert code(v3, "몰리브덴 정광 45%")[0] == "261310"


def test_boxer_shorts_are_underpants_and_a_kick_scooter_a_toy(v3: Classifier) -> None:
    assert code(v3, "Men's boxer shorts of 100% cotton jersey knit, elastic waistband") == ("610711", "knitwear")
    assert code(v3, "男士四角裤 纯棉 针织")[0] == "610711"
    assert code(v3, "어린이 킥보드 3바퀴")[0] == "950300"


# --- yarn for a garment is yarn --------------------------------------------------------------------------------
def test_a_yarn_named_right_after_a_garment_is_yarn_not_the_garment(v3: Classifier) -> None:
    assert code(v3, "Sweater yarn, 50% wool 50% acrylic")[0][:2] in ("51", "55")
    assert code(v3, "스웨터 뜨개실 울 100%")[0][:2] == "51"  # 뜨개실: knitting yarn
    assert code(v3, "手织毛衣线 羊绒线")[0][:2] == "51"  # 毛衣线: sweater yarn
    # 线衣 / 线衫 are knitted garments, not yarn; "yarn-dyed" says how a cloth is made
    assert code(v3, "女童纯棉毛衣线衣 长袖")[1] == "knitwear"
    assert code(v3, "Men's shirt yarn-dyed check, 100% cotton woven")[0] == "620520"


# --- a baby's garment keeps the construction of the garment named -----------------------------------------------
def test_a_babys_dress_is_woven_like_a_dress_unless_the_text_says_knitted(v3: Classifier) -> None:
    assert code(v3, "Baby girls' dress of 100% cotton poplin, sizes 6-24 months") == ("620920", "other")
    assert code(v3, "婴儿连衣裙 纯棉 夏季") == ("620920", "other")
    assert code(v3, "아기 원피스 면 100%") == ("620920", "other")
    # knitted when the text says so, and a knitted garment (pullover) stays knitted
    assert code(v3, "Baby dress of 100% cotton jersey knit") == ("611120", "knitwear")
    assert code(v3, "婴儿针织连衣裙 纯棉") == ("611120", "knitwear")
    assert code(v3, "아기 스웨터 면") == ("611120", "knitwear")


# --- words for a garment's role yield to words for its kind ------------------------------------------------------
def test_a_word_for_the_role_of_a_garment_yields_to_a_word_for_its_kind(v3: Classifier) -> None:
    assert code(v3, "女士羊毛毛衣 打底衫 秋冬") == ("611011", "knitwear")  # a sweater worn as a base layer
    assert code(v3, "女士羊绒毛衣外套") == ("611012", "knitwear")  # a sweater worn as an outer layer
    # named alone, the role word still names its garment
    assert code(v3, "纯棉打底衫 女 长袖") == ("610910", "knitwear")
    assert code(v3, "羽绒外套 女 冬季")[0][:4] == "6202"


def test_a_construction_carried_by_one_word_for_the_good_holds_when_another_word_names_it(v3: Classifier) -> None:
    # 打底裤 (leggings, knitted) and 裤子 (trousers) name the same good: knitted trousers of 61.04
    assert code(v3, "加绒打底裤女 保暖裤子 黑色")[0][:4] == "6104"


# --- hosiery by the count of its yarn ------------------------------------------------------------------------------
def test_hosiery_is_told_apart_by_the_decitex_or_denier_of_its_yarn(v3: Classifier) -> None:
    assert yarn_decitex("sheer tights, 20 denier") == pytest.approx(22.2, abs=0.1)
    assert yarn_decitex("measuring under 67 decitex") == pytest.approx(66.5)
    assert yarn_decitex("3D printed socks") is None  # printing, not a yarn count
    assert code(v3, "Pantyhose of 88% nylon 12% spandex, 70 denier")[0] == "611522"
    assert code(v3, "女士丝袜 连裤袜 20D 超薄")[0] == "611521"
    assert code(v3, "Women's knee-hi trouser socks of nylon, 40 denier")[0] == "611530"
    assert code(v3, "여성 무릎 스타킹 20데니어")[0] == "611521"
    # men's socks: no yarn count subheading
    assert code(v3, "Men's crew socks of 80% cotton, 20 denier")[0] == "611595"


# --- Korean 니트 as a noun -------------------------------------------------------------------------------------------
def test_korean_knit_ending_a_title_is_a_knitted_pullover(v3: Classifier) -> None:
    assert code(v3, "브랜드 케이블 울 니트, 그레이") == ("611011", "knitwear")
    assert code(v3, "여성 캐시미어 니트") == ("611012", "knitwear")
    assert code(v3, "남성 라운드 니트 (면 100%)") == ("611020", "knitwear")
    # before a garment it is the construction of that garment
    assert code(v3, "니트 원피스 블랙")[0][:4] == "6104"


# --- apparel of rubber or plastics ---------------------------------------------------------------------------------
def test_gloves_and_apparel_of_rubber_or_plastics_are_not_textile_garments(v3: Classifier) -> None:
    assert code(v3, "Disposable nitrile gloves, powder free, 100 pcs") == ("401519", "other")
    assert code(v3, "一次性丁腈手套 100只") == ("401519", "other")
    assert code(v3, "니트릴 장갑 100매") == ("401519", "other")  # 니트릴 is nitrile, not 니트 (knit)
    assert code(v3, "PVC raincoat for adults") == ("392620", "other")
    # textile gloves stay knitwear; leather keeps its own line
    assert code(v3, "Leather gloves for men, lined")[0] == "420329"
    assert code(v3, "浸胶手套 劳保") == ("611610", "knitwear")


# --- seafood: prepared, cooked, grilled ------------------------------------------------------------------------------
def test_seafood_said_prepared_or_grilled_is_a_preparation_of_chapter_16(v3: Classifier) -> None:
    assert code(v3, "명란젓 500g")[0][:4] == "1604"  # salted, seasoned pollock roe
    assert code(v3, "구운 장어 2미")[0] == "160417"  # grilled eel, not live eels
    assert code(v3, "오징어젓갈 1kg")[0][:4] == "1605"
    # raw stays raw, live stays live
    assert code(v3, "Frozen shrimp, raw, peeled")[0][:4] == "0306"
    assert code(v3, "Live eels Anguilla")[0] == "030192"


def test_chinese_electric_is_not_read_as_video_game(v3: Classifier) -> None:
    assert code(v3, "电动剃须刀 充电式")[0] == "851010"
    assert code(v3, "电动玩具车 儿童")[0] == "950300"


def test_a_share_stated_outweighs_the_material_a_word_implies(v3: Classifier) -> None:
    assert code(v3, "100%腈纶毛线 手编 100克")[0] == "551110"  # 毛线 says wool, the share says acrylic
    assert code(v3, "羊毛衫 100%腈纶")[0] == "611030"
    assert code(v3, "羊毛毛线 100%羊毛 手编")[0] == "510910"


def test_combed_cotton_yarn_in_chinese_is_yarn_not_an_extract(v3: Classifier) -> None:
    assert code(v3, "纯棉纱 32支 精梳")[0][:4] == "5205"  # 精梳 "combed", not 精 "essence, extract"


def test_a_garment_for_women_or_men_is_not_pet_apparel_whatever_its_print(v3: Classifier) -> None:
    assert code(v3, "여성 반팔티 강아지 프린트 면 100%") == ("610910", "knitwear")
    assert code(v3, "Women's t-shirt with puppy print")[0] == "610910"
    # a garment for a dog still is one
    assert code(v3, "Dog sweater, acrylic knit") == ("420100", "other")
    assert code(v3, "宠物狗狗衣服 毛衣")[0] == "420100"


# --- bags ----------------------------------------------------------------------------------------------------------------
def test_handbags_and_backpacks_by_their_outer_surface(v3: Classifier) -> None:
    assert code(v3, "Women's leather handbag, shoulder strap") == ("420221", "other")
    assert code(v3, "毛绒包包女 斜挎包 可爱") == ("420222", "other")
    assert code(v3, "여성 가죽 숄더백") == ("420221", "other")
    assert code(v3, "儿童书包 双肩包 尼龙") == ("420292", "other")


def test_korean_names_of_small_electrical_goods(v3: Classifier) -> None:
    assert code(v3, "USB 케이블 1m")[0][:4] == "8544"
    assert code(v3, "LED 손전등 충전식")[0][:4] == "8513"
    assert code(v3, "자전거")[0][:4] == "8712"


def test_mens_underpants_named_in_one_chinese_word_are_mens(v3: Classifier) -> None:
    assert code(v3, "男士内裤 纯棉 5条装") == ("610711", "knitwear")
    assert code(v3, "男士内裤 莫代尔 平角")[0] == "610712"
    assert code(v3, "女士内裤 纯棉")[0] == "610821"


def test_swimwear_is_61_12_knitted_or_62_11_woven(v3: Classifier) -> None:
    assert code(v3, "Boys' knit swim trunks of 100% polyester") == ("611231", "knitwear")
    assert code(v3, "女士泳衣 连体 保守") == ("611241", "knitwear")
    assert code(v3, "여성 수영복 나일론")[0][:4] == "6112"
    assert code(v3, "Men's woven swim shorts of 100% polyester") == ("621111", "other")
    # a bikini panty is a cut of briefs
    assert code(v3, "Women's bikini briefs of cotton knit")[0] == "610821"


def test_a_plain_head_leaves_the_weight_to_a_more_telling_qualifier(v3: Classifier) -> None:
    # "meat" is plainer in the nomenclature than "clam": cooked clam meat is a clam preparation, not meat of 02.08
    assert code(v3, "Frozen cooked clam meat (Meretrix lyrata), IQF")[0] == "160556"


def test_sea_cucumbers_are_not_cucumbers(v3: Classifier) -> None:
    assert code(v3, "Frozen sea cucumber, gutted")[0][:4] == "0308"
    assert code(v3, "Fresh cucumbers, 10 kg")[0] == "070700"


def test_ferro_alloys_written_as_one_word(v3: Classifier) -> None:
    assert code(v3, "Ferrosilicon containing by weight 75% silicon")[0] == "720221"
    assert code(v3, "硅铁 FeSi75")[0] == "720221"
    assert code(v3, "Ferromanganese, high carbon")[0] == "720211"


def test_silk_yarn_has_its_own_heading(v3: Classifier) -> None:
    assert code(v3, "100% mulberry silk yarn for hand knitting, 50 g")[0] == "500600"


# --- Korean word edges ---------------------------------------------------------------------------------------------
def test_a_korean_term_led_by_a_one_syllable_word_starts_a_word(v3: Classifier) -> None:
    # 울 니트 (wool knit) is not inside 겨울 니트 (winter knit); the knit that follows is still read
    got = v3.classify("t", "겨울 니트 골덴 와이드 바지 블랙")
    assert got.hs6 is not None and got.hs6[:4] == "6104" and got.risk_category == "knitwear"
    assert code(v3, "울 니트 가디건") == ("611011", "knitwear")
    assert code(v3, "국산 바지락 2kg")[0] == "030772"


def test_korean_socks_compounds(v3: Classifier) -> None:
    assert code(v3, "스포츠삭스 남성 3족") == ("611595", "knitwear")


def test_a_durag_is_headgear(v3: Classifier) -> None:
    assert code(v3, "Men's knit durag of polyester") == ("650500", "knitwear")
    assert code(v3, "Satin do-rag with long straps")[0] == "650500"


def test_imitation_crab_is_surimi_not_crab(v3: Classifier) -> None:
    assert code(v3, "Imitation crab sticks of surimi, frozen")[0] == "160420"
    assert code(v3, "冷冻蟹棒 鱼糜制品")[0] == "160420"
    assert code(v3, "크래미 게맛살 1kg")[0] == "160420"
    assert code(v3, "대게 냉동")[0] == "030614"  # real crab stays crab


def test_bathrobes_and_dressing_gowns(v3: Classifier) -> None:
    assert code(v3, "Women's knit robe of 100% polyester fleece") == ("610892", "knitwear")  # not wool fleece
    assert code(v3, "女士睡袍 珊瑚绒 加厚") == ("610892", "knitwear")
    assert code(v3, "여성 샤워가운 면 100%") == ("610891", "knitwear")
    assert code(v3, "Women's woven robe of 100% silk") == ("620899", "other")


def test_chinese_and_korean_compounds_end_in_their_head(v3: Classifier) -> None:
    # 인조 속눈썹 (false lashes) + 속눈썹 풀 (lash glue): the later compound is the good
    assert code(v3, "인조 속눈썹 풀 5g") == ("350610", "other")
    assert code(v3, "인조 속눈썹 10쌍")[1] == "false_eyelashes"
    assert code(v3, "毛衣针织衫 女")[1] == "knitwear"


def test_a_garment_word_with_a_style_suffix_names_a_cut(v3: Classifier) -> None:
    assert code(v3, "여성 원피스형 수영복 나일론") == ("611241", "knitwear")  # a one-piece-style swimsuit
    assert code(v3, "셔츠형 원피스 여성 면")[0] == "620442"  # a shirt-style dress
    assert code(v3, "衬衫式连衣裙 女 棉")[0] == "620442"


def test_korean_seafood_in_soy_sauce_and_mackerel(v3: Classifier) -> None:
    assert code(v3, "간장게장 1kg")[0][:4] == "1605"  # crab marinated in soy sauce: a preparation
    assert code(v3, "냉동 고등어 10kg")[0] == "030354"  # mackerel (Scomber), not jack mackerel
    assert code(v3, "冷冻鲭鱼 整条")[0] == "030354"
    assert code(v3, "Frozen mackerel, whole round")[0] == "030354"
    assert code(v3, "Frozen horse mackerel")[0] == "030355"
