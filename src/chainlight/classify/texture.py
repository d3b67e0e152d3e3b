"""hs_v14 (option `texture_alone`): a title that names no good but the hair trade's words for a length of hair is a
hair piece (heading 67.04).

Hair shops name their wefts ("bundles") by the hair's texture and the country the hair is said to come from, and by
nothing else: "Brazilian Deep Wave", "Afro Kinky Curly", "Raw Cambodian Straight".  hs_v3 reads the textures
(body wave, deep wave, kinky curly ...) as words of hair (cue `hair`), so that a weak "bundle" or "closure" beside
them is a hair piece; with no product word at all the title fell to the nomenclature ("straight" read nowhere,
"raw" as raw silk) or to `unknown`.  Here a texture of the trade, or a texture word after an origin the trade
sells hair under, is the good's name when the vocabulary names no product: the hair piece family, its material (human,
synthetic) read as for any hair piece.

Only English titles carry these names (the Chinese and Korean trade names its goods: 发帘, 붙임머리); only a title
with no product word is read this way, so "Brazilian straight leg jeans" stays jeans.
"""

from __future__ import annotations

import re

from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import Meaning, Vocabulary

# The origins hair is traded under (the trade's names, not the hair's proven source), then a texture word
_ORIGIN_TEXTURE = re.compile(
    r"\b(?:brazilian|peruvian|malaysian|indian|cambodian|vietnamese|mongolian|burmese|filipino|laotian|"
    r"european|russian|eurasian)\s+(?:(?:virgin|remy|raw|human|hair)\s+)*"
    r"(?:straight|wavy|wave|curly|curl|kinky|body\s+wave|deep\s+wave|loose\s+wave)\b", re.I)
# the cue `hair` holds the word "hair" itself too (hs_v1): a texture is two or more English words, none of them "hair"
_TEXTURE = re.compile(r"(?!.*\bhair\b)[a-z-]+(?:\s+[a-z-]+)+", re.I)
PRODUCT = "hair_piece"
REASON = "the hair trade's texture names the good (no product word): a hair piece"


def texture_alone(text: str, hits: list[Hit], vocab: Vocabulary) -> tuple[list[Hit], bool]:
    """The hits with a hair-piece product over the texture name where the title names no product; and whether."""
    if PRODUCT not in vocab.products or any(h.meaning.kind == "product" for h in hits):
        return hits, False
    span = next(((h.start, h.end, h.term) for h in hits
                 if h.meaning.kind == "cue" and h.meaning.key == "hair" and _TEXTURE.fullmatch(h.term)), None)
    if span is None and (m := _ORIGIN_TEXTURE.search(text)) is not None:
        span = (m.start(), m.end(), m.group(0))
    if span is None:
        return hits, False
    start, end, term = span
    made = Hit(start, end, term, Meaning("product", PRODUCT))
    return sorted([*hits, made], key=lambda h: (h.start, h.end)), True
