"""Risk categories of products; extensible by configuration (see classify.config)."""

from __future__ import annotations

RISK_CATEGORIES = ("wigs", "false_eyelashes", "hair_pieces", "human_hair", "knitwear", "other", "unknown")

# Categories whose goods carry North Korean prison output (wigs, lashes, knitwear) or hair inputs.
HAIR_GOODS = frozenset({"wigs", "false_eyelashes", "hair_pieces", "human_hair"})
