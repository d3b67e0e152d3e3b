"""The fourteenth real-world extraction set (benchmarks/extract/realworld/claims_v14.yml, texts/v14-*) is well formed:
the loader accepts it (quotes short, each claim's quote inside its quote), every document has claims and a provenance
record in texts/ holding its quotes verbatim, the split is the per-language crc32 rule of sets 4-13 with every
language in both halves, the types and values are the README's, no URL of another set is repeated, run.py offers
`--set 14`, and, its held-out half scored once, the tests may read its texts. No extractor runs here (the
shared checks are in claims_set_checks.py); failures name document ids, quote ids and claim types only, never a quote
or a value."""

from __future__ import annotations

from benchmarks.tests import claims_set_checks as checks

SET = "14"


def test_every_document_loads_has_claims_and_a_provenance_record() -> None:
    checks.check_loads_with_claims_and_records(SET, range(21, 25))


def test_each_claims_quote_lies_inside_its_unit() -> None:
    checks.check_quotes_inside_their_units(SET)


def test_split_alternates_in_crc32_order_within_each_language() -> None:
    checks.check_split_alternates_in_crc32_order(SET)


def test_types_and_values_are_the_readmes() -> None:
    checks.check_types_and_values(SET)


def test_no_url_of_another_set_comes_back() -> None:
    checks.check_no_url_repeats(SET)


def test_each_language_has_seven_or_eight_documents() -> None:
    langs = [d["lang"] for d in checks.docs(SET)]
    assert {lang: langs.count(lang) for lang in ("en", "ko", "zh")} == {"en": 8, "ko": 8, "zh": 7}


def test_quotes_each_have_claims_and_stand_verbatim_in_their_records() -> None:
    checks.check_quotes_have_claims_and_stand_in_records(SET)


def test_run_offers_the_set_and_the_tests_read_its_texts_once_scored() -> None:
    checks.check_scored_and_open_to_tests(SET)
