"""HS 2022 descriptions and validation of declared codes.

The full nomenclature comes from the store (`chainlight ingest hs`); without it, the classifier uses the
small reference table shipped in hs_v1/reference.csv: the codes its rules can emit with their WCO
descriptions (HS 2022 as distributed by UN Comtrade, datahub.io `harmonized-system`, ODC-PDDL-1.0).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from importlib import resources

from chainlight.model.product import HsCode


class HsTable:
    def __init__(self, codes: Iterable[HsCode], complete: bool) -> None:
        self._codes = {c.code: c for c in codes}
        # Only a complete nomenclature can say that a declared code does not exist.
        self.complete = complete

    @classmethod
    def reference(cls) -> HsTable:
        text = (resources.files("chainlight.classify") / "hs_v1" / "reference.csv").read_text("utf-8")
        rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
        return cls((HsCode(r["hscode"], r["description"], r["parent"] or None, int(r["level"]),
                           r["section"] or None) for r in rows), complete=False)

    @classmethod
    def from_codes(cls, codes: Sequence[HsCode]) -> HsTable:
        return cls(codes, complete=True)

    def description(self, code: str | None) -> str | None:
        if code is None:
            return None
        found = self._codes.get(code)
        return found.description if found else None

    def exists(self, code: str) -> bool | None:
        """True/False when known; None when the reference table cannot tell."""
        if code in self._codes:
            return True
        return False if self.complete else None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)
