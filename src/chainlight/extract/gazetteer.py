"""Facilities and organisations named in a sentence, linked to the evidence base and the lists.

Two passes: names the store already knows (every alias of every facility, body and listed entry, in Latin
script and in Hangul) are found verbatim; then phrases that look like a camp or a state body ("Hamhung
and Kaechon concentration camps", "the Bureau of Corrections under the Ministry of Social Security") are
sent to the resolver, which reads them across scripts and romanizations.  A linked evidence entity brings
the list entries it is the same as (`sameAs`), so an analyst sees "ofac:19790" beside the camp's bureau.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from chainlight.extract import persons, phrases
from chainlight.extract.types import Link
from chainlight.model.entity import Entity
from chainlight.resolve import Matcher, Query

# A list entry met only through the resolver (no evidence entity, no verbatim name) needs a higher score:
# generic names such as "Ministry of Social Security" exist in other countries' designations.
LIST_ONLY_MIN_SCORE = 0.92
_MAX_TOKENS = 10


@dataclass(frozen=True)
class EntityHit:
    start: int
    end: int
    type: str  # facility | organisation
    links: tuple[Link, ...]
    confidence: float
    rule: str


@lru_cache(maxsize=65536)
def latin_key(text: str) -> tuple[str, ...]:
    """Case, accents, apostrophes and punctuation folded: "Kaech'ŏn Kyohwaso No. 1" -> kaechon kyohwaso no 1."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`ʼ]", "", text)
    return tuple(re.findall(r"[a-z0-9]+", text))


def hangul_key(text: str) -> str:
    return re.sub(r"[^\uac00-\ud7a30-9\u4e00-\u9fff]", "", text)


_CJK = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]")
_KEPT = re.compile(r"[\uac00-\ud7a30-9\u4e00-\u9fff]")


@dataclass
class Gazetteer:
    entities: Sequence[Entity]
    by_id: dict[str, Entity] = field(init=False)
    latin: dict[tuple[str, ...], list[str]] = field(init=False)
    cjk: dict[str, list[str]] = field(init=False)
    places: frozenset[str] = field(init=False)
    # the written names of the entries the lists hold as persons (Latin keys, CJK keys): a phrase read as a body that
    # is one of them names a person, not an organisation (round 25)
    persons: frozenset[tuple[str, ...] | str] = field(init=False)
    _matcher: Matcher | None = field(init=False, default=None)
    # Indexes that let a sentence skip names it cannot contain: every run of words a Latin name starts with,
    # and the CJK names by their first character (with their order in `cjk`).
    _latin_prefixes: set[tuple[str, ...]] = field(init=False, default_factory=set)
    _cjk_first: dict[str, list[tuple[int, str]]] = field(init=False, default_factory=dict)
    _resolved: dict[tuple[tuple[str, ...], str], tuple[float, Entity, tuple[str, ...]] | None] = \
        field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}
        self.latin, self.cjk = {}, {}
        places: set[str] = set()
        people: set[tuple[str, ...] | str] = set()
        for e in self.entities:
            if e.schema == "Person":
                for n in e.names:
                    if _CJK.search(n.value):
                        people.add(hangul_key(n.value))
                    elif len(latin_key(n.value)) >= 2:
                        people.add(latin_key(n.value))
            if e.schema in ("Person", "Vessel", "Airplane"):
                continue
            for n in e.names:
                self._index_name(e, n.value)
                key = latin_key(n.value)
                if e.schema == "Facility" and key and len(key[0]) >= 5 and n.kind != "weak_alias":
                    places.add(key[0])
        self.places = frozenset(places)
        self.persons = frozenset(people)
        for words in self.latin:
            self._latin_prefixes.update(words[:n] for n in range(1, len(words) + 1))
        for order, compact in enumerate(self.cjk):
            self._cjk_first.setdefault(compact[0], []).append((order, compact))

    def _index_name(self, e: Entity, name: str) -> None:
        if re.search(r"[\uac00-\ud7a3\u4e00-\u9fff]", name):
            compact = hangul_key(name)
            if len(compact) >= 3:
                self.cjk.setdefault(compact, []).append(e.id)
            return
        key = latin_key(name)
        # One-word names ("Camp 14" is two) are too often ordinary words to be found verbatim.
        if len(key) >= 2 and sum(len(t) for t in key) >= 6:
            self.latin.setdefault(key, []).append(e.id)

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = Matcher([e for e in self.entities if e.schema not in ("Person", "Vessel",
                                                                                  "Airplane")])
        return self._matcher

    # ---- finding ----------------------------------------------------------------------------------

    def find(self, sentence: str) -> list[EntityHit]:
        # Issuers (CBP, Treasury, 통일부) are not bodies of a supply chain, even when a list names them.
        hits = [h for h in self._verbatim(sentence) if not phrases.is_authority(sentence[h.start:h.end])]
        for cand in phrases.candidates(sentence, self.places):
            if any(cand.start < h.end and h.start < cand.end for h in hits):
                continue
            if cand.type == "organisation" and self.names_person(sentence, cand.start, cand.end):
                continue
            hit = self._resolve(cand)
            if hit is not None:
                hits.append(hit)
        return sorted(hits, key=lambda h: h.start)

    def names_person(self, sentence: str, start: int, end: int) -> bool:
        """Is sentence[start:end] a person's name: one the lists hold as a person's (its schema), or a Korean name by its
        shape (persons.korean_person_shaped)?  A listed person is never an organisation claim (round 25)."""
        text = sentence[start:end]
        key: tuple[str, ...] | str = hangul_key(text) if _CJK.search(text) else latin_key(text)
        return (bool(key) and key in self.persons) or persons.korean_person_shaped(sentence, start, end)

    def _verbatim(self, sentence: str) -> Iterator[EntityHit]:
        yield from _longest_first(list(self._latin_hits(sentence)) + list(self._cjk_hits(sentence)))

    def _latin_hits(self, sentence: str) -> Iterator[EntityHit]:
        tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", sentence)]
        keys = [latin_key(t[2]) for t in tokens]
        prefixes = self._latin_prefixes
        for i in range(len(tokens)):
            if not keys[i] or keys[i] not in prefixes:
                continue  # no name starts with this word (most words of a sentence), nor with Hangul or Han
            found: list[tuple[int, tuple[str, ...]]] = []
            key: tuple[str, ...] = ()
            for j in range(i + 1, min(len(tokens), i + _MAX_TOKENS) + 1):
                if not keys[j - 1]:
                    break  # a word in Hangul or Han ends a name in Latin letters ("Corporation),认为这家企业…")
                key += keys[j - 1]
                if key and key not in prefixes:
                    break  # no name starts with these words
                if key in self.latin:
                    found.append((j, key))
            for j, key in reversed(found):  # the longest name first
                # Proper names are capitalised; "general bureau" in running text is not a name.
                if any(t[2][:1].isupper() for t in tokens[i:j]):
                    yield self._hit(tokens[i][0], tokens[j - 1][1], self.latin[key], 0.9, "gazetteer:name")
                    break

    def _cjk_hits(self, sentence: str) -> Iterator[EntityHit]:
        if not _CJK.search(sentence):
            return  # every CJK key holds at least one Hangul or Han character
        compact, where = [], []
        for m in _KEPT.finditer(sentence):
            compact.append(m.group())
            where.append(m.start())
        text = "".join(compact)
        present = set(text)
        wanted = sorted(pair for ch in present for pair in self._cjk_first.get(ch, ()))
        for _, key in wanted:
            ids = self.cjk[key]
            pos = text.find(key)
            while pos >= 0:
                yield self._hit(where[pos], where[pos + len(key) - 1] + 1, ids, 0.9, "gazetteer:name")
                pos = text.find(key, pos + 1)

    def _hit(self, start: int, end: int, ids: list[str], conf: float, rule: str) -> EntityHit:
        entity = self.by_id[sorted(set(ids), key=_evidence_first)[0]]
        links = self.expand(Link(entity.id, entity.caption, entity.schema, 1.0, (entity.source_ref,), "gazetteer"))
        return EntityHit(start, end, mention_type(entity), tuple(links), conf, rule)

    def _resolve(self, cand: phrases.Candidate) -> EntityHit | None:
        key = (cand.queries, cand.type)
        if key not in self._resolved:  # a long report names the same bodies again and again
            if len(self._resolved) > 50_000:
                self._resolved.clear()
            self._resolved[key] = self._best(cand)
        best = self._resolved[key]
        if best is None:
            if not cand.keep_unlinked:
                return None
            return EntityHit(cand.start, cand.end, cand.type, (), 0.4, f"{cand.rule}:unlinked")
        score, entity, source_ids = best
        link = Link(entity.id, entity.caption, entity.schema, round(score, 4),
                    tuple(source_ids) or (entity.source_ref,), "resolver")
        return EntityHit(cand.start, cand.end, mention_type(entity), tuple(self.expand(link)),
                         round(0.85 * score, 4), f"{cand.rule}:resolver")

    def _best(self, cand: phrases.Candidate) -> tuple[float, Entity, tuple[str, ...]] | None:
        best: tuple[float, Entity, tuple[str, ...]] | None = None
        for query in cand.queries:
            for m in self.matcher.match(Query("x", query), limit=3):
                entity = self.by_id.get(m.entity_id)
                if entity is None or not m.match:
                    continue
                if entity.dataset != "evidence" and m.score < LIST_ONLY_MIN_SCORE:
                    continue
                if cand.type == "facility" and entity.schema != "Facility":
                    continue
                if best is None or m.score > best[0]:
                    best = (m.score, entity, tuple(m.source_ids))
        return best

    def expand(self, link: Link) -> list[Link]:
        """The link itself and the list entries the evidence entity is recorded as the same as."""
        out = [link]
        entity = self.by_id.get(link.entity_id)
        refs = list(entity.properties.get("sameAs", [])) if entity else []
        for ref in refs:
            other = self.by_id.get(ref)
            source_ref = other.source_ref if other else _ref_of(ref)
            out.append(Link(ref, other.caption if other else ref, other.schema if other else "LegalEntity",
                            link.score, (source_ref,), "same_as"))
        return out


def mention_type(entity: Entity) -> str:
    return "facility" if entity.schema == "Facility" else "organisation"


def _ref_of(entity_id: str) -> str:
    """"ofac-19790" -> "ofac:19790", for a list entry the store does not hold."""
    prefix, _, rest = entity_id.partition("-")
    return f"{prefix}:{rest}"


def _evidence_first(entity_id: str) -> tuple[int, str]:
    return (0 if entity_id.startswith("evidence-") else 1, entity_id)


def _longest_first(hits: list[EntityHit]) -> Iterator[EntityHit]:
    chosen: list[EntityHit] = []
    for h in sorted(hits, key=lambda h: -(h.end - h.start)):
        if not any(h.start < c.end and c.start < h.end for c in chosen):
            chosen.append(h)
            yield h
