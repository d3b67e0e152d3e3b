"""Products and goods: HS nomenclature rows, classifications and the DOL list of goods at risk."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class HsCode:
    code: str  # "67", "6704", "670420"
    description: str
    parent: str | None
    level: int  # 2, 4 or 6
    section: str | None = None


@dataclass
class Classification:
    id: str
    text: str
    hs6: str | None  # None when unknown
    hs4: str | None
    hs_description: str | None
    risk_category: str  # wigs | false_eyelashes | hair_pieces | human_hair | knitwear | other | unknown
    confidence: float
    declared_hs: str | None = None
    hs_mismatch: bool = False  # the declared code disagrees with the text
    reasons: tuple[str, ...] = ()
    classifier: str = "hs_v1"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class GoodRisk:
    """One good x country pair of the US DOL (ILAB) list of goods produced by child or forced labour."""

    good: str
    sector: str | None
    country: str  # ISO alpha-2 where it can be resolved, else the list's name
    country_name: str
    child_labor: bool
    forced_labor: bool
    forced_child_labor: bool
    dataset: str = "dol-tvpra"

    @property
    def source_ref(self) -> str:
        return f"dol:{self.good}/{self.country_name}"
