"""What an official list's update may do without an analyst saying so.

Screening is only as good as the list behind it, and the two ways a list goes wrong quietly are a download cut
short (entries vanish) and an old file ingested over a new one (entries vanish, others go back).  Both look like
ordinary updates to the code that stores them, so the store asks these questions inside the ingest's
transaction and, when the answer is no, rolls back and names the numbers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chainlight.errors import ChainlightError
from chainlight.sources.base import ReadResult, SourceMeta
from chainlight.sources.dates import parse_date

MAX_REMOVED_SHARE = float(os.environ.get("CHAINLIGHT_MAX_REMOVED_SHARE", "0.05"))
FEW_REMOVED = 10  # a handful of delistings is routine even on a short list


class ListUpdateRefused(ChainlightError):
    """The update would remove too much, or go back to an older version: nothing was stored (exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class IngestGuard:
    max_removed_share: float = MAX_REMOVED_SHARE
    accept_shrink: bool = False  # --accept-shrink: the list really did lose entries
    accept_older: bool = False  # --accept-older: go back to an older version on purpose

    def check_removals(self, dataset: str, stored_before: int, removed: int) -> None:
        if self.accept_shrink or stored_before == 0 or removed == 0:
            return
        share = removed / stored_before
        if share > self.max_removed_share and removed > FEW_REMOVED:
            raise ListUpdateRefused(
                f"{dataset}: this file would remove {removed:,} of the {stored_before:,} entries in the store "
                f"({share:.0%}; an update normally removes at most {self.max_removed_share:.0%} or "
                f"{FEW_REMOVED}); a download cut short looks like this. Nothing was stored. Check the file (its size, its last "
                "lines) and ingest it again, or pass --accept-shrink if the list really shrank")

    def check_version(self, dataset: str, stored: str | None, incoming: str | None) -> None:
        if self.accept_older or not stored or not incoming:
            return
        old, new = parse_date(stored), parse_date(incoming)
        if old and new and new < old:
            raise ListUpdateRefused(
                f"{dataset}: this file is version {incoming}, older than the {stored} in the store. Nothing was "
                "stored. Pass --accept-older to go back to it on purpose")

    def check_replay(self, dataset: str, sha256: str, superseded_by: str | None) -> None:
        """A file whose exact bytes were ingested before another, newer file."""
        if self.accept_older or superseded_by is None:
            return
        raise ListUpdateRefused(
            f"{dataset}: this very file (sha256 {sha256[:12]}…) was ingested before and then replaced by the "
            f"file ingested {superseded_by}. Nothing was stored. Pass --accept-older to go back to it on purpose")


def check_most(result: ReadResult, meta: SourceMeta, path: Path) -> None:
    """A list far larger than its publisher's ever was is the wrong file, or several joined (meta.yml bound)."""
    if meta.expected_max is not None and result.count > meta.expected_max:
        raise ListUpdateRefused(f"{path}: {result.count:,} entries read, more than the {meta.expected_max:,} "
                                f"{meta.title} has ever held; is this the right file for '{meta.kind}'? Nothing "
                                "was stored")


# The byte a list's publisher ends each file with: a file without it stopped before its end.  OFAC's CSV files
# end with the DOS end-of-file character (0x1A); XML lists need none (a cut XML file fails to parse).
END_MARKERS = {"ofac-sdn": b"\x1a"}


def check_end_marker(kind: str, paths: Sequence[Path]) -> None:
    marker = END_MARKERS.get(kind)
    if marker is None:
        return
    from chainlight.sources.compressed import read_bytes

    for path in paths:
        tail = read_bytes(path)[-16:].rstrip(b"\r\n \t")
        if not tail.endswith(marker):
            raise ListUpdateRefused(
                f"{path}: the file does not end with the end-of-file mark its publisher writes ({marker!r}); it "
                "looks cut short (a download stopped early?). Nothing was stored. Download it again, or pass "
                "--accept-shrink if it was shortened on purpose")
