"""Which input products can be carried into which output products (the compatibility is data, not code)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

FLOWS_FILE = Path(__file__).with_name("product_flows.yml")

CATEGORY_LABELS = {
    "false_eyelashes": "false eyelashes",
    "wigs": "wigs",
    "hair_pieces": "hair pieces",
    "human_hair": "human hair",
    "knitwear": "knitwear",
    "other": "other goods",
    "unknown": "unclassified goods",
}


@lru_cache(maxsize=1)
def feeds_table() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(FLOWS_FILE.read_text(encoding="utf-8"))
    return {str(k): frozenset(v or ()) for k, v in data["feeds"].items()}


def feeds(input_category: str, output_category: str) -> bool:
    """Can an input of `input_category` end up in an output of `output_category`?"""
    return output_category in feeds_table().get(input_category, frozenset())


@lru_cache(maxsize=64)
def inputs_for(output_category: str) -> frozenset[str]:
    """Every input category that can be carried into `output_category`."""
    return frozenset(k for k, outs in feeds_table().items() if output_category in outs)


@lru_cache(maxsize=1)
def semi_finished_table() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(FLOWS_FILE.read_text(encoding="utf-8"))
    return {str(k): tuple(str(x) for x in v or ()) for k, v in (data.get("semi_finished_inputs") or {}).items()}


def heading(hs: str | None) -> str | None:
    """The HS heading (4 digits) of a code, or None when there is no usable code."""
    digits = "".join(c for c in (hs or "") if c.isdigit())
    return digits[:4] if len(digits) >= 4 else None


@lru_cache(maxsize=4096)
def hs_feeds(input_hs: str | None, output_hs: str | None) -> bool:
    """Can goods of HS code `input_hs` end up in an output of HS code `output_hs`?

    Same heading: yes.  Another heading: only when it is listed as a semi-finished input of the output's
    heading or chapter (strips and hair into 6704; yarn and knit fabric into chapter 61).  Unknown: yes, the
    category rule alone decides.
    """
    a, b = heading(input_hs), heading(output_hs)
    if a is None or b is None or a == b:
        return True
    table = semi_finished_table()
    allowed = table.get(b, table.get(b[:2], ()))
    return any(a.startswith(prefix) for prefix in allowed)


def compatible(input_category: str, input_hs: str | None, output_category: str, output_hs: str | None) -> bool:
    """Product-respecting at both levels: the category table, then the HS heading rule."""
    return input_category in inputs_for(output_category) and hs_feeds(input_hs, output_hs)


def carried(category: str) -> bool:
    """Does this category carry anything at all (glue, mascara and unknown goods do not)?"""
    return bool(feeds_table().get(category))


def label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " "))
