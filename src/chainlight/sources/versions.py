"""The version of a list file that carries no date of its own (OFAC's sdn.csv, the DOL, UFLPA and CBP lists).

Where `chainlight sources update` fetched the file, its manifest.json beside the file holds the publisher's
Last-Modified header for exactly these bytes (same sha256): the version is that date, and says so
("2024-05-06 (publication date: the download's Last-Modified)"), which the older-version guard compares.
A file from elsewhere gets "sha256 1a2b3c4d5e6f, ingested 2026-12-04 (the file carries no date)": which
bytes, and when they came in, worded so that it is never read as a publication date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
from pathlib import Path

MANIFEST = "manifest.json"  # as sources/download.py writes it
LAST_MODIFIED = "publication date: the download's Last-Modified"
NO_DATE = "the file carries no date"


def file_version(path: Path, today: dt.date | None = None) -> str:
    digest = _sha256(path)
    published = download_date(path, digest)
    if published:
        return f"{published} ({LAST_MODIFIED})"
    return f"sha256 {digest[:12]}, ingested {(today or dt.date.today()).isoformat()} ({NO_DATE})"


def download_date(path: Path, digest: str | None = None) -> str | None:
    """The Last-Modified date (ISO) the publisher's server gave for this very file, from the manifest."""
    manifest = path.parent / MANIFEST
    try:
        entry = json.loads(manifest.read_text(encoding="utf-8")).get(path.name)
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(entry, dict) or not entry.get("last_modified"):
        return None
    if entry.get("sha256") != (digest or _sha256(path)):
        return None  # the manifest describes another download of this name
    try:
        when = email.utils.parsedate_to_datetime(str(entry["last_modified"]))
    except (TypeError, ValueError):
        return None
    return when.date().isoformat()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()
