"""From the terms found in a text to one product, its material class and its HS subheading.

Pure functions over hits (no I/O).  The steps, in order:
1. the main clause: what comes before "with", "for", "送", "증정"... names the product, what follows is a
   gift, a part or the user of it; a Chinese or Korean product followed by "用"/"专用"/"용" is the user;
2. weak terms ("closure", "bundles") count only with hair context in the text;
3. the product of highest priority wins, the later one on a tie (the head of a noun phrase comes last);
4. the material class is read through the product's family, the construction (knit/woven) and gender
   (HS chapter 61 note 9: a garment not identifiable as men's is women's) pick the variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from chainlight.classify.matcher import Hit
from chainlight.classify.nomenclature import head_span
from chainlight.classify.vocabulary import HsChoice, Meaning, Product, Vocabulary

_HAIR_CONTEXT_CLASSES = frozenset({"human", "synthetic", "other"})
# Characters after "用"/"용" that make a different word ("用品" supplies, "용품", "용량" capacity).
_NOT_USER_SUFFIX = frozenset("品途量품량기-条衣衫")  # 제조용품 is a product; "yarn-dyed" says how a cloth is made
# Products within this many priority points of the best compete on how often the title names them.
PRIORITY_SLACK = 1


@dataclass
class Decision:
    product: Product | None
    choice: HsChoice | None = None
    evidence: str = ""  # calibration pattern, e.g. "strong|stated|clean"
    material: str | None = None  # material class used for the subheading
    reasons: list[str] = field(default_factory=list)


def main_clause(hits: list[Hit]) -> list[Hit]:
    """Hits before the first clause marker that follows a product; all hits when there is none."""
    seen_product = False
    for i, hit in enumerate(hits):
        if hit.meaning.kind == "product":
            seen_product = True
        elif hit.meaning.kind == "after" and seen_product:
            return hits[:i]
    return hits


@lru_cache(maxsize=8)
def _suffix_re(suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """The user suffixes as one pattern, longest first (one match instead of a loop of startswith)."""
    if not suffixes:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)))


# An English product named after "for (use in) making" / "used to make" is what the good is for ("fibres
# prepared for use in making wigs or dolls' hair", "nylon for making wigs"); products joined by "or"/"and"
# after it are users too.
_MAKING_BEFORE = re.compile(r"\b(?:mak(?:e|ing)|manufactur(?:e|ing))\s+(?:[\w'’-]+\s+(?:or|and)\s+)*$")


def is_user(hit: Hit, text: str, suffixes: tuple[str, ...]) -> bool:
    """Whether the words at the hit name what the good serves, not the good: a user suffix follows them (假发专用梳:
    a comb for wigs), or "for making" precedes them."""
    return _is_user(hit, text, suffixes)


def _is_user(hit: Hit, text: str, suffixes: tuple[str, ...], hits: list[Hit] | None = None) -> bool:
    # (the words the pattern needs are looked for first: a scan of 60 positions per product costs more)
    if ("mak" in text or "manufactur" in text) and _MAKING_BEFORE.search(text, max(0, hit.start - 60), hit.start):
        return True
    pattern = _suffix_re(suffixes)
    if pattern is None:
        return False
    rest = text[hit.end:].lstrip(" ")
    m = pattern.match(rest)
    if m is None:
        return False
    at = len(text) - len(rest)
    if hits and any(h.start == at and h.meaning.kind == "neutral" for h in hits):
        return False  # "shirt yarn-dyed": a term that names no good starts there, not a suffix
    after = rest[m.end():m.end() + 1]
    return not after or after not in _NOT_USER_SUFFIX


def _hair_context(hits: list[Hit], vocab: Vocabulary) -> bool:
    hair = vocab.family_classes.get("hair", {})
    for hit in hits:
        m = hit.meaning
        if m.kind == "cue" and m.key == "hair":
            return True
        if m.kind == "material" and hair.get(m.key) in _HAIR_CONTEXT_CLASSES:
            return True
        if m.kind == "product" and not m.weak and vocab.products[m.key].family == "hair":
            return True
    return False


# A Korean listing's first segment ends at a comma, or after the words for whom the good is (여성용, 남성용): the
# titles translated for marketplaces put the good before them and styles after ("크롭 니트 카디건 여성용 반팔 ... 탑 셔츠")
_SEGMENT_END = re.compile(r"[,，]|(?:여성|남성|여자|남자|남녀공용|공용|아동|키즈)용(?![가-힣])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _first_segment_end(text: str) -> int | None:
    """Where the first segment of a Korean title ends (a comma, or the end of 여성용/남성용...); None for a title
    that is not Korean or has one segment."""
    m = _SEGMENT_END.search(text)
    if m is None or not _HANGUL.search(text, 0, m.start()):
        return None
    return m.start() if m.group(0) in ",，" else m.end()


_ONE_PHRASE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z0-9][A-Za-z0-9'’-]*){1,7}")


def _english_end_head(text: str, candidates: list[Hit]) -> Hit | None:
    """The strong product word that ends an English title made of one phrase of two to eight words (no
    punctuation, figures only inside words), or None."""
    stripped = text.rstrip()
    if not stripped.isascii() or not _ONE_PHRASE.fullmatch(stripped):
        return None
    ends = [h for h in candidates if h.end == len(stripped) and not h.meaning.weak]
    return ends[0] if len(ends) == 1 else None


_CHILD = re.compile(r"儿童|女童|男童|中大童|小童|大童|兒童")  # hs_v8 child_not_baby: words of a child's size, not a baby's
_LOOSE_BABY = frozenset({"宝宝", "寶寶"})  # what a Chinese shop calls any small child


_HAIR_ACCESSORY = "hair_accessory"


def _korean_last_hair_good(text: str, candidates: list[Hit], vocab: Vocabulary) -> Hit | None:
    """The hair good (a wig or hair piece of the vocabulary's hair family) a Hangul title names last among its hair
    goods and hair accessories, where another of them is named before it; None otherwise."""
    if not _HANGUL.search(text):
        return None
    hairy = [h for h in candidates if h.meaning.key == _HAIR_ACCESSORY
             or vocab.products[h.meaning.key].family == "hair"]
    if len({h.meaning.key for h in hairy}) < 2 or not _HANGUL.search(text[hairy[-1].start:hairy[-1].end]):
        return None
    last = max(hairy, key=lambda h: h.start)
    return last if last.meaning.key != _HAIR_ACCESSORY else None


# hs_v13 (option same_good_state): the states of a food a product word may carry (생굴 @fresh)
_STATES = frozenset({"fresh", "frozen", "dried", "prepared"})
# hs_v13 (option korean_piece_over_wig): the Korean words for made-up hair that name no shape (가발 "wig, hair piece",
# 여성가발 "women's 가발" ...), and the words that name a complete wig (통가발 "whole 가발", 전체가발, 풀가발, 위그)
_GENERIC_WIG = frozenset({"가발", "여성가발", "여자가발", "남자가발", "남성가발", "패션가발", "헤어 가발", "헤어가발",
                          "인모가발", "인모 가발", "여성 가발", "남자 가발"})
# the lace a wig is built on (레이스 프론트 가발: a lace-front wig) names how a wig is made, not a piece
_WIG_BUILD = ("레이스", "프론트", "프런트")
# words saying an accessory is for fixing or holding hair goods (가발 고정 집게핀, 가발용): the accessory is the good
_FOR_FIXING = ("고정", "가발용", "전용", "보관")
_WHOLE_WIG = ("통가발", "통 가발", "전체가발", "전체 가발", "풀가발", "풀 가발", "위그", "전두가발", "full wig")


def _korean_piece_over_wig(text: str, candidates: list[Hit], vocab: Vocabulary) -> list[Hit]:
    """The hair-piece hits (category hair_pieces, hair family) of a Hangul title whose wig hits are all the generic
    가발, where no complete wig is named; [] otherwise."""
    if not _HANGUL.search(text) or any(w in text for w in _WHOLE_WIG):
        return []
    wigs = [h for h in candidates if h.meaning.key == "wig"]
    if not wigs or any(h.term not in _GENERIC_WIG for h in wigs):
        return []
    return [h for h in candidates if vocab.products[h.meaning.key].family == "hair" and _HANGUL.search(h.term)
            and not any(w in h.term for w in _WIG_BUILD) and any(v.category == "hair_pieces" for v in vocab.products[h.meaning.key].variants.values())]


def pick_product(hits: list[Hit], text: str, vocab: Vocabulary) -> tuple[Hit | None, bool, list[str]]:
    """The winning product hit, whether others competed, and the reasons."""
    if "korean_components" in vocab.options and (parts := _components(hits, text)):
        hits = [h for h in hits if h.start not in parts]
        if not any(h.meaning.kind == "product" for h in hits):
            return None, False, ["the products named are parts of a good named after them"]
    products = [h for h in hits if h.meaning.kind == "product"]
    primary = [h for h in main_clause(hits) if h.meaning.kind == "product"] or products
    reasons: list[str] = []
    heads = [h for h in primary if not _is_user(h, text, vocab.user_suffixes, hits)]
    if heads and len(heads) < len(primary):
        reasons.append("ignored as the user of the product: "
                       + ", ".join(h.term for h in primary if h not in heads))
    candidates = heads or primary
    if not heads and primary and "users_are_not_the_good" in vocab.options:
        # every product named is only what the good is for (가발 제조용 원사: yarn for making wigs)
        return None, False, reasons
    if not candidates:
        return None, False, reasons
    # an English title names its good first, in the head noun of its first phrase ("woman's cardigan of acrylic,
    # V-neckline, three button closures"; "man's pullover shirt of woven and knit portions"): products named
    # outside that phrase are not the good whatever their priority; those within it ("panty girdle brief") are
    # ranked as usual
    if ("head_noun_decides" in vocab.options and len({h.meaning.key for h in candidates}) > 1
            and (span := head_span(text)) is not None
            and any(h.start <= span[1] and h.end >= span[2] for h in candidates)):
        phrase = [h for h in candidates if span[0] <= h.start < span[2]]
        if len(phrase) < len(candidates):
            reasons.append("not the head noun: " + ", ".join(sorted({h.term for h in candidates if h not in phrase})))
            candidates = phrase
    if ("english_end_head" in vocab.options and len({h.meaning.key for h in candidates}) > 1
            and head_span(text) is None and (end := _english_end_head(text, candidates)) is not None):
        # an English listing title that is one noun phrase ends in its head noun ("Wig Pro Men's Lace Front
        # Toupee": a toupee a wig shop sells); a strong product word that closes the title is the good
        reasons.append("the title ends in its head noun: " + end.term)
        candidates = [end]
    if "korean_first_segment" in vocab.options and len({h.meaning.key for h in candidates}) > 1:
        # a Korean listing title names its good in its first comma-separated segment ("... 니트 풀오버 여성용,
        # ... 슬리밍 니트 야외 블라우스"): the later segments pile up styles and search words, and a garment word
        # there (블라우스, 점퍼, 스웨터 코트) is not the good
        first = _first_segment_end(text)
        if first is not None:
            head = [h for h in candidates if h.end <= first]
            if head and len(head) < len(candidates):
                reasons.append("after the first segment: "
                               + ", ".join(sorted({h.term for h in candidates if h not in head})))
                candidates = head
    if ("korean_sweater_jacket" in vocab.options and {"pullover", "coat"} <= {h.meaning.key for h in candidates}
            and _HANGUL.search(text)):
        # a Korean title that names a sweater and a jacket or coat in one segment sells a sweater-jacket (스웨터
        # 슬리밍 짧은 재킷, 스웨터 코트): a knitted "similar article" of heading 61.10, not a coat of 61.02
        reasons.append("a jacket named with a sweater: a sweater-jacket")
        candidates = [h for h in candidates if h.meaning.key != "coat"]
    if "style_suffix" in vocab.options and len({h.meaning.key for h in candidates}) > 1:
        # a garment word with a style suffix names the cut of another good (원피스형 수영복: a one-piece-style
        # swimsuit; 衬衫式连衣裙: a shirt-style dress)
        styled = [h for h in candidates if text.startswith(_STYLE_SUFFIX, h.end)]
        if styled and len(styled) < len(candidates):
            reasons.append("names a style: " + ", ".join(sorted({h.term for h in styled})))
            candidates = [h for h in candidates if h not in styled]
    if "put_up_not_hair" in vocab.options and len({h.meaning.key for h in candidates}) > 1:
        # a weak hair word right after the noun of a good of another family says how that good is put up ("Acrylic
        # Yarn Bundle": yarn in a bundle), not a hair piece
        put_up = [h for h in candidates if h.meaning.weak and any(
            o.meaning.kind == "product" and 0 <= h.start - o.end <= 1
            and vocab.products[o.meaning.key].family != vocab.products[h.meaning.key].family for o in candidates)]
        if put_up and len(put_up) < len(candidates):
            reasons.append("names how another good is put up: " + ", ".join(sorted({h.term for h in put_up})))
            candidates = [h for h in candidates if h not in put_up]
    if "korean_piece_over_wig" in vocab.options and len({h.meaning.key for h in candidates}) > 1:
        # hs_v13: in a Hangul title 가발 is the generic word for made-up hair; a hair-piece word beside it says which,
        # and a hair accessory named with that piece (집게핀, 똑딱핀) is how the piece is worn, unless the title says the
        # accessory is for fixing or holding hair goods (가발 고정 집게핀)
        pieces = _korean_piece_over_wig(text, candidates, vocab)
        if pieces:
            reasons.append("a hair piece named beside the generic 가발: " + ", ".join(sorted({h.term for h in pieces})))
            candidates = [h for h in candidates if not (h.meaning.key == "wig" and h.term in _GENERIC_WIG)]
            if not any(w in text for w in _FOR_FIXING):  # the clip a piece is worn with (가발 집게핀 ... 부분가발)
                candidates = [h for h in candidates if h.meaning.key != _HAIR_ACCESSORY] or candidates
    if "korean_last_hair_good" in vocab.options and len({h.meaning.key for h in candidates}) > 1:
        # hs_v12: a Korean listing title piles up nouns and names its good last among the hair words: a hair piece
        # named after the claw clip it is worn with (가발 집게핀 ... 부분가발) or after a wig word (여성가발 ...
        # 부분가발) is the good; an accessory named last (가발 고정 집게핀) stays the good (accessories as themselves)
        last = _korean_last_hair_good(text, candidates, vocab)
        if last is not None:
            reasons.append(f"the hair good named last in a Korean title: {last.term}")
            candidates = [last]
    context = _hair_context(hits, vocab)
    strong = [h for h in candidates if not h.meaning.weak or context]
    pool = strong or candidates
    # a word that names the role a garment plays (打底衫 "base layer", 外套 "outer layer") yields to a word that
    # names its kind (毛衣 a sweater) in the same title
    kinds = [h for h in pool if "role" not in h.meaning.attrs]
    if kinds and len(kinds) < len(pool):
        reasons.append("names a role, not a kind: " + ", ".join(sorted({h.term for h in pool if h not in kinds})))
        pool = kinds
    # Among products of (nearly) the same priority, the one the title names most often is the good (毛衣 ...
    # 针织衫 ... 打底衫: two words for a pullover against one for a base-layer top); then priority, then the later.
    top = max(vocab.products[h.meaning.key].priority for h in pool)
    named: dict[str, int] = {}
    for h in pool:
        named[h.meaning.key] = named.get(h.meaning.key, 0) + 1

    def rank(p: tuple[int, Hit]) -> tuple[int, int, int]:
        priority = vocab.products[p[1].meaning.key].priority
        often = named[p[1].meaning.key] if "most_named_wins" in vocab.options and priority >= top - PRIORITY_SLACK else 0
        return (often, priority, p[0])

    best = max(enumerate(pool), key=rank)[1]
    rivals = {h.meaning.key for h in pool} - {best.meaning.key}
    if rivals:
        reasons.append(f"'{best.term}' outranks " + ", ".join(sorted(rivals)))
    return best, bool(rivals), reasons


# hs_v11 (option stretch_minor): elastane words.  A garment "of cotton with spandex" is of cotton: elastane is put in for
# stretch at a few percent and does not predominate by weight (Section XI, subheading note 2(A)), so beside another
# fibre named it does not choose the subheading.
_STRETCH = frozenset({"spandex", "elastane", "lycra", "스판", "스판덱스", "氨纶", "莱卡"})


def _material(best: Hit, hits: list[Hit], vocab: Vocabulary) -> tuple[str | None, list[str]]:
    family = vocab.products[best.meaning.key].family
    classes = vocab.family_classes.get(family, {})
    # The winner's own implied material first, then materials named or implied anywhere, in text order.
    stated = [a for a in best.meaning.attrs if a in vocab.material_keys]
    textile = vocab.textile_terms.get(family, {})
    stretch_only = "stretch_minor" in vocab.options and any(
        h.meaning.kind == "material" and h.term not in _STRETCH for h in hits)
    for hit in hits:
        if hit.meaning.kind == "material":
            if stretch_only and hit.term in _STRETCH:
                continue  # hs_v11: elastane beside another fibre is the few percent that stretch it
            stated.append(textile.get(hit.term, hit.meaning.key))
        elif hit.meaning.kind == "product" and hit is not best:
            stated += [a for a in hit.meaning.attrs if a in vocab.material_keys]
    if "stated_material_first" in vocab.options:  # hs_v6
        # a material the text states in a word of its own (纯棉, 腈纶) before one the product word only implies: the
        # trade's 毛线 "wool thread" is any knitting yarn, 三利纯棉毛线 is of cotton (Section XI: the fibre it is of)
        # only a material word right before the product word modifies it (not 羊毛 of 羊毛制品(羊绒衫), a class name)
        implied = [a for a in best.meaning.attrs if a in vocab.material_keys]
        own = [raw for h in hits if h.meaning.kind == "material" and best.start - 1 <= h.end <= best.start
               and (raw := textile.get(h.term, h.meaning.key)) in classes]
        if implied and own:
            stated = [*own, *implied]
    found = [(raw, classes[raw]) for raw in stated if raw in classes]
    if not found:
        return None, []
    kinds = {c for _, c in found}
    reasons = [f"material: {found[0][0]} -> {found[0][1]}"]
    if len(kinds) > 1:
        reasons.append("several materials named: " + ", ".join(sorted(kinds)) + "; the first is used")
    return found[0][1], reasons


def _materials(material: str | None, fallback: dict[str, str]) -> Iterator[str]:
    """The material, then each it falls back to (wool -> animal hair ...), each once."""
    seen: set[str] = set()
    while material is not None and material not in seen:
        yield material
        seen.add(material)
        material = fallback.get(material)


def _lookup(table: dict[str, HsChoice], keys: list[str], material: str | None,
            fallback: dict[str, str], cue_with_material: bool = False) -> tuple[HsChoice, bool]:
    if cue_with_material:
        # hs_v10 (option cue_material_keys): a subheading split by a cue and the fibre both (6302.21 "bed linen,
        # printed, of cotton") is keyed "<cue>_<material>" in the table, "<cue>_default" where the fibre is unsaid
        for key in keys:
            for m in _materials(material, fallback):
                if f"{key}_{m}" in table:
                    return table[f"{key}_{m}"], True
            if f"{key}_default" in table:
                return table[f"{key}_default"], False
    for key in keys:
        if key in table:
            return table[key], True
    for m in _materials(material, fallback):
        if m in table:
            return table[m], True
    return table["default"], False


def _variant_name(product: Product, cues: set[str], attrs: tuple[str, ...],
                  options: frozenset[str] = frozenset()) -> str:
    construction = product.construction or ""
    # A product knitted by default (babies' garments) but with a woven variant follows a stated "woven" when
    # the vocabulary says so (option woven_cue_wins); an inherently knitted one (pullover) has no woven variant.
    woven_wins = "woven_cue_wins" in options and any(n.startswith("woven") for n in product.variants)
    if "knit" in attrs or ("knit" in cues and "woven" not in attrs and not ("woven" in cues and woven_wins)):
        construction = "knit"
    elif ("woven" in cues or "woven" in attrs) and "knit" not in attrs and (product.construction != "knit" or woven_wins):
        # (a term of the vocabulary may say woven itself: hs_v10's 真丝假发帽 @woven, a silk wig cap)
        construction = "woven"
    gender = product.gender or next((g for g in ("women", "men") if g in attrs), None)
    gender = gender or next((g for g in ("women", "men") if g in cues), "women")
    for name in (f"{construction}_{gender}", construction):
        if name in product.variants:
            return name
    return next(iter(product.variants))


_CONSTRUCTION_TERMS: dict[int, dict[str, tuple[str, ...]]] = {}


def _construction_terms(vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    """The vocabulary's Chinese and Korean words for knitted and woven fabric (针织, 니트, 梭织, 우븐)."""
    found = _CONSTRUCTION_TERMS.get(id(vocab))
    if found is None:
        found = {key: tuple(t.replace(" ", "") for t, m in vocab.terms.items()
                            if m.kind == "cue" and m.key == key and not t.isascii())
                 for key in ("knit", "woven")}
        _CONSTRUCTION_TERMS[id(vocab)] = found
    return found


def _construction_cues(best: Hit, hits: list[Hit], vocab: Vocabulary, cues: set[str],
                       reasons: list[str]) -> set[str]:
    """Knitted or woven where no cue word stands alone: a construction word inside a compound product word
    (针织半身裙 a knitted skirt, 니트원피스), or an inherently knitted garment named with a garment that has knitted
    and woven kinds (毛衣连衣裙 a sweater dress, 针织衫 + 连衣裙): the good is knitted (chapter 61)."""
    if "knit" in cues or "woven" in cues or "construction_in_compounds" not in vocab.options:
        return set()
    product = vocab.products[best.meaning.key]
    kinds = {n.split("_")[0] for n in product.variants}
    if not {"knit", "woven"} <= kinds:
        return set()
    terms = _construction_terms(vocab)
    for hit in hits:
        if hit.meaning.kind != "product" or hit.term.isascii():
            continue
        for key in ("knit", "woven"):
            if any(t in hit.term for t in terms[key]):
                reasons.append(f"'{hit.term}' says {key}")
                return {key}
    for hit in hits:  # Chinese and Korean only: English "pullover dress" names a style, not a sweater
        if hit.meaning.kind != "product" or hit.meaning.key == best.meaning.key or hit.term.isascii():
            continue
        other = vocab.products[hit.meaning.key]
        if (other.family == product.family and other.construction == "knit"
                and all(n.split("_")[0] == "knit" for n in other.variants)):
            reasons.append(f"named with '{hit.term}', a knitted garment: knitted")
            return {"knit"}
    return set()


def _body_construction(hits: list[Hit], cues: set[str], reasons: list[str]) -> None:
    """Knitted and woven both named: a construction named only after "with" is that of a trim or part (terry knit
    ... with a satin band and voile flounce), the one named before it is the body's and gives the essential
    character (GRI 3(b)).  Both in the main clause (a knit bodice, a woven skirt): nothing is decided here."""
    main = main_clause(hits)
    if len(main) == len(hits):
        return
    before = {h.meaning.key for h in main if h.meaning.kind == "cue" and h.meaning.key in ("knit", "woven")}
    if len(before) == 1:
        body = next(iter(before))
        part = "woven" if body == "knit" else "knit"
        cues.discard(part)
        reasons.append(f"{body} before 'with', {part} only in a part named after it: {body}")


# Korean names the good last; the parts it is made of come first, closed by a phrase of composition
# ("스피커, LED, 모터 등으로 구성된 ... 완구": a toy made up of a speaker, LEDs and a motor).
# (or the means by which it is worn: "똑딱핀으로 탈부착이 가능한 구렛나루 가발", a sideburn piece that snap clips hold)
_KO_COMPONENTS = re.compile(r"(?:등)?(?:으로|로)\s?구성된|[을를]\s?갖춘|[이가]\s?(?:내장된|부착된|장착된)|"
                            r"(?:으로|로)\s?(?:탈부착|부착|고정|착탈|장착)(?:이|이\s)?\s?(?:가능한|되는|된|하는)")


def _components(hits: list[Hit], text: str) -> set[int]:
    """Positions of product hits that a Korean phrase of composition marks as parts of a good named after it."""
    m = _KO_COMPONENTS.search(text) if "된" in text or "갖춘" in text or "착" in text or "고정" in text else None
    if m is None or not text[m.end():].strip():
        return set()
    return {h.start for h in hits if h.meaning.kind == "product" and h.end <= m.start()}


_STYLE_SUFFIX = ("형", "스타일", "式", "款式", "风", " style ")
_NON_TEXTILE = {"rubber": "401590", "plastic": "392620"}  # apparel of vulcanised rubber / of plastics
_KO_KNIT = "니트"
_KO_CUT = re.compile(r"긴팔|반팔|민소매|소매|[가-힣]넥(?![가-힣])|[가-힣]핏(?![가-힣])|오버핏|루즈핏|슬림핏|크롭")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _han_cue_words(cue_hits: list[Hit], text: str, reasons: list[str], states: frozenset[str]) -> list[Hit]:
    """A one-character Chinese word of the state of a good (熟 cooked, 咸 salted) counts where it is a word of its
    own: inside a two-character CC-CEDICT word it is part of another word (成熟 "mature", 咸菜 "pickles").  Other
    cues (男 in 男子, men's) are left as they are."""
    from chainlight.classify.nomenclature import _headwords

    kept: list[Hit] = []
    for h in cue_hits:
        if h.meaning.key in states and h.end - h.start == 1 and _is_han(text[h.start]):
            words = _headwords()
            around = [text[h.start - 1: h.end] if h.start > 0 else "", text[h.start: h.end + 1]]
            inside = next((w for w in around if len(w) == 2 and all(map(_is_han, w)) and w in words), None)
            if inside is not None:
                reasons.append(f"'{text[h.start]}' is part of the word {inside}")
                continue
        kept.append(h)
    return kept


# Colour names of Korean listings (loanwords and native), as they follow a garment word
_KO_COLOUR = re.compile(r"(?:화이트|블랙|네이비|그레이|베이지|아이보리|크림|내추럴|차콜|브라운|카멜|핑크|레드|블루|"
                        r"그린|옐로우|퍼플|오트밀|멜란지|검정|흰색|회색|남색|베이지색)(?![가-힣])")


def _korean_knit_noun(hits: list[Hit], text: str, vocab: Vocabulary) -> Hit | None:
    """Korean 니트 "knit" is also the noun for a knitted pullover: when it ends the title (or its first part,
    before a comma or a bracket) and no garment is named, it is the good (울 니트, 스트라이프 니트)."""
    if "pullover" not in vocab.products:
        return None
    starts = {h.start: h for h in hits}
    for h in hits:
        if not h.term.endswith(_KO_KNIT):
            continue
        end = h.end
        # words for whom it is (린넨 니트 여성, 울 니트 남성용) and colours (울 니트 내추럴, 니트 블랙 여성) are no other
        # good: the title still ends in 니트
        while True:
            at = end + len(text[end:]) - len(text[end:].lstrip())
            after = starts.get(at)
            if after is not None and after.meaning.kind == "cue" and after.meaning.key in ("women", "men"):
                end = after.end + (1 if text.startswith("용", after.end) else 0)
            elif (colour := _KO_COLOUR.match(text, at)) is not None:
                end = colour.end()
            else:
                break
        rest = text[end:].lstrip()
        if rest[:1] in ("", ",", "(", "["):
            return Hit(h.start, h.end, h.term, Meaning("product", "pullover"))
    # a listing that names no good at all but has 니트 as a word of its own, and says how the garment is cut (its
    # sleeves, neckline or fit), sells a knit top whatever search words follow ("보트넥 ... 긴팔 니트 4col 봄 시스루");
    # without a cut, 니트 may qualify cloth or yarn (니트 원단)
    if not _KO_CUT.search(text):
        return None
    for h in hits:
        if h.term == _KO_KNIT and text[h.end:h.end + 1] in ("", " ") and (h.start == 0 or text[h.start - 1] == " "):
            return Hit(h.start, h.end, h.term, Meaning("product", "pullover"))
    return None


_CHAPTERS: dict[int, tuple[Product, str]] = {}  # by product (a vocabulary's products live as long as it does)


def _chapters(product: Product) -> str:
    """The chapters a product's codes lie in ("65", "61/62")."""
    kept = _CHAPTERS.get(id(product))
    if kept is not None and kept[0] is product:
        return kept[1]
    found = "/".join(sorted({c.hs6[:2] for v in product.variants.values() for c in v.hs.values()}))
    _CHAPTERS[id(product)] = (product, found)
    return found


def _outside_apparel(product: Product, target: Product) -> bool:
    """Whether every code of the product lies in chapter 64 (footwear) or 65 (headgear) while the override's
    target is apparel of chapters 61-62: the notes to those chapters exclude such articles."""
    return (set(_chapters(product).split("/")) <= {"64", "65"}
            and set(_chapters(target).split("/")) <= {"61", "62"})


def _names_the_good(best: Hit, hits: list[Hit], text: str) -> bool:
    """Whether the product is named in an English title's first phrase (or the title has none): "Infant's
    one-piece garment and rolled-edge cap" sells the garment, the cap is named after it."""
    span = head_span(text)
    return span is None or any(h.meaning.key == best.meaning.key and span[0] <= h.start < span[2] for h in hits)


def _construction_inside(hits: list[Hit], vocab: Vocabulary, reasons: list[str]) -> set[str]:
    """hs_v11 (option `cue_inside_product`): a Chinese or Korean product word that opens with a word of the
    construction (雪纺衫 "chiffon shirt": 雪纺 chiffon, woven) says it of the title, as the cue word alone would: the
    longest match swallowed the cue, and another garment word (T恤) cannot take the title to the other construction."""
    found: set[str] = set()
    for h in hits:
        if h.meaning.kind != "product" or h.term.isascii() or " " in h.term:
            continue
        for k in range(len(h.term) - 1, 0, -1):
            inner = vocab.terms.get(h.term[:k])
            if inner is not None and inner.kind == "cue" and inner.key in ("knit", "woven"):
                found.add(inner.key)
                reasons.append(f"'{h.term[:k]}' inside '{h.term}' says {inner.key}")
                break
    return found if len(found) == 1 else set()


def decide(text: str, hits: list[Hit], vocab: Vocabulary) -> Decision:
    best, contested, reasons = pick_product(hits, text, vocab)
    if best is None and "korean_knit_noun" in vocab.options and not any(h.meaning.kind == "product" for h in hits):
        best = _korean_knit_noun(hits, text, vocab)
        if best is not None:
            reasons.append("니트 ends the title: in Korean the word names a knitted pullover")
    if best is None:
        return Decision(None, reasons=["no product named in the text"])
    product = vocab.products[best.meaning.key]
    cue_hits = [h for h in hits if h.meaning.kind == "cue"]
    if "han_cue_words" in vocab.options:
        cue_hits = _han_cue_words(cue_hits, text, reasons, frozenset(vocab.cue_order))
    cues = {h.meaning.key for h in cue_hits}
    if "cue_inside_product" in vocab.options and not {"knit", "woven"} & cues:
        cues |= _construction_inside(hits, vocab, reasons)
    if ("child_not_baby" in vocab.options and "baby" in cues and _CHILD.search(text)
            and all(h.term in _LOOSE_BABY for h in cue_hits if h.meaning.key == "baby")):
        # Chinese shops call any small child 宝宝; a title that says the garment is a child's (女童, 儿童, 中大童) and
        # names no baby (婴儿, 新生儿) sells a children's garment, not a babies' of 61.11 / 62.09 (chapter 61 note 6)
        cues = cues - {"baby"}
        reasons.append("宝宝 beside a child's size word: a children's garment, not a babies'")
    if {"knit", "woven"} <= cues and "first_construction_wins" in vocab.options:
        _body_construction(hits, cues, reasons)
    cues |= _construction_cues(best, hits, vocab, cues, reasons)
    for cue, sources, target, unless in vocab.overrides:
        if (cue in cues and product.id != target and (product.id in sources or product.family in sources)
                and not unless & cues):
            if ("headgear_not_babywear" in vocab.options and _outside_apparel(product, vocab.products[target])
                    and _names_the_good(best, hits, text)):
                # chapter 61 note 2(b), chapter 62 note 2(a): articles of chapters 64 and 65 are not apparel, so
                # an infants' hat is headgear (65.05), not a babies' garment
                reasons.append(f"a {product.id} of chapter {_chapters(product)} is not a garment of chapter "
                               f"{_chapters(vocab.products[target])} (chapter 61 note 2(b))")
                continue
            reasons.append(f"'{cue}' makes the {product.id} a {target}")
            named, product = product, vocab.products[target]
            if ("override_keeps_construction" in vocab.options and not {"knit", "woven"} & cues
                    and named.construction and named.construction != product.construction):
                # a baby's dress is woven as a dress is, unless the text says knitted: the garment named keeps
                # its own construction when only the user changes
                cues = cues | {named.construction}
                reasons.append(f"a {named.id} is {named.construction} unless the text says otherwise")
            break
    material, m_reasons = _material(best, hits, vocab)
    attrs = best.meaning.attrs
    if not {"knit", "woven"} & set(attrs):
        # the same garment named twice (打底裤 ... 裤子): a construction one of its words carries holds for it
        said = {a for h in hits if h.meaning.kind == "product" and h.meaning.key == best.meaning.key
                for a in h.meaning.attrs if a in ("knit", "woven")}
        if len(said) == 1:
            attrs = (*attrs, *said)
            reasons.append(f"another word for the {best.meaning.key} says {next(iter(said))}")
    variant = product.variants[_variant_name(product, cues, attrs, vocab.options)]
    order = {c: i for i, c in enumerate(vocab.cue_order)}
    keys = [a for a in best.meaning.attrs if a not in vocab.material_keys] + sorted(
        cues, key=lambda c: (order.get(c, len(order)), c))
    if "same_good_state" in vocab.options:
        # hs_v13: the good named twice (통영생굴 ... 깐굴): a state one of its words says holds for the good
        states = [a for h in hits if h.meaning.kind == "product" and h.meaning.key == best.meaning.key
                  and h is not best for a in h.meaning.attrs if a in _STATES and a in variant.hs and a not in keys]
        if states:
            reasons.append(f"another word for the {best.meaning.key} says {states[0]}")
            keys = [*(a for a in best.meaning.attrs if a not in vocab.material_keys), *dict.fromkeys(states),
                    *keys[len([a for a in best.meaning.attrs if a not in vocab.material_keys]):]]
    choice, specific = _lookup(dict(variant.hs), keys, material, dict(vocab.fallback),
                               "cue_material_keys" in vocab.options)
    if ("non_textile_apparel" in vocab.options and product.family == "garment" and material in _NON_TEXTILE
            and material not in variant.hs):
        choice, specific = HsChoice(_NON_TEXTILE[material], "other"), True
        reasons.append(f"a garment of {material}, not of textile: {choice.hs6}")
    weak = best.meaning.weak and not _hair_context(hits, vocab)
    needs_material = len({c.hs6 for c in variant.hs.values()}) > 1
    stated = "stated" if specific else ("default" if needs_material else "none")
    evidence = f"{'weak' if weak else 'strong'}|{stated}|{'contested' if contested else 'clean'}"
    reasons = [f"product '{best.term}' ({product.id})", *reasons, *m_reasons]
    if not specific and needs_material:
        reasons.append("no material that decides the subheading: default subheading")
    if "semi_finished" in cues:
        reasons.append("semi-finished: classified with the finished article (GIR 2(a))")
    return Decision(product, choice, evidence, material, reasons)
