"""hs_v4 (frozen; hs_v6 is the default): hs_v3 with the layer hs_v4/vocabulary.yaml; hs_v3 keeps its released answers."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.classifier import NAME
from tests.classify.conftest import code


@pytest.fixture(scope="module")
def v4() -> Classifier:
    return Classifier(version="hs_v4")


def test_hs_v4_is_chosen_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # hs_v13 is the default since round 24 (hs_v6 frozen); hs_v4 stays as released, chosen by name or environment
    monkeypatch.setenv("CHAINLIGHT_CLASSIFIER", "hs_v4")
    assert NAME == "hs_v19"
    assert Classifier().classify("t", "wool cardigan").classifier == "hs_v4"


@pytest.mark.parametrize(("title", "want"), [
    ("Organic Bamboo Baby Sleeper Footed Pajamas 0-3 Months", "611190"),
    ("Bamboo Infant Bodysuit Short Sleeve", "611190"),
    ("Women's Bamboo Crew Socks 6 Pairs", "611599"),
])
def test_bamboo_in_a_garment_is_an_artificial_fibre(v3: Classifier, v4: Classifier, title: str, want: str) -> None:
    assert code(v4, title) == (want, "knitwear")
    assert code(v3, title)[0] != want  # hs_v3 as released: the default subheading (cotton)


@pytest.mark.parametrize("title", ["Bamboo Knitting Needles Set 16 Sizes", "Bamboo Cutting Board with Handle"])
def test_bamboo_elsewhere_is_still_bamboo(v3: Classifier, v4: Classifier, title: str) -> None:
    assert code(v4, title) == code(v3, title)


@pytest.mark.parametrize("title", ["Rechargeable Automatic Hair Curler with LCD",
                                   "Cordless Electric Hair Curler 1.25 inch"])
def test_a_powered_hair_curler_is_of_heading_8516(v3: Classifier, v4: Classifier, title: str) -> None:
    assert code(v4, title) == ("851632", "other")  # "electro-thermic, other than hair dryers"
    assert code(v3, title)[0] == "961590"


def test_an_unpowered_hair_curler_stays_in_9615(v4: Classifier) -> None:
    assert code(v4, "Heatless Hair Curler Headband")[0] == "961590"


@pytest.mark.parametrize(("title", "was", "now"), [
    ("Compression Socks for Women 20-30 mmHg Cotton", "611595", "611510"),  # 6115.95 excludes compression hosiery
    ("Nylon Compression Stockings Knee High", "611521", "611510"),
    ("Canned shrimp in brine, airtight tins", "160521", "160529"),  # 1605.21 is "not in airtight containers"
])
def test_a_line_that_excludes_what_the_text_names_gives_way(v3: Classifier, v4: Classifier, title: str, was: str,
                                                            now: str) -> None:
    assert code(v3, title)[0] == was
    assert code(v4, title)[0] == now


@pytest.mark.parametrize("title", ["Women's finely knit crop top of 55% rayon 45% cotton",  # "other than cotton"
                                   "Ceramic brick pavers for patios",  # the nomenclature's ranking read it
                                   "Cotton crew socks 6 pairs"])
def test_material_lines_and_ranked_answers_stay(v3: Classifier, v4: Classifier, title: str) -> None:
    assert code(v4, title) == code(v3, title)


@pytest.mark.parametrize("title", ["Boiled squid, frozen", "Squid antipasto: baby squid in sunflower oil with peppers"])
def test_seafood_cooked_or_put_up_in_oil_is_a_chapter_16_preparation(v3: Classifier, v4: Classifier,
                                                                     title: str) -> None:
    assert code(v3, title)[0] == "030743"  # hs_v3: the squid's default line, frozen
    assert code(v4, title)[0] == "160554"  # "molluscs; cuttle fish and squid, prepared or preserved"


def test_raw_squid_stays_in_chapter_3(v4: Classifier) -> None:
    assert code(v4, "Frozen squid tubes U5")[0] == "030743"


def test_a_crochet_braid_with_words_of_hair_is_a_hair_piece(v3: Classifier, v4: Classifier) -> None:
    title = "Bobbi Boss Synthetic Crochet Braid, Deep Wave 14 inch"
    assert code(v4, title) == ("670419", "hair_pieces")
    assert code(v3, title)[1] != "hair_pieces"


def test_a_crochet_braid_trim_is_no_hair_piece(v4: Classifier) -> None:
    assert code(v4, "Crochet braid trim for curtains")[1] != "hair_pieces"
