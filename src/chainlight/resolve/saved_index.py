"""The matcher saved beside its store, so that `match`, `screen` and `serve` analyse a list once, not per call.

A store `lists.duckdb` keeps its index in `lists.duckdb.matcher` (all lists) or `lists.duckdb.matcher-<dataset>`,
with a small JSON sidecar saying what it was built from: a digest of the entities' ids and content hashes, the
save format and the key-building.  The sidecar is read first, so a stale index is known without unpickling
it; when a list changes, the next call builds the index again and replaces both files atomically.  A store in
memory, or a folder the user cannot write, simply gets a fresh matcher each time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from chainlight.errors import InputError
from chainlight.resolve import matcher as matching
from chainlight.resolve.matcher import SAVE_FORMAT, Matcher
from chainlight.resolve.versions import keys_id
from chainlight.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexStamp:
    """What a saved index was built from; an index is reused only when all of it still holds."""

    lists: str  # lists_digest() of the datasets it covers
    entities: int
    save_format: str
    keys: str
    scorer: str

    @classmethod
    def read(cls, path: Path) -> IndexStamp | None:
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None


def index_path(store: Store, datasets: Sequence[str] | None = None) -> Path | None:
    """Where the store's index for these datasets lives, or None for a store in memory."""
    if store.path in ("", ":memory:") or store.path.startswith(":memory:"):
        return None
    suffix = ".matcher" if not datasets else ".matcher-" + "+".join(sorted(datasets))
    return Path(store.path + suffix)


def lists_digest(store: Store, datasets: Sequence[str] | None = None) -> tuple[str, int]:
    """An order-free digest of the entries' ids and content hashes, and their count: it changes when an
    ingest adds, removes or changes an entry, and not when a list is ingested again unchanged."""
    sql = "SELECT count(*), coalesce(bit_xor(hash(id || '|' || hash)), 0) FROM entities"
    params: list[object] = []
    if datasets:
        sql += " WHERE dataset IN (SELECT unnest(?))"
        params.append(list(datasets))
    row = store.con.execute(sql, params).fetchone()
    count, digest = (int(row[0]), int(row[1])) if row else (0, 0)
    return f"{digest:016x}", count


def _stamp_of(store: Store, datasets: Sequence[str] | None, scorer: str) -> IndexStamp:
    digest, count = lists_digest(store, datasets)
    return IndexStamp(lists=digest, entities=count, save_format=SAVE_FORMAT, keys=keys_id(), scorer=scorer)


def load_or_build(store: Store, threshold: float, datasets: Sequence[str] | None = None) -> tuple[Matcher, str]:
    """The matcher over the store's lists (all of them, or `datasets`), and how it was had: "loaded",
    "built" (and saved) or "built (not saved: …)"."""
    path = index_path(store, datasets)
    if path is None:
        return Matcher(store.entities(datasets), threshold=threshold), "built (store in memory)"
    scorer = matching.scorer.NAME  # the scorer a Matcher is built with by default
    stamp = _stamp_of(store, datasets, scorer)
    sidecar = path.with_name(path.name + ".json")
    if path.is_file() and IndexStamp.read(sidecar) == stamp:
        try:
            matcher = Matcher.load(path)
        except InputError as exc:  # damaged or from another version: build it again below
            log.warning("saved index %s not used: %s", path, exc.message)
        else:
            matcher.threshold = threshold  # the threshold is applied per query, not built into the index
            return matcher, "loaded"
    matcher = Matcher(store.entities(datasets), threshold=threshold)
    try:
        _save(matcher, path, sidecar, stamp)
    except OSError as exc:
        return matcher, f"built (not saved: {exc.strerror or exc})"
    return matcher, "built"


def _save(matcher: Matcher, path: Path, sidecar: Path, stamp: IndexStamp) -> None:
    # Written under temporary names and renamed, the index first: a reader never meets a half-written file,
    # and a sidecar never vouches for an index that is not yet in place.
    folder = path.parent
    with contextlib.ExitStack() as cleanup:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
        os.close(fd)
        cleanup.callback(lambda: Path(tmp).unlink(missing_ok=True))
        matcher.save(tmp)
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()  # the old stamp must not describe the new file while it is being swapped in
        os.replace(tmp, path)
        fd, tmp_stamp = tempfile.mkstemp(prefix=sidecar.name + ".", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(stamp), fh)
        os.replace(tmp_stamp, sidecar)
