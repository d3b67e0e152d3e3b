"""What a server reads before it says it is ready: the first /match of a worker forked afterwards must find
everything it needs already read (the index, the entries and their dates, FtM's schemata, the users' keys)."""

from __future__ import annotations

import shutil
from pathlib import Path

from chainlight.api import access, yente
from chainlight.api.deps import AppState, read_entities
from chainlight.settings import Settings
from chainlight.store import Store


def test_warm_index_answers_one_match_and_keeps_what_it_read(demo_db_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    state = AppState(db, Settings())
    try:
        assert state.warm_index().startswith("name index")
        assert state.ready()
        entities = state.entities()
        assert yente._STAMPS and yente._STAMPS[0][0] is entities  # the entries' dates, read once
        assert state.access_book is not None and access.book_is_fresh(state) is state.access_book
        assert state._store is None  # the store closed again: other processes may be starting too
    finally:
        state.close()


def test_entities_read_for_serving_are_the_stores(demo_db_template: Path) -> None:
    with Store(demo_db_template, read_only=True) as store:
        assert read_entities(store) == {e.id: e for e in store.entities()}
