"""The entries saved beside the store in the form the API answers with (api/entries.py): what a restart loads is
what the store and followthemoney give, and a changed entry or a damaged file is made again."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from chainlight.api import entries, yente
from chainlight.errors import UsageError
from chainlight.sources.ftm.export import entity_to_ftm
from chainlight.store import Store


@pytest.fixture()
def db(demo_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, path)
    return path


def _form(entity: object) -> dict[str, object]:
    data = entity_to_ftm(entity)  # type: ignore[arg-type]
    return {"schema": data["schema"], "properties": data["properties"]}


def test_saved_entries_are_the_stores_with_ftms_forms(db: Path) -> None:
    with Store(db) as store:
        built, how = entries.load_or_build(store)
        assert how == "built"
        loaded, how = entries.load_or_build(store)
        assert how == "loaded"
        stored = {e.id: e for e in store.entities()}
    assert stat.S_IMODE(os.stat(f"{db}.entries").st_mode) == 0o600
    assert loaded.entities == built.entities == stored and list(loaded.entities) == list(stored)
    assert len(stored) > 20
    for entity in loaded.entities.values():
        assert loaded.ftm(entity) == _form(entity)
    other = next(iter(stored.values()))
    assert loaded.ftm(other) == _form(other)  # an entity object not among the entries: worked out


def test_a_changed_entry_or_a_damaged_file_makes_them_again(db: Path) -> None:
    with Store(db) as store:
        entries.load_or_build(store)
        entity_id = store.con.execute("SELECT id FROM entities WHERE schema = 'Company' ORDER BY id").fetchone()[0]
        store.con.execute("UPDATE entities SET data = replace(data, '\"names\": [', '\"names\": [{\"value\": "
                          "\"Renamed Trading Co\", \"kind\": \"alias\", \"lang\": null, \"source_id\": null}, ') "
                          "WHERE id = ?", [entity_id])
        again, how = entries.load_or_build(store)
        assert how == "built"
        assert "Renamed Trading Co" in again.entities[entity_id].all_names()
        assert "Renamed Trading Co" in again.ftm(again.entities[entity_id])["properties"]["alias"]
        Path(f"{db}.entries").write_bytes(b"not a pickle")
        _, how = entries.load_or_build(store)
        assert how == "built"


def test_an_example_is_checked_against_the_saved_schemata_as_against_ftms(db: Path) -> None:
    with Store(db) as store:
        saved, _ = entries.load_or_build(store)
    examples = [("Company", {"name": ["x"]}), ("Person", {"name": ["x"], "birthDate": ["1970"]}),
                ("Company", {"name": ["x"], "wingspan": ["2"]}), ("Spaceship", {"name": ["x"]}),
                ("Address", {"full": ["x"]}), ("Vessel", {"name": ["x"], "imoNumber": ["1"]})]
    for schema, props in examples:
        example = yente.EntityExample.model_validate({"schema": schema, "properties": props})
        answers = []
        for kept in (saved, None):
            try:
                yente.check_example("q", example, kept)
                answers.append("ok")
            except UsageError as exc:
                answers.append(exc.message)
        assert answers[0] == answers[1], (schema, answers)


def test_a_store_in_memory_works_its_forms_out_as_asked() -> None:
    with Store(":memory:") as store:
        got, how = entries.load_or_build(store)
    assert how.startswith("read") and got.entities == {}
