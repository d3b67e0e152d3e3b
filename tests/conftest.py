"""Shared fixtures: where the public snapshots are, and a store loaded with the bundled demo (lists, evidence,
records, one saved screen run) and the seed report's claims pending review, served through TestClient."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chainlight.api.app import create_app
from chainlight.demo import run_demo
from chainlight.extract.extractor import document_for, extract_text
from chainlight.extract.gazetteer import Gazetteer
from chainlight.extract.load import load_path
from chainlight.extract.persist import store_extraction
from chainlight.settings import Settings
from chainlight.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"the public snapshots are expected in {SHARED_DATA} (../shared beside the repo)")
    return SHARED_DATA


def build_demo_db(path: Path, seed: Path) -> Path:
    with Store(path) as store:
        result, inputs = run_demo(store, Settings(), lambda _: None, lambda _: None)
        store.save_findings(uuid.uuid4().hex[:12], result.findings, inputs,
                            {"tiers": result.counts(), "skipped": result.skipped})
        loaded = load_path(seed)
        doc = document_for(loaded.text, seed.stem, loaded.title)
        store_extraction(store, extract_text(loaded.text, document=doc, gazetteer=Gazetteer(store.entities()),
                                             kind=loaded.kind))
    return path


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    seeds = sorted((shared_data.parent / "seeds").glob("*.txt"))
    assert seeds, f"the seed report is expected in {shared_data.parent / 'seeds'}"
    return build_demo_db(tmp_path_factory.mktemp("demo") / "demo.duckdb", seeds[0])


@pytest.fixture(scope="module")
def client(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Each module gets its own copy of the store, so reviews in one module do not leak into another."""
    db = tmp_path_factory.mktemp("api") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    app = create_app(db, Settings())
    with TestClient(app) as test_client:
        yield test_client
    app.state.chainlight.store.close()
