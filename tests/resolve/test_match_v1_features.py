"""match_v1's features with their token similarity cached: the same values as token_similarity itself."""

from __future__ import annotations

from chainlight.resolve.match_v1 import features as F
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.rendering import Rendering, Token, render_name

PAIRS = [
    ("Korea Daesong General Trading Corp", "KOREA DAESONG GENERAL TRADING CORPORATION"),
    ("Acme Lash Supplies Ltd", "DRUGS AND MEDICAL SUPPLIES"),
    ("Chongchongang Shipping", "CHONG CHON GANG SHIPPING CO LTD"),
    ("조선광선은행", "KOREA KWANGSON BANKING CORP"),
    ("Ri Je Son", "RI Je-Son"),
    ("Paek Se Bong", "PAEK Se-pong"),
]


def _uncached_coverage(xs: Rendering, ys: Rendering, rarity: Rarity) -> float:
    total = got = 0.0
    for x in xs:
        w = x.weight * rarity(x)
        total += w
        got += w * max((F.token_similarity(x, y) for y in ys), default=0.0)
    return got / total if total else 0.0


def test_cached_similarity_gives_token_similarity_values() -> None:
    def rarity(t: Token) -> float:
        return 0.3 if t.text in ("korea", "kim") else 1.0

    for a, b in PAIRS:
        for q in render_name(a).renderings:
            for c in render_name(b).renderings:
                for x in q:
                    for y in c:
                        assert F._similarity(x, y) == F.token_similarity(x, y)
                assert F._coverage(q, c, rarity) == _uncached_coverage(q, c, rarity)
                assert F._coverage(c, q, rarity) == _uncached_coverage(c, q, rarity)
                # twice: the second answer comes from the cache
                assert F.tokens(q, c, rarity) == F.tokens(q, c, rarity)
