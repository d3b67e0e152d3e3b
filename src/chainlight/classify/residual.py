"""hs_v6: a residual subheading that excludes, by name, the good a title names (option `residual_sibling`).

The nomenclature closes many one-dash groups with a residual line that lists what its siblings hold: 1605.69
"other than crustaceans, molluscs, sea cucumbers, sea urchins, and jellyfish, prepared or preserved" beside
1605.61 "sea cucumbers", 1605.62 "sea urchins", 1605.63 "jellyfish".  The reader (nomenclature.english_tokens)
negates an exclusion only up to the next comma, as the nomenclature's commas also end one ("other than edible fish
offal, tilapias, catfish ...": 0305.64 is tilapias), so the residual line's text names its siblings' goods as if
they were its own and wins on them (a title of sea cucumbers scored 1605.69: "sea" twice in its text).  Here, an
answer of a residual line whose title names a word that a sibling of the same one-dash group (the first five
digits) has and the heading's own text has not goes to that sibling, where every such word of the sibling stands in
the residual line after its exclusion marker (the residual lists the sibling): the line that names the good.  The words of the tilapia line are no sibling's, so
nothing moves there.

hs_v13 (option `residual_distinct`): among the siblings a title names, the one it names by a word no other sibling of
the group has comes first (即食海蜇丝, read "prepared sea jellyfish", is 1605.63 jellyfish, not 1605.61 sea cucumbers
by the "sea" that sea cucumbers and sea urchins share); then, as before, the one named by the most words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from chainlight.classify.decide import Decision
from chainlight.classify.nomenclature import english_tokens, index, query_words
from chainlight.classify.vocabulary import HsChoice

_RESIDUAL = re.compile(r"\b(?:other than|excluding|except)\b")


@lru_cache(maxsize=4096)
def _excluded_by_name(code: str) -> dict[str, frozenset[str]]:
    """For a residual subheading, each sibling of its one-dash group that it lists after its exclusion marker (every
    word setting the sibling apart from the heading and from the residual line's own subject is listed there), by
    those words; {} for a line that is no residual."""
    texts = index().descriptions
    text = texts.get(code, "")
    m = _RESIDUAL.search(text.lower())
    if m is None:
        return {}
    common = set(english_tokens(texts.get(code[:4], ""))) | set(english_tokens(text[: m.start()]))
    listed = {w.removeprefix("not_") for w in english_tokens(text[m.start():])}
    out: dict[str, frozenset[str]] = {}
    for sibling in texts:
        if len(sibling) == 6 and sibling[:5] == code[:5] and sibling != code:
            own = frozenset(set(english_tokens(texts[sibling])) - common)
            if own and own <= listed:  # every word that sets the sibling apart is one the residual line lists
                out[sibling] = own
    return out


def apply_residual_sibling(text: str, decision: Decision, distinct: bool = False) -> Decision:
    """A residual line's answer for a title that names a good one of its siblings holds: that sibling (`distinct`,
    hs_v13: the sibling named by a word no other sibling has first)."""
    if decision.choice is None or decision.product is not None:
        return decision  # a line the vocabulary chose is read by vote's excluded_line
    code = decision.choice.hs6
    siblings = _excluded_by_name(code)
    if not siblings:
        return decision
    words = set(query_words(text))
    best, best_named = code, frozenset[str]()
    if distinct:
        shared = {w for s, named in siblings.items() for w in named
                  if any(w in other for t, other in siblings.items() if t != s)}
        rank = {s: (len((named & words) - shared), len(named & words)) for s, named in siblings.items()}
        top = max(rank.values())
        if top[1]:
            best = next(s for s, r in rank.items() if r == top)  # the first of the best, as before
            best_named = siblings[best] & words
    else:
        for sibling, named in siblings.items():
            if len(named & words) > len(best_named):
                best, best_named = sibling, named & words
    if best == code:
        return decision
    return replace(decision, choice=HsChoice(best, decision.choice.category),
                   reasons=[*decision.reasons, f"{code} is the residual line that excludes "
                                               f"{', '.join(sorted(best_named))}: {best} names it"])
