"""Curated evidence: the documents that report forced labour and the claims taken from them.

A claim links entities (facilities, organisations, list entries) and goods, over a period, to the sentence
of a source that says so.  The informant behind a claim, where there is one, is kept in `protected` and
never leaves the store in an export.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass
class SourceDocument:
    id: str
    title: str
    publisher: str
    url: str | None = None
    published: str | None = None  # ISO date
    retrieved: str | None = None
    language: str | None = None
    note: str | None = None  # a caveat on the document itself, e.g. "publication date not in the text"


@dataclass
class Claim:
    id: str
    source: SourceDocument
    summary: str
    quote: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    reliability: str = "medium"  # high | medium | low, the analyst's grade of the source on this point
    entities: list[str] = field(default_factory=list)  # entity ids, e.g. "evidence-kaechon-kyohwaso-1", "ofac-19790"
    goods: list[str] = field(default_factory=list)  # risk categories or HS codes: "wigs", "6704"
    countries: list[str] = field(default_factory=list)
    labour: str | None = None  # "prison_labour", "state_imposed", "dprk_workers", ...
    status: str = "confirmed"  # curated claims are confirmed; extracted ones start "pending"
    protected: dict[str, Any] = field(default_factory=dict)  # informant details: never exported
    note: str | None = None  # the curator's caveat, e.g. a figure not found in the retrieved text

    def public_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("protected", None)
        return data

    @property
    def source_ref(self) -> str:
        return f"evidence:{self.id}"

    RELIABILITY_WEIGHT: ClassVar[dict[str, float]] = {"high": 1.0, "medium": 0.8, "low": 0.5}

    @property
    def weight(self) -> float:
        return self.RELIABILITY_WEIGHT.get(self.reliability, 0.5)


@dataclass
class Prior:
    """A documented base rate where the upstream leg is invisible.

    Bills of lading usually show only the Chinese finisher -> importer leg.  A lash processor in Pingdu or a
    wig maker in Xuchang carries a prior that raises risk and asks for supplier evidence; it is never
    called proof.
    """

    id: str
    summary: str
    places: list[str]  # every spelling: "Pingdu", "平度", "Dazeshan", "大泽山", "Ping Du"
    country: str  # ISO alpha-2
    goods: list[str]  # risk categories the prior applies to: "false_eyelashes", "wigs", ...
    probability: float  # share of such processors reported to take tainted inputs, e.g. 0.8
    claims: list[str] = field(default_factory=list)  # claim ids that document the figure
    note: str | None = None  # why this figure was chosen where no survey measures it

    @property
    def source_ref(self) -> str:
        return f"evidence:{self.id}"
