"""Findings: a scored verdict on one record, with the chain of evidence behind it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Stands for the record id in an evidence chain that many records share (a columnar screen's template, kept once in
# the store's finding_templates): a private-use character no real id holds, whose JSON has no backslash.
# RECORD_ID_SQL is the same string as a SQL expression (store/migrations/005 spells it so too).
RECORD_ID = "\ue000record_id\ue000"
RECORD_ID_SQL = "chr(57344) || 'record_id' || chr(57344)"

TIERS = ("high", "elevated", "low", "none")
STEP_KINDS = ("classification", "name_match", "list_entry", "claim", "shipment", "mass_balance", "policy",
              "prior", "signal")


@dataclass
class EvidenceStep:
    kind: str  # one of STEP_KINDS
    subject: str  # what the step is about: a record id, a party, an entity id
    object: str  # what it links to: an HS code, a list entry, a claim, the next party upstream
    detail: str  # one sentence a customs officer can read
    confidence: float = 1.0
    source_ids: list[str] = field(default_factory=list)  # "ofac:9347", "evidence:dailynk-2023-kaechon"
    source_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Finding:
    record_type: str  # listing | shipment | supplier | entity
    record_id: str
    score: float
    tier: str
    policies: list[str] = field(default_factory=list)
    summary: str = ""
    evidence: list[EvidenceStep] = field(default_factory=list)
    scorer: str = "risk_v1"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = round(self.score, 4)
        return data
