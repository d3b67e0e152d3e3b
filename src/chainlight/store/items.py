"""Turn the non-entity parts of a reader result into keyed, hashed rows for the `items` table."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from chainlight.sources.base import ReadResult


@dataclass(frozen=True)
class ItemRow:
    item_type: str
    id: str
    hash: str
    data: str
    protected: str | None
    status: str | None
    caption: str | None


def _row(item_type: str, item_id: str, data: dict[str, Any], caption: str | None,
         protected: dict[str, Any] | None = None, status: str | None = None) -> ItemRow:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    # Content, not position: a record's file:line (`origin`) is kept but not hashed, so a blank line or a row
    # dropped above it does not mark it changed.  Protected fields are not in this digest either: the store
    # adds a keyed digest of them (store/sealed.py).
    content = {k: v for k, v in data.items() if k != "origin"} if "origin" in data else data
    digest = hashlib.sha1(json.dumps(content, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
                          ).hexdigest()
    return ItemRow(item_type, item_id, digest, raw,
                   json.dumps(protected, ensure_ascii=False, sort_keys=True) if protected else None,
                   status, caption)


def item_rows(result: ReadResult) -> list[ItemRow]:
    rows: list[ItemRow] = []
    for record in result.records:
        kind = {"Listing": "listings", "Shipment": "shipments", "Supplier": "suppliers"}[type(record).__name__]
        rows.append(_row(kind, record.record_id, record.to_dict(), record.record_id))
    for doc in result.documents:
        rows.append(_row("document", doc.id, asdict(doc), doc.title))
    for claim in result.claims:
        data = claim.public_dict()
        rows.append(_row("claim", claim.id, data, claim.summary[:120], claim.protected or None, claim.status))
    for prior in result.priors:
        rows.append(_row("prior", prior.id, asdict(prior), prior.summary[:120]))
    for good in result.goods:
        rows.append(_row("good", f"{good.good}/{good.country_name}", asdict(good), good.good))
    for hs in result.hs_codes:
        rows.append(_row("hs", hs.code, asdict(hs), hs.description[:120]))
    return rows
