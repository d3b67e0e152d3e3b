"""One look at the finding page in a real browser (headless Chromium), served by uvicorn on loopback.

Marked slow and skipped, with the reason shown, where /usr/bin/chromium is not installed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from chainlight.api.app import create_app
from chainlight.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.slow
def test_finding_page_screenshot(demo_db_template: Path, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    import uvicorn

    db = tmp_path / "store.duckdb"
    shutil.copy(demo_db_template, db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.05)
        shot = tmp_path / "finding.png"
        subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000",
                        f"--screenshot={shot}", f"http://127.0.0.1:{port}/ui/findings/L001"],
                       check=True, timeout=60, capture_output=True)
        assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
    finally:
        server.should_exit = True
        thread.join(timeout=10)
