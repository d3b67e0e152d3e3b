"""The hs_v1 vocabulary: every code it can emit exists in HS 2022, configuration extends it."""

from __future__ import annotations

import csv
import lzma
from pathlib import Path

import pytest

from chainlight.classify import Classifier
from chainlight.classify.hs_table import HsTable
from chainlight.classify.normalize import normalize_hs, normalize_text
from chainlight.classify.vocabulary import load_vocabulary
from chainlight.errors import InputError
from tests.helpers.snapshots import snapshot


def test_every_emitted_code_is_in_hs2022_and_in_the_reference() -> None:
    with lzma.open(snapshot("hs/harmonized-system/harmonized-system.csv"), "rt", encoding="utf-8") as fh:
        official = {r["hscode"]: r["description"] for r in csv.DictReader(fh)}
    reference = HsTable.reference()
    vocab = load_vocabulary()
    for product in vocab.products.values():
        for variant in product.variants.values():
            for choice in variant.hs.values():
                assert choice.hs6 in official, (product.id, choice.hs6)
                assert reference.description(choice.hs6) == official[choice.hs6]
                assert choice.category in vocab.categories


def test_traditional_chinese_is_derived() -> None:
    terms = load_vocabulary().terms
    assert terms["假髮"].key == "wig" and terms["針織衫"].key == "pullover"


@pytest.mark.parametrize(("raw", "want"), [("6704.20", "670420"), ("6704.20.0000", "670420"),
                                           ("50100", "050100"), ("6704", "6704"), ("n/a", None), (None, None)])
def test_normalize_hs(raw: str | None, want: str | None) -> None:
    assert normalize_hs(raw) == want


def test_normalize_text_folds_width_and_hyphens() -> None:
    assert normalize_text("ＴＡＰＥ-IN  Hair\tExtensions") == "tape in hair extensions"


def test_configuration_adds_a_category_and_terms(tmp_path: Path) -> None:
    cfg = tmp_path / "extra.yaml"
    cfg.write_text(
        "settings:\n  categories: [cotton_goods]\n"
        "products:\n  raw_cotton:\n    family: goods\n    category: cotton_goods\n    priority: 50\n"
        "    hs: {default: \"520100\"}\n    terms:\n      en: [raw cotton, cotton lint]\n      zh: [原棉]\n"
        "  wig:\n    terms:\n      en: [perruca]\n", encoding="utf-8")
    clf = Classifier(config=cfg)
    assert (clf.classify("1", "棉花 原棉").risk_category) == "cotton_goods"
    assert clf.classify("2", "perruca human hair").hs6 == "670420"


def test_bad_configuration_is_an_input_error(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("products:\n  x:\n    category: nonsense\n    hs: {default: \"670420\"}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        Classifier(config=cfg)
    assert "bad.yaml" in str(err.value) and "nonsense" in str(err.value)
    with pytest.raises(InputError):
        Classifier(config=tmp_path / "missing.yaml")
