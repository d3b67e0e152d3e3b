"""The user's own records: marketplace listings, shipment lines (bills of lading, declarations), suppliers.

Column names follow formats.md; unknown columns are kept in `extra`.  `origin` names the file and line a
record came from so that every finding can point back to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Listing:
    listing_id: str
    title: str
    seller_name: str
    platform: str | None = None
    description: str | None = None
    seller_id: str | None = None
    seller_country: str | None = None
    seller_address: str | None = None
    manufacturer_name: str | None = None
    brand: str | None = None
    price: float | None = None
    currency: str | None = None
    ships_from: str | None = None
    category: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None  # "listings.csv:12"

    REQUIRED = ("listing_id", "title", "seller_name")

    @property
    def record_id(self) -> str:
        return self.listing_id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Shipment:
    shipment_id: str
    date: str  # ISO 8601 date
    shipper_name: str
    consignee_name: str
    shipper_address: str | None = None
    shipper_country: str | None = None
    consignee_address: str | None = None
    consignee_country: str | None = None
    notify_party: str | None = None
    hs_code: str | None = None
    description: str | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    weight_kg: float | None = None
    value: float | None = None
    currency: str | None = None
    origin_country: str | None = None
    port_of_lading: str | None = None
    port_of_unlading: str | None = None
    carrier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None

    REQUIRED = ("shipment_id", "date", "shipper_name", "consignee_name")

    @property
    def record_id(self) -> str:
        return self.shipment_id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Supplier:
    supplier_id: str
    name: str
    country: str | None = None
    address: str | None = None
    buyer_name: str | None = None
    tier: str | None = None
    products: str | None = None
    hs_codes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None

    REQUIRED = ("supplier_id", "name")

    @property
    def record_id(self) -> str:
        return self.supplier_id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


RECORD_TYPES: dict[str, type[Listing] | type[Shipment] | type[Supplier]] = {
    "listings": Listing,
    "shipments": Shipment,
    "suppliers": Supplier,
}
