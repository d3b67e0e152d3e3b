"""The list entries as the API answers with them, saved beside the store so that a server's start reads them
at once.

Every /match, /search and /entities answer shows an entry in FollowTheMoney's form (`entity_to_ftm`: each value
cleaned by FtM), and every yente example is checked against FtM's schemata.  Worked out per answer, that costs
a fraction of a millisecond per entry shown and, on a server's first answer, importing followthemoney (its
model's YAML and its dataset package: 0.6-1 s).  So the API keeps the entries together with their FtM form
(`Entries`), and a store `lists.duckdb` keeps them in `lists.duckdb.entries`:

- a first pickle, the stamp: what the file was made from (a digest of every entry's stored data, the versions
  of followthemoney and rigour, and the code that makes the FtM form), read first, so that a stale file is
  known without reading the rest;
- a second, the entries (in the store's order), their FtM forms (each as its JSON text, parsed when shown:
  16k forms load in 6 ms so, against 55 ms as objects) and FtM's schemata as an example is checked against
  them.

A stale or missing file is made again from the store (like the saved name index: at a server's first start
after a list changed), a store in memory or a folder the user cannot write simply works them out as asked.
The file is a pickle: it is read only when its stamp matches, and written by this program, private (0600).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

import chainlight

if TYPE_CHECKING:
    from chainlight.model.entity import Entity
    from chainlight.store import Store

log = logging.getLogger(__name__)

SAVE_FORMAT = "entries-2"
# what an entry's FtM form is made by: a change to any of them makes saved forms stale
FORM_SOURCES = ("model/entity.py", "sources/ftm/export.py", "sources/ftm/vocabulary.py", "api/entries.py")
FORM_PACKAGES = ("followthemoney", "rigour")

FtmForm = dict[str, Any]  # {"schema": FtM schema, "properties": {prop: [values]}}, as entity_to_ftm gives them
SchemaForm = tuple[frozenset[str], bool]  # an FtM schema's properties (its parents' too) and whether it matches


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector off while a great many objects are made that live on (an index, the
    entries): each of its passes would walk all of them again; it is set back as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Entries:
    """The store's entries by id, their FtM forms (saved, or worked out when first asked) and FtM's schemata."""

    entities: dict[str, Entity]
    forms: dict[str, bytes] = field(default_factory=dict)  # entity id -> its FtM form as JSON
    schemata: dict[str, SchemaForm] | None = None  # None: asked of followthemoney

    def ftm(self, entity: Entity) -> FtmForm:
        """The entry's FtM form: kept for the entries read here, worked out each time for any other."""
        if self.entities.get(entity.id) is not entity:
            return ftm_form(entity)
        form = self.forms.get(entity.id)
        if form is None:
            form = self.forms[entity.id] = orjson.dumps(ftm_form(entity))
        parsed: FtmForm = orjson.loads(form)
        return parsed

    def schema(self, name: str) -> SchemaForm | None:
        if self.schemata is None:
            self.schemata = ftm_schemata()
        return self.schemata.get(name)


def ftm_form(entity: Entity) -> FtmForm:
    from chainlight.sources.ftm.export import entity_to_ftm

    data = entity_to_ftm(entity)
    return {"schema": data.get("schema"), "properties": data.get("properties", {})}


@cache
def ftm_schemata() -> dict[str, SchemaForm]:
    from followthemoney import model

    return {name: (frozenset(schema.properties), schema.matchable is not False)
            for name, schema in model.schemata.items()}


def entries_path(store: Store) -> Path | None:
    if store.path in ("", ":memory:") or store.path.startswith(":memory:"):
        return None
    return Path(store.path + ".entries")


def read(store: Store) -> Entries:
    """The store's entries, their FtM forms to be worked out as they are asked for."""
    with no_gc():
        return Entries({e.id: e for e in store.entities()})


def load_or_build(store: Store) -> tuple[Entries, str]:
    """The store's entries with their FtM forms, from the saved file when it still holds ("loaded"), else
    read from the store, their forms worked out and saved ("built", or "built (not saved: ...)")."""
    path = entries_path(store)
    if path is None:
        return read(store), "read (store in memory)"
    stamp = _stamp(store)
    with no_gc():
        try:
            with open(path, "rb") as fh:
                if pickle.load(fh) == stamp:
                    entities, forms, schemata = pickle.load(fh)
                    return Entries(entities, forms, schemata), "loaded"
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
                ImportError) as exc:  # damaged, or from another version: made again below
            log.warning("saved entries %s not used: %s", path, exc)
        entries = read(store)
        entries.forms = {i: orjson.dumps(ftm_form(e)) for i, e in entries.entities.items()}
        entries.schemata = ftm_schemata()
    try:
        _save(path, stamp, entries)
    except OSError as exc:
        return entries, f"built (not saved: {exc.strerror or exc})"
    return entries, "built"


def _save(path: Path, stamp: tuple[Any, ...], entries: Entries) -> None:
    # under a temporary name (mkstemp: private to the owner), then renamed: a reader never meets half a file
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(stamp, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump((entries.entities, entries.forms, entries.schemata), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _stamp(store: Store) -> tuple[Any, ...]:
    """What saved entries were made from: the entries' stored data (every byte of it, not only the content
    hash, so that an entry's own dates count too), the FtM packages' versions and the code making the forms."""
    row = store.con.execute("SELECT count(*), coalesce(bit_xor(hash(id || '|' || data)), 0) FROM entities").fetchone()
    return (SAVE_FORMAT, tuple(row or ()), _packages(), _sources())


def _packages() -> tuple[str, ...]:
    # the installed distributions' folder names (name-version.dist-info) and their code's size and time, found
    # without importing them (importlib.metadata takes longer than the rest of the stamp)
    out: list[str] = []
    for name in FORM_PACKAGES:
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            out.append(f"{name}: missing")
            continue
        origin = Path(spec.origin)
        st = origin.stat()
        dists = sorted(p.name for p in origin.parent.parent.glob(f"{name}-*.dist-info"))
        out.append(f"{name}: {','.join(dists)} {st.st_size} {st.st_mtime_ns}")
    return tuple(out)


def _sources() -> str:
    root = Path(chainlight.__file__).parent
    digest = hashlib.sha256()
    for name in FORM_SOURCES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return digest.hexdigest()
