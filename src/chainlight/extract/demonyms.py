"""English adjectives of nationality ("the Polish shipyard", "a Danish vessel", "Malaysian firms") -> ISO alpha-2.

Built at first use from CLDR as Babel ships it (no word list of our own): every country's English name, with the
regular ways English makes its adjective (Mongolia -> Mongolian, Kuwait -> Kuwaiti, Senegal -> Senegalese, Malta ->
Maltese, Singapore -> Singaporean), and the English names of official languages, which are the adjective of the
country they are named for (Polish, Danish, Finnish, Swedish, Greek): a language official in several countries is
read as the one whose name it shares its first letters with (Spanish -> Spain, not Mexico), and not at all where
none does (Arabic, English, Hindi, Wolof).  Where two derivations give one word, the simpler wins (Nigerian is
Nigeria's, not Niger's).  North Korea is left out: its own workers are no destination.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# The endings English gives a country's name to make its adjective, simplest first: (letters dropped, ending added)
_ENDINGS = ((0, "n"), (0, "an"), (0, "ian"), (1, "ian"), (0, "i"), (0, "ese"), (1, "ese"), (1, "ean"), (1, "an"))
_ADJECTIVAL = re.compile(r"(?:ish|ese|ian|an|ic|ch|i|ek|ak|ss)$")


@cache
def demonyms() -> dict[str, str]:
    """Lower-cased adjective -> alpha-2 code (lower case)."""
    from babel import Locale
    from babel.languages import get_official_languages

    from chainlight.sources.countries import codes

    known = codes()
    en = Locale.parse("en")
    names = {code: name for code, name in en.territories.items()
             if len(code) == 2 and code.isalpha() and code.lower() in known and code != "KP"}
    out: dict[str, str] = {}
    rank: dict[str, int] = {}
    for code, name in names.items():
        if " " in name or "-" in name:
            continue  # (one-word names: "Equatorial Guinea" makes no one-word adjective by rule)
        for i, (drop, ending) in enumerate(_ENDINGS):
            stem = name[:-drop] if drop else name
            if drop and stem[-1:].lower() not in ("a", "e", "o", "y"):
                continue  # (a letter dropped is a final vowel: Malt-a -> Maltese, Singapor-e -> Singaporean)
            word = (stem + ending).lower()
            if rank.get(word, 99) > i:
                out[word], rank[word] = code.lower(), i
    official: dict[str, set[str]] = {}
    for code in names:
        for lang in get_official_languages(code, de_facto=True):
            official.setdefault(lang, set()).add(code)
    for lang, territories in official.items():
        word = en.languages.get(lang, "")
        if not re.fullmatch(r"[A-Z][a-z]+", word) or not _ADJECTIVAL.search(word):
            continue
        same = [t for t in territories if _fold(names[t])[:3] == word[:3].lower()]
        if len(same) > 1:  # (French Guiana and French Polynesia are named for the country, one word long)
            same = [t for t in same if " " not in names[t]]
        if not same:  # (French: official in France and forty more, France the one-word name that starts "Fr")
            same = [t for t in territories if _fold(names[t])[:2] == word[:2].lower() and " " not in names[t]]
        if len(same) != 1 and len(territories) == 1 and names[next(iter(territories))][0] == word[0]:
            same = list(territories)  # (Danish: official in Denmark alone, whose name starts as the word does)
        if len(same) == 1:
            out.setdefault(word.lower(), same[0].lower())
    return out


def _fold(name: str) -> str:
    """Lower case without accents: "Türkiye" -> "turkiye"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


# The adjectives English does not make from CLDR's names by the rules above (the country's name is of several words,
# or the adjective comes from another name): the one short table the readers share.
NOT_BY_RULE = {"american": "us", "british": "gb", "canadian": "ca", "south korean": "kr", "dutch": "nl", "swiss": "ch",
               "emirati": "ae", "filipino": "ph", "saudi": "sa", "new zealand": "nz"}


def demonym_code(word: str) -> str | None:
    """The country an adjective of nationality names: "Polish" -> "pl", "Danish" -> "dk", "American" -> "us"; None for
    any other word."""
    key = re.sub(r"\s+", " ", word).lower()
    return demonyms().get(key) or NOT_BY_RULE.get(key)
