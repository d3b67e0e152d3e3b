"""Parties that resolve to the same listed entity are one node.

The resolver clusters names it can tell are one firm; a listed body may still appear as several parties
(조선대성총무역회사 on one bill of lading, "KOREA DAESONG GEN. TRADING CORP." on another) that the list
matcher, which knows the entry's aliases, puts on one entry.  Each such group becomes one party before the
mass balance, so its flows, its signals and its place in the report's Sankey are one.

A party joins the entity its best counted match names: a match that list_hit_signals would drop as a
different firm (country conflict below `conflict_drop_below`) joins nothing.  The group keeps the id of its
most-mentioned party (then the smallest id), so that both screens name it alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chainlight.model.entity import Entity
from chainlight.resolve.types import Match
from chainlight.score.signals import entity_kinds, has_country_conflict, own_countries
from chainlight.trace.graph import Party


def same_listed(parties: Mapping[str, Party], matches: Mapping[str, Sequence[Match]],
                entities: Mapping[str, Entity], conflict_drop_below: float) -> dict[str, str]:
    """{party id: the id of the party it becomes} for every party that is not kept as itself."""
    groups: dict[str, list[str]] = {}
    for pid in sorted(matches):
        if pid not in parties:
            continue
        top = next((m for m in matches[pid] if m.match and _counted(parties[pid], m, entities, conflict_drop_below)),
                   None)
        if top is not None:
            groups.setdefault(top.entity_id, []).append(pid)
    into: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(members, key=lambda p: (-sum(parties[p].names.values()), p))
        into.update({p: keep for p in members if p != keep})
    return into


def merged_matches(matches: Mapping[str, Sequence[Match]], into: Mapping[str, str]) -> dict[str, list[Match]]:
    """The matches of each party after `into`: a group's best match per entry, best first."""
    best: dict[str, dict[str, Match]] = {}
    for pid, ms in matches.items():
        mine = best.setdefault(into.get(pid, pid), {})
        for m in ms:
            if m.entity_id not in mine or m.score > mine[m.entity_id].score:
                mine[m.entity_id] = m
    return {pid: sorted(ms.values(), key=lambda m: -m.score) for pid, ms in best.items()}


def _counted(party: Party, m: Match, entities: Mapping[str, Entity], drop_below: float) -> bool:
    members = [entities[i] for i in dict.fromkeys([m.entity_id, *m.member_ids]) if i in entities]
    kinds = frozenset().union(*(entity_kinds(e) for e in members)) if members else frozenset({"sanction"})
    listed = {c.lower() for e in members for c in e.countries}
    return not (has_country_conflict(own_countries(party), listed, kinds) and m.score < drop_below)
