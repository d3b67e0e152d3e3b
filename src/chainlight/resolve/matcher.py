"""The Matcher: a watchlist merged across lists, indexed, and scored with match_v1."""

from __future__ import annotations

from collections.abc import Iterable

from chainlight.model.entity import Entity
from chainlight.resolve.index import NameIndex
from chainlight.resolve.keys import Analysis, analyse
from chainlight.resolve.match_v1 import scorer
from chainlight.resolve.match_v1.features import Rarity
from chainlight.resolve.merge import Resolved, merge
from chainlight.resolve.types import Match, Query
from chainlight.settings import get_settings

# weak aliases ("a.k.a." of low quality on OFAC) still count, a little less than a full name
KIND_FACTOR = {"weak_alias": 0.95}


class Matcher:
    def __init__(self, entities: Iterable[Entity], threshold: float | None = None) -> None:
        self.threshold = get_settings().match_threshold if threshold is None else threshold
        self.resolved: list[Resolved] = merge(entities)
        self.index = NameIndex()
        self._kinds: list[str] = []
        for number, r in enumerate(self.resolved):
            for n in r.names:
                a = analyse(n.value)
                if not a.empty:
                    self.index.add(n.value, number, a)
                    self._kinds.append(n.kind)
        self.index.freeze()

    def match(self, query: Query, limit: int = 5) -> list[Match]:
        """Ranked matches (rank from 1); an empty list when nothing scores above the floor."""
        qa = analyse(query.name or "")
        if qa.empty:
            return []
        best: dict[int, tuple[scorer.Scored, Analysis]] = {}
        for name_no in self.index.candidates(qa):
            owner = self.index.owner[name_no]
            ca = analyse(self.index.names[name_no])
            s = self._score(query, qa, ca, self.resolved[owner], self._kinds[name_no])
            if s is not None and (owner not in best or s.score > best[owner][0].score):
                best[owner] = (s, ca)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0].score, self.resolved[kv[0]].id))
        out: list[Match] = []
        for owner, (s, ca) in ranked:
            if s.score < scorer.FLOOR or len(out) >= limit:
                break
            out.append(self._to_match(query, qa, ca, s, self.resolved[owner], len(out) + 1))
        return out

    def match_many(self, queries: Iterable[Query], limit: int = 5) -> list[list[Match]]:
        return [self.match(q, limit) for q in queries]

    def _score(self, query: Query, qa: Analysis, ca: Analysis, r: Resolved, kind: str) -> scorer.Scored | None:
        rarity: Rarity = self.index.rarity
        s = scorer.best_pair(qa, ca, rarity)
        if s is None:
            return None
        factor = KIND_FACTOR.get(kind, 1.0)
        if factor != 1.0:
            s = scorer.Scored(s.score * factor, s.parts, s.query_rendering, s.list_rendering)
        return scorer.adjust(s, query_country=query.country or qa.country, countries=r.countries,
                             query_dob=query.birth_date, dobs=r.birth_dates, query_schema=query.schema,
                             schema=r.schema)

    def _to_match(self, query: Query, qa: Analysis, ca: Analysis, s: scorer.Scored, r: Resolved,
                  rank: int) -> Match:
        return Match(
            query_id=query.id, rank=rank, entity_id=r.id, entity_name=r.caption, schema=r.schema,
            score=round(s.score, 4), match=s.score >= self.threshold, source_ids=r.source_ids,
            member_ids=r.member_ids, query_name=query.name, matched_name=ca.original,
            features={k: round(v, 4) for k, v in s.parts.items()}, explanation=scorer.explain(qa, ca, s),
            scorer=scorer.NAME,
        )


def name_similarity(a: str, b: str, schema: str | None = None) -> tuple[float, str]:
    """Calibrated match_v1 score of two names and its explanation, for ad hoc pairs (no watchlist rarity)."""
    qa, ca = analyse(a or ""), analyse(b or "")
    s = scorer.best_pair(qa, ca, lambda _t: 1.0)
    if s is None:
        return 0.0, f"'{a}' ~ '{b}': no usable name part"
    return round(s.score, 4), scorer.explain(qa, ca, s)
