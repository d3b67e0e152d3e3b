"""One Korean morphological analyser for the whole program: Kiwi (kiwipiepy, whose model ships in its wheel).

Name resolution cuts Hangul names at its nouns, the classifier reads product titles' nouns, extraction tells a
particle from the end of a name.  A Kiwi costs about two seconds and a model's memory to start, so they share
this one instead of each building its own.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def kiwi() -> Any | None:
    """The shared analyser, or None on an install without kiwipiepy (callers then fall back to their rules)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        return None
    return Kiwi(load_multi_dict=False)
