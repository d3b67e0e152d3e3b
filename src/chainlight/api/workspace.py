"""The analyst's view of a run's findings: search, filters, ranking, sorting and paging, all in SQL so that a
page of a 100k-finding run reads one page of rows.

Search takes a name in any script.  It looks in each finding's record (its id, its summary, and every field of
the listing, shipment or supplier as stored: title, seller, shipper, consignee, in whatever script they were
written) and asks the name matcher which listed entities the text names, so that 朝鲜大成 or "Korea Daesong"
finds the findings whose chain reaches KOREA DAESONG GENERAL TRADING CORPORATION even where no record spells
it that way.

The ranking ("rank", the default order) separates findings that a saturated score ties: tier first, then
whether a presumption applies (CAATSA s.321, UFLPA: the goods are barred unless proven clean), then the share
of the record's inputs that can carry tainted goods (mass balance: 88% before 11%), then the score.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from chainlight.api import queries
from chainlight.api.deps import AppState
from chainlight.errors import UsageError

DECISION_STATES = ("undecided", *queries.DECISIONS)
SORTS = ("rank", "score", "share", "tier", "record_type", "record_id", "decision")
ORDERS = ("asc", "desc")
QUERY_MAX = 200  # characters of a search
ENTITY_HITS = 5  # listed entities a search may stand for
EXPORT_MAX = 100_000  # rows of one export: more is refused with the count, so a filter narrows it
_TIER_RANK = "CASE f.tier WHEN 'high' THEN 0 WHEN 'elevated' THEN 1 WHEN 'low' THEN 2 ELSE 3 END"

# The columns a row carries beyond formats.md's findings columns.
_EXTRA = {
    "label": "coalesce(json_extract_string(i.data, '$.title'), "
             "json_extract_string(i.data, '$.shipper_name') || ' → ' || json_extract_string(i.data, "
             "'$.consignee_name'), json_extract_string(i.data, '$.name'), e.caption, "
             # a party of the traced graph has no record of its own: its name as the summary gives it
             "nullif(regexp_extract(f.summary, ': party (.+?)(?: \\([A-Z]{2}\\))?;', 1), ''), f.record_id)",
    "presumption": "coalesce(r.presumption, false)",
    "share": "r.share",
    "decision": "coalesce(d.decision, 'undecided')",
    "decided_by": "d.actor",
    "decided_at": "d.at",
}


@dataclass
class View:
    """What the analyst asked to see: the filters, the search, the order and the page."""

    run_id: str | None = None
    tier: str | None = None
    record_type: str | None = None
    decision: str | None = None
    q: str | None = None
    entity: str | None = None  # findings whose chain reaches this entity (or its cluster)
    sort: str = "rank"
    order: str = "desc"
    limit: int = 100
    offset: int = 0
    refs: list[str] = field(default_factory=list)  # filled in by `resolve`: list ids the search stands for

    def check(self) -> View:
        for name, value, allowed in (("tier", self.tier, queries.TIERS),
                                     ("record_type", self.record_type, queries.RECORD_TYPES),
                                     ("decision", self.decision, DECISION_STATES),
                                     ("sort", self.sort, SORTS), ("order", self.order, ORDERS)):
            if value and value not in allowed:
                raise UsageError(f"{name} must be one of {', '.join(allowed)}, not '{value}'")
        if self.q and len(self.q) > QUERY_MAX:
            raise UsageError(f"q: a search is at most {QUERY_MAX} characters (got {len(self.q)})")
        return self

    def params(self) -> dict[str, str]:
        """The view as URL parameters (empty ones left out), for links that keep it."""
        out = {"run_id": self.run_id, "tier": self.tier, "record_type": self.record_type,
               "decision": self.decision, "q": self.q, "entity": self.entity,
               "sort": None if self.sort == "rank" else self.sort, "order": None if self.order == "desc" else self.order}
        return {k: str(v) for k, v in out.items() if v}


def normal(text: str) -> str:
    """Compatibility-folded, case-folded text with single spaces: full-width Ｋｏｒｅａ is korea."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def resolve(state: AppState, view: View) -> View:
    """Fill in the list ids (`ofac:12313`) the search and the entity filter stand for."""
    refs: list[str] = []
    if view.q and view.q.strip() and state.entities():
        from chainlight.resolve.types import Query

        for m in state.matcher("default").match(Query("search", view.q.strip()), limit=ENTITY_HITS):
            if m.match:
                refs += m.source_ids
    view.refs = list(dict.fromkeys(refs))
    return view


def entity_refs(state: AppState, entity_id: str) -> list[str]:
    """The list ids of an entity and of the entries joined with it (the same body on other lists)."""
    from chainlight.api.entities import cluster_of

    entities = state.entities()
    ids = cluster_of(state, entity_id) if entity_id in entities else [entity_id]
    return [entities[i].source_ref for i in ids if i in entities]


def _refs_pattern(refs: list[str]) -> str:
    return '"(' + "|".join(re.escape(r) for r in refs) + ')"'


def ensure_ranks(state: AppState, run_id: str) -> int:
    """Work out the ranking keys of the run's findings not yet ranked (all of them on the run's first view);
    returns how many were added."""
    con = state.store.con
    row = con.execute("SELECT (SELECT count(*) FROM findings WHERE run_id = ?), "
                      "(SELECT count(*) FROM finding_ranks WHERE run_id = ?)", [run_id, run_id]).fetchone()
    if row is None or row[1] >= row[0]:
        return 0
    before = int(row[1])
    con.execute(f"INSERT OR IGNORE INTO finding_ranks SELECT f.run_id, f.record_type, f.record_id, "
                f"bool_or({_PRESUMPTION}), max({_SHARE}) FROM findings f WHERE f.run_id = ? AND NOT EXISTS "
                f"(SELECT 1 FROM finding_ranks k WHERE k.run_id = f.run_id AND k.record_type = f.record_type "
                f"AND k.record_id = f.record_id) GROUP BY ALL", [run_id])
    after = con.execute("SELECT count(*) FROM finding_ranks WHERE run_id = ?", [run_id]).fetchone()
    return int(after[0]) - before if after else 0


# the findings whose chain cites one of the list ids: a semi-join on ids, so that the evidence (kilobytes a
# finding) is read once and never carried through the joins
_REACHING = "SELECT record_id FROM findings WHERE run_id = ? AND regexp_matches(evidence, ?)"


def _where(state: AppState, view: View) -> tuple[str, list[Any]] | None:
    rid = queries._run_id(state.store, view.run_id)
    if rid is None:
        return None
    ensure_ranks(state, rid)
    sql, params = " WHERE f.run_id = ?", [rid]
    for column, value in (("f.tier", view.tier), ("f.record_type", view.record_type)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if view.decision:
        sql += " AND coalesce(d.decision, 'undecided') = ?"
        params.append(view.decision)
    if view.entity:
        refs = entity_refs(state, view.entity)
        sql += " AND (f.record_id = ?" + (f" OR f.record_id IN ({_REACHING})" if refs else "") + ")"
        params += [view.entity, rid, _refs_pattern(refs)] if refs else [view.entity]
    if view.q and view.q.strip():
        text = normal(view.q)
        sql += (" AND (contains(lower(f.record_id || ' ' || coalesce(f.summary, '') || ' ' || coalesce(i.data, '')"
                " || ' ' || coalesce(e.caption, '')), ?)")
        params.append(text)
        if view.refs:
            sql += f" OR f.record_id IN ({_REACHING})"
            params += [rid, _refs_pattern(view.refs)]
        sql += ")"
    return sql, params


# worked out once per run from the evidence (see ensure_ranks): reading kilobytes of JSON a finding for
# every page would make each page cost as much as the whole run
_PRESUMPTION = "f.evidence LIKE '%presumption applies%'"
_STEPS = "json_transform(f.evidence, '[{\"kind\":\"VARCHAR\",\"confidence\":\"DOUBLE\"}]')"
_SHARE = (f"coalesce(list_filter({_STEPS}, s -> s.kind = 'mass_balance')[1].confidence, "
          f"list_filter({_STEPS}, s -> s.kind = 'shipment')[1].confidence)")

_FROM = (" FROM findings f"
         " LEFT JOIN finding_ranks r ON r.run_id = f.run_id AND r.record_type = f.record_type"
         " AND r.record_id = f.record_id"
         " LEFT JOIN items i ON i.item_type = f.record_type || 's' AND i.id = f.record_id"
         " LEFT JOIN entities e ON f.record_type = 'entity' AND e.id = f.record_id"
         " LEFT JOIN (SELECT substr(subject, 9) AS record_id,"
         "            arg_max(substr(action, 9), happened_at) AS decision,"
         "            arg_max(actor, happened_at) AS actor, max(happened_at) AS at"
         "            FROM audit WHERE starts_with(subject, 'finding:') AND starts_with(action, 'finding.')"
         "            GROUP BY 1) d ON d.record_id = f.record_id")


def _order(view: View) -> str:
    desc = view.order == "desc"
    way = "DESC" if desc else "ASC"
    tie = "f.record_type, f.record_id"
    if view.sort == "rank":
        # "desc" (the default) is worst first
        if desc:
            return (f" ORDER BY {_TIER_RANK}, presumption DESC, share DESC NULLS LAST, f.score DESC, {tie}")
        return f" ORDER BY {_TIER_RANK} DESC, presumption, share NULLS FIRST, f.score, {tie}"
    if view.sort == "tier":
        return f" ORDER BY {_TIER_RANK} {'ASC' if desc else 'DESC'}, f.score DESC, {tie}"
    column = {"score": "f.score", "share": "share", "record_type": "f.record_type", "record_id": "f.record_id",
              "decision": "decision"}[view.sort]
    return f" ORDER BY {column} {way} NULLS LAST, {_TIER_RANK}, f.score DESC, {tie}"


def _select(with_evidence: bool = True) -> str:
    cols = ", ".join(f"f.{c}" for c in queries.FINDING_COLUMNS if with_evidence or c != "evidence")
    extra = ", ".join(f"{sql} AS {name}" for name, sql in _EXTRA.items())
    return f"SELECT {cols}, {extra}"


def count(state: AppState, view: View) -> int:
    where = _where(state, view.check())
    if where is None:
        return 0
    row = state.store.con.execute("SELECT count(*)" + _FROM + where[0], where[1]).fetchone()
    return int(row[0]) if row else 0


def rows(state: AppState, view: View, with_evidence: bool = True) -> list[dict[str, Any]]:
    """One page of the view, each finding as queries.findings gives it plus label, presumption, share and the
    latest decision."""
    where = _where(state, view.check())
    if where is None:
        return []
    sql = _select(with_evidence) + _FROM + where[0] + _order(view) + " LIMIT ? OFFSET ?"
    cur = state.store.con.execute(sql, [*where[1], view.limit, view.offset])
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        data = dict(zip(names, row, strict=True))
        out.append(_shape(data, with_evidence))
    return out


def batches(state: AppState, view: View, size: int = 2000) -> Any:
    """Every row of the view in order, a batch at a time (for exports), at most EXPORT_MAX."""
    where = _where(state, view.check())
    if where is None:
        return
    sql = _select() + _FROM + where[0] + _order(view) + " LIMIT ?"
    cur = state.store.con.execute(sql, [*where[1], EXPORT_MAX])
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(size):
        yield [_shape(dict(zip(names, r, strict=True)), True) for r in chunk]


def _shape(data: dict[str, Any], with_evidence: bool) -> dict[str, Any]:
    import json

    data["policies"] = [p for p in (data["policies"] or "").split(";") if p]
    if with_evidence:
        data["evidence"] = json.loads(data["evidence"] or "[]")
    data["presumption"] = bool(data["presumption"])
    data["share"] = float(data["share"]) if data["share"] is not None else None
    data["decided_at"] = data["decided_at"].isoformat() if data["decided_at"] is not None else None
    return data
