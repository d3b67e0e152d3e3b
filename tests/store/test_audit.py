"""The audit trail is hash-chained: any change made to the file behind chainlight's back is found."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from chainlight.store import Store
from chainlight.store.audit import GENESIS, verify
from chainlight.store.migrations import migrate


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "a.duckdb")
    s.audit("김은정", "finding.confirmed", "finding:listing:L001", {"note": "가발 공급업체, 개천 연계"})
    s.audit("analyst.li", "claim.confirmed", "C-kaechon-001", {"edits": {"quote": "16小时"}})
    s.audit("admin", "user.added", "user:viewer1", {"role": "viewer"})
    return s


def test_an_untouched_chain_holds(store: Store) -> None:
    check = verify(store.con)
    assert check.intact and check.rows == 3 and check.unchained == 0
    first = store.con.execute("SELECT prev_sha256 FROM audit WHERE seq = 1").fetchone()
    assert first == (GENESIS,)


@pytest.mark.parametrize(("tamper", "broken_at", "reason"), [
    ("UPDATE audit SET actor = 'someone else' WHERE seq = 2", 2, "changed"),
    ("UPDATE audit SET detail = '{\"note\": \"\"}' WHERE seq = 1", 1, "changed"),
    ("DELETE FROM audit WHERE seq = 2", 2, "missing"),
    ("UPDATE audit SET happened_at = happened_at + INTERVAL 1 SECOND WHERE seq = 3", 3, "changed"),
])
def test_an_edit_a_deletion_or_a_shifted_time_is_found(store: Store, tamper: str, broken_at: int,
                                                      reason: str) -> None:
    store.con.execute(tamper)
    check = verify(store.con)
    assert not check.intact and check.broken_at == broken_at and reason in check.reason


def test_a_rewritten_row_with_a_fresh_hash_still_breaks_the_next_link(store: Store) -> None:
    from chainlight.store.audit import row_digest

    seq, happened, _actor, action, subject, detail, prev = store.con.execute(
        "SELECT seq, happened_at, actor, action, subject, detail, prev_sha256 FROM audit WHERE seq = 2").fetchone()
    forged = row_digest(seq, happened, "someone else", action, subject, detail, prev)
    store.con.execute("UPDATE audit SET actor = 'someone else', row_sha256 = ? WHERE seq = 2", [forged])
    check = verify(store.con)
    assert check.broken_at == 3 and "link" in check.reason


def test_rows_written_before_the_chain_are_counted_apart(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    from chainlight.store.migrations import available

    for statement in available()[0][1].split(";"):
        if statement.strip() and not all(x.strip().startswith("--") or not x.strip() for x in statement.splitlines()):
            con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("INSERT INTO audit VALUES (now(), 'web', 'claim.confirmed', 'C1', '{}')")
    migrate(con)
    con.close()
    with Store(path) as store:
        store.audit("analyst", "claim.rejected", "C1", {})
        check = verify(store.con)
        assert check.intact and check.unchained == 1 and check.rows == 1
