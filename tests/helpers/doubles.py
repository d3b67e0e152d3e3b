"""TEST-ONLY stand-ins for the resolver and the classifier, used until (and beside) the real modules.

They are honest about what they do: the classifier reads a few keywords in English, Chinese and Korean;
the party clustering folds legal forms, spacing, case and Hanzi (via pinyin) but knows no Hangul
romanization; the matcher compares folded names exactly or by a high fuzzy ratio.  Never use them in src/.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from pypinyin import lazy_pinyin
from rapidfuzz import fuzz

from chainlight.model.entity import Entity
from chainlight.model.product import Classification
from chainlight.resolve.types import Match, PartyName, Query

LEGAL_FORMS = ["有限责任公司", "有限公司", "株式会社", "주식회사", "무역회사", "公司", "회사", "co", "ltd", "limited",
               "company", "corp", "corporation", "inc", "llc", "gmbh"]

# (pattern, category, hs6, description); first hit wins, so mascara (睫毛膏) is tested before lashes (睫毛).
RULES = [
    (r"mascara|睫毛膏|마스카라", "other", "330420", "eye make-up preparations"),
    (r"glue|adhesive|胶水|접착제", "other", "350691", "adhesives"),
    (r"human hair.*(lash|eyelash)|人发睫毛", "false_eyelashes", "670420", "of human hair"),
    (r"lash|睫毛|속눈썹", "false_eyelashes", "670419", "false eyelashes of other synthetic materials"),
    (r"wig|假发|가발", "wigs", "670411", "complete wigs of synthetic textile materials"),
    (r"human hair|头发|人发|모발", "human_hair", "670300", "human hair, dressed"),
    (r"sweater|cardigan|knit|毛衣|针织|스웨터", "knitwear", "611030", "jerseys, pullovers of man-made fibres"),
]
KNOWN_HS = {"6704": ("false_eyelashes", "wigs, false eyelashes"), "6703": ("human_hair", "human hair"),
            "6110": ("knitwear", "jerseys, pullovers"), "3304": ("other", "make-up"),
            "3506": ("other", "adhesives")}


class FakeClassifier:
    def classify(self, id: str, text: str, declared_hs: str | None = None) -> Classification:
        low = text.lower()
        for pattern, cat, hs6, desc in RULES:
            if re.search(pattern, low):
                mismatch = bool(declared_hs and declared_hs[:4] != hs6[:4])
                return Classification(id, text, hs6, hs6[:4], desc, cat, 0.9, declared_hs, mismatch)
        code = (declared_hs or "").replace(".", "")
        if code[:4] in KNOWN_HS:
            cat, desc = KNOWN_HS[code[:4]]
            return Classification(id, text, code[:6].ljust(6, "0"), code[:4], desc, cat, 0.6, declared_hs)
        return Classification(id, text, None, None, None, "unknown", 0.0, declared_hs)

    def classify_many(self, items: Iterable[tuple[str, str, str | None]]) -> list[Classification]:
        return [self.classify(i, t, h) for i, t, h in items]


def fold_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).lower()
    for form in LEGAL_FORMS:
        if not form.isascii():
            text = text.replace(form, " ")
    text = " ".join(lazy_pinyin(text))
    tokens = [t for t in re.split(r"[^0-9a-z\uac00-\ud7a3]+", text) if t and t not in LEGAL_FORMS]
    return "".join(tokens)


def fake_cluster_parties(parties: Sequence[PartyName]) -> dict[str, str]:
    return {p.key: f"p:{fold_name(p.name)}" for p in parties}


class FakeMatcher:
    def __init__(self, entities: Sequence[Entity], threshold: float | None = None) -> None:
        self.threshold = 0.7 if threshold is None else threshold
        self.names = [(e, n.value, fold_name(n.value)) for e in entities for n in e.names]

    def match(self, query: Query, limit: int = 5) -> list[Match]:
        q = fold_name(query.name)
        best: dict[str, tuple[float, str]] = {}
        for e, raw, folded in self.names:
            ratio = fuzz.ratio(q, folded)
            score = 0.97 if folded == q else (0.95 * ratio / 100 if ratio >= 85 else ratio / 200)
            if score > best.get(e.id, (0.0, ""))[0]:
                best[e.id] = (score, raw)
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])[:limit]
        by_id = {e.id: e for e, _, _ in self.names}
        return [Match(query.id, i + 1, eid, by_id[eid].caption, by_id[eid].schema, round(s, 3), s >= self.threshold,
                      [by_id[eid].source_ref], [eid], query.name, raw, explanation=f"{query.name!r} ~ {raw!r}")
                for i, (eid, (s, raw)) in enumerate(ranked) if s >= 0.5]
