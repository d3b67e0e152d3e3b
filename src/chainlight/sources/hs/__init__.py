"""Harmonized System nomenclature: chapters, headings and subheadings with their descriptions."""

from chainlight.sources.base import load_meta
from chainlight.sources.hs.reader import read

META = load_meta(__file__)

__all__ = ["META", "read"]
