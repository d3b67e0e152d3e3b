"""Shared fixtures: a store loaded with the bundled demo (lists, evidence, records, one saved screen run) and the
seed report's claims pending review, served through TestClient.

The tests read nothing outside the repository (a user's clone has nothing beside it): the public snapshots they
need are in tests/snapshots (tests/helpers/snapshots.py), and an audit hook fails any test that opens a file in
the repository's parent folder, such as the shared data folder beside it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
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
from chainlight.store import Store, users
from tests.helpers.snapshots import SEED_REPORT, snapshot

REPO = Path(__file__).resolve().parents[1]


class OutsideRepositoryError(PermissionError):
    """A test opened a file beside the repository; a user's clone has nothing there."""


# Where a test may still open files beside the repository: the interpreter, the temporary folder, and hidden
# folders such as ~/.cache when the repository sits in a home folder.
_ALLOWED = tuple(Path(p).resolve() for p in {sys.prefix, sys.base_prefix, tempfile.gettempdir()})


def outside_repository(path: object) -> Path | None:
    """The resolved path when it lies in the repository's parent folder but outside the repository."""
    if not isinstance(path, str | bytes | os.PathLike) or REPO.parent == REPO.parent.parent:
        return None  # a file descriptor; or a repository at the root, whose parent holds everything
    try:
        resolved = Path(os.fsdecode(path)).resolve()
    except (OSError, ValueError):
        return None
    if not resolved.is_relative_to(REPO.parent) or resolved.is_relative_to(REPO):
        return None
    if any(resolved.is_relative_to(a) and a.is_relative_to(REPO.parent) for a in _ALLOWED):
        return None  # e.g. a temporary folder inside the parent (one that holds the parent exempts nothing)
    if resolved.relative_to(REPO.parent).parts[0].startswith("."):
        return None
    return resolved


def _refuse_files_beside_the_repository(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and args and (path := outside_repository(args[0])) is not None:
        raise OutsideRepositoryError(f"a test opened {path}, outside the repository; keep what tests need in "
                                     "tests/snapshots (see tests/helpers/snapshots.py)")


sys.addaudithook(_refuse_files_beside_the_repository)


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
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("demo") / "demo.duckdb", snapshot(SEED_REPORT))


ANALYST = "박지민"  # the user every `client` request is sent as


@pytest.fixture(scope="module")
def client(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """Each module gets its own copy of the store, so reviews in one module do not leak into another."""
    db = tmp_path_factory.mktemp("api") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        key = users.add(store.con, ANALYST, "analyst", by="tests")
    app = create_app(db, Settings())
    with TestClient(app, headers={"Authorization": f"ApiKey {key}"}) as test_client:
        yield test_client
    app.state.chainlight.store.close()


# --- the process's end ------------------------------------------------------------------------------------------
# Once in several runs of the whole slow set (Spark's JVM, Chromium, served apps and forked matchers in one
# process), the interpreter's teardown aborted with "terminate called without an active exception" (exit 134)
# after every test had passed: a native library's thread meeting the finalisation of another.  The run's verdict
# is pytest's; the process ends with it, without running native destructors after it has been reported.
_EXIT: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    if _EXIT and os.environ.get("CHAINLIGHT_TEST_NATIVE_TEARDOWN") != "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT[-1])
