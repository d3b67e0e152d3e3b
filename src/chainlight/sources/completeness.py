"""Is a read list complete?  Full official downloads must hold the expected count; extracts may be small.

A truncated download keeps the official file name (sdn.csv, consolidated.xml) and must fail loudly.  A file
under another name (the bundled demo's sdn_extract.csv, a test fixture) is an extract the user chose: it is
read, and a warning says how far it falls short of the full list.
"""

from __future__ import annotations

from pathlib import Path

from chainlight.errors import Problem
from chainlight.sources.base import ReadResult, SourceMeta, check_expected
from chainlight.sources.problems import ProblemLog


def check_complete(result: ReadResult, meta: SourceMeta, path: Path) -> None:
    official = {d.filename.lower() for d in meta.downloads}
    if result.count == 0 or path.name.lower() in official:
        check_expected(result, meta, path)
    elif result.count < meta.expected_min:
        result.warnings.append(Problem(str(path), None, None, (
            f"{result.count} entries: an extract, not the full {meta.title} (at least {meta.expected_min}); "
            f"download the full list under its official name to check completeness")))


def finish_read(result: ReadResult, log: ProblemLog, meta: SourceMeta, path: Path) -> ReadResult:
    """The end of every list reader: refuse the file if any row was bad, keep warnings, check completeness."""
    log.raise_if_any()
    result.warnings = log.warnings
    check_complete(result, meta, path)
    if result.version is None:  # a file without its own date (OFAC, UFLPA, CBP): the download's, or its hash
        from chainlight.sources.versions import file_version

        result.version = file_version(path)
    return result
