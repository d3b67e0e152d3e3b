"""The audit trail: append-only rows, each hash-chained to the one before, so that an edit, a deletion or a
reordering made to the store file behind chainlight's back is found by `chainlight audit verify`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb

GENESIS = "0" * 64  # the "previous hash" of the first chained row


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def row_digest(seq: int, happened_at: datetime, actor: str, action: str, subject: str, detail: str,
               prev: str) -> str:
    """SHA-256 over the row's fields in a fixed JSON form (timestamps to the microsecond, as stored)."""
    body = json.dumps([seq, happened_at.isoformat(timespec="microseconds"), actor, action, subject, detail, prev],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(con: duckdb.DuckDBPyConnection, actor: str, action: str, subject: str,
           detail: dict[str, Any] | None = None) -> int:
    """Add one row at the end of the chain; the caller's transaction (if any) covers it.  Returns its seq."""
    last = con.execute("SELECT seq, row_sha256 FROM audit WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"
                       ).fetchone()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
    happened = _now()
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = row_digest(seq, happened, actor, action, subject, text, prev)
    con.execute("INSERT INTO audit (happened_at, actor, action, subject, detail, seq, prev_sha256, row_sha256) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [happened, actor, action, subject, text, seq, prev, digest])
    return seq


@dataclass(frozen=True)
class ChainCheck:
    rows: int  # chained rows checked
    unchained: int  # rows written before the chain began (no hash to check)
    broken_at: int | None = None  # seq of the first row that does not hold, None when all hold
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(con: duckdb.DuckDBPyConnection) -> ChainCheck:
    """Walk the chain from its first row; stop at the first row whose hash, link or place does not hold."""
    unchained_row = con.execute("SELECT count(*) FROM audit WHERE seq IS NULL").fetchone()
    unchained = int(unchained_row[0]) if unchained_row else 0
    cur = con.execute("SELECT seq, happened_at, actor, action, subject, detail, prev_sha256, row_sha256 "
                      "FROM audit WHERE seq IS NOT NULL ORDER BY seq")
    expected_seq, prev, checked = 1, GENESIS, 0
    while batch := cur.fetchmany(10_000):
        for seq, happened, actor, action, subject, detail, prev_hash, own in batch:
            if seq != expected_seq:
                what = "missing" if seq > expected_seq else "repeated"
                return ChainCheck(checked, unchained, expected_seq, f"row {expected_seq} is {what}")
            if prev_hash != prev:
                return ChainCheck(checked, unchained, seq, "its link to the row before does not match")
            if row_digest(seq, happened, actor, action, subject, detail or "", prev_hash) != own:
                return ChainCheck(checked, unchained, seq, "its content was changed after it was written")
            prev, expected_seq, checked = own, expected_seq + 1, checked + 1
    return ChainCheck(checked, unchained)
