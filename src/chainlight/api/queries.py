"""Reads over the store's findings, runs and audit tables, shared by the API and the web app.

Findings are kept per run; "the findings" means those of the latest run unless a run id is given.
Decisions on findings are audit rows (`finding.<decision>`), so the trail and the current state are one table.
"""

from __future__ import annotations

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


def _run_id(store: Store, run_id: str | None) -> str | None:
    if run_id:
        return run_id
    run = latest_run(store)
    return run["run_id"] if run else None


def findings(store: Store, run_id: str | None = None, tier: str | None = None,
             record_type: str | None = None) -> list[dict[str, Any]]:
    """Findings of one run, worst first; an empty list before any screen has run."""
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
    rows = store.con.execute(sql + " ORDER BY score DESC, record_type, record_id", params).fetchall()
    return [_finding(r) for r in rows]


def finding(store: Store, record_id: str, run_id: str | None = None) -> dict[str, Any]:
    rid = _run_id(store, run_id)
    row = None
    if rid is not None:
        row = store.con.execute(f"SELECT {', '.join(FINDING_COLUMNS)} FROM findings WHERE run_id = ? AND "
                                "record_id = ? ORDER BY score DESC LIMIT 1", [rid, record_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no finding for '{record_id}' in run {rid or '(none yet)'}; GET /findings lists them")
    return _finding(row)


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
                {"note": note, "run_id": found["run_id"], "tier": found["tier"], "score": found["score"]})
    latest = latest_decision(store, record_id)
    assert latest is not None
    return latest


def latest_decision(store: Store, record_id: str) -> dict[str, Any] | None:
    rows = audit(store, subject=f"finding:{record_id}", action_prefix="finding.", limit=1)
    if not rows:
        return None
    row = rows[0]
    return {"decision": row["action"].removeprefix("finding."), "actor": row["actor"],
            "at": row["happened_at"], "note": row["detail"].get("note", "")}


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
