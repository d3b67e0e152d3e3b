"""Every list gets a version (issue 20): OFAC's sdn.csv carries no date, so its version is the download's
Last-Modified (from `sources update`'s manifest, for these very bytes) or, without one, its hash and ingest day."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from chainlight.cli import main
from chainlight.pipeline import ingest_files
from chainlight.sources import get_reader
from chainlight.sources.versions import file_version
from chainlight.store import Store
from chainlight.store.guards import ListUpdateRefused
from tests.helpers.snapshots import snapshot_bytes

SDN = "sanctions/ofac/sdn.csv"


def _sdn(folder: Path, last_modified: str | None, rename: bool = False, excerpt: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = snapshot_bytes(SDN)
    if excerpt:  # the DPRK entries only, ended as OFAC ends its files: quick to store
        data = b"\r\n".join(line for line in data.split(b"\r\n") if b"DPRK" in line) + b"\r\n\x1a"
    if rename:  # a later edition: one entry's name spelt differently
        data = data.replace(b'12312,"KOREA DAESONG BANK"', b'12312,"KOREA DAESONG BANK CORP."', 1)
    path = folder / ("sdn-dprk.csv" if excerpt else "sdn.csv")  # an excerpt not under the list's own name
    path.write_bytes(data)
    if last_modified:  # what `chainlight sources update` writes beside the file
        entry = {"sha256": hashlib.sha256(data).hexdigest(), "last_modified": last_modified, "size": str(len(data))}
        (folder / "manifest.json").write_text(json.dumps({path.name: entry}), encoding="utf-8")
    return path


def test_without_a_download_record_the_version_is_the_hash_and_the_day(tmp_path: Path) -> None:
    path = _sdn(tmp_path / "a", None)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert file_version(path, dt.date(2026, 12, 4)) == \
        f"sha256 {digest[:12]}, ingested 2026-12-04 (the file carries no date)"
    assert get_reader("ofac-sdn").read([path]).version == file_version(path)


def test_the_download_s_last_modified_is_the_publication_date(tmp_path: Path) -> None:
    path = _sdn(tmp_path / "b", "Mon, 06 May 2024 14:02:11 GMT")
    assert get_reader("ofac-sdn").read([path]).version == \
        "2024-05-06 (publication date: the download's Last-Modified)"
    path.write_bytes(path.read_bytes() + b"\n")  # the manifest now describes other bytes: not this file's date
    assert get_reader("ofac-sdn").read([path]).version.startswith("sha256 ")  # type: ignore[union-attr]


def _ingest(db: Path, path: Path) -> None:
    with Store(db) as store:
        ingest_files(store, "ofac-sdn", [path], extract=True)  # an excerpt, on purpose


def test_sources_list_shows_it_and_an_older_edition_is_refused(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    _ingest(db, _sdn(tmp_path / "new", "Mon, 06 May 2024 14:02:11 GMT", excerpt=True))
    with Store(db) as store:
        (ofac,) = [d for d in store.datasets() if d["dataset"] == "ofac-sdn"]
    assert ofac["version"] == "2024-05-06 (publication date: the download's Last-Modified)"
    assert main(["--db", str(db), "sources", "list"]) == 0
    assert "2024-05-06" in capsys.readouterr().out
    older = _sdn(tmp_path / "old", "Tue, 02 Apr 2024 09:00:00 GMT", rename=True, excerpt=True)
    with pytest.raises(ListUpdateRefused, match="older than the 2024-05-06"):
        _ingest(db, older)


def test_changes_since_a_date_read_from_such_a_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    _ingest(db, _sdn(tmp_path / "v1", "Mon, 06 May 2024 14:02:11 GMT", excerpt=True))
    _ingest(db, _sdn(tmp_path / "v2", "Mon, 03 Jun 2024 10:00:00 GMT", rename=True, excerpt=True))
    assert main(["--db", str(db), "sources", "changes", "ofac-sdn", "--since", "2024-05-06", "--format",
                 "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["change"] for r in rows] == ["changed"] and rows[0]["version"].startswith("2024-06-03")
