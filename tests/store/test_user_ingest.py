"""The user's files go into the store in SQL: the same JSON and hash as the row-by-row ingest wrote, what
changed counted by a join, a bad file storing nothing."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from chainlight import pipeline
from chainlight.errors import InputError
from chainlight.sources.base import ReadResult
from chainlight.sources.user import shipments
from chainlight.store import Store
from chainlight.store.items import item_rows

HEADER = "shipment_id,date,shipper_name,consignee_name,weight_kg,value,shipper_country,hs_code,bl_no,notes\n"
ROWS = ["S1,2023-05-01,조선은하무역회사,平度市大泽山镇美睫工艺品有限公司,1250.5,84000,KP,670420.0,NMP-1,\n",
        'S2,2023-05-19,"Korea Rungrado, ""General""",Dandong Hongfa,,1e-05,Atlantis,,,"line\nbreak"\n',
        "S3,2023-06-01,朝鲜银河贸易公司,Pingdu Lash Co.,-5,,朝鲜,6704,NMP-3,\n"]


def write(folder: Path, rows: list[str], name: str = "ships.csv") -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def ingest(store: Store, *paths: Path) -> tuple[int, int, int, int]:
    r = pipeline.ingest_files(store, "shipments", list(paths))
    return r.added, r.changed, r.removed, r.unchanged


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.duckdb")


def test_json_and_hash_are_those_of_the_row_by_row_ingest(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, ROWS)
    assert ingest(store, path) == (3, 0, 0, 0)
    expected = {r.id: (r.hash, r.data) for r in item_rows(ReadResult("shipments", records=shipments.read([path]).records))}
    stored = {i: (h, d) for i, h, d in store.con.execute("SELECT id, hash, data FROM items").fetchall()}
    assert stored == expected
    assert [r.shipper_name for r in store.records("shipments")][1] == 'Korea Rungrado, "General"'  # type: ignore[union-attr]


def test_reingest_counts_changed_removed_and_moved_ids(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path, ROWS)
    assert ingest(store, first) == (3, 0, 0, 0)
    assert ingest(store, first) == (0, 0, 0, 3)
    changed = write(tmp_path, [ROWS[0].replace("1250.5", "1300"), ROWS[1]])
    assert ingest(store, changed) == (0, 1, 1, 1)
    assert {(c["id"], c["change"]) for c in store.changes("shipments")} == {("S1", "changed"), ("S3", "removed")}
    # S2 delivered again in another file moves there; the first file keeps S1
    other = write(tmp_path, [ROWS[1]], name="later.csv")
    assert ingest(store, other) == (1, 0, 0, 0)
    scopes = dict(store.con.execute("SELECT id, scope FROM items ORDER BY id").fetchall())
    assert scopes == {"S1": "shipments:ships.csv", "S2": "shipments:later.csv"}


def test_a_bad_file_stores_nothing_beside_a_good_one(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "listings.csv"
    good.write_text("listing_id,title,seller_name\nL1,假睫毛 10 pairs,平度美睫\n", encoding="utf-8")
    bad = write(tmp_path, [ROWS[0], ROWS[0].replace("S1,2023-05-01", "S9,01/05/2023")], name="bad.csv")
    with pytest.raises(InputError, match=r"bad.csv:3:date: '01/05/2023'"):
        pipeline.store_inputs(store, pipeline.ScreenSelection(listings=good, shipments=bad))
    assert store.con.execute("SELECT count(*) FROM items WHERE dataset IN ('listings', 'shipments')").fetchone() == (0,)
    assert store.con.execute("SELECT count(*) FROM ingests WHERE dataset = 'listings'").fetchone() == (0,)


def test_the_same_id_in_two_files_of_one_ingest_is_refused(store: Store, tmp_path: Path) -> None:
    a, b = write(tmp_path, ROWS[:1], name="a.csv"), write(tmp_path, ROWS[:1], name="b.csv")
    with pytest.raises(InputError, match="S1"):
        pipeline.ingest_files(store, "shipments", [a, b])
    assert store.con.execute("SELECT count(*) FROM items").fetchone() == (0,)


def test_duckdb_is_held_to_the_files_size_while_storing_and_given_back_its_limit(store: Store,
                                                                                tmp_path: Path) -> None:
    path = write(tmp_path, ROWS)
    seen = []
    original = store.ingest_user

    def storing(parts: list[object]) -> object:
        seen.append(store.con.execute("SELECT current_setting('memory_limit'), "
                                      "current_setting('preserve_insertion_order')").fetchone())
        return original(parts)  # type: ignore[arg-type]

    store.ingest_user = storing  # type: ignore[method-assign,assignment]
    assert ingest(store, path) == (3, 0, 0, 0)
    assert seen == [(f"{pipeline.INGEST_MEMORY_FLOOR_MB}.0 MiB", False)]
    after = store.con.execute("SELECT current_setting('memory_limit'), current_setting('preserve_insertion_order')"
                              ).fetchone()
    assert after is not None and after[0] != seen[0][0] and after[1] is True


def test_out_of_memory_under_the_limit_is_done_again_without_it(store: Store, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INGEST_MEMORY_FLOOR_MB", 1)  # 1 MiB: DuckDB cannot even read the file
    rows = [f"S{i},2023-05-01,Shipper {i % 7},Consignee {i % 5},{i}.5,{i},CN,670420,NMP-{i},\n" for i in range(20_000)]
    path = write(tmp_path, rows)
    steps: list[str] = []
    r = pipeline.ingest_files(store, "shipments", [path], steps.append)
    assert (r.added, r.unchanged) == (20_000, 0)
    assert not any("Python's csv module" in s for s in steps)  # DuckDB's error is not taken for the file's
    again = pipeline.ingest_files(store, "shipments", [path])
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 20_000)
    # a bad row is still named by file, line and field, and nothing of the file is stored
    bad = write(tmp_path, [*rows[:5], rows[5].replace("2023-05-01", "01/05/2023")], name="bad.csv")
    with pytest.raises(InputError, match=r"bad.csv:7:date: '01/05/2023'"):
        pipeline.ingest_files(store, "shipments", [bad])
    assert store.con.execute("SELECT count(*) FROM items WHERE scope = 'shipments:bad.csv'").fetchone() == (0,)
    # DuckDB has its own limit back (DuckDB 1.5's RESET would have left the buffer pool at 1 MiB)
    store.con.execute("CREATE TEMP TABLE _big AS SELECT repeat('x', 100) || range AS v FROM range(200000)")


def test_a_write_that_fails_mid_transaction_raises_its_own_error_and_stores_nothing(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # DuckDB aborts a transaction on a failed statement (its out-of-memory error while writing the items, which
    # within_ingest_memory retries on); tidying up the INSERT's settings used to raise "transaction is aborted"
    # in its place, so the retry never came and the user saw an internal error
    from chainlight.store import item_sync

    original = item_sync.user_rows_sql

    def failing(checked: object) -> str:
        sql = original(checked)  # type: ignore[arg-type]
        return (f"SELECT * REPLACE (CASE WHEN id = 'S3' THEN error('no room for S3') ELSE data END AS data) "
                f"FROM ({sql})")

    path = write(tmp_path, ROWS)
    threads = store.con.execute("SELECT current_setting('threads')").fetchone()
    monkeypatch.setattr(item_sync, "user_rows_sql", failing)
    with pytest.raises(duckdb.InvalidInputException, match="no room for S3"):
        ingest(store, path)
    assert store.con.execute("SELECT count(*) FROM items").fetchone() == (0,)
    assert store.con.execute("SELECT count(*) FROM changes").fetchone() == (0,)
    assert store.con.execute("SELECT current_setting('threads'), current_setting('preserve_insertion_order')"
                             ).fetchone() == (threads[0] if threads else None, True)
    monkeypatch.setattr(item_sync, "user_rows_sql", original)
    assert ingest(store, path) == (3, 0, 0, 0)


def test_items_are_written_at_the_commit_under_the_limit_and_settings_come_back(store: Store, tmp_path: Path
                                                                                ) -> None:
    # under the ingest's limit the items stay in the transaction (spilling) until the COMMIT writes them, with
    # the items' write settings (one thread, no dictionary compression) held until after it
    from chainlight.store import item_sync

    names = ("enable_optimistic_write", "threads", "disabled_compression_methods", "preserve_insertion_order")

    def now() -> tuple[object, ...]:
        row = store.con.execute("SELECT " + ", ".join(f"current_setting('{n}')" for n in names)).fetchone()
        assert row is not None
        return tuple(row)

    before = now()
    seen = []
    original = item_sync.sync_items

    def syncing(*args: object) -> None:
        seen.append(now())
        original(*args)  # type: ignore[arg-type]

    item_sync.sync_items = syncing  # type: ignore[assignment]
    try:
        assert ingest(store, write(tmp_path, ROWS)) == (3, 0, 0, 0)
    finally:
        item_sync.sync_items = original
    assert seen[0][0] is False and seen[0][1] == 1 and "dictionary" in str(seen[0][2]).lower() and seen[0][3] is False
    assert now() == before
    wal = tmp_path / "t.duckdb.wal"  # checkpointed by the ingest itself, not left to the store's close
    assert not wal.exists() or wal.stat().st_size == 0


def test_last_seen_moves_for_unchanged_records_only(store: Store, tmp_path: Path) -> None:
    import time

    path = write(tmp_path, ROWS)
    ingest(store, path)
    first = dict(store.con.execute("SELECT id, first_seen FROM items").fetchall())
    assert store.con.execute("SELECT count(*) FROM items WHERE first_seen <> last_seen").fetchone() == (0,)
    time.sleep(0.01)
    assert ingest(store, write(tmp_path, [ROWS[0], ROWS[1].replace("Dandong Hongfa", "Dandong Hongxiang")])
                  ) == (0, 1, 1, 1)
    rows = {i: (f, lst) for i, f, lst in store.con.execute("SELECT id, first_seen, last_seen FROM items").fetchall()}
    assert rows["S1"][0] == first["S1"] and rows["S1"][1] > first["S1"]  # unchanged: seen again
    assert rows["S2"][0] == rows["S2"][1] > first["S2"]  # changed: written anew
    assert "S3" not in rows


def test_a_write_beside_the_columnar_screen_writes_row_groups_as_it_goes(store: Store, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # beside a columnar screen the items' INSERT writes each full row group into the file as it goes (DuckDB's
    # optimistic writing) instead of spilling them to the store's temporary folder until the COMMIT; a plain
    # ingest keeps them in the transaction, its memory held near the file's size
    from chainlight.store import item_sync

    seen: list[object] = []
    original = item_sync.sync_items

    def syncing(con: duckdb.DuckDBPyConnection, sql: str, dataset: str, scope: str, *args: object) -> None:
        if scope.startswith("shipments:"):  # the user's file, not the evidence lists stored before it
            row = con.execute("SELECT current_setting('enable_optimistic_write')").fetchone()
            seen.append(row[0] if row else None)
        original(con, sql, dataset, scope, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(item_sync, "sync_items", syncing)
    monkeypatch.setattr(pipeline, "COLUMNAR_MIN_RECORDS", 1)
    before = store.con.execute("SELECT current_setting('enable_optimistic_write')").fetchone()
    stored = pipeline.store_inputs(store, pipeline.ScreenSelection(shipments=write(tmp_path, ROWS)))
    assert stored.pending is not None and pipeline.wants_columnar(stored)
    pipeline.write_pending(store, stored)
    assert seen == [True]
    assert store.con.execute("SELECT current_setting('enable_optimistic_write')").fetchone() == before
    assert store.con.execute("SELECT count(*) FROM items WHERE scope = 'shipments:ships.csv'").fetchone() == (3,)
    assert ingest(store, write(tmp_path, ROWS, name="other.csv")) == (3, 0, 0, 0)
    assert seen == [True, False]
