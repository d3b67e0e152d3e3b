"""The numpy inverted index and the Matcher's shortlist, parallel screening and scorer choice."""

from __future__ import annotations

from itertools import pairwise

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.resolve import Matcher, Query
from chainlight.resolve.index import NameIndex, query_keys
from chainlight.resolve.rendering import render_name

NAMES = ["KOREA RYONBONG GENERAL CORPORATION", "KOREA PUGANG TRADING CORPORATION", "KOREA KWANGSON BANKING CORP",
         "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", "RI, Chong Chol", "KIM, Yong Chol", "朝鲜联合机械贸易会社"]


def _index() -> NameIndex:
    ix = NameIndex()
    for i, n in enumerate(NAMES):
        ix.add(n, i, render_name(n))
    ix.freeze()
    return ix


def test_candidates_rank_the_rare_shared_word_first() -> None:
    ix = _index()
    assert ix.candidates(render_name("Ryonbong General Corp"), limit=3)[0] == 0
    assert ix.candidates(render_name("Hongxiang Industrial"), limit=3)[0] == 3
    assert ix.candidates(render_name("리정철"), limit=3)[0] == 4  # Hangul meets the romanized list name
    scored = ix.scored_candidates(render_name("Korea Pugang Trading"), limit=10)
    assert scored[0][0] == 1 and all(a[1] >= b[1] for a, b in pairwise(scored))


def test_unknown_or_empty_queries_have_no_candidates() -> None:
    ix = _index()
    assert ix.candidates(render_name("Zebulon Quartermaine"), limit=5) == []
    assert ix.candidates(render_name(""), limit=5) == []


def test_rarity_weighs_common_words_less() -> None:
    ix = _index()
    kim = render_name("Kim").renderings[0][0]
    hongxiang = render_name("Hongxiang").renderings[0][0]
    assert ix.rarity(hongxiang) == 1.0 and ix.rarity(kim) <= 1.0


def _ents() -> list[Entity]:
    return [Entity(f"x-{i}", "Person" if "," in n else "Company", "bench", str(i), [Name(n, "primary")])
            for i, n in enumerate(NAMES * 40)]


def test_match_many_in_workers_equals_one_by_one() -> None:
    m = Matcher(_ents())
    qs = [Query(f"q{i}", n) for i, n in enumerate(["조선련봉총회사", "Pugang Trading", "RI Chong Chol", "nothing"] * 60)]
    assert m.match_many(qs, limit=2, workers=2) == m.match_many(qs, limit=2)


def test_scorer_is_chosen_and_recorded() -> None:
    v1 = Matcher(_ents()[:7], scorer="match_v1").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v2 = Matcher(_ents()[:7], scorer="match_v2").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v3 = Matcher(_ents()[:7], scorer="match_v3").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v4 = Matcher(_ents()[:7], scorer="match_v4").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v5 = Matcher(_ents()[:7], scorer="match_v5").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v6 = Matcher(_ents()[:7], scorer="match_v6").match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    v7 = Matcher(_ents()[:7]).match(Query("q", "KOREA RYONBONG GENERAL CORP"))[0]
    assert (v1.scorer, v2.scorer, v3.scorer, v4.scorer, v5.scorer, v6.scorer, v7.scorer) == (
        "match_v1", "match_v2", "match_v3", "match_v4", "match_v5", "match_v6", "match_v7")
    assert v1.match and v2.match and v3.match and v4.match and v5.match and v6.match and v7.match
    assert "[match_v4]" in v4.explanation and "[match_v5]" in v5.explanation and "[match_v6]" in v6.explanation
    assert "[match_v7]" in v7.explanation
    with pytest.raises(ValueError):
        Matcher([], scorer="match_v9")


def test_frozen_index_drops_its_pairs_and_takes_more_names() -> None:
    ix = _index()
    assert len(ix._pair_key) == 0  # sorted into the CSR arrays, not kept twice
    ix.add("KOREA TANGUN TRADING CORPORATION", len(NAMES), render_name("KOREA TANGUN TRADING CORPORATION"))
    ix.freeze()
    assert ix.candidates(render_name("Tangun Trading"), limit=2)[0] == len(NAMES)
    assert ix.candidates(render_name("Ryonbong General Corp"), limit=3)[0] == 0  # the first names are still there


def test_a_misspelt_word_finds_its_name_through_one_edit_keys() -> None:
    ix = _index()
    assert ix.candidates(render_name("Kwangsno Banking"), limit=2)[0] == 2  # two letters swapped
    assert ix.candidates(render_name("Hongxiiang Industrial"), limit=2)[0] == 3  # a letter too many


def test_a_name_whose_distinctive_words_are_on_no_list_name_gets_no_candidates() -> None:
    ix = _index()
    assert ix.candidates(render_name("Tianjin Meixiu Trading Corporation")) == []  # only 'trading', 'corporation' meet
    assert ix.candidates(render_name("Korea Trading Corporation"))  # vocabulary only: vocabulary is all it has


def _by_query_keys(ix: NameIndex, query: str, limit: int) -> list[tuple[int, float]]:
    """The candidate search as it read the query's keys before the index kept them per word: query_keys, each
    key hashed and looked up in turn, then the same posting-list sums (the compiled loop)."""
    import math

    import numpy as np

    from chainlight.resolve import index as index_module

    keys = query_keys(render_name(query), ix._known)
    spans = []
    for key, (w, group) in keys.items():
        span = ix._span(key)
        if span is not None:
            spans.append((*span, w, group))
    if not spans or not any(s[3] >= 0 for s in spans):
        return []
    spans.sort()
    cap = max(index_module.MAX_POSTING, len(ix.names) // index_module.POSTING_SHARE)
    usable = [s for s in spans if s[0] <= cap] or [(cap, *spans[0][1:])]
    total = 0
    for k, sp in enumerate(usable):
        total += sp[0]
        if total > index_module.POSTING_BUDGET and k:
            usable = usable[:k]
            break
    usable.sort(key=lambda sp: sp[3])
    n = max(len(ix.names), 2)
    score, word_best = ix._scratch()
    ids, values = index_module._kernel().best_names(
        ix._postings, np.array([s[1] for s in usable], dtype=np.int64), np.array([s[0] for s in usable], dtype=np.int64),
        np.array([(math.log(n / s[0]) + 0.1) * s[2] for s in usable], dtype=np.float32),
        np.array([s[3] for s in usable], dtype=np.int64), score, word_best, limit)
    return list(zip(ids.tolist(), values.tolist(), strict=True))


# Firms of one town and trade, people, a Hangul and a Hanzi name, vocabulary only, misspellings, a name of three
# parts and one of legal words alone: the words the queries share and the keys of whole renderings
FIRMS = ["Qingdao Jinxiang Yingqi Lash Works Co., Ltd.", "Qingdao Xiangbao Dafu Lash Works Co., Ltd.",
         "Pingdu Dazeshan Meijie Arts and Crafts Co., Ltd.", "Pingdu Dazeshan Huamei Hair Products Co Ltd",
         "Zhongwei Lianguang Beauty Imports LLC", "Nova Briavi Yarn Trading", "Korea Trading Bank",
         "Wu-Lu-Mu-Chi Li-Yu Textile", "Xinjiang Hetian Cotton Textile Co", "Co., Ltd.", "조선련봉총회사", "丹东鸿祥实业发展有限公司"]
QUERIES = [*FIRMS, *NAMES, "Qingdao Jinxiang Yinqi Lash Works", "Pingdu Dazeshan", "Briaviyarn Trading",
           "Wulumuqi Liyu", "Hetian Cotton", "Korea Trading", "Trading Co Ltd", "Kim Yong Chol", "Ri Jong Chol",
           "Lash Works Qingdao", "Zebulon Quartermaine", ""]


def test_candidates_with_keys_kept_per_word_are_those_of_the_query_keys() -> None:
    ix = NameIndex()
    for i, n in enumerate(FIRMS + NAMES):
        ix.add(n, i, render_name(n))
    ix.freeze()
    for limit in (1, 3, 9, 40):
        for q in QUERIES * 2:  # the second time from the words' kept keys
            assert ix.scored_candidates(render_name(q), limit) == _by_query_keys(ix, q, limit), (q, limit)
    assert ix._caches()[0]  # words were kept ...
    ix.add("Qingdao Yingqi Hair Works", len(FIRMS + NAMES), render_name("Qingdao Yingqi Hair Works"))
    ix.freeze()
    assert not ix.__dict__.get("_key_caches")  # ... and dropped when the index changed
    assert ix.scored_candidates(render_name("Yingqi Hair"), 3)[0][0] == len(FIRMS + NAMES)
    assert ix.scored_candidates(render_name("Yingqi Hair"), 3) == _by_query_keys(ix, "Yingqi Hair", 3)
    assert "_key_caches" not in ix.__getstate__()  # not saved with the index


def test_spans_of_a_few_keys_read_one_by_one_are_those_of_the_array_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """_spans reads up to SCALAR_SPANS keys' hits one by one: the same spans (and misses) as its array steps."""
    from chainlight.resolve import index as index_module

    ix = _index()
    words = [t.skel for name in ("Korea Daesong Bank", "Ryonbong General Corporation", "Acme Lash Supplies")
             for r in render_name(name).renderings for t in r]
    keys = [k for w in words for k in (w, "p:" + w[:4], "d:" + w, w[1:], w + "x")]
    sets = [keys[i:i + n] for n in (1, 2, 3, 5, 8) for i in range(0, len(keys), n)]
    one_by_one = [ix._spans(s) for s in sets]
    monkeypatch.setattr(index_module, "SCALAR_SPANS", 0)
    assert [ix._spans(s) for s in sets] == one_by_one
    assert any(span is not None for spans in one_by_one for span in spans)
    assert any(span is None for spans in one_by_one for span in spans)
