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
        assert again.con.execute("SELECT max(version) FROM schema_version").fetchone() == (available()[-1][0],) == (4,)
