"""`sources update` against a mirror on 127.0.0.1 serving the real snapshots: files land whole, checksums
hold, a second run sees no change, 503s are retried, a 404 and a bad checksum stop with the URL named."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pytest

from chainlight.errors import SourceError
from chainlight.sources import get_reader
from chainlight.sources.base import Download
from chainlight.sources.download import USER_AGENT, mirror_url, update_sources
from tests.helpers.snapshots import snapshot_bytes

pytestmark = pytest.mark.network

# what the mirror serves under each official file name: the published bytes of the snapshots
SNAPSHOTS = {
    "sdn.csv": snapshot_bytes("sanctions/ofac/sdn.csv"),
    "add.csv": snapshot_bytes("sanctions/ofac/sdn_csv_set_2021-04/add.csv"),
    "alt.csv": snapshot_bytes("sanctions/ofac/sdn_csv_set_2021-04/alt.csv"),
    "consolidated.xml": snapshot_bytes("sanctions/un/consolidated.xml"),
}
KINDS = ["ofac-sdn", "un-sc"]


class MirrorHandler(SimpleHTTPRequestHandler):
    """Serves the mirror folder; paths listed in `failures` answer 503 that many times first."""

    # Class-level: the server makes a new handler per request, the test reads what all of them saw.
    failures: ClassVar[Counter[str]] = Counter()
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append({"path": self.path, "user-agent": self.headers.get("User-Agent", "")})
        if self.failures[self.path] > 0:
            self.failures[self.path] -= 1
            self.send_error(503, "busy")
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def mirror(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "mirror"
    for kind in KINDS:
        for download in get_reader(kind).meta.downloads:
            parts = urlsplit(download.url)
            target = root / parts.netloc / parts.path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(SNAPSHOTS[download.filename])
    MirrorHandler.failures = Counter()
    MirrorHandler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(MirrorHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_mirror_url_keeps_the_host() -> None:
    assert (mirror_url("https://www.treasury.gov/ofac/downloads/sdn.csv", "http://127.0.0.1:9/")
            == "http://127.0.0.1:9/www.treasury.gov/ofac/downloads/sdn.csv")
    assert mirror_url("https://a.org/x.xml?lang=en", None) == "https://a.org/x.xml?lang=en"


def test_files_land_verified_and_second_run_is_unchanged(mirror: str, tmp_path: Path) -> None:
    dest = tmp_path / "sources"
    reports = update_sources(KINDS, dest, base_url_override=mirror, backoff=0)
    by_name = {r.path.name: r for r in reports}
    assert set(by_name) == {"sdn.csv", "add.csv", "alt.csv", "consolidated.xml"}
    sdn = by_name["sdn.csv"]
    assert sdn.path == dest / "ofac-sdn" / "sdn.csv"
    assert sdn.sha256 == hashlib.sha256(SNAPSHOTS["sdn.csv"]).hexdigest() == sha256(sdn.path)
    assert sdn.size == len(SNAPSHOTS["sdn.csv"])
    assert sdn.official_url == "https://www.treasury.gov/ofac/downloads/sdn.csv"
    assert sdn.url == f"{mirror}/www.treasury.gov/ofac/downloads/sdn.csv"
    assert sdn.last_modified and sdn.changed
    assert (dest / "un-sc" / "consolidated.xml").read_bytes() == SNAPSHOTS["consolidated.xml"]
    manifest = json.loads((dest / "ofac-sdn" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sdn.csv"]["sha256"] == sdn.sha256
    assert not list(dest.rglob("*.part"))
    assert {s["user-agent"] for s in MirrorHandler.seen} == {USER_AGENT}

    again = update_sources(KINDS, dest, base_url_override=mirror, backoff=0)
    assert [r.changed for r in again] == [False] * 4
    assert [r.sha256 for r in again] == [r.sha256 for r in reports]


def test_changed_content_is_reported(mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "sources"
    monkeypatch.setenv("CHAINLIGHT_SOURCES_MIRROR", mirror)
    update_sources(["un-sc"], dest, backoff=0)
    # The previous copy differs from what the mirror serves now, as after a new designation.
    (dest / "un-sc" / "consolidated.xml").write_bytes(b"<CONSOLIDATED_LIST/>")
    manifest_path = dest / "un-sc" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["consolidated.xml"] = {"sha256": "0" * 64}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    (report,) = update_sources(["un-sc"], dest, backoff=0)
    assert report.changed and report.sha256 == hashlib.sha256(SNAPSHOTS["consolidated.xml"]).hexdigest()


def test_503_twice_then_success_is_retried(mirror: str, tmp_path: Path) -> None:
    MirrorHandler.failures["/scsanctions.un.org/resources/xml/en/consolidated.xml"] = 2
    (report,) = update_sources(["un-sc"], tmp_path, base_url_override=mirror, retries=3, backoff=0)
    assert report.sha256 == hashlib.sha256(SNAPSHOTS["consolidated.xml"]).hexdigest()
    assert sum(1 for s in MirrorHandler.seen if s["path"].endswith("consolidated.xml")) == 3


def test_503_beyond_retries_fails(mirror: str, tmp_path: Path) -> None:
    MirrorHandler.failures["/scsanctions.un.org/resources/xml/en/consolidated.xml"] = 5
    with pytest.raises(SourceError, match="HTTP 503"):
        update_sources(["un-sc"], tmp_path, base_url_override=mirror, retries=2, backoff=0)
    assert not (tmp_path / "un-sc" / "consolidated.xml").exists()


def test_404_names_the_url(mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = Download(url="https://www.treasury.gov/ofac/downloads/gone.csv", filename="gone.csv")
    monkeypatch.setattr("chainlight.sources.download._downloads", lambda kind: (gone,))
    with pytest.raises(SourceError) as err:
        update_sources(["ofac-sdn"], tmp_path, base_url_override=mirror, backoff=0)
    assert f"{mirror}/www.treasury.gov/ofac/downloads/gone.csv" in err.value.message
    assert "404" in err.value.message


def test_checksum_mismatch_keeps_nothing(mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pinned = Download(url="https://www.treasury.gov/ofac/downloads/sdn.csv", filename="sdn.csv", sha256="ab" * 32)
    monkeypatch.setattr("chainlight.sources.download._downloads", lambda kind: (pinned,))
    with pytest.raises(SourceError, match="does not match"):
        update_sources(["ofac-sdn"], tmp_path, base_url_override=mirror, backoff=0)
    assert list((tmp_path / "ofac-sdn").iterdir()) == []


def test_connection_refused_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="could not be fetched after 2 tries"):
        update_sources(["un-sc"], tmp_path, base_url_override="http://127.0.0.1:9", retries=1, backoff=0)


def test_kind_without_downloads_is_skipped(mirror: str, tmp_path: Path) -> None:
    assert update_sources(["dol-tvpra"], tmp_path, base_url_override=mirror) == []


def test_cli_sources_update_downloads_and_ingests(mirror: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from chainlight.cli import main
    from chainlight.store import Store

    db = str(tmp_path / "t.duckdb")
    args = ["--db", db, "-q", "sources", "update", "--kind", "un-sc", "--mirror", mirror,
            "--dest", str(tmp_path / "dl")]
    assert main(args) == 0
    assert "999 loaded (999 added" in capsys.readouterr().out
    assert main(args) == 0  # the list did not change: nothing added, changed or removed
    assert "0 added, 0 changed, 0 removed, 999 unchanged" in capsys.readouterr().out
    with Store(db) as store:
        assert store.entity_count("un-sc") == 999
    assert all(s["path"].startswith("/scsanctions.un.org/") for s in MirrorHandler.seen)
