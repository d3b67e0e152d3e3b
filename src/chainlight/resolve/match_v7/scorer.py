"""match_v7: match_v6 and a rule for names made only of vocabulary.

What match_v6 missed on names as documents write them (benchmarks/resolve/realworld): a body whose whole name
is vocabulary, written with a word fewer or more than the list writes it.  KOMID is KOREA MINING DEVELOPMENT
TRADING CORPORATION; Korean and Chinese documents and their translations write it 조선광업개발회사, 朝鮮鉱業開発
会社, Korea Mining Development Corporation.  match_v6 weighs such names by their distinctive parts' letters
and weakest part, which a name of vocabulary alone does not have, and scores them 0.37-0.51.  The rule: when
neither name has a distinctive part, each has trade or function words, those of one are all in the other
with at most one more (two at least on the longer side), both or neither name a country (korea), and their
other generic words (general, international) agree one way, the score is at least 0.8.  A different trade (Korea Mining Resources / Korea Mining Development) or a
second extra word keeps match_v6's score.

Keep the arithmetic unchanged once released; a better scorer becomes match_v8.
"""

from __future__ import annotations

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v1.scorer import Scored, adjust
from chainlight.resolve.match_v3 import pairwise as v3_pairwise
from chainlight.resolve.match_v3 import scorer as v3
from chainlight.resolve.match_v3.pairwise import Compared
from chainlight.resolve.match_v4 import features as F4
from chainlight.resolve.match_v4 import pairwise as v4_pairwise
from chainlight.resolve.match_v4 import scorer as v4
from chainlight.resolve.match_v5 import pairwise as v5_pairwise
from chainlight.resolve.match_v5 import scorer as v5
from chainlight.resolve.match_v7 import table as word_table
from chainlight.resolve.match_v7.weights import BIAS, WEIGHTS
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v7"
THRESHOLD = v5.THRESHOLD
FLOOR = v5.FLOOR
VOCABULARY_COVER = 0.8  # the least score of two names of vocabulary alone, one inside the other
COUNTRY_WORDS = frozenset({"korea", "china"})  # generic words that say whose a body is: both or neither
DESCRIPTIONS = {
    **v5.DESCRIPTIONS,
    "vocabulary_cover": "names made only of vocabulary, the trade and function words of one all in the other "
                        "with at most one more (Korea Mining Development Corporation / KOREA MINING "
                        "DEVELOPMENT TRADING CORPORATION): a rule, at least 0.8",
}

__all__ = ["DESCRIPTIONS", "FLOOR", "NAME", "THRESHOLD", "Scored", "adjust", "best_pair", "explain",
           "pair_features", "rendering_pairs"]

rendering_pairs = v5.rendering_pairs


def vocabulary_cover(q: Rendering, c: Rendering) -> float:
    """1 when neither name has a distinctive part and one's trade and function words are the other's, less at
    most one (two at least on the longer side), with the same country word or none and their other generic
    words agreeing one way."""
    if not q or not c:
        return 0.0
    for r in (q, c):  # (a loop, not any() over both joined: the bound asks it of most candidates it turns away)
        for t in r:
            if t.cls == "name":
                return 0.0
    qi = {t.text for t in q if t.cls == "industry"}
    ci = {t.text for t in c if t.cls == "industry"}
    small, big = (qi, ci) if len(qi) <= len(ci) else (ci, qi)
    if not small or len(big) < 2 or not small <= big or len(big - small) > 1:
        return 0.0
    qg = {t.text for t in q if t.cls == "generic"}
    cg = {t.text for t in c if t.cls == "generic"}
    if qg & COUNTRY_WORDS != cg & COUNTRY_WORDS:
        return 0.0  # The Korea Development Bank is not the (Russian) BANK FOR DEVELOPMENT
    return 1.0 if qg <= cg or cg <= qg else 0.0


def compare(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity, person: bool) -> Compared:
    """match_v6's comparison (match_v5's pairwise.compare: match_v4's, then match_v5's own features) and
    match_v7's own feature.  match_v4's steps are taken here in its order with the word table of table.py, which
    keeps its rows (the bound has made them for the pairs it lets through) and answers whether a misspelt
    vocabulary word is read before vocabulary_read is asked: the same features, the same order."""
    # a bound asked just before of these renderings has made their table and some features: read, not made again
    seen = word_table.seen(qa, ca, q, c, rarity, person)
    made = None if seen is None else seen.table
    table = word_table.best(q, c, person) if made is None else (list(made[0]), list(made[1]))
    if person:  # (match_v4) a patronymic only one side writes is left out before anything is compared
        q, c, read = F4.without_patronymic(q, c)
    elif word_table.reads(q, c, *table):  # (match_v4) a misspelt vocabulary word read as the other side's
        q, c, read = F4.vocabulary_read(q, c, lambda: table)
    else:
        read = ()
    if read:
        table = word_table.best(q, c, person)  # the words changed: the table of the words compared
    known = seen.features if seen is not None and not read else None  # the bound's, of the renderings compared
    # spacing's quick tests first: most pairs fail them, and respace, which makes them again and more, cuts nothing
    best_q, best_c = table
    may_cut = word_table.may_cut(q, best_q, c, best_c) or word_table.may_cut(c, best_c, q, best_q)
    cmp = v3_pairwise.compare(qa, ca, q, c, rarity, person, table, known, may_cut)
    after = {**cmp.features, **_v4_own(qa, ca, cmp.query, cmp.listed, cmp.best_query, cmp.best_listed, person,
                                       known if cmp.before is None else None)}
    before = cmp.before
    if before is not None:  # the measures on the words as written, before the cut
        best_q, best_c = table
        before = {**before, **_v4_own(qa, ca, q, c, tuple(best_q), tuple(best_c), person, known)}
    own = {**_v5_own(qa, ca, person, known),  # match_v5's
           "vocabulary_cover": 0.0 if person else vocabulary_cover(cmp.query, cmp.listed)}
    return v3_pairwise.with_features(cmp, {**after, **own}, None if before is None else {**before, **own})


def _v4_own(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, best_q: tuple[float, ...],
            best_c: tuple[float, ...], person: bool, known: dict[str, float] | None) -> dict[str, float]:
    """match_v4's pairwise._own, in its order, with what the bound found of these renderings (`known`: cjk_chars,
    and slip for a person, each by the same function of the same table) read rather than made again."""
    if not known:
        return v4_pairwise._own(qa, ca, q, c, best_q, best_c, person)
    return {
        "cjk_chars": known["cjk_chars"] if "cjk_chars" in known else F4.cjk_chars(qa, ca),
        "front_extra": F4.front_extra(q, c, best_q, best_c) if person else 0.0,
        "slip": (known["slip"] if "slip" in known else F4.slip(q, c, best_q, best_c)) if person else 0.0,
        "trade_extra": 0.0 if person else F4.trade_extra(q, c, best_q, best_c),
    }


def _v5_own(qa: Analysis, ca: Analysis, person: bool, known: dict[str, float] | None) -> dict[str, float]:
    """match_v5's pairwise._own, trade_written read from the bound's features when it made it."""
    if known and not person and "trade_written" in known:
        return {"trade_written": known["trade_written"], "reading_differs": 0.0, "reading_agrees": 0.0}
    return v5_pairwise._own(qa, ca, person)


def pair_features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
                  person: bool) -> dict[str, float]:
    """match_v6's features and match_v7's own."""
    return compare(qa, ca, q, c, rarity, person).features


def _rule(f: dict[str, float], s: float, parts: dict[str, float]) -> float:
    s = v5._own_rule(f, s, parts)
    if f.get("vocabulary_cover") and s < VOCABULARY_COVER:
        # a rule, not a weight: such pairs are rare in every training set (generated names all have a
        # distinctive part), and the lists name few bodies by vocabulary alone, each a known one (KOMID)
        parts["vocabulary_cover"] = VOCABULARY_COVER - s
        s = VOCABULARY_COVER
    return s


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity, person: bool = False) -> Scored | None:
    """match_v6's best pair and rules, and match_v7's own."""
    return v3.best_pair_by(qa, ca, rarity, person, compare, WEIGHTS, BIAS, differs=v5.DIFFERS, rule=_rule)


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    """match_v4's explanation, under this scorer's name and bias."""
    return v4.explain_by(qa, ca, s, BIAS, NAME)
