"""What the extractor's finders read from one sentence, as plain sets: the helpers the real-text tests of each set
share (periods, destinations, channels, organisations)."""

from __future__ import annotations

import datetime as dt

from chainlight.extract.periods import find_periods
from chainlight.extract.phrases import candidates
from chainlight.extract.places import find_channels, find_destinations


def spans(text: str, base: dt.date | None = None) -> set[tuple[str | None, str | None]]:
    return {h.period for h in find_periods(text, base)}


def places(text: str) -> set[str]:
    return {h.value["country"] for h in find_destinations(text)}


def channels(text: str) -> set[str]:
    return {h.value["channel"] for h in find_channels(text)}


def organisations(text: str) -> list[str]:
    return [text[c.start:c.end] for c in candidates(text) if c.type == "organisation"]
