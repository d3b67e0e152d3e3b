"""hs_v5: wool and fine animal hair by their stage of processing (option "fibre_stage").

Headings 51.01, 51.02 and 51.05 tell raw animal fibre apart by what was done to it, in their own words: wool
"not carded or combed" is greasy (incl. fleece-washed), degreased (not carbonised) or carbonised, and shorn or
not (5101.11-.30); fine animal hair not carded or combed is of Kashmir goats or other (5102.11/.19); carded or
combed, wool is carded (5105.10) or "wool tops and other combed wool", in fragments or not (5105.21/.29), fine
hair of Kashmir goats or other (5105.31/.39).  BM25 over those texts cannot read a stage: "not carded or combed"
shares its words with "carded or combed", and a roving is also a glass-fibre roving (70.19).  A text that names
such a fibre, a stage and no yarn, fabric or article of it is placed here by the stage it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chainlight.classify.decide import Decision
from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import HsChoice, Vocabulary

# a further stage of working (yarn, fabric, felt, an article) takes the good out of 51.01-51.05
_WORKED = re.compile(r"yarn|thread|fabric|cloth|woven|knit|felt|garment|sweater|batting|wadding|"
                     r"纱|线|布|织|毡|실|원단|니트")
# "not carded or combed" (51.01, 51.02) says raw; "carded but not combed" says carded
_NOT_CARDED = re.compile(r"\bnot\s+carded\b|\bnot\s+combed\s+(?:or|nor)\s+carded\b|未梳")
_NOT_STAGE = re.compile(r"\bnot\s+(?:carded|combed)(?:\s+(?:or|nor|and)\s+(?:carded|combed))?\b")
_CARBONISED = re.compile(r"carboni[sz]|炭化|탄화")
_COMBED = re.compile(r"\bcombed\b|\btops?\b|\brovings?\b|\bslivers?\b|精梳|毛条|소모|톱")
_CARDED = re.compile(r"\bcarded\b|粗梳|梳理|소면")
_DEGREASED = re.compile(r"degreas|scoured|\bwashed\b|洗净|脱脂|세모|세척")
# shorn is the trade's default (as the vocabulary's raw wool is); wool pulled from skins is "other than shorn"
_NOT_SHORN = re.compile(r"\bpulled\b|\bslipe\b|skin wool|other than shorn|tanner")
_FRAGMENTS = re.compile(r"fragment")
# the material keys of the vocabulary that name the fibre of these headings
_FIBRES = {"wool": "wool", "fine_hair": "fine", "cashmere": "kashmir"}


def _fibre(hits: list[Hit]) -> str | None:
    for h in hits:
        if h.meaning.kind == "material" and h.meaning.key in _FIBRES:
            return _FIBRES[h.meaning.key]
    return None


_RAW_HEADINGS = frozenset(("5101", "5102", "5105"))


def _raw_fibre(decision: Decision) -> bool:
    """No product named, or one whose codes all lie in 51.01, 51.02 or 51.05 (the vocabulary's raw wool)."""
    product = decision.product
    return product is None or all(c.hs6[:4] in _RAW_HEADINGS for v in product.variants.values()
                                  for c in v.hs.values())


def stage_code(text: str, fibre: str) -> tuple[str, str]:
    """The subheading of 51.01/51.02/51.05 for a fibre ("wool", "fine", "kashmir") at the stage the text names,
    with the stage in words."""
    raw = _NOT_CARDED.search(text) is not None
    rest = _NOT_STAGE.sub(" ", text)
    if not raw and _COMBED.search(rest):
        stage = "combed"
    elif not raw and _CARDED.search(rest):
        stage = "carded"
    elif _CARBONISED.search(text):
        stage = "carbonised"
    elif _DEGREASED.search(text):
        stage = "degreased"
    else:
        stage = "greasy"
    if fibre != "wool":
        kashmir = fibre == "kashmir"
        if stage in ("combed", "carded"):
            return ("510531" if kashmir else "510539"), stage
        return ("510211" if kashmir else "510219"), "not carded or combed"
    if stage == "combed":
        return ("510521" if _FRAGMENTS.search(text) else "510529"), stage
    if stage == "carded":
        return "510510", stage
    if stage == "carbonised":
        return "510130", stage
    shorn = _NOT_SHORN.search(text) is None
    if stage == "degreased":
        return ("510121" if shorn else "510129"), stage
    return ("510111" if shorn else "510119"), stage


def apply_fibre_stage(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """Wool or fine animal hair named with no product (the vocabulary's products are yarns, fabrics and articles)
    and no word of a later stage: the subheading of its stage (module docstring)."""
    if "fibre_stage" not in vocab.options:
        return decision
    fibre = _fibre(hits)  # (the cheap test first: most texts name no such fibre)
    if fibre is None or not _raw_fibre(decision) or _WORKED.search(text):
        return decision
    stated = (_NOT_CARDED.search(text) or _COMBED.search(text) or _CARDED.search(text)
              or _CARBONISED.search(text) or _DEGREASED.search(text))
    if stated is None and (decision.choice is None or decision.choice.hs6[:2] != "51"):
        return decision  # no stage said: the nomenclature's answer stands
    code, stage = stage_code(text, fibre)
    if decision.choice is not None and decision.choice.hs6 == code:
        return decision
    return replace(decision, choice=HsChoice(code, "other"), evidence="nomenclature_subheading",
                   reasons=[*decision.reasons, f"{fibre} fibre, {stage}, not yet yarn: {code} (headings 51.01, "
                            "51.02, 51.05)"])


_KNIT_WORDS = frozenset(("knitt", "knitted", "crochet"))


def apply_woven_twin(text: str, decision: Decision, vocab: Vocabulary) -> Decision:
    """A garment the nomenclature placed in chapter 61 on a tie with its twin heading of chapter 62 (61.03 / 62.03
    suits and blazers: the same words but "knitted or crocheted"), for a text that does not say knitted: the twin
    of chapter 62 (option "woven_twin").  Chapter 61 covers knitted or crocheted articles only (its note 1); a
    text that says nothing of the fabric scores both alike, and the first-listed chapter won the tie."""
    if ("woven_twin" not in vocab.options or decision.product is not None or decision.choice is None
            or decision.evidence != "nomenclature" or decision.choice.hs6[:2] != "61"):
        return decision
    from chainlight.classify.nomenclature import index, query_words
    from chainlight.classify.vote import category_of

    words = query_words(text)
    if _KNIT_WORDS & words.keys():
        return decision
    code = decision.choice.hs6
    ix = index()
    knit = ix.best(words, within=code[:4], own=True)
    woven = ix.best(words, within="62" + code[2:4], own=True)
    if knit is None or woven is None or woven.score < knit.score:
        return decision
    if "twin_by_text" in vocab.options:  # hs_v12: the woven subheading whose own text reads most like the knitted one
        from chainlight.classify.nomenclature import english_tokens

        own = english_tokens(ix.descriptions.get(code, "").replace("knitted or crocheted", ""))
        woven = ix.best(dict.fromkeys(own, 1.0), within="62" + code[2:4], own=True) or woven
    return replace(decision, choice=HsChoice(woven.code, category_of(woven.code, words, vocab)),
                   reasons=[*decision.reasons, f"not said to be knitted: {woven.code}, the woven twin of {code} "
                            "(chapter 61 note 1)"])


# --- hs_v12: a garment not told men's is the women's (option "women_by_default") -----------------------------
# Chapter 61 note 9 and chapter 62 note 8: garments which cannot be identified as men's or boys' garments or as
# women's or girls' garments go to the headings of women's or girls' garments.  The nomenclature's reading, which
# scores the twin headings on the same words (61.03 / 61.04 suits, jackets, trousers; 62.05 / 62.06 shirts),
# chose the men's heading for a title that names neither; its twin is the women's.
_WOMENS_TWIN = {"6101": "6102", "6103": "6104", "6105": "6106", "6107": "6108",
                "6201": "6202", "6203": "6204", "6205": "6206", "6207": "6208"}
_MENS = re.compile(r"\b(?:men|mens|man|boy|boys|male|gentlemen|gentleman)\b|men's|man's|boys'|男|남성|남자|남아|"
                   r"맨즈|신사|보이")


def apply_women_by_default(text: str, decision: Decision, vocab: Vocabulary) -> Decision:
    """A garment answered from the nomenclature alone in a men's heading of chapter 61 or 62 for a title with no
    word of men or boys: the same reading within the women's twin heading (module comment above)."""
    if ("women_by_default" not in vocab.options or decision.product is not None or decision.choice is None
            or not decision.evidence.startswith("nomenclature")):
        return decision
    code = decision.choice.hs6
    twin = _WOMENS_TWIN.get(code[:4])
    if twin is None or _MENS.search(text):
        return decision
    from chainlight.classify.nomenclature import english_tokens, index, query_words
    from chainlight.classify.vote import category_of

    # the women's subheading whose own text reads most like the men's one (its kind of garment and its fibre)
    ix = index()
    own_words = english_tokens(ix.descriptions.get(code, "").replace("men's or boys'", ""))
    found = ix.best(dict.fromkeys(own_words, 1.0), within=twin, own=True)
    if found is None:
        return decision
    return replace(decision, choice=HsChoice(found.code, category_of(found.code, query_words(text), vocab)),
                   reasons=[*decision.reasons, f"not said to be men's or boys': {found.code}, in the women's twin of "
                            f"{code[:4]} (chapter 61 note 9, chapter 62 note 8)"])


# --- hs_v6: an article made of the fibre is the article (option "article_not_fibre") --------------------------
_RAW = ("5101", "5102", "5105")
_ARTICLE_CHAPTERS = ("61", "62", "63", "94")


def _article_words() -> frozenset[str]:
    """The words that name made-up textile articles in the nomenclature's own heading texts (chapters 61-63, heading
    94.04: pullover, blouse, quilt, blanket, woman, garment), less the words of the raw-fibre headings 51.01-51.05
    and the words headings of other goods use too (a word of more than one other heading names no article)."""
    from chainlight.classify.nomenclature import english_tokens, index

    texts = index().descriptions
    headings = {c: frozenset(english_tokens(t)) for c, t in texts.items() if len(c) == 4}
    words = {w for c, ws in headings.items() if c[:2] in ("61", "62", "63") or c == "9404" for w in ws}
    raw = {w for c, t in texts.items() if c[:4] in _RAW for w in english_tokens(t)}
    elsewhere: dict[str, int] = {}
    for c, ws in headings.items():
        if c[:2] not in ("61", "62", "63", "64", "65", "94"):
            for w in ws:
                elsewhere[w] = elsewhere.get(w, 0) + 1
    return frozenset(w for w in words - raw if not w.startswith("not_") and elsewhere.get(w, 0) <= 1)


_ARTICLES: list[frozenset[str]] = []  # built once, on the first text that needs it


def apply_article_not_fibre(text: str, decision: Decision, vocab: Vocabulary) -> Decision:
    """Raw wool or fine hair (51.01, 51.02, 51.05) answered for a text that also names a made-up article (羊绒弹力女衫
    "cashmere stretch women's garment", 羊毛被 "wool quilt"): an article made of a material is classified as the
    article, not as the material (Section XI's chapters run from fibre to yarn, fabric and made-up articles; 51.01-
    51.05 hold the fibre not yet spun).  The answer is the best line of the articles' chapters (61-63, 94) for the
    whole text; a text that names no article word, or a stage of the fibre's processing, keeps its answer."""
    if ("article_not_fibre" not in vocab.options or decision.product is not None or decision.choice is None
            or decision.choice.hs6[:4] not in _RAW):
        return decision
    from chainlight.classify.nomenclature import index, query_words
    from chainlight.classify.vote import category_of

    if not _ARTICLES:
        _ARTICLES.append(_article_words())
    if (_NOT_CARDED.search(text) or _COMBED.search(text) or _CARDED.search(text) or _CARBONISED.search(text)
            or _DEGREASED.search(text)):
        return decision  # a stage of processing said is the fibre's ("scoured bedding wool": wool for bedding)
    words = query_words(text)
    named = sorted(_ARTICLES[0] & words.keys())
    if not named:
        return decision
    found = index().best(words, chapters=_ARTICLE_CHAPTERS)
    if found is None:
        return decision
    return replace(decision, choice=HsChoice(found.code, category_of(found.code, words, vocab)),
                   evidence="nomenclature",
                   reasons=[*decision.reasons, f"names an article ({', '.join(named)}), not the fibre: {found.code} "
                            "(an article of a material is classified as the article)"])
