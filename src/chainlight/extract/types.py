"""What extraction yields: sentences of a document, typed mentions in them, and candidate claims.

A mention is one span of the text that says something an analyst may want as evidence (a facility, a
body, a good, a period, a figure, a destination, a sales channel).  Every mention keeps its sentence and
character offsets into the document's text, so that a reviewer can see the words a claim rests on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MENTION_TYPES = ("facility", "organisation", "goods", "period", "quantity", "destination", "channel")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets into the document's text
    end: int
    text: str
    lang: str  # "ko", "zh" or "en", from the share of Hangul and Han characters
    before: str = ""  # the sentence before it in its paragraph, for a sentence that continues it (extract/carried.py)
    # an earlier sentence of its paragraph is about North Korean workers or firms abroad (extract/topic.py)
    topic: bool = False


@dataclass(frozen=True)
class Link:
    """An entity a mention was resolved to, with the list identifiers behind it."""

    entity_id: str  # "evidence-kaechon-kyohwaso-1", "ofac-19790"
    entity_name: str
    schema: str
    score: float
    source_ids: tuple[str, ...]  # "evidence:kaechon-kyohwaso-1", "ofac:19790"
    via: str  # "gazetteer", "resolver" or "same_as"


@dataclass
class Mention:
    type: str  # one of MENTION_TYPES
    text: str  # the words as written
    start: int
    end: int
    sentence: int  # Sentence.index
    value: dict[str, Any]  # the normalized reading, e.g. {"value": 16, "unit": "hours/day"}
    confidence: float
    rule: str  # which rule or table produced it, for review and benchmarks
    links: list[Link] = field(default_factory=list)

    @property
    def key(self) -> str:
        """What the mention means, independent of wording: used to compare with gold claims."""
        v = self.value
        if self.type in ("facility", "organisation"):
            return str(v.get("entity_id") or v.get("name", "")).lower()
        if self.type == "goods":
            return str(v.get("category"))
        if self.type == "period":
            return f"{v.get('start') or ''}/{v.get('end') or ''}"
        if self.type == "quantity":
            top = f"-{v['max']}" if v.get("max") is not None else ""  # a range: "work_hours=12-16"
            return f"{v.get('kind')}={v.get('value')}{top}"
        if self.type == "destination":
            return str(v.get("country"))
        return str(v.get("channel"))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["links"] = [asdict(link) for link in self.links]
        return data
