"""Cases: who works on which findings, in what state, by when, with their notes (migration 003).

A case does not judge a finding itself: the verdict stays the analyst's decision on each finding (audit rows
`finding.<decision>`).  Every change to a case is written to the hash-chained audit trail (store/audit.py) in
the same transaction as the change, under the acting user's name, with subject `case:<id>`.

Bad values raise UsageError naming the field (`due_date`, `status`, ...); an unknown case raises NotFoundError.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import duckdb

from chainlight.errors import NotFoundError, UsageError
from chainlight.store import audit

STATUSES = ("open", "in_progress", "waiting_for_evidence", "closed")
TITLE_MAX = 200
NOTE_MAX = 10_000
FIELDS = ("title", "assignee", "status", "due_date")
_COLUMNS = ("case_id", "title", "assignee", "status", "due_date", "created_at", "created_by", "updated_at")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _title(value: str) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise UsageError("title: a case needs a title")
    if len(text) > TITLE_MAX:
        raise UsageError(f"title: at most {TITLE_MAX} characters (got {len(text)})")
    return text


def _status(value: str) -> str:
    if value not in STATUSES:
        raise UsageError(f"status: must be one of {', '.join(STATUSES)}, not '{value}'")
    return value


def _due(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"due_date: '{value}' is not a date (YYYY-MM-DD)") from None


def _assignee(con: duckdb.DuckDBPyConnection, value: str | None) -> str | None:
    """A known, not revoked user; on a store without users (a laptop) any name is taken."""
    name = (value or "").strip()
    if not name:
        return None
    has_users = con.execute("SELECT count(*) FROM users").fetchone()
    if has_users and has_users[0]:
        row = con.execute("SELECT 1 FROM users WHERE name = ? AND revoked_at IS NULL", [name]).fetchone()
        if row is None:
            raise UsageError(f"assignee: no user '{name}' (`chainlight users list` names them)")
    return name


def _note(value: str) -> str:
    text = str(value or "").strip()
    if len(text) > NOTE_MAX:
        raise UsageError(f"note: at most {NOTE_MAX:,} characters (got {len(text):,})")
    return text


def _in_transaction(con: duckdb.DuckDBPyConnection, work: Any) -> Any:
    con.execute("BEGIN TRANSACTION")
    try:
        out = work()
        con.execute("COMMIT")
        return out
    except BaseException:
        con.execute("ROLLBACK")
        raise


def open_case(con: duckdb.DuckDBPyConnection, actor: str, title: str, record_ids: list[str],
              assignee: str | None = None, due_date: str | date | None = None, note: str = "") -> dict[str, Any]:
    """A new case (status open) over the given findings; returns it as `get_case` does."""
    clean_title, due, text = _title(title), _due(due_date), _note(note)
    who = _assignee(con, assignee)
    ids = list(dict.fromkeys(r.strip() for r in record_ids if r and r.strip()))

    def work() -> str:
        row = con.execute("SELECT nextval('case_numbers')").fetchone()
        assert row is not None
        case_id, now = f"case-{int(row[0])}", _now()
        con.execute("INSERT INTO cases VALUES (?, ?, ?, 'open', ?, ?, ?, ?)",
                    [case_id, clean_title, who, due, now, actor, now])
        for rid in ids:
            con.execute("INSERT INTO case_findings VALUES (?, ?, ?, ?)", [case_id, rid, now, actor])
        if text:
            con.execute("INSERT INTO case_notes VALUES (?, ?, ?, ?)", [case_id, now, actor, text])
        audit.append(con, actor, "case.opened", f"case:{case_id}",
                     {"title": clean_title, "assignee": who, "due_date": due.isoformat() if due else None,
                      "findings": ids, "note": text})
        return case_id

    return get_case(con, _in_transaction(con, work))


def update_case(con: duckdb.DuckDBPyConnection, case_id: str, actor: str, **changes: Any) -> dict[str, Any]:
    """Change any of title, assignee, status, due_date; only what differs is written and audited as
    {field: [before, after]}.  Nothing changed writes nothing."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise UsageError(f"{sorted(unknown)[0]}: not a field of a case (fields: {', '.join(FIELDS)})")
    current = get_case(con, case_id)
    wanted: dict[str, Any] = {}
    if "title" in changes:
        wanted["title"] = _title(changes["title"])
    if "assignee" in changes:
        wanted["assignee"] = _assignee(con, changes["assignee"])
    if "status" in changes:
        wanted["status"] = _status(changes["status"])
    if "due_date" in changes:
        due = _due(changes["due_date"])
        wanted["due_date"] = due.isoformat() if due else None
    diff = {k: [current[k], v] for k, v in wanted.items() if current[k] != v}
    if not diff:
        return current

    def work() -> None:
        sets = ", ".join(f"{k} = ?" for k in diff)
        con.execute(f"UPDATE cases SET {sets}, updated_at = ? WHERE case_id = ?",
                    [*(v[1] for v in diff.values()), _now(), case_id])
        audit.append(con, actor, "case.updated", f"case:{case_id}", {"changes": diff})

    _in_transaction(con, work)
    return get_case(con, case_id)


def add_note(con: duckdb.DuckDBPyConnection, case_id: str, actor: str, note: str) -> dict[str, Any]:
    text = _note(note)
    if not text:
        raise UsageError("note: empty")
    get_case(con, case_id)

    def work() -> None:
        now = _now()
        con.execute("INSERT INTO case_notes VALUES (?, ?, ?, ?)", [case_id, now, actor, text])
        con.execute("UPDATE cases SET updated_at = ? WHERE case_id = ?", [now, case_id])
        audit.append(con, actor, "case.note", f"case:{case_id}", {"note": text})

    _in_transaction(con, work)
    return get_case(con, case_id)


def add_finding(con: duckdb.DuckDBPyConnection, case_id: str, actor: str, record_id: str) -> dict[str, Any]:
    current = get_case(con, case_id)
    rid = record_id.strip()
    if not rid:
        raise UsageError("record_id: empty")
    if rid in current["record_ids"]:
        return current

    def work() -> None:
        now = _now()
        con.execute("INSERT INTO case_findings VALUES (?, ?, ?, ?)", [case_id, rid, now, actor])
        con.execute("UPDATE cases SET updated_at = ? WHERE case_id = ?", [now, case_id])
        audit.append(con, actor, "case.finding_added", f"case:{case_id}", {"record_id": rid})

    _in_transaction(con, work)
    return get_case(con, case_id)


def _case(row: tuple[Any, ...]) -> dict[str, Any]:
    data = dict(zip(_COLUMNS, row, strict=True))
    for key in ("created_at", "updated_at", "due_date"):
        data[key] = data[key].isoformat() if data[key] is not None else None
    return data


def get_case(con: duckdb.DuckDBPyConnection, case_id: str) -> dict[str, Any]:
    row = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM cases WHERE case_id = ?", [case_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no case '{case_id}'; GET /cases lists them")
    data = _case(row)
    data["record_ids"] = [str(r[0]) for r in con.execute(
        "SELECT record_id FROM case_findings WHERE case_id = ? ORDER BY added_at, record_id", [case_id]).fetchall()]
    data["notes"] = [{"written_at": r[0].isoformat(), "author": r[1], "note": r[2]} for r in con.execute(
        "SELECT written_at, author, note FROM case_notes WHERE case_id = ? ORDER BY written_at, rowid",
        [case_id]).fetchall()]
    return data


def _where(status: str | None, assignee: str | None, record_id: str | None) -> tuple[str, list[Any]]:
    sql, params = " WHERE 1 = 1", []
    if status:
        sql += " AND status = ?"
        params.append(_status(status))
    if assignee:
        sql += " AND assignee = ?"
        params.append(assignee)
    if record_id:
        sql += " AND case_id IN (SELECT case_id FROM case_findings WHERE record_id = ?)"
        params.append(record_id)
    return sql, params


def list_cases(con: duckdb.DuckDBPyConnection, status: str | None = None, assignee: str | None = None,
               record_id: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Cases, the soonest due first (those without a due date last), a page at a time."""
    where, params = _where(status, assignee, record_id)
    rows = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM cases{where} "
                       "ORDER BY status = 'closed', due_date NULLS LAST, created_at DESC LIMIT ? OFFSET ?",
                       [*params, max(1, min(limit, 1000)), max(0, offset)]).fetchall()
    out = [_case(r) for r in rows]
    if out:
        ids = [c["case_id"] for c in out]
        marks = ", ".join("?" for _ in ids)
        members: dict[str, list[str]] = {}
        for cid, rid in con.execute(f"SELECT case_id, record_id FROM case_findings WHERE case_id IN ({marks}) "
                                    "ORDER BY added_at, record_id", ids).fetchall():
            members.setdefault(str(cid), []).append(str(rid))
        for c in out:
            c["record_ids"] = members.get(c["case_id"], [])
    return out


def count_cases(con: duckdb.DuckDBPyConnection, status: str | None = None, assignee: str | None = None,
                record_id: str | None = None) -> int:
    where, params = _where(status, assignee, record_id)
    row = con.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()
    return int(row[0]) if row else 0
