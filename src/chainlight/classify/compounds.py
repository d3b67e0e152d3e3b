"""hs_v6: product words that are not the good because of the word they sit in (options of hs_v6/vocabulary.yaml).

The vocabulary finds its product words anywhere in a title; three readings of the word around a hit say that the
hit names no good of the title:

- **negated** (option `negated_product`): the good is said to be without it: Korean 노- "no" (노글루 속눈썹
  "no-glue lashes"), Chinese 无/免/不用 (免胶睫毛 "glue-free lashes"), English "no glue", "without glue",
  "glue-free".  Lashes sold as needing no glue are lashes, not glue.
- **inside a name** (option `name_not_noun`): a Korean product word that starts inside a longer word whose
  syllables before it the analyser (kiwipiepy) can read only as no noun (an interjection, a particle, an ending:
  아가방 = 아/IC + 가방): a Korean compound noun does not start with such a piece, so the word is a name (a brand,
  Agabang) and 가방 "bag" in it names no bag.
- **a modifier** (option `modifier_not_head`): Chinese noun compounds put their head last (假发头模 "wig head
  model", 接发钳 "extension pliers"): a product word followed, ending the same run of characters, by a CC-CEDICT
  noun of one or two characters whose first sense is a word of the heading texts of the chapters of tools and
  implements (82, 90, 96: pliers, pincers, model, head, comb, brush), not of the product's own chapter, and that no
  vocabulary word covers, is what that tool serves, not the good.  The nomenclature then reads the title without it (the accessory rule of
  the label authority, README rule 4: accessories are classified as themselves).

- **a compound's modifier** (option `head_final`): Chinese and Korean compounds put their head last: a product word
  followed in the same word by a product word of another family modifies it (코바늘나시 "crochet sleeveless top",
  礼盒袜子 "gift-box socks"): the later word is the good.

Each reading returns spans to blank; the classifier reads the title with them blanked, so neither the vocabulary
nor the nomenclature takes the good from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from chainlight.classify.decide import Decision
from chainlight.classify.matcher import Hit
from chainlight.classify.vocabulary import HsChoice, Product, Vocabulary


@dataclass(frozen=True)
class NotAGood:
    """A span of the title whose product word names no good of the title, and why."""

    start: int
    end: int
    why: str


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
# negation right before the product word: Korean 노 ("no", as 노글루 노와이어 write it) at the start of a word;
# Chinese 无 免 不用 不需 ("without", "free of", "no need of")
_KO_NO = "노"
_ZH_NO = re.compile(r"(?:无|免|不用|不需|不需要|無|不須)$")
_EN_NO_BEFORE = re.compile(r"\b(?:no|without|non)[\s-]+$", re.I)
_EN_NEGATION = re.compile(r"\b(?:no|without|non)\b|free\b|less\b", re.I)
_EN_FREE_AFTER = re.compile(r"^(?:[\s-]*free\b|less\b)", re.I)
# kiwipiepy tags that cannot begin a compound noun: interjection, particles, endings, suffixes
_NOT_NOUN_START = ("IC", "J", "E", "XS")
MAX_HEAD = 2  # characters of the noun after a Chinese modifier: a longer run is more than one head noun
TOOL_CHAPTERS = ("82", "90", "96")
SENSES = 2  # CC-CEDICT senses read per word, as the nomenclature reader reads them (模: imitate; model)


def _negated(text: str, hit: Hit) -> bool:
    before = text[max(0, hit.start - 12):hit.start]  # (the words right before it: no scan of the whole title)
    if _HANGUL.match(text, hit.start) and before.endswith(_KO_NO):
        return hit.start == 1 or not _HANGUL.match(text[hit.start - 2])  # 노 starting the word: 노글루, not 보노글루
    if _HAN.match(text, hit.start):
        return _ZH_NO.search(before) is not None
    if hit.term.isascii():
        return _EN_NO_BEFORE.search(before) is not None or _EN_FREE_AFTER.match(text[hit.end:]) is not None
    return False


def _word_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The Hangul word (space to space) around a span."""
    a = start
    while a > 0 and _HANGUL.match(text[a - 1]):
        a -= 1
    b = end
    while b < len(text) and _HANGUL.match(text[b]):
        b += 1
    return a, b


def _inside_name(text: str, hit: Hit) -> tuple[int, int] | None:
    """The word a Korean product word sits inside, where the syllables before it read as no noun."""
    if hit.start == 0 or not _HANGUL.match(text[hit.start - 1]) or not _HANGUL.match(text, hit.start):
        return None
    a, b = _word_of(text, hit.start, hit.end)
    before = [tag for start, tag in _word_tags(text[a:b]) if start < hit.start - a]
    if before and all(tag.startswith(_NOT_NOUN_START) for tag in before):
        return a, b
    return None


@lru_cache(maxsize=65536)  # a word's analysis (a word-level reading: the same word recurs across titles)
def _word_tags(word: str) -> tuple[tuple[int, str], ...]:
    from chainlight.classify.nomenclature import korean_tokens

    return tuple((start, tag) for _, start, _, tag in korean_tokens(word))  # () without kiwipiepy: no name read


@lru_cache(maxsize=1)
def _tool_words() -> frozenset[str]:
    """The words of the heading texts of the chapters of tools, instruments and implements: 82 (tools,
    implements of base metal: pliers, pincers, tongs), 90 (instruments, apparatus and models for demonstration)
    and 96 (combs, brushes, mannequins and other miscellaneous articles)."""
    from chainlight.classify.nomenclature import english_tokens, index

    return frozenset(w for code, text in index().descriptions.items()
                     if len(code) == 4 and code[:2] in TOOL_CHAPTERS for w in english_tokens(text))


@lru_cache(maxsize=64)
def _chapter_words(chapter: str) -> frozenset[str]:
    from chainlight.classify.nomenclature import english_tokens, index

    return frozenset(w for code, text in index().descriptions.items()
                     if len(code) == 4 and code[:2] == chapter for w in english_tokens(text))


def _head_after(text: str, hit: Hit, hits: list[Hit], vocab: Vocabulary) -> str | None:
    """The Chinese noun that ends the run right after a product word, where it names a tool or implement in the
    words of the nomenclature's tool headings (not a word of the product's own chapter) and no vocabulary word
    covers it: the head of the compound the product word modifies."""
    if not _HAN.match(text, hit.end) or not _HAN.match(text, hit.start):
        return None  # (the cheap test first: most product words end their run)
    from chainlight.classify.nomenclature import cedict_senses, english_tokens

    m = _HAN_RUN.match(text, hit.end)
    if m is None or len(m.group(0)) > MAX_HEAD:
        return None
    if any(hit.end <= h.start < m.end() for h in hits):
        return None  # a word of the vocabulary (a material, a cue, another product) follows: no unknown head
    rest = m.group(0)
    whole = cedict_senses(rest)
    # one word (钳 pincers): its first sense; else its characters (头模: 头 head + 模 model), each read by its first
    # two senses (a character bound in a compound often takes the sense CC-CEDICT lists second: 模 imitate; model)
    parts = [(rest, whole[:1])] if whole else [(c, (cedict_senses(c) or ())[:SENSES]) for c in rest]
    read = [set(english_tokens(" ".join(senses))) for _, senses in parts]
    own = _own_words(hit, vocab)
    # every word of the head names a tool, in a word the product's own chapter does not use (头: head, not hair)
    if not read or not all((r & _tool_words()) - own for r in read):
        return None
    return rest


def _own_words(hit: Hit, vocab: Vocabulary) -> frozenset[str]:
    """The words of the heading texts of the chapters the product word's good is classified in."""
    product = vocab.products.get(hit.meaning.key)
    chapters = {c.hs6[:2] for v in product.variants.values() for c in v.hs.values()} if product else set()
    return _chapters_words(frozenset(chapters))


@lru_cache(maxsize=256)
def _chapters_words(chapters: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(_chapter_words(c) for c in chapters))


def not_goods(text: str, hits: list[Hit], vocab: Vocabulary) -> list[NotAGood]:
    """The spans whose product words name no good of the title, by the options of the vocabulary."""
    options = vocab.options
    users = _for_users(text, hits, vocab) if "for_user_not_good" in options else []
    if users:
        return users
    if text.isascii() and not _EN_NEGATION.search(text):
        return []  # an English title reads only by negation here, and most say none (the cheap test first)
    out: list[NotAGood] = []
    for hit in hits:
        if hit.meaning.kind != "product":
            continue
        if "negated_product" in options and _negated(text, hit):
            out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' is said absent (negated): not the good"))
        elif "name_not_noun" in options and (word := _inside_name(text, hit)) is not None:
            out.append(NotAGood(word[0], word[1], f"'{hit.term}' is inside the name '{text[word[0]:word[1]]}' "
                                                  "(no noun before it): not the good"))
        elif "modifier_not_head" in options and (head := _head_after(text, hit, hits, vocab)) is not None:
            out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' modifies the head noun '{head}': what the "
                                                    "good serves, not the good"))
        elif "piece_over_generic" in options and (piece := _piece_named(text, hit, hits, vocab)) is not None:
            out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' is the trade's word for all hair goods; "
                                                    f"'{piece}' names the good, a piece"))
        elif ("head_final" in options and (head_hit := _product_after(text, hit, hits, vocab)) is not None
              and not ("gift_box_contents" in options and head_hit.term in _GIFT_BOX)):
            out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' modifies '{head_hit.term}' after it in one "
                                                    "word (the compound's head is last): not the good"))
        elif "gift_box_contents" in options and (good := _boxed_good(hit, hits, vocab)) is not None:
            out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' (gift box) is how '{good}' is put up: "
                                                    "not the good"))
    return out


# Chinese 礼盒 "gift box" names how a good is put up for sale (大闸蟹礼盒 crabs in a gift box, 婴儿衣服…礼盒套装 a boxed
# set of baby clothes), as 礼盒装 "gift-boxed" does; an empty box is sold as 包装盒 / 纸盒 ("packaging box").  Where the
# title names another good, the box is its packing, not the good (round 17; seen: set 10's 鲜活大闸蟹礼盒, labelled
# 0306.33, and four seen titles answered right already; a title naming no other good stays packaging).
_GIFT_BOX = frozenset({"礼盒", "禮盒"})


def _boxed_good(hit: Hit, hits: list[Hit], vocab: Vocabulary) -> str | None:
    """The other good a gift-box hit (option `gift_box_contents`) packs; None where the title names none."""
    if hit.term not in _GIFT_BOX:
        return None
    for other in hits:
        if (other.meaning.kind == "product" and other.meaning.key != hit.meaning.key
                and not other.meaning.weak and other.meaning.key in vocab.products):
            return other.term
    return None


# Chinese 假发 ("false hair") names every hair good, wigs and pieces alike; a title that also names a piece by a word
# the trade keeps for pieces (a word ending in 片 "piece": 假发片, 接发片, 刘海片; 接发 "extensions"; 马尾 "ponytail") sells
# the piece.  A fringe or lace front named as a wig's style (空气刘海 "air bangs", 蕾丝前额假发) is no such word.
_GENERIC_HAIR = frozenset({"假发", "假髮"})
_PIECE_WORD = re.compile(r"片$|接发|接髮|马尾|馬尾")


def _piece_named(text: str, hit: Hit, hits: list[Hit], vocab: Vocabulary) -> str | None:
    """The piece word (option `piece_over_generic`) that outranks the generic 假发 hit; None where there is none."""
    if hit.term not in _GENERIC_HAIR:
        return None
    for other in hits:
        product = vocab.products.get(other.meaning.key) if other.meaning.kind == "product" else None
        if (product is not None and product.family == "hair" and other.meaning.key == "hair_piece"
                and not other.meaning.weak and _PIECE_WORD.search(other.term)
                and not (other.start <= hit.start and hit.end <= other.end)):
            return other.term
    return None


def _product_after(text: str, hit: Hit, hits: list[Hit], vocab: Vocabulary) -> Hit | None:
    """The next product word of another family after a Chinese or Korean product word, in the same word (no space
    between; in Korean, words the vocabulary reads as no product may stand between, as a Korean word is written
    whole; a Chinese title runs its words together, so only the very next word counts): the compound's head (코바늘+나시
    "crochet sleeveless top" is a top, 코바늘+니트+가디건 a cardigan; 礼盒+袜子 "gift-box socks" are socks; 发卷+刘海 a
    fringe piece, not a curler).  Two articles of apparel (chapters 61/62: 文胸背心, 长袖T恤针织衫) are one good named
    twice and stay to the vocabulary's priorities, as does an English compound (word order is not head-final
    there); a yarn before a garment (棉线毛衣 "cotton-thread sweater") says the garment's material, which the
    decision reads from it."""
    product = vocab.products.get(hit.meaning.key)
    if product is None or text[hit.start].isascii() or product.family == "fibre":
        return None
    end = hit.end
    while end > hit.start and text[end - 1].isspace():
        end -= 1
    for other in hits:
        if other.start < end or other is hit:
            continue
        if other.start > end and (any(c.isspace() for c in text[end:other.start])
                                  or not _HANGUL.match(text, hit.start)):
            return None  # a space: another word (Chinese: only the very next word)
        if other.meaning.kind != "product":
            if not _HANGUL.match(text, hit.start):
                return None  # Chinese writes a title without spaces: only the very next word is the compound's
            end = other.end
            continue
        head = vocab.products.get(other.meaning.key)
        if head is None or text[other.start].isascii() or head.family == product.family or (
                _apparel(product) and _apparel(head)):
            return None
        return other
    return None


def _apparel(product: Product) -> bool:
    """Whether a product's lines are of chapters 61 and 62 (garments, and brassieres, which vocabulary families
    keep apart)."""
    return any(choice.hs6[:2] in ("61", "62") for variant in product.variants.values()
               for choice in variant.hs.values())


# hs_v9 for_user_not_good: an English title that names its good before "for" in words the vocabulary does not know
# ("Hairline Tape for Lace Front Wigs", "Silk Pillowcase for Hair and Wigs", "Foam Head for Wigs") names after "for"
# what the good serves: the good is an accessory, classified as itself (the label authority's rule 4), not the wig or
# lash it is for.  Where a product word comes before "for", main_clause already keeps it; a person after "for" (for
# Women, for Black Women, for Girls) is whom the good is for, and a product word after the person is the good.
# (English only: a Chinese 用于X的Y puts the good Y last, after what it is for)
_FOR_MARKERS = frozenset({"for", "fits", "suitable for", "compatible with", "to secure", "to hold"})
_WORD = re.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff\uac00-\ud7a3]+")
_PERSON = re.compile(r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|kids?|child(?:ren)?|lad(?:y|ies)|black|white|african|"
                     r"american|beginners?|adults?|teens?|babies|baby|toddlers?|daily|everyday|party|cosplay|"
                     r"halloween|costume|thin(?:ning)?|alopecia|cancer|chemo|patients?)\b", re.I)
_MAKING_AFTER = re.compile(r"\s*(?:use\s+in\s+)?(?:mak|manufactur)", re.I)
_LAST_WORD = re.compile(r"([A-Za-z]{2,})[^A-Za-z]*$")


@lru_cache(maxsize=1)
def _nomenclature_words() -> frozenset[str]:
    """Every English word of the nomenclature's texts (the names it gives goods by)."""
    from chainlight.classify.nomenclature import english_tokens, index

    return frozenset(w for text in index().descriptions.values() for w in english_tokens(text))


MAX_FOR_WORDS = 3  # words between "for" and the product word it serves ("for Lace Front Wigs", "for Hair and Wigs")


def _for_users(text: str, hits: list[Hit], vocab: Vocabulary) -> list[NotAGood]:
    """The product words after a first "for" that no product word precedes, where words name the good before it."""
    marker = next((h for h in hits if h.meaning.kind == "after" and h.term in _FOR_MARKERS), None)
    if marker is None or any(h.meaning.kind == "product" and h.start < marker.start for h in hits):
        return []
    if _MAKING_AFTER.match(text, marker.end):
        return []  # "for (use in) making wigs": decide's reading of what a material is made into
    last = _LAST_WORD.search(text, 0, marker.start)
    if last is None or any(h.start <= last.start() < h.end for h in hits):
        return []  # the word before "for" is a material, a cue or a count: no good named there
    from chainlight.classify.nomenclature import english_tokens

    if not set(english_tokens(last.group(1))) & _nomenclature_words():
        return []  # the word before "for" is no noun the nomenclature names goods by ("Hairdo Sleek for The Week Wigs")
    out = []
    for hit in hits:
        if hit.meaning.kind != "product" or hit.start < marker.end:
            continue
        between = text[marker.end:hit.start]
        if _PERSON.search(between) or len(_WORD.findall(between)) > MAX_FOR_WORDS or any(
                h.meaning.kind == "after" and marker.end <= h.start < hit.start for h in hits):
            break
        out.append(NotAGood(hit.start, hit.end, f"'{hit.term}' after '{marker.term}' is what the good named before "
                                                "it serves: not the good"))
    return out


# hs_v9 korean_loan_syllables: Korean writes English loanwords in Hangul, and two of them are one syllable long: 숄
# "shawl" starts 숄더 "shoulder" (숄더 백 "shoulder bag"), 빗 "comb" starts 빗자루 "broom"; a one-syllable product word
# that runs on into more syllables of the same word is inside another word, not the good.  And 백 "bag" stands as a
# word of its own after the words that say the bag's kind or material (퀼팅 백 "quilted bag", 레더 백, 숄더 백): a
# standalone 백 after another word is the vocabulary's 가방 (a bag; the vocabulary keeps the compounds 숄더백, 토트백).
_KO_BAG = re.compile(r"(?<=[\uac00-\ud7a3A-Za-z] )백(?![\uac00-\ud7a3])")
_BAG_WORD = "가방"


def korean_loan_syllables(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hits without one-syllable Korean product words inside a longer word, with a standalone 백 read as a bag."""
    if not _HANGUL.search(text):
        return hits
    out = [h for h in hits if not (h.meaning.kind == "product" and h.end - h.start == 1 and _HANGUL.match(h.term)
                                   and _HANGUL.match(text, h.end)
                                   and not any(o.start == h.end for o in hits))]
    bag = vocab.terms.get(_BAG_WORD)
    if bag is not None and "백" in text:
        for m in _KO_BAG.finditer(text):
            if not any(h.start <= m.start() < h.end for h in out):
                out.append(Hit(m.start(), m.end(), _BAG_WORD, bag))
        out.sort(key=lambda h: h.start)
    return out


def blank(text: str, spans: list[NotAGood]) -> str:
    """The text with the spans blanked (spaces of the same length: the other hits keep their offsets)."""
    for s in sorted(spans, key=lambda s: -s.start):
        text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
    return text


# The frozen state said in the title: headings 03.02-03.07 divide by it, and a frozen good praised as fresh (锁鲜
# "freshness locked", 生鲜 the fresh-food aisle, "fresh frozen") is frozen: freezing is what was done to it.
_FROZEN = re.compile(r"\bfrozen\b|\biqf\b|冷冻|急冻|速冻|船冻|冷凍|急凍|速凍|냉동", re.I)


def says_frozen(text: str) -> bool:
    return _FROZEN.search(text) is not None


def frozen_over_fresh(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hits without the cue "fresh" (fresh, chilled, live) where the title says the good is frozen (option
    `frozen_over_fresh`)."""
    if ("frozen_over_fresh" not in vocab.options
            or not any(h.meaning.kind == "cue" and h.meaning.key == "fresh" for h in hits)  # (the cheap test first)
            or not _FROZEN.search(text)):
        return hits
    return [h for h in hits if not (h.meaning.kind == "cue" and h.meaning.key == "fresh")]



# A remover named in a title of goods held on by an adhesive (lashes, lash extensions, glue, wigs and hair pieces)
# removes that adhesive: the remover's "adhesive" line (38.14, solvents), not the make-up remover of 33.04
_REMOVER_WORD = re.compile(r"remover|debonder|리무버|卸胶|卸睫毛胶")
_MAKEUP = re.compile(r"make-?\s?up|卸妆|메이크업|클렌징")
_BONDED = frozenset({"lashes", "glue", "hair_piece", "wig", "partial_wig"})


def apply_adhesive_remover(text: str, decision: Decision, hits: list[Hit], vocab: Vocabulary) -> Decision:
    """Option `adhesive_remover`: a bare remover ("Lash Gel Remover") in a title that names a bonded good or the
    adhesive is an adhesive remover."""
    if ("adhesive_remover" not in vocab.options or decision.product is None or decision.choice is None
            or decision.product.id != "remover"):
        return decision
    code = next((c.hs6 for v in decision.product.variants.values() for k, c in v.hs.items() if k == "adhesive"), None)
    if code is None or decision.choice.hs6 == code or _MAKEUP.search(text):
        return decision
    term = next((h.term for h in hits if h.meaning.kind == "product" and h.meaning.key == "remover"), "")
    bonded = next((h.term for h in hits if h.meaning.kind == "product" and h.meaning.key in _BONDED), None)
    if not _REMOVER_WORD.search(term) or bonded is None:
        return decision
    return replace(decision, choice=HsChoice(code, decision.choice.category),
                   reasons=[*decision.reasons, f"a remover in a title of '{bonded}': it removes the adhesive, {code}"])


def one_syllable_materials(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """Option `one_syllable_material`: a Korean material word of one syllable (울 wool) counts where it is a word of
    its own (울 니트, 울100) or right before the product it is the material of (울코트), not at the head of a longer
    word (울트라 "ultra"), as the one-syllable cues count only before the good (vote._prefix_cues)."""
    if "one_syllable_material" not in vocab.options:
        return hits
    starts = {h.start for h in hits}
    return [h for h in hits
            if not (h.meaning.kind == "material" and len(h.term) == 1 and _HANGUL.match(h.term)
                    and _HANGUL.match(text, h.end) and h.end not in starts)]



# The state a Chinese seafood word says of itself: 虾皮 "dried small shrimp", 虾米 "dried shrimps", 咸鱼 "salted fish"
# (CC-CEDICT's first sense).  The vocabulary finds the product (虾) inside the word and not the state, and answered
# the frozen line.
_STATE_SENSE = re.compile(r"\b(?:dried|salted|smoked|cured)\b")
_DRIED = "dried"
MAX_STATE_WORD = 4  # characters of the word read around the product word


def dictionary_states(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hits with a `dried` cue for each Chinese product word of a good that has a dried line, where the
    CC-CEDICT word around it (two to four characters, the product word inside) says dried, salted, smoked or cured
    in its first sense and the title names no such state itself (option `dictionary_state`)."""
    if not _HAN.search(text) or any(h.meaning.kind == "cue" and h.meaning.key == _DRIED for h in hits):
        return hits
    from chainlight.classify.nomenclature import cedict_senses
    from chainlight.classify.vocabulary import Meaning

    added: list[Hit] = []
    for hit in hits:
        product = vocab.products.get(hit.meaning.key) if hit.meaning.kind == "product" else None
        if product is None or not _HAN.match(text, hit.start) or not any(
                _DRIED in v.hs for v in product.variants.values()):
            continue
        run = _HAN_RUN.search(text, max(0, hit.start - MAX_STATE_WORD))
        lo, hi = (hit.start, hit.end) if run is None else (max(run.start(), hit.end - MAX_STATE_WORD),
                                                           min(run.end(), hit.start + MAX_STATE_WORD))
        for a in range(lo, hit.start + 1):
            for b in range(min(hi, a + MAX_STATE_WORD), hit.end - 1, -1):
                if b - a <= hit.end - hit.start or not (a <= hit.start and hit.end <= b):
                    continue
                senses = cedict_senses(text[a:b])
                if senses and _STATE_SENSE.search(senses[0].lower()):
                    added.append(Hit(a, b, text[a:b], Meaning("cue", _DRIED)))
                    break
            if added and added[-1].start == a:
                break
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits


# hs_v10 shop_phrases: Chinese is written without spaces, and a shop's words around the good (【速发包邮】 "fast
# dispatch, free post", 现货 "in stock", 厂家直销 "factory direct", 一件代发 "drop-shipped") can make a product word
# across their boundary: 速发包邮 holds 发包 "hair bun" across 速发 | 包邮, and 速发 ends in 发 "hair".  A segmenter that
# knows the shop's phrases (settings.shop_phrases) cuts them out of the title.  A phrase is cut where it stands as a
# word: at an edge of the title, beside punctuation, a space, a digit or a Latin letter, or beside another of the
# phrases (【速发包邮】, 2023新款); inside a run of other characters it may be part of another word (钱包邮寄: 钱包
# "wallet" + 邮寄 "by post") and stays.
_WORD_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]")


def shop_phrase_cuts(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the shop's phrases stand as words in a (normalised) title: (start, end) of each, in order."""
    found: set[tuple[int, int]] = set()
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            found.add((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    if not found:
        return []
    starts = {a for a, _ in found}
    ends = {b for _, b in found}

    def edge(i: int) -> bool:  # no word character at position i
        return i < 0 or i >= len(text) or _WORD_CHAR.match(text[i]) is None

    cuts = [(a, b) for a, b in sorted(found) if edge(a - 1) or edge(b) or a in ends or b in starts]
    out: list[tuple[int, int]] = []
    for a, b in sorted(cuts, key=lambda c: (c[0], -c[1])):  # the longest phrase at a place, none overlapping
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def without_shop_phrases(text: str, vocab: Vocabulary) -> str:
    """The title with the shop's phrases that stand as words blanked (spaces of the same length; option
    `shop_phrases`)."""
    if text.isascii() or not vocab.shop_phrases:
        return text
    for a, b in reversed(shop_phrase_cuts(text, vocab.shop_phrases)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# hs_v10 hair_piece_family: the trade's Chinese hair pieces are named by where the piece sits or what it is made on,
# then 片 / 块 "piece": 蕾丝闭合片 "lace closure", 蕾丝发块, 头顶补发片, 接发片.  A sibling the vocabulary lacks (蕾丝正面片
# "lace frontal") has the same shape.  The shape is read from the vocabulary's own Chinese hair-piece words that end in
# a piece noun: their first two characters (蕾丝, 头顶, 补发, 接发 ...) and that noun; a word of the title that opens with
# one of those and closes with a piece noun within four characters, where the vocabulary read no product, is a hair
# piece, where the vocabulary names no other good in the title and reads hair in it (a hair cue or material: Body
# Wave, 真发, 人发): 蕾丝贴片 beside 文胸 is a bra's lace, 隐形眼镜片 a contact lens.
_PIECE_NOUNS = "片块塊"
_FAMILY: dict[int, tuple[Vocabulary, re.Pattern[str] | None]] = {}  # by id, with the vocabulary (an id is reused)


def _hair_piece_shape(vocab: Vocabulary) -> re.Pattern[str] | None:
    known = _FAMILY.get(id(vocab))
    if known is None or known[0] is not vocab:
        heads = sorted({t[:2] for t, m in vocab.terms.items() if m.kind == "product" and m.key == "hair_piece"
                        and len(t) >= 3 and t[-1] in _PIECE_NOUNS and all("\u3400" <= c <= "\u9fff" for c in t)})
        known = _FAMILY[id(vocab)] = (vocab, re.compile(
            f"(?:{'|'.join(map(re.escape, heads))})[\\u4e00-\\u9fff]{{0,3}}?[{_PIECE_NOUNS}]") if heads else None)
    return known[1]


def hair_piece_family(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hits with a Chinese hair piece named in the shape of the vocabulary's hair-piece words (option
    `hair_piece_family`), where the vocabulary names no good and reads hair in the title."""
    from chainlight.classify.decide import _hair_context

    meaning = vocab.terms.get("发片")
    shape = _hair_piece_shape(vocab) if meaning is not None else None
    if (shape is None or meaning is None or any(h.meaning.kind == "product" for h in hits)
            or not _hair_context(hits, vocab)):
        return hits
    added = [Hit(m.start(), m.end(), "发片", meaning) for m in shape.finditer(text)]
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits


# hs_v10 knit_noun: Korean shops call a knitted top 니트 ("knit"): 반팔 니트 "short-sleeved knit", 린넨라이크 니트 시리즈.
# Where the vocabulary names no good, 니트 standing as the noun of the title (nothing after it but punctuation, Latin,
# digits, another vocabulary word, or a listing word: 시리즈 "series", 세트, 모음, 컬렉션) is the knitted jersey or
# pullover of 61.10; before another noun (니트 세탁기, a washing machine for knits) it only describes that noun.
_KNIT_NOUN = "니트"
_LISTING_WORDS = frozenset({"시리즈", "세트", "모음", "컬렉션", "단독", "특가", "신상"})
_NEXT_HANGUL = re.compile(r"[^\uac00-\ud7a3,\[\]()\-/|~]*([\uac00-\ud7a3]+)")


def knit_noun(text: str, hits: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hits with a Korean 니트 standing as the title's noun read as a pullover (option `knit_noun`), where the
    vocabulary names no good."""
    if _KNIT_NOUN not in text or any(h.meaning.kind == "product" for h in hits):
        return hits
    pullover = vocab.terms.get("스웨터")
    if pullover is None or pullover.kind != "product":
        return hits
    for h in hits:
        if h.term != _KNIT_NOUN or h.meaning.kind != "cue":
            continue
        m = _NEXT_HANGUL.match(text, h.end)
        if m is not None and m.group(1) not in _LISTING_WORDS and not any(o.start == m.start(1) for o in hits):
            continue
        return sorted([*[o for o in hits if o is not h], Hit(h.start, h.end, _KNIT_NOUN, pullover)],
                      key=lambda o: o.start)
    return hits
