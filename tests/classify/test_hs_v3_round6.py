"""hs_v3's sixth-round mechanisms (issue 15, sixth real-world set): each test names the rule; the texts are made
up for the rule (in English, Chinese and Korean) and are not in the title sets."""

from __future__ import annotations

from chainlight.classify import Classifier
from chainlight.classify.notes import _conditions, _residual_headings, flower_words, named_metal
from tests.classify.conftest import code


# --- artificial flowers: chapter 6 note 2, the material of the flowers ------------------------------------------
def test_flower_words_come_from_the_nomenclature() -> None:
    words = flower_words()
    assert {"rose", "orchid", "carnation", "lily", "flower", "bouquet"} <= words
    assert "fresh" not in words and "ornamental" not in words


def test_flowers_made_of_a_material_are_artificial(v3: Classifier) -> None:
    # a flower of plastics is 6702.10, whatever the pot; of polyester or silk, 6702.90
    assert code(v3, "Peony stem with blossoms of polyethylene plastic, in a ceramic vase") == ("670210", "other")
    assert code(v3, "Rose bouquet: silk roses and leaves on wire stems, in a glass jar")[0] == "670290"
    # the plastic of the stems or the pot is not the flowers' material
    assert code(v3, "Faux lilies in a plastic pot, lilies of polyester fabric")[0] == "670290"


def test_grown_flowers_stay_in_chapter_6(v3: Classifier) -> None:
    assert code(v3, "Fresh cut roses, 40 cm stems, 20 per bunch")[0] == "060311"


def test_a_flower_word_qualifying_another_noun_is_no_flower(v3: Classifier) -> None:
    # flower pots of plastic are pots (chapter 39), not artificial flowers of plastic
    got, _ = code(v3, "Plastic flower pots, 6 inch, set of 10")
    assert got is not None and not got.startswith("6702")


# --- plants prepared: seaweed roasted or seasoned is 20.08 ---------------------------------------------------------
def test_roasted_or_seasoned_seaweed_is_a_preparation(v3: Classifier) -> None:
    assert code(v3, "Roasted seaweed sheets for sushi, 50 sheets")[0] == "200899"
    assert code(v3, "광천 조미김 전장 20봉")[0] == "200899"
    assert code(v3, "烤海苔 即食 原味")[0] == "200899"


def test_dried_seaweed_stays_a_raw_plant(v3: Classifier) -> None:
    assert code(v3, "완도 마른김 100매")[0] == "121221"
    assert code(v3, "Dried seaweed (laver) sheets, not seasoned")[0] == "121221"


# --- a heading's condition not stated: the heading "other than those of heading X" ----------------------------------
def test_residual_headings_are_read_from_the_nomenclature() -> None:
    residual = _residual_headings()
    assert residual["9101"] == "9102"
    assert "6103" not in residual  # 6101 (overcoats) excludes 6103's goods; it is no residual of them
    assert _conditions("9101", "9102") == {"precious", "clad"}


def test_a_watch_not_said_precious_is_9102(v3: Classifier) -> None:
    assert code(v3, "Men's quartz analog wrist watch, stainless steel case, leather strap")[0] == "910211"
    assert code(v3, "Kids' battery operated analog wrist watch in a silicone case")[0] == "910211"
    assert code(v3, "Wrist watch, battery operated, with case of precious metal")[0][:4] == "9101"


# --- Korean listing titles: the good is named in the first segment ------------------------------------------------
def test_korean_title_names_its_good_in_the_first_segment(v3: Classifier) -> None:
    # 블라우스 and 점퍼 in later segments are search words, not the good
    assert code(v3, "여성 라운드넥 면 니트 가디건, 빈티지 루즈핏 블라우스 스타일") == ("611020", "knitwear")
    assert code(v3, "남성 울 풀오버 스웨터, 캐주얼 데일리 점퍼 코디")[0] == "611011"


def test_a_korean_title_without_commas_is_read_as_before(v3: Classifier) -> None:
    assert code(v3, "여성 면 블라우스 화이트")[0] == "620630"


# --- glossary words the reader lacked (Korean seafood and laver, Chinese goods, English trade words) ---------------
def test_korean_oysters_and_fresh_state(v3: Classifier) -> None:
    assert code(v3, "통영 생굴 1kg")[0] == "030711"
    assert code(v3, "영광 굴비 10미")[0][:4] == "0305"  # dried croakers, not oysters


def test_chinese_goods_the_dictionary_misreads(v3: Classifier) -> None:
    assert code(v3, "金锣 火腿肠 30g*10支")[0] == "160100"
    assert code(v3, "华硕 天选 15.6英寸 游戏本 笔记本电脑 16G 512G")[0] == "847130"
    assert code(v3, "男士防晒霜 SPF50 清爽不油腻")[0] == "330499"
    assert code(v3, "植物染发膏 自然黑 盖白发")[0] == "330590"


def test_a_garment_word_inside_a_furniture_word_is_no_garment(v3: Classifier) -> None:
    # 大衣柜 (wardrobe) holds 大衣 (overcoat)
    got, category = code(v3, "北欧 卧室 实木 大衣柜 两门 储物柜")
    assert (got or "")[:2] == "94" and category == "other"
    assert code(v3, "女士羊毛大衣 冬季 中长款")[0] == "620220"


def test_english_trade_words(v3: Classifier) -> None:
    assert code(v3, "Semi-permanent hair color cream, 100 ml tube")[0] [:4] == "3305"
    assert code(v3, "Littleneck clams in the shell, packed in ice, 100 count")[0] == "030771"


# --- the English plural is "s" or "es" after the term, never a second "s" of the word --------------------------
def test_brass_is_no_bras(v3: Classifier) -> None:
    got, _ = code(v3, "Circular knitting needles of brass, 80 cm cable")
    assert got is not None and not got.startswith("6212")
    assert code(v3, "Lace bras for women, 2 pack")[0][:4] == "6212"


# --- articles of a base metal other than iron or steel ---------------------------------------------------------------
def test_metals_and_their_articles_come_from_the_nomenclature() -> None:
    assert named_metal("knitting needles of nickel, 35 cm") == "nickel"
    assert named_metal("needles of nickel-plated brass") == "copper"  # brass is a copper alloy; the plating is not
    assert named_metal("stainless steel needles with aluminium tips") is None  # iron or steel named
    assert named_metal("lead-free crystal glasses") is None  # "lead" is no metal of a listing


def test_needles_of_another_base_metal_leave_heading_7319(v3: Classifier) -> None:
    assert code(v3, "Double pointed knitting needles of nickel, set of 5")[0] == "750890"
    assert code(v3, "Aluminum knitting needles, 14 inch, size 10")[0] == "761699"
    assert code(v3, "Stainless steel knitting needles, 14 inch")[0] == "731990"


# --- Korean 니트 followed only by whom it is for is still the good ---------------------------------------------------
def test_korean_knit_noun_before_a_gender_word(v3: Classifier) -> None:
    assert code(v3, "캐시미어 니트 남성용") == ("611012", "knitwear")
    assert code(v3, "코튼 니트 여성, 봄 신상") == ("611020", "knitwear")


def test_chinese_and_korean_goods_named_by_the_glossary(v3: Classifier) -> None:
    assert code(v3, "海信 65英寸 液晶电视机 4K")[0] == "852872"
    assert code(v3, "S925纯银耳钉 女 简约")[0] == "711311"
    assert code(v3, "收腹束腰 塑身衣 女")[0][:4] == "6212"
    assert code(v3, "LG 그램 노트북 16인치 i7")[0] == "847130"


# --- Korean one-syllable state prefixes count right before the good ------------------------------------------------
def test_korean_raw_prefix_before_the_good(v3: Classifier) -> None:
    assert code(v3, "동해안 생오징어 3마리")[0] == "030742"
    # 생산지 (place of production) starts with the same syllable and says nothing of the state
    assert code(v3, "생산지 국내 냉동 오징어 1kg")[0] == "030743"


# --- the head noun of an English title, as telling as its qualifier, counts double ---------------------------------
def test_head_noun_as_telling_as_its_qualifier(v3: Classifier) -> None:
    # "white" is as rare in the nomenclature as "pine" (white lauan, white wood): the head decides
    assert code(v3, "Kiln dried white pine: planed boards of solid wood, 2 inch thick")[0] == "440711"


def test_english_trade_words_in_the_first_phrase_name_the_good(v3: Classifier) -> None:
    # "hair color" is a hair preparation (33.05), not the cartridges of 93.06 that hold it
    assert code(v3, "Salon hair color refill cartridges, packed for retail sale")[0][:4] == "3305"


# --- a textile named alone: its chapter of Section XI, and the "85% or more" subheading -----------------------------
def test_a_fabric_of_one_textile_is_of_that_textile(v3: Classifier) -> None:
    assert code(v3, "Woven silk fabric, jacquard, 140 cm wide")[0] == "500720"
    # the weave's name does not carry it to another material's chapter (52.08 cotton twill)
    assert code(v3, "Woven silk fabric, twill weave, dyed")[0] == "500720"
    # a stated blend is left to the shares
    assert code(v3, "Woven fabric of 60% silk 40% cotton")[0] == "500790"


def test_a_fabric_weave_is_no_hair_weave(v3: Classifier) -> None:
    got, category = code(v3, "Woven cotton fabric, plain weave, bleached, 120 g/m2")
    assert (got or "")[:2] == "52" and category == "other"


# --- a heading "of paper", "of glass", "ceramic" for a good the text says is of another material --------------------
def test_a_good_of_another_material_leaves_a_heading_of_paper(v3: Classifier) -> None:
    # 48.22 is bobbins and spools "of paper pulp, paper or paperboard"; turned wood ones are 44.21
    assert code(v3, "Wooden bobbins and spools for sewing thread")[0][:4] == "4421"
    assert code(v3, "Paper bobbins and spools for sewing thread")[0][:4] == "4822"
    assert code(v3, "Plastic spools for sewing thread")[0][:4] == "3923"


# --- seafood: the state the text names, and the nomenclature's spelling of sea cucumbers -------------------------
def test_dried_sea_cucumbers_are_0308_19(v3: Classifier) -> None:
    assert code(v3, "淡干海参 250克 辽宁")[0] == "030819"
    assert code(v3, "완도 건해삼 50g")[0] == "030819"
    assert code(v3, "Frozen sea cucumbers, gutted, 10 kg carton")[0] == "030812"


# --- a material word that swallowed the head of a product compound -------------------------------------------------
def test_a_cashmere_sweater_compound_after_a_material_word(v3: Classifier) -> None:
    # 山羊绒 (cashmere) is matched first and holds the 羊绒 of 羊绒衫 (cashmere sweater)
    assert code(v3, "纯山羊绒衫 男 圆领 套头") == ("611012", "knitwear")
    assert code(v3, "100%山羊绒 纱线 手编")[0][:2] == "51"


# --- Korean listing: the first segment also ends after 여성용 / 남성용 ------------------------------------------------
def test_korean_first_segment_ends_after_whom_it_is_for(v3: Classifier) -> None:
    assert code(v3, "크롭 니트 카디건 여성용 반팔 여름 얇은 탑 셔츠")[0][:4] == "6110"
    # a title led by 여성용 names its good after it
    assert code(v3, "여성용 캐시미어 니트 스웨터, 라운드넥 긴팔 풀오버") == ("611012", "knitwear")


# --- yarn so thick it is cordage (Section XI note 3(A)) -----------------------------------------------------------
def test_thick_man_made_yarn_is_cordage(v3: Classifier) -> None:
    assert code(v3, "Chunky acrylic yarn, 12,000 decitex, 200 g ball")[0] == "560750"
    assert code(v3, "Polypropylene yarn, 15,000 decitex, on a spool")[0] == "560749"
    # wool is not listed in the note: it stays yarn; a thin acrylic stays yarn
    assert code(v3, "Wool yarn, 12,000 decitex, 100 g skein")[0][:2] == "51"


# --- Korean suffix keys and the state of fish across headings of chapter 3 -------------------------------------------
def test_korean_sashimi_suffix_after_a_fish(v3: Classifier) -> None:
    assert (code(v3, "제주 광어회 2인분")[0] or "")[:4] == "0304"
    # 회색 (grey) starts with the same syllable and is no fish
    assert code(v3, "회색 울 니트 가디건")[0] == "611011"


def test_live_fish_go_to_heading_0301(v3: Classifier) -> None:
    assert (code(v3, "자연산 광어 활어 1kg")[0] or "")[:4] == "0301"


# --- a bundle "A + B + C" and the two readings of "PC" ---------------------------------------------------------------
def test_a_bundle_is_its_first_good(v3: Classifier) -> None:
    # the cable, mouse and pad after " + " are the extras of a PC, not the good
    assert (code(v3, "삼성 데스크탑 PC i5 + HDMI케이블 + 무선마우스 + 마우스패드")[0] or "")[:4] == "8471"
    # after a number, PC counts pieces
    assert code(v3, "Hair clips, 10 pc set")[0][:4] == "9615"


def test_canned_or_pickled_vegetables_are_chapter_20(v3: Classifier) -> None:
    assert code(v3, "Pickled cucumbers in glass jars, 720 ml")[0][:4] == "2001"
    assert code(v3, "Fresh cucumbers, 10 kg box")[0][:2] == "07"


def test_korean_watches_are_not_said_precious(v3: Classifier) -> None:
    assert (code(v3, "남성 손목시계 메탈 밴드 방수")[0] or "")[:4] == "9102"


def test_chinese_watch_words(v3: Classifier) -> None:
    assert code(v3, "男士石英表 防水 钢带 商务腕表")[0] == "910211"
    assert code(v3, "卡西欧 电子表 学生 运动")[0] == "910212"
    assert code(v3, "机械表 男 全自动 镂空")[0] == "910221"


def test_korean_hair_pieces_named_by_part_of_the_head(v3: Classifier) -> None:
    assert code(v3, "자연스러운 앞머리 붙임가발 인모") == ("670420", "hair_pieces")
    assert code(v3, "남성 구레나룻 가발 2개입")[1] == "hair_pieces"
    assert code(v3, "여성 통가발 긴머리 웨이브")[1] == "wigs"


def test_bricks_of_cement_are_articles_of_cement(v3: Classifier) -> None:
    # 69.04 is *ceramic* building bricks; bricks of cement are 68.10
    assert code(v3, "Building bricks of cement and sand, 20 x 10 x 6 cm")[0] == "681011"
    assert code(v3, "Clay building bricks, fired")[0] == "690410"
    assert code(v3, "Glass paving blocks, pressed")[0][:4] == "7016"


def test_sashimi_is_fish_meat(v3: Classifier) -> None:
    assert (code(v3, "Frozen yellowfin tuna sashimi, saku blocks, 1 kg")[0] or "")[:4] == "0304"


# --- the head of a Chinese compound is its last word ----------------------------------------------------------------
def test_the_last_word_of_a_chinese_run_is_its_head() -> None:
    from chainlight.classify.nomenclature import HAN_HEAD_WEIGHT, han_head_words, query_words

    assert "tea" in han_head_words("西湖龙井茶叶")
    assert han_head_words("女") == ()  # one character is no head
    assert query_words("西湖龙井 茶叶 250g")["tea"] >= HAN_HEAD_WEIGHT


def test_chinese_goods_named_last(v3: Classifier) -> None:
    assert code(v3, "西湖龙井 茶叶 250g 罐装")[0][:4] == "0902"


def test_salted_fish_go_to_heading_0305(v3: Classifier) -> None:
    # no line of 03.03 (frozen) says salted: the heading of chapter 3 whose text does
    assert (code(v3, "노르웨이 고등어 자반 2손")[0] or "")[:4] == "0305"


def test_the_material_of_the_packing_is_not_the_goods(v3: Classifier) -> None:
    # the crate is wooden, the tiles ceramic: chapter 69 stays
    assert code(v3, "Glazed ceramic floor tiles in a wooden crate")[0][:2] == "69"


# --- a line "of plastics" for a good of another material ---------------------------------------------------------
def test_combs_of_wood_or_metal_are_9615_19(v3: Classifier) -> None:
    assert code(v3, "Wooden wide tooth hair comb, sandalwood")[0] == "961519"
    assert code(v3, "桃木梳子 家用 防静电")[0] == "961519"
    assert code(v3, "Plastic wide tooth comb")[0] == "961511"


# --- Korean glossary nouns outweigh the Sino-Korean readings of the rest ---------------------------------------------
def test_korean_trade_nouns_outweigh_place_names(v3: Classifier) -> None:
    # 안면도 (an island) reads 安眠 "sleep" by its Hanja; the clams are the good
    assert (code(v3, "태안 안면도 참바지락 2kg")[0] or "")[:4] == "0307"
    # 니트 ("knitted") in 니트 세탁기 takes no trade weight: a washing machine is no knitted good
    assert code(v3, "보풀 제거 니트 세탁기")[1] != "knitwear"


def test_korean_knit_noun_before_a_colour(v3: Classifier) -> None:
    assert code(v3, "크루넥 울 니트 블랙 여성") == ("611011", "knitwear")


def test_korean_garment_words(v3: Classifier) -> None:
    assert code(v3, "여성 면 캐미솔 화이트")[0] == "610910"  # a singlet, not a coat
    assert code(v3, "여성 숏 푸퍼 자켓")[0][:4] == "6202"


def test_a_wig_for_part_of_the_head_is_a_hair_piece(v3: Classifier) -> None:
    assert code(v3, "더창 정수리 인모 가발 커버")[1] == "hair_pieces"
    assert code(v3, "头顶假发片 真发 女 补发")[1] == "hair_pieces"
    assert code(v3, "여성 통가발 긴머리 웨이브")[1] == "wigs"
