"""What every route shares: the open store, the settings, and the slow things built once (matchers, a screen).

DuckDB connections are not safe to use from several threads at once and FastAPI runs plain `def` routes in
a thread pool, so every route that reads or writes the store holds `AppState.lock` for the whole request.  It is a plain
Lock, not an RLock: FastAPI may enter and leave a dependency on different worker threads.
"""

from __future__ import annotations

import os
import re
import secrets
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import Request

from chainlight.errors import ChainlightError, NotFoundError
from chainlight.model.entity import Entity
from chainlight.settings import Settings
from chainlight.store import Store

if TYPE_CHECKING:
    from chainlight.api.entries import Entries
    from chainlight.resolve import Matcher
    from chainlight.score.screen import ScreenResult

# yente clients ask for these scopes; they mean every dataset in the store.
ALL_SCOPES = frozenset({"default", "all", "sanctions", "chainlight"})


IDLE_RELEASE_S = float(os.environ.get("CHAINLIGHT_IDLE_RELEASE", "1.0"))
READINGS_PENDING_MAX_S = 120.0  # after this a request loads the readings itself, as it would with no warm-up
RETRY_AFTER_S = 5
# scripts whose names the matcher reads with dictionaries (Hangul, CJK ideographs, kana)
NEEDS_READINGS = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
                            "\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]")


class ReadingsLoading(ChainlightError):
    """503: a name that needs the readings' dictionaries while they are being loaded elsewhere."""

    http_status = 503
    headers: ClassVar[dict[str, str]] = {"Retry-After": str(RETRY_AFTER_S)}


LIST_CHECK_S = 5.0  # how often a serving process looks whether an ingest changed the lists


@dataclass
class AppState:
    """The server's state.  The store is opened on first use and closed again after IDLE_RELEASE_S without a
    request (`release_if_idle`), because DuckDB lets one process write a file at a time: between requests the
    CLI (`ingest`, `claims review`, `screen`) can use the store while `serve` runs, and a request that comes
    while the CLI holds it waits for it (Store's wait) instead of failing."""

    db: Path
    settings: Settings
    lock: threading.Lock = field(default_factory=threading.Lock)
    _store: Store | None = None
    _last_used: float = 0.0
    access_book: Any = None  # api/access.py's cached copy of the users table
    _lists_digest: str = ""
    _lists_checked: float = 0.0
    _swapping: set[str] = field(default_factory=set)
    _file_seen: tuple[int, ...] = ()
    _matchers: dict[str, Matcher] = field(default_factory=dict)
    _screen: ScreenResult | None = None
    _entries: Entries | None = None  # the entries with their FtM forms (api/entries.py)
    _index_how: str = "loaded"
    _entries_how: str = "read"
    index_warming: bool = False  # a warm-up thread is loading the index and compiling the matcher
    readings_warm: bool = False  # the readings' dictionaries are loaded (warm_readings)
    # until when another thread, or the parent that will replace this worker, is loading them (monotonic s)
    readings_pending_until: float = 0.0
    prepared_runs: set[str] = field(default_factory=set)  # runs whose workspace columns exist (api/workspace.py)
    preparing: threading.Lock = field(default_factory=threading.Lock)  # one run's columns worked out at a time
    ephemeral_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))  # a store in memory

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db)
        self._last_used = time.monotonic()
        return self._store

    def store_is_a_file(self) -> bool:
        return bool(str(self.db)) and not str(self.db).startswith(":memory:")

    @contextmanager
    def briefly(self) -> Iterator[Store]:
        """The store for a quick look made outside a request's own work (the users table, the lists' digest):
        closed again at once if it was opened for this, so other server processes never wait on it."""
        opened = self._store is None
        try:
            yield self.store
        finally:
            if opened and self._store is not None:
                self._store.close()
                self._store = None

    def release_if_idle(self, idle: float = IDLE_RELEASE_S) -> bool:
        """Close the store when no request has used it for `idle` seconds; True when it was closed."""
        if self._store is None or time.monotonic() - self._last_used < idle:
            return False
        if not self.lock.acquire(blocking=False):
            return False
        try:
            if self._store is not None:
                self._store.close()
                self._store = None
                return True
            return False
        finally:
            self.lock.release()

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def entities(self) -> dict[str, Entity]:
        """Every entity by id; lists change only through `chainlight ingest`, not through the API."""
        return self.entries().entities

    def entries(self) -> Entries:
        """The entities with their FtM forms, as the answers show them: loaded by the warm-up (saved beside the
        store), else read here with their forms worked out as they are asked for."""
        if self._entries is None:
            from chainlight.api import entries

            self._entries = entries.read(self.store)
        return self._entries

    def datasets_in(self, scope: str) -> list[str] | None:
        """The store datasets a yente scope stands for (None = all); an unknown scope is a 404."""
        if scope in ALL_SCOPES:
            return None
        known = {d["dataset"] for d in self.store.datasets()}
        if scope not in known:
            raise NotFoundError(f"no dataset '{scope}'; GET /catalog lists them (or use 'default' for all)")
        return [scope]

    def matcher(self, scope: str) -> Matcher:
        """A matcher over the scope's entities: the index saved beside the store, or built on first use.  Every
        LIST_CHECK_S the lists' digest is read; when an ingest has changed them, a new index is built in the
        background and swapped in, and the old one answers until then (no downtime for a list update)."""
        if scope not in self._matchers:
            from chainlight.resolve.saved_index import lists_digest, load_or_build

            self._file_seen = file_stamp(self.db)
            self._lists_digest = lists_digest(self.store)[0]
            self._lists_checked = time.monotonic()
            datasets = self.datasets_in(scope)
            self._matchers[scope], _ = load_or_build(self.store, self.settings.match_threshold, datasets)
        elif time.monotonic() - self._lists_checked > LIST_CHECK_S:
            self._check_lists()
        return self._matchers[scope]

    def _check_lists(self) -> None:
        from chainlight.resolve.saved_index import lists_digest

        self._lists_checked = time.monotonic()
        # the file's size and time first: opening the store would make other server processes wait for it
        seen = file_stamp(self.db)
        if seen == self._file_seen:
            return
        self._file_seen = seen
        with self.briefly() as store:
            digest = lists_digest(store)[0]
        if digest == self._lists_digest or digest in self._swapping:
            return
        self._swapping.add(digest)
        threading.Thread(target=self._swap, args=(digest, list(self._matchers)), daemon=True,
                         name="chainlight-index-swap").start()

    def _swap(self, digest: str, scopes: list[str]) -> None:
        from chainlight.api import entries
        from chainlight.resolve.saved_index import load_or_build

        try:
            built: dict[str, Matcher] = {}
            with Store(self.db, read_only=False) as store:  # its own connection: requests go on meanwhile
                for scope in scopes:
                    datasets = None if scope in ALL_SCOPES else [scope]
                    built[scope], _ = load_or_build(store, self.settings.match_threshold, datasets)
                new_entries, _ = entries.load_or_build(store)  # the entries of the new lists, saved for a restart
            with self.lock:
                self._matchers.update(built)
                self._entries = new_entries
                self._lists_digest = digest
        finally:
            self._swapping.discard(digest)

    def warm(self) -> str:
        """Load (or build) the index of all lists and the entries' details, compile the matcher and load the
        readings' dictionaries: everything the first request would otherwise wait for."""
        how = self.warm_index()
        self.warm_readings()
        return how

    def warm_index(self) -> str:
        """Load (or build) the index of all lists and the entries' details, and compile the matcher on a name in
        Latin letters: /match answers at once afterwards (and /readyz says so), except that a first name in
        Hangul, characters or kana still loads its dictionaries (`warm_readings`).  The store is closed again
        at once (other processes may be starting too)."""
        from chainlight.api import entries
        from chainlight.resolve.saved_index import lists_digest, load_or_build

        with self.lock, self.briefly() as store, entries.no_gc():
            if "default" not in self._matchers:
                if store.entity_count() == 0:
                    return "no lists in the store"
                self._file_seen = file_stamp(self.db)
                self._lists_digest, self._lists_checked = lists_digest(store)[0], time.monotonic()
                self._matchers["default"], self._index_how = load_or_build(store, self.settings.match_threshold)
                self._entries, self._entries_how = entries.load_or_build(store)
        # one /match answered here: it compiles (or loads from numba's cache) the candidate loop, fills the
        # scorer's tables and reads the entries' dates, which every forked worker's first request would
        # otherwise wait for
        with entries.no_gc():
            self.warm_answer()
        return f"name index {self._index_how}, entries {self._entries_how}"

    def warm_answer(self) -> None:
        """Answer one /match in this process (no HTTP): what the first request would read, read now."""
        from chainlight.api import access, match, yente

        body = yente.EntityMatchQuery.model_validate({"queries": {"warm-up": {
            "schema": "Company", "properties": {"name": ["Korea Ryonbong General Corporation"], "country": ["kp"]}}}})
        with self.lock, self.briefly():
            match._match(self, "default", body, 5, None, None, yente.DEFAULT_ALGORITHM, None, None, None, None, None,
                         None)
            access.user_book(self)  # the users' keys: a worker forked within BOOK_TTL_S looks up none

    def warm_readings(self) -> None:
        """A name in Hangul, characters and katakana loads the readings' dictionaries (CC-CEDICT, Kiwi, UniDic,
        the hanja table), which a first name in those scripts would otherwise wait seconds for.  Safe beside
        requests: the matcher keeps its scratch space per thread."""
        matcher = self._matchers.get("default")
        if matcher is not None:
            from chainlight.api.entries import no_gc
            from chainlight.resolve.types import Query

            with no_gc():  # millions of dictionary entries that live as long as the process
                matcher.match(Query("warm-up", "조선련봉상업총회사 朝鮮リョンボン総合会社"), limit=1)
        self.readings_warm = True

    def warm_findings(self) -> int:
        """The latest run's workspace columns (api/workspace.py), on a connection of this thread's own, so that
        requests go on meanwhile and the run's first page does not wait for them.  One worker only: in another
        process the store's file would be held from the workers for seconds."""
        if not self.store_is_a_file():
            return 0
        from chainlight.api import queries, workspace

        with Store(self.db) as store:
            run_id = queries._run_id(store, None)
            return workspace.prepare(self, run_id, store) if run_id else 0

    def readings_pending(self) -> bool:
        """The readings' dictionaries are being loaded elsewhere (a warm-up thread, or the parent process that
        replaces this worker once they are), and are not yet here."""
        return not self.readings_warm and time.monotonic() < self.readings_pending_until

    def refuse_while_reading(self, *texts: str | None) -> None:
        """A name in Hangul, characters or kana while the readings' dictionaries are being loaded elsewhere:
        503 with Retry-After at once, rather than loading them again in this request (seconds, holding the
        state's lock, so that every request behind it would wait too).  Otherwise nothing."""
        if self.readings_pending() and any(t and NEEDS_READINGS.search(t) for t in texts):
            raise ReadingsLoading("names in Hangul, Chinese characters and kana are read with dictionaries that "
                                  "are still loading (a few seconds after the server's start); retry shortly")

    def warm_in_background(self, index: bool = True, freeze: bool = False) -> threading.Thread:
        """Warm up in a daemon thread while the server already listens: the index first (/readyz answers 503
        until it is loaded; a /match that comes meanwhile waits for it on the state lock), then the readings'
        dictionaries.  `index=False` when it was loaded before this process was forked from the one that did.
        `freeze` (a serving process): what was loaded is then left out of the garbage collector's passes
        (gc.freeze), which would otherwise walk the index and the dictionaries again and again."""
        import gc

        def run() -> None:
            try:
                if index:
                    self.warm_index()
            finally:
                self.index_warming = False
                if freeze:
                    gc.freeze()
            try:
                self.warm_readings()
            finally:
                self.readings_pending_until = 0.0
                if freeze:
                    gc.freeze()
            try:
                self.warm_findings()
            except Exception:  # its first view works them out instead
                import traceback

                traceback.print_exc()

        self.index_warming = index
        self.readings_pending_until = time.monotonic() + READINGS_PENDING_MAX_S
        thread = threading.Thread(target=run, name="chainlight-warm-up", daemon=True)
        thread.start()
        return thread

    def ready(self) -> bool:
        """The name index is loaded (and the matcher compiled when a warm-up is running), or there are no lists."""
        if "default" in self._matchers:
            return not self.index_warming
        if self.index_warming:
            return False
        with self.lock, self.briefly() as store:
            return store.entity_count() == 0

    def screen_result(self) -> ScreenResult:
        """A screen of every record in the store, kept for traces and flow charts until the next screen."""
        if self._screen is None:
            from chainlight.pipeline import ScreenSelection, run_screen

            self._screen = run_screen(self.store, ScreenSelection(), self.settings)
        return self._screen

    def forget_screen(self) -> None:
        self._screen = None


def file_stamp(db: Path) -> tuple[int, ...]:
    """Size and modification time of the store file and its write-ahead log: they change with every write."""
    out: list[int] = []
    for path in (db, Path(f"{db}.wal")):
        try:
            st = path.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [0, 0]
    return tuple(out)


def start_releasing(state: AppState, every: float = 0.25) -> threading.Thread:
    """A daemon thread that closes the state's store when idle; it ends when the state is gone."""
    ref = weakref.ref(state)

    def run() -> None:
        while True:
            time.sleep(every)
            current = ref()
            if current is None:
                return
            current.release_if_idle()
            del current

    thread = threading.Thread(target=run, name="chainlight-store-release", daemon=True)
    thread.start()
    return thread


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.chainlight
    return state


def locked_state(request: Request) -> Iterator[AppState]:
    """FastAPI dependency: the app state, with the store lock held for the request."""
    state = app_state(request)
    with state.lock:
        yield state
