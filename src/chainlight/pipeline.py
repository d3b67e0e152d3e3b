"""The stages wired together: what the CLI, the API and the demo call.

Each function takes a Store and plain records and returns plain results; printing, progress and exit codes
belong to the edges (cli.py, api/).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from chainlight.errors import InputError, Problem, UsageError
from chainlight.model.product import Classification
from chainlight.resolve.types import Match, Query
from chainlight.settings import Settings, get_settings
from chainlight.sources import detect_kind, get_reader
from chainlight.sources.base import check_expected, require_file, sha256_of
from chainlight.store import IngestReport, Store
from chainlight.store.guards import IngestGuard, check_end_marker, check_most
from chainlight.store.item_sync import UserFiles

if TYPE_CHECKING:
    from chainlight.resolve import Matcher
    from chainlight.score.screen import ScreenResult
    from chainlight.sources.user.checks import Checked

Step = Callable[[str], None]


def _noop(_: str) -> None:
    return None


# ---- ingest ---------------------------------------------------------------------------------------------

def ingest_files(store: Store, kind: str, paths: Sequence[Path], step: Step = _noop,
                 extract: bool = False, guard: IngestGuard | None = None) -> IngestReport:
    """Read, check and store one source (one or more files that belong together, e.g. sdn+add+alt).

    `extract=True` accepts a deliberate excerpt of a list (the demo's), which the expected-count check
    would otherwise refuse as truncated.
    """
    for p in paths:
        require_file(p)
    if kind == "auto":
        kinds = {detect_kind(p) for p in paths}
        if len(kinds) != 1:
            raise UsageError(f"the files are of different kinds ({', '.join(sorted(kinds))}); ingest them "
                             "one kind at a time")
        kind = kinds.pop()
    if kind in USER_KINDS:
        from chainlight.sources.user.checks import drop

        files = within_ingest_memory(store, paths, lambda: check_user_files(store, kind, paths, step))
        try:
            report = within_ingest_memory(store, paths, lambda: store.ingest_user([files]))[0]
        finally:
            for c in files.checked:  # the checked cells, before the checkpoint needs the room
                drop(store.con, c)
        within_ingest_memory(store, paths, store.checkpoint_items, CHECKPOINT_MEMORY_MB)
        return report
    reader = get_reader(kind)
    step(f"reading {reader.meta.title}")
    result = reader.read(list(paths))
    if not extract:
        check_expected(result, reader.meta, paths[0])
    check_most(result, reader.meta, paths[0])
    if not extract and not (guard and guard.accept_shrink):
        check_end_marker(kind, paths)
    step(f"storing {result.count} entries")
    return store.ingest(result, reader.meta, list(paths), sha256_of(paths), guard)


USER_KINDS = ("listings", "shipments", "suppliers")
# DuckDB's memory while the user's files are read, checked and stored: about their size on disk, at least
# this floor; what is over it (the checked cells, the rows being written) goes to the store's temporary
# folder (<store>.tmp) instead of memory.  0 turns the limit off.  64 MiB: the checked cells of 200k lines
# (~50 MB of DuckDB's blocks) spill a little; at 48 and 32 the items' INSERT of those lines ran out of memory
# (and was done again without the limit)
INGEST_MEMORY_FLOOR_MB = int(os.environ.get("CHAINLIGHT_INGEST_MEMORY_FLOOR_MB", "64"))

# DuckDB's memory while the stored items are checkpointed into the file: it writes a row group at a time, and
# its compression's buffers are outside DuckDB's count, so what the limit holds back makes room for them
# (200k lines: +25 MB over the ingest under 64 MiB, +0 under 32)
CHECKPOINT_MEMORY_MB = 32

T = TypeVar("T")


def within_ingest_memory(store: Store, paths: Sequence[Path], work: Callable[[], T], limit_mb: int | None = None,
                         optimistic: bool = False) -> T:
    """`work` (checking or storing the user's files) with DuckDB held to about the files' size (file stores
    only: an in-memory store has nowhere to spill).  Should DuckDB still run out of memory, the work is done
    again without the limit: slower files are better than a refused one.  `optimistic`: the INSERT writes each
    full row group into the store's file as it goes (DuckDB's optimistic writing), for a write beside a columnar
    screen, where the screen's own memory dwarfs the row group it compresses outside the limit: the rows do not
    wait in the store's temporary folder for the COMMIT to read them back (2M lines beside the screen: 2.8 GB
    spilled there; the write alone, 1M / 2M lines: 15.8 -> 14.0 / 33.6 -> 31.9 thread CPU s, docs/scale.md
    round 17)."""
    if INGEST_MEMORY_FLOOR_MB <= 0 or store.path.startswith(":memory:"):
        return work()
    import duckdb

    from chainlight.store.item_sync import write_settings

    size_mb = sum(Path(p).stat().st_size for p in paths) // 2**20
    limit_mb = limit_mb or max(INGEST_MEMORY_FLOOR_MB, size_mb)
    try:
        # no table of the ingest is read in the order it was written (each row carries its line): letting
        # DuckDB write them as they come keeps less in memory.  The limit is set back as it was (DuckDB 1.5's
        # RESET shows the default again but leaves the buffer pool at the last limit).  The items written stay
        # in the transaction, spilling past the limit, until its COMMIT writes them: DuckDB's "optimistic"
        # writing of each full row group during the INSERT compresses one outside the limit (122,880 records'
        # JSON: +65 MB on 200k lines); without the limit (the retry) it is on again, nothing to spill to
        with write_settings(store.con, memory_limit=f"'{limit_mb}MiB'", preserve_insertion_order="false",
                            enable_optimistic_write="true" if optimistic else "false"):
            return work()
    except duckdb.OutOfMemoryException:  # or the connection held more than the limit already (a screen's tables)
        return work()


def check_user_files(store: Store, kind: str, paths: Sequence[Path], step: Step = _noop) -> UserFiles:
    """Stage and check the user's files in the store's connection (temporary tables, nothing stored yet);
    InputError with every problem of a file."""
    import time

    from chainlight.sources.user.common import read_checked

    meta = get_reader(kind).meta
    store.con.execute("SET enable_progress_bar = false")  # DuckDB would draw its own bar on standard output
    checked = []
    for path in paths:
        t0 = time.perf_counter()
        step(f"reading and checking {path.name}")
        checked.append(read_checked(store.con, Path(path), kind, step))
        step(f"{path.name}: {checked[-1].rows:,} {kind} read and checked ({_rate(checked[-1].rows, t0)})")
    if len(checked) > 1:
        _check_ids_across(store, checked)
    return UserFiles(meta, checked, list(paths), sha256_of(paths))


def _check_ids_across(store: Store, checked: Sequence[Checked]) -> None:
    """Files stored as one ingest must not share a record id (each file's own duplicates are checked)."""
    from chainlight.sources.user.stage import LINE, literal, quote

    key = quote(checked[0].fields[0])
    union = " UNION ALL ".join(f"SELECT {literal(str(c.stage.path))} AS path, {i} AS n, {LINE} AS line, {key} AS id "
                               f"FROM {c.view}" for i, c in enumerate(checked))
    rows = store.con.execute(f"""SELECT path, line, id, first_path, first_line FROM (SELECT *,
            first_value(path) OVER w AS first_path, first_value(line) OVER w AS first_line,
            row_number() OVER w AS k FROM ({union}) WINDOW w AS (PARTITION BY id ORDER BY n, line))
        WHERE k > 1 ORDER BY n, line LIMIT 1000""").fetchall()
    if rows:
        field = checked[0].fields[0]
        raise InputError.collected([Problem(p, int(line), field, f"duplicate {field} '{i}', also in {fp} on line {fl}")
                                    for p, line, i, fp, fl in rows])


def _rate(rows: int, t0: float) -> str:
    import time

    seconds = max(time.perf_counter() - t0, 1e-6)
    return f"{rows / seconds:,.0f} rows/s"


def bundled_evidence_paths() -> list[Path]:
    from chainlight.sources.evidence import bundled_paths

    return list(bundled_paths())


def ensure_evidence(store: Store) -> IngestReport | None:
    """The curated evidence base ships in the package; keep the store's copy in step with it."""
    paths = bundled_evidence_paths()
    if not paths:
        return None
    return ingest_files(store, "evidence", paths)


# ---- queries and texts from CSV -----------------------------------------------------------------------

def _read_csv(path: Path, required: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    require_file(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(str(path), f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8", line=line) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(str(path), f"missing required column(s) {', '.join(missing)}; the header is "
                         f"{', '.join(header) or '(empty)'}", line=1, field=missing[0])
    reader.fieldnames = header
    rows = []
    problems = []
    for row in reader:
        clean = {k: (v or "").strip() for k, v in row.items() if k}
        for col in required:
            if not clean.get(col):
                problems.append(Problem(str(path), reader.line_num, col, "required value is empty"))
        rows.append((reader.line_num, clean))
    if problems:
        raise InputError.collected(problems)
    if not rows:
        raise InputError(str(path), "no rows after the header")
    return rows


def read_queries(path: Path) -> list[Query]:
    out = []
    for _, row in _read_csv(path, ("query_id", "name")):
        out.append(Query(id=row["query_id"], name=row["name"], schema=row.get("schema") or None,
                         country=(row.get("country") or "").lower() or None,
                         birth_date=row.get("birth_date") or None, address=row.get("address") or None))
    return out


def read_texts(path: Path) -> list[tuple[str, str, str | None]]:
    return [(row["id"], row["text"], row.get("hs_code") or row.get("declared_hs") or None)
            for _, row in _read_csv(path, ("id", "text"))]


# ---- match and classify -------------------------------------------------------------------------------

def build_matcher(store: Store, settings: Settings | None = None, step: Step | None = None) -> Matcher:
    """The matcher over every list in the store: the index saved beside the store when the lists have not
    changed since it was built, else built (and saved) now."""
    from chainlight.resolve.saved_index import load_or_build

    settings = settings or get_settings()
    if store.entity_count() == 0:
        raise UsageError("the store holds no list entries; run `chainlight ingest ofac-sdn sdn.csv` (or "
                         "`chainlight sources update`) first")
    matcher, how = load_or_build(store, settings.match_threshold)
    if step is not None:
        step(f"name index {how}")
    return matcher


def match_queries(store: Store, queries: Sequence[Query], limit: int = 5,
                  settings: Settings | None = None, step: Step | None = None) -> list[list[Match]]:
    matcher = build_matcher(store, settings, step)
    # forked workers share the loaded index copy-on-write; a few queries are matched in this process
    return matcher.match_many(queries, limit=limit, workers=os.cpu_count() or 1)


def classify_texts(store: Store | None, items: Sequence[tuple[str, str, str | None]]) -> list[Classification]:
    from chainlight.classify import Classifier

    hs_codes = store.hs_codes() if store is not None else []
    classifier = Classifier(hs_codes=hs_codes or None)
    return classifier.classify_many(items)


@dataclass
class ScreenSelection:
    listings: Path | None = None
    shipments: Path | None = None
    suppliers: Path | None = None


# Above this many listings and shipments, `screen` given files screens them column-wise (score/batch_screen.py):
# the row-by-row screen builds a Python object per record and per finding.
COLUMNAR_MIN_RECORDS = int(os.environ.get("CHAINLIGHT_COLUMNAR_MIN_RECORDS", "100000"))


@dataclass
class StoredInputs:
    """The user's files of a screen, checked and stored; their checked views stay in the store's connection.

    `pending`: the items' write, when it is left to run beside the columnar screen (`store_inputs` leaves it so
    when `wants_columnar`); `run_stored_columnar` runs it, or `write_pending` does."""

    checked: dict[str, list[Checked]]
    pending: Callable[[], None] | None = None

    def rows(self, *kinds: str) -> int:
        return sum(c.rows for k in kinds for c in self.checked.get(k, []))


def store_inputs(store: Store, selection: ScreenSelection, step: Step = _noop) -> StoredInputs:
    """Read and check every given file, then store them all in one transaction: a bad shipments file must
    not leave the listings stored (or an earlier file's ids moved).

    Files the columnar screen will take (`wants_columnar`) are checked here and written while they are
    screened: the items' INSERT runs on one thread (~12 CPU s per million lines) and reads nothing the screen
    needs, so the other core screens meanwhile.  Such a result must go to `run_stored_columnar` (or
    `write_pending`), which stores them."""
    given = {"listings": selection.listings, "shipments": selection.shipments, "suppliers": selection.suppliers}
    paths = [p for p in given.values() if p is not None]
    parts = within_ingest_memory(store, paths, lambda: {
        kind: check_user_files(store, kind, [path], step) for kind, path in given.items() if path is not None})
    step("loading the evidence base")
    ensure_evidence(store)
    stored = StoredInputs({kind: part.checked for kind, part in parts.items()})

    beside = wants_columnar(stored)

    def write() -> None:
        within_ingest_memory(store, paths, lambda: store.ingest_user(list(parts.values())), optimistic=beside)

    if beside:
        stored.pending = write
        return stored
    t0 = __import__("time").perf_counter()
    write()
    _checkpoint(store)
    rows = stored.rows(*given)
    step(f"stored {rows:,} records ({_rate(rows, t0)})")
    return stored


def _checkpoint(store: Store) -> None:
    within_ingest_memory(store, [], store.checkpoint_items, CHECKPOINT_MEMORY_MB)


def write_pending(store: Store, stored: StoredInputs) -> None:
    """Store the files `store_inputs` left to be written beside the columnar screen, now (their checked views
    stay for the caller)."""
    if stored.pending is not None:
        write, stored.pending = stored.pending, None
        write()
        _checkpoint(store)


def wants_columnar(stored: StoredInputs) -> bool:
    """Many listings and shipments (declared suppliers, a short list, ride along)."""
    return stored.rows("listings", "shipments") >= COLUMNAR_MIN_RECORDS


def run_screen(store: Store, selection: ScreenSelection, settings: Settings | None = None,
               step: Step = _noop, stored: StoredInputs | None = None) -> ScreenResult:
    """Store the user's files (atomically, all of them), then screen them against lists, evidence and priors.

    With no files given, every listing, shipment and supplier already in the store is screened.
    """
    from chainlight.score.screen import ScreenInputs, screen
    from chainlight.sources.user.checks import drop
    from chainlight.sources.user.common import records_of

    settings = settings or get_settings()
    chosen: dict[str, list[Any]] = {}
    given = {"listings": selection.listings, "shipments": selection.shipments, "suppliers": selection.suppliers}
    if any(given.values()):
        stored = stored or store_inputs(store, selection, step)
        write_pending(store, stored)
        for kind in given:
            chosen[kind] = [r for c in stored.checked.get(kind, []) for r in records_of(store.con, c)]
            for c in stored.checked.get(kind, []):
                drop(store.con, c)
    else:
        step("loading the evidence base")
        ensure_evidence(store)
        for kind in given:
            chosen[kind] = store.records(kind)
    if not any(chosen.values()):
        raise UsageError("nothing to screen: give --listings, --shipments or --suppliers, or ingest them first")
    step("screening")
    inputs = ScreenInputs(entities=store.entities(), claims=store.claims(), priors=store.priors(),
                          goods=store.goods(), listings=chosen["listings"], shipments=chosen["shipments"],
                          suppliers=chosen["suppliers"], hs_codes=store.hs_codes())
    matcher = build_matcher(store, settings, step) if inputs.entities else None
    return screen(inputs, settings=settings, matcher=matcher)


def run_stored_columnar(store: Store, stored: StoredInputs, out_dir: Path, settings: Settings | None = None,
                        step: Step = _noop) -> dict[str, Any]:
    """The columnar screen of files `store_inputs` has checked: their checked rows go to Parquet beside the
    output (removed afterwards), which score/batch_screen.py reads where it lies.  Files left to be written
    (`stored.pending`) are stored meanwhile, on a thread of their own in the store's connection, which the
    screen no longer reads once it has the lists (its SQL runs in a connection of its own)."""
    from chainlight.sources.user.checks import drop
    from chainlight.sources.user.stage import literal, quote

    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".records-", dir=out_dir))
    checked = [c for parts in stored.checked.values() for c in parts]
    try:
        paths: dict[str, Path | None] = {"listings": None, "shipments": None, "suppliers": None}
        for kind in paths:
            parts = stored.checked.get(kind, [])
            if not parts:
                continue
            paths[kind] = folder / f"{kind}.parquet"
            union = " UNION ALL ".join(f"SELECT {', '.join(quote(f) for f in c.fields)} FROM {c.view}" for c in parts)
            step(f"{kind}: {stored.rows(kind):,} records to the columnar screen")
            store.con.execute(f"COPY ({union}) TO {literal(str(paths[kind]))} (FORMAT parquet)")
        write, stored.pending = stored.pending, None

        def store_them() -> None:  # the checked views are the INSERT's input; dropped before the checkpoint
            try:
                if write is not None:
                    write()
            finally:
                for c in checked:
                    drop(store.con, c)
            if write is not None:
                _checkpoint(store)

        if write is None:
            store_them()
        return run_columnar_screen(store, paths["listings"], paths["shipments"], out_dir, settings, step,
                                   suppliers=paths["suppliers"], beside=store_them if write is not None else None)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# DuckDB's memory in a columnar screen (MiB; 0: DuckDB's default, 80 % of the machine's): 5M shipments peaked
# at 16 GB without it
COLUMNAR_MEMORY_MB = int(os.environ.get("CHAINLIGHT_COLUMNAR_MEMORY_MB", "4096"))
COLUMNAR_FINDINGS_KEPT = 1000  # findings at tier high written to findings.json by a columnar screen
COLUMNAR_REPORT_FINDINGS = 500  # the worst findings a columnar screen's report.html shows with their evidence
# a columnar run's findings at tier low and above stored with the run, for the workspace (0: the run's counts
# only, its findings in findings.csv alone; for runs whose findings would outgrow the store's disk)
COLUMNAR_STORE_FINDINGS = os.environ.get("CHAINLIGHT_COLUMNAR_STORE_FINDINGS", "1") != "0"
# a columnar screen's list matches (and the parties of its whole set of names) kept in the store per matcher
# (clustering) version and reused by the next screen (score/match_cache.py; 0: every party matched again)
MATCH_CACHE = os.environ.get("CHAINLIGHT_MATCH_CACHE", "1") != "0"


COLUMNAR_REQUIRED = {"listings": ("listing_id", "title", "seller_name"),
                     "shipments": ("shipment_id", "date", "shipper_name", "consignee_name"),
                     "suppliers": ("supplier_id", "name")}


def _check_parquet(path: Path, kind: str) -> None:
    """A readable Parquet file with formats.md's required columns (names case-insensitive), or a clear error."""
    import pyarrow.parquet as pq

    require_file(path)
    with open(path, "rb") as f:
        if f.read(4) != b"PAR1":
            raise InputError(str(path), f"--columnar reads Parquet; this {kind} file is not Parquet "
                                        "(convert it, or screen it without --columnar)")
    try:
        names = {n.lower() for n in pq.ParquetFile(path).schema_arrow.names}
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise InputError(str(path), f"not a readable Parquet file: {exc}") from exc
    for column in COLUMNAR_REQUIRED[kind]:
        if column not in names:
            raise InputError(str(path), f"required column is missing from the {kind} file", field=column)


def run_columnar_screen(store: Store, listings: Path | None, shipments: Path | None, out_dir: Path,
                        settings: Settings | None = None, step: Step = _noop,
                        suppliers: Path | None = None, beside: Callable[[], None] | None = None) -> dict[str, Any]:
    """Screen Parquet listings and shipments of any size (and declared suppliers) on the engine
    (score/batch_screen.py) against the store's lists, evidence and priors.  findings.csv gets every record;
    the result holds the tier counts, the stage timings and the
    ids of the first high records.  The records are read where they lie, not stored row by row.  Parties at
    tier low and above get their own rows (record_type `entity`), as in the row screen's findings.csv.
    """
    import duckdb

    settings = settings or get_settings()
    given = {"listings": listings, "shipments": shipments}
    if not any(given.values()):
        raise UsageError("--columnar needs --listings or --shipments (Parquet files)")
    if suppliers is not None:
        given["suppliers"] = suppliers
    for kind, path in given.items():
        if path is not None:
            _check_parquet(path, kind)
    step("loading the evidence base")
    ensure_evidence(store)
    entities = store.entities()
    out_dir.mkdir(parents=True, exist_ok=True)
    # DuckDB's temporary files when a join outgrows memory, beside the output; removed afterwards
    spill = Path(tempfile.mkdtemp(prefix=".spill-", dir=out_dir))
    con = duckdb.connect()
    # DuckDB would draw its own bar on standard output for a statement that runs for seconds (the CLI has its own)
    con.execute("SET enable_progress_bar = false")
    con.execute(f"SET temp_directory = '{str(spill).replace(chr(39), chr(39) * 2)}'")
    if COLUMNAR_MEMORY_MB > 0:  # the screen's tables of millions of records spill there beyond this
        con.execute(f"SET memory_limit = '{COLUMNAR_MEMORY_MB}MiB'")
        # DuckDB hands memory back to the system after each task that peaked above 128 MiB, and takes it again
        # for the next; on virtual machines that return free memory to their host, each page taken again costs
        # system time (1M shipments, load 11-15: 26.8 -> 14.7 system CPU s, score 10.2 -> 2.8, the findings'
        # write 8.5 -> 2.9).  What it keeps stays within its limit, which it may reach anyway.
        con.execute(f"SET allocator_flush_threshold = '{COLUMNAR_MEMORY_MB}MiB'")
        con.execute(f"SET allocator_bulk_deallocation_flush_threshold = '{COLUMNAR_MEMORY_MB}MiB'")
    # every table of the screen is joined or aggregated, never read in the order it was written (findings.csv
    # is sorted): DuckDB need not keep insertion order, which holds less in memory
    con.execute("SET preserve_insertion_order = false")
    from chainlight.engine import make_engine

    if settings.engine == "spark":
        step("starting Spark (CHAINLIGHT_SPARK_MASTER, default local[*])")
    eng = make_engine(settings.engine, con=con)
    try:
        return _columnar(eng, store, entities, listings, shipments, out_dir, settings, step, suppliers, beside)
    finally:
        eng.close()
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def _saved_index(store: Store) -> Path | None:
    """The name index saved beside the store (build_matcher made or loaded it): Spark's executors load it."""
    from chainlight.resolve.saved_index import index_path

    path = index_path(store)
    return path if path is not None and path.is_file() else None


def _columnar(eng: Any, store: Store, entities: list[Any], listings: Path | None, shipments: Path | None,
              out_dir: Path, settings: Settings, step: Step, suppliers: Path | None = None,
              beside: Callable[[], None] | None = None) -> dict[str, Any]:
    """`beside`: work in the store's connection (the items' write) run on a thread of its own during the screen,
    which reads nothing of the store once the screener is built (the lists, claims, priors and the name index).
    It starts when the trace does: the clustering and the matcher fork their workers before that, and a fork
    under a writing thread makes each page it writes afterwards a copy (1M lines: the INSERT took 27 CPU s
    instead of 16 when it ran from the start)."""
    from chainlight.score.batch_screen import BatchScreener, run_batch, tainted_flows, worst_findings
    from chainlight.score.screen import default_classifier, default_cluster

    screener = BatchScreener(entities=entities, claims=store.claims(), priors=store.priors(), goods=store.goods(),
                             matcher=build_matcher(store, settings, step) if entities else None,
                             classifier=default_classifier(),
                             cluster=default_cluster(), settings=settings, engine=eng,
                             matcher_path=_saved_index(store) if entities else None)
    if MATCH_CACHE:
        from chainlight.resolve.saved_index import lists_digest

        screener.keep_matches(store.con, lists_digest(store)[0] if entities else None)
    running: list[_Beside] = []
    start = {"taint": lambda: running.append(_Beside(beside))} if beside is not None else None
    try:
        result = run_batch(screener, shipments, listings, out_dir / "findings.csv", keep_tiers=False,
                           keep_findings=False, log=step, suppliers=suppliers, parties=True, before=start)
        high = [r[0] for r in eng.rows(
            "SELECT record_type || ':' || record_id FROM verdicts WHERE tier = 'high' ORDER BY score DESC, record_id "
            f"LIMIT {COLUMNAR_FINDINGS_KEPT}")]
        got = {"counts": result.counts, "timings": result.timings, "high_sample": high,
               "kept": _kept_findings(eng, out_dir), "scorer": screener.model.version,
               "worst": worst_findings(screener, COLUMNAR_REPORT_FINDINGS), "flows": tainted_flows(screener)}
    except BaseException:
        if running:  # the store is not closed under its INSERT; the screen's error is the one told
            running[0].wait()
        elif beside is not None:  # stored even so, as when the files were stored before the screen
            beside()
        raise
    if beside is not None:
        if not running:
            running.append(_Beside(beside))
        running[0].wait()
        step(f"stored the records beside the screen ({running[0].seconds:.1f} s)")
        running[0].raise_error()
    return got


class _Beside:
    """Work started on a thread of its own; `wait` for it, then `raise_error` raises what it raised.  DuckDB
    runs a statement without Python's lock, so an INSERT there and the screen's Python go on together."""

    def __init__(self, work: Callable[[], None]) -> None:
        import threading
        import time

        self.error: BaseException | None = None
        self.seconds = 0.0
        started = time.perf_counter()

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # handed to the caller's thread by raise_error
                self.error = exc
            finally:
                self.seconds = time.perf_counter() - started

        self.thread = threading.Thread(target=run, name="chainlight-store-items")
        self.thread.start()

    def wait(self) -> None:
        self.thread.join()

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error


def _kept_findings(eng: Any, out_dir: Path) -> Path | None:
    """The findings at tier low and above, hidden beside findings.csv in a folder for the store
    (Store.save_columnar_findings), so that the workspace shows a columnar run as it shows any other: each
    finding with its signal set's key (`rows`) and each signal set's evidence once (`templates`), a Parquet
    file each (Spark: a folder of parts each).  The caller removes the folder (`drop_kept`)."""
    from chainlight.score.batch_screen import kept_queries

    if not COLUMNAR_STORE_FINDINGS:
        return None
    folder = out_dir / ".findings-kept"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, sql in kept_queries(eng.dialect).items():
        eng.write_parquet(sql, folder / (f"{name}.parquet" if eng.dialect == "duckdb" else name))
    return folder


def drop_kept(got: dict[str, Any]) -> None:
    """Remove the hidden Parquet of kept findings a columnar screen left beside findings.csv."""
    kept = got.get("kept")
    if isinstance(kept, Path) and kept.name.startswith(".findings-kept"):
        if kept.is_dir():
            shutil.rmtree(kept, ignore_errors=True)
        else:
            kept.unlink(missing_ok=True)
