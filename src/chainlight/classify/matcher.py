"""Find vocabulary terms in a normalized text, fast.

All terms are compiled into two trie-shaped regular expressions (Python's `re` does not optimise a plain
alternation of a thousand words, a trie makes each position cost one walk).  Latin terms must sit
between word boundaries and may carry an English plural; Chinese and Korean terms match anywhere, with
their inner spaces optional ("속눈썹 글루" meets "속눈썹글루").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from chainlight.classify.vocabulary import Meaning
from chainlight.trie_pattern import node_pattern, trie

_LATIN_EDGE = re.compile(r"^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$")
_HAS_LATIN = re.compile(r"[a-z0-9]").search
_NON_ASCII = re.compile(r"[^\x00-\x7f]").search


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


class Hit(NamedTuple):
    """A term found: where, as which vocabulary term, meaning what.  A named tuple (immutable, compared and
    hashed by its fields as a frozen dataclass is) because titles make many and a tuple is ~3x cheaper to make."""

    start: int
    end: int
    term: str
    meaning: Meaning


class Matcher:
    def __init__(self, terms: Mapping[str, Meaning]) -> None:
        self._latin = {t: m for t, m in terms.items() if _LATIN_EDGE.match(t) and t.isascii()}
        # Other terms are looked up with their spaces removed, as the text may or may not have them.
        self._other = {t.replace(" ", ""): m for t, m in terms.items() if t not in self._latin}
        self._other_terms = {t.replace(" ", ""): t for t in terms if t not in self._latin}
        latin = node_pattern(trie(self._latin), optional_space=False)
        other = node_pattern(trie(t for t in terms if t not in self._latin), optional_space=True)
        self._latin_re = re.compile(rf"(?<![a-z0-9])(?:{latin})(?:es|s)?(?![a-z0-9])")
        self._other_re = re.compile(other)
        # The Chinese/Korean trie is only walked from (just before) the first non-ASCII character: an English
        # title pays for a small regex of the few ASCII-only terms of that kind ("w/", "+") instead of a walk
        # of the whole trie at each of its characters.  A term may start with a few ASCII characters (t恤).
        ascii_other = [t for t in terms if t not in self._latin and t.isascii()]
        self._ascii_other_re = re.compile(node_pattern(trie(ascii_other), optional_space=True)) if ascii_other else None
        self._lead = max((len(t) - len(t.lstrip("".join(c for c in t if c.isascii()))) for t in terms
                          if t not in self._latin and not t.isascii()), default=0)

    def find(self, text: str) -> list[Hit]:
        found = [self._latin_hit(m) for m in self._latin_re.finditer(text)] if _HAS_LATIN(text) else []
        non_ascii = None if text.isascii() else _NON_ASCII(text)
        first = -1 if non_ascii is None else non_ascii.start()
        start = len(text) if first < 0 else max(0, first - self._lead)
        if start > 0 and self._ascii_other_re is not None:
            found.extend(self._other_hit(m) for m in self._ascii_other_re.finditer(text, 0, start)
                         if m.end() > m.start())
        if start < len(text):
            pos = start
            while (m := self._other_re.search(text, pos)) is not None:
                hit = self._other_hit(m) if m.end() > m.start() else None
                if hit is not None:
                    found.append(hit)
                # a term refused where it stands (울 니트 inside 겨울 니트) leaves the text after its first
                # character to the next term (니트)
                pos = m.end() if hit is not None else m.start() + 1
        return sorted((h for h in found if h is not None), key=lambda h: h.start)

    def resegment(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Chinese and Korean terms are found longest first, which can swallow the head of the next word:
        毛衣针织衫 reads 毛衣针 (knitting needles) + 织衫.  Where a hit's prefix (two characters or more) is a
        term and a term starting inside the hit runs past its end, the text is cut there instead, as the cut
        reads more of it as terms: 毛衣 + 针织衫 (both sweaters)."""
        out: list[Hit] = []
        skip_to = -1
        for hit in hits:
            if hit.start < skip_to:
                continue
            if hit.term in self._latin or len(hit.term) < 3:
                out.append(hit)
                continue
            cut: tuple[Hit, ...] | None = None
            for k in range(len(hit.term) - 1, 1, -1):
                prefix_end = hit.start + k
                prefix = text[hit.start:prefix_end].replace(" ", "")
                if prefix not in self._other:
                    continue
                m = self._other_re.match(text, prefix_end)
                if m is None or m.end() <= hit.end or m.end() - m.start() < 2:
                    continue
                nxt = self._other_hit(m)
                if nxt is not None:
                    cut = (Hit(hit.start, prefix_end, self._other_terms[prefix], self._other[prefix]), nxt)
                    break
            if cut is None and hit.meaning.kind in ("product", "material"):
                # a material word too can swallow the head of a product compound (山羊绒衫: 山羊绒 "cashmere" over
                # 羊绒衫 "cashmere sweater")
                cut = self._head_final(text, hit)
            if cut is None:
                out.append(hit)
            else:
                out.extend(cut)
                skip_to = cut[-1].end
        return out

    def _head_final(self, text: str, hit: Hit) -> tuple[Hit, ...] | None:
        """Chinese and Korean compounds end in their head: where a product term starts inside a product (or material) hit and
        runs past its end (인조 속눈썹 + 속눈썹 풀: lash glue), the later, longer compound is the good and the
        rest of the hit is read again on its own (인조: synthetic)."""
        for pos in range(hit.start + 1, hit.end):
            if text[pos] == " ":
                continue
            m = self._other_re.match(text, pos)
            if m is None or m.end() <= hit.end or m.end() - m.start() < 2:
                continue
            nxt = self._other_hit(m)
            if nxt is not None and nxt.meaning.kind == "product" and nxt.meaning.key != hit.meaning.key:
                before = tuple(h for h in self.find(text[:pos]) if h.start >= hit.start)
                return (*before, nxt)
        return None

    def _latin_hit(self, m: re.Match[str]) -> Hit | None:
        word = m.group(0)
        # the plural ending is "s" or "es" after the term, never a second "s" of the word ("brass" is no "bras")
        candidates = [word]
        if word.endswith("s") and not word.endswith("ss"):
            candidates.append(word[:-1])
        if word.endswith("es"):
            candidates.append(word[:-2])
        for candidate in candidates:
            meaning = self._latin.get(candidate)
            if meaning is not None:
                return Hit(m.start(), m.end(), candidate, meaning)
        return None

    def _other_hit(self, m: re.Match[str]) -> Hit | None:
        key = m.group(0).replace(" ", "")
        meaning = self._other.get(key)
        if meaning is None:
            return None
        if len(key) == 1 and _is_hangul(key) and m.start() > 0 and _is_hangul(m.string[m.start() - 1]):
            return None  # a one-syllable Korean term starts a word: 면 (cotton) in 면 100%, not in 라면
        term = self._other_terms[key]
        if (m.start() > 0 and _is_hangul(m.string[m.start() - 1]) and " " in term
                and len(term.split(" ", 1)[0]) == 1 and _is_hangul(term[0])):
            return None  # so does a term led by a one-syllable word: 울 니트 (wool knit), not in 겨울 니트
        return Hit(m.start(), m.end(), self._other_terms[key], meaning)
