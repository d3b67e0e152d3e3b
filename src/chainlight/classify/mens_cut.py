"""hs_v19 (option mens_cut): briefs cut for men (boxer briefs, trunks, drawers) are men's underpants of 61.07, not
the women's briefs and panties of 61.08, where the title names no wearer.

Chapter 61 note 9 sends a garment that "cannot be identified as either men's or boys' garments or as women's or
girls' garments" to the women's heading; a garment identified by its cut is not such a garment.  Boxer briefs and
trunks (a fly front or a pouch, legs: the cut of men's underpants), 드로즈 (Korean trade's "drawers", men's trunks) and
平角裤 / 四角裤 (CC-CEDICT: "boxer shorts") are that cut, so a 61.08 briefs answer (6108.21 / .22 / .29, by the
material) for a title that says one of them and no woman or girl goes to 61.07's underpants line of the same material
(6107.11 / .12 / .19).  "Woman's boxer underpant" names its wearer and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chainlight.classify.decide import Decision
from chainlight.classify.vocabulary import HsChoice

_LINE = {"610821": "610711", "610822": "610712", "610829": "610719"}
# the men's cut in the three languages: boxer briefs / shorts, trunks; 平角裤, 四角裤; 드로즈, 트렁크, 사각팬티
_MENS_CUT = re.compile(r"\bboxer(?:s|[- ]briefs?|[- ]shorts?)?\b|\btrunks\b|平角裤|四角裤|平角褲|四角褲|드로즈|트렁크|"
                       r"사각\s?팬티", re.I)
# (the text arrives normalized: "Woman's" is "womans")
_WOMENS = re.compile(r"\b(?:wom[ae]n'?s?|ladies|lady|girls?'?s?|female)\b|女|여성|여자|여아|우먼|레이디|걸즈")


def apply_mens_cut(text: str, decision: Decision) -> Decision:
    """A 61.08 briefs answer for briefs cut for men and worn by no woman the title names: 61.07 (module docstring)."""
    if decision.choice is None or decision.choice.hs6 not in _LINE:
        return decision
    if not _MENS_CUT.search(text) or _WOMENS.search(text):
        return decision
    new = _LINE[decision.choice.hs6]
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"briefs cut for men, no woman named: {new} (mens_cut.py)"])
