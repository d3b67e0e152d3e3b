"""Every operation of the OpenAPI schema, sent generated requests (schemathesis, bounded): never a server error.

Marked slow (run by CI with `pytest -m slow`); an analyst's key is sent so state-changing routes are reached too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from chainlight.api.app import create_app  # noqa: E402
from chainlight.settings import Settings  # noqa: E402
from chainlight.store import Store, users  # noqa: E402

pytestmark = pytest.mark.slow
# The same requests on every run, so that CI's verdict is the code's, not the draw's (two random runs found two
# different 500s, both fixed: a BIGINT offset, a NUL in a field name); CHAINLIGHT_FUZZ_EXPLORE=1 draws anew.
EXPLORE = os.environ.get("CHAINLIGHT_FUZZ_EXPLORE") == "1"
KEY: dict[str, str] = {}


@pytest.fixture(scope="module")
def api_schema(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = tmp_path_factory.mktemp("fuzz") / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with Store(db) as store:
        KEY["analyst"] = users.add(store.con, "fuzzer", "analyst", by="tests")
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db, Settings()))


def test_no_server_errors(api_schema: Any) -> None:
    headers = {"Authorization": f"ApiKey {KEY['analyst']}"}
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 10
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=not EXPLORE)
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

        run()
    assert failures == []
