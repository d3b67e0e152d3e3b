"""Cases in the store: each change is written with its audit row (hash-chained), bad values name their field."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.errors import NotFoundError, UsageError
from chainlight.store import Store, cases, users
from chainlight.store.audit import verify


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "cases.duckdb")
    users.add(s.con, "김은정", "analyst", by="tests")
    users.add(s.con, "李伟", "analyst", by="tests")
    return s


def test_a_case_is_opened_changed_and_noted_with_an_audit_row_each(store: Store) -> None:
    made = cases.open_case(store.con, "김은정", "GlamLash 속눈썹: 조선대성총무역회사 upstream", ["L001", "S002", "L001"],
                           assignee="李伟", due_date="2026-12-31", note="송장 요청 (ask for invoices)")
    assert made["case_id"] == "case-1" and made["status"] == "open" and made["record_ids"] == ["L001", "S002"]
    assert made["due_date"] == "2026-12-31" and made["notes"][0]["note"] == "송장 요청 (ask for invoices)"

    changed = cases.update_case(store.con, "case-1", "李伟", status="in_progress", assignee="김은정",
                                title=made["title"])  # the same title is no change
    assert changed["status"] == "in_progress" and changed["assignee"] == "김은정"
    cases.add_note(store.con, "case-1", "李伟", "平度 processor asked for its lash suppliers")
    cases.add_finding(store.con, "case-1", "李伟", "S010")
    cases.add_finding(store.con, "case-1", "李伟", "S010")  # already in: nothing written

    trail = store.con.execute("SELECT actor, action, detail FROM audit WHERE subject = 'case:case-1' ORDER BY seq"
                              ).fetchall()
    assert [(a, b) for a, b, _ in trail] == [("김은정", "case.opened"), ("李伟", "case.updated"), ("李伟", "case.note"),
                                            ("李伟", "case.finding_added")]
    assert '"status": ["open", "in_progress"]' in trail[1][2] and "title" not in trail[1][2]
    assert verify(store.con).intact
    assert cases.get_case(store.con, "case-1")["record_ids"] == ["L001", "S002", "S010"]


def test_no_change_writes_nothing(store: Store) -> None:
    cases.open_case(store.con, "김은정", "t", [])
    before = store.con.execute("SELECT count(*) FROM audit").fetchone()
    cases.update_case(store.con, "case-1", "김은정", status="open", due_date="")
    assert store.con.execute("SELECT count(*) FROM audit").fetchone() == before


@pytest.mark.parametrize(("change", "field"), [
    ({"status": "done"}, "status"), ({"due_date": "31/12/2026"}, "due_date"), ({"assignee": "nobody"}, "assignee"),
    ({"title": "  "}, "title"), ({"title": "x" * 201}, "title"), ({"colour": "red"}, "colour"),
])
def test_bad_values_name_their_field_and_change_nothing(store: Store, change: dict[str, str], field: str) -> None:
    cases.open_case(store.con, "김은정", "t", ["L001"])
    with pytest.raises(UsageError, match=rf"^{field}:"):
        cases.update_case(store.con, "case-1", "김은정", **change)
    assert cases.get_case(store.con, "case-1")["status"] == "open"
    assert store.con.execute("SELECT count(*) FROM audit WHERE action = 'case.updated'").fetchone() == (0,)


def test_a_failed_open_leaves_no_case_and_no_audit_row(store: Store) -> None:
    with pytest.raises(UsageError, match=r"^due_date:"):
        cases.open_case(store.con, "김은정", "t", ["L001"], due_date="tomorrow")
    with pytest.raises(NotFoundError):
        cases.get_case(store.con, "case-1")
    assert store.con.execute("SELECT count(*) FROM audit WHERE action LIKE 'case.%'").fetchone() == (0,)


def test_any_assignee_on_a_store_without_users(tmp_path: Path) -> None:
    with Store(tmp_path / "laptop.duckdb") as s:
        assert cases.open_case(s.con, "me", "t", [], assignee="정하늘")["assignee"] == "정하늘"


def test_lists_page_and_filter(store: Store) -> None:
    for i in range(5):
        cases.open_case(store.con, "김은정", f"case {i}", [f"L00{i}"], assignee="李伟" if i % 2 else None,
                        due_date=f"2026-12-0{5 - i}")
    cases.update_case(store.con, "case-5", "김은정", status="closed")
    listed = cases.list_cases(store.con)
    assert [c["case_id"] for c in listed] == ["case-4", "case-3", "case-2", "case-1", "case-5"]  # soonest due, closed last
    assert [c["case_id"] for c in cases.list_cases(store.con, limit=2, offset=2)] == ["case-2", "case-1"]
    assert cases.count_cases(store.con, assignee="李伟") == 2
    assert [c["case_id"] for c in cases.list_cases(store.con, record_id="L003")] == ["case-4"]
    assert cases.count_cases(store.con, status="closed") == 1
