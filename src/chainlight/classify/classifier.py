"""The classifiers: product text (and an optional declared HS code) to HS-6 and risk category.

`hs_v19` (the default) is `hs_v18` with fillets, fish meat and dried, salted or smoked fish read by the state the title
says and the species a line of the nomenclature names, crustaceans and molluscs moved to the same good's line of the
state said, a blazer or suit jacket read as 62.03 / 62.04's jackets and blazers rather than a coat, and briefs cut for
men (boxer briefs, 드로즈, 平角裤) with no woman named as 61.07's (worked_fish.py, suit_jacket.py, mens_cut.py;
hs_v19/README.md); `hs_v18` (frozen as released) is `hs_v17` with hair curlers said heated or electric read as 85.16's electro-thermic apparatus
wherever the answer came from (and an 85.16 answer said unheated as 96.15's), and a case named with the device it holds
read as the case (powered.py, device_case.py; hs_v18/README.md); `hs_v17` (frozen as released) is `hs_v16` with the line
a title's state or preparation decides as the nomenclature splits it:
fish and seafood breaded, battered or shaped are chapter 16's, a prepared fillet is fish in pieces, preserved roe a
caviar substitute, fish meat off the bone (살, fillet) heading 03.04's, a board game (棋) 95.04's (prepared_state.py;
hs_v17/README.md); `hs_v16` (frozen as released) is `hs_v15` with the head noun of a title that neither the rules
nor hs_v15's table name a good in read in English by a dictionary and matched against the nomenclature's own heading and subheading texts, the title's
other words choosing the subheading (head_gloss.py; hs_v16/README.md); `hs_v15` (frozen as released) is `hs_v14` with
the head noun of a title the rules named no good in read by a dictionary
(jieba and CC-CEDICT for Chinese, kiwipiepy and loanword sounds for Korean, the first phrase for English) against a
table of everyday goods written from the nomenclature (head_noun.py, hs_v15/heads.yaml; hs_v15/README.md);
`hs_v14` (frozen as released) is `hs_v13` with the hair trade's texture names read as hair pieces where no good is named
(texture.py) and the subheading of a learned heading chosen by a model per heading learned from the seen titles and the
nomenclature's subheading texts (learned.py, hs_v14/learned_subheading.json.gz; hs_v14/README.md); `hs_v13` (frozen as
released) is `hs_v12` with fishing tackle, Korean hair pieces named beside the generic 가발, footwear and
shellfish words and brands that hold a product word (hs_v13/vocabulary.yaml, README there); `hs_v12` (frozen as
released) is `hs_v11` with eye preparations, smart watches and the raw-hair trade's words read by
rules (hs_v12/vocabulary.yaml); `hs_v11` (frozen as released) is `hs_v10` with Korean loanwords read back as English trade words by a table written from
their pronunciation (hs_v11/loanwords.csv, loanwords.py) and smoked fish kept in chapter 3 (hs_v11/vocabulary.yaml);
`hs_v10` (frozen as released) is `hs_v9` with wig caps read as knitted headgear (65.05, knitwear) unless a silk or satin
cap is said (hs_v10/vocabulary.yaml); `hs_v9` (frozen as released) is `hs_v8` with knitted pile (fleece) read as
knitted, an accessory named before "for" read as itself, not as the wig or lash it serves, and the learned category where the learned heading is a risk good's
(hs_v9/vocabulary.yaml, compounds.py, learned.py); `hs_v8` (frozen
as released) is `hs_v7` with footwear read by the material of its upper and a learned HS heading where the
rules answered from the nomenclature alone (hs_v8/vocabulary.yaml, learned.py); `hs_v7` (frozen as released) is `hs_v6`
with a learned risk category where the rules answer `unknown` (hs_v7/vocabulary.yaml, learned.py); `hs_v6` (frozen as
released) is `hs_v5` with one more layer (hs_v6/vocabulary.yaml and the rules its
options switch on);
`hs_v5` (frozen as released) is `hs_v4` with the layer hs_v5/vocabulary.yaml, the rules its options switch on and
its own Korean reader, hs_v5/korean.yaml; `hs_v4` (frozen as released) is `hs_v3` with the layer hs_v4/vocabulary.yaml;
`hs_v3` (frozen as released) reads the hand vocabulary of hs_v1/*.yaml with its own layer (hs_v3/vocabulary.yaml)
and the HS nomenclature's own texts as a second voice (vote.py, nomenclature.py); `hs_v2` reads the hs_v1
vocabulary alone.  Choose with `Classifier(version="hs_v3")` or the environment variable
CHAINLIGHT_CLASSIFIER=hs_v3 (read when a Classifier is made, so the pipeline and the CLI follow it).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from chainlight.classify.decide import Decision, decide, is_user
from chainlight.classify.hs_table import HsTable
from chainlight.classify.korean_reader import read_korean
from chainlight.classify.loanphrase import LoanPhrases
from chainlight.classify.matcher import Hit, Matcher
from chainlight.classify.normalize import normalize_hs, normalize_text
from chainlight.classify.vocabulary import Meaning, Vocabulary, load_vocabulary
from chainlight.model.product import Classification, HsCode

NAME = "hs_v19"
VERSIONS = ("hs_v2", "hs_v3", "hs_v4", "hs_v5", "hs_v6", "hs_v7", "hs_v8", "hs_v9", "hs_v10", "hs_v11", "hs_v12",
            "hs_v13", "hs_v14", "hs_v15", "hs_v16", "hs_v17", "hs_v18", "hs_v19")
ENV = "CHAINLIGHT_CLASSIFIER"
# Vocabulary layers each version reads on top of hs_v1/*.yaml (hs_v2 reads none).
# hs_v3 is frozen as it was released (answers of sets 1-7 at fe365f3); hs_v4 is hs_v3 with the layer hs_v4/vocabulary.yaml,
# whose options switch on the rules it adds: a verdict recorded with either version stays reproducible.  hs_v4 is
# frozen in turn (answers of sets 1-8 and labelled.csv at 735b861, tests/classify/fixtures/hs_v4_answers.tsv); hs_v5
# adds hs_v5/vocabulary.yaml the same way; hs_v5 is frozen too (answers of sets 1-8 and labelled.csv,
# tests/classify/fixtures/hs_v5_answers.tsv) and hs_v6 adds hs_v6/vocabulary.yaml; hs_v6 is frozen in turn (answers of
# sets 1-13 and labelled.csv, tests/classify/fixtures/hs_v6_answers.tsv) and hs_v7 adds hs_v7/vocabulary.yaml, whose
# option learned_fill gives a learned risk category where the rules answer `unknown` (learned.py); hs_v7 is frozen in turn
# (answers of sets 1-14 and labelled.csv, tests/classify/fixtures/hs_v7_answers.tsv) and hs_v8 adds hs_v8/vocabulary.yaml:
# footwear by its upper (chapter 64) and the option learned_heading (a learned heading over a nomenclature-only answer);
# hs_v8 is frozen in turn (answers of sets 1-15 and labelled.csv, tests/classify/fixtures/hs_v8_answers.tsv) and hs_v9
# adds hs_v9/vocabulary.yaml: knitted pile (fleece) read as knitted, accessories named before "for", the category
# following a learned risk heading (option risk_heading_category); hs_v9 is frozen in turn (answers of sets 1-16 and
# labelled.csv, tests/classify/fixtures/hs_v9_answers.tsv) and hs_v10 adds hs_v10/vocabulary.yaml: wig caps knitted
# headgear (the lead's label decision of round 21); hs_v10 is frozen in turn (answers of sets 1-17 and labelled.csv,
# tests/classify/fixtures/hs_v10_answers.tsv) and hs_v11 adds hs_v11/vocabulary.yaml: Korean loanwords read back by a
# table written from their pronunciation (loanwords.py) and smoked fish kept in chapter 3 (round 22); hs_v11 is frozen in turn (answers of sets 1-18 and labelled.csv,
# tests/classify/fixtures/hs_v11_answers.tsv) and hs_v12 adds hs_v12/vocabulary.yaml (round 23); hs_v12 is frozen in turn
# (answers of sets 1-19 and labelled.csv, tests/classify/fixtures/hs_v12_answers.tsv) and hs_v13 adds hs_v13/vocabulary.yaml
# (round 24); hs_v13 is frozen in turn (answers of sets 1-20 and labelled.csv, tests/classify/fixtures/hs_v13_answers.tsv)
# and hs_v14 adds hs_v14/vocabulary.yaml (round 25); hs_v14 is frozen in turn (answers of sets 1-21 and labelled.csv,
# tests/classify/fixtures/hs_v14_answers.tsv) and hs_v15 adds hs_v15/vocabulary.yaml (round 26: head_noun.py); hs_v15 is
# frozen in turn (answers of sets 1-22 and labelled.csv, tests/classify/fixtures/hs_v15_answers.tsv) and hs_v16 adds
# hs_v16/vocabulary.yaml (round 27: head_gloss.py); hs_v16 is frozen in turn (answers of sets 1-23 and labelled.csv,
# tests/classify/fixtures/hs_v16_answers.tsv) and hs_v17 adds hs_v17/vocabulary.yaml (round 27b: prepared_state.py);
# hs_v17 is frozen in turn (answers of sets 1-23 and labelled.csv, tests/classify/fixtures/hs_v17_answers.tsv) and hs_v18
# adds hs_v18/vocabulary.yaml (round 28: powered.py, device_case.py); hs_v18 is frozen in turn (answers of sets 1-23 and
# labelled.csv, tests/classify/fixtures/hs_v18_answers.tsv) and hs_v19 adds hs_v19/vocabulary.yaml (round 28:
# worked_fish.py, suit_jacket.py, mens_cut.py).
LAYERS = {"hs_v3": ("hs_v3/vocabulary.yaml",), "hs_v4": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml"),
          "hs_v5": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml"),
          "hs_v6": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                    "hs_v6/vocabulary.yaml"),
          "hs_v7": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                    "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml"),
          "hs_v8": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                    "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml"),
          "hs_v9": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                    "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                    "hs_v9/vocabulary.yaml"),
          "hs_v10": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml"),
          "hs_v11": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml"),
          "hs_v12": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml"),
          "hs_v13": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml"),
          "hs_v14": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml"),
          "hs_v15": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml",
                     "hs_v15/vocabulary.yaml"),
          "hs_v16": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml",
                     "hs_v15/vocabulary.yaml", "hs_v16/vocabulary.yaml"),
          "hs_v17": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml",
                     "hs_v15/vocabulary.yaml", "hs_v16/vocabulary.yaml", "hs_v17/vocabulary.yaml"),
          "hs_v18": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml",
                     "hs_v15/vocabulary.yaml", "hs_v16/vocabulary.yaml", "hs_v17/vocabulary.yaml",
                     "hs_v18/vocabulary.yaml"),
          "hs_v19": ("hs_v3/vocabulary.yaml", "hs_v4/vocabulary.yaml", "hs_v5/vocabulary.yaml",
                     "hs_v6/vocabulary.yaml", "hs_v7/vocabulary.yaml", "hs_v8/vocabulary.yaml",
                     "hs_v9/vocabulary.yaml", "hs_v10/vocabulary.yaml", "hs_v11/vocabulary.yaml",
                     "hs_v12/vocabulary.yaml", "hs_v13/vocabulary.yaml", "hs_v14/vocabulary.yaml",
                     "hs_v15/vocabulary.yaml", "hs_v16/vocabulary.yaml", "hs_v17/vocabulary.yaml",
                     "hs_v18/vocabulary.yaml", "hs_v19/vocabulary.yaml")}
READERS = ("hs_v3", "hs_v4", "hs_v5", "hs_v6", "hs_v7", "hs_v8", "hs_v9", "hs_v10", "hs_v11", "hs_v12",
           "hs_v13", "hs_v14", "hs_v15", "hs_v16", "hs_v17", "hs_v18", "hs_v19")  # versions that read the nomenclature as a second voice (vote.py)
# hs_v6's readings of the words around a hit before the decision (compounds.py)
_COMPOUND_OPTIONS = frozenset({"negated_product", "name_not_noun", "modifier_not_head", "frozen_over_fresh",
                               "one_syllable_material", "head_final", "dictionary_state",
                               "piece_over_generic", "gift_box_contents", "for_user_not_good"})
_NO_MEANING = Meaning("neutral", "")
_NO_PRODUCT = "no product named in the text"  # decide.decide's reason when the vocabulary names no good
# Goods the English of a dictionary does not name well enough to classify: a garment's risk category is its
# construction (knitted or woven, chapters 61/62), which the vocabulary's own garment words carry (毛衣 @knit) and a
# dictionary's English does not (上衣 "jacket", 상의 上衣 "coat", 和袍 "gown" say the cut); such titles stay with the
# nomenclature's reading, which weighs the construction the title states.
_NOT_GLOSSED = frozenset({"garment"})


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """The text in simplified Chinese characters (OpenCC t2s; other scripts unchanged)."""
    return str(_t2s().convert(text))  # type: ignore[attr-defined]


class Classifier:
    """Rules from HS texts and trade vocabulary in English, Chinese and Korean (see hs_v1/*.yaml)."""

    def __init__(self, hs_codes: Sequence[HsCode] | None = None, config: Path | None = None,
                 version: str | None = None) -> None:
        self.version = version or os.environ.get(ENV) or NAME
        if self.version not in VERSIONS:
            raise ValueError(f"unknown classifier {self.version!r}; one of {', '.join(VERSIONS)}")
        self.vocabulary: Vocabulary = load_vocabulary(config, LAYERS.get(self.version, ()))
        self._matcher = Matcher(self.vocabulary.terms)
        self.hs = HsTable.from_codes(hs_codes) if hs_codes else HsTable.reference()
        # Bills of lading repeat the same few descriptions thousands of times.
        self._decide = lru_cache(maxsize=65536)(self._decide_uncached)
        # ... and a stream repeats the same raw text: its whole answer is kept too (classify, no declared code), and a
        # repeat is a copy under its own id; keyed on the raw text, as the learned models read it
        self._answer = lru_cache(maxsize=65536)(self._answer_uncached)
        self._loan_phrases: LoanPhrases | None = None  # hs_v6: Korean loanword phrases (loanphrase.py), made at first use

    def _decide_uncached(self, text: str) -> Decision:
        if "traditional_hair" in self.vocabulary.options and "髮" in text:
            # hs_v13: 髮, the traditional character for hair, read in simplified Chinese (OpenCC t2s): the vocabulary's
            # traditional variants write 發 for the 发 of 发片 / 接发, so 局部髮片 is read as 局部发片
            text = _simplified(text)
        if "korean_reader" in self.vocabulary.options:  # hs_v5+: its own Korean reader first (korean_reader.py)
            text = read_korean(text)
        if "shop_phrases" in self.vocabulary.options and not text.isascii():  # hs_v10: the shop's words cut out
            from chainlight.classify.compounds import without_shop_phrases

            text = without_shop_phrases(text, self.vocabulary)
        hits = self._matcher.find(text)
        if "loanword_table" in self.vocabulary.options and not text.isascii():  # hs_v11 (loanwords.py)
            from chainlight.classify.loanwords import read_loanwords

            if (read := read_loanwords(text, hits)) is not None:
                text, hits = read, self._matcher.find(read)
        if "hair_piece_family" in self.vocabulary.options and not text.isascii():  # hs_v10 (compounds.py)
            from chainlight.classify.compounds import hair_piece_family

            hits = hair_piece_family(text, hits, self.vocabulary)
        if "knit_noun" in self.vocabulary.options and not text.isascii():  # hs_v10 (compounds.py)
            from chainlight.classify.compounds import knit_noun

            hits = knit_noun(text, hits, self.vocabulary)
        if "loanword_phrases" in self.vocabulary.options and not text.isascii():
            from chainlight.classify.loanphrase import with_loan_phrases

            if self._loan_phrases is None:
                self._loan_phrases = LoanPhrases(self.vocabulary.terms)
            agree = self.vocabulary.terms if "loan_phrase_agrees" in self.vocabulary.options else None  # hs_v11
            hits = with_loan_phrases(text, hits, self._loan_phrases, agree)
        if "lexicon_gloss" in self.vocabulary.options and not text.isascii():
            text, hits = self._glossed(text, hits)
        if self.version in READERS:
            from chainlight.classify.vote import prepare_hits, vote

            hits = prepare_hits(text, hits, self._matcher)
            if "device_case" in self.vocabulary.options:  # hs_v18: a device's case named beside it (device_case.py)
                from chainlight.classify.device_case import device_cases

                hits = device_cases(text, hits)
            if "texture_alone" in self.vocabulary.options:  # hs_v14: the hair trade's texture names (texture.py)
                from chainlight.classify.texture import REASON, texture_alone

                hits, made = texture_alone(text, hits, self.vocabulary)
                if made:
                    decision = vote(text, decide(text, hits, self.vocabulary), self.vocabulary, hits)
                    return replace(decision, reasons=[REASON, *decision.reasons])
            if self.vocabulary.options & _COMPOUND_OPTIONS:  # hs_v6: product words that name no good (compounds.py)
                from chainlight.classify.compounds import (
                    blank,
                    frozen_over_fresh,
                    not_goods,
                    one_syllable_materials,
                )

                hits = one_syllable_materials(text, frozen_over_fresh(text, hits, self.vocabulary), self.vocabulary)
                if "korean_loan_syllables" in self.vocabulary.options:
                    from chainlight.classify.compounds import korean_loan_syllables

                    hits = korean_loan_syllables(text, hits, self.vocabulary)
                if "dictionary_state" in self.vocabulary.options:
                    from chainlight.classify.compounds import dictionary_states

                    hits = dictionary_states(text, hits, self.vocabulary)

                spans = not_goods(text, hits, self.vocabulary)
                if spans:
                    text = blank(text, spans)
                    hits = [h for h in hits if not any(s.start <= h.start and h.end <= s.end for s in spans)]
                    decision = vote(text, decide(text, hits, self.vocabulary), self.vocabulary, hits)
                    return replace(decision, reasons=[*(s.why for s in spans), *decision.reasons])
            return vote(text, decide(text, hits, self.vocabulary), self.vocabulary, hits)
        return decide(text, hits, self.vocabulary)

    def _glossed(self, text: str, hits: list[Hit]) -> tuple[str, list[Hit]]:
        """hs_v6: a Chinese or Korean title in which the vocabulary names no good is read with the English of its
        words (lexicon.py: CC-CEDICT, Sino-Korean through Hanja, loanwords by sound) after it, where that English
        names a good the English vocabulary knows; the title's own words keep their place."""
        if any(h.meaning.kind == "product" for h in hits):
            return text, hits
        from chainlight.classify.lexicon import gloss

        # a word the vocabulary read (a material, a cue, a user suffix: 专用) is read as the vocabulary reads it, and
        # a word followed by a user suffix (植睫专用黑胶: glue for lash grafting) names what the good serves
        suffixes = self.vocabulary.user_suffixes

        def skip(start: int, end: int) -> bool:
            return any(h.start < end and start < h.end for h in hits) or is_user(
                Hit(start, end, "", _NO_MEANING), text, suffixes)

        english = gloss(text, skip)
        if not english.text:
            return text, hits
        glossed = f"{text} ({english.text})"
        found = self._matcher.find(glossed)
        products = self.vocabulary.products
        at = len(text) + 2  # where the English starts
        if not any(h.meaning.kind == "product" and h.start >= at and english.at_head(h.start - at, h.end - at)
                   and getattr(products.get(h.meaning.key), "family", "") not in _NOT_GLOSSED for h in found):
            return text, hits
        return glossed, found

    def classify(self, id: str, text: str, declared_hs: str | None = None) -> Classification:
        if declared_hs is None:
            done = copy(self._answer(text))
            done.id = id
            return done
        return self._classification(id, text, declared_hs, self._decide(normalize_text(text or "")))

    def _answer_uncached(self, text: str) -> Classification:
        return self._classification("", text, None, self._decide(normalize_text(text or "")))

    def forget(self) -> None:
        """Forget every kept decision and answer (benchmarks measure a first sight after it)."""
        self._decide.cache_clear()
        self._answer.cache_clear()

    def _classification(self, id: str, text: str, declared_hs: str | None, decision: Decision) -> Classification:
        declared = normalize_hs(declared_hs)
        reasons = list(decision.reasons)
        hs6 = decision.choice.hs6 if decision.choice else None
        category = decision.choice.category if decision.choice else "unknown"
        confidence = self._confidence(decision.evidence) if decision.choice else 0.0
        if (hs6 is not None and declared is None and "learned_heading" in self.vocabulary.options
                and _NO_PRODUCT in decision.reasons and not self._hair_stage_stands(decision)):
            hs6 = self._learned_heading(text, hs6, category, reasons,
                                        "learned_subheading" in self.vocabulary.options)
            if category == "other" and "risk_heading_category" in self.vocabulary.options:
                category, confidence = self._risk_heading_category(text, category, confidence, reasons)
        mismatch = False
        if declared is not None:
            known = self.hs.exists(declared)
            if known is False:
                reasons.append(f"declared code {declared} is not in HS 2022")
                declared_ok = False
            else:
                declared_ok = True
            if declared_ok and hs6 is None:
                hs6, category, confidence = self._from_declared(declared, reasons)
            elif declared_ok and hs6 is not None:
                mismatch, hs6, confidence = self._check(declared, hs6, decision, confidence, reasons)
        if hs6 is not None and confidence < self.vocabulary.min_confidence:
            reasons.append(f"unsure: best guess {hs6} {category} at {confidence:.2f}")
            hs6, category = None, "unknown"
        if category == "unknown" and "learned_fill" in self.vocabulary.options:
            category, confidence = self._learned_fill(text, reasons)
        return Classification(
            id=id, text=text, hs6=hs6, hs4=hs6[:4] if hs6 and len(hs6) >= 4 else None,
            hs_description=self.hs.description(hs6) if hs6 else None, risk_category=category,
            confidence=round(confidence, 3), declared_hs=declared_hs, hs_mismatch=mismatch,
            reasons=tuple(reasons), classifier=self.version)

    def classify_many(self, items: Iterable[tuple[str, str, str | None]]) -> list[Classification]:
        """The batch path: what classify() answers for each (id, text, declared code), with the work shared across
        the batch.  Each distinct text is normalised once and each distinct normalised text decided once (as
        classify's cache does, but without its hashing of a title per item); each distinct (text, declared code)
        is checked against the declared code once, and its later items are copies under their own id.  Bills of
        lading and listings repeat a few descriptions many times; a batch of distinct titles costs what classify
        costs (tests/classify/test_batch.py proves the answers equal on every seen title)."""
        normalised: dict[str, str] = {}
        built: dict[tuple[str, str | None], Classification] = {}
        out: list[Classification] = []
        for id, text, declared in items:
            raw = text or ""
            done = built.get((raw, declared))
            if done is not None:
                out.append(replace(done, id=id, text=text))
                continue
            key = normalised.get(raw)
            if key is None:
                key = normalised[raw] = normalize_text(raw)
            c = self._classification(id, text, declared, self._decide(key))
            built[(raw, declared)] = c
            out.append(c)
        return out

    def _hair_stage_stands(self, decision: Decision) -> bool:
        """hs_v12 (option hair_stage_stands): human hair read as the good itself by the nomenclature's stages of hair
        (hair_stage.py: 05.01 unworked, 67.03 worked) is not moved to the articles of 67.04 by the learned heading,
        which has seen far more bundles and wigs named by "hair" than hair itself."""
        if "hair_stage_stands" not in self.vocabulary.options:
            return False
        from chainlight.classify.hair_stage import STAGE_REASON

        return any(STAGE_REASON in r for r in decision.reasons)

    @staticmethod
    def _learned_heading(text: str, hs6: str, category: str, reasons: list[str], subheading: bool = False) -> str:
        """hs_v8: the rules named no good and the nomenclature alone answered; the heading of the model learned
        from the analysts' labels of the seen titles where it is sure enough and its seen titles of that heading
        carry the rules' category (learned.py); its six digits the subheading those titles carry most often.  The
        category stays the rules'."""
        from chainlight.classify.learned import HEADING_P, heading_of, shipped_heading

        model = shipped_heading()
        heading, p = heading_of(text)
        if p < HEADING_P or heading == hs6[:4]:
            return hs6
        code = model.subheading.get(heading)
        if code is None:
            return hs6
        reasons.append(f"heading {heading} by the learned model (p={p:.2f}) over the nomenclature's {hs6}: "
                       f"{code}, the subheading its seen titles carry most often")
        if subheading:  # hs_v14: the subheading by the heading's own learned model where it is sure enough
            from chainlight.classify.learned import SUBHEADING_P, shipped_subheading

            found = shipped_subheading().best(text, heading)
            if found is not None and found[1] >= SUBHEADING_P and found[0] != code:
                reasons.append(f"subheading {found[0]} by the heading's learned model (p={found[1]:.2f}) over {code}")
                return found[0]
        return code

    @staticmethod
    def _risk_heading_category(text: str, category: str, confidence: float,
                               reasons: list[str]) -> tuple[str, float]:
        """hs_v9: the rules named no good and called the title `other` from the nomenclature; where the learned heading
        is sure (p >= FOLLOW_HEADING_P) of a heading whose seen titles all carry a risk category, and the learned
        category model names one of those categories (p >= FOLLOW_CATEGORY_P), the category is the learned one: two
        models fitted apart agree on a risk good (chosen leave-one-set-out: benchmarks/classify/realworld/follow.py)."""
        from chainlight.classify.learned import (
            FOLLOW_CATEGORY_P,
            FOLLOW_HEADING_P,
            heading_of,
            shipped,
            shipped_heading,
        )
        from chainlight.classify.types import HAIR_GOODS

        heading, p = heading_of(text)
        kinds = shipped_heading().categories.get(heading, frozenset())
        if p < FOLLOW_HEADING_P or not kinds or not kinds <= HAIR_GOODS | {"knitwear"}:
            return category, confidence
        learned, q = shipped().best(text)
        if learned not in kinds or q < FOLLOW_CATEGORY_P:
            return category, confidence
        reasons.append(f"category {learned} by the learned model (p={q:.2f}), as heading {heading} (p={p:.2f}) "
                       f"carries it; the rules named no good")
        return learned, round(min(p, q), 3)

    @staticmethod
    def _learned_fill(text: str, reasons: list[str]) -> tuple[str, float]:
        """hs_v7: the rules named no good; the learned model's risk category where it is sure enough (learned.py).
        The answer says who decided: the rules, or the learned model and its probability."""
        from chainlight.classify.learned import FILL_P, shipped

        category, p = shipped().best(text)
        if category == "unknown" or p < FILL_P:
            reasons.append(f"learned model: {category} p={p:.2f}, under {FILL_P}: the rules' unknown stands")
            return "unknown", 0.0
        reasons.append(f"decided by the learned model (no HS code): {category} p={p:.2f}; the rules named no good")
        return category, round(p, 3)

    def _confidence(self, evidence: str) -> float:
        if evidence.startswith("nomenclature"):
            from chainlight.classify.vote import CONFIDENCE

            return CONFIDENCE.get(evidence, 0.6)
        return self.vocabulary.calibration.get(evidence, 0.5)

    def _from_declared(self, declared: str, reasons: list[str]) -> tuple[str | None, str, float]:
        if len(declared) != 6:
            reasons.append(f"declared code {declared} is not a subheading; the text names no product")
            return None, "unknown", 0.0
        table = self.vocabulary.declared_categories
        prefix = next((p for p in sorted(table, key=len, reverse=True) if declared.startswith(p)), None)
        reasons.append(f"the text names no product; declared code {declared} used")
        return declared, table[prefix] if prefix else "other", self._confidence("declared_only")

    def _check(self, declared: str, hs6: str, decision: Decision, confidence: float,
               reasons: list[str]) -> tuple[bool, str, float]:
        if declared[:4] != hs6[:4]:
            reasons.append(f"declared {declared} disagrees with the text ({hs6}) at HS-4")
            return True, hs6, min(confidence, self._confidence("declared_disagrees"))
        # Same heading: a declared subheading settles what the text left to a default (material unstated).
        if len(declared) == 6 and declared != hs6 and "|stated|" not in decision.evidence:
            reasons.append(f"declared subheading {declared} used; the text does not state the material")
            hs6 = declared if declared in self.hs or not self.hs.complete else hs6
        return False, hs6, max(confidence, self._confidence("declared_agrees"))
