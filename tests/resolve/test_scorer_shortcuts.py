"""The scorer path's shortcuts (a /match query bounds up to 50 candidates): each gives what the longer way gives,
on names as the load benchmark and the real-world sets write them, in Latin letters, Hangul and Chinese.

- match_v7's bound sums its terms from a table made once (_TERMS) and stops at the first stage under the target;
- table.may_read asks its two questions in one pass;
- match_v2's token_set leaves out the joined forms' comparison where it can add nothing;
- match_v3's best_pair_by rounds the parts of the best pair alone, and match_v7's compare asks spacing's quick tests
  (table.may_cut) before spacing.respace;
- lookalikes.another_korean_name reads the query's Hangul once a query."""

from __future__ import annotations

import dataclasses

from benchmarks.api.match_load import NAMES
from rapidfuzz import fuzz

from chainlight.resolve import lookalikes
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v2 import features as F2
from chainlight.resolve.match_v2 import scorer as v2
from chainlight.resolve.match_v3 import features as F3
from chainlight.resolve.match_v3 import pairwise as v3_pairwise
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v4 import features as F4
from chainlight.resolve.match_v7 import bound, scorer, table
from chainlight.resolve.match_v7.weights import WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering, render_name

FLAT: Rarity = lambda _t: 1.0  # noqa: E731
LISTED = ["KOREA RYONBONG GENERAL CORPORATION", "조선련봉총회사", "KOREA KWANGSON BANKING CORPORATION", "DAESONG BANK",
          "Taesong Bank", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "KOMID", "RI, Je-Son", "RI Che-Son",
          "PAEK, Se-Bong", "CHANG, Myong-Chin", "JANG Myong-Jin", "GHAFFARINIA, Omid", "CHONG CHON GANG",
          "DALIAN YIJIN TRADING CO LTD", "大连义锦贸易有限公司", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED",
          "DRUGS AND MEDICAL SUPPLIES", "조선무역은행", "FOREIGN TRADE BANK", "김정은", "KIM Jong Un", "룡성무역회사",
          "RYUNGSONG TRADING", "Golden Warrior Shipping", "Dalian Yijin"]
QUERIES = [*NAMES, "Ri Je-son", "Daesongbank", "Dalianyijin Trading", "Golden Warrior Shipig", "김정운", "룡성",
           "丹东鸿祥实业发展有限公司", "청송련합", "KOREA KWANGSONG BANKING CORP"]


def _pairs() -> list[tuple[Analysis, Analysis, Rendering, Rendering]]:
    out = []
    for a in QUERIES:
        for b in LISTED:
            qa, ca = render_name(a), render_name(b)
            out += [(qa, ca, q, c) for q, c in bound.rendering_pairs(qa, ca)]
    return out


def _reference_pair_bound(p: bound._Pair, target: float | None) -> float:
    """The bound's sum term by term from WEIGHTS and MAXIMA, each term's test as _under makes it (the code before
    _TERMS), and its rules."""
    z, zero = bound._TOP[p.person], bound._BODIES_ONLY if p.person else bound._PERSONS_ONLY
    at = None if target is None else bound._logit(target)
    for stage in bound._STAGES:
        found = stage(p)
        p.features.update(found)
        for k, v in found.items():
            if k in zero:
                continue
            w = WEIGHTS.get(k, 0.0)
            z += w * (v - bound.MAXIMA[k]) if w > 0.0 else w * v
        if target is not None and bound._under(z, target, at):
            break
    s = bound._sigmoid(z + bound._SLACK)
    if target is not None and s < target:
        return max(s, scorer.VOCABULARY_COVER) if not p.person and scorer.vocabulary_cover(p.q, p.c) else s
    if not p.person and v2._industry_conflict(p.q, p.c):
        s *= v2.INDUSTRY_CONFLICT
    if p.features.get("cjk_chars"):
        s *= v3.CJK_DIFFERS
    if not p.person and F3.trades_differ(p.q, p.c):
        s *= v2.INDUSTRY_CONFLICT
    if not p.person and scorer.vocabulary_cover(p.q, p.c):
        s = max(s, scorer.VOCABULARY_COVER)
    return s


def test_the_bounds_sum_from_its_terms_is_the_term_by_term_sum() -> None:
    under = 0
    for qa, ca, q, c in _pairs():
        for person in (False, True):
            for target in (None, 0.3, 0.7):
                got = bound._pair_bound(bound._Pair(qa, ca, q, c, FLAT, person), target)
                want = _reference_pair_bound(bound._Pair(qa, ca, q, c, FLAT, person), target)
                assert got == want, (qa.original, ca.original, person, target)
                under += target is not None and got < target
    assert under  # most pairs of unrelated names end under the threshold, early


def test_may_read_in_one_pass_asks_both_questions() -> None:
    said = {True: 0, False: 0}
    for _qa, _ca, q, c in _pairs():
        for person in (False, True):
            best_q, best_c = table.best(q, c, person)
            for r, best_r in ((q, best_q), (c, best_c)):
                want = (any(t.cls == "name" and x >= F3.SURE for t, x in zip(r, best_r, strict=True))
                        and any(t.cls == "name" and x < F2.UNMATCHED_BELOW and len(t.text) >= F4._MISSPELT_MIN
                                for t, x in zip(r, best_r, strict=True)))
                assert table.may_read(r, best_r) == want
                said[want] += 1
    assert said[True] and said[False]


def test_token_set_is_the_better_of_the_plain_and_the_joined_words() -> None:
    shortcut = 0
    for _qa, _ca, q, c in _pairs():
        (a, joined_a), (b, joined_b) = F2._word_sets(q), F2._word_sets(c)
        want = 0.0 if not a or not b else max(fuzz.token_set_ratio(a, b),
                                              fuzz.token_set_ratio(joined_a, joined_b)) / 100.0
        assert F2.token_set(q, c) == want
        shortcut += bool(a and b) and ((joined_a == a and joined_b == b) or fuzz.token_set_ratio(a, b) == 100.0)
    assert shortcut


def test_best_pair_is_its_best_rendering_pair_the_first_of_equals() -> None:
    several = 0
    for a in QUERIES:
        for b in LISTED:
            qa, ca = render_name(a), render_name(b)
            pairs = bound.rendering_pairs(qa, ca)
            for person in (False, True):
                got = scorer.best_pair(qa, ca, FLAT, person)
                alone = [scorer.best_pair(dataclasses.replace(qa, renderings=(q,)),
                                          dataclasses.replace(ca, renderings=(c,)), FLAT, person) for q, c in pairs]
                scored = [s for s in alone if s is not None]
                if not scored:
                    assert got is None
                    continue
                first = next(s for s in scored if s.score == max(x.score for x in scored))
                assert got == first, (a, b, person)
                several += len(pairs) > 1
    assert several  # Hangul and Chinese names have several renderings


def test_another_korean_name_reads_the_querys_hangul() -> None:
    assert lookalikes._in_hangul_alone("룡성 무역-회사 2") == "룡성무역회사"
    assert lookalikes._in_hangul_alone("朝鲜大成银行") == ""
    assert lookalikes._in_hangul_alone("Daesong Bank") == ""
    ryungsong = render_name("RYUNGSONG TRADING").renderings[0]
    assert lookalikes.another_korean_name("룡성무역회사", ryungsong)  # ryung is 륭, not 룡
    assert not lookalikes.another_korean_name("Ryongsong Trading", ryungsong)


def test_compare_after_spacings_quick_tests_is_compare_with_respace() -> None:
    """match_v7's compare asks table.may_cut before spacing.respace: the same comparison as respace asked always,
    the pairs it cuts (Dalianyijin / Dalian Yijin) among them."""
    cut = 0
    for qa, ca, q, c in _pairs():
        for person in (False, True):
            best_q, best_c = table.best(q, c, person)
            quick = table.may_cut(q, best_q, c, best_c) or table.may_cut(c, best_c, q, best_q)
            always = v3_pairwise.compare(qa, ca, q, c, FLAT, person, (best_q, best_c))
            assert v3_pairwise.compare(qa, ca, q, c, FLAT, person, (best_q, best_c), may_cut=quick) == always
            cut += always.before is not None
    assert cut
