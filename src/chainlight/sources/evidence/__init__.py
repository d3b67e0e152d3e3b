"""Curated evidence (`chainlight ingest evidence FILE.yml...`): documents, entities, claims and priors.

The layout is described in `schema.py`; the base shipped with chainlight lives in
`chainlight/data/evidence/` and is found by `bundled_paths()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chainlight.errors import InputError
from chainlight.sources.base import ReadResult, check_expected, load_meta, require_file
from chainlight.sources.evidence.build import DATASET
from chainlight.sources.evidence.resolve import collect

META = load_meta(__file__)

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "data" / "evidence"


def bundled_paths() -> list[Path]:
    """The evidence files shipped in the package, in a stable order."""
    return sorted(BUNDLED_DIR.glob("*.yml"))


def read_bundled() -> ReadResult:
    """The curated base shipped with chainlight, as `chainlight demo` and a fresh store load it."""
    return read(bundled_paths())


def read(paths: Sequence[Path]) -> ReadResult:
    """Read evidence files together; every problem in any of them is reported in one InputError."""
    paths = [Path(p) for p in paths]
    for path in paths:
        require_file(path)
    ev = collect(paths)
    if ev.problems:
        raise InputError.collected(ev.problems)
    result = ReadResult(dataset=DATASET, entities=list(ev.entities.values()),
                        documents=list(ev.documents.values()), claims=list(ev.claims.values()),
                        priors=list(ev.priors.values()))
    check_expected(result, META, paths[0] if paths else Path("."))
    return result


__all__ = ["BUNDLED_DIR", "META", "bundled_paths", "read", "read_bundled"]
