"""hs_v3: the HS nomenclature's own texts as a second voice beside the hs_v2 vocabulary (issue 15)."""

from __future__ import annotations

import pytest

from chainlight.classify import Classifier
from chainlight.classify.nomenclature import NomenclatureIndex, english_tokens, index, query_words, stem


@pytest.fixture(scope="module")
def v2() -> Classifier:
    return Classifier(version="hs_v2")


def test_hs_v3_is_kept_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # hs_v4 is the default since the round that added it; hs_v3 stays as released, chosen by name or environment
    monkeypatch.setenv("CHAINLIGHT_CLASSIFIER", "hs_v3")
    c = Classifier()
    assert c.version == "hs_v3"
    assert c.classify("a", "Frozen haddock fillets").classifier == "hs_v3"


def test_a_default_subheading_is_voted_within_its_heading(v3: Classifier, v2: Classifier) -> None:
    # the vocabulary names fillets but no species: hs_v2 files the default, the nomenclature names haddock
    assert v2.classify("a", "Frozen haddock fillets skinless").hs6 != "030472"
    assert v3.classify("a", "Frozen haddock fillets skinless").hs6 == "030472"


def test_selected_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIGHT_CLASSIFIER", "hs_v2")
    assert Classifier().classify("a", "Tungsten ores and concentrate").classifier == "hs_v2"


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="hs_v99"):
        Classifier(version="hs_v99")


@pytest.mark.parametrize(("text", "hs6"), [
    ("Tungsten ores and concentrate 65% WO3", "261100"),
    ("Copper cathodes 99.99% purity", "740311"),
    ("Live eels Anguilla", "030192"),
    ("Live oysters", "030711"),
    ("Leather belt men", "420330"),  # (handbags are in the vocabulary since round 4)
])
def test_goods_the_vocabulary_does_not_know_come_from_the_nomenclature(v3: Classifier, v2: Classifier,
                                                                         text: str, hs6: str) -> None:
    assert v2.classify("a", text).risk_category == "unknown"
    got = v3.classify("a", text)
    assert (got.hs6, got.risk_category) == (hs6, "other")
    assert any("nomenclature" in r for r in got.reasons)


def test_chinese_and_korean_are_read_through_dictionaries(v3: Classifier) -> None:
    assert v3.classify("a", "侵权毛绒玩具 一批").hs6 == "950300"  # CC-CEDICT: plush toy
    assert v3.classify("a", "위조 완구류").hs6 == "950300"  # 완구 = 玩具 (Sino-Korean reading)
    assert "toy" in query_words("완구 자동차")


@pytest.mark.parametrize("text", ["Assorted goods", "sample", "", "123 456"])
def test_a_text_that_names_no_good_stays_unknown(v3: Classifier, text: str) -> None:
    got = v3.classify("a", text)
    assert (got.hs6, got.risk_category) == (None, "unknown")


def test_label_authority_festive_wigs_and_eyelash_curlers(v3: Classifier, v2: Classifier) -> None:
    got = v3.classify("a", "Halloween costume wig clown rainbow synthetic")
    assert (got.hs6, got.risk_category) == ("950590", "other")
    assert v2.classify("a", "Halloween costume wig clown rainbow synthetic").hs6 == "670411"  # hs_v2 unchanged
    assert v3.classify("a", "Eyelash curler stainless steel").hs6 == "961590"  # CBP HQ 961076
    assert v2.classify("a", "Eyelash curler stainless steel").hs6 == "821490"
    # a wig without a festive word is postiche, as before
    assert v3.classify("a", "Human hair lace front wig 20 inch").hs6 == "670420"


def test_vocabulary_answers_stand(v3: Classifier, v2: Classifier) -> None:
    for text in ("3D Faux Mink False Eyelashes 25mm", "Women's cotton knit cardigan", "婴儿连体衣 纯棉"):
        a, b = v2.classify("a", text), v3.classify("a", text)
        assert (a.hs6, a.risk_category) == (b.hs6, b.risk_category)


def test_stemmer_and_tokens() -> None:
    assert [stem(w) for w in ("shrimps", "fillets", "batteries", "dresses", "frozen", "freeze")] == \
        ["shrimp", "fillet", "battery", "dress", "frozen", "frozen"]
    assert english_tokens("Of the other articles, whether or not knitted") == ["knitt"]


def test_bm25_prefers_the_subheading_that_names_the_words() -> None:
    ix = NomenclatureIndex([("0101", "Horses, asses, mules"), ("010121", "Horses; live, pure-bred breeding"),
                            ("010129", "Horses; live, other than pure-bred breeding"),
                            ("0301", "Fish; live"), ("030111", "Fish; live, ornamental, freshwater")])
    m = ix.best(["horse", "breeding"])
    assert m is not None and m.code[:4] == "0101" and m.margin > 0
    fish = ix.best(["ornamental", "fish"])
    assert fish is not None and fish.code == "030111"
    assert ix.best(["unrelated"]) is None


def test_shipped_nomenclature_is_complete() -> None:
    ix = index()
    assert len(ix) > 5000
    assert "670420" in ix.descriptions and "9503" in ix.descriptions


def test_sets_and_kits_gri_3(v3: Classifier, v2: Classifier) -> None:
    # GRI 3(b): yarn gives a knitting kit its essential character, even beside needles or a scarf to make
    text = "Knit a scarf kit: skein of acrylic yarn and plastic knitting needles"
    assert v2.classify("a", text).hs6 != "551110"
    got = v3.classify("a", text)
    assert got.hs6 == "551110" and any("GRI 3(b)" in r for r in got.reasons)
    # GRI 3(c): hats, gloves, scarves: none does; the last heading (6505)
    got = v3.classify("a", "Beanie hat and knit gloves set, acrylic")
    assert (got.hs6, got.risk_category) == ("650500", "knitwear")
    # one product named: no set rule
    assert v3.classify("a", "Knitting needles set bamboo").hs6 == "441700"


# --- from tests/classify/test_hs_v3_mechanisms.py: hs_v3's general mechanisms for real product titles
# (issue 15, second real-world set): each test names the rule, not an example of the benchmark — the texts
# here are made up for the rule and are not in the title sets.


def test_hs_v2_does_not_read_the_hs_v3_layer(v2: Classifier) -> None:
    assert v2.classify("t", "20000mAh power bank").risk_category == "unknown"
