"""What every source reader returns, and the metadata each source folder carries.

A source is a small folder: `meta.yml` (publisher, official URL, licence, expected counts) and a parser with
`read(paths) -> ReadResult`.  Readers are pure: they never touch the store, so an ingest either stores the
whole result in one transaction or nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chainlight.errors import InputError, Problem
from chainlight.model.entity import Entity
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.model.product import GoodRisk, HsCode
from chainlight.model.records import Listing, Shipment, Supplier


@dataclass(frozen=True)
class Download:
    url: str  # the official address
    filename: str  # what the reader expects the file to be called
    sha256: str | None = None  # known checksum of a pinned release, when the publisher gives one


@dataclass(frozen=True)
class SourceMeta:
    kind: str  # the KIND of `chainlight ingest KIND`
    dataset: str  # the dataset name in the store and in source ids
    title: str
    publisher: str
    url: str  # landing page of the official list
    licence: str
    format: str
    expected_min: int = 0  # a read that yields fewer entries fails loudly (a truncated download)
    expected_max: int | None = None
    downloads: tuple[Download, ...] = ()
    notes: str = ""


def load_meta(module_file: str) -> SourceMeta:
    """Read `meta.yml` beside a source's module."""
    path = Path(module_file).with_name("meta.yml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    downloads = tuple(Download(**d) for d in data.pop("downloads", []) or [])
    return SourceMeta(downloads=downloads, **data)


UserRecord = Listing | Shipment | Supplier


@dataclass
class ReadResult:
    dataset: str
    entities: list[Entity] = field(default_factory=list)
    records: list[UserRecord] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    priors: list[Prior] = field(default_factory=list)
    goods: list[GoodRisk] = field(default_factory=list)
    hs_codes: list[HsCode] = field(default_factory=list)
    version: str | None = None  # the publisher's date or version of the list, when the file carries one
    warnings: list[Problem] = field(default_factory=list)  # rows kept with a fix or skipped, counted

    @property
    def count(self) -> int:
        return (len(self.entities) + len(self.records) + len(self.claims) + len(self.goods)
                + len(self.hs_codes))


def check_expected(result: ReadResult, meta: SourceMeta, path: Path) -> None:
    """A list that yields far fewer entries than it should is truncated or of the wrong kind."""
    n = result.count
    if n == 0:
        raise InputError(str(path), f"no {meta.title} entries found; is this the right file for '{meta.kind}'?")
    if n < meta.expected_min:
        raise InputError(str(path), f"only {n} entries read, {meta.title} has at least {meta.expected_min}; "
                         "the file looks truncated")


def sha256_of(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def require_file(path: Path) -> None:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.is_dir():
        raise InputError(str(path), "is a directory, expected a file")
    if path.stat().st_size == 0:
        raise InputError(str(path), "file is empty")
