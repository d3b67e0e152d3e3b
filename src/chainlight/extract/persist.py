"""Store an extraction: its document and pending claims, as one atomic ingest of the `reports` dataset.

Each report is its own scope (its document id carries a hash of the text), so extracting a second report
never removes the first one's claims, and re-extracting the same text changes nothing, not even a claim
an analyst has already confirmed or rejected.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from chainlight.extract.extraction import Extraction
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.store import IngestReport, Store

DATASET = "reports"
META = SourceMeta(kind="extract", dataset=DATASET, title="Claims extracted from reports",
                  publisher="chainlight extract (documents supplied by the analyst)", url="",
                  licence="as the report's own", format="text, HTML or PDF")


def store_extraction(store: Store, ex: Extraction) -> IngestReport:
    return store.ingest(*part(ex))


def part(ex: Extraction) -> tuple[ReadResult, SourceMeta, list[Path], str]:
    """What `Store.ingest_many` takes for one extraction, so several reports are stored all or none."""
    result = ReadResult(dataset=DATASET, documents=[ex.document], claims=ex.to_claims())
    digest = ex.digest or hashlib.sha256(ex.text.encode("utf-8")).hexdigest()
    return result, META, [Path(ex.document.id)], digest
