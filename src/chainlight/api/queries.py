"""Reads over the store's findings, runs and audit tables, shared by the API and the web app.

Findings are kept per run; "the findings" means those of the latest run unless a run id is given.
Decisions on findings are audit rows (`finding.<decision>`), so the trail and the current state are one table.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from chainlight.errors import NotFoundError, UsageError
from chainlight.store import Store

FINDING_COLUMNS = ("run_id", "record_type", "record_id", "score", "tier", "policies", "summary", "evidence",
                   "scorer")
DECISIONS = ("confirmed", "dismissed", "needs_evidence")
TIERS = ("high", "elevated", "low", "none")
RECORD_TYPES = ("listing", "shipment", "supplier", "entity")


def latest_run(store: Store) -> dict[str, Any] | None:
    row = store.con.execute("SELECT run_id, started_at, inputs, counts FROM runs "
                            "ORDER BY started_at DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return {"run_id": row[0], "started_at": row[1].isoformat(), "inputs": json.loads(row[2] or "{}"),
            "counts": json.loads(row[3] or "{}")}


def runs(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """Every saved run, newest first: a new run never hides an older one, which stays readable by its id."""
    rows = store.con.execute("SELECT r.run_id, r.started_at, r.inputs, r.counts, count(f.record_id) "
                             "FROM runs r LEFT JOIN findings f USING (run_id) GROUP BY ALL "
                             "ORDER BY r.started_at DESC LIMIT ?", [limit]).fetchall()
    return [{"run_id": r[0], "started_at": r[1].isoformat(), "inputs": json.loads(r[2] or "{}"),
             "counts": json.loads(r[3] or "{}"), "findings": r[4]} for r in rows]


def _run_id(store: Store, run_id: str | None) -> str | None:
    if run_id:
        return run_id
    run = latest_run(store)
    return run["run_id"] if run else None


def findings(store: Store, run_id: str | None = None, tier: str | None = None,
             record_type: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Findings of one run, worst first (a page of them with `limit`); an empty list before any screen."""
    _check_choice("tier", tier, TIERS)
    _check_choice("record_type", record_type, RECORD_TYPES)
    rid = _run_id(store, run_id)
    if rid is None:
        return []
    sql = f"SELECT {', '.join(FINDING_COLUMNS)} FROM findings WHERE run_id = ?"
    params: list[Any] = [rid]
    for column, value in (("tier", tier), ("record_type", record_type)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    sql += " ORDER BY score DESC, record_type, record_id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_finding(r) for r in store.con.execute(sql, params).fetchall()]


def count_findings(store: Store, run_id: str | None = None, tier: str | None = None,
                   record_type: str | None = None) -> int:
    rid = _run_id(store, run_id)
    if rid is None:
        return 0
    sql, params = "SELECT count(*) FROM findings WHERE run_id = ?", [rid]
    for column, value in (("tier", tier), ("record_type", record_type)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    row = store.con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def finding(store: Store, record_id: str, run_id: str | None = None) -> dict[str, Any]:
    rid = _run_id(store, run_id)
    row = None
    if rid is not None:
        row = store.con.execute(f"SELECT {', '.join(FINDING_COLUMNS)} FROM findings WHERE run_id = ? AND "
                                "record_id = ? ORDER BY score DESC LIMIT 1", [rid, record_id]).fetchone()
    if row is None and run_id is None:
        # not in the latest run (a run of other files): the most recent run that screened the record
        row = store.con.execute(f"SELECT {', '.join('f.' + c for c in FINDING_COLUMNS)} FROM findings f "
                                "JOIN runs r USING (run_id) WHERE f.record_id = ? "
                                "ORDER BY r.started_at DESC, f.score DESC LIMIT 1", [record_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no finding for '{record_id}' in run {rid or '(none yet)'}; GET /findings lists them")
    return _finding(row)


def fingerprint(store: Store, found: dict[str, Any]) -> str:
    """What a decision was made on: the record as stored and the finding's evidence.  A decision holds for a
    later run only while both are unchanged."""
    kind = found["record_type"]
    if kind == "entity":
        row = store.con.execute("SELECT data FROM entities WHERE id = ?", [found["record_id"]]).fetchone()
    else:
        row = store.con.execute("SELECT data FROM items WHERE item_type = ? AND id = ?",
                                [f"{kind}s", found["record_id"]]).fetchone()
    # the tier too: a record screened through the API is not stored, and its finding is all there is of it
    body = json.dumps([kind, found["record_id"], row[0] if row else None, found["evidence"], found["tier"]],
                      ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _finding(row: tuple[Any, ...]) -> dict[str, Any]:
    data = dict(zip(FINDING_COLUMNS, row, strict=True))
    data["evidence"] = json.loads(data["evidence"] or "[]")
    data["policies"] = [p for p in (data["policies"] or "").split(";") if p]
    return data


def _check_choice(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value and value not in allowed:
        raise UsageError(f"{name} must be one of {', '.join(allowed)}, not '{value}'")


# ---- decisions and the audit trail ---------------------------------------------------------------------

def decide_finding(store: Store, record_id: str, decision: str, actor: str, note: str,
                   run_id: str | None = None) -> dict[str, Any]:
    """Record an analyst's decision on a finding (append-only, in the audit table)."""
    _check_choice("decision", decision, DECISIONS)
    if not actor.strip():
        raise UsageError("actor is required: say who made the decision")
    found = finding(store, record_id, run_id)
    store.audit(actor.strip(), f"finding.{decision}", f"finding:{record_id}",
                {"note": note, "run_id": found["run_id"], "tier": found["tier"], "score": found["score"],
                 "fingerprint": fingerprint(store, found)})
    latest = latest_decision(store, record_id, found)
    assert latest is not None
    return latest


def latest_decision(store: Store, record_id: str, found: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The latest decision on a record; `current` says whether it was made on the finding shown (`found`):
    same record content, same evidence.  Otherwise it was "decided on an earlier version"."""
    rows = audit(store, subject=f"finding:{record_id}", action_prefix="finding.", limit=1)
    if not rows:
        return None
    row = rows[0]
    made_on = row["detail"].get("fingerprint")
    current = found is not None and made_on is not None and made_on == fingerprint(store, found)
    return {"decision": row["action"].removeprefix("finding."), "actor": row["actor"],
            "at": row["happened_at"], "note": row["detail"].get("note", ""), "run_id": row["detail"].get("run_id"),
            "current": current, "status": "current" if current else "decided on an earlier version"}


def audit(store: Store, subject: str | None = None, action_prefix: str | None = None,
          limit: int = 200) -> list[dict[str, Any]]:
    """The audit trail, newest first."""
    sql = "SELECT happened_at, actor, action, subject, detail FROM audit WHERE 1 = 1"
    params: list[Any] = []
    if subject:
        sql += " AND subject = ?"
        params.append(subject)
    if action_prefix:
        sql += " AND starts_with(action, ?)"
        params.append(action_prefix)
    sql += " ORDER BY happened_at DESC, rowid DESC LIMIT ?"
    params.append(max(1, min(limit, 5000)))
    return [{"happened_at": r[0].isoformat(), "actor": r[1], "action": r[2], "subject": r[3],
             "detail": json.loads(r[4] or "{}")} for r in store.con.execute(sql, params).fetchall()]
