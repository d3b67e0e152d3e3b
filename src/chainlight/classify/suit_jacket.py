"""hs_v19 (option suit_jacket): a jacket the title calls a blazer or a suit jacket is one of the "jackets and
blazers" of headings 62.03 / 62.04, not the overcoats, anoraks and wind-jackets of 62.01 / 62.02.

The headings' own texts draw the line: 62.01 / 62.02 hold "overcoats, raincoats, car-coats, capes, cloaks, anoraks
(including ski-jackets), wind-cheaters, wind-jackets and similar articles"; 62.03 / 62.04 "suits, ensembles, jackets,
blazers".  The hand vocabulary's coat word (外套, 재킷, jacket) answers 62.01 / 62.02 whatever the title adds, so
"杰克琼斯男秋冬羊毛单西装外套" (a single suit jacket, 西装 "suit; Western-style clothes" in CC-CEDICT) answered the
men's wool overcoats, 6201.20.  A 62.01 / 62.02 answer whose title's English (its own words, or the Korean reader's
and CC-CEDICT's reading) says blazer, or suit with jacket or "Western-style" (西装, 西服: the suit's jacket), goes to
the jackets and blazers line of the same sex and material: wool .31, cotton .32, man-made .33 (synthetic; the
coats' man-made line holds both), other .39 -- unless it says a word of 62.01's own text that 62.03's lacks
(anorak, ski, wind, cape, cloak).  Knitted coats (61.01 / 61.02) are left: a knitted blazer is rare and
61.01's lines do not part wool from other materials.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from chainlight.classify.decide import Decision
from chainlight.classify.vocabulary import HsChoice

# the coats' heading -> the jackets' heading of the same sex; the coats' material line -> the jackets' line
_HEADING = {"6201": "6203", "6202": "6204"}
_LINE = {"20": "31", "30": "32", "40": "33", "90": "39"}


@lru_cache(maxsize=1)
def _coats_own() -> frozenset[str]:
    """The words of 62.01's text that 62.03's does not hold (anorak, ski, wind, cape, cloak ...), less the bare coat
    words: 外套 and 코트 read "coat", "overcoat" for any coat, a blazer's too."""
    from chainlight.classify.nomenclature import english_tokens, index

    texts = index().descriptions
    own = set(english_tokens(texts.get("6201", ""))) - set(english_tokens(texts.get("6203", "")))
    return frozenset(own - {"coat", "overcoat"})


def says_suit_jacket(words: set[str]) -> bool:
    """Whether a title's English words name a blazer or a suit's jacket and no coat of 62.01's own words (a ski
    suit's jacket is an anorak's kind, "including ski-jackets")."""
    if words & _coats_own():
        return False
    return "blazer" in words or ("suit" in words and bool(words & {"jacket", "western"}))


def apply_suit_jacket(text: str, decision: Decision) -> Decision:
    """A 62.01 / 62.02 answer for a blazer or suit jacket: 62.03 / 62.04's jackets and blazers (module docstring)."""
    if decision.choice is None or decision.choice.hs6[:4] not in _HEADING:
        return decision
    from chainlight.classify.korean_reader import read_korean
    from chainlight.classify.nomenclature import query_words

    code = decision.choice.hs6
    if code[4:] not in _LINE or not says_suit_jacket(set(query_words(read_korean(text)))):
        return decision
    new = _HEADING[code[:4]] + _LINE[code[4:]]
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"a blazer or suit jacket, not a coat of {code[:4]}: {new} "
                                               "(suit_jacket.py)"])
