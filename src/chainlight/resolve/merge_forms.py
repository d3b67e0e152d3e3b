"""The other forms of a listed body's name by which its entries on two lists are joined as one body (merge.py,
listed.ListedTable.merge): the lists write one body's name with different trimmings.

- **A closing acronym in brackets.**  The UN writes a body's acronym after its name (KOREA KWANGSON BANKING
  CORPORATION (KKBC), GENERAL BUREAU OF ATOMIC ENERGY (GBAE), HAQQANI NETWORK (HQN)), OFAC mostly not: the
  acronym's own word kept the two keys apart.  Only letters (and & or -) are an acronym; a bracket of digits is a
  reference to another entry (SECOND ACADEMY OF NATURAL SCIENCES (KPE.018) names the UN's KPe.018, not this one).
- **A sub-body after its parent and a comma.**  OFAC writes a party's or ministry's department after its parent
  (KOREAN WORKERS PARTY, PROPAGANDA AND AGITATION DEPARTMENT), the UN by its own name (PROPAGANDA AND AGITATION
  DEPARTMENT (PAD)).  Only a part of three words or more: after a comma stand a legal form (, INC.; , LIMITED)
  and short qualifiers too, which say nothing of the body.

Bodies only, not people: a person's name after a comma is a given name.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z&\-]{1,11})\)\s*$")
SUB_BODY_WORDS = 3  # words of the part after a comma that may name the body alone


def merge_forms(value: str) -> list[str]:
    """The forms of a body's listed name besides itself that key a join across lists: without its closing
    acronym, and the part after its parent's comma."""
    out: list[str] = []
    m = _ACRONYM.search(value)
    if m is not None and m.start() > 0:
        out.append(value[:m.start()])
    if "," in value:
        tail = value.split(",", 1)[1].strip()
        tail = _ACRONYM.sub("", tail)
        if len(tail.split()) >= SUB_BODY_WORDS:
            out.append(tail)
    return out
