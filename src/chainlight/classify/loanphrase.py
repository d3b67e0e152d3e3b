"""hs_v6: Korean phrases of English loanwords read back as the English vocabulary's phrases (option
`loanword_phrases`).

Korean writes an English compound noun as its words in Hangul, spaced as in English: 래쉬 세럼 "lash serum", 레이스
프론트 "lace front", 스트레이트 아이론 "straight iron".  The Korean vocabulary lists some such phrases; the rest were
read word by word, and a word that names a good alone (래쉬 "lash") took the phrase's good (a lash serum read as
lashes).  Here each Hangul word is read back by its sound (resolve.loanwords), against the words of the
vocabulary's own English terms, its few likeliest readings kept; a run of two or three such words whose readings spell an English term of the vocabulary
(a phrase, so both words must sound right: one word read by sound alone is too often wrong, 니트 "unit") is a hit
of that term, over the hits of its single words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from itertools import product as cartesian
from typing import Any

from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import Meaning

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
READINGS = 3  # readings kept per word
MAX_WORDS = 3  # words of a phrase


class LoanPhrases:
    def __init__(self, terms: Mapping[str, Meaning]) -> None:
        # the vocabulary's English phrases of two or three words that name a product, and their words
        self._phrases = {t: m for t, m in terms.items()
                         if t.isascii() and m.kind == "product" and 2 <= len(t.split()) <= MAX_WORDS
                         and all(w.isalpha() for w in t.split())}
        self._words = Counter(w for t in self._phrases for w in t.split())
        self._reader: Any = None

    @lru_cache(maxsize=65536)  # noqa: B019 - one per classifier, a bounded table of words
    def readings(self, word: str) -> tuple[str, ...]:
        if len(word) < 2:
            return ()
        if self._reader is None:
            from chainlight.resolve.loanwords import Loanwords

            self._reader = Loanwords(self._words)
        return tuple(dict.fromkeys(w for w, _ in self._reader.read(word)[:READINGS]))

    def hits(self, text: str) -> list[Hit]:
        words = list(_HANGUL_WORD.finditer(text))
        out: list[Hit] = []
        i = 0
        while i < len(words):
            found = None
            for n in range(min(MAX_WORDS, len(words) - i), 1, -1):
                run = words[i:i + n]
                if any(text[a.end():b.start()] != " " for a, b in pairwise(run)):
                    continue  # one space between: one phrase
                options = [self.readings(m.group(0)) for m in run]
                if not all(options):
                    continue
                for spelled in cartesian(*options):
                    phrase = " ".join(spelled)
                    if phrase in self._phrases:
                        found = Hit(run[0].start(), run[-1].end(), phrase, self._phrases[phrase])
                        break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                i += len(found.term.split())
            else:
                i += 1
        return out


def agrees(text: str, found: Hit, terms: Mapping[str, Meaning]) -> bool:
    """hs_v11 (option `loan_phrase_agrees`): a word of the phrase that the vocabulary reads itself (니트 "knit") must be
    read by sound as a word meaning the same (골지 니트 is no "closure unit": 니트 is not "unit")."""
    korean, english = text[found.start:found.end].split(), found.term.split()
    if len(korean) != len(english):
        return True
    for k, e in zip(korean, english, strict=True):
        own = terms.get(k)
        if own is not None and own.kind != "neutral":
            heard = terms.get(e)
            if heard is None or (heard.kind, heard.key) != (own.kind, own.key):
                return False
    return True


def with_loan_phrases(text: str, hits: list[Hit], phrases: LoanPhrases,
                      terms: Mapping[str, Meaning] | None = None) -> list[Hit]:
    """The hits with each loanword phrase found in place of the hits inside it (with `terms`, only phrases whose
    words the vocabulary reads itself agree with their sound: `agrees`)."""
    found = phrases.hits(text)
    if terms is not None:
        found = [f for f in found if agrees(text, f, terms)]
    if not found:
        return hits
    kept = [h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda h: h.start)
