"""Source readers, one small folder each, looked up by the KIND of `chainlight ingest KIND PATH...`.

Each source module exposes `META: SourceMeta` and `read(paths: Sequence[Path]) -> ReadResult`.  Modules are
imported lazily so that `import chainlight` stays cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from chainlight.errors import UsageError
from chainlight.sources.base import ReadResult, SourceMeta

# KIND -> module under chainlight.sources
MODULES: dict[str, str] = {
    "ofac-sdn": "ofac",
    "un-sc": "un",
    "eu-fsf": "eu",
    "uk-sanctions": "uk",
    "uflpa": "uflpa",
    "cbp-wro": "cbp_wro",
    "dol-tvpra": "dol",
    "hs": "hs",
    "ftm": "ftm",
    "evidence": "evidence",
    "listings": "user.listings",
    "shipments": "user.shipments",
    "suppliers": "user.suppliers",
}

KINDS = tuple(MODULES)


@dataclass(frozen=True)
class Reader:
    kind: str
    meta: SourceMeta
    read: Callable[[Sequence[Path]], ReadResult]


def get_reader(kind: str) -> Reader:
    if kind not in MODULES:
        raise UsageError(f"unknown source kind '{kind}'; use one of: {', '.join(KINDS)} or 'auto'")
    module = importlib.import_module(f"chainlight.sources.{MODULES[kind]}")
    return Reader(kind, module.META, module.read)


def detect_kind(path: Path) -> str:
    """Guess the KIND of a file from its name and first bytes (`chainlight ingest auto`)."""
    from chainlight.sources.detect import detect

    return detect(path)
