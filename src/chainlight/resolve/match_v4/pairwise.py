"""match_v4's features of one rendering pair: match_v3's, from its one table of word similarities, and
match_v4's own (features.py), read from the same table; cjk_chars is match_v4's (legal forms apart).  A
person's patronymic that only one side writes is left out first (Vladimir Vladimirovich Putin / Vladimir
Putin), and a firm's misspelt vocabulary word that the other side writes right is read as that word
(Golden Warrior Shipig / Shipping); the explanation says so."""

from __future__ import annotations

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v3 import pairwise as v3
from chainlight.resolve.match_v4 import features as F
from chainlight.resolve.rendering import Analysis, Rendering


def _own(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, best_q: tuple[float, ...],
         best_c: tuple[float, ...], person: bool) -> dict[str, float]:
    return {
        "cjk_chars": F.cjk_chars(qa, ca),  # match_v2's, legal forms and group words apart
        "front_extra": F.front_extra(q, c, best_q, best_c) if person else 0.0,
        "slip": F.slip(q, c, best_q, best_c) if person else 0.0,
        "trade_extra": 0.0 if person else F.trade_extra(q, c, best_q, best_c),
    }


def compare(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
            person: bool) -> v3.Compared:
    table: list[tuple[list[float], list[float]]] = []  # the word-similarity table, once asked for

    def best() -> tuple[list[float], list[float]]:
        if not table:
            table.append(v3._best(q, c, person))
        return table[0]

    if person:  # a patronymic only one side writes is left out before anything is compared
        q, c, read = F.without_patronymic(q, c)
    else:  # a misspelt vocabulary word the other side writes right is read as that word
        q, c, read = F.vocabulary_read(q, c, best)
    if read:
        table.clear()  # the words changed: the table is computed again for them
    cmp = v3.compare(qa, ca, q, c, rarity, person, table[0] if table else None)
    after = {**cmp.features, **_own(qa, ca, cmp.query, cmp.listed, cmp.best_query, cmp.best_listed, person)}
    before = cmp.before
    if before is not None:  # the measures on the words as written, before the cut (rare: its own table)
        best_q, best_c = best()
        before = {**before, **_own(qa, ca, q, c, tuple(best_q), tuple(best_c), person)}
    return v3.with_features(cmp, after, before)


def features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
             person: bool) -> dict[str, float]:
    return compare(qa, ca, q, c, rarity, person).features
