"""Typed records at the boundaries of every stage: entities from lists, the user's records, claims, findings."""

from chainlight.model.entity import Address, Entity, Identifier, Name
from chainlight.model.evidence import Claim, Prior, SourceDocument
from chainlight.model.finding import EvidenceStep, Finding
from chainlight.model.product import Classification, GoodRisk, HsCode
from chainlight.model.records import Listing, Shipment, Supplier
from chainlight.model.statement import Statement

__all__ = [
    "Address",
    "Claim",
    "Classification",
    "Entity",
    "EvidenceStep",
    "Finding",
    "GoodRisk",
    "HsCode",
    "Identifier",
    "Listing",
    "Name",
    "Prior",
    "Shipment",
    "SourceDocument",
    "Statement",
    "Supplier",
]
