"""What the browser tests share: Debian's Chromium and the flags a sandboxed machine needs, a copy of the demo
store served with its users, and the folder screenshots are kept in (git-ignored)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from chainlight.store import Store, users
from tests.helpers.server import served

CHROMIUM = Path("/usr/bin/chromium")
# no background traffic, no GPU, a fresh profile
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
REPO = Path(__file__).resolve().parents[2]


def artifacts(name: str) -> Path:
    folder = Path(os.environ.get("CHAINLIGHT_TEST_ARTIFACTS") or REPO / "test-artifacts") / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def served_store(template: Path, folder: Path, people: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(base URL, the first person's API key) of the app over a copy of `template` with `people` (name, role)."""
    db = folder / "store.duckdb"
    shutil.copy(template, db)
    with Store(db) as store:
        keys = [users.add(store.con, name, role, by="tests") for name, role in people]
    with served(db) as base:
        yield base, keys[0]


@contextmanager
def signed_in_page(base: str, key: str) -> Iterator[Any]:
    """A Chromium page signed in to the app at `base` with `key` (skips when Chromium or Playwright is missing)."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900}, accept_downloads=True)
        page.goto(f"{base}/ui/login")
        page.fill("input[name=api_key]", key)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/ui/")
        try:
            yield page
        finally:
            browser.close()
