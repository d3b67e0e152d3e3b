"""match_v1: the versioned scorer.  Features with weights and descriptions; a score in [0,1]; an explanation.

Keep this module's arithmetic unchanged once released: a verdict must be reproducible.  A better scorer
becomes match_v2 beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from chainlight.resolve.match_v1 import features as F
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.rendering import Analysis, Rendering

NAME = "match_v1"
# Chosen on OpenSanctions' name_bench_cases and chainlight's cross-script set (benchmarks/resolve).
THRESHOLD = 0.70
# Below this a candidate is not reported at all.
FLOOR = 0.35


@dataclass(frozen=True)
class Feature:
    name: str
    weight: float
    description: str


NAME_FEATURES = (
    Feature("tokens", 0.55, "overlap of words weighted by class and rarity, both ways: 'ltd', 'trading' "
                            "and 'korea' weigh little, the distinctive part most"),
    Feature("joined", 0.30, "edit similarity of the distinctive parts written together (spacing, order)"),
    Feature("phonetic", 0.15, "share of distinctive parts whose romanization skeletons agree exactly"),
)
# Multipliers and bonuses applied after the name score, with what they stand for.
COUNTRY_CONFLICT = 0.55  # a South Korean query against a North Korean listing is a strong negative
COUNTRY_AGREE = 0.04
DOB_CONFLICT = 0.6
DOB_AGREE = 0.05
SCHEMA_CONFLICT = 0.7
GENERIC_ONLY = 0.75  # names made only of vocabulary words that differ in one of them


@dataclass(frozen=True)
class Scored:
    score: float
    parts: dict[str, float]  # each feature's contribution to the score
    query_rendering: Rendering
    list_rendering: Rendering


def name_score(q: Rendering, c: Rendering, rarity: Rarity) -> tuple[float, dict[str, float]]:
    values = {"tokens": F.tokens(q, c, rarity), "joined": F.joined(q, c), "phonetic": F.phonetic(q, c)}
    parts = {f.name: f.weight * values[f.name] for f in NAME_FEATURES}
    score = sum(parts.values())
    if F.generic_only(q, c):
        parts["generic_only"] = score * GENERIC_ONLY - score
        score *= GENERIC_ONLY
    return score, parts


def best_pair(qa: Analysis, ca: Analysis, rarity: Rarity) -> Scored | None:
    best: Scored | None = None
    for q in qa.renderings:
        for c in ca.renderings:
            s, parts = name_score(q, c, rarity)
            if best is None or s > best.score:
                best = Scored(s, parts, q, c)
    return best


def adjust(s: Scored, *, query_country: str | None, countries: list[str], query_dob: str | None,
           dobs: list[str], query_schema: str | None, schema: str) -> Scored:
    """Country, birth date and schema move the name score; each move is recorded as a part."""
    score, parts = s.score, dict(s.parts)

    def move(label: str, new: float) -> None:
        nonlocal score
        parts[label] = round(new - score, 4)
        score = new

    c = F.country(query_country, countries)
    if c < 0:
        move("country", score * COUNTRY_CONFLICT)
    elif c > 0:
        move("country", min(1.0, score + COUNTRY_AGREE))
    d = F.birth_date(query_dob, dobs)
    if d < 0:
        move("birth_date", score * DOB_CONFLICT)
    elif d > 0:
        move("birth_date", min(1.0, score + DOB_AGREE))
    if F.schema_conflict(query_schema, schema):
        move("schema", score * SCHEMA_CONFLICT)
    return Scored(max(0.0, min(1.0, score)), parts, s.query_rendering, s.list_rendering)


def raised_at_most(*, query_country: str | None, query_dob: str | None) -> float:
    """The most adjust() can add to a score, given what the query says: its other moves multiply by a factor
    below 1 (a candidate that cannot reach a score before adjust() is skipped by this margin)."""
    return (COUNTRY_AGREE if query_country else 0.0) + (DOB_AGREE if query_dob else 0.0)


def explain(qa: Analysis, ca: Analysis, s: Scored) -> str:
    key = " ".join(t.text for t in s.list_rendering)
    via = " ".join(t.text for t in s.query_rendering)
    how = f" ({', '.join(qa.notes)})" if qa.notes else ""
    named = {f.name for f in NAME_FEATURES}
    parts = ", ".join(f"{k} {v:.2f}" if k in named else f"{k} {v:+.2f}" for k, v in s.parts.items())
    return f"'{qa.original}' ~ '{ca.original}' via key '{via}' / '{key}'{how}: {parts} = {s.score:.2f}"
