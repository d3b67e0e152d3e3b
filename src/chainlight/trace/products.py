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


def carried(category: str) -> bool:
    """Does this category carry anything at all (glue, mascara and unknown goods do not)?"""
    return bool(feeds_table().get(category))


def label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " "))
