"""hs_v3: the hs_v2 vocabulary's decision, with the nomenclature reader (nomenclature.py) as a second voice.

1. The vocabulary names no product: the best HS 2022 subheading by BM25 over the nomenclature's texts is the
   answer when it scores at least MIN_SCORE and leads the best subheading of any other heading by MIN_MARGIN;
   otherwise `unknown` stands (a title that names no good scores low everywhere).
2. The vocabulary named a product but no material decided its subheading (it fell back to a default): the
   nomenclature votes among the subheadings of the same heading, and its choice is taken when it leads the
   runner-up of that heading by SUBHEADING_MARGIN.
3. Otherwise the vocabulary's answer stands (the nomenclature is not consulted: it costs time and, on the dev
   half, overruling a named product lost more than it won).

The thresholds were set on the dev half of benchmarks/classify/realworld/titles.csv only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from chainlight.classify.decide import Decision, _is_user, decide
from chainlight.classify.matcher import Hit, Matcher
from chainlight.classify.nomenclature import (
    _PC_WORDS,
    NEGATED,
    Match,
    english_tokens,
    glossary,
    glossary_spans,
    index,
    query_words,
)
from chainlight.classify.normalize import normalize_text
from chainlight.classify.notes import (
    apply_artificial_flowers,
    apply_base_metal,
    apply_cordage,
    apply_other_material,
    computer_specs,
    excluded_line,
    excluded_words,
    furniture_set,
    powered_heading,
    prepared_plant,
    pure_textile,
    residual_heading,
    residual_material,
    residual_part,
    residual_use,
    stated_material,
)
from chainlight.classify.vocabulary import HsChoice, Vocabulary

MIN_SCORE = 8.0
MIN_MARGIN = 0.0
SUBHEADING_MARGIN = 2.0
RAW_SHARE = 0.5
# Words that name a class of goods, no good: an answer carried by these alone is no answer ("garments", 의류)
_NO_PRODUCT = "no product named in the text"  # decide.decide's reason where the vocabulary names no good
HEAD_GLOSS_REASON = "head noun in the nomenclature"  # hs_v16: the reason of an answer read by head_gloss.py
HEAD_NOUN_REASON = "head noun"  # hs_v15: the reason that starts an answer of the head nouns' table
_GENERIC = frozenset({"garment", "clothing", "cloth", "apparel", "wear", "article", "good", "textile", "fabric"})  # a raw good of chapter 2/3 scoring this share of a chapter 16 answer replaces it
CONFIDENCE = {"nomenclature": 0.6, "nomenclature_subheading": 0.8}
_HAIR_WORDS = {"wig": "wigs", "eyelash": "false_eyelashes", "lash": "false_eyelashes"}
# Words of a preparation (chapter 16): cooked, canned, seasoned, in sauce ... in the three languages
_PREPARED = re.compile(r"cook|can(?:ned)?\b|season|sauce|marinat|smok|fried|breaded|prepared|preserved|paste|ready|"
                       r"熟|即食|罐头|调味|卤|酱|香辣|젓갈|젓|조미|양념|통조림|구이|조림|훈제|어묵|쥐포|채")

# hs_v11 (option smoked_fish): smoking alone leaves fish in chapter 3 (03.05 "smoked fish, whether or not cooked before
# or during the smoking process"); the words of a preparation less those of smoking
_PREPARED_NOT_SMOKED = re.compile(_PREPARED.pattern.replace("smok|", "").replace("|훈제", ""))

_SMOKED = re.compile(r"\bsmoked\b|훈제|熏|燻")
# hs_v11 (option korean_state_word): 생 "fresh, raw" and 활 "live" standing as words before a Korean noun
_KOREAN_STATE = re.compile(r"(?:^|[\s\])】,])(생|활) +[\uac00-\ud7a3]")

# Cooked (not only smoked or salted): fish and molluscs so treated are preparations of chapter 16.
_USE_WORDS = re.compile(r"烧烤|火锅")
# hs_v12 (option excluded_not_state): words of a state the readings give (冻 "frozen" is read "cold"), which name no
# good a line excludes (0306.17 "excluding cold-water varieties")
_READ_STATE_WORDS = frozenset({"cold", "chill", "chilled", "frozen", "freez", "fresh", "live", "ice"})
# hs_v12 (option live_fish): fish said to be live (鲜活, 活鱼, 활어, live) are heading 03.01, not the fresh fish of
# 03.02 ("live, fresh or chilled" is one line for crustaceans and molluscs, two headings for fish)
_LIVE = re.compile(r"鲜活|活体|活鱼|\blive\b|활어|(?<![\uac00-\ud7a3])활(?![\uac00-\ud7a3])")


def apply_live_fish(text: str, decision: Decision) -> Decision:
    """Fish answered as fresh (03.02) that the text says are live: the line of 03.01 the title's words read (its
    species), else 0301.99."""
    if decision.choice is None or not decision.choice.hs6.startswith("0302") or _LIVE.search(text) is None:
        return decision
    found = index().best(query_words(text), within="0301")
    code = found.code if found is not None and found.margin > 0.0 else "030199"
    return replace(decision, choice=HsChoice(code, decision.choice.category),
                   reasons=[*decision.reasons, f"said to be live: {code} (heading 03.01, live fish)"])
_COOKED = re.compile(r"\bcook|\bboil|\bsteam|\bgrill|\broast|\bbroil|熟|煮|蒸|烤|삶은|데친|자숙|익힌|찐|구운")
# (chapter 2 too: its meat is fresh, chilled, frozen, salted, dried or smoked; cooked meat is a chapter-16
# preparation, chapter 2 note 1(a) and heading 16.02)
_RAW_NOT_COOKED = frozenset({"0301", "0302", "0303", "0304", "0307", "0308",
                             "0201", "0202", "0203", "0204", "0205", "0206", "0207", "0208"})
# Put up as a preserve: canned, in airtight containers, in oil. Fish, crustaceans and meat so put up are
# preparations of chapter 16 (the note to chapter 3 excludes them), whatever else the text names.
_PRESERVED = re.compile(r"\b(?:canned|tinned|airtight|in (?:\w+ )?oil)\b|罐头|罐装|油浸|통조림|기름에 담|밀폐")
# Words of the state of a good, not of the good (stemmed as the index stems them).
# words that name fish cut up (heading 03.04 and its like): without one, fish are fish as caught
_CUT_FISH = frozenset(english_tokens("fillet fillets meat minced mince steaks portions loins flakes surimi paste "
                                     "sashimi saku"))
_STATE_WORDS = frozenset(english_tokens("frozen chilled fresh live dried salted smoked boiled cooked steamed "
                                        "prepared preserved airtight container canned tinned"))

# Words of how a food was prepared: like the state words, they name no good ("roasted" is in 11.07's malt)
_STATE_OR_PREPARED = _STATE_WORDS | frozenset(english_tokens("roasted grilled toasted seasoned fried"))


def _names_the_kind(m: Match, default: str) -> bool:
    """Fish and seafood: the text names the kind (catfish, Ictalurus) that a subheading lists and the default
    ("of fish n.e.c.") does not, in the state the default stands for (frozen): that subheading, whatever the
    margin over its fresh twin the text cannot tell apart."""
    if default[:2] not in ("03", "16"):
        return False
    ix = index()
    pick = set(english_tokens(ix.descriptions.get(m.code, "")))
    own = set(english_tokens(ix.descriptions.get(default, "")))
    other = own | set(english_tokens(ix.descriptions.get(default[:4], "")))
    named = [w for w in m.words if w not in _STATE_WORDS and w in pick and w not in other]
    return bool(named) and (own & _STATE_WORDS) <= pick


_RESIDUAL = re.compile(r"n\.e\.c\. in heading|other than fish of heading")


@lru_cache(maxsize=4096)
def _own_words(code: str) -> frozenset[str]:
    """The words of a code's own description (the nomenclature's texts do not change)."""
    return frozenset(english_tokens(index().descriptions.get(code, "")))


@lru_cache(maxsize=4096)
def _residuals(heading: str) -> tuple[str, ...]:
    """The subheadings "n.e.c." of a heading of chapter 3."""
    return tuple(c for c, d in index().descriptions.items() if len(c) == 6 and c[:4] == heading
                 and _RESIDUAL.search(d))


def residual_kind(code: str, words: dict[str, float]) -> str:
    """Fish, molluscs (chapter 3): a subheading the text chose by its state alone ("frozen fish" for hairtail,
    which no subheading lists) gives way to the heading's subheading "n.e.c." in the state the text names
    (0303.89 frozen fish n.e.c.; 0304.89 frozen fillets n.e.c.)."""
    if code[:2] != "03":
        return code
    own, heading = _own_words(code), _own_words(code[:4])
    if any(w in own and w not in heading and w not in _STATE_WORDS for w in words):
        return code  # the text names the kind the subheading lists (skipjack, catfish)
    residuals = _residuals(code[:4])
    if not residuals:
        return code

    def says(c: str) -> int:
        return len(_own_words(c) & set(words) & _STATE_WORDS)

    return max(residuals, key=says)  # the first of the best: max keeps the first


def state_agrees(code: str, words: dict[str, float]) -> str:
    """Seafood of chapter 3: a subheading whose own text names a state (frozen) other than the one the text
    names (dried), where a sibling names the text's state, gives way to the sibling that says most of the text's
    words (dried sea cucumbers: 0308.19, not the shorter 0308.12 "frozen" every 0308 text shares "dried" with)."""
    if code[:2] != "03":  # chapter 16 is told by the preparation, not by these states (sardines "in airtight")
        return code
    said = set(words) & _STATE_WORDS
    own = _own_words(code) & _STATE_WORDS
    if not said or not own or own & said:
        return code
    lo, hi = index()._range.get(code[:4], (0, 0))
    siblings = [c for c in index().codes[lo:hi] if _own_words(c) & said]
    if not siblings:
        # no line of the heading is in that state (live halibut, 03.03 frozen): the heading of the chapter whose
        # text says it (03.01 live fish), and its line that says most of the text's words
        ix = index()
        headings = [h for h in ix._range if h[:2] == code[:2] and _own_words(h) & said]
        found = [m for h in headings if (m := ix.best(words, within=h)) is not None]
        return max(found, key=lambda m: m.score).code if found else code

    def says(c: str) -> float:
        return sum(q for w, q in words.items() if w in _own_words(c))

    return max(siblings, key=says)  # the first of the best


def category_of(code: str, words: dict[str, float], vocab: Vocabulary) -> str:
    """The risk category of a subheading the nomenclature chose: the vocabulary's table for declared codes
    (chapter 61 and 6505 are knitwear, 6703 and 0501 human hair), hair goods of 6704 by what the text names."""
    if code.startswith("6704"):
        for word, category in _HAIR_WORDS.items():
            if word in words:
                return category
    table = vocab.declared_categories
    prefix = next((p for p in sorted(table, key=len, reverse=True) if code.startswith(p)), None)
    return table[prefix] if prefix else "other"


def _describe(m: Match) -> str:
    return (f"nomenclature: {m.code} scores {m.score:.1f}, {m.margin:.1f} above the next heading "
            f"(words: {', '.join(m.words[:6])})")


@lru_cache(maxsize=1)
def authority() -> dict[str, Any]:
    """hs_v3/authority.yaml, with its festive words compiled to one pattern."""
    text = (resources.files("chainlight.classify") / "hs_v3" / "authority.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    words = [normalize_text(w) for ws in data["festive"]["words"].values() for w in ws]
    latin = [re.escape(w) for w in words if w.isascii()]
    other = [re.escape(w) for w in words if not w.isascii()]
    data["festive_re"] = re.compile("|".join([rf"\b(?:{'|'.join(latin)})\b", *other]))
    set_words = [normalize_text(w) for ws in data["sets"]["words"].values() for w in ws]
    data["sets_re"] = re.compile("|".join([rf"\b(?:{'|'.join(re.escape(w) for w in set_words if w.isascii())})\b",
                                           *[re.escape(w) for w in set_words if not w.isascii()]]))
    return data


def apply_sets(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """GRI 3(b)/(c) for a set or kit that names several products (hs_v3/authority.yaml, `sets`)."""
    rules = authority()
    sets = rules["sets"]
    if decision.product is None:
        return decision
    named = {h.meaning.key for h in hits if h.meaning.kind == "product"}
    if len(named) < 2 or not rules["sets_re"].search(text):  # (the cheap test first)
        return decision
    keep: str | None = None
    essential = [p for p in sets["essential"] if p in named]
    if essential:
        keep = essential[0]
        why = f"a set or kit: the {keep} gives it its essential character (GRI 3(b))"
    else:
        equal = [p for p in sets["last_heading"] if p in named]
        if len(equal) >= 2:
            choices = {p: decide(text, [h for h in hits if h.meaning.kind != "product" or h.meaning.key == p],
                                 vocab) for p in equal}
            codes = {p: d.choice.hs6 if d.choice else "" for p, d in choices.items()}
            keep = max(codes, key=codes.__getitem__)
            why = f"a set of {', '.join(equal)}: none gives the essential character, the last heading (GRI 3(c))"
    if keep is None or keep == decision.product.id:
        return decision
    again = decide(text, [h for h in hits if h.meaning.kind != "product" or h.meaning.key == keep], vocab)
    if again.choice is None:
        return decision
    return replace(again, reasons=[*again.reasons, why])


# hs_v8 (option daily_not_festive): a title that also sells the good for daily wear ("Daily Party", 日常, 데일리)
_DAILY = re.compile(r"\b(?:daily|everyday|every day)\b|日常|데일리|일상")


def apply_authority(text: str, decision: Decision, options: frozenset[str] = frozenset()) -> Decision:
    """The label authority's rulings on a product the vocabulary named (festive wigs, eyelash curlers).  With the
    option daily_not_festive, a wig or lash the title also sells for daily wear is not a festive article: rule 2
    takes flimsy costume and party wear to 95.05, and a good worn every day is postiche."""
    if decision.product is None or decision.choice is None:
        return decision
    rules = authority()
    festive = rules["festive"]
    if (decision.product.id in festive["products"] and (m := rules["festive_re"].search(text))
            and not ("daily_not_festive" in options and _DAILY.search(text))):
        return replace(decision, choice=HsChoice(festive["hs"], festive["category"]),
                       reasons=[*decision.reasons, f"'{m.group(0)}': a costume or festive article, not postiche "
                                "(EN 95.05 (A)(3); CBP rulings on costume wigs and lashes)"])
    moved = rules["subheadings"].get(decision.product.id, {}).get(decision.choice.hs6)
    if moved:
        return replace(decision, choice=HsChoice(moved, decision.choice.category),
                       reasons=[*decision.reasons, f"{decision.choice.hs6} -> {moved} by the customs ruling on "
                                "the article (label authority, hs_v3/authority.yaml)"])
    return decision


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def _prefix_cues(text: str, hits: list[Hit]) -> list[Hit]:
    """A Korean cue of one syllable (생 raw, 활 live) is a prefix of the good: it counts right before a product
    (생오징어, 활 전복), not at the head of other words (생산 production, 활용 use)."""
    if not any(h.meaning.kind == "cue" and len(h.term) == 1 for h in hits):
        return hits
    starts = {h.start for h in hits if h.meaning.kind == "product"}
    return [h for h in hits if not (h.meaning.kind == "cue" and len(h.term) == 1 and _HANGUL_RUN.fullmatch(h.term))
            or h.end in starts or (text[h.end:h.end + 1] == " " and h.end + 1 in starts)]


def prepare_hits(text: str, hits: list[Hit], matcher: Matcher) -> list[Hit]:
    """hs_v3's reading of the vocabulary's hits before a product is picked:
    - Chinese and Korean words cut where the longest match swallowed the next word's head (Matcher.resegment);
    - a Korean or Chinese term found inside a longer word the glossary knows as something else is dropped: 바지
      (trousers) in 바지락 (clams), 헤어 (hair) in 모헤어 (mohair), 大衣 (overcoat) in 大衣柜 (wardrobe)."""
    hits = matcher.resegment(text, hits)
    if text.isascii():  # no Chinese or Korean word to re-read
        return hits
    hits = _prefix_cues(text, hits)
    inside: list[tuple[int, int, str, str]] = []
    products = [(h.start, h.end) for h in hits if h.meaning.kind == "product"]
    for lang, run_re in (("ko", _HANGUL_RUN), ("zh", _HAN_RUN)):
        for m in run_re.finditer(text):
            if lang == "zh" and not any(m.start() <= a and b <= m.end() for a, b in products):
                continue  # Chinese: only a product word is dropped (大衣 in 大衣柜); a run without one is not read
            inside += [(m.start() + a, m.start() + b, key, lang) for a, b, key in glossary_spans(m.group(0), lang)]
    if not inside:
        return hits
    tables = {"ko": glossary().ko, "zh": glossary().zh}
    kept = []
    for hit in hits:
        term = hit.term.replace(" ", "")
        if any(a <= hit.start and hit.end <= b and b - a > hit.end - hit.start
               and not set(tables[lang].get(term, ())) <= set(tables[lang][key])
               and (_HANGUL_RUN.fullmatch(term) if lang == "ko" else
                    hit.meaning.kind == "product" and _HAN_RUN.fullmatch(term))
               for a, b, key, lang in inside):
            continue
        kept.append(hit)
    return kept


# --- fibre shares: the predominant fibre picks the material, the 85 % subheadings follow the share ------------
_SHARE_BEFORE = re.compile(r"(\d{1,3})\s*(?:%|％|percent|per cent)\s*(?:of\s+)?$")
_SHARE_AFTER = re.compile(r"^\s*(\d{1,3})\s*(?:%|％)")
_SHARE_IN_TERM = re.compile(r"(\d{1,3})\s*%")
# Classes a description's fibre phrase covers together ("of wool or of fine animal hair")
_FIBRE_GROUPS = {"wool": {"wool", "fine_hair", "cashmere"}, "fine_hair": {"wool", "fine_hair", "cashmere"},
                 "cashmere": {"wool", "fine_hair", "cashmere"}, "cotton": {"cotton"},
                 "synthetic": {"synthetic", "manmade"}, "manmade": {"synthetic", "manmade"},
                 "artificial": {"artificial"}}


# Chapters a predominance is weighed between first (Section XI note 2(B)(b)): wool and fine animal hair are one
# chapter (51), synthetic and artificial fibres count together (chapters 54 and 55 are taken as one); the class
# within the chapter that weighs most is then the material.
_FIBRE_CHAPTER = {"wool": "51", "fine_hair": "51", "cashmere": "51", "synthetic": "54", "manmade": "54",
                  "artificial": "54", "cotton": "52"}
# Shares adding up to more than this are not one blend but the compositions of several parts.
_ONE_BLEND = 105


def fibre_shares(text: str, hits: list[Hit], classes: dict[str, str], after_first: bool = False) -> dict[str, int]:
    """Percent by weight of each material class the text states ("75% acrylic 25% wool", "羊毛53%").
    A text that gives the compositions of several parts (a 100% cashmere body with a 100% acrylic collar, cotton
    front panels and nylon back panels) describes the good by its first-named part, the body: shares are read in
    text order until they make one whole (100%), later ones belong to other parts."""
    shares: dict[str, int] = {}
    total = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.meaning.kind != "material" or hit.meaning.key not in classes:
            continue
        m = (_SHARE_IN_TERM.search(hit.term) or _SHARE_BEFORE.search(text[max(0, hit.start - 16):hit.start])
             or _SHARE_AFTER.match(text[hit.end:hit.end + 8]))
        if after_first and m is not None and not _SHARE_IN_TERM.search(hit.term):
            # hs_v12 (option shares_after_fibre): a share written right after another fibre (羊毛30% 腈纶70%, 면 30%
            # 아크릴 70%) is that fibre's; this one's is the share after it
            lo = max(0, hit.start - 16)
            before = _SHARE_BEFORE.search(text[lo:hit.start])
            after = _SHARE_AFTER.match(text[hit.end:hit.end + 8])
            if before is not None and after is not None and _claimed(lo + before.start(), hit, hits, text):
                m = after
        if m is not None and 0 < int(m.group(1)) <= 100:
            if total >= 100 or total + int(m.group(1)) > _ONE_BLEND:
                break  # the next part's composition
            cls = classes[hit.meaning.key]
            shares[cls] = shares.get(cls, 0) + int(m.group(1))
            total += int(m.group(1))
    return shares


def _claimed(at: int, hit: Hit, hits: list[Hit], text: str) -> bool:
    """Whether the share found before `hit` (starting at `at`) follows another material word with only spaces
    between: it is that material's share."""
    return any(h is not hit and h.meaning.kind == "material" and h.end <= at and not text[h.end:at].strip()
               for h in hits)


def _by_chapter(shares: dict[str, int]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for cls, v in shares.items():
        out.setdefault(_FIBRE_CHAPTER.get(cls, cls), {})[cls] = v
    return out


def tied_classes(shares: dict[str, int]) -> list[str]:
    """The classes that weigh most in each chapter that weighs as much as the heaviest (50% wool 50% acrylic: wool
    and synthetic; 50% acrylic 50% rayon: synthetic and artificial); one class when one predominates."""
    chapters = _by_chapter(shares)
    top = max(sum(v.values()) for v in chapters.values())
    tied: list[str] = []
    for within in chapters.values():
        if sum(within.values()) == top:  # 50% acrylic 50% rayon: one chapter, two classes of the same weight
            tied += [c for c, v in within.items() if v == max(within.values())]
    return tied


def predominant(shares: dict[str, int], prefer: str | None = None) -> str:
    """The class that predominates by weight: first the chapter (wool with fine animal hair, synthetic with
    artificial) that weighs most, then the class within it that weighs most (30% cashmere, 25% merino, 30%
    viscose, 15% polyamide: chapter 51 at 55% against man-made 45%, and cashmere within it)."""
    chapters: dict[str, int] = {}
    for cls, v in shares.items():
        chapter = _FIBRE_CHAPTER.get(cls, cls)
        chapters[chapter] = chapters.get(chapter, 0) + v
    top = max(chapters.values())
    within = [c for c in shares if chapters[_FIBRE_CHAPTER.get(c, c)] == top]
    return max(within, key=lambda c: (shares[c], c == prefer))


def _unimplied(hit: Hit, vocab: Vocabulary) -> Hit:
    """A product hit without the materials its word implies (毛线 @wool)."""
    attrs = tuple(a for a in hit.meaning.attrs if a not in vocab.material_keys)
    if hit.meaning.kind != "product" or attrs == hit.meaning.attrs:
        return hit
    return hit._replace(meaning=replace(hit.meaning, attrs=attrs))


def apply_shares(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """A blend is classified by its predominant fibre (Section XI note 2), and a subheading "containing 85% or
    more by weight" of it only when the text's share says so; otherwise the heading's "less than 85%" one."""
    if decision.product is None or decision.choice is None:
        return decision
    classes = dict(vocab.family_classes.get(decision.product.family, {}))
    if textile := vocab.textile_terms.get(decision.product.family):
        # "50% bamboo" in a sock is a share of artificial fibre (hs_v4: settings.textile_terms), as decide reads it
        hits = [h._replace(meaning=replace(h.meaning, key=textile[h.term]))
                if h.meaning.kind == "material" and h.term in textile else h for h in hits]
    shares = fibre_shares(text, hits, classes, "shares_after_fibre" in vocab.options)
    if not shares:
        return decision
    top = predominant(shares, decision.material)
    if decision.material is not None and top != decision.material and decision.material not in tied_classes(shares):
        first = [h for h in hits if h.meaning.kind == "material" and classes.get(h.meaning.key) == top]
        rest = [h for h in hits if h not in first]
        # a share stated outweighs the material a word implies (100% 腈纶 毛线: acrylic, though 毛线 says wool)
        again = decide(text, first + [_unimplied(h, vocab) for h in rest], vocab)
        if again.choice is not None and again.product is not None and again.product.id == decision.product.id:
            decision = replace(again, reasons=[*again.reasons, f"the predominant fibre is {top} ({shares[top]}%)"])
    tied = tied_classes(shares)
    if len(tied) > 1 and decision.choice is not None and decision.product is not None:
        # no fibre predominates (50% wool 50% acrylic): the one whose subheading comes last in numerical order
        # among those that equally merit consideration (Section XI subheading note 2(A), GRI 3(c))
        options = []
        product_id = decision.product.id
        for cls in tied:
            first = [h for h in hits if h.meaning.kind == "material" and classes.get(h.meaning.key) == cls]
            again = decide(text, first + [h for h in hits if h not in first], vocab)
            if again.choice is not None and again.product is not None and again.product.id == product_id:
                options.append((again.choice.hs6, cls, again))
        if options:
            code, cls, last = max(options, key=lambda o: o[0])
            if code != decision.choice.hs6:
                decision = replace(last, reasons=[*last.reasons, f"no fibre predominates ({shares[top]}% each of "
                                                  f"{', '.join(sorted(tied))}): the last subheading, {code}"])
    if decision.choice is None or decision.material is None:
        return decision
    share = sum(v for c, v in shares.items() if c in _FIBRE_GROUPS.get(decision.material, {decision.material}))
    code = decision.choice.hs6
    described = index().descriptions.get(code, "")
    if "85% or more" not in described or share >= 85:
        return decision
    wanted = set(query_words(described.replace("85% or more", "less than 85%")))
    lo, hi = index()._range.get(code[:4], (0, 0))
    siblings = [c for c in index().codes[lo:hi] if "less than 85%" in index().descriptions.get(c, "")]
    if not siblings:
        return decision
    best = max(siblings, key=lambda c: len(wanted & set(query_words(index().descriptions[c]))))
    return replace(decision, choice=HsChoice(best, decision.choice.category),
                   reasons=[*decision.reasons, f"{share}% by weight is less than 85%: {code} -> {best}"])


# --- yarn not put up for retail sale (Section XI note 4) --------------------------------------------------------
# Yarn on cones, tubes or bobbins, or in packages heavier than a retail skein, is not put up for retail sale:
# it leaves the retail headings for their bulk counterparts (wool: carded 5106 / combed 5107; cotton: 5205 /
# 5206 by share; man-made staple: synthetic 5509 / artificial 5510).
_BULK_PUT_UP = re.compile(r"\b(?:cones?|on a (?:paper )?tube|bobbins?|industrial|for (?:machine )?knitting (?:socks|fabrics))\b"
                          r"|筒纱|宝塔线|콘사")
_GRAMS = re.compile(r"(\d[\d,.]*)\s*(?:grams?|g)\b")
_BULK_HEADINGS = {"5109": ("5107", "5106"), "5207": ("5205", "5206"), "5511": ("5509", "5510")}


# Hosiery (61.15) is told apart by the yarn's count: under 67 decitex per single yarn (sheer tights, stockings)
# or not.  Titles state decitex, or denier (9 000 m weigh so many grams: 1 denier = 10/9 decitex; 丝袜 20D).
_DECITEX = re.compile(r"(under|less than|below|<)?\s*(\d+(?:\.\d+)?)\s*(?:decitex|dtex)\b", re.I)
_DENIER = re.compile(r"(under|less than|below|<)?\s*(\d+(?:\.\d+)?)\s*(?:denier|den\b|데니아|데니어)", re.I)
_D = re.compile(r"()(?<![\d.])([1-9]\d+)d(?![a-z])", re.I)  # 20D, 80D; not 3D (printing)
_FULL_LENGTH = re.compile(r"knee|thigh|stocking|over the calf|长筒|过膝|连裤|니삭스|스타킹|무릎|허벅지", re.I)
_WOMENS = re.compile(r"\bwom[ae]n|\blad(?:y|ies)|\bgirl|女|여성|여자", re.I)
DECITEX_LIMIT = 67.0


def yarn_decitex(text: str) -> float | None:
    """The count of a hosiery yarn the text states, in decitex ("under 67 decitex" reads as just under)."""
    for pattern, factor in ((_DECITEX, 1.0), (_DENIER, 10 / 9), (_D, 10 / 9)):
        m = pattern.search(text)
        if m is not None:
            value = float(m.group(2)) * factor
            return value - 0.5 if m.group(1) else value
    return None


def apply_yarn_count(text: str, decision: Decision) -> Decision:
    """Tights and women's full- or knee-length hosiery of a yarn under 67 decitex: 6115.21 / 6115.30; tights of
    synthetic yarn of 67 decitex or more: 6115.22."""
    if decision.choice is None or decision.choice.hs6[:4] != "6115" or decision.choice.hs6 == "611510":
        return decision
    dtex = yarn_decitex(text)
    if dtex is None:
        return decision
    code = decision.choice.hs6
    if code in ("611521", "611522"):
        new = "611521" if dtex < DECITEX_LIMIT else "611522"
    elif code[:5] == "61159" and dtex < DECITEX_LIMIT and _FULL_LENGTH.search(text) and _WOMENS.search(text):
        new = "611530"
    else:
        return decision
    if new == code:
        return decision
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"yarn of {dtex:.0f} decitex: {new}"])


def apply_put_up(text: str, decision: Decision) -> Decision:
    if decision.choice is None or decision.choice.hs6[:4] not in _BULK_HEADINGS:
        return decision
    grams = [float(g.replace(",", "")) for g in _GRAMS.findall(text) if g.replace(",", "").replace(".", "").isdigit()]
    if not _BULK_PUT_UP.search(text) and not any(g > 500 for g in grams):
        return decision
    code = decision.choice.hs6
    first, second = _BULK_HEADINGS[code[:4]]
    described = index().descriptions.get(code, "")
    if code[:4] == "5109":  # combed (worsted) wool, else carded
        heading = first if re.search(r"worsted|combed|精纺|소모", text) else second
    elif code[:4] == "5207":
        heading = first if "85% or more" in described else second
    else:
        heading = first if code != "551130" else second
    words = query_words(text)
    for w in query_words(described.split(";")[-1]):  # the share or fibre the retail subheading stated
        words.setdefault(w, 0.5)
    m = index().best(words, within=heading)
    if m is None:
        return decision
    return replace(decision, choice=HsChoice(m.code, decision.choice.category),
                   reasons=[*decision.reasons, f"on cones/tubes or in bulk: not put up for retail sale, {code} -> "
                            f"{m.code} (Section XI note 4)"])


def apply_for_making(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """Hair or fibre *for making* wigs (가발 제조용 머리카락, 假发用发丝): the hair good is only the user, and
    heading 67.03 names the article: "human hair ... wool or other animal hair or other textile materials,
    prepared for use in making wigs or the like"."""
    if decision.product is not None or decision.choice is not None:
        return decision
    users = [h for h in hits if h.meaning.kind == "product" and vocab.products[h.meaning.key].family == "hair"
             and _is_user(h, text, vocab.user_suffixes)]
    hair = vocab.family_classes.get("hair", {})
    stuff = [hair[h.meaning.key] for h in hits if h.meaning.kind == "material" and h.meaning.key in hair]
    if not users or not stuff:
        return decision
    # heading 67.03 is hair material for postiche whatever the fibre: the category of the codes table (6703 and
    # 0501 are human hair), as the labels of synthetic hair for wigs have it (theatrical hair, CBP NY L86853)
    return Decision(None, HsChoice("670300", "human_hair"), "nomenclature_subheading", stuff[0],
                    [*decision.reasons, f"{stuff[0]} hair or fibre for making {users[0].term}: prepared for use "
                     "in making wigs or the like (heading 67.03)"])


def _with_materials(words: dict[str, float], hits: list[Hit], vocab: Vocabulary) -> dict[str, float]:
    """The materials the vocabulary read (polyester, 涤纶, 아크릴) in the nomenclature's words for their class of
    textile ("synthetic", "cotton", "wool"): the nomenclature names no trade fibre but its class (6111.30 "of
    synthetic fibres")."""
    classes = vocab.family_classes.get("garment", {})
    extra: dict[str, float] = {}
    for h in hits:
        if h.meaning.kind != "material" or (cls := classes.get(h.meaning.key)) in (None, "other"):
            continue
        # not a material named after "with" (a nylon ribbon): the part, not the good
        if min((words.get(t, 1.0) for t in english_tokens(h.term)), default=1.0) < 1.0:
            continue
        extra.update(dict.fromkeys(english_tokens(cls.replace("_", " ")), 1.0))
    return {**extra, **words} if extra else words


def vote(text: str, decision: Decision, vocab: Vocabulary, hits: list[Hit] | None = None) -> Decision:
    decision = _vote(text, decision, vocab, hits)
    if "fibre_stage" in vocab.options:  # hs_v5
        from chainlight.classify.stages import apply_fibre_stage, apply_woven_twin

        decision = apply_fibre_stage(text, decision, hits or [], vocab)
        decision = apply_woven_twin(text, decision, vocab)
        if "women_by_default" in vocab.options:  # hs_v12
            from chainlight.classify.stages import apply_women_by_default

            decision = apply_women_by_default(text, decision, vocab)
    if "preserved_seafood" in vocab.options:
        before = decision
        # hs_v12 (option use_not_preparation): 烧烤 "barbecue" and 火锅 "hot pot" say what the food is for, not
        # that it is roasted (烤) or cooked
        said = _USE_WORDS.sub(" ", text) if "use_not_preparation" in vocab.options else text
        decision = apply_preserved_seafood(said, decision)
        if "fillets_in_pieces" in vocab.options and decision is not before:  # hs_v6
            decision = fillets_in_pieces(text, before, decision)
    if "fish_species" in vocab.options:  # hs_v6
        from chainlight.classify.species import apply_fish_species
        from chainlight.classify.stages import apply_article_not_fibre

        decision = apply_fish_species(text, decision, vocab)
        decision = apply_article_not_fibre(text, decision, vocab)
    if "live_fish" in vocab.options:  # hs_v12
        decision = apply_live_fish(text, decision)
    if "prepared_state" in vocab.options:  # hs_v17: the line the title's state or preparation decides
        from chainlight.classify.prepared_state import apply_prepared_state

        decision = apply_prepared_state(text, decision)
    if "worked_fish" in vocab.options:  # hs_v19: fillets and dried fish by the state said and the species named
        from chainlight.classify.worked_fish import apply_shellfish_state, apply_worked_fish

        decision = apply_shellfish_state(text, apply_worked_fish(text, decision))
    if "suit_jacket" in vocab.options:  # hs_v19: a blazer or suit jacket is 62.03 / 62.04's, not a coat
        from chainlight.classify.suit_jacket import apply_suit_jacket

        decision = apply_suit_jacket(text, decision)
    if "mens_cut" in vocab.options:  # hs_v19: boxer briefs, trunks, 드로즈 are men's underpants
        from chainlight.classify.mens_cut import apply_mens_cut

        decision = apply_mens_cut(text, decision)
    if "powered_goods" in vocab.options:  # hs_v18: heated or electric, the electro-thermic goods of 85.16
        from chainlight.classify.powered import apply_powered_goods

        decision = apply_powered_goods(text, decision)
    if "unworked_hair" in vocab.options:  # hs_v6
        from chainlight.classify.hair_stage import apply_unworked_hair

        decision = apply_unworked_hair(text, decision, hits or [], vocab)
    if "adhesive_remover" in vocab.options:  # hs_v6
        from chainlight.classify.compounds import apply_adhesive_remover

        decision = apply_adhesive_remover(text, decision, hits or [], vocab)
    if "residual_sibling" in vocab.options and not _by_head_noun(decision):  # hs_v6 (not a line heads.yaml chose)
        from chainlight.classify.residual import apply_residual_sibling

        decision = apply_residual_sibling(text, decision, distinct="residual_distinct" in vocab.options)
    # only a line the vocabulary's table chose: it picks a line without reading its text, where the nomenclature's
    # ranking has read the exclusions already (a word a line excludes is no word of that line's document)
    if "excluded_line" not in vocab.options or decision.choice is None or decision.product is None:
        return decision
    code = decision.choice.hs6
    excluded = excluded_words(code)
    if not excluded or (text.isascii() and not excluded & _ascii_words(text)):
        return decision  # (the cheap tests first: most lines exclude nothing, most texts name nothing excluded)
    named = set(query_words(text)) - _material_words(vocab)
    if "excluded_not_state" in vocab.options:  # hs_v12: 冻 "frozen" read as "cold" names no cold-water shrimp
        named -= _READ_STATE_WORDS
    new = excluded_line(code, named, index())
    if new == code:
        return decision
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"{code} excludes a good the text names: {new}"])


def apply_preserved_seafood(text: str, decision: Decision) -> Decision:
    """Fish, molluscs and meat the vocabulary named (squid, octopus) that the text says are cooked or put up in
    oil, in airtight containers, canned: no longer goods of chapter 3 (or 2) but preparations of chapter 16 (the
    note to chapter 3; headings 16.04, 16.05), as the nomenclature's ranked answers already read them (hs_v4,
    option "preserved_seafood").  Crustaceans cooked in shell stay in 03.06 (not in _RAW_NOT_COOKED)."""
    if decision.product is None or decision.choice is None or decision.choice.hs6[:4] not in _RAW_NOT_COOKED:
        return decision
    said = _PRESERVED.search(text) or _COOKED.search(text)
    if said is None:
        return decision
    words = query_words(text)
    ix = index()
    kind = ix.best({w: q for w, q in words.items() if w not in _STATE_OR_PREPARED}, chapters=("16",))
    if kind is None or not set(kind.words) & (_own_words(decision.choice.hs6) | _own_words(decision.choice.hs6[:4])):
        return decision  # the preparation must be of the good named (squid for squid)
    sub = ix.best(words, within=kind.code[:4], own=True)
    code = sub.code if sub is not None else kind.code
    return replace(decision, choice=HsChoice(code, decision.choice.category),
                   reasons=[*decision.reasons, f"'{said.group(0)}': prepared or preserved, chapter 16: {code}"])


# 16.04 divides prepared fish by form: its subheadings 1604.11-.19 are fish "whole or in pieces (but not minced)",
# by species, 1604.20 fish "minced or in forms n.e.c.".  A fillet is a piece: a fillet of 03.04 that a title says
# cooked keeps its form in 16.04 (the CBP rulings of titles sets 1 and 3: crusted tilapia fillets 1604.19, oven-cooked
# salmon fillets 1604.11);
# portions cut from blocks, fish sticks and fish meat may be minced, and keep the ranking's answer.
_FILLET = re.compile(r"\bfillets?\b|鱼片|魚片|鱼排|魚排|鱼柳|魚柳|필렛|필레")
_MINCED = re.compile(r"\bminced?\b|\bsurimi\b|\bpatt(?:y|ies)\b|\bpaste\b|\bstuffed\b|\bportions?\b|糜|丸|鱼糕|다진|어묵")
_PIECES_LINES = tuple(f"16041{d}" for d in "12345678")  # the species lines of fish whole or in pieces


def fillets_in_pieces(text: str, before: Decision, after: Decision) -> Decision:
    """A cooked fillet that apply_preserved_seafood moved to 1604.20 ("minced or in forms n.e.c.") is fish in pieces:
    the species line of 1604.11-.18 the nomenclature's ranking picks from the title's words, else 1604.19."""
    if (after.choice is None or after.choice.hs6 != "160420" or before.choice is None
            or before.choice.hs6[:4] not in ("0302", "0303", "0304") or not _FILLET.search(text) or _MINCED.search(text)):
        return after
    sub = index().best(query_words(text), within="1604", own=True)
    species = sub is not None and sub.code in _PIECES_LINES and bool(set(sub.words) - _GENERIC_FISH)
    code = sub.code if species and sub is not None else "160419"
    return replace(after, choice=HsChoice(code, after.choice.category),
                   reasons=[*after.reasons, f"a fillet is fish in pieces, not minced: {code}"])


_GENERIC_FISH = frozenset(english_tokens("fish fillet fillets prepared preserved whole pieces piece minced"))
_PC_READING = frozenset(_PC_WORDS)


def _ascii_words(text: str) -> set[str]:
    """Every word query_words can give an English text (its words, negated or not, the glossary's words for its
    trade terms, the computer's): a superset, to skip query_words where none of them is a word looked for."""
    words = {w[len(NEGATED):] if w.startswith(NEGATED) else w for w in english_tokens(text)}
    table = glossary().en
    for m in glossary().en_re.finditer(text):
        words.update(table[m.group(0)])
    return words | _PC_READING


_MATERIAL_WORDS: dict[int, tuple[Vocabulary, frozenset[str]]] = {}  # by vocabulary (one per classifier)


def _material_words(vocab: Vocabulary) -> frozenset[str]:
    """The words of materials (the vocabulary's material terms, their classes, "fibre", "material"): a line
    "other than cotton" or "excluding plastics" is a material's residual line, which the material rules decide."""
    kept = _MATERIAL_WORDS.get(id(vocab))
    if kept is not None and kept[0] is vocab:
        return kept[1]
    terms = [t for t, m in vocab.terms.items() if m.kind == "material" and t.isascii()]
    classes = {c for table in vocab.family_classes.values() for c in table.values()}
    words = frozenset(w for t in [*terms, *classes, "fibre fibres material materials textile"]
                      for w in english_tokens(t.replace("_", " ")))
    _MATERIAL_WORDS[id(vocab)] = (vocab, words)
    return words


def _head_gloss_match(text: str, words: dict[str, float], vocab: Vocabulary
                      ) -> tuple[Match | None, Any, dict[str, float]]:
    """hs_v16 (head_gloss.py): the nomenclature's best line among those whose text holds the English of the title's
    head noun, the title's words (the head's English weighing HEAD_GLOSS_WEIGHT) choosing among them; None where no
    head is read, where that line is a risk good's (the vocabulary's to name) or where it scores less than
    HEAD_GLOSS_SHARE of the best line of the whole nomenclature for the same words (a head read wrongly: "gun" of a
    massage gun)."""
    from chainlight.classify.head_gloss import HEAD_GLOSS_SHARE, HEAD_GLOSS_WEIGHT, head_gloss

    gloss = head_gloss(text)
    if gloss is None:
        return None, None, words
    ix = index()
    glossed = {**words, **{w: max(words.get(w, 0.0), HEAD_GLOSS_WEIGHT) for w in gloss.words}}
    m = ix.best(glossed, containing=gloss.head)
    if m is None or category_of(m.code, glossed, vocab) != "other":
        return None, None, words
    plain = ix.best(glossed)
    if plain is not None and m.score < HEAD_GLOSS_SHARE * plain.score:
        return None, None, words
    return m, gloss, glossed


def _by_head_noun(decision: Decision) -> bool:
    """hs_v15: the line was chosen by the table of head nouns (head_noun.py), not read from the nomenclature's words:
    a residual line's sibling read from the title's other words (842139 -> 842131 by "air") does not replace it."""
    return decision.product is None and any(r.startswith(HEAD_NOUN_REASON) for r in decision.reasons)


def _without_users(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> str:
    """The text the nomenclature reads for a good no product word named (a laptop named by processor, memory and
    screen; computer_specs): with hs_v6 (option "users_not_queried"), less the products it names only as what the
    good is for (假发专用梳 "comb for wigs": the comb, not the wig, whose words would win 67.04)."""
    if "users_not_queried" not in vocab.options or decision.choice is not None or decision.product is not None:
        return text
    users = [h for h in hits if h.meaning.kind == "product" and _is_user(h, text, vocab.user_suffixes, hits)]
    if not users or len(users) < sum(h.meaning.kind == "product" for h in hits):
        return text
    from chainlight.classify.decide import _suffix_re

    pattern = _suffix_re(vocab.user_suffixes)
    out = text
    for h in sorted(users, key=lambda h: -h.start):  # the user and its suffix (专用 "special-purpose") blanked
        end = h.end
        rest = text[end:].lstrip(" ")
        if pattern is not None and (m := pattern.match(rest)):
            end = len(text) - len(rest) + m.end()
        out = out[:h.start] + " " * (end - h.start) + out[end:]
    return out if out.strip() else text


def _leaves_frozen(text: str, code: str, other: str) -> bool:
    """Whether the title says frozen, the line chosen is a frozen one and the other line is not (0306.17 frozen
    shrimps against 0306.35 "live, fresh or chilled": 冷冻 reads "cold" and 鲜 "fresh" to the nomenclature)."""
    from chainlight.classify.compounds import says_frozen

    frozen = english_tokens("frozen")[0]
    return frozen in _own_words(code) and frozen not in _own_words(other) and says_frozen(text)


def _vote(text: str, decision: Decision, vocab: Vocabulary, hits: list[Hit] | None = None) -> Decision:
    decision = apply_for_making(text, decision, hits or [], vocab)
    decision = apply_sets(text, decision, hits or [], vocab)
    decision = apply_authority(text, decision, vocab.options)
    decision = apply_shares(text, decision, hits or [], vocab)
    decision = apply_put_up(text, decision)
    decision = apply_yarn_count(text, decision)
    decision = apply_artificial_flowers(text, decision, hits or [], vocab)
    decision = apply_base_metal(text, decision)
    decision = apply_cordage(text, decision)
    decision = apply_other_material(decision)
    if decision.choice is not None and "|default|" not in decision.evidence:
        return decision
    words = computer_specs(text, query_words(_without_users(text, decision, hits or [], vocab)))
    ix = index()
    if decision.choice is None and "head_noun" in vocab.options:  # hs_v15: the last noun names an everyday good
        from chainlight.classify.head_noun import head_of

        if (head := head_of(text)) is not None:
            return Decision(None, HsChoice(head.code, "other"), "nomenclature", None,
                            [*(r for r in decision.reasons if _NO_PRODUCT not in r),
                             f"{HEAD_NOUN_REASON} {head.noun!r} read as {head.key!r}: {head.code} (head_noun.py)"])
    if decision.choice is None:
        words = _with_materials(words, hits or [], vocab)
        if "korean_state_word" in vocab.options and (said := _KOREAN_STATE.search(text)) is not None:
            # hs_v11: 생 (fresh, raw) and 활 (live) standing as words before a Korean noun say the state of the good
            # there (생 문어) where the vocabulary names no good for _prefix_cues to tie them to
            words = {**words, english_tokens("live" if said.group(1) == "활" else "fresh")[0]: 1.0}
        m = gloss = None
        if "head_gloss" in vocab.options:  # hs_v16: the head noun's English read in the nomenclature's texts
            m, gloss, words = _head_gloss_match(text, words, vocab)
        if m is None:
            m = ix.best(words)
        if gloss is not None:
            decision = replace(decision, reasons=[
                *decision.reasons, f"{HEAD_GLOSS_REASON} {gloss.noun!r} read as {' '.join(gloss.words)!r}: the "
                f"lines whose text holds {gloss.head!r}, chosen by the title's words (head_gloss.py)"])
        elif m is not None and set(m.words) <= _STATE_OR_PREPARED and set(words) - _STATE_OR_PREPARED:
            # only words of the state matched (boiled, frozen; roasted, grilled: 11.07 roasted malt, 73.14
            # grill): the good is what the other words name, the state then chooses among its headings (below)
            good = ix.best({w: q for w, q in words.items() if w not in _STATE_OR_PREPARED})
            if good is not None:
                m = good
        if m is None:
            return decision
        if m.score < MIN_SCORE or m.margin < MIN_MARGIN or set(m.words) <= _GENERIC:
            return replace(decision, reasons=[*decision.reasons, _describe(m) + ": too weak to answer"])
        fishy = m.code[:4] in ("1604", "1605") or m.code[:2] == "03"  # smoked meat is another matter (02.10, 16.01)
        prepared = _PREPARED_NOT_SMOKED if "smoked_fish" in vocab.options and fishy else _PREPARED
        if m.code[:2] == "16" and not prepared.search(text):
            # chapter 16 is food *prepared or preserved*: a text that says no such thing (북한산 바지락 20kg)
            # names the raw good of chapter 2 (meat) or 3 (fish, crustaceans, molluscs) the same words name
            raw = ix.best(words, chapters=("02",) if m.code[:4] in ("1601", "1602", "1603") else ("03",))
            if raw is not None and raw.score >= RAW_SHARE * m.score:
                m = replace(raw, margin=m.margin)
        elif m.code[:2] != "16" and _PRESERVED.search(text):
            # a good put up as a preserve (sardines in olive oil, canned tuna): the preparation of chapter 16
            # that names the good (not only its state) wins over the raw fish or the oil it is packed in
            kept = ix.best({w: q for w, q in words.items() if w not in _STATE_WORDS}, chapters=("16",))
            if kept is not None and set(kept.words) - _STATE_WORDS and kept.score >= RAW_SHARE * m.score:
                m = replace(kept, margin=m.margin)
        elif m.code[:4] in _RAW_NOT_COOKED and (_COOKED.search(text) or prepared.search(text)):
            # cooked fish and molluscs are no longer goods of chapter 3 (only crustaceans in shell cooked by
            # steaming or boiling stay there, 03.06): the preparation of chapter 16 the same words name
            cooked = ix.best(words, chapters=("16",))
            if cooked is not None and set(m.words) & set(cooked.words):
                m = replace(cooked, margin=m.margin)
        if m.code[:4] == "0304" and not _CUT_FISH & words.keys():
            # fish the text does not call fillets or fish meat are fish as caught, of headings 03.02 / 03.03
            # (whose texts exclude the fillets and fish meat of 03.04): "frozen hake, headed and gutted"
            whole = ix.best({**words, NEGATED + "fillet": 1.0}, chapters=("03",))
            if whole is not None and whole.code[:4] in ("0302", "0303"):
                reasons_whole = f"no fillets or fish meat named: {whole.code[:4]}, fish as caught"
                m = replace(whole, margin=m.margin)
                decision = replace(decision, reasons=[*decision.reasons, reasons_whole])
        m = furniture_set(text, m, words, ix)  # a table sold with its chairs is the table (GRI 3(b))
        m = residual_heading(m, words, ix)  # a watch whose case is not said precious: 9102, not 9101
        sub = ix.best(words, within=m.code[:4], own=True)  # the subheading whose own text says most
        if sub is not None and sub.code != m.code:
            m = replace(m, code=sub.code, words=sub.words)
        if (residual := residual_kind(m.code, words)) != m.code:
            m = replace(m, code=residual)
        m = residual_material(m, words)  # a pine chopping board: 4419.90, not the bamboo boards of 4419.11
        m = residual_part(m, words)  # frozen pig stomachs: 0206.49 "(other than livers)", not 0206.41 livers
        m = residual_use(m, words)  # metal furniture not said to be for offices: 9403.20, not 9403.10
        if (agreeing := state_agrees(m.code, words)) != m.code:
            m = replace(m, code=agreeing)
        m = prepared_plant(text, m, words, ix)  # roasted seaweed: 20.08, not 12.12
        m = pure_textile(text, m, hits or [], vocab, ix)  # woven silk fabric: 85% or more of silk
        m = stated_material(m, text, words, ix)  # a wooden spool is no spool of paper (48.22)
        if "powered_heading" in vocab.options:
            m = powered_heading(text, m, words, ix)  # an automatic hair curler: 85.16, not 96.15
        if "smoked_fish" in vocab.options and m.code[:4] in ("0302", "0303", "0304", "0305") and _SMOKED.search(text):
            # hs_v11: smoked fish, frozen or not, fillets too, is of 03.05's smoked lines (0305.41-.49, by species;
            # 0305.49 the other fish)
            smoked = ix.best({**words, english_tokens("smoked")[0]: 1.0}, within="0305")
            if m.code.startswith("03054"):
                pass
            elif smoked is None or not smoked.code.startswith("03054"):
                m = replace(m, code="030549", words=(english_tokens("smoked")[0],))
            else:
                m = replace(smoked, margin=m.margin)
        choice = HsChoice(m.code, category_of(m.code, words, vocab))
        return Decision(None, choice, "nomenclature", None,
                        [*decision.reasons, _describe(m), f"answered from the nomenclature: {m.code}"])
    hs6 = decision.choice.hs6
    if "|default|" in decision.evidence:
        m = ix.best(words, within=hs6[:4])
        if m is not None and m.code != hs6 and m.margin < SUBHEADING_MARGIN and _names_the_kind(m, hs6):
            m = replace(m, margin=SUBHEADING_MARGIN)
        if (m is not None and m.code != hs6 and "frozen_over_fresh" in vocab.options
                and _leaves_frozen(text, hs6, m.code)):
            m = None  # hs_v6: the title says frozen; a line of the good not frozen is no subheading of it
        if m is not None and m.code != hs6 and m.margin >= SUBHEADING_MARGIN:
            choice = HsChoice(m.code, decision.choice.category)
            return replace(decision, choice=choice, evidence="nomenclature_subheading",
                           reasons=[*decision.reasons, f"the nomenclature picks subheading {m.code} of heading "
                                    f"{hs6[:4]} ({m.margin:.1f} above the next; words: {', '.join(m.words[:6])})"])
    return decision
