"""hs_v5 (frozen; hs_v6 is the default): hs_v4 with the layer hs_v5/vocabulary.yaml and its own Korean reader (hs_v5/korean.yaml);
hs_v4 keeps its released answers (test_frozen_versions.py).  Titles written for these tests in the style of listings
and ruling article names; each rule reads the nomenclature's own texts (the notes and headings named)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME
from chainlight.classify.korean_reader import read_korean
from chainlight.classify.normalize import normalize_text
from chainlight.classify.stages import stage_code
from tests.classify.conftest import code


@pytest.fixture(scope="module")
def v4() -> Classifier:
    return Classifier(version="hs_v4")


@pytest.fixture(scope="module")
def v5() -> Classifier:
    return Classifier(version="hs_v5")


def test_hs_v5_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # hs_v13 is the default since round 24; hs_v5 stays as released, chosen by name or environment
    monkeypatch.setenv("CHAINLIGHT_CLASSIFIER", "hs_v5")
    assert NAME == "hs_v19"
    assert Classifier().classify("t", "wool cardigan").classifier == "hs_v5"


@pytest.mark.parametrize("title", ["Baby knit beanie hat 100% acrylic, 0-6 months",
                                   "Newborn hat and mittens set of knit cotton fabric"])
def test_an_infants_hat_is_headgear_not_a_babies_garment(v4: Classifier, v5: Classifier, title: str) -> None:
    assert code(v5, title) == ("650500", "knitwear")  # chapter 61 note 2(b): articles of chapter 65 excluded
    assert code(v4, title)[0][:4] == "6111"


def test_a_babies_garment_named_before_its_cap_stays_a_garment(v5: Classifier) -> None:
    assert code(v5, "Infant's coverall and matching cap of knit cotton fabric")[0][:4] == "6111"


@pytest.mark.parametrize(("title", "want"), [
    ("Greasy merino wool pulled from skins, not carded or combed", "510119"),
    ("Scoured wool, degreased, not carded or combed", "510121"),
    ("Carbonised wool noils-free fibre, not carded or combed", "510130"),
    ("Wool tops, combed, in rovings", "510529"),
    ("Carded merino wool, 1 kg bag", "510510"),
    ("Scoured mohair, not carded or combed", "510219"),
    ("Dehaired cashmere, not carded or combed", "510211"),
    ("Combed alpaca fibre", "510539"),
])
def test_wool_and_fine_hair_by_their_stage(v5: Classifier, title: str, want: str) -> None:
    assert code(v5, title) == (want, "other")


def test_a_stage_word_of_yarn_leaves_the_yarn_alone(v4: Classifier, v5: Classifier) -> None:
    title = "Combed merino wool yarn, 100 g ball"
    assert code(v5, title) == code(v4, title)


def test_stage_code_reads_not_carded_or_combed_as_raw() -> None:
    assert stage_code("wool, not carded or combed, degreased", "wool")[0] == "510121"
    assert stage_code("wool, carded but not combed", "wool")[0] == "510510"


@pytest.mark.parametrize("title", ["아기 우주복 오리털 구스다운 점프수트", "宝宝羽绒服连体衣冬季加厚"])
def test_a_down_filled_babies_suit_is_woven(v5: Classifier, title: str) -> None:
    got = code(v5, title)
    assert got[0] is not None and got[0][:4] == "6209" and got[1] == "other"


def test_the_korean_reader_reads_its_own_words() -> None:
    assert read_korean(normalize_text("여성용 트레이닝 팬츠")) == "womens knitted track suit pants"
    assert read_korean("plain english title") == "plain english title"
    # one-syllable keys only as words of their own: 티 in 티셔츠 is left to the vocabulary
    assert "t shirt t shirt" not in read_korean(normalize_text("반팔 티셔츠"))


@pytest.mark.parametrize(("title", "want"), [
    ("브랜드 여성용 트레이닝 코튼 조거 팬츠 그레이", ("610462", "knitwear")),  # not 85.17 "voice" (여성 read as 厲聲)
    ("키즈 아동용 반팔 티 코튼 네이비", ("610910", "knitwear")),  # not children's picture books (49.03)
    ("스포츠 쿨토시 팔토시 2p 블랙", ("611780", "knitwear")),
    ("어린이 컬러 클레이 12색 세트", ("340700", "other")),
])
def test_korean_listing_words(v5: Classifier, title: str, want: tuple[str, str]) -> None:
    assert code(v5, title) == want


def test_a_garment_the_nomenclature_ties_between_61_and_62_is_woven_unless_knitted(v5: Classifier) -> None:
    assert code(v5, "Men's wool blazer, two buttons")[0][:4] == "6203"


@pytest.mark.parametrize(("title", "want"), [
    ("Organic Cotton Baby Footie, Zip Front, 3-6 Months", ("611120", "knitwear")),
    ("Newborn Sleep N' Play, 100% Cotton, Stars", ("611120", "knitwear")),
])
def test_babies_garments_the_trade_names(v5: Classifier, title: str, want: tuple[str, str]) -> None:
    assert code(v5, title) == want


def test_human_braiding_hair_in_bulk_is_worked_hair_of_6703(v5: Classifier) -> None:
    assert code(v5, "100% Human Braiding Hair Bulk, Natural Black, 100 g") == ("670300", "human_hair")
    assert code(v5, "Synthetic Braiding Hair, Pre-Stretched, 6 Packs")[1] == "hair_pieces"


def test_colour_words_are_read_as_nothing_and_only_as_words() -> None:
    assert read_korean(normalize_text("무선 이어폰 블랙")) == "무선 이어폰"
    assert "블루투스" in read_korean(normalize_text("블루투스 스피커 블루"))


@pytest.mark.parametrize(("title", "want"), [
    ("아동 래쉬가드 상하세트 네이비", "knitwear"),  # a rash guard is no lash (래쉬)
    ("심플 긴팔티 코튼 화이트", "knitwear"),
])
def test_korean_garment_words_keep_the_category(v5: Classifier, title: str, want: str) -> None:
    assert code(v5, title)[1] == want
