"""hs_v18 (option powered_goods): the line between a hand-held good and the electro-thermic appliance of heading
85.16, read from the nomenclature's own words wherever the answer came from.

Heading 96.15 holds "hair curlers and the like, other than those of heading 85.16"; 85.16 holds "electro-thermic
hair-dressing apparatus".  hs_v4's powered_heading (notes.py) reads that exclusion for the nomenclature's own answers
only; a good the hand vocabulary named (睫毛夹 "eyelash curler", 发夹 "hair clip", eyelash curler) kept 96.15 however
the title said it was heated or electric (电动, 充电, 电烫 "electric perm", 热蒸汽 "hot steam", "heated electric").
Here the same reading is applied to every answer:

- an answer in a heading whose text excludes heading 85.16, for a title whose English (its own words, or a Chinese
  or Korean title's words read by CC-CEDICT and the Korean reader, nomenclature.query_words) holds a word of 85.16's
  text for power or heat (electric, electro-thermic, heat, heater) or of a power source (battery, rechargeable,
  cordless, USB; notes._POWERED, the regex powered_heading reads), is the line of 85.16 that names the good by a word of the answer's own text (hair), chosen by the title's
  words as powered_heading chooses it (notes.line_of_heading);
- an 85.16 answer on a line that names a good those headings name too (8516.32 hair-dressing apparatus: hair), for a
  title that says the good is *not* heated or powered (无热 "no heat", 免加热, heatless, non-electric), is the best line
  of the headings that exclude 85.16's goods (96.15's curlers).

No title of a set is listed; the words are 85.16's own and a closed class of negation."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from chainlight.classify.decide import Decision
from chainlight.classify.nomenclature import Match, english_tokens, index, query_words
from chainlight.classify.notes import _EXCLUDED_HEADING, _POWERED, line_of_heading
from chainlight.classify.vocabulary import HsChoice

_APPLIANCES = "8516"
# 85.16's own words for power and heat ("Electric ... heaters; electro-thermic ...; electro heating resistors") and
# the power sources a title names instead (a title's 电 "electricity", 充电 "recharge", 电池 "battery")
_POWER_WORDS = frozenset(english_tokens("electric electrical electricity electronic electro thermic heat heated "
                                        "heating heater battery batteries recharge rechargeable cordless usb"))
# a title that says the good is neither heated nor powered: Chinese 无 / 免 / 不 / 非 before 热 (heat), 加热 (heating)
# or 电 (electricity); English heatless, no heat, non-electric; Korean 무열 / 비전기
_UNPOWERED = re.compile(r"(?:无|無|免|不用|不需|无需|不|非)(?:加)?(?:热|熱|电|電)|\bheatless\b|\bno[- ]heat\b|"
                        r"\bwithout heat\b|\bnon[- ]?electric|\bnon[- ]?heated\b|무열|비전기", re.I)

# static electricity is no power: an anti-static comb (防静电木梳, 정전기 방지 빗) is a comb
_STATIC = re.compile(r"静电|靜電|정전기|\banti-?static\b|\bstatic\b", re.I)


@lru_cache(maxsize=512)
def _excludes_appliances(code: str) -> bool:
    """Whether the line's or its heading's text excludes the goods of heading 85.16."""
    ix = index()
    said = _EXCLUDED_HEADING.search(ix.descriptions.get(code, "") + " " + ix.descriptions.get(code[:4], ""))
    return said is not None and said.group(1) + said.group(2) == _APPLIANCES


@lru_cache(maxsize=1)
def _hand_headings() -> tuple[str, ...]:
    """The headings whose text excludes the goods of heading 85.16 (96.15)."""
    return tuple(sorted({c[:4] for c in index().codes if _excludes_appliances(c)}))


@lru_cache(maxsize=512)
def _own_words(code: str) -> tuple[str, ...]:
    ix = index()
    return tuple(dict.fromkeys(english_tokens(ix.descriptions.get(code, "") + " " + ix.descriptions.get(code[:4], ""))))


@lru_cache(maxsize=64)
def _shared_with_hand_goods(code: str) -> bool:
    """Whether an 85.16 line's own text names a good the headings excluding 85.16 name too (8516.32 "hair-dressing
    apparatus" and 96.15's hair curlers: hair), so that an unheated one is theirs; a heater or kettle said "not hot"
    is no hair curler."""
    ix = index()
    own = set(english_tokens(ix.descriptions.get(code, "")))
    return any(own & set(_own_words(c)) for c in ix.codes if c[:4] in _hand_headings())


def _moved(decision: Decision, code: str, why: str) -> Decision:
    assert decision.choice is not None
    if code == decision.choice.hs6:
        return decision
    return replace(decision, choice=HsChoice(code, "other"), reasons=[*decision.reasons, f"{why}: {code} (powered.py)"])


def apply_powered_goods(text: str, decision: Decision) -> Decision:
    if decision.choice is None:
        return decision
    code = decision.choice.hs6
    if code[:4] == _APPLIANCES:
        said = _UNPOWERED.search(text)
        if said is None or not _shared_with_hand_goods(code):
            return decision
        words = query_words(text)
        best = max((m for h in _hand_headings() if (m := index().best(words, within=h)) is not None),
                   key=lambda m: m.score, default=None)
        if best is None:
            return decision
        return _moved(decision, best.code, f"{said.group(0)!r}: not heated or powered, no good of 85.16")
    if not _excludes_appliances(code):
        return decision
    words = query_words(_STATIC.sub(" ", text))
    power = sorted(_POWER_WORDS & words.keys())
    if not power and (found := _POWERED.search(text)) is not None:
        power = [found.group(0)]
    if not power or _UNPOWERED.search(text):
        return decision
    # the good as the answer's own text names it (96.15: hair curlers): 85.16's lines that name it too (hair-dressing
    # apparatus, hair dryers), the title's words choosing among them
    m = line_of_heading(Match(code, 0.0, 0.0, _own_words(code)), words, index(), _APPLIANCES, power[0])
    if m.code[:4] != _APPLIANCES:
        return decision
    return _moved(decision, m.code, f"said powered or heated ({', '.join(power)}): electro-thermic, 85.16")
