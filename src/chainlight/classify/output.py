"""Classifications as CSV, in the columns of formats.md: id, hs6, hs_description, risk_category, confidence."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from chainlight.model.product import Classification
from chainlight.report.cells import neutral

COLUMNS = ("id", "hs6", "hs_description", "risk_category", "confidence")
EXTENDED = ("hs4", "declared_hs", "hs_mismatch", "reasons", "classifier")


def write_classifications_csv(rows: Iterable[Classification], fh: TextIO, extended: bool = False) -> None:
    """Write one line per classification; `extended` adds the declared code check and the reasons."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(COLUMNS + (EXTENDED if extended else ()))
    for c in rows:
        line = [c.id, c.hs6 or "", c.hs_description or "", c.risk_category, f"{c.confidence:.2f}"]
        if extended:
            line += [c.hs4 or "", c.declared_hs or "", str(c.hs_mismatch).lower(), "; ".join(c.reasons),
                     c.classifier]
        writer.writerow([neutral(v) for v in line])  # an id like =1+1 stays text in a spreadsheet
