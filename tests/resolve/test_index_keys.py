"""Blocking keys: the joined and pair keys that let split and glued names meet in the candidate search."""

from __future__ import annotations

import pytest

from chainlight.resolve.index import NameIndex, query_keys
from chainlight.resolve.keys import index_keys, joined_key, pair_keys, trade_keys
from chainlight.resolve.normalize import skeleton
from chainlight.resolve.rendering import render_name

LISTED = [
    "PICHOUM ENGINEERING", "Jiopiat Petroleum GmbH", "Nova Briavi Yarn AG", "BRIGHT SHEA MINING",
    "Korea Sanjang Trading Company", "Vladimir Romanov", "Xianggang Hongfeng Cotton Co., Ltd.",
    "Kuerle Shunlong Textile Factory", "Ningbo Ruilong Agriculture Co., Ltd.", "Dalian Yijin Cotton Factory",
    "Korea Haman Electronics Associated Corporation",
    # look-alikes sharing single words or syllables with the queries
    "Pic Engineering Ltd", "Houm Petroleum", "Nova Yarn Trading", "Bright Star Mining", "Korea San Trading",
    "Vladimir Petrov", "Roman Vladimirov", "Hung Feng", "Xiang Kang", "Ning Po", "Lung Jui", "Shun Lung",
    "Korea Haman Trading", "Dalian Cotton Trading", "Jang Ho", "Su Chou", "I Wen",
    "Suzhou Yiwen Silicon Co., Ltd.",
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    ix = NameIndex()
    for i, n in enumerate(LISTED):
        ix.add(n, i, render_name(n))
    ix.freeze()
    return ix


def test_joined_key_is_the_skeleton_of_the_joined_text() -> None:
    # skeleton('vladimirromanov') has one l where 'platimil' + 'lomanop' would have two
    r = render_name("Vladimir Romanov").renderings[0]
    assert joined_key(r) == skeleton("vladimirromanov") == render_name("Vladimirromanov").renderings[0][0].skel
    assert joined_key(render_name("Romanov").renderings[0]) is None


def test_pair_keys_in_names_of_three_parts() -> None:
    r = render_name("Nova Briavi Kelt AG").renderings[0]
    assert pair_keys(r) == [skeleton("novabriavi"), skeleton("briavikelt")]
    assert skeleton("briavikelt") in index_keys(r)
    assert pair_keys(render_name("Bright Shea Mining").renderings[0]) == []  # two parts: the joined key
    # a vocabulary word between two parts keeps them apart
    assert pair_keys(render_name("Nova Trading Briavi Kelt").renderings[0]) == [skeleton("briavikelt")]


def test_query_pair_keys_count_as_two_words() -> None:
    keys = query_keys(render_name("Nova Briavi Kelt AG"))
    assert keys[skeleton("briavikelt")][0] == 2.0
    assert keys[skeleton("novabriavikelt")][0] == 3.0  # the joined key: all three parts


@pytest.mark.parametrize(("query", "listed"), [
    ("Pic Houm Engineering", "PICHOUM ENGINEERING"),  # split in the query: the joined key
    ("Jiop Iat Petroleum GmbH", "Jiopiat Petroleum GmbH"),
    ("Nova Briaviyarn oAG", "Nova Briavi Yarn AG"),  # glued in the query: the listing's pair key
    ("BRI Ght SGEA MINING", "BRIGHT SHEA MINING"),  # the query's pair key, and shea one edit away
    ("Korea San Jang Tradig Company", "Korea Sanjang Trading Company"),  # Tradig is 'trading'
    ("Vladimirromanov", "Vladimir Romanov"),
    ("Hsiang-Kang Hung-Feng Cotton Co., Ltd.", "Xianggang Hongfeng Cotton Co., Ltd."),
    ("Ku-Erh-Le Shun-Lung Textile Factory", "Kuerle Shunlong Textile Factory"),
    ("Ning-Po Jui-Lung Agriculture", "Ningbo Ruilong Agriculture Co., Ltd."),
    ("大连义锦棉业厂", "Dalian Yijin Cotton Factory"),
    ("조선함안전자련합회사", "Korea Haman Electronics Associated Corporation"),
    ("Su-Chou I-Wen Silicon Co., Ltd.", "Suzhou Yiwen Silicon Co., Ltd."),  # WG i = pinyin yi
])
def test_split_glued_and_hyphenated_names_find_the_listing_first(index: NameIndex, query: str,
                                                                  listed: str) -> None:
    found = index.candidates(render_name(query), limit=5)
    assert found and index.names[found[0]] == listed, [index.names[i] for i in found]


def test_trade_keys_pair_each_name_part_with_each_industry_word() -> None:
    r = render_name("Korea Changbyol Trading Group").renderings[0]
    assert trade_keys(r) == ["b:" + skeleton("changbyol") + "|trading"]
    # the Hangul listing gives the same key: 무역 is 'trading'
    assert trade_keys(render_name("조선창별무역그룹").renderings[0]) == trade_keys(r)
    assert trade_keys(render_name("Kim Chol Nam").renderings[0]) == []


def test_a_firm_in_the_same_trade_ranks_above_namesakes_in_other_trades() -> None:
    ix = NameIndex()
    listed = [f"Changbyol {trade} Co., Ltd." for trade in ("Chemical", "Mining", "Steel", "Food", "Machinery")]
    listed.append("Korea Changbyol Trading Group")
    for i, n in enumerate(listed):
        ix.add(n, i, render_name(n))
    ix.freeze()
    assert ix.candidates(render_name("Choson Changbyol Muyok Kurup"), limit=3)[0] == 5



def test_a_name_made_only_of_vocabulary_is_found_by_all_its_words() -> None:
    """Korea Trading Bank (a UN alias of the Foreign Trade Bank) has no rare word: its words together are a key,
    in any order, so that the exact alias and its Korean form 조선무역은행 reach the scorer."""
    from chainlight.model.entity import Entity, Name
    from chainlight.resolve import Matcher, Query
    from chainlight.resolve.keys import vocabulary_key
    from chainlight.resolve.rendering import render_name

    assert vocabulary_key(render_name("Korea Trading Bank").renderings[0]) == \
        vocabulary_key(render_name("Bank Korea Trading").renderings[0]) == "v:bank korea trading"
    assert vocabulary_key(render_name("Korea Ryonbong Trading").renderings[0]) is None  # it has a name of its own
    banks = [Entity(f"ofac-{i}", "Company", "ofac-sdn", str(i), [Name(f"{w} COMMERCIAL BANK", "primary")])
             for i, w in enumerate(("SYRIA", "RUBLEV", "NOVIKOM", "KORYO", "RASON", "TANCHON"))]
    ftb = Entity("un-KPe.047", "Organization", "un-sc", "KPe.047",
                 [Name("FOREIGN TRADE BANK (FTB)", "primary"), Name("Korea Trading Bank", "alias")])
    m = Matcher([*banks, ftb])
    for q in ("Korea Trading Bank", "조선무역은행"):
        got = m.match(Query("q", q), limit=1)
        assert got and got[0].entity_id == "un-KPe.047" and got[0].match, q
