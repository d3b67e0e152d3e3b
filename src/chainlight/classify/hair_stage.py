"""hs_v6: human hair that is no article is hair, unworked unless a working is said (option "unworked_hair").

The nomenclature holds human hair at three stages: heading 05.01 "human hair, unworked, whether or not washed or
scoured; waste of human hair", heading 67.03 "human hair, dressed, thinned, bleached or otherwise worked ...
prepared for use in making wigs", and the articles of 67.04.  Two readings put a text there that the vocabulary's
product words miss:

- a text that names human hair as its material and names no product at all ("non-remy hair, broken and short"),
  or whose last Chinese word is the noun 头发 "(head) hair" (Chinese noun phrases are head-final: 理发后剪下来的头发
  "hair cut off after a haircut"), is the hair itself, not a preparation for the hair (33.05) nor an article;
- a product word the text says the good is the *raw material for making* (真发(制作假发的原材料) "real hair (raw
  material for making wigs)"; "raw material for wigs"; 가발 원료) names only the good's use, as "for making" does
  (vote.apply_for_making).

The hair is 05.01 unless the text says a working of 67.03 (dressed, bleached, drawn, dyed ...).
"""

from __future__ import annotations

import re

from chainlight.classify.decide import Decision
from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import HsChoice, Vocabulary

# "raw material (for making) X" / "X 的原材料" / "X 원료": the product named is what the good is made into
_RAW_MATERIAL_OF = re.compile(r"raw\s+materials?\b|原材料|原料|원료|원재료")
# the head noun "hair" of a Chinese or Korean noun phrase, last in the text (brackets and punctuation aside)
_HEAD_HAIR = re.compile(r"(?:头发|頭發|頭髮|头髮|머리카락)\W*$")
# the workings heading 67.03 names (and the trade's words for them)
_WORKED = re.compile(r"dressed|thinned|bleached|dyed|drawn|processed|permed|"
                     r"漂|染|加工|整理|档|가공|염색|탈색")
# a working said not done (无染无烫 "not dyed, not permed"; undyed, unprocessed) is no working
_NOT_WORKED = re.compile(r"[无未不非没][染烫漂]|\bun(?:dyed|processed|bleached|treated)\b|"
                         r"\bnot\s+(?:dyed|processed|bleached|treated)\b")
_HAIR_HEADINGS = ("0501", "6703")
# English: "hair" with the words of 05.01's own text or the trade's for them (raw, unworked, waste, cut off; not
# "cut" alone: a hair cutting system is a machine)
_EN_HAIR = re.compile(r"\bhair\b")
_EN_UNWORKED = re.compile(r"\braw\b|\bunworked\b|\bwaste\b|freshly\s+cut|\bcut\s+off\b|\bclippings\b|"
                          r"not\s+cleaned|\bunwashed\b")
# Chinese: a run's last dictionary word read "hair" (头发, 毛发, 長髮 "long hair"), or a run ending in 发/髮 ("hair",
# as hair buyers write 辫发, 档发) of a length the text states (hair is sold by length: 10寸, 20英寸, 60cm)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAIR_SENSE = re.compile(r"^(?:(?:long|short) )?hair$")
_LENGTH = re.compile(r"\d+\s*(?:寸|英寸|厘米|公分|cm|inch)")
# an article of hair said in general words (头发制品 "hair articles", "articles of human hair"), and "with": hair
# named after it is a part of the good ("plastic head with human hair implanted"), not the good
_ARTICLE = re.compile(r"制品|製品|成品|\barticles?\b")
# hs_v12 (option raw_hair_trade): the hair trade's own words for hair as it is bought and sold, a qualifier of the
# trade and 发 "hair" ending a Chinese run (the Xuchang trade's names: 小发 "small hair", hair imported raw and short;
# 原发 / 原生发 raw hair; 泉发 / 灵泉发 / 许泉发 and 档发 hair sorted by length, the first working of 67.03).  Read as a
# rule on the hair word and its qualifier, where no product is named, not as a list of titles.
_TRADE_HAIR = re.compile(r"(?:小|原生?|泉|档)[发髮](?![\u4e00-\u9fff])")
_TRADE_SORTED = re.compile(r"[泉档][发髮](?![\u4e00-\u9fff])")
# the reason the stage gives, which the learned heading leaves standing (hs_v12, option hair_stage_stands)
STAGE_REASON = ": human hair itself (heading"
_WITH = re.compile(r"\bwith\b|带|帶|附")


def _human_hair_named(text: str, hits: list[Hit], vocab: Vocabulary) -> bool:
    """Human hair named as the good: as a material, not after "with" (a part of the good)."""
    classes = vocab.family_classes.get("hair", {})
    with_at = m.start() if (m := _WITH.search(text)) else len(text)
    return any(h.meaning.kind == "material" and classes.get(h.meaning.key) == "human" and h.start < with_at
               for h in hits)


def _chinese_hair_head(text: str) -> bool:
    from chainlight.classify.nomenclature import cedict_available, cedict_senses

    if not cedict_available():
        return False
    for run in _HAN_RUN.findall(text):
        for k in range(max(0, len(run) - 4), len(run) - 1):  # the longest dictionary word that ends the run
            senses = cedict_senses(run[k:])
            if senses:
                if _HAIR_SENSE.match(senses[0]):
                    return True
                break
        if run[-1] in "发髮" and len(run) > 1 and _LENGTH.search(text):
            return True
    return False


def apply_unworked_hair(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    if "unworked_hair" not in vocab.options or _ARTICLE.search(text):
        return decision
    if decision.choice is not None and decision.choice.hs6[:4] in _HAIR_HEADINGS:
        return decision
    products = [h for h in hits if h.meaning.kind == "product"]
    if products:
        # every product named lies before "raw material" that the text calls the good (真发(制作...假发的原材料))
        raw = _RAW_MATERIAL_OF.search(text)
        if (raw is None or not _human_hair_named(text, hits, vocab)
                or any(vocab.products[h.meaning.key].family != "hair" for h in products)):
            return decision
        why = f"human hair named as the raw material for making {products[0].term}"
    elif _human_hair_named(text, hits, vocab):
        why = "human hair named, no article of it"
    elif _HEAD_HAIR.search(text) or _chinese_hair_head(text):
        why = "the noun phrase's head is hair, no article of it"
    elif _EN_HAIR.search(text) and _EN_UNWORKED.search(text):
        why = "hair said raw, unworked, waste or cut off"
    elif "raw_hair_trade" in vocab.options and _TRADE_HAIR.search(text):
        why = "a word of the hair trade for hair (a trade qualifier before 发)"
    else:
        return decision
    worked = _WORKED.search(_NOT_WORKED.sub(" ", text)) or (
        "raw_hair_trade" in vocab.options and _TRADE_SORTED.search(text))
    code = "670300" if worked and _RAW_MATERIAL_OF.search(text) is None else "050100"
    heading = "67.03, worked" if code == "670300" else "05.01, unworked"
    return Decision(None, HsChoice(code, "human_hair"), "nomenclature_subheading", "human",
                    [*decision.reasons, f"{why}{STAGE_REASON} {heading})"])
