"""The store keeps what is loaded, records what changed, and never half-writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainlight.model.entity import Entity, Name
from chainlight.model.records import Listing
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.store import Store
from chainlight.store.migrations import available

META = SourceMeta(kind="ofac-sdn", dataset="ofac-sdn", title="test list", publisher="test", url="http://x",
                  licence="public domain", format="csv")


def _entity(source_id: str, name: str, *aliases: str) -> Entity:
    names = [Name(name)] + [Name(a, kind="alias") for a in aliases]
    return Entity(id=f"ofac-{source_id}", schema="Company", dataset="ofac-sdn", source_id=source_id, names=names,
                  countries=["kp"], programs=["DPRK3"])


def _result(*entities: Entity) -> ReadResult:
    return ReadResult(dataset="ofac-sdn", entities=list(entities), version="2024-05-03")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.duckdb")


def test_ingest_is_idempotent(store: Store, tmp_path: Path) -> None:
    r = _result(_entity("9347", "KOREA RYONBONG GENERAL CORPORATION"), _entity("9345", "KOMID"))
    first = store.ingest(r, META, [tmp_path / "sdn.csv"], "abc")
    second = store.ingest(r, META, [tmp_path / "sdn.csv"], "abc")
    assert (first.added, first.unchanged) == (2, 0)
    assert (second.added, second.changed, second.removed, second.unchanged) == (0, 0, 0, 2)
    assert store.entity_count("ofac-sdn") == 2


def test_newer_version_records_added_changed_removed(store: Store, tmp_path: Path) -> None:
    store.ingest(_result(_entity("1", "A CORP"), _entity("2", "B CORP")), META, [tmp_path / "sdn.csv"], "x")
    report = store.ingest(_result(_entity("1", "A CORP", "조선에이회사"), _entity("3", "C CORP")), META,
                          [tmp_path / "sdn.csv"], "y")
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    changes = {(c["id"], c["change"]) for c in store.changes("ofac-sdn")}
    assert changes == {("ofac-1", "changed"), ("ofac-2", "removed"), ("ofac-3", "added")}
    kept = store.entity("ofac-1")
    assert kept is not None and "조선에이회사" in kept.all_names()
    # every value is a statement with provenance
    rows = store.con.execute("SELECT value, source_id FROM statements WHERE entity_id = 'ofac-1'").fetchall()
    assert ("조선에이회사", "1") in rows


def test_failed_ingest_leaves_store_as_it_was(store: Store, tmp_path: Path) -> None:
    store.ingest(_result(_entity("1", "A CORP")), META, [tmp_path / "sdn.csv"], "x")
    bad = _result(_entity("2", "B CORP"), _entity("2", "B CORP DUPLICATE"))  # duplicate primary key
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
        store.ingest(bad, META, [tmp_path / "sdn.csv"], "y")
    assert [e.id for e in store.entities()] == ["ofac-1"]
    assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (1,)


def test_user_records_are_scoped_by_file(store: Store, tmp_path: Path) -> None:
    meta = SourceMeta(kind="listings", dataset="listings", title="listings", publisher="user", url="",
                      licence="", format="csv")
    a = ReadResult(dataset="listings", records=[Listing("L1", "3D faux mink lashes", "GlamLash Beauty")])
    b = ReadResult(dataset="listings", records=[Listing("L2", "真人发蕾丝前假发", "许昌某某发制品")])
    store.ingest(a, meta, [tmp_path / "a.csv"], "1")
    store.ingest(b, meta, [tmp_path / "b.csv"], "2")
    assert sorted(r.record_id for r in store.records("listings")) == ["L1", "L2"]


def test_store_reopens_with_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with Store(path) as again:
        assert again.con.execute("SELECT max(version) FROM schema_version").fetchone() == (available()[-1][0],) == (7,)


def test_findings_saved_before_the_templates_migration_read_the_same_after_it(tmp_path: Path) -> None:
    """Migration 5 moves the findings into finding_rows behind a `findings` view: a store made by an older
    chainlight keeps every finding as it was, and a row that names a shared chain (finding_templates) reads
    with its own record id in place."""
    import json

    import duckdb

    from chainlight.store.migrations import migrate

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    for number, sql in available():
        if number > 4:
            break
        for statement in sql.split(";"):
            if statement.strip() and not all(ln.strip().startswith("--") or not ln.strip()
                                             for ln in statement.splitlines()):
                con.execute(statement)
        con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
    whole = json.dumps([{"kind": "name_match", "subject": "L001", "object": "조선대성총무역회사"}], ensure_ascii=False)
    con.execute("INSERT INTO findings VALUES ('r1', 'listing', 'L001', 0.98, 'high', 'CAATSA-321', 's', ?, 'v')",
                [whole])
    assert migrate(con) == 7
    template = json.dumps([{"kind": "signal", "subject": "\ue000record_id\ue000", "object": "x"}], ensure_ascii=False)
    con.execute("INSERT INTO finding_templates VALUES ('r2', 1, ?)", [template])
    con.execute("INSERT INTO finding_rows (run_id, record_type, record_id, score, tier, summary, template) "
                "VALUES ('r2', 'shipment', 'S\"7', 0.5, 'elevated', 's', 1)")
    rows = dict(con.execute("SELECT record_id, evidence FROM findings").fetchall())
    con.close()
    assert rows["L001"] == whole  # a whole chain passes through unchanged, Hangul and all
    assert json.loads(rows['S"7'])[0]["subject"] == 'S"7'  # the id in place, JSON-escaped


def test_a_columnar_run_with_no_finding_is_saved_with_its_counts(tmp_path: Path) -> None:
    """Spark's folder of parts holds no part when no record reached tier low: the run is saved, nothing fails."""
    empty = tmp_path / ".findings-kept"
    empty.mkdir()
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save_columnar_findings("r0", empty, {}, {"tiers": {"none": 3}}, "risk_v2") == 0
        assert store.con.execute("SELECT count(*) FROM runs WHERE run_id = 'r0'").fetchone() == (1,)
