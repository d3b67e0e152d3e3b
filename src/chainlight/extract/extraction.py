"""The result of reading one report: its document record, sentences, mentions and candidate claims.

`to_json()` is what `chainlight extract --format json` prints; informant details given with the document
live in `protected` and are left out of it (and of every claim's public form), by construction.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from chainlight.extract.types import Mention, Sentence
from chainlight.model.evidence import Claim, SourceDocument


@dataclass
class Extraction:
    document: SourceDocument
    text: str  # empty when the report was read as a stream (extract_report)
    kind: str  # text | html | pdf
    sentences: list[Sentence]
    mentions: list[Mention]
    protected: dict[str, Any] = field(default_factory=dict)  # informant details: never in to_json()
    extractor: str = "rules_v2"  # v2: real report text (issue 15)
    repeated: int = 0  # paragraphs and sentences skipped because the same text came before
    digest: str = ""  # sha256 of the document's text

    @property
    def language(self) -> str:
        counts: dict[str, int] = {}
        for s in self.sentences:
            counts[s.lang] = counts.get(s.lang, 0) + len(s.text)
        return max(counts, key=lambda k: counts[k]) if counts else "en"

    def by_type(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == kind]

    def to_claims(self) -> list[Claim]:
        from chainlight.extract.claims import build_claims

        return build_claims(self)

    def to_dict(self) -> dict[str, Any]:
        mentions = []
        for m in self.mentions:
            data = m.to_dict()
            s = self.sentences[m.sentence]
            data["sentence_text"] = s.text
            data["sentence_start"], data["sentence_end"], data["lang"] = s.start, s.end, s.lang
            mentions.append(data)
        return {
            "document": asdict(self.document),
            "kind": self.kind,
            "language": self.language,
            "extractor": self.extractor,
            "sentences": len(self.sentences),
            "repeated": self.repeated,
            "counts": {t: len(self.by_type(t)) for t in sorted({m.type for m in self.mentions})},
            "mentions": mentions,
            "claims": [c.public_dict() for c in self.to_claims()],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
