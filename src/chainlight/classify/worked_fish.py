"""hs_v19 (option worked_fish): fillets, fish meat and dried, salted or smoked fish (headings 03.04 and 03.05) by the
state the title says and the species it names, as the nomenclature divides them.

Heading 03.04 splits fillets and other fish meat by state first (fresh or chilled 0304.4x / .5x, frozen 0304.6x-.8x /
.9x) and species second; 03.05 splits by state (fillets dried or salted .3x, smoked .4x, dried .5x, salted or in brine
.6x) and species within.  hs_v6's fish_species read the species for whole fish (03.02 / 03.03) only, and no rule moved
an answer of 03.04 / 03.05 between its states: "冰鲜三文鱼刺身" (chilled salmon) stayed the frozen 0304.81, "마른 명태"
(dried Alaska pollock) the dried "n.e.c." 0305.59, "황태속살(냉장)" (dried pollock's meat, kept chilled) the fresh
0304.51 of tilapias and carp.

- The state is read from the title's English (its own words or the CC-CEDICT / Korean reading, query_words), in the
  precedence the texts give: smoked ("whether or not cooked"), dried ("whether or not salted"), frozen (salt said of a
  frozen good is a treatment; a frozen good praised as fresh stays frozen, as hs_v6's frozen_over_fresh), salted or
  in brine, fresh or chilled.  A 03.04 answer said dried, salted or smoked goes to 03.05 (fillets to .3x unless
  smoked); an answer said frozen or fresh moves between 03.04's frozen and fresh lines of the same form (fillets,
  other meat).
- The species is the one a line of 03.02 / 03.03 names (hs_v6's table: the English name's last word, "pollock" of
  "Alaska pollock", or the genus CC-CEDICT gives a Chinese fish name), with the families of its one-dash item
  (0303.6: Gadidae ...).  Within the state's lines, a line naming the same fish (outside its "other than" part) is
  chosen, else the one line sharing a genus, else the one sharing a family, else the lines' residual ("n.e.c.").
  A fish the tables do not know keeps the answer's species line.
- Crustaceans and molluscs (03.06-03.08; apply_shellfish_state): an answer in a line of one state goes to the same
  good's line of the state the title says (鲜冻白虾, "fresh-frozen white shrimp": 0306.36 -> 0306.17), where the good
  has exactly one such line (a mollusc's item, a crustacean's names).

The words are the nomenclature's own (its state and species texts, read through query_words); no title is listed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from chainlight.classify.decide import Decision
from chainlight.classify.vocabulary import HsChoice

# the nomenclature's groups of lines: (form, state) by the first five digits; fillets frozen span three items
_GROUP = {"03044": ("fillet", "fresh"), "03045": ("meat", "fresh"), "03046": ("fillet", "frozen"),
          "03047": ("fillet", "frozen"), "03048": ("fillet", "frozen"), "03049": ("meat", "frozen"),
          "03053": ("fillet", "dried"), "03054": ("any", "smoked"), "03055": ("any", "dried"),
          "03056": ("any", "salted")}
# the group a (form, state) goes to: fillets dried or salted share 0305.3 (not smoked: "but not smoked")
_TARGET = {("fillet", "fresh"): ("03044",), ("meat", "fresh"): ("03045",),
           ("fillet", "frozen"): ("03046", "03047", "03048"), ("meat", "frozen"): ("03049",),
           ("fillet", "dried"): ("03053",), ("fillet", "salted"): ("03053",), ("fillet", "smoked"): ("03054",),
           ("meat", "dried"): ("03055",), ("meat", "salted"): ("03056",), ("meat", "smoked"): ("03054",),
           ("any", "dried"): ("03055",), ("any", "salted"): ("03056",), ("any", "smoked"): ("03054",)}
# the state words of the texts as english_tokens writes them, in the texts' precedence
# (salt said of a frozen good is a treatment of it: "Frozen Shrimp Nobashi ... treated with salt" is frozen shrimp)
_STATES = (("smoked", frozenset({"smok", "smoked"})), ("dried", frozenset({"dried", "dry"})),
           ("frozen", frozenset({"frozen"})), ("salted", frozenset({"salt", "salted", "brine"})),
           ("fresh", frozenset({"fresh", "chill", "chilled", "live"})))
# the words of the texts' state and form segments ("Fish fillets; frozen, cod"), no fish's name
_NOT_FISH = frozenset({"fish", "fillet", "meat", "whether", "minced", "spp", "specified", "wco", "families",
                       "family"}).union(*(cues for _, cues in _STATES))
_PARENS = re.compile(r"\([^)]*\)")


def said_state(words: set[str]) -> str | None:
    """The state a title's English words say, the first of the texts' precedence."""
    return next((state for state, cues in _STATES if words & cues), None)


def _heads(text: str) -> frozenset[str]:
    """The last word of each fish name a line's text gives before its "other than" part."""
    from chainlight.classify.nomenclature import english_tokens

    # "other than edible fish offal" says what no line of these headings holds, not a fish the line excludes
    text = re.sub(r",? ?(?:other than|excluding|excludes) edible fish offal", "", _PARENS.sub("", text))
    body = text.split(";", 1)[-1]  # past "Fish fillets;" / "Fish meat, excluding fillets, ...;" / "Fish;"
    body = re.split(r"other than|n\.e\.c\.|excluding|includes", body, maxsplit=1)[0]
    out = set()
    for part in re.split(r",|\band\b|\bor\b", body):
        tokens = english_tokens(part)
        if tokens and tokens[-1] not in _NOT_FISH:
            out.add(tokens[-1])
    return frozenset(out)


@lru_cache(maxsize=1)
def _profiles() -> list[tuple[frozenset[str], frozenset[str]]]:
    """(name heads, genera and families) of each species line of 03.03, its one-dash item's families added."""
    from chainlight.classify.nomenclature import index
    from chainlight.classify.species import _table, _taxa_of

    raw = (resources.files("chainlight.classify") / "hs_v6" / "fish_items.csv").read_text("utf-8")
    items = {i["item"].replace(".", ""): i["text"]
             for i in csv.DictReader(line for line in io.StringIO(raw) if not line.startswith("#"))}
    texts = index().descriptions
    out = []
    for line in _table()["0303"]:
        if line.code[5] == "9" or not (line.names or line.taxa):
            continue
        family = {t for t in _taxa_of(items.get(line.code[:5], "")) if t.endswith("idae")}
        heads = frozenset(n.split()[-1].rstrip("s") for n in line.names) | _heads(texts.get(line.code, ""))
        out.append((frozenset(h for h in heads if len(h) > 2), line.taxa | frozenset(family)))
    return out


def _fish_of(words: set[str], taxa: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The names and taxa of the fish a title names, by the 03.03 lines that name it (None: no line does)."""
    found = [(h, t) for h, t in _profiles() if (h & words) or (taxa and t & taxa)]
    if not found:
        return None
    heads = frozenset(w for h, _ in found for w in h & words)
    return heads, frozenset(t for _, tx in found for t in tx) | taxa


def _line_for(group: tuple[str, ...], fish: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """The line of a group for the fish: one naming it, else the one sharing its genus, then its family, else the
    group's residual line."""
    from chainlight.classify.nomenclature import index
    from chainlight.classify.species import _taxa_of

    texts = index().descriptions
    codes = sorted(c for c in texts if len(c) == 6 and c[:5] in group)
    residual = next((c for c in reversed(codes) if "n.e.c." in texts[c] or c[5] == "9"), None)
    named = [c for c in codes if c != residual and _heads(texts[c]) & fish[0]]
    if len(named) == 1:
        return named[0]
    for level in ("genus", "family"):
        want = {t for t in fish[1] if t.endswith("idae") == (level == "family")}
        # a line's "other than" names (cod) are not its fish
        share = [c for c in codes if c != residual and want & _taxa_of(texts[c])
                 and not (_heads(texts[c].split("other than", 1)[1]) & fish[0] if "other than" in texts[c] else False)]
        if len(share) == 1:
            return share[0]
        if len(share) > 1:
            return None
    return residual


def apply_worked_fish(text: str, decision: Decision) -> Decision:
    """A 03.04 / 03.05 answer: the line of the state the title says and the species it names (module docstring)."""
    if decision.choice is None or decision.choice.hs6[:5] not in _GROUP:
        return decision
    from chainlight.classify.nomenclature import query_words
    from chainlight.classify.species import dictionary_taxa

    code = decision.choice.hs6
    form, state = _GROUP[code[:5]]
    words = set(query_words(text))
    said = said_state(words)
    if said is not None and said != state and not (code[:4] == "0305" and said in ("fresh", "frozen")):
        # (a dried, salted or smoked answer said fresh or frozen stays: 03.04 holds no dried good)
        form, state = ("meat" if form == "any" else form), said
    group = _TARGET.get((form, state), ())
    fish = _fish_of(words, dictionary_taxa(text))
    if fish is None:
        if group and code[:5] in group:
            return decision
        # the state moved but the fish is unknown: the new group's residual line
        fish = (frozenset(), frozenset())
    new = _line_for(group, fish) if group else None
    if new is None or new == code:
        return decision
    return replace(decision, choice=HsChoice(new, decision.choice.category),
                   reasons=[*decision.reasons, f"worked fish, {form} {state}"
                            f"{', ' + '/'.join(sorted(fish[0] or fish[1])) if fish[0] or fish[1] else ''}: {new}"
                            " (worked_fish.py)"])


# crustaceans, molluscs and other aquatic invertebrates: each good's lines by state (0307.21 / .22 / .29 scallops live,
# fresh or chilled / frozen / dried, salted, in brine or smoked; 0306.17 / .36 / .95 shrimps frozen / live, fresh or
# chilled / smoked and other)
_SHELLFISH = ("0306", "0307", "0308")


def _shell_state(text: str) -> str | None:
    """The state a line of 03.06-03.08 is of, by its own words."""
    low = text.lower()
    if len(re.findall(r"\bfresh\b|\bfrozen\b|\bdried\b", low.split("in shell, cooked")[0])) > 2:
        return None  # a line of every state (snails, jellyfish, "other")
    if "live, fresh or chilled" in low:
        return "fresh"
    if re.search(r"\bfrozen\b", low.split("in shell, cooked")[0]):
        return "frozen"
    if re.search(r"\bdried\b|\bsmoked\b|\bsalted\b", low):
        return "other"
    return None


def _shell_good(code: str, text: str) -> tuple[str, frozenset[str]]:
    """What a line of 03.06-03.08 holds whatever its state: a mollusc's item (its first five digits), a crustacean's
    names (0306 orders state and names differently by item)."""
    if code[:4] != "0306":
        return code[:5], frozenset()
    body = re.sub(r"live, fresh or chilled|frozen", " ", _PARENS.sub("", text.lower()).split(";", 1)[-1])
    body = re.split(r"\bin shell\b|\bwhether\b|\bsmoked\b|\bcooked\b|\bexcluding\b|n\.e\.c\.", body)[0]
    from chainlight.classify.nomenclature import english_tokens

    # every word of the names ("cold-water shrimps", "Norway lobsters" are goods of their own)
    return code[:4], frozenset(t for t in english_tokens(body) if t not in _NOT_FISH and t not in ("and", "or"))


def apply_shellfish_state(text: str, decision: Decision) -> Decision:
    """A 03.06-03.08 answer: the line of the same good in the state the title says (smoked, dried, salted: the
    goods' "other" lines; frozen; live, fresh or chilled), where the good has one line in that state."""
    if decision.choice is None or decision.choice.hs6[:4] not in _SHELLFISH:
        return decision
    from chainlight.classify.nomenclature import index, query_words

    texts = index().descriptions
    code = decision.choice.hs6
    said = said_state(set(query_words(text)))
    said = "other" if said in ("smoked", "dried", "salted") else said
    if said is None or _shell_state(texts.get(code, "")) in (None, said):
        return decision
    good = _shell_good(code, texts[code])
    if code[:4] == "0306" and not good[1]:
        return decision
    twins = [c for c in texts if len(c) == 6 and c[:4] == code[:4] and c != code
             and _shell_state(texts[c]) == said and _shell_good(c, texts[c]) == good]
    if len(twins) != 1:
        return decision
    return replace(decision, choice=HsChoice(twins[0], decision.choice.category),
                   reasons=[*decision.reasons, f"said {said}: {twins[0]}, the same good's line (worked_fish.py)"])
