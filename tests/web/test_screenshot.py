"""One look at the finding page in a real browser (headless Chromium), served by uvicorn on loopback.

Marked slow and skipped, with the reason shown, where /usr/bin/chromium is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.server import served

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.slow
def test_finding_page_screenshot(demo_db_template: Path, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with served(db) as base:
        shot = tmp_path / "finding.png"
        subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000",
                        f"--screenshot={shot}", f"{base}/ui/findings/L001"],
                       check=True, timeout=60, capture_output=True)
        assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
