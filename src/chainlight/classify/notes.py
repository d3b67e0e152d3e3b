"""hs_v3: rules read from the HS nomenclature's own structure and its chapter notes (sixth round).

- **Artificial flowers** (chapter 6 note 2: headings 06.03/06.04 do not cover the artificial flowers of 67.02): a
  text naming flowers (the flower words of heading 06.03's texts, "bloom", "bouquet") made *of* a material ("leaves
  of plastic", "polyester roses", "blooms of cellular plastic") is heading 67.02, of plastics (6702.10) or of other
  materials (6702.90) by the material stated of the flowers, not of the pot or the stems.
- **Prepared plants** (chapter 20 against 12.12 and chapters 7/8): seaweed, vegetables or other edible plant parts
  the text says roasted, grilled, seasoned, canned or otherwise prepared are no longer "fresh, chilled, frozen or dried" (12.12) but
  "otherwise prepared or preserved" (20.08; HQ 088315, HQ 950002, WCO HS Committee on seasoned laver).
- **"Other than those of heading X"**: a heading whose text requires a condition (9101 "with case of precious
  metal") that the text does not state yields to the heading that is defined as everything else of its kind
  (9102 "other than those of heading no. 9101"): a watch in a plastic or base-metal case is 9102.
- **Another base metal**: a good of a heading "of iron or steel" said to be of nickel, copper, aluminium ... is the
  metal's "articles n.e.c." line (chapters 74-81, read from the nomenclature).
- **The material of a heading**: a heading whose text names its goods' material (48.22 "of paper", 69.04
  "ceramic", 70.16 "of glass") chosen for a text of another material goes to that material's chapter.
- **One textile named alone**: its chapter of Section XI and its "85% or more" line (woven silk fabric 5007.20).
- **Cordage** (Section XI note 3(A)): man-made yarn over 10,000 decitex is twine or cordage of 56.07.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from chainlight.classify.decide import Decision
from chainlight.classify.matcher import Hit
from chainlight.classify.nomenclature import NEGATED, Match, NomenclatureIndex, english_tokens, index
from chainlight.classify.vocabulary import Vocabulary

# --- artificial flowers ----------------------------------------------------------------------------------------
_FLOWER_HEADINGS = ("0603",)
# Words that say a flower is not grown whatever it is made of
_ARTIFICIAL = frozenset(english_tokens("artificial faux fake imitation simulated"))
# What the flower is made of must be said of it: "<material> roses" or "roses ... of <material>" in one clause
_OF_CLAUSE = re.compile(r"\bof\b([^,;:()]*)")


@lru_cache(maxsize=1)
def flower_words() -> frozenset[str]:
    """The kinds of flowers the nomenclature names (heading 06.03: roses, carnations, orchids, chrysanthemums,
    lilies), with the words for flowers of any kind."""
    words = set(english_tokens("flower flowers bloom blooms blossom blossoms bouquet bouquets"))
    for code, text in index().descriptions.items():
        if code[:4] in _FLOWER_HEADINGS and len(code) == 6 and ";" in text:
            # "Flowers, cut; orchids, flowers and buds ...": the kind is named between the semicolon and the comma
            kind = english_tokens(text.split(";", 1)[1].split(",", 1)[0])
            words |= set(kind[:1])
    return frozenset(words)


_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def _flower_re() -> re.Pattern[str]:
    """A first look for the flower words' stems, before the words are cut and stemmed."""
    return re.compile("|".join(sorted({w[:3] for w in flower_words()})))  # lil: lily, lilies


# Words that may follow a flower word when it heads its phrase ("roses and leaves of", "orchid blooms on");
# another noun after it makes the flower a qualifier ("flower pots", "rose gold")
_AFTER_FLOWER = frozenset({"and", "or", "of", "on", "in", "with", "from", "made", "glued", "fixed", "arranged",
                           "arrangement", "arrangements", "stem", "stems", "leaves", "foliage", "bunch", "spray"})


def _flower_spans(text: str) -> list[tuple[int, int]]:
    if not _flower_re().search(text):
        return []
    flowers = flower_words()
    words = list(_WORD.finditer(text))
    spans = []
    for i, m in enumerate(words):
        toks = english_tokens(m.group(0))
        if not toks or toks[0] not in flowers:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        closed = nxt is None or bool(re.search(r"[,;:()]", text[m.end():nxt.start()]))
        follower = english_tokens(nxt.group(0)) if nxt is not None else []
        if closed or nxt is None or nxt.group(0) in _AFTER_FLOWER or (follower and follower[0] in flowers):
            spans.append((m.start(), m.end()))
    return spans


def flower_material(text: str, hits: list[Hit], vocab: Vocabulary) -> tuple[str, str] | None:
    """(material term, class in the flowers family) of the flowers a text names, or None: the material named
    right before a flower word ("polyester roses") or after "of" in the flower word's clause ("orchid blooms of
    cellular plastic on plastic-covered wire stems": the first material after "of")."""
    spans = _flower_spans(text)
    if not spans:
        return None
    classes = vocab.family_classes.get("flowers", {})
    materials = [h for h in hits if h.meaning.kind == "material" and h.meaning.key in classes]
    for start, end in spans:
        before = [h for h in materials if h.end <= start and not text[h.end:start].strip(" -")]
        if before:
            return before[-1].term, classes[before[-1].meaning.key]
        clause = _OF_CLAUSE.match(text, text.find(" of ", end) + 1) if " of " in text[end:] else None
        if clause is not None and not re.search(r"[,;:()]", text[end:clause.start()]):
            inside = [h for h in materials if clause.start() <= h.start < clause.end()]
            if inside:
                return inside[0].term, classes[inside[0].meaning.key]
    return None


def apply_artificial_flowers(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """Flowers said to be made of a material, or artificial, are heading 67.02 (chapter 6 note 2); the
    subheading follows the material of the flowers (of plastics 6702.10, of other materials 6702.90)."""
    flowers = vocab.products.get("flowers")
    if flowers is None or (decision.product is not None and decision.product.id != "flowers"):
        return decision
    if decision.product is None and decision.choice is not None:
        return decision
    found = flower_material(text, hits, vocab)
    table = next(iter(flowers.variants.values())).hs  # flowers have one variant: {plastic, default}
    if decision.product is None:
        words = english_tokens(text)
        artificial = any(w in _ARTIFICIAL for w in words) and bool(_flower_spans(text))
        if found is None and not artificial:
            return decision
    if found is None:
        return decision if decision.product is not None else replace(
            decision, product=flowers, choice=table["default"],
            evidence="nomenclature_subheading",
            reasons=[*decision.reasons, "artificial flowers: heading 67.02 (chapter 6 note 2)"])
    term, cls = found
    choice = table.get(cls, table["default"])
    code = choice.hs6
    if decision.choice is not None and decision.choice.hs6 == code:
        return decision
    return replace(decision, product=flowers, choice=choice, material=cls,
                   evidence="nomenclature_subheading",
                   reasons=[*decision.reasons, f"flowers of {term}: artificial flowers {code} (chapter 6 note 2; "
                            "the material of the flowers, not of the pot or stems)"])


# --- plants prepared: 20.08 ---------------------------------------------------------------------------------------
# Chapters of edible plants whose headings stop at "fresh, chilled, frozen or dried" (12.12 seaweeds; 07 and 08 say
# so in their chapter notes and headings); roasted, grilled or seasoned they are preparations of chapter 20.
_PLANT_CHAPTERS = frozenset({"07", "08", "12"})
# "not seasoned", "unroasted", "non-fried": what a good is not
_NEGATED = re.compile(r"\b(?:not|non|no|un)[\s-]*[a-z]+")
_PLANT_PREPARED = re.compile(r"\b(?:roast|grill|toast|season|fried|fry|seasoned|sweeten|candied|snack|canned|tinned|"
                             r"pickled|in syrup)|조미|구운|볶은|통조림|烤|调味|即食|零食|罐头")


def prepared_plant(text: str, m: Match, words: dict[str, float], ix: NomenclatureIndex) -> Match:
    """A plant good of chapters 7, 8 or 12 the text says roasted, grilled or seasoned: the preparation of
    chapter 20 the same words name, else 2008.99 ("other edible parts of plants, prepared or preserved")."""
    if m.code[:2] not in _PLANT_CHAPTERS or not _PLANT_PREPARED.search(_NEGATED.sub("", text)):
        return m
    prepared = ix.best({**words, **dict.fromkeys(english_tokens("prepared preserved"), 0.5)}, chapters=("20",))
    # the good is the rarest word the raw answer matched (seaweed, not sugar or "prepared"): a chapter-20 answer
    # that does not name it is no answer for it
    good = max(m.words, key=lambda w: ix._idf.get(w, 0.0), default=None)
    if prepared is None or good not in prepared.words:
        return replace(m, code="200899")
    return replace(m, code=prepared.code, words=prepared.words)


# --- a heading's condition not stated: the heading of "other than those of heading X" ------------------------------
_OTHER_THAN_HEADING = re.compile(r"other than those of heading (?:no\.? )?(\d{4})")


@lru_cache(maxsize=1)
def _residual_headings() -> dict[str, str]:
    """Heading -> the heading defined as "other than those of" it (9101 -> 9102)."""
    out: dict[str, str] = {}
    for code, text in index().descriptions.items():
        if len(code) != 4 or (m := _OTHER_THAN_HEADING.search(text.lower())) is None or m.group(1) == code:
            continue
        # the residual heading names the same goods as the other (9101 and 9102: "wrist-watches, pocket-watches,
        # stop-watches and other watches"), not other goods that exclude it (6101 overcoats, other than 6103)
        goods = set(english_tokens(text.lower()[: m.start()]))
        if goods and goods <= set(english_tokens(index().descriptions.get(m.group(1), ""))):
            out[m.group(1)] = code
    return out


# A word this common in the nomenclature (metal, plastics, wood) names a class of materials, not the condition
# that sets a heading apart from its residual one ("precious" metal, metal "clad" with it)
_COMMON_IDF = 3.5
_OF = re.compile(r"\bof\s+([a-z ]+)")


@lru_cache(maxsize=64)
def _conditions(heading: str, residual: str) -> frozenset[str]:
    """What a heading requires that its residual heading does not: the words of its condition clause (after the
    semicolon) that follow "of", less the common words and the residual heading's own (9101: precious, clad)."""
    ix = index()
    text = ix.descriptions.get(heading, "").lower()
    clause = text.split(";", 1)[1] if ";" in text else ""
    said = {w for m in _OF.finditer(clause) for w in english_tokens(m.group(1))}
    other = set(english_tokens(ix.descriptions.get(residual, "")))
    return frozenset(w for w in said - other if ix._idf.get(w, 0.0) >= _COMMON_IDF)


def residual_heading(m: Match, words: dict[str, float], ix: NomenclatureIndex) -> Match:
    """9101 (watches with a case of precious metal) chosen for a text that does not say precious: 9102."""
    residual = _residual_headings().get(m.code[:4])
    if residual is None:
        return m
    if _conditions(m.code[:4], residual) & words.keys():
        return m
    other = ix.best(words, within=residual, own=True)
    if other is None:
        return m
    return replace(m, code=other.code, words=other.words)


# --- a subheading's material not stated: the heading's "not of" subheading ---------------------------------------
# 4419.11 "of bamboo, bread boards, chopping boards" against 4419.90 "not of bamboo or tropical wood": a chopping
# board of pine chosen for its words "chopping boards" is one the text does not say is of bamboo
# (9003.11 "of plastics" against 9003.19 "of materials other than plastics": metal spectacle frames)
_NOT_OF = re.compile(r"[;,]\s*(?P<how>not of|of materials other than) (?P<what>[a-z ]+?)$")


@lru_cache(maxsize=1)
def _not_of_subheadings() -> dict[str, tuple[str, frozenset[str]]]:
    """Heading -> (its subheading "not of X or Y" / "of materials other than X", the words X, Y) where that
    clause ends the line."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for code, text in index().descriptions.items():
        if len(code) == 6 and (m := _NOT_OF.search(text.lower())) is not None:
            # (in "not of tropical wood" a word as common as "wood" names the class, not the material that sets the
            # lines apart; "other than plastics" names the one material)
            said = english_tokens(m.group("what").replace(" or ", " "))
            if m.group("how") == "not of":
                said = [w for w in said if index()._idf.get(w, 0.0) >= _COMMON_IDF]
            out[code[:4]] = (code, frozenset(said))
    return out


def residual_material(m: Match, words: dict[str, float]) -> Match:
    """A subheading that names a material its heading's "not of" line excludes (of bamboo, of tropical wood),
    chosen for a text that names none of them: the "not of" line."""
    found = _not_of_subheadings().get(m.code[:4])
    if found is None or found[0] == m.code:
        return m
    residual, materials = found
    own = set(english_tokens(index().descriptions.get(m.code, "").lower()))
    if not own & materials or materials & words.keys():
        return m
    return replace(m, code=residual)


# --- a part the text does not name: the "(other than ...)" twin ------------------------------------------------------
# 0206.41 "Offal, edible; of swine, livers, frozen" against 0206.49 "... of swine, (other than livers), frozen": the
# two lines share every other word, and the shorter one wins a ranking for a text that names no liver (冻猪肚, frozen
# pig stomachs).  A line that names a part its twin excludes holds only when the text names that part.
_OTHER_THAN = re.compile(r"\(other than ([a-z ,]+)\)")


@lru_cache(maxsize=4096)
def _plain_and_excluded(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """A line's words not negated, and the words of its "(other than ...)" clause (none where it has none)."""
    text = index().descriptions.get(code, "").lower()
    plain = frozenset(w for w in english_tokens(text) if not w.startswith(NEGATED))
    m = _OTHER_THAN.search(text)
    return plain, frozenset(english_tokens(m.group(1).replace(" and ", " "))) if m else frozenset()


def residual_part(m: Match, words: dict[str, float]) -> Match:
    """The "(other than X)" line of the heading that is the chosen line without X, where the text says none of the
    words that set the chosen line apart from it."""
    ix = index()
    own, _ = _plain_and_excluded(m.code)
    lo, hi = ix._range.get(m.code[:4], (0, 0))
    for code in ix.codes[lo:hi]:
        if code == m.code:
            continue
        plain, excluded = _plain_and_excluded(code)
        if excluded & own and plain == own - excluded and not (own - plain) & words.keys():
            return replace(m, code=code)
    return m


# --- articles of a base metal other than iron or steel -------------------------------------------------------------
# Copper alloys are copper for chapter 74 (chapter 74 note 1: brass is copper-zinc, bronze copper-tin)
_ALLOYS = {"brass": "copper", "bronze": "copper"}
_PLATED = re.compile(r"[\s-]*(?:plated|coated|clad|tone|colou?red|finish)")
_IRON_OR_STEEL = "of iron or steel"
_LETTERS = re.compile(r"[a-z]+")
# metals whose names are common English words of listings ("lead time", "tin can" of tinplate)
_AMBIGUOUS = frozenset({"lead", "tin"})


@lru_cache(maxsize=1)
def _metal_articles() -> dict[str, str]:
    """Base metal (its name in the nomenclature, chapters 74-81) -> its subheading of articles n.e.c.
    ("Nickel; articles thereof n.e.c. in item no. 7508.1": nickel -> 750890); the last such line of a metal."""
    out: dict[str, str] = {}
    for code, text in index().descriptions.items():
        if len(code) != 6 or not "74" <= code[:2] <= "81" or ";" not in text:
            continue
        metal, rest = text.split(";", 1)
        if "articles" in rest and "n.e.c." in rest and " " not in metal.strip() and metal.lower() not in _AMBIGUOUS:
            out[metal.strip().lower()] = code
    return out


def named_metal(text: str) -> str | None:
    """The base metal other than iron or steel a text says the good is made of (not a plating: "nickel-plated
    brass" is brass, i.e. copper), or None; None too where iron or steel is named."""
    articles = _metal_articles()
    found = None
    for m in _LETTERS.finditer(text):
        word = english_tokens(m.group(0))
        if not word:
            continue
        if word[0] in ("iron", "steel"):
            return None
        metal = _ALLOYS.get(word[0], word[0])
        if found is None and metal in articles and not _PLATED.match(text, m.end()):
            found = metal
    return found


def apply_base_metal(text: str, decision: Decision) -> Decision:
    """A good of a heading "of iron or steel" (73.19 knitting needles, 73.23 household articles) that the text says
    is of another base metal is an article of that metal (75.08 nickel, 74.19 copper, 76.16 aluminium)."""
    if decision.choice is None or _IRON_OR_STEEL not in index().descriptions.get(decision.choice.hs6[:4], ""):
        return decision
    metal = named_metal(text)
    if metal is None:
        return decision
    code = _metal_articles()[metal]
    return replace(decision, choice=replace(decision.choice, hs6=code), evidence="nomenclature_subheading",
                   reasons=[*decision.reasons, f"of {metal}, not of iron or steel: {code}, articles of {metal}"])


# --- a textile named alone is the textile: the "85% or more" subheading ---------------------------------------------
_SHARE = re.compile(r"\d\s*(?:%|％|percent|per cent)")
_EIGHTY_FIVE = "85% or more"
# The chapters of Section XI for each class of textile material (fibre family of the vocabulary)
_TEXTILE_CHAPTERS = {"silk": ("50",), "wool": ("51",), "fine_hair": ("51",), "cotton": ("52",),
                     "synthetic": ("54", "55"), "artificial": ("54", "55")}


def pure_textile(text: str, m: Match, hits: list[Hit], vocab: Vocabulary, ix: NomenclatureIndex) -> Match:
    """A fabric or yarn the text names of one textile material and no share ("woven silk fabric") is of that
    material alone: within the heading chosen, the subheading "containing 85% or more by weight of" it, not the
    residual "other" one (blends are stated as blends; Section XI's shares are then read by vote.apply_shares)."""
    if not "50" <= m.code[:2] <= "60" or _SHARE.search(text):  # textiles of Section XI only
        return m
    classes = vocab.family_classes.get("fibre", {})
    named = {classes[h.meaning.key] for h in hits if h.meaning.kind == "material" and h.meaning.key in classes}
    if len(named) != 1:
        return m
    material = next(iter(named))
    chapters = _TEXTILE_CHAPTERS.get(material, ())
    if "50" <= m.code[:2] <= "55" and chapters and m.code[:2] not in chapters:
        # Section XI is ordered by material: a fabric or yarn of silk is of chapter 50 whatever its weave says
        # ("silk fabric, twill weave" is no cotton twill of 52.08)
        again = ix.best(dict.fromkeys(english_tokens(text), 1.0), chapters=chapters)
        if again is None:
            return m
        m = replace(m, code=again.code, words=again.words)
    if _EIGHTY_FIVE in ix.descriptions.get(m.code, ""):
        return m
    lo, hi = ix._range.get(m.code[:4], (0, 0))
    siblings = [c for c in ix.codes[lo:hi] if _EIGHTY_FIVE in ix.descriptions[c]
                and material in english_tokens(ix.descriptions[c].split(_EIGHTY_FIVE, 1)[1])]
    if not siblings:
        return m
    best = ix.best(dict.fromkeys(english_tokens(text), 1.0), within=m.code[:4], own=True)
    code = best.code if best is not None and best.code in siblings else siblings[0]
    return replace(m, code=code)


# --- a heading "of paper", "of glass", "ceramic ..." for a good the text says is of another material ---------------
# Materials the nomenclature names its headings' goods by, each with the chapter of its articles (44 wood, 48 paper,
# 39 plastics, 68 cement/concrete/stone, 69 ceramics, 70 glass); the words are the nomenclature's and the trade's.
_MATERIAL_CHAPTER = {"wood": "44", "wooden": "44", "bamboo": "44", "paper": "48", "paperboard": "48",
                     "plastic": "39", "plastics": "39", "cement": "68", "concrete": "68", "ceramic": "69",
                     "porcelain": "69", "clay": "69", "glass": "70"}
_MATERIAL_WORD = re.compile(r"\b(" + "|".join(_MATERIAL_CHAPTER) + r")\b")
_MATERIAL_WORDS = frozenset(english_tokens(" ".join(_MATERIAL_CHAPTER)))
# (but "made with", "cast with", "bonded with" name what the good is made of: bricks cast with cement)
_PART = re.compile(r"\b(?:in|on|packed|for|inside)\b|(?<!made )(?<!cast )(?<!bonded )\bwith\b")


@lru_cache(maxsize=2048)
def _heading_material(heading: str) -> str | None:
    """The chapter of the material a heading's text gives its goods ("Bobbins ... of paper pulp, paper or
    paperboard": 48; "Ceramic building bricks": 69; "Paving blocks ... of pressed or moulded glass": 70)."""
    said = _MATERIAL_WORD.search(index().descriptions.get(heading, "").lower())
    return _MATERIAL_CHAPTER[said.group(1)] if said else None


def stated_material(m: Match, text: str, words: dict[str, float], ix: NomenclatureIndex) -> Match:
    """A heading that names the material of its goods chosen for a text that says the good is of another material
    ("concrete paving blocks" read as the glass paving blocks of 70.16; "wooden knitting spool" as the paper spools
    of 48.22): the good is sought among the articles of the material stated (the first one the text names)."""
    said = _heading_material(m.code[:4])
    if said is None:
        return m
    # the material of the good, not of what it is packed in or sold with ("ceramic tiles in a wooden crate")
    clause = _PART.search(text)
    first = _MATERIAL_WORD.search(text, 0, clause.start() if clause else len(text))
    wanted = _MATERIAL_CHAPTER[first.group(1)] if first else None
    if wanted is None or wanted == said or m.code[:2] == wanted:
        return m
    # the good's own words, not its material's (every article of chapter 44 is "of wood")
    again = ix.best({w: q for w, q in words.items() if w not in _MATERIAL_WORDS}, chapters=(wanted,))
    if again is None:  # the chapter names no such good: its last "other articles ... n.e.c."
        residual = _chapter_residual(wanted)
        return m if residual is None else replace(m, code=residual)
    return replace(m, code=again.code, words=again.words)


@lru_cache(maxsize=8)
def _chapter_residual(chapter: str) -> str | None:
    """The last subheading of a chapter of articles that is "n.e.c." (4421.99, 3926.90, 4823.90)."""
    codes = [c for c, d in index().descriptions.items() if len(c) == 6 and c[:2] == chapter and "n.e.c." in d]
    return codes[-1] if codes else None


# --- yarn so thick it is twine or cordage (Section XI note 3(A)) ------------------------------------------------------
# Single or multiple yarn measuring more than these counts is twine, cordage or rope of heading 56.07: of silk more
# than 20,000 decitex, of man-made fibres more than 10,000, of other vegetable fibres more than 20,000 (wool and
# cotton are not listed: they stay yarn whatever their count).
_CORDAGE_OVER = {"silk": 20000.0, "synthetic": 10000.0, "artificial": 10000.0, "linen": 20000.0}
_YARN_HEADINGS = frozenset({"5004", "5005", "5006", "5401", "5402", "5403", "5404", "5405", "5406", "5306",
                            "5308", "5509", "5510", "5511"})
_OLEFIN = re.compile(r"polyethylene|polypropylene|polyolefin|olefin")
_COUNT = re.compile(r"(over|more than|exceeding|above|>)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:decitex|dtex)\b", re.I)


def apply_cordage(text: str, decision: Decision) -> Decision:
    """Yarn of man-made fibres measuring more than 10,000 decitex (silk, flax: 20,000) is cordage of 56.07
    (Section XI note 3(A); CBP on a scarf kit's acrylic yarn): 5607.50 synthetic, 5607.49 of polyethylene or
    polypropylene, 5607.90 of other materials."""
    if decision.choice is None or decision.choice.hs6[:4] not in _YARN_HEADINGS:
        return decision
    m = _COUNT.search(text)
    if m is None:
        return decision
    count = float(m.group(2).replace(",", "")) + (0.5 if m.group(1) else 0.0)
    material = decision.material or ""
    limit = _CORDAGE_OVER.get(material)
    if limit is None or count <= limit:
        return decision
    code = "560749" if _OLEFIN.search(text) else "560750" if material == "synthetic" else "560790"
    return replace(decision, choice=replace(decision.choice, hs6=code), evidence="nomenclature_subheading",
                   reasons=[*decision.reasons, f"yarn of {count:,.0f} decitex of {material} fibres is cordage "
                            f"(Section XI note 3(A)): {code}"])


# --- a line "of plastics" chosen by default for a good of another material: its "of other materials" sibling --------
_LINE_MATERIAL = {"plastics": "plastic", "plastic": "plastic", "wood": "wood", "paper": "paper", "metal": "metal",
                  "steel": "metal", "iron": "metal"}
# the whole condition of the line is that one material ("Combs ...; of hard rubber or plastics"), not one of several
# ("... of sheeting of plastics or of textile materials")
_OF_MATERIAL = re.compile(r"\s*of (?:hard rubber or )?(plastics?|wood|paper|base metal|iron or steel)\s*")
_OTHER_LINE = re.compile(r"\bof other\b|\bother than\b|\bother materials\b")


@lru_cache(maxsize=1024)
def _other_material_line(code: str) -> tuple[str, str] | None:
    """(material class the line names, its sibling for other materials) for a line "Goods; of <material>" with a
    sibling "Goods; of other than <material>" (9615.11 combs of hard rubber or plastics / 9615.19)."""
    ix = index()
    text = ix.descriptions.get(code, "")
    if ";" not in text:
        return None
    goods, condition = text.split(";", 1)
    m = _OF_MATERIAL.fullmatch(condition.lower())
    if m is None:
        return None
    material = _LINE_MATERIAL[m.group(1).split()[-1]]
    lo, hi = ix._range.get(code[:4], (0, 0))
    for other in ix.codes[lo:hi]:
        desc = ix.descriptions[other]
        if other != code and desc.split(";", 1)[0] == goods and _OTHER_LINE.search(desc.split(";", 1)[-1]):
            return material, other
    return None


def apply_other_material(decision: Decision) -> Decision:
    """A vocabulary answer whose line names a material ("Combs ...; of hard rubber or plastics") for a good the text
    says is of another (wood, metal): the line for other materials (a wooden comb is 9615.19)."""
    if decision.choice is None or decision.material in (None, "other"):
        return decision
    found = _other_material_line(decision.choice.hs6)
    if found is None or found[0] == decision.material:
        return decision
    return replace(decision, choice=replace(decision.choice, hs6=found[1]),
                   reasons=[*decision.reasons, f"of {decision.material}, not of {found[0]}: {found[1]}"])


# --- a computer named by its specifications ------------------------------------------------------------------------
# Shops list laptops by model, screen, processor, storage and memory, often without the word laptop ("MSI 2022
# Prestige 15.6, 카본그레이, 코어i7, 512GB, 16GB, Free DOS"): a processor with a memory size is an automatic
# data-processing machine (84.71); a screen of 10 to 18.9 inches with them makes it portable (84.71.30).
_PROCESSOR = re.compile(r"(?:코어|\bcore)\s?i[3579]\b|셀러론|\bceleron\b|펜티엄|\bpentium\b|라이젠|\bryzen\b|\bapple\s?m[1-4]\b",
                        re.IGNORECASE)
_MEMORY = re.compile(r"(?<![\w.])\d{1,4}\s?(?:GB|TB)\b", re.IGNORECASE)
_SCREEN = re.compile(r"(?<![\w.])1[0-8](?:\.\d)?\s?(?:인치|inch(?:es)?\b|in\b|\"|”|형)|(?<![\w.])1[0-8]\.\d(?![\d.%])")
_COMPUTER_WORDS = ("automatic", "data", "processing", "machines")


def computer_specs(text: str, words: dict[str, float]) -> dict[str, float]:
    """The query's words with those of 84.71 added where the text lists a processor and a memory size."""
    low = text.lower()
    # a memory size needs "gb" or "tb": most titles are done before the processor's pattern is tried
    if ("gb" not in low and "tb" not in low) or not _PROCESSOR.search(text) or not _MEMORY.search(text):
        return words
    said = [*_COMPUTER_WORDS, "portable"] if _SCREEN.search(text) else list(_COMPUTER_WORDS)
    return {**words, **dict.fromkeys(english_tokens(" ".join(said)), 2.0)}


# --- a table sold with its seats ------------------------------------------------------------------------------------
# A dining, bar or bistro set of a table and chairs or stools put up together is classified as the table, which gives
# the set its essential character (GRI 3(b); CBP NY N008492, NY H87400, NY N021597): the heading of furniture 94.03,
# not the seats of 94.01 its upholstery words pull toward.
_TABLE = re.compile(r"\btables?\b", re.IGNORECASE)
_SEATS = re.compile(r"\b(?:chairs?|stools?|benches)\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:sets?|with|sold\s+with|together)\b", re.IGNORECASE)


def furniture_set(text: str, m: Match, words: dict[str, float], ix: NomenclatureIndex) -> Match:
    if m.code[:4] == "9403" or not _TABLE.search(text) or not _SEATS.search(text) or not _TOGETHER.search(text):
        return m
    table = ix.best(words, within="9403")
    return m if table is None else replace(table, margin=m.margin)


# --- a subheading's use not stated: its "other than for" sibling ----------------------------------------------------
# "Furniture; metal, for office use" against "Furniture; metal, other than for office use": metal furniture the text
# does not say is for an office is the other line (the nomenclature writes kitchen, bedroom and office furniture so)
_USE_CLAUSE = re.compile(r", (?P<other>other than )?for (?P<use>[a-z ,]+ use)$")


@lru_cache(maxsize=1)
def _use_residuals() -> dict[str, tuple[str, frozenset[str]]]:
    """Subheading "P, for X use" -> (its sibling "P, other than for ... use", the words of X)."""
    ix = index()
    out: dict[str, tuple[str, frozenset[str]]] = {}
    by_prefix: dict[tuple[str, str], str] = {}
    split = {code: m for code, text in ix.descriptions.items()
             if len(code) == 6 and (m := _USE_CLAUSE.search(text.lower())) is not None}
    for code, m in split.items():
        if m.group("other"):
            by_prefix[(code[:4], m.string[:m.start()])] = code
    for code, m in split.items():
        residual = None if m.group("other") else by_prefix.get((code[:4], m.string[:m.start()]))
        if residual is not None:
            said = [w for w in english_tokens(m.group("use")) if ix._idf.get(w, 0.0) >= _COMMON_IDF]
            out[code] = (residual, frozenset(said))
    return out


def residual_use(m: Match, words: dict[str, float]) -> Match:
    """A subheading "for office use" chosen for a text that names no office: its "other than for" sibling."""
    found = _use_residuals().get(m.code)
    if found is None or not found[1] or found[1] & words.keys():
        return m
    return replace(m, code=found[0])


# --- a powered good of a heading that leaves powered ones to chapter 85 (hs_v4, option "powered_heading") ------
# 96.15 is "hair curlers and the like, other than those of heading no. 8516": the heading's own text sends the
# electric ones to 85.16 (electro-thermic hair-dressing apparatus).  Only a heading outside chapters 84-85 that
# excludes the goods of a heading of those chapters moves, and only for a text that says the good is powered.
_EXCLUDED_HEADING = re.compile(r"(?:other than|not) (?:those )?of heading (?:no\. )?(8[45])\.?(\d\d)")
_POWERED = re.compile(r"\b(?:electric|electrical|electronic|cordless|rechargeable|automatic|auto|battery|"
                      r"usb|plug ?in|\d+ ?(?:w|watts?|v|volts?))\b|电动|充电|自动|전동|충전|자동|전기", re.I)


def powered_heading(text: str, m: Match, words: dict[str, float], ix: NomenclatureIndex) -> Match:
    """A good the nomenclature placed in a heading "other than those of heading 85.16" that the text says is powered
    (automatic, cordless, 1875 watt): the best line of the heading excluded.  Within it, a line "other than X" is
    the line of a good that is not X: a text that does not name X reads it as the line's own word (not_dryer), so
    an automatic hair curler is 8516.32 "electro-thermic, other than hair dryers", not 8516.31 hair dryers."""
    if m.code[:2] in ("84", "85"):
        return m
    excluded = _EXCLUDED_HEADING.search(ix.descriptions.get(m.code, "") + " " + ix.descriptions.get(m.code[:4], ""))
    if excluded is None or (power := _POWERED.search(text)) is None:
        return m
    return line_of_heading(m, words, ix, excluded.group(1) + excluded.group(2), power.group(0))


def line_of_heading(m: Match, words: dict[str, float], ix: NomenclatureIndex, heading: str, said: str) -> Match:
    """The line of `heading` (one the answer's heading excludes) that names the good by a word that placed it where it
    was, chosen by the title's words; the answer unchanged where no line of the heading names it."""
    lo, hi = ix._range.get(heading, (0, 0))
    # the lines that name the good by a word that placed it where it was (hair: hair-dressing apparatus)
    lines = [d for d in range(lo, hi) if set(m.words) & set(english_tokens(ix.descriptions[ix.codes[d]]))]
    if not lines:
        return m
    query = dict(words)
    for d in lines:
        for w in english_tokens(ix.descriptions[ix.codes[d]]):
            if w.startswith(NEGATED) and w[len(NEGATED):] not in words:
                query.setdefault(w, 1.0)

    def score(d: int) -> float:
        own = ix._doc_contrib_own[d]
        return sum(q * own[w] for w, q in query.items() if w in own)

    best = max(lines, key=score)  # the first of the best
    return replace(m, code=ix.codes[best], words=(*m.words, said))


# --- a line that excludes what the text names (hs_v4, option "excluded_line") ------------------------------------
@lru_cache(maxsize=8192)
def excluded_words(code: str) -> frozenset[str]:
    """What a subheading's own text excludes and does not also name: 6115.99 "... (excluding graduated compression
    hosiery, ...)" -> graduat, compression."""
    words = set(english_tokens(index().descriptions.get(code, "")))
    return frozenset(w[len(NEGATED):] for w in words if w.startswith(NEGATED) and w[len(NEGATED):] not in words)


def excluded_line(code: str, words: Iterable[str], ix: NomenclatureIndex) -> str:
    """A subheading whose own text excludes a good the text names ("compression socks" against 6115.99 "excluding
    graduated compression hosiery") gives way to the line of its heading that names the most of what it excluded
    (6115.10 "graduated compression hosiery"), the first of the best; it stays where no line of the heading does."""
    said = excluded_words(code) & set(words)
    if not said:
        return code
    lo, hi = ix._range.get(code[:4], (0, 0))
    best, most = code, 0
    for other in ix.codes[lo:hi]:
        named = len(said & set(english_tokens(ix.descriptions[other])))
        if named > most:
            best, most = other, named
    return best
