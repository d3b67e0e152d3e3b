"""The twelfth to twenty-sixth real-world extraction sets (benchmarks/extract/realworld/claims_v12.yml ...
claims_v26.yml, texts/v12-* ... v26-*) are well formed: the loader accepts each (quotes short, each claim's quote
inside its quote), every document has claims and a provenance record in texts/ holding its quotes verbatim, only
quotes that carry a claim are stored (from set 13 on), the split is the per-language crc32 rule of sets 4-13 with every language in
both halves, the types and values are the README's, no URL of another set is repeated, each set holds the languages
its collector gathered, run.py offers `--set N`, and, each held-out half scored once (results/vN-heldout.md), the
tests read its texts. No extractor runs here (the checks are in claims_set_checks.py); failures name document ids,
quote ids and claim types only, never a quote or a value."""

from __future__ import annotations

import pytest

from benchmarks.tests import claims_set_checks as checks

# set -> (how many documents it holds, its documents by language); sets 17-26 were asked for more English text
SETS = {
    "12": (range(21, 25), {"en": 8, "ko": 8, "zh": 8}),
    "13": (range(21, 25), {"en": 8, "ko": 8, "zh": 7}),
    "14": (range(21, 25), {"en": 8, "ko": 8, "zh": 7}),
    "15": (range(21, 25), {"en": 8, "ko": 7, "zh": 7}),
    "16": (range(21, 25), {"en": 8, "ko": 8, "zh": 7}),
    "17": (range(16, 27), {"en": 9, "ko": 6, "zh": 5}),
    "18": (range(16, 27), {"en": 11, "ko": 7, "zh": 8}),
    "19": (range(16, 27), {"en": 10, "ko": 7, "zh": 5}),
    "20": (range(16, 27), {"en": 12, "ko": 7, "zh": 6}),
    "21": (range(16, 27), {"en": 12, "ko": 7, "zh": 5}),
    "22": (range(16, 27), {"en": 10, "ko": 8, "zh": 6}),
    "23": (range(16, 27), {"en": 10, "ko": 8, "zh": 4}),
    "24": (range(16, 27), {"en": 11, "ko": 11, "zh": 3}),
    "25": (range(20, 31), {"en": 13, "ko": 9, "zh": 3}),
    "26": (range(20, 31), {"en": 13, "ko": 9, "zh": 3}),
}


@pytest.mark.parametrize("set_no", SETS)
def test_every_document_loads_has_claims_and_a_provenance_record(set_no: str) -> None:
    checks.check_loads_with_claims_and_records(set_no, SETS[set_no][0])


@pytest.mark.parametrize("set_no", SETS)
def test_each_claims_quote_lies_inside_its_unit(set_no: str) -> None:
    checks.check_quotes_inside_their_units(set_no)


@pytest.mark.parametrize("set_no", SETS)
def test_split_alternates_in_crc32_order_within_each_language(set_no: str) -> None:
    checks.check_split_alternates_in_crc32_order(set_no)


@pytest.mark.parametrize("set_no", SETS)
def test_types_and_values_are_the_readmes(set_no: str) -> None:
    checks.check_types_and_values(set_no)


@pytest.mark.parametrize("set_no", SETS)
def test_no_url_of_another_set_comes_back(set_no: str) -> None:
    checks.check_no_url_repeats(set_no)


@pytest.mark.parametrize("set_no", SETS)
def test_each_set_holds_the_languages_its_collector_gathered(set_no: str) -> None:
    langs = [d["lang"] for d in checks.docs(set_no)]
    assert {lang: langs.count(lang) for lang in ("en", "ko", "zh")} == SETS[set_no][1]


# set 13's collector first stored only quotes that carry a claim, each checked against its provenance record; set 12
# was not collected so
@pytest.mark.parametrize("set_no", [s for s in SETS if s != "12"])
def test_quotes_each_have_claims_and_stand_verbatim_in_their_records(set_no: str) -> None:
    checks.check_quotes_have_claims_and_stand_in_records(set_no)


@pytest.mark.parametrize("set_no", SETS)
def test_run_offers_the_set_and_the_tests_read_its_texts_once_scored(set_no: str) -> None:
    checks.check_scored_and_open_to_tests(set_no)
