"""The store: one DuckDB file, a versioned schema, and atomic, idempotent ingest.

An ingest writes the whole reader result in one transaction or nothing.  Ingesting the same file twice
changes nothing but `last_seen`; ingesting a newer version of a list records what was added, changed and
removed in `changes`.  Lists are replaced as a whole (a list is a snapshot); evidence files and the user's
files are scoped by file name, so loading a second evidence file does not remove the first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import orjson

from chainlight.errors import InputError, StoreError
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.model.finding import Finding
from chainlight.model.product import GoodRisk, HsCode
from chainlight.model.records import RECORD_TYPES, Listing, Shipment, Supplier
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.store.guards import IngestGuard
from chainlight.store.items import ItemRow, item_rows
from chainlight.store.migrations import migrate
from chainlight.store.sealed import Sealer

if TYPE_CHECKING:  # the writers' module (pyarrow, the user files' checks) is loaded when a write needs it
    from chainlight.store.item_sync import UserFiles

# Datasets whose file is the whole list: what is missing from a newer file was removed from the list.
SNAPSHOT_DATASETS = frozenset({"ofac-sdn", "un-sc", "eu-fsf", "uk-sanctions", "uflpa", "cbp-wro", "dol-tvpra", "hs"})


@dataclass(frozen=True)
class IngestReport:
    ingest_id: int
    dataset: str
    scope: str
    total: int
    added: int
    changed: int
    removed: int
    unchanged: int
    version: str | None
    warnings: int

    def summary(self) -> str:
        text = (f"{self.dataset}: {self.total} loaded ({self.added} added, {self.changed} changed, "
                f"{self.removed} removed, {self.unchanged} unchanged)")
        if self.version:
            text += f", list version {self.version}"
        if self.warnings:
            text += f", {self.warnings} warnings"
        return text


STORE_WAIT_S = float(os.environ.get("CHAINLIGHT_STORE_WAIT", "10"))  # how long to wait for another process


def data_status(data: str) -> str:
    status = json.loads(data).get("status")
    return str(status) if status else "pending"


def _content_hash(data: dict[str, Any]) -> str:
    """Entity.content_hash() of the entity whose to_dict() is `data`."""
    content = {k: v for k, v in data.items() if k not in ("first_seen", "last_seen")}
    return hashlib.sha1(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """A chainlight store in one DuckDB file (or in memory with path ':memory:')."""

    def __init__(self, path: str | Path, read_only: bool = False, wait: float | None = None) -> None:
        self.path = str(path)
        new = not self.path.startswith(":memory:") and not os.path.exists(self.path)
        self.con = self._connect(read_only, STORE_WAIT_S if wait is None else wait)
        if new and os.path.exists(self.path):
            os.chmod(self.path, 0o600)  # findings, decisions and sealed fields: for the owner only
        if not read_only:
            migrate(self.con)

    def _connect(self, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
        # DuckDB lets one process at a time write a file.  `serve` holds it only while it answers a request and
        # the CLI while it runs a command, so a short wait nearly always finds the file free.
        deadline = time.monotonic() + wait
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.Error as exc:
                if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                    busy = "lock" in str(exc).lower()
                    raise StoreError(f"cannot open store {self.path}: {exc}." + (
                        f" Another chainlight process kept it for over {wait:.0f} s; try again when it is done, "
                        "or set CHAINLIGHT_STORE_WAIT to wait longer" if busy else
                        " Use --db to choose another file.")) from exc
                time.sleep(0.05)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- ingest -------------------------------------------------------------------------------------

    def ingest(self, result: ReadResult, meta: SourceMeta, paths: Sequence[Path], sha256: str,
               guard: IngestGuard | None = None) -> IngestReport:
        """Store a reader's result in one transaction.  An official list's update is checked by `guard`
        (default: the standard one) and refused, with nothing stored, when it would remove too many entries
        or go back to an older version."""
        return self.ingest_many([(result, meta, paths, sha256)], guard)[0]

    def ingest_many(self, parts: Sequence[tuple[ReadResult, SourceMeta, Sequence[Path], str]],
                    guard: IngestGuard | None = None) -> list[IngestReport]:
        """Several read results stored in one transaction: all of them, or none (a screen's listings and
        shipments, say, where the second file's error must not leave the first stored)."""
        guard = guard or IngestGuard()
        now = _now()
        reports = []
        self.con.execute("BEGIN TRANSACTION")
        try:
            for result, meta, paths, sha256 in parts:
                reports.append(self._ingest_checked(result, meta, paths, sha256, guard, now))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return reports

    def ingest_user(self, parts: Sequence[UserFiles]) -> list[IngestReport]:
        """The user's checked files stored in one transaction, all or none; the records go from the checked
        views into `items` in SQL (store/item_sync.py), never through a Python object per record."""
        from chainlight.store.item_sync import item_writes, sync_items, user_rows_sql

        now = _now()
        reports = []
        with item_writes(self.con):  # up to and with the COMMIT, which writes the last row group
            self.con.execute("BEGIN TRANSACTION")
            try:
                for part in parts:
                    dataset = part.meta.dataset
                    scope = f"{dataset}:{'+'.join(sorted(p.name for p in part.paths))}"
                    ingest_id = self._next_ingest_id()
                    counts = {"added": 0, "changed": 0, "removed": 0, "unchanged": 0}
                    sync_items(self.con, user_rows_sql(part.checked), dataset, scope, ingest_id, now, counts)
                    reports.append(self._record_ingest(ingest_id, dataset, part.meta, scope, part.paths,
                                                       part.sha256, None, now, part.rows, counts, part.warnings))
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        return reports

    def checkpoint_items(self) -> None:
        """Write what `ingest_user` committed into the file now, with the items' write settings (one thread, no
        dictionary compression) and the caller's memory limit: an ingest under pipeline's limit leaves its
        rows to the next checkpoint, which the store's close would make with DuckDB's defaults (200k lines of
        the user's: +280 MB).  Another transaction of the process may hold it off; a later one does it then."""
        from chainlight.store.item_sync import item_writes

        if self.path.startswith(":memory:"):
            return
        with item_writes(self.con), contextlib.suppress(duckdb.TransactionException):
            self.con.execute("CHECKPOINT")

    def _next_ingest_id(self) -> int:
        row = self.con.execute("SELECT nextval('ingest_ids')").fetchone()
        assert row is not None
        return int(row[0])

    def _record_ingest(self, ingest_id: int, dataset: str, meta: SourceMeta, scope: str, paths: Sequence[Path],
                       sha256: str, version: str | None, now: datetime, total: int, counts: dict[str, int],
                       warnings: int) -> IngestReport:
        self.con.execute(
            "INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [ingest_id, dataset, meta.kind, scope, json.dumps([str(p) for p in paths]), sha256, version, now, total,
             counts["added"], counts["changed"], counts["removed"], counts["unchanged"], warnings])
        self.con.execute(
            "INSERT OR REPLACE INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [dataset, meta.kind, meta.title, meta.publisher, meta.url, meta.licence, version, ingest_id, now])
        return IngestReport(ingest_id, dataset, scope, total, counts["added"], counts["changed"], counts["removed"],
                            counts["unchanged"], version, warnings)

    def _ingest_checked(self, result: ReadResult, meta: SourceMeta, paths: Sequence[Path], sha256: str,
                        guard: IngestGuard, now: datetime) -> IngestReport:
        scope = result.dataset
        snapshot = result.dataset in SNAPSHOT_DATASETS
        if not snapshot:
            scope = f"{result.dataset}:{'+'.join(sorted(p.name for p in paths))}"
        if snapshot:
            self._check_version(result, sha256, guard)
            before = self._count_scope(scope)
        report = self._ingest(result, meta, paths, sha256, scope, now)
        if snapshot:
            guard.check_removals(result.dataset, before, report.removed)
        return report

    def _count_scope(self, scope: str) -> int:
        row = self.con.execute("SELECT (SELECT count(*) FROM entities WHERE scope = ?) + "
                               "(SELECT count(*) FROM items WHERE scope = ?)", [scope, scope]).fetchone()
        return int(row[0]) if row else 0

    def _check_version(self, result: ReadResult, sha256: str, guard: IngestGuard) -> None:
        row = self.con.execute("SELECT version FROM datasets WHERE dataset = ?", [result.dataset]).fetchone()
        guard.check_version(result.dataset, row[0] if row else None, result.version)
        # the same bytes ingested before, then replaced by another file: an older download come back
        seen = self.con.execute("SELECT max(id) FROM ingests WHERE dataset = ? AND sha256 = ?",
                                [result.dataset, sha256]).fetchone()
        if seen and seen[0] is not None:
            later = self.con.execute("SELECT min(ingested_at) FROM ingests WHERE dataset = ? AND id > ? AND "
                                     "sha256 <> ?", [result.dataset, seen[0], sha256]).fetchone()
            guard.check_replay(result.dataset, sha256, later[0].isoformat(timespec="minutes")
                               if later and later[0] is not None else None)

    def _ingest(self, result: ReadResult, meta: SourceMeta, paths: Sequence[Path], sha256: str,
                scope: str, now: datetime) -> IngestReport:
        self._check_foreign_ids(result, scope, paths)
        ingest_id = self._next_ingest_id()
        counts = {"added": 0, "changed": 0, "removed": 0, "unchanged": 0}
        self._sync_entities(result.entities, result.dataset, scope, ingest_id, now, counts)
        self._sync_items(item_rows(result), result.dataset, scope, ingest_id, now, counts)
        total = result.count + len(result.documents) + len(result.priors)
        return self._record_ingest(ingest_id, result.dataset, meta, scope, paths, sha256, result.version, now, total,
                                   counts, len(result.warnings))

    def _check_foreign_ids(self, result: ReadResult, scope: str, paths: Sequence[Path]) -> None:
        """Refuse entries whose ids another source already holds (an OpenSanctions export keeps OFAC's
        ofac-<number> ids, which `ingest ofac-sdn` stores too): one id cannot name two stored records, and
        which to keep is the user's choice, not a silent overwrite."""
        import pyarrow as pa

        if not result.entities:
            return
        ids = pa.table({"id": pa.array([e.id for e in result.entities], type=pa.string())})
        self.con.register("_incoming_ids", ids)
        try:
            taken = self.con.execute(
                "SELECT e.id, e.dataset, e.scope FROM entities e JOIN _incoming_ids i USING (id) "
                "WHERE e.scope <> ? ORDER BY e.id LIMIT 20", [scope]).fetchall()
        finally:
            self.con.unregister("_incoming_ids")
        if taken:
            shown = ", ".join(f"{i} (held by {d}, from {s})" for i, d, s in taken[:5])
            raise InputError(str(paths[0]), f"{len(taken)}{'+' if len(taken) == 20 else ''} entry ids are "
                             f"already stored from another source: {shown}. Nothing was stored. Load the "
                             "export into a store without those lists (chainlight --store other.duckdb "
                             "ingest ftm …), or drop those lists from the export", field="id")

    def _sync_entities(self, entities: list[Entity], dataset: str, scope: str, ingest_id: int,
                       now: datetime, counts: dict[str, int]) -> None:
        old = dict(self.con.execute("SELECT id, hash FROM entities WHERE scope = ?", [scope]).fetchall())
        new_rows: list[list[Any]] = []
        changed_ids: list[str] = []
        change_rows: list[list[Any]] = []
        for entity in entities:
            whole = entity.to_dict()  # once: dataclasses.asdict is most of a list's storing time
            digest = _content_hash(whole)
            previous = old.pop(entity.id, None)
            if previous == digest:
                counts["unchanged"] += 1
                continue
            kind = "added" if previous is None else "changed"
            counts[kind] += 1
            if previous is not None:
                changed_ids.append(entity.id)
            change_rows.append([ingest_id, dataset, entity.id, "entity", kind, entity.caption])
            new_rows.append([entity.id, dataset, scope, entity.schema, entity.caption, entity.source_id, digest,
                             json.dumps(whole, ensure_ascii=False)])
        removed = list(old)
        counts["removed"] += len(removed)
        for entity_id in removed:
            change_rows.append([ingest_id, dataset, entity_id, "entity", "removed", None])
        stale = changed_ids + removed
        if stale:
            self._delete_ids("entities", "id", stale)
            self._delete_ids("statements", "entity_id", stale)
        if new_rows:
            self._insert_entities(new_rows, now, changed_ids)
            fresh = {r[0] for r in new_rows}
            statements = [s for e in entities if e.id in fresh for s in e.statements()]
            self._insert_statements(statements, now)
        self.con.execute("UPDATE entities SET last_seen = ? WHERE scope = ?", [now, scope])
        if change_rows:
            self._insert_changes(change_rows)

    def _insert_changes(self, rows: list[list[Any]]) -> None:
        import pyarrow as pa

        cols = ["ingest_id", "dataset", "item_id", "item_type", "change", "caption"]
        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        self.con.register("_new_changes", table)
        try:
            self.con.execute("INSERT INTO changes SELECT * FROM _new_changes")
        finally:
            self.con.unregister("_new_changes")

    def _insert_entities(self, rows: list[list[Any]], now: datetime, changed_ids: list[str]) -> None:
        import pyarrow as pa

        cols = ["id", "dataset", "scope", "schema", "caption", "source_id", "hash", "data"]
        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        self.con.register("_new_entities", table)
        try:
            self.con.execute(
                "INSERT INTO entities SELECT id, dataset, scope, schema, caption, source_id, hash, data, "
                "?, ?, ? FROM _new_entities", [now, now, now])
        finally:
            self.con.unregister("_new_entities")

    def _insert_statements(self, statements: Iterable[Any], now: datetime) -> None:
        import pyarrow as pa

        rows = [(s.id, s.entity_id, s.prop, s.value, s.lang, s.dataset, s.source_id) for s in statements]
        if not rows:
            return
        cols = ["id", "entity_id", "prop", "value", "lang", "dataset", "source_id"]
        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        self.con.register("_new_statements", table)
        try:
            self.con.execute("INSERT INTO statements SELECT *, ?, ? FROM _new_statements", [now, now])
        finally:
            self.con.unregister("_new_statements")

    def _sync_items(self, rows: list[ItemRow], dataset: str, scope: str, ingest_id: int, now: datetime,
                    counts: dict[str, int]) -> None:
        from chainlight.store.item_sync import rows_table, sync_items

        sealer = Sealer.for_store(self.path) if any(item.protected for item in rows) else None
        if sealer is not None:
            rows = [replace(item, hash=hashlib.sha1((item.hash + sealer.digest(item.protected)).encode()).hexdigest(),
                            protected=sealer.seal(item.protected)) if item.protected else item for item in rows]
        self.con.register("_item_rows", rows_table(rows))
        try:
            sync_items(self.con, "SELECT * FROM _item_rows", dataset, scope, ingest_id, now, counts)
        finally:
            self.con.unregister("_item_rows")

    def _delete_ids(self, table: str, column: str, ids: list[str]) -> None:
        import pyarrow as pa

        self.con.register("_ids", pa.table({"id": ids}))
        try:
            self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM _ids)")
        finally:
            self.con.unregister("_ids")

    # ---- read ---------------------------------------------------------------------------------------

    def entities(self, datasets: Sequence[str] | None = None) -> list[Entity]:
        sql = "SELECT data FROM entities"
        params: list[Any] = []
        if datasets:
            sql += " WHERE dataset IN (SELECT unnest(?))"
            params.append(list(datasets))
        # orjson (followthemoney's own parser) takes a third of json's time: a server's start reads every entry
        return [Entity.from_dict(orjson.loads(r[0])) for r in self.con.execute(sql + " ORDER BY id", params).fetchall()]

    def entity(self, entity_id: str) -> Entity | None:
        row = self.con.execute("SELECT data FROM entities WHERE id = ?", [entity_id]).fetchone()
        return Entity.from_dict(orjson.loads(row[0])) if row else None

    def entity_count(self, dataset: str | None = None) -> int:
        if dataset:
            row = self.con.execute("SELECT count(*) FROM entities WHERE dataset = ?", [dataset]).fetchone()
        else:
            row = self.con.execute("SELECT count(*) FROM entities").fetchone()
        return int(row[0]) if row else 0

    def _items(self, item_type: str, statuses: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        sql = "SELECT data FROM items WHERE item_type = ?"
        params: list[Any] = [item_type]
        if statuses:
            sql += " AND status IN (SELECT unnest(?))"
            params.append(list(statuses))
        for (data,) in self.con.execute(sql + " ORDER BY id", params).fetchall():
            yield json.loads(data)

    def records(self, kind: str) -> list[Listing | Shipment | Supplier]:
        cls = RECORD_TYPES[kind]
        return [cls(**d) for d in self._items(kind)]

    def documents(self) -> list[SourceDocument]:
        return [SourceDocument(**d) for d in self._items("document")]

    def claims(self, statuses: Sequence[str] = ("confirmed",)) -> list[Claim]:
        out = []
        for d in self._items("claim", statuses):
            d["source"] = SourceDocument(**d["source"])
            out.append(Claim(**d))
        return out

    def priors(self) -> list[Prior]:
        return [Prior(**d) for d in self._items("prior")]

    def goods(self) -> list[GoodRisk]:
        return [GoodRisk(**d) for d in self._items("good")]

    def hs_codes(self) -> list[HsCode]:
        return [HsCode(**d) for d in self._items("hs")]

    def datasets(self) -> list[dict[str, Any]]:
        cur = self.con.execute(
            "SELECT d.dataset, d.kind, d.title, d.version, d.updated_at, "
            "(SELECT count(*) FROM entities e WHERE e.dataset = d.dataset) + "
            "(SELECT count(*) FROM items i WHERE i.dataset = d.dataset) AS n FROM datasets d ORDER BY 1")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def changes_since(self, dataset: str, since: str | None = None) -> list[dict[str, Any]]:
        """What each ingest of `dataset` added, changed and removed: after the ingest whose version (or date)
        is `since`, or the latest ingest's changes without it.  Oldest ingest first."""
        ingests = self.con.execute("SELECT id, version, ingested_at FROM ingests WHERE dataset = ? ORDER BY id",
                                   [dataset]).fetchall()
        if not ingests:
            from chainlight.errors import NotFoundError

            raise NotFoundError(f"no ingest of '{dataset}' in the store; `chainlight sources list` shows the lists")
        if since is None:
            chosen = [ingests[-1]]
        else:
            from chainlight.sources.dates import parse_date

            day = parse_date(since)
            marks = [i for i, (_, version, at) in enumerate(ingests)
                     # a version is compared by the date it starts with ("2024-05-06 (publication date: ...)");
                     # one that is no date ("HS 2022", "sha256 ..., ingested ...") by its ingest's date
                     if since == version or (day is not None and _day_of(version, at) <= day)]
            if not marks:
                from chainlight.errors import UsageError

                raise UsageError(f"no ingest of '{dataset}' has version or date '{since}'; versions held: "
                                 + ", ".join(str(v or a.date()) for _, v, a in ingests))
            chosen = ingests[marks[-1] + 1:]
        out = []
        for ingest_id, version, at in chosen:
            for row in self.changes(dataset, ingest_id):
                out.append({"ingest_id": ingest_id, "version": version, "ingested_at": at.isoformat(), **row})
        return out

    def changes(self, dataset: str, ingest_id: int | None = None) -> list[dict[str, Any]]:
        if ingest_id is None:
            row = self.con.execute("SELECT max(id) FROM ingests WHERE dataset = ?", [dataset]).fetchone()
            ingest_id = row[0] if row else None
        cur = self.con.execute("SELECT item_id, item_type, change, caption FROM changes WHERE ingest_id = ? "
                               "ORDER BY change, item_id", [ingest_id])
        return [dict(zip(("id", "type", "change", "caption"), r, strict=True)) for r in cur.fetchall()]

    # ---- findings and audit -------------------------------------------------------------------------

    def save_findings(self, run_id: str, findings: Sequence[Finding], inputs: dict[str, Any],
                      counts: dict[str, Any]) -> None:
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("INSERT INTO runs VALUES (?, ?, ?, ?)",
                             [run_id, now, json.dumps(inputs), json.dumps(counts)])
            if findings:
                self.con.executemany(
                    "INSERT INTO finding_rows (run_id, record_type, record_id, score, tier, policies, summary, evidence, "
                    "scorer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [[run_id, f.record_type, f.record_id, f.score, f.tier, ";".join(f.policies), f.summary,
                      json.dumps([s.to_dict() for s in f.evidence], ensure_ascii=False), f.scorer]
                     for f in findings])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def save_columnar_findings(self, run_id: str, parquet: Path | None, inputs: dict[str, Any],
                               counts: dict[str, Any], scorer: str) -> int:
        """A columnar screen's run and its findings at tier low and above, read from the folder the engine wrote
        them to (pipeline._kept_findings): `rows` (each finding with its signal set's key) and `templates` (each
        signal set's evidence, the record id as its placeholder), each a Parquet file or Spark's folder of parts;
        in one transaction and two statements: millions of records never become Python objects.  Records at tier
        `none` stay in findings.csv alone; the run's counts have them.  Returns how many findings were stored."""
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("INSERT INTO runs VALUES (?, ?, ?, ?)",
                             [run_id, now, json.dumps(inputs), json.dumps(counts)])
            stored = 0
            rows, templates = (_parquet_parts(parquet, "rows"), _parquet_parts(parquet, "templates")) if parquet \
                else (None, None)
            # Spark leaves folders of parts, which may hold none when no record reached tier low
            if rows is not None and templates is not None:
                # each distinct chain once (finding_templates), numbered in the order of its text; the `findings`
                # view puts the record id in place.  The rows name their signal set, not its kilobytes of text
                self.con.execute("INSERT INTO finding_templates SELECT ?, row_number() OVER (ORDER BY evidence), "
                                 "evidence FROM (SELECT DISTINCT evidence FROM read_parquet(?))", [run_id, templates])
                self.con.execute(
                    "INSERT INTO finding_rows (run_id, record_type, record_id, score, tier, policies, summary, scorer, "
                    "template) SELECT ?, k.record_type, k.record_id, k.score, k.tier, k.policies, k.summary, ?, "
                    "t.template FROM read_parquet(?) k JOIN (SELECT n.record_type, n.key, t.template "
                    "FROM read_parquet(?) n JOIN finding_templates t ON t.run_id = ? AND t.evidence = n.evidence) t "
                    "ON t.record_type = k.record_type AND t.key = k.key WHERE k.tier <> 'none'",
                    [run_id, scorer, rows, templates, run_id])
                row = self.con.execute("SELECT count(*) FROM finding_rows WHERE run_id = ?", [run_id]).fetchone()
                stored = int(row[0]) if row else 0
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return stored

    def audit(self, actor: str, action: str, subject: str, detail: dict[str, Any] | None = None) -> None:
        """Append a row to the hash-chained audit trail (store/audit.py)."""
        from chainlight.store import audit

        audit.append(self.con, actor, action, subject, detail)

    def protected_fields(self, item_type: str, item_id: str) -> dict[str, Any]:
        """The decrypted protected fields of an item (for admins: the API checks the role)."""
        row = self.con.execute("SELECT protected FROM items WHERE item_type = ? AND id = ?",
                               [item_type, item_id]).fetchone()
        if row is None:
            from chainlight.errors import NotFoundError

            raise NotFoundError(f"no {item_type} '{item_id}' in the store")
        return Sealer.for_store(self.path).open(row[0])

    def set_claim_status(self, claim_id: str, status: str, actor: str, note: str = "",
                         edits: dict[str, Any] | None = None) -> str:
        """Review a claim; the audit row keeps each edited field's old and new value.  An edit that changes a
        confirmed claim sends it back to pending: what was confirmed is no longer what the claim says.
        Returns the status the claim now has."""
        row = self.con.execute("SELECT data, status FROM items WHERE item_type = 'claim' AND id = ?",
                               [claim_id]).fetchone()
        if row is None:
            from chainlight.errors import NotFoundError

            raise NotFoundError(f"no claim '{claim_id}' in the store; `chainlight claims list` shows them")
        data, before = json.loads(row[0]), str(row[1] or data_status(row[0]))
        changes = {k: {"old": data.get(k), "new": v} for k, v in (edits or {}).items() if data.get(k) != v}
        if changes and before == "confirmed":
            status = "pending"
        data.update({k: c["new"] for k, c in changes.items()})
        data["status"] = status
        action = f"claim.{status}" if status != before or not changes else "claim.edited"
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("UPDATE items SET data = ?, status = ? WHERE item_type = 'claim' AND id = ?",
                             [json.dumps(data, ensure_ascii=False), status, claim_id])
            self.audit(actor, action, claim_id, {"note": note, "from": before, "to": status, "changes": changes,
                                                 "edits": {k: c["new"] for k, c in changes.items()}})
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return status


def _parquet_parts(folder: Path, name: str) -> str | None:
    """What read_parquet reads of `name` in the folder: the file name.parquet, or the parts of Spark's folder
    `name` (None when there is neither, or the folder holds no part)."""
    if (folder / f"{name}.parquet").is_file():
        return str(folder / f"{name}.parquet")
    parts = folder / name
    return str(parts / "*.parquet") if parts.is_dir() and any(parts.glob("*.parquet")) else None


def _day_of(version: str | None, at: datetime) -> str:
    from chainlight.sources.dates import parse_date

    return parse_date(version) or at.date().isoformat()
