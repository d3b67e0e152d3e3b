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
from chainlight.model.finding import RECORD_ID_SQL
from chainlight.store import Store

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
    # ((limit, offset), total, keys, run id) of the page last scanned (`_scan`), read again after `resolve`
    scanned: tuple[tuple[int, int], int, list[Any], str] | None = field(default=None, repr=False, compare=False)

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

        state.refuse_while_reading(view.q)
        for m in state.matcher("default").match(Query("search", view.q.strip()), limit=ENTITY_HITS):
            if m.match:
                refs += m.source_ids
    view.refs = list(dict.fromkeys(refs))
    view.scanned = None
    return view


def entity_refs(state: AppState, entity_id: str) -> list[str]:
    """The list ids of an entity and of the entries joined with it (the same body on other lists)."""
    from chainlight.api.entities import cluster_of

    entities = state.entities()
    ids = cluster_of(state, entity_id) if entity_id in entities else [entity_id]
    return [entities[i].source_ref for i in ids if i in entities]


# What a view filters, searches and orders by, worked out once per run (`prepare`, on the run's first view) so
# that a page or a search of a 100k-finding run scans these narrow columns instead of every finding's evidence
# (kilobytes each) and every record.  Derived data: made here when missing, never edited (a run's findings never
# change once saved), so they are not part of the store's migrations.
#   finding_view: a row a finding: tier, score, whether a legal presumption applies, the share of the record's
#     inputs that can carry tainted goods (mass balance), `grade` (its place in the ranking by tier, presumption,
#     share and score; equal findings share a grade) and `text`, the lower-cased words a search looks in (the
#     finding's id and summary, the values of the record's fields, an entity's caption);
#   finding_refs: every id the finding's chain cites (list ids such as ofac:12313), so that the findings that
#     reach a listed entity are a look-up, not a read of every chain.
_TABLES = (
    "CREATE TABLE IF NOT EXISTS finding_view (run_id VARCHAR NOT NULL, record_type VARCHAR NOT NULL, "
    "record_id VARCHAR NOT NULL, tier VARCHAR NOT NULL, tier_rank TINYINT NOT NULL, score DOUBLE NOT NULL, "
    "presumption BOOLEAN NOT NULL, share DOUBLE, grade INTEGER NOT NULL, text VARCHAR NOT NULL)",
    "CREATE TABLE IF NOT EXISTS finding_refs (run_id VARCHAR NOT NULL, record_type VARCHAR NOT NULL, "
    "record_id VARCHAR NOT NULL, ref VARCHAR NOT NULL)",
)
# a finding's steps, parsed once for the share (the kinds and confidences)
_STEPS = "json_transform(evidence, '[{\"kind\":\"VARCHAR\",\"confidence\":\"DOUBLE\"}]')"
_PREPARE = (
    "CREATE TEMP TABLE {tmp} AS SELECT f.run_id, f.record_type, f.record_id, f.tier, "
    f"({_TIER_RANK})::TINYINT AS tier_rank, f.score, f.presumption, "
    "coalesce(list_filter(f.steps, s -> s.kind = 'mass_balance')[1].confidence, "
    "list_filter(f.steps, s -> s.kind = 'shipment')[1].confidence) AS share, "
    # the values of the record's fields, without the JSON's keys (a search for 'consignee' is no hit on all)
    "lower(concat_ws(' ', f.record_id, f.summary, regexp_replace(i.data, '\"[A-Za-z0-9_]+\": ', ' ', 'g'), "
    "e.caption)) AS text, f.refs "
    "FROM (SELECT r.run_id, r.record_type, r.record_id, r.tier, r.score, r.summary, "
    "coalesce(t.presumption, r.evidence LIKE '%presumption applies%') AS presumption, "
    f"coalesce(t.steps, {_STEPS.replace('evidence', 'r.evidence')}) AS steps, "
    # the ids each step cites (source_ids: list ids, records, reports); the evidence is read once, and a chain
    # shared by many records of a columnar run (finding_templates) once for all of them, the id put in place
    f"coalesce(list_transform(t.refs, x -> CASE WHEN x = {RECORD_ID_SQL} THEN r.record_id "
    "ELSE x END), json_extract_string(r.evidence, '$[*].source_ids[*]')) AS refs "
    "FROM finding_rows r LEFT JOIN (SELECT run_id, template, evidence LIKE '%presumption applies%' AS presumption, "
    f"{_STEPS} AS steps, json_extract_string(evidence, '$[*].source_ids[*]') AS refs FROM finding_templates "
    "WHERE run_id = ?) t ON t.run_id = r.run_id AND t.template = r.template WHERE r.run_id = ?) f"
    " LEFT JOIN items i ON i.item_type = f.record_type || 's' AND i.id = f.record_id"
    " LEFT JOIN entities e ON f.record_type = 'entity' AND e.id = f.record_id"
)

def prepare(state: AppState, run_id: str, store: Store | None = None) -> int:
    """Work out the run's view columns (finding_view, finding_refs) unless they are there; returns how many
    findings were prepared (0 when they were ready).  At 100k findings this reads ~600 MB of evidence once.
    `store`: a connection of the caller's own (a warm-up thread), else the state's; one at a time."""
    if run_id in state.prepared_runs:
        return 0
    with state.preparing:
        return _prepare(state, run_id, (store or state.store).con)


def _prepare(state: AppState, run_id: str, con: Any) -> int:
    if run_id in state.prepared_runs:  # done by another thread meanwhile
        return 0
    for sql in _TABLES:
        con.execute(sql)
    row = con.execute("SELECT (SELECT count(*) FROM findings WHERE run_id = ?), "
                      "(SELECT count(*) FROM finding_view WHERE run_id = ?)", [run_id, run_id]).fetchone()
    if row is None or row[1] == row[0]:
        state.prepared_runs.add(run_id)
        return 0
    tmp = "workspace_prepare"  # a temporary table: this connection's own
    con.execute(f"DROP TABLE IF EXISTS {tmp}")
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("finding_view", "finding_refs"):  # a run prepared in part (never expected): again
            con.execute(f"DELETE FROM {table} WHERE run_id = ?", [run_id])
        con.execute(_PREPARE.replace("{tmp}", tmp), [run_id, run_id])
        con.execute("INSERT INTO finding_view SELECT run_id, record_type, record_id, tier, tier_rank, score, "
                    "presumption, share, dense_rank() OVER (ORDER BY tier_rank, presumption DESC, "
                    f"share DESC NULLS LAST, score DESC), text FROM {tmp}")
        con.execute(f"INSERT INTO finding_refs SELECT run_id, record_type, record_id, unnest(list_distinct(refs)) "
                    f"FROM {tmp}")
        con.execute(f"DROP TABLE {tmp}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    state.prepared_runs.add(run_id)
    return int(row[0])


def ensure_ranks(state: AppState, run_id: str) -> int:
    """The run's view columns, its ranking keys among them (kept under its older name for callers)."""
    return prepare(state, run_id)


def _cites(rid: str, refs: list[str]) -> tuple[str, list[Any]]:
    """A filter: the finding's chain cites one of the list ids."""
    return ("(v.record_type, v.record_id) IN (SELECT record_type, record_id FROM finding_refs "
            "WHERE run_id = ? AND ref IN (SELECT unnest(?::VARCHAR[])))", [rid, refs])


def _where(state: AppState, view: View) -> tuple[str, list[Any]] | None:
    rid = queries._run_id(state.store, view.run_id)
    if rid is None:
        return None
    prepare(state, rid)
    sql, params = " WHERE v.run_id = ?", [rid]
    for column, value in (("v.tier", view.tier), ("v.record_type", view.record_type)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if view.decision:
        sql += " AND coalesce(d.decision, 'undecided') = ?"
        params.append(view.decision)
    if view.entity:
        refs = entity_refs(state, view.entity)
        sql += " AND (v.record_id = ?"
        params.append(view.entity)
        if refs:
            cites, more = _cites(rid, refs)
            sql += f" OR {cites}"
            params += more
        sql += ")"
    if view.q and view.q.strip():
        # the finding's id and summary, its record's fields and an entity's caption (the view's text), or a
        # chain citing a listed entity the name matcher reads the search as
        sql += " AND (contains(v.text, ?)"
        params.append(normal(view.q))
        if view.refs:
            cites, more = _cites(rid, view.refs)
            sql += f" OR {cites}"
            params += more
        sql += ")"
    return sql, params


def _from(view: View, order: bool) -> str:
    """The view's columns, and the decisions only for a decision filter or (with `order`) sort.  A page's
    labels and decisions are read afterwards for its rows alone (`_page_rows`)."""
    sql = " FROM finding_view v"
    if view.decision or (order and view.sort == "decision"):
        sql += _DECISIONS
    return sql


_VIEW = (" LEFT JOIN finding_view r ON r.run_id = f.run_id AND r.record_type = f.record_type"
         " AND r.record_id = f.record_id")
_RECORD = (" LEFT JOIN items i ON i.item_type = f.record_type || 's' AND i.id = f.record_id"
           " LEFT JOIN entities e ON f.record_type = 'entity' AND e.id = f.record_id")
_DECISIONS_OF = ("(SELECT substr(subject, 9) AS record_id,"
                 " arg_max(substr(action, 9), happened_at) AS decision,"
                 " arg_max(actor, happened_at) AS actor, max(happened_at) AS at"
                 " FROM audit WHERE starts_with(subject, 'finding:') AND starts_with(action, 'finding.'){}"
                 " GROUP BY 1)")
_DECISIONS = f" LEFT JOIN {_DECISIONS_OF.format('')} d ON d.record_id = v.record_id"


def _order(view: View) -> str:
    desc = view.order == "desc"
    way = "DESC" if desc else "ASC"
    tie = "v.record_type, v.record_id"
    if view.sort == "rank":
        # "desc" (the default) is worst first: the grade orders tier, presumption, share and score at once
        return f" ORDER BY v.grade {'ASC' if desc else 'DESC'}, {tie}"
    if view.sort == "tier":
        return f" ORDER BY v.tier_rank {'ASC' if desc else 'DESC'}, v.score DESC, {tie}"
    column = {"score": "v.score", "share": "v.share", "record_type": "v.record_type", "record_id": "v.record_id",
              "decision": "coalesce(d.decision, 'undecided')"}[view.sort]
    return f" ORDER BY {column} {way} NULLS LAST, v.tier_rank, v.score DESC, {tie}"


def _select(with_evidence: bool = True) -> str:
    cols = ", ".join(f"f.{c}" for c in queries.FINDING_COLUMNS if with_evidence or c != "evidence")
    extra = ", ".join(f"{sql} AS {name}" for name, sql in _EXTRA.items())
    return f"SELECT {cols}, {extra}"


def count(state: AppState, view: View) -> int:
    """How many findings the view holds.  Its current page's keys are found in the same scan and kept for
    `rows`, so a search reads the run's text once for both."""
    return _scan(state, view)[0]


def rows(state: AppState, view: View, with_evidence: bool = True) -> list[dict[str, Any]]:
    """One page of the view, each finding as queries.findings gives it plus label, presumption, share and the
    latest decision.  The page's keys are found first on the view's columns; the labels, ranks and decisions
    are then read for those rows alone, so a page of a 100k-finding run never builds 100k labels."""
    _, keys, rid = _scan(state, view)
    return _page_rows(state, rid, keys, with_evidence) if rid else []


def _scan(state: AppState, view: View) -> tuple[int, list[Any], str | None]:
    """The view's total and its page's (record_type, record_id) keys, in one query; kept on the view for
    the page asked (a view whose page moves is scanned again)."""
    page = (view.limit, view.offset)
    if view.scanned is not None and view.scanned[0] == page:
        return view.scanned[1], view.scanned[2], view.scanned[3]
    where = _where(state, view.check())
    if where is None:
        return 0, [], None
    con = state.store.con
    sql = ("SELECT v.record_type, v.record_id, count(*) OVER ()" + _from(view, order=True) + where[0] + _order(view)
           + " LIMIT ? OFFSET ?")
    found = con.execute(sql, [*where[1], view.limit, view.offset]).fetchall()
    if found:
        total = int(found[0][2])
    elif view.offset:  # past the last page: the total needs a count of its own
        row = con.execute("SELECT count(*)" + _from(view, order=False) + where[0], where[1]).fetchone()
        total = int(row[0]) if row else 0
    else:
        total = 0
    keys = [(r[0], r[1]) for r in found]
    view.scanned = (page, total, keys, where[1][0])
    return total, keys, where[1][0]


def _page_rows(state: AppState, run_id: str, keys: list[Any], with_evidence: bool) -> list[dict[str, Any]]:
    """The full rows of the given (record_type, record_id) keys of a run, in the keys' order."""
    if not keys:
        return []
    decisions = _DECISIONS_OF.format(" AND subject IN (SELECT 'finding:' || record_id FROM k)")
    sql = ("WITH k AS (SELECT unnest(?::VARCHAR[]) AS record_type, unnest(?::VARCHAR[]) AS record_id) "
           + _select(with_evidence) + " FROM k JOIN findings f ON f.run_id = ? AND f.record_type = k.record_type"
           " AND f.record_id = k.record_id" + _VIEW + _RECORD + f" LEFT JOIN {decisions} d ON d.record_id = f.record_id")
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
    sql = "SELECT v.record_type, v.record_id" + _from(view, order=True) + where[0] + _order(view) + " LIMIT ?"
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
