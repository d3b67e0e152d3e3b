"""match_v5: the trade as each firm writes it, on realistic pairs, and match_v4's features kept unchanged."""

from __future__ import annotations

import pytest

from chainlight.resolve import name_similarity
from chainlight.resolve.match_v4 import pairwise as v4
from chainlight.resolve.match_v5 import scorer as S
from chainlight.resolve.match_v5.features import written_trades
from chainlight.resolve.match_v5.weights import WEIGHTS
from chainlight.resolve.rendering import render_name


def _features(a: str, b: str, person: bool = False) -> dict[str, float]:
    qa, ca = render_name(a), render_name(b)
    return S.pair_features(qa, ca, qa.renderings[0], ca.renderings[0], lambda _t: 1.0, person)


@pytest.mark.parametrize(("a", "b", "written"), [
    ("Staivous Textiles FZCO", "Staibous Garments LLP", 1.0),  # one sector, two words
    ("Fol Exports JSC", "Pol Imports Pte. Ltd.", 1.0),
    ("Trust Ba Marine Corp.", "Trust Fa Tankers B.V.", 1.0),
    ("Atlas Gax Holdings AG", "ATLAS CAS ENTERPRISES LTD", 1.0),
    ("KOREA KWANGSON BANKING CORP", "Korea Kwangson Bank", 0.0),  # one word inflected
    ("Korea Daesong Trading", "조선대성무역회사", 0.0),  # no English word on one side
    ("Ruby Graidru Mining", "Ruby Graidru Mining Trading LLC", 0.0),  # one side adds a trade: trade_extra's
    ("Akesu Wanyu Mdning Co., Ltd.", "Akesu Wanyu Mining Co., Ltd.", 0.0),  # a misspelt trade is no word
    ("Korea Rungra Import and Export", "Rungra Imports Company", 0.0),
    ("Pyongyang Muyok Hoesa", "Pyongyang Trading Company", 0.0),  # Korean and English: one word, two languages
])
def test_trade_written(a: str, b: str, written: float) -> None:
    assert _features(a, b)["trade_written"] == written


def test_written_trades_reads_english_words_as_written() -> None:
    assert written_trades("SOUTHERN MIO SHIPPING TRADING PLC") == {"shipping", "trading"}
    assert written_trades("Staivous Textiles FZCO") == {"textile"}
    assert written_trades("大连飞鸿食品有限公司") == frozenset()
    assert written_trades("") == frozenset()


@pytest.mark.parametrize(("a", "b", "person"), [("조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION", False),
                                                ("Staivous Textiles FZCO", "Staibous Garments LLP", False),
                                                ("RI Song Chol", "리성철", True)])
def test_match_v4s_features_are_kept(a: str, b: str, person: bool) -> None:
    qa, ca = render_name(a), render_name(b)
    for q in qa.renderings:
        for c in ca.renderings:
            old = v4.compare(qa, ca, q, c, lambda _t: 1.0, person).features
            new = S.pair_features(qa, ca, q, c, lambda _t: 1.0, person)
            assert {k: new[k] for k in old} == old and set(new) - set(old) == {"trade_written", "reading_differs",
                                                                         "reading_agrees"}


def test_a_trade_written_otherwise_counts_against_and_is_explained() -> None:
    assert WEIGHTS["trade_written"] < 0
    for a, b in [("PHOENIX GOUR TRADING S.A.", "Phoenix Gour Exports S.A."), ("Fol Exports JSC", "Pol Imports Pte. Ltd."),
                 ("Putrou Tankers Pte. Ltd.", "Fudru Maritime Ltd")]:
        score, why = name_similarity(a, b, "Company", "match_v5")
        assert score < S.THRESHOLD and "trade_written" in why and "[match_v5]" in why, why
        assert name_similarity(a, b, "Company", "match_v4")[0] >= S.THRESHOLD
    # the same words once read: no longer 'identical' when the trades were written differently
    score, why = name_similarity("Staivous Textiles FZCO", "Staivous Garments LLP", "Company", "match_v5")
    assert score < 1.0 and "identical" not in why
    # what match_v5 must still find: the same trade inflected, a trade in Korean, a misspelt trade
    for a, b in [("KOREA KWANGSON BANKING CORP", "Korea Kwangson Bank"),
                 ("조선대성무역회사", "KOREA DAESONG TRADING COMPANY"),
                 ("Dandong Hongxiang Industral Developmet", "Dandong Hongxiang Industrial Development")]:
        assert name_similarity(a, b, "Company", "match_v5")[0] >= S.THRESHOLD, (a, b)


@pytest.mark.parametrize(("a", "b"), [("Zeng Fengyong", "Zheng Fengyong"), ("Kye Hyong-hong", "Kye Hyong-hung"),
                                      ("Ri Kyŏng Jong", "Ri Kyŏng Ch'ŏng"), ("TANG Zhong", "唐忠阿")])
def test_korean_and_chinese_people_a_syllable_apart_are_held_back_by_a_rule(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Person", "match_v5")
    assert score < S.THRESHOLD and "reading_differs" in why, why
    assert name_similarity(a, b, "Person", "match_v4")[0] >= S.THRESHOLD  # what match_v4 let through


@pytest.mark.parametrize(("a", "b"), [("Kim Jong Un", "김정은"), ("CHANG Kang", "ZHANG Gang"), ("Hsu Wei-Hui", "许卫汇"),
                                      ("Jong Un Kim", "Kim Jong-un"), ("RI Song Chol", "리성철")])
def test_one_name_in_other_romanizations_is_not(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Person", "match_v5")
    assert score >= S.THRESHOLD and "reading_differs" not in why, why


@pytest.mark.parametrize(("a", "b"), [("Choe Hung-ye", "Choi Heung Ye"), ("Im Tong Gil", "Lim Tong Gil"),
                                      ("Tung Fu Ning", "Dong Funing"), ("Ahn Jong Chan", "An Chong Chan")])
def test_one_korean_or_chinese_name_in_two_romanizations_is_raised_to_a_match_by_a_rule(a: str, b: str) -> None:
    score, why = name_similarity(a, b, "Person", "match_v5")
    assert score >= S.THRESHOLD and "reading_agrees" in why, why
    assert name_similarity(a, b, "Person", "match_v4")[0] < S.THRESHOLD  # what match_v4 missed


def test_agreeing_readings_do_not_lift_firms_or_other_peoples_names() -> None:
    assert name_similarity("Kim Jong Un", "Kim Jong Il", "Person", "match_v5")[0] < 0.2
    _, why = name_similarity("Choe Hung Trading", "Choi Heung Trading", "Company", "match_v5")
    assert "reading_agrees" not in why
