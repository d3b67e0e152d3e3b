"""A statement is one value of one property of one entity, with where it came from.

Keeping values as statements (as FollowTheMoney does) means the evidence behind any score is a query on
the store, not something reconstructed after the fact.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    entity_id: str
    prop: str
    value: str
    dataset: str
    source_id: str
    lang: str | None = None
    original_value: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def id(self) -> str:
        """Deterministic, so that re-ingesting the same file yields the same statement ids."""
        key = "\x1f".join([self.dataset, self.entity_id, self.prop, self.value, self.lang or ""])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()
