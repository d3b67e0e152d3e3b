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
    # the ids of the findings citing a set of list ids, read once for the view's count and its page
    reaching: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False, compare=False)

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
    view.reaching = {}  # read again for each request
    return view


def entity_refs(state: AppState, entity_id: str) -> list[str]:
    """The list ids of an entity and of the entries joined with it (the same body on other lists)."""
    from chainlight.api.entities import cluster_of

    entities = state.entities()
    ids = cluster_of(state, entity_id) if entity_id in entities else [entity_id]
    return [entities[i].source_ref for i in ids if i in entities]


def _reaching(state: AppState, view: View, rid: str, refs: list[str]) -> tuple[str, list[Any]]:
    """The findings whose chain cites one of the list ids (each a quoted string in the evidence), as a filter
    on ids: the evidence (kilobytes a finding) is read once per view, for its count and its page alike, by
    plain substring tests (about twice as fast as one regular expression), and never carried through joins."""
    key = (rid, *refs)
    if key not in view.reaching:
        cites = " OR ".join("contains(evidence, ?)" for _ in refs)
        found = state.store.con.execute(f"SELECT record_id FROM findings WHERE run_id = ? AND ({cites})",
                                        [rid, *(f'"{r}"' for r in refs)]).fetchall()
        view.reaching[key] = [r[0] for r in found]
    return "SELECT unnest(?::VARCHAR[])", [view.reaching[key]]


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
        sql += " AND (f.record_id = ?"
        params.append(view.entity)
        if refs:
            reaching, more = _reaching(state, view, rid, refs)
            sql += f" OR f.record_id IN ({reaching})"
            params += more
        sql += ")"
    if view.q and view.q.strip():
        # the finding's id and summary, its record's fields (the stored JSON) and an entity's caption, each
        # read on its own table: the records' JSON is never joined to the run's findings
        text = normal(view.q)
        sql += (" AND (contains(lower(f.record_id || ' ' || coalesce(f.summary, '')), ?)"
                " OR f.record_type || 's:' || f.record_id IN"
                " (SELECT item_type || ':' || id FROM items WHERE contains(lower(data), ?))"
                " OR (f.record_type = 'entity' AND f.record_id IN"
                " (SELECT id FROM entities WHERE contains(lower(caption), ?)))")
        params += [text, text, text]
        if view.refs:
            reaching, more = _reaching(state, view, rid, view.refs)
            sql += f" OR f.record_id IN ({reaching})"
            params += more
        sql += ")"
    return sql, params


def _from(view: View, order: bool) -> str:
    """The joins a view's filter (and, with `order`, its sort) needs: the decisions only for a decision filter
    or sort, the ranks only for a sort by them.  A page's
    labels and decisions are read afterwards for its rows alone (`_page_rows`)."""
    sql = " FROM findings f"
    if order and view.sort in ("rank", "share"):
        sql += _RANKS
    if view.decision or (order and view.sort == "decision"):
        sql += _DECISIONS
    return sql


# worked out once per run from the evidence (see ensure_ranks): reading kilobytes of JSON a finding for
# every page would make each page cost as much as the whole run
_PRESUMPTION = "f.evidence LIKE '%presumption applies%'"
_STEPS = "json_transform(f.evidence, '[{\"kind\":\"VARCHAR\",\"confidence\":\"DOUBLE\"}]')"
_SHARE = (f"coalesce(list_filter({_STEPS}, s -> s.kind = 'mass_balance')[1].confidence, "
          f"list_filter({_STEPS}, s -> s.kind = 'shipment')[1].confidence)")

_RANKS = (" LEFT JOIN finding_ranks r ON r.run_id = f.run_id AND r.record_type = f.record_type"
          " AND r.record_id = f.record_id")
_RECORD = (" LEFT JOIN items i ON i.item_type = f.record_type || 's' AND i.id = f.record_id"
           " LEFT JOIN entities e ON f.record_type = 'entity' AND e.id = f.record_id")
_DECISIONS_OF = ("(SELECT substr(subject, 9) AS record_id,"
                 " arg_max(substr(action, 9), happened_at) AS decision,"
                 " arg_max(actor, happened_at) AS actor, max(happened_at) AS at"
                 " FROM audit WHERE starts_with(subject, 'finding:') AND starts_with(action, 'finding.'){}"
                 " GROUP BY 1)")
_DECISIONS = f" LEFT JOIN {_DECISIONS_OF.format('')} d ON d.record_id = f.record_id"


def _order(view: View) -> str:
    desc = view.order == "desc"
    way = "DESC" if desc else "ASC"
    tie = "f.record_type, f.record_id"
    if view.sort == "rank":
        # "desc" (the default) is worst first
        if desc:
            return (f" ORDER BY {_TIER_RANK}, coalesce(r.presumption, false) DESC, r.share DESC NULLS LAST, "
                    f"f.score DESC, {tie}")
        return f" ORDER BY {_TIER_RANK} DESC, coalesce(r.presumption, false), r.share NULLS FIRST, f.score, {tie}"
    if view.sort == "tier":
        return f" ORDER BY {_TIER_RANK} {'ASC' if desc else 'DESC'}, f.score DESC, {tie}"
    column = {"score": "f.score", "share": "r.share", "record_type": "f.record_type", "record_id": "f.record_id",
              "decision": "coalesce(d.decision, 'undecided')"}[view.sort]
    return f" ORDER BY {column} {way} NULLS LAST, {_TIER_RANK}, f.score DESC, {tie}"


def _select(with_evidence: bool = True) -> str:
    cols = ", ".join(f"f.{c}" for c in queries.FINDING_COLUMNS if with_evidence or c != "evidence")
    extra = ", ".join(f"{sql} AS {name}" for name, sql in _EXTRA.items())
    return f"SELECT {cols}, {extra}"


def count(state: AppState, view: View) -> int:
    where = _where(state, view.check())
    if where is None:
        return 0
    row = state.store.con.execute("SELECT count(*)" + _from(view, order=False) + where[0], where[1]).fetchone()
    return int(row[0]) if row else 0


def rows(state: AppState, view: View, with_evidence: bool = True) -> list[dict[str, Any]]:
    """One page of the view, each finding as queries.findings gives it plus label, presumption, share and the
    latest decision.  The page's keys are found first, joining only what the filter and the order need; the
    labels, ranks and decisions are then read for those rows alone, so a page of a 100k-finding run never
    builds 100k labels."""
    where = _where(state, view.check())
    if where is None:
        return []
    con = state.store.con
    sql = "SELECT f.record_type, f.record_id" + _from(view, order=True) + where[0] + _order(view) + " LIMIT ? OFFSET ?"
    keys = con.execute(sql, [*where[1], view.limit, view.offset]).fetchall()
    return _page_rows(state, where[1][0], keys, with_evidence)


def _page_rows(state: AppState, run_id: str, keys: list[Any], with_evidence: bool) -> list[dict[str, Any]]:
    """The full rows of the given (record_type, record_id) keys of a run, in the keys' order."""
    if not keys:
        return []
    decisions = _DECISIONS_OF.format(" AND subject IN (SELECT 'finding:' || record_id FROM k)")
    sql = ("WITH k AS (SELECT unnest(?::VARCHAR[]) AS record_type, unnest(?::VARCHAR[]) AS record_id) "
           + _select(with_evidence) + " FROM k JOIN findings f ON f.run_id = ? AND f.record_type = k.record_type"
           " AND f.record_id = k.record_id" + _RANKS + _RECORD + f" LEFT JOIN {decisions} d ON d.record_id = f.record_id")
    cur = state.store.con.execute(sql, [[k[0] for k in keys], [k[1] for k in keys], run_id])
    names = [d[0] for d in cur.description]
    found = {(r["record_type"], r["record_id"]): r for r in (dict(zip(names, row, strict=True))
                                                             for row in cur.fetchall())}
    return [_shape(found[(t, i)], with_evidence) for t, i in keys if (t, i) in found]


def batches(state: AppState, view: View, size: int = 2000) -> Any:
    """Every row of the view in order, a batch at a time (for exports), at most EXPORT_MAX."""
    where = _where(state, view.check())
    if where is None:
        return
    sql = "SELECT f.record_type, f.record_id" + _from(view, order=True) + where[0] + _order(view) + " LIMIT ?"
    keys = state.store.con.execute(sql, [*where[1], EXPORT_MAX]).fetchall()
    for start in range(0, len(keys), size):
        yield _page_rows(state, where[1][0], keys[start:start + size], True)


def _shape(data: dict[str, Any], with_evidence: bool) -> dict[str, Any]:
    import json

    data["policies"] = [p for p in (data["policies"] or "").split(";") if p]
    if with_evidence:
        data["evidence"] = json.loads(data["evidence"] or "[]")
    data["presumption"] = bool(data["presumption"])
    data["share"] = float(data["share"]) if data["share"] is not None else None
    data["decided_at"] = data["decided_at"].isoformat() if data["decided_at"] is not None else None
    return data
