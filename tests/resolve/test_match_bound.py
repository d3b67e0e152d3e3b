"""match_v7's upper bound (resolve/match_v7/bound.py): never under the score best_pair gives, over real list names
and the real-world names documents write; and the Matcher's answers above a score asked for are the same when
candidates that cannot reach it go unscored as when every candidate is scored."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from benchmarks.api.match_load import NAMES
from benchmarks.resolve.realworld.run import SEEN, load

from chainlight.resolve import scorers
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v7 import bound, scorer
from chainlight.resolve.match_v7.weights import WEIGHTS
from chainlight.resolve.matcher import Matcher
from chainlight.resolve.rendering import Analysis, render_name
from chainlight.resolve.types import Match, Query
from chainlight.sources import ofac, un
from tests.helpers.snapshots import snapshot
from tests.resolve.listed import ofac as listed

FLAT: Rarity = lambda _t: 1.0  # noqa: E731
SLACK = 1e-9  # the bound adds the same terms in another order


def _seen_names(newest: int = 2, others: int = 800) -> list[str]:
    """The names of the newest seen real-world sets whole and a fixed sample of the earlier ones (never an unscored
    half).  A sample, because every round adds a set: all of them (3,000 names by set 22) made this test half an hour
    of CI's slow run; the newest sets hold the forms the latest readings were written for."""
    seen = sorted({s for s, split in SEEN if split in ("dev", "heldout")}, key=lambda s: int(s[1:]))

    def names(sets: list[str]) -> list[str]:
        return list(dict.fromkeys(r["name"] for s in sets for split in ("dev", "heldout") if (s, split) in SEEN
                                  for r in load(split, s)))

    latest = names(seen[-newest:])
    taken = set(latest)
    earlier = [n for n in names(seen[:-newest]) if n not in taken]
    return latest + random.Random(25).sample(earlier, min(others, len(earlier)))


def _typos(names: list[str], k: int, seed: int) -> list[str]:
    """k of the names with one letter dropped or doubled."""
    rnd = random.Random(seed)
    out = []
    for name in rnd.sample(sorted(n for n in names if len(n) > 4), k):
        i = rnd.randrange(1, len(name) - 1)
        out.append(name[:i] + name[i + 1:] if rnd.random() < 0.5 else name[:i] + name[i] + name[i:])
    return out


@contextmanager
def _bounds_checked(m: Matcher) -> Iterator[list[tuple[str, str, bool, float, float]]]:
    """Every pair the matcher scores is also bounded; the pairs whose score is above their bound are listed."""
    spec = scorers.get(m.scorer)
    wrong: list[tuple[str, str, bool, float, float]] = []

    def checked(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool) -> scorer.Scored | None:
        s = spec.best_pair(qa, ca, rarity, person)
        b = bound.upper_bound(qa, ca, rarity, person)
        if s is not None and s.score > b + SLACK:
            wrong.append((qa.original, ca.original, person, s.score, b))
        return s

    scorers.REGISTRY[m.scorer] = dataclasses.replace(spec, best_pair=checked, bound=None)
    try:
        yield wrong
    finally:
        scorers.REGISTRY[m.scorer] = spec


def _above(found: list[Match], score: float) -> list[tuple[str, float, dict[str, float], str, bool]]:
    return [(m.entity_id, m.score, m.features, m.explanation, m.match) for m in found if m.score > score]


def test_every_positive_feature_has_a_maximum_and_the_features_keep_to_it() -> None:
    assert {k for k, w in WEIGHTS.items() if w > 0} <= set(bound.MAXIMA)
    for a, b in [("Acme Lash Supplies Ltd", "DRUGS AND MEDICAL SUPPLIES"), ("Ri Je Son", "RI Je Song"),
                 ("Jobn Bregiond", "John Bregiond"), ("Fund 8", "Fund 9"), ("Islam Khalil", "Pedro Islam Khalil")]:
        qa, ca = render_name(a), render_name(b)
        for person in (False, True):
            for q, c in bound.rendering_pairs(qa, ca):
                f = scorer.pair_features(qa, ca, q, c, FLAT, person)
                assert all(0.0 <= f[k] <= bound.MAXIMA.get(k, 1.0) for k in WEIGHTS), (a, b, f)


@pytest.mark.parametrize("a,b,person,least", [
    ("Korea Daesong Bank", "KOREA DAESONG BANK", False, 1.0),  # the same words: 1.0 by rule
    ("Korea Mining Development Corporation", "KOREA MINING DEVELOPMENT TRADING CORPORATION", False, 0.8),
    ("Choe Hung-ye", "Choi Heung Ye", True, 0.8),  # a reading agrees: at least 0.8 by rule
    ("Dalianyijin", "Dalian Yijin", False, 1.0),  # a word cut as the other side writes it: the bound gives up
    ("Golden Warrior Shipig", "Golden Warrior Shipping", False, 1.0),  # a misspelt word read: likewise
    ("Vladimir Vladimirovich Putin", "Vladimir Putin", True, 1.0),  # a patronymic left out: likewise
])
def test_rules_that_raise_a_score_or_change_the_words_raise_the_bound(a: str, b: str, person: bool,
                                                                       least: float) -> None:
    qa, ca = render_name(a), render_name(b)
    s = scorer.best_pair(qa, ca, FLAT, person)
    got = bound.upper_bound(qa, ca, FLAT, person)
    assert s is not None and got >= least and got >= s.score


@pytest.mark.parametrize("a,b", [("Acme Lash Supplies Ltd", "DRUGS AND MEDICAL SUPPLIES"),
                                 ("Daesong Bank", "Daesong Trading"), ("KOMID", "GHAFFARINIA, Omid"),
                                 ("Reconnaissance General Bureau", "Riyadus-Salikhin Reconnaissance and "
                                                                   "Sabotage Battalion")])
def test_names_far_apart_are_bounded_under_the_threshold(a: str, b: str) -> None:
    qa, ca = render_name(a), render_name(b)
    s = scorer.best_pair(qa, ca, FLAT, False)
    got = bound.upper_bound(qa, ca, FLAT, False)
    assert s is not None and s.score <= got < scorer.THRESHOLD
    assert bound.upper_bound(qa, ca, FLAT, False, target=scorer.THRESHOLD) < scorer.THRESHOLD
    assert bound.upper_bound(qa, ca, FLAT, False, target=0.01) == 1.0  # not under the target: no more work


def _small_matcher() -> Matcher:
    return Matcher([
        listed("9345", "Company", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID", program="DPRK"),
        listed("9347", "Company", "KOREA RYONBONG GENERAL CORPORATION", "조선련봉총회사", program="DPRK"),
        listed("18668", "Company", "KOREA KWANGSON BANKING CORPORATION", "KKBC", program="DPRK2"),
        listed("17282", "Company", "DAEDONG CREDIT BANK", "DCB", program="DPRK"),
        listed("12001", "Company", "KOREA DAESONG GENERAL TRADING CORPORATION", "Daesong Trading", program="DPRK"),
        listed("12002", "Company", "DAESONG BANK", "Taesong Bank", program="DPRK"),
        listed("13001", "Company", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", "OMM", program="NPWMD"),
        listed("13002", "Company", "DRUGS AND MEDICAL SUPPLIES", program="SDGT"),
        listed("14001", "Person", "RI, Je-Son", "RI Che-Son", program="DPRK"),
        listed("14002", "Person", "PAEK, Se-Bong", program="DPRK"),
        listed("14003", "Person", "CHANG, Myong-Chin", "JANG Myong-Jin", program="DPRK"),
        listed("14004", "Person", "GHAFFARINIA, Omid", program="NPWMD"),
        listed("15001", "Vessel", "CHONG CHON GANG", program="DPRK"),
        listed("16001", "Company", "DALIAN YIJIN TRADING CO LTD", "大连义锦贸易有限公司", program="DPRK"),
    ])


def test_the_bound_holds_and_skipping_changes_no_answer_on_a_small_list() -> None:
    m = _small_matcher()
    queries = [*NAMES, *_seen_names()[:80], "Dalianyijin Trading", "Korea Kwangson Bank", "Ri Je-son"]
    with _bounds_checked(m) as wrong:
        for name in queries:
            for schema in ("Company", "Person"):
                m.match(Query("q", name, schema), 50)
    assert not wrong
    for name in queries:
        for schema in ("Company", "Person"):
            q = Query("q", name, schema)
            every = m.match(q, 50)
            for score in (0.3, 0.5, 0.7):
                assert _above(m.match(q, 50, at_least=score), score) == _above(every, score), (name, score)


def _given(table: tuple[list[float], list[float]]) -> Callable[[], tuple[list[float], list[float]]]:
    return lambda: table


def test_the_quick_tests_pass_every_pair_whose_words_are_cut_or_read() -> None:
    """_may_cut and _may_read let the bound skip spacing.respace and vocabulary_read: they may say yes where
    nothing is cut or read, never no where something is."""
    from chainlight.resolve.match_v3 import pairwise, spacing
    from chainlight.resolve.match_v4 import features as F4

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:80], "Dalianyijin Trading", "Golden Warrior Shipig", "Daesongbank",
               "Ocean Maritme Managment Comapny", "Chongchongang"]
    cut = read = 0
    for a in queries:
        for b in [*listed_names, "Dalian Yijin", "Golden Warrior Shipping", "Technologyjoint"]:
            qa, ca = render_name(a), render_name(b)
            for q, c in bound.rendering_pairs(qa, ca):
                for person in (False, True):
                    best_q, best_c = pairwise._best(q, c, person)
                    if spacing.respace(q, c, best_q, best_c, person) is not None:
                        cut += 1
                        assert bound._may_cut(q, best_q, c, best_c) or bound._may_cut(c, best_c, q, best_q), (a, b)
                    if F4.vocabulary_read(q, c, _given((best_q, best_c)))[2]:
                        read += 1
                        assert bound._may_read(q, best_q) or bound._may_read(c, best_c), (a, b)
    assert cut and read  # the names hold both cases


@pytest.mark.slow  # OFAC + UN whole (~10 s to build) and ~1,000 names both ways: CI's slow run
def test_the_bound_holds_over_the_lists_and_the_seen_real_world_names() -> None:
    ents = (ofac.read([snapshot("sanctions/ofac/sdn.csv")]).entities
            + un.read([snapshot("sanctions/un/consolidated.xml")]).entities)
    m = Matcher(ents)
    listed_names = [n.value for e in ents for n in e.names]
    queries = [*NAMES, *_seen_names(), *_typos(listed_names, 200, seed=12)]
    with _bounds_checked(m) as wrong:
        for name in queries:
            for schema in ("Company", "Person"):
                m.match(Query("q", name, schema), 50)
    assert not wrong, wrong[:5]
    for name in queries[::3]:
        q = Query("q", name, "Company")
        every = m.match(q, 50)
        for score in (0.3, 0.7):
            assert _above(m.match(q, 50, at_least=score), score) == _above(every, score), (name, score)


def test_may_cut_answers_as_spacings_own_tests() -> None:
    """bound._may_cut walks the runs in place, makes each run's spellings once and skips an edit similarity its
    lengths keep under NEAR: the same answer as spacing._splits's tests (its runs, lengths and
    _joined_similarity) made one by one."""
    from chainlight.resolve.match_v3 import pairwise, spacing

    def by_spacing(xs: tuple, best_x: list[float], ys: tuple, best_y: list[float]) -> bool:
        weak = [x for x, b in zip(xs, best_x, strict=True) if b < spacing.SURE and x.cls == "name"]
        if not weak or all(b >= spacing.SURE for b in best_y):
            return False
        return any(abs(len(x.skel) - length) <= spacing.LENGTH_SLACK + e - j
                   and spacing._joined_similarity(x, ys[j:e]) >= spacing.NEAR
                   for j, e, length in spacing._runs(ys, best_y) for x in weak)

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:80], "Dalianyijin Trading", "Golden Warrior Shipig", "Daesongbank",
               "Chongchongang", "Technologyjoint Stock"]
    said = 0
    for a in queries:
        for b in [*listed_names, "Dalian Yijin", "Golden Warrior Shipping", "Technology Joint Stock"]:
            for q, c in bound.rendering_pairs(render_name(a), render_name(b)):
                best_q, best_c = pairwise._best(q, c, False)
                for xs, bx, ys, by in ((q, best_q, c, best_c), (c, best_c, q, best_q)):
                    expected = by_spacing(xs, bx, ys, by)
                    assert bound._may_cut(xs, bx, ys, by) == expected, (a, b)
                    said += expected
    assert said  # the names hold pairs it says yes for


def test_the_bounds_word_table_is_match_v3s() -> None:
    """bound._best keeps the table's rows per (word, rendering): the same best similarities both ways as
    match_v3's pairwise._best, for bodies and persons, whichever pair is asked first."""
    from chainlight.resolve.match_v3 import pairwise

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:60], "Dalianyijin Trading", "Kim Il", ""]
    for a in queries:
        for b in [*listed_names[:40], "Dalian Yijin", "K Il Sung"]:
            for q, c in bound.rendering_pairs(render_name(a), render_name(b)):
                for person in (False, True):
                    assert bound._best(q, c, person) == pairwise._best(q, c, person), (a, b, person)
                    assert bound._best(c, q, person) == pairwise._best(c, q, person), (a, b, person)
    assert bound._best((), (), False) == pairwise._best((), (), False)


def test_table_reads_when_vocabulary_read_reads() -> None:
    """match_v7's table.reads (match_v4's tests, their edit distances kept) says yes exactly where
    vocabulary_read reads a word, for misspelt and well-spelt names alike."""
    from chainlight.resolve.match_v3 import pairwise
    from chainlight.resolve.match_v4 import features as F4
    from chainlight.resolve.match_v7 import table

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:80], "Golden Warrior Shipig", "Ocean Maritme Managment Comapny",
               "Korea Minning Developmnt Tradng Corporaton", "Daesong Bnak", "Acme Tradnig Corporatoin"]
    said = 0
    for a in queries:
        for b in [*listed_names, "Golden Warrior Shipping", "Acme Trading Corporation"]:
            for q, c in bound.rendering_pairs(render_name(a), render_name(b)):
                best_q, best_c = pairwise._best(q, c, False)
                expected = bool(F4.vocabulary_read(q, c, _given((best_q, best_c)))[2])
                assert table.reads(q, c, best_q, best_c) == expected, (a, b)
                said += expected
    assert said  # the names hold pairs it reads


def test_match_v7s_compare_is_match_v5s_with_its_own_feature() -> None:
    """match_v7's compare takes match_v4's steps itself with table.py's word table: the same comparison as
    match_v5's pairwise.compare with vocabulary_cover added (features in the same order, renderings, cuts)."""
    from chainlight.resolve.match_v3 import pairwise as v3_pairwise
    from chainlight.resolve.match_v5 import pairwise as v5_pairwise

    def old(qa: Analysis, ca: Analysis, q: tuple, c: tuple, person: bool) -> v3_pairwise.Compared:
        cmp = v5_pairwise.compare(qa, ca, q, c, _rarity, person)
        own = {"vocabulary_cover": 0.0 if person else scorer.vocabulary_cover(cmp.query, cmp.listed)}
        before = None if cmp.before is None else {**cmp.before, **own}
        return v3_pairwise.with_features(cmp, {**cmp.features, **own}, before)

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:60], "Dalianyijin Trading", "Golden Warrior Shipig", "Daesongbank",
               "Vladimir Vladimirovich Putin", "Kim Il"]
    for a in queries:
        for b in [*listed_names[:40], "Dalian Yijin", "Golden Warrior Shipping", "Vladimir Putin", "K Il Sung"]:
            qa, ca = render_name(a), render_name(b)
            for q, c in bound.rendering_pairs(qa, ca):
                for person in (False, True):
                    got, want = scorer.compare(qa, ca, q, c, _rarity, person), old(qa, ca, q, c, person)
                    assert list(got.features.items()) == list(want.features.items()), (a, b, person)
                    assert got == want, (a, b, person)


def _rarity(t: object) -> float:
    return 0.7


def test_best_pair_after_a_bound_is_best_pair_alone() -> None:
    """best_pair reads the table and features the bound just made of the same renderings (table.Seen): the same
    Scored (score, parts in order, renderings) as best_pair with no bound before it, for bodies and persons, and
    after bounds that stopped at every stage (targets from 0.05 to 0.95); a record is not read for other names,
    another person flag or another rarity."""
    from chainlight.resolve.match_v7 import table

    m = _small_matcher()
    listed_names = [m.index.names[i] for i in range(len(m.index.names))]
    queries = [*NAMES, *_seen_names()[:50], "Dalianyijin Trading", "Golden Warrior Shipig", "Daesongbank",
               "Vladimir Vladimirovich Putin", "Kim Il", "Korea Mining Development Corporation"]
    read = 0
    for a in queries:
        for b in [*listed_names[:30], "Dalian Yijin", "Golden Warrior Shipping", "Vladimir Putin", "K Il Sung",
                  "KOREA MINING DEVELOPMENT TRADING CORPORATION"]:
            qa, ca = render_name(a), render_name(b)
            for person in (False, True):
                table.bounding()  # no record
                alone = repr(scorer.best_pair(qa, ca, _rarity, person))
                for target in (None, 0.05, 0.35, 0.7, 0.95):
                    bound.upper_bound(qa, ca, _rarity, person, target)
                    read += any(table.seen(qa, ca, q, c, _rarity, person) is not None
                                for q, c in bound.rendering_pairs(qa, ca))
                    assert repr(scorer.best_pair(qa, ca, _rarity, person)) == alone, (a, b, person, target)
                bound.upper_bound(qa, ca, _rarity, person, None)
                for q, c in bound.rendering_pairs(qa, ca):
                    assert table.seen(qa, ca, q, c, FLAT, person) is None
                    assert table.seen(qa, ca, q, c, _rarity, not person) is None
                    assert table.seen(ca, qa, q, c, _rarity, person) is None or qa is ca
    assert read  # records were there to read


def test_missing_counts_as_counters_do() -> None:
    """match_v3's `missing` on plain dicts: the integers of Counter subtraction, on pinyin and Korean names."""
    from collections import Counter

    from chainlight.resolve.match_v3 import features as F3

    def counted(q: tuple, c: tuple) -> tuple[int, int] | None:
        best: tuple[int, int] | None = None
        for x in F3._syllable_bags(q):
            for y in F3._syllable_bags(c):
                got = (min(sum((x - y).values()), sum((y - x).values())), max(sum(x.values()), sum(y.values())))
                if best is None or got[0] * best[1] < best[0] * got[1]:
                    best = got
        assert all(isinstance(bag, Counter) for bag in F3._syllable_bags(q))
        return best

    names = ["Yuan Jingjie", "Yuan Zhongjie", "Beijing Gangcheng", "Beijing Gangzhong", "Kim Jong Un", "Kim Jong Eun",
             "Jiahong Zhihong", "Ri Song Chol", "Ri Chong Chol", "Dalian Yijin", "Walid Yilmaz", "Joo Woo Lee", "",
             *NAMES, *_seen_names()[:100]]
    some = 0
    for a in names:
        for b in names[:40]:
            for q in render_name(a).renderings:
                for c in render_name(b).renderings:
                    assert F3.missing(q, c) == counted(q, c), (a, b)
                    some += F3.missing(q, c) is not None
    assert some
