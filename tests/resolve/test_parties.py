"""cluster_parties: spellings of one firm across scripts and legal forms are one party; at scale the same
answer comes from grouping, the exact score bound and forked workers."""

from __future__ import annotations

import itertools

import pytest

from chainlight.resolve import PartyName, cluster_parties
from chainlight.resolve import parties as P
from chainlight.resolve.match_v1 import scorer
from chainlight.resolve.rendering import render_name

# fictional processors of Pingdu and Xuchang in Hanzi, pinyin and capitals; OFAC's Korea Rungrado in Hangul
# and English; a South Korean bank whose name resembles OFAC's Korea Kwangson Banking Corp
NAMES = [
    ("a1", "平度市大泽山镇美睫工艺品有限公司", "cn"), ("a2", "Pingdu Dazeshan Meijie Crafts Co., Ltd", "cn"),
    ("a3", "PINGDU DAZESHAN MEIJIE ARTS & CRAFTS CO LTD", "cn"),
    ("b1", "平度市大泽山镇华艺发制品有限公司", "cn"), ("b2", "Pingdu Dazeshan Huayi Hair Products Co Ltd", "cn"),
    ("c1", "许昌瑞美发制品有限公司", "cn"), ("c2", "Xuchang Ruimei Hair Products Co., Ltd.", "cn"),
    ("c3", "Xuchang Ruimei Hair Products Company Limited", "cn"),
    ("d1", "조선릉라도무역총회사", "kp"), ("d2", "Korea Rungrado General Trading Corporation", "kp"),
    ("e1", "Korea Kwangson Bank Co., Ltd.", "kr"), ("e2", "KOREA KWANGSON BANK CO LTD", "kp"),
    ("f1", "Golden Bridge Trading 17 (HK) Ltd", "hk"), ("f2", "Golden Bridge Trading 42 (HK) Ltd", "hk"),
    ("g1", "Co., Ltd.", "cn"), ("g2", "Co., Ltd.", "cn"), ("h1", "", None),
]


def _parties() -> list[PartyName]:
    return [PartyName(k, n, c) for k, n, c in NAMES]


def test_spellings_across_scripts_are_one_party_and_firms_stay_apart() -> None:
    ids = cluster_parties(_parties(), workers=1)
    assert ids["a1"] == ids["a2"] == ids["a3"] == "party:pingdu-dazeshan-meijie-arts-and-crafts-co-ltd"
    assert ids["b1"] == ids["b2"] != ids["a1"]
    assert ids["c1"] == ids["c2"] == ids["c3"] not in (ids["a1"], ids["b1"])
    assert ids["d1"] == ids["d2"] == "party:korea-rungrado-general-trading-corporation"
    # the same words in two countries are two firms; a number tells two traders apart
    assert ids["e1"] != ids["e2"] and ids["f1"] != ids["f2"]
    # a name of legal words alone says nothing: each mention stays its own party, as does an empty name
    assert len({ids["g1"], ids["g2"], ids["h1"]}) == 3 and ids["h1"].startswith("party:unnamed")


def _partition(ids: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for k, v in ids.items():
        groups.setdefault(v, set()).add(k)
    return {frozenset(g) for g in groups.values()}


def test_same_partition_as_scoring_every_pair() -> None:
    """The shortcuts (groups, few candidates, the bound) lose no link here: every pair scored by match_v1
    with the same rarity gives the same parties."""
    parties = _parties()
    ids = cluster_parties(parties, workers=1)
    work_ids = {p.key: i for i, p in enumerate(parties)}
    parent = list(range(len(parties)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    index = P.NameIndex()
    for i, p in enumerate(parties):
        index.add(p.name, i, render_name(p.name))
    for (i, p), (j, q) in itertools.combinations(enumerate(parties), 2):
        qa, ca = render_name(p.name), render_name(q.name)
        s = scorer.best_pair(qa, ca, index.rarity) if not (qa.empty or ca.empty) else None
        if s is not None and scorer.adjust(s, query_country=p.country, countries=[q.country] if q.country else [],
                                           query_dob=None, dobs=[], query_schema=None,
                                           schema="Company").score >= P.SAME_PARTY:
            parent[find(i)] = find(j)
    brute = {k: str(find(i)) for k, i in work_ids.items()}
    assert _partition(ids) == _partition(brute)


def test_identical_analyses_are_compared_once() -> None:
    """Legal forms and case do not separate: 'Co., Ltd.' / 'Company Limited' are the same analysis."""
    assert render_name("Xuchang Ruimei Hair Products Co., Ltd.").renderings == \
        render_name("XUCHANG RUIMEI HAIR PRODUCTS COMPANY LIMITED").renderings
    many = [PartyName(f"k{i}", n, "cn") for i, n in enumerate(
        ["Xuchang Ruimei Hair Products Co., Ltd.", "XUCHANG RUIMEI HAIR PRODUCTS COMPANY LIMITED"] * 50)]
    calls = 0
    real = P._full_score

    def counting(work: P._Work, i: int, j: int) -> float:
        nonlocal calls
        calls += 1
        return real(work, i, j)

    P._full_score = counting  # type: ignore[assignment]
    try:
        ids = cluster_parties(many, workers=1)
    finally:
        P._full_score = real  # type: ignore[assignment]
    assert len(set(ids.values())) == 1 and calls == 1  # only the group's own check


def test_could_reach_never_drops_a_pair_the_scorer_would_join() -> None:
    """The pre-filter is an exact upper bound of match_v1 (+ the country bonus), checked on every pair."""
    names = [n for _, n, _ in NAMES if n] + ["Pingdu Meijie Crafts", "平度美睫工艺品", "Korea Rungra-do Trading",
                                            "조선릉라도 무역", "Rungrado General Trading Corp", "Xuchang Ruimei"]
    joined = 0
    for a, b in itertools.product(names, repeat=2):
        qa, ca = render_name(a), render_name(b)
        s = scorer.best_pair(qa, ca, lambda _t: 1.0)
        if s is None:
            continue
        top = scorer.adjust(s, query_country="cn", countries=["cn"], query_dob=None, dobs=[], query_schema=None,
                            schema="Company").score
        for threshold in (0.6, 0.7, P.SAME_PARTY):
            if top >= threshold:
                assert P.could_reach(qa, ca, threshold), (a, b, top)
        joined += top >= P.SAME_PARTY
    assert joined > len(names)  # not only the pairs of a name with itself
    assert not P.could_reach(render_name("Glam Beauty Imports LLC"), render_name("Qingdao Lash Works Co., Ltd."))


def test_forked_workers_give_the_serial_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(P, "PARALLEL_FROM", 10)
    parties = _parties() + [PartyName(f"n{i}", f"Qingdao Lash Works {i} Co., Ltd.", "cn") for i in range(40)] \
        + [PartyName(f"m{i}", f"QINGDAO LASH WORKS {i} CO LTD", "cn") for i in range(0, 40, 3)]
    serial = cluster_parties(parties, workers=1)
    assert cluster_parties(parties, workers=2) == serial
    monkeypatch.setattr(P, "CACHED_NAMES", 20)  # analyses in the workers too, pickled back
    monkeypatch.setattr(P, "ANALYSE_PARALLEL_FROM", 20)
    assert cluster_parties(parties, workers=2) == serial
    assert serial["n3"] == serial["m3"] != serial["n6"]


def test_a_screen_keeping_analyses_hands_the_workers_analyses_to_render_name(monkeypatch: pytest.MonkeyPatch
                                                                            ) -> None:
    """Above CACHED_NAMES the names are analysed uncached (in forked workers); within kept_analyses() those
    analyses answer render_name (the matcher's), each equal to a fresh analysis; outside, none is kept."""
    from chainlight.resolve import rendering

    monkeypatch.setattr(P, "CACHED_NAMES", 20)
    monkeypatch.setattr(P, "ANALYSE_PARALLEL_FROM", 20)
    parties = _parties() + [PartyName(f"n{i}", f"Qingdao Lash Works {i} Co., Ltd.", "cn") for i in range(40)]
    fresh = {p.name or "": render_name.__wrapped__(p.name or "") for p in parties}
    ids = cluster_parties(parties, workers=2)
    assert not rendering._HANDED  # no screen keeps them: nothing held
    with rendering.kept_analyses():
        assert cluster_parties(parties, workers=2) == ids
        assert fresh == rendering._HANDED
        render_name.cache_clear()
        assert all(render_name(n) is rendering._HANDED[n] for n in fresh)
    assert not rendering._HANDED
    render_name.cache_clear()
    assert all(render_name(n) == a for n, a in fresh.items())
