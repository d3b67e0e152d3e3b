"""match_v5's features of one rendering pair: match_v4's, and match_v5's own (features.py), which read the
names as written."""

from __future__ import annotations

from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.match_v3 import pairwise as v3
from chainlight.resolve.match_v3.pairwise import Compared
from chainlight.resolve.match_v4 import pairwise as v4
from chainlight.resolve.match_v5 import features as F
from chainlight.resolve.rendering import Analysis, Rendering


def _own(qa: Analysis, ca: Analysis, person: bool) -> dict[str, float]:
    if person:
        return {"trade_written": 0.0, **F.readings(qa, ca)}
    return {"trade_written": F.trade_written(qa, ca), "reading_differs": 0.0, "reading_agrees": 0.0}


def compare(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity, person: bool) -> Compared:
    cmp = v4.compare(qa, ca, q, c, rarity, person)
    own = _own(qa, ca, person)
    before = None if cmp.before is None else {**cmp.before, **own}
    return v3.with_features(cmp, {**cmp.features, **own}, before)


def features(qa: Analysis, ca: Analysis, q: Rendering, c: Rendering, rarity: Rarity,
             person: bool) -> dict[str, float]:
    return compare(qa, ca, q, c, rarity, person).features
