"""match_v1's features: each compares one query rendering with one list rendering and returns a value in [0,1].

Weights live in scorer.py beside their descriptions; these functions only measure.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from chainlight.resolve.rendering import Rendering, Token

Rarity = Callable[[Token], float]  # how telling a token is in this watchlist, 0..1


def _flat(_: Token) -> float:
    return 1.0


def token_similarity(a: Token, b: Token) -> float:
    """1.0 for the same skeleton; a graded score for a near spelling; 0 for short or distant tokens.

    Tokens under four letters must agree exactly: 'ri' vs 'o' or 'co' vs 'do' carry no spelling evidence.
    """
    if a.skel == b.skel:
        return 1.0
    if min(len(a.skel), len(b.skel)) < 4:
        return 0.0
    sim = max(DamerauLevenshtein.normalized_similarity(a.skel, b.skel),
              DamerauLevenshtein.normalized_similarity(a.text, b.text))
    if sim < 0.7:
        return 0.0
    # one letter off in a short word (Chong / Song) is weak evidence, in a long one (Ryongbong) strong:
    # between 0.7 and 0.85 the credit rises from nothing to nearly full
    return sim if sim >= 0.85 else sim * (sim - 0.7) / 0.15


# the same pair of words recurs across candidates and queries (ltd, trading, korea); tokens are frozen and
# hashable, and the value is token_similarity's own (match_v2's _spelling keeps such a cache too)
_similarity = lru_cache(maxsize=100_000)(token_similarity)


def _coverage(xs: Rendering, ys: Rendering, rarity: Rarity) -> float:
    total = 0.0
    got = 0.0
    for x in xs:
        w = x.weight * rarity(x)
        total += w
        got += w * max([_similarity(x, y) for y in ys], default=0.0)
    return got / total if total else 0.0


def _harmonic(q: Rendering, c: Rendering, rarity: Rarity) -> float:
    a, b = _coverage(q, c, rarity), _coverage(c, q, rarity)
    return 2 * a * b / (a + b) if a + b else 0.0


def _name_run_merged(r: Rendering) -> Rendering:
    """The distinctive parts written as one word: 'chong chon gang' -> 'chongchongang'."""
    names = [t for t in r if t.cls == "name"]
    if len(names) < 2:
        return r
    merged = Token("".join(t.text for t in names), "".join(t.skel for t in names), "name")
    return (merged, *(t for t in r if t.cls != "name"))


def tokens(q: Rendering, c: Rendering, rarity: Rarity = _flat) -> float:
    """Token overlap weighted by class and rarity, in both directions (harmonic mean).

    Both directions count: a query that covers only "KOREA ... TRADING" of a listed name with a distinctive
    part it does not have must not reach the threshold.  Spacing differences (Rungra-do / Rungrado) are
    handled by also comparing the distinctive parts written as one word.
    """
    plain = _harmonic(q, c, rarity)
    n_q = sum(t.cls == "name" for t in q)
    n_c = sum(t.cls == "name" for t in c)
    if plain >= 0.999 or n_q == n_c:  # same number of parts: not a spacing difference
        return plain
    return max(plain, _harmonic(_name_run_merged(q), _name_run_merged(c), rarity))


def _joined(r: Rendering, cls: tuple[str, ...]) -> str:
    return "".join(t.skel for t in r if t.cls in cls)


_NAMES: tuple[str, ...] = ("name",)
_WORDS: tuple[str, ...] = ("name", "industry", "generic")


# a rendering meets every candidate of its query, and a list name many queries: its joined forms are kept
@lru_cache(maxsize=100_000)
def _joined_forms(r: Rendering) -> tuple[str, str, str, str]:
    """The distinctive parts' skeletons joined, as written and sorted; the same of every non-legal word."""
    return (_joined(r, _NAMES), "".join(sorted(t.skel for t in r if t.cls in _NAMES)),
            _joined(r, _WORDS), "".join(sorted(t.skel for t in r if t.cls in _WORDS)))


def joined(q: Rendering, c: Rendering) -> float:
    """Edit similarity of the name parts written together: Chongchongang vs Chong Chon Gang, 平度 vs Ping Du.

    Uses the distinctive parts when both sides have some, else every non-legal word.
    """
    fq, fc = _joined_forms(q), _joined_forms(c)
    a, b, sa, sb = fq[0], fc[0], fq[1], fc[1]
    if not a or not b:
        a, b, sa, sb = fq[2], fc[2], fq[3], fc[3]
    if not a or not b:
        return 0.0
    straight = Levenshtein.normalized_similarity(a, b)
    sim = max(straight, Levenshtein.normalized_similarity(sa, sb))
    # below 0.6 two strings share no more than chance does; stretch the rest over [0, 1]
    return max(0.0, (sim - 0.5) / 0.5)


@lru_cache(maxsize=100_000)
def _skeletons(r: Rendering) -> tuple[frozenset[str], frozenset[str]]:
    """The skeletons of the distinctive parts, and of every non-legal word."""
    return frozenset(t.skel for t in r if t.cls == "name"), frozenset(t.skel for t in r if t.cls != "legal")


def phonetic(q: Rendering, c: Rendering) -> float:
    """Share of distinctive name parts whose skeletons agree exactly, in the shorter name."""
    a, b = _skeletons(q)[0], _skeletons(c)[0]
    if not a and not b:  # names made only of vocabulary ("Korea Mining Development Trading Corporation")
        a, b = _skeletons(q)[1], _skeletons(c)[1]
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def generic_only(q: Rendering, c: Rendering) -> float:
    """1 when neither name has a distinctive part and their words differ ("Korea Industrial Bank" vs
    "Industrial Bank"): such names are shared by many unrelated bodies."""
    if any(t.cls == "name" for t in q) or any(t.cls == "name" for t in c):
        return 0.0
    words = {t.skel for t in q if t.cls != "legal"} ^ {t.skel for t in c if t.cls != "legal"}
    return 1.0 if words else 0.0


def country(query_country: str | None, entity_countries: list[str]) -> float:
    """+1 same country, -1 a different one, 0 when either is unknown."""
    if not query_country or not entity_countries:
        return 0.0
    return 1.0 if query_country.lower() in {c.lower() for c in entity_countries} else -1.0


def birth_date(query_date: str | None, entity_dates: list[str]) -> float:
    """+1 when a date agrees (to the precision both give), -1 when none does, 0 when either is unknown."""
    if not query_date or not entity_dates:
        return 0.0
    for d in entity_dates:
        n = min(len(d), len(query_date))
        if n >= 4 and d[:n] == query_date[:n]:
            return 1.0
    return -1.0


PERSON_SCHEMATA = {"Person"}


def schema_conflict(query_schema: str | None, entity_schema: str) -> float:
    """1 when a person is compared with a company, vessel or organisation, else 0."""
    if not query_schema or query_schema in ("LegalEntity", "Thing"):
        return 0.0
    return float((query_schema in PERSON_SCHEMATA) != (entity_schema in PERSON_SCHEMATA))
