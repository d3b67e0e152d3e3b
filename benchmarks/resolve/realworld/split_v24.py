"""Assign `split` to names_v24.jsonl and validate the file (twenty-fourth real-world names set).

    python benchmarks/resolve/realworld/split_v24.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v24.py --check   # validate only; fails if a split is missing or differs

Split rule: set 23's, by GROUP (split_v23.group_keys / assign): a listed row's group is the list entity it names (rows
whose `expected` ids share an id are one group, joined transitively), a look-alike's group the unlisted body or
person it names (LOOKALIKE_BODY below; every look-alike of this set names a body or person of its own). Within each
class (listed, look-alike) groups are ordered by sha256(key) and each goes whole to the half with fewer rows so far
(dev on a tie), so no list id and no look-alike body has rows in both halves.

Checks: split_v2.validate (schema, id formula `rw24-` + first 8 hex of sha1(name|source_url), unique ids, every
expected / also_ok id in the list files, listed rows with ids and look-alikes without, no `name` of names.jsonl ...
names_v23.jsonl, short quotes), with what this set adds: the script `cyrillic` (as set 23), the document languages
of the European, Vietnamese, Mongolian and Cyrillic press it was collected from (fr, de, es, it, pt, vi, mn, ru,
uk, bg); and every row's `note` opens with its form (`form: <form>;`, the written form of the name, classified after
the rows were chosen: bare, running-text, post, type-word, translated, abbreviation, OCR; the schema has no field of
its own for it, split_v2 rewrites the file with README.md's fields). Reads the list files only to check ids; runs no
matcher.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or as a module
from split_v2 import KINDS, LANGS, NAMES_V1, NAMES_V2, SCRIPTS, NameSet
from split_v2 import main as main_v2
from split_v2 import validate as validate_v2
from split_v23 import assign, group_keys, summary

HERE = Path(__file__).resolve().parent
V24 = NameSet(
    HERE / "names_v24.jsonl", "rw24-", (NAMES_V1, NAMES_V2, *(HERE / f"names_v{n}.jsonl" for n in range(3, 24)))
)
MORE_SCRIPTS = {"cyrillic"}
MORE_LANGS = {"fr", "de", "es", "it", "pt", "vi", "mn", "ru", "uk", "bg"}
FORMS = {"bare", "running-text", "post", "type-word", "translated", "abbreviation", "OCR"}

__all__ = ["FORMS", "V24", "assign", "form", "group_keys", "validate"]


def form(row: dict) -> str:
    """The form a row's note opens with (`form: post; ...` -> post), "" if none."""
    note = row.get("note") or ""
    return note[len("form: "):].split(";")[0] if note.startswith("form: ") else ""


def validate(rows: list[dict], names: NameSet = V24) -> list[str]:
    """split_v2's validation, accepting the scripts and languages this set adds; each note opens with a form."""
    allowed = set()
    for n, r in enumerate(rows, 1):
        where = f"line {n} ({r.get('id')})"
        if (r.get("script") in SCRIPTS | MORE_SCRIPTS and r.get("lang") in LANGS | MORE_LANGS
                and r.get("kind") in KINDS):
            allowed.add(f"{where}: bad script/lang/kind {r.get('script')}/{r.get('lang')}/{r.get('kind')}")
    errs = [e for e in validate_v2(rows, names) if e not in allowed]
    errs += [f"line {n} ({r.get('id')}): the note does not open with one of the forms {sorted(FORMS)}"
             for n, r in enumerate(rows, 1) if form(r) not in FORMS]
    return errs


def main(names: NameSet = V24) -> int:
    return main_v2(names, validate, assign, summary)


if __name__ == "__main__":
    sys.exit(main(V24))
