"""Fetch the official lists (`chainlight sources update`) into `dest/<kind>/<filename>`, safely.

Each file is streamed to a temporary file beside its target and renamed into place only once it is complete
and its checksum holds, so a dropped connection never leaves a truncated list for the next ingest (the OFAC
"git scrape" snapshots show what a 0-byte download looks like).  `dest/<kind>/manifest.json` keeps what was
fetched last (sha256, size, ETag, Last-Modified) so that a run can say what changed and ask the publisher
for the file only if it changed.

A mirror (`base_url_override` or `$CHAINLIGHT_SOURCES_MIRROR`) replaces scheme and host of every official
URL and keeps the host as the first path segment, so one mirror serves every publisher:
https://www.treasury.gov/ofac/downloads/sdn.csv -> http://mirror:8080/www.treasury.gov/ofac/downloads/sdn.csv
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from chainlight import __version__
from chainlight.errors import SourceError
from chainlight.sources.base import Download

log = logging.getLogger(__name__)

# The kinds whose publishers offer a file to fetch, in the order `sources update` fetches them.
DOWNLOAD_KINDS = ("ofac-sdn", "un-sc", "eu-fsf", "uk-sanctions", "dol-tvpra", "hs", "uflpa", "cbp-wro")
USER_AGENT = f"chainlight/{__version__} (+https://github.com/chainlight)"
MIRROR_ENV = "CHAINLIGHT_SOURCES_MIRROR"
MANIFEST = "manifest.json"
RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_WAIT_S = 30.0


@dataclass(frozen=True)
class DownloadReport:
    kind: str
    url: str  # the address fetched: the official one, or its mirror
    official_url: str
    path: Path
    size: int
    sha256: str
    etag: str | None
    last_modified: str | None
    changed: bool  # the content differs from the previous download (True on the first one)
    retrieved: str  # UTC time of the download, ISO 8601


def update_sources(kinds: Sequence[str] | None, dest: Path, *, base_url_override: str | None = None,
                   client: httpx.Client | None = None, retries: int = 3, timeout: float = 60,
                   backoff: float = 1.0) -> list[DownloadReport]:
    """Download every official file of `kinds` (default: all that have one); see the module docstring."""
    mirror = base_url_override or os.environ.get(MIRROR_ENV) or None
    own_client = client is None
    http = client or httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})
    fetcher = _Fetcher(http, retries, backoff)
    try:
        reports: list[DownloadReport] = []
        for kind in kinds or DOWNLOAD_KINDS:
            for download in _downloads(kind):
                reports.append(fetcher.fetch(kind, download, Path(dest) / kind, mirror))
        return reports
    finally:
        if own_client:
            http.close()


def _downloads(kind: str) -> tuple[Download, ...]:
    from chainlight.sources import get_reader

    try:
        meta = get_reader(kind).meta
    except ImportError as exc:
        # Source folders are added one by one; a missing one should not stop the others from updating.
        log.warning("skipping '%s': its reader is not available (%s)", kind, exc)
        return ()
    if not meta.downloads:
        log.warning("skipping '%s': %s offers no file to download; see %s", kind, meta.publisher, meta.url)
    return meta.downloads


def mirror_url(official: str, mirror: str | None) -> str:
    if not mirror:
        return official
    parts = urlsplit(official)
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}{query}"


class _Fetcher:
    def __init__(self, client: httpx.Client, retries: int, backoff: float) -> None:
        self.client, self.retries, self.backoff = client, retries, backoff

    def fetch(self, kind: str, download: Download, folder: Path, mirror: str | None) -> DownloadReport:
        url = mirror_url(download.url, mirror)
        if urlsplit(url).scheme not in ("http", "https"):
            raise SourceError(f"{url}: only http and https addresses can be downloaded")
        target = folder / _safe_name(download.filename)
        folder.mkdir(parents=True, exist_ok=True)
        manifest = _load_manifest(folder)
        previous = manifest.get(target.name) if target.exists() else None
        report = self._get_with_retries(kind, download, url, target, previous)
        manifest[target.name] = {k: str(v) for k, v in asdict(report).items() if v is not None}
        _write_json(folder / MANIFEST, manifest)
        log.info("%s: %s %s (%d bytes)", kind, target.name, "changed" if report.changed else "unchanged",
                 report.size)
        return report

    def _get_with_retries(self, kind: str, download: Download, url: str, target: Path,
                          previous: dict[str, str] | None) -> DownloadReport:
        for attempt in range(self.retries + 1):
            last_try = attempt == self.retries
            try:
                return self._get(kind, download, url, target, previous)
            except httpx.TransportError as exc:
                if last_try:
                    raise SourceError(f"{url}: could not be fetched after {attempt + 1} tries ({exc}); "
                                      f"check the network, or set {MIRROR_ENV} to a mirror") from None
                wait = self.backoff * 2**attempt
            except _Retryable as exc:
                if last_try:
                    raise SourceError(f"{url}: the server answered HTTP {exc.status} {attempt + 1} times; "
                                      "try again later") from None
                wait = exc.retry_after if exc.retry_after is not None else self.backoff * 2**attempt
            log.warning("%s: retrying %s in %.1f s", kind, url, wait)
            time.sleep(min(wait, MAX_WAIT_S))
        raise AssertionError("unreachable")  # the loop returns or raises

    def _get(self, kind: str, download: Download, url: str, target: Path,
             previous: dict[str, str] | None) -> DownloadReport:
        with self.client.stream("GET", url, headers=_request_headers(previous), follow_redirects=True) as response:
            if response.status_code == 304 and previous:
                return _report(kind, download, url, target, previous["sha256"], response, changed=False,
                               known=previous)
            if response.status_code in RETRY_STATUS:
                raise _Retryable(response.status_code, _retry_after(response))
            if response.status_code != 200:
                raise SourceError(f"{url}: HTTP {response.status_code} {response.reason_phrase}; "
                                  f"the publisher may have moved the file, see {download.url}")
            digest = _stream_to(response, target, download, url)
        changed = previous is None or previous.get("sha256") != digest
        return _report(kind, download, url, target, digest, response, changed=changed)


class _Retryable(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status, self.retry_after = status, retry_after


def _stream_to(response: httpx.Response, target: Path, download: Download, url: str) -> str:
    """Write the body beside `target` and move it into place only when it is whole and verified."""
    sha = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in response.iter_bytes(1 << 16):
                sha.update(chunk)
                fh.write(chunk)
        digest = sha.hexdigest()
        _verify(tmp, digest, download, url)
        os.replace(tmp, target)
        return digest
    finally:
        tmp.unlink(missing_ok=True)


def _verify(tmp: Path, digest: str, download: Download, url: str) -> None:
    if tmp.stat().st_size == 0:
        raise SourceError(f"{url}: the server sent an empty file; the previous copy was kept")
    if download.sha256 and digest != download.sha256.lower():
        raise SourceError(f"{url}: sha256 {digest} does not match the expected {download.sha256}; "
                          "the file was not saved")


def _report(kind: str, download: Download, url: str, target: Path, digest: str, response: httpx.Response,
            changed: bool, known: dict[str, str] | None = None) -> DownloadReport:
    known = known or {}
    return DownloadReport(kind=kind, url=url, official_url=download.url, path=target,
                          size=target.stat().st_size, sha256=digest,
                          etag=response.headers.get("etag") or known.get("etag"),
                          last_modified=response.headers.get("last-modified") or known.get("last_modified"),
                          changed=changed,
                          retrieved=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def _request_headers(previous: dict[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT}
    # Ask only for a newer file; the publisher answers 304 and the copy on disk stays.
    if previous and previous.get("etag"):
        headers["If-None-Match"] = previous["etag"]
    if previous and previous.get("last_modified"):
        headers["If-Modified-Since"] = previous["last_modified"]
    return headers


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.strip().isdigit() else None


def _safe_name(filename: str) -> str:
    name = Path(filename).name
    if not name or name != filename:
        raise SourceError(f"download filename '{filename}' must be a plain file name")
    return name


def _load_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        log.warning("%s is unreadable; every file will count as changed", path)
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
