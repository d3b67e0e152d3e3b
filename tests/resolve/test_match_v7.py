"""match_v7's rule: names made only of vocabulary, one inside the other, as documents shorten a listed body's name."""

import pytest

from chainlight.resolve.matcher import name_similarity


@pytest.mark.parametrize("query", [
    "Korea Mining Development Corporation",  # the list adds Trading
    "조선광업개발무역회사",  # Korean, word for word
    "朝鲜矿业开发贸易公司",  # Chinese
])
def test_a_vocabulary_name_written_with_a_word_fewer_is_the_body(query: str) -> None:
    score, why = name_similarity(query, "KOREA MINING DEVELOPMENT TRADING CORPORATION")
    assert score >= 0.8, why
    assert "[match_v7]" in why


def test_match_v6_kept_its_scores() -> None:
    score, _ = name_similarity("Korea Mining Development Corporation", "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                               scorer_name="match_v6")
    assert score < 0.5


@pytest.mark.parametrize(("query", "listed"), [
    ("The Korea Development Bank", "BANK FOR DEVELOPMENT"),  # a country word on one side only
    ("Korea Mining Resources Corporation", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),  # another trade
    ("Korea Trading Corporation", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),  # two words more
    ("Korea Ryonbong Trading", "KOREA RYONBONG GENERAL CORPORATION"),  # a name: match_v6's features decide
])
def test_the_rule_leaves_other_pairs_to_the_fitted_scorer(query: str, listed: str) -> None:
    v6, _ = name_similarity(query, listed, scorer_name="match_v6")
    v7, why = name_similarity(query, listed)
    assert v7 == pytest.approx(v6), why
