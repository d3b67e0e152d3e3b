"""Assign `split` to names_v26.jsonl and validate the file (twenty-sixth real-world names set).

    python benchmarks/resolve/realworld/split_v26.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v26.py --check   # validate only; fails if a split is missing or differs

Split rule: set 25's (set 23's group split, split_v23.group_keys / assign, with also_ok ids joined): a listed row's
group is the list entity it names (rows whose `expected` or `also_ok` ids share an id are one group, joined
transitively: also_ok is joined here because the Mansudae Art Studio rows carry as also_ok the OFAC id (MOP) other
rows expect), a look-alike's group the unlisted body or person it names: LOOKALIKE_BODY below for the rows of this set
that name the same one (the tanker TANTAL, the Bank of Dandong, Sony Pictures, each in two or more forms), the row's
own name otherwise. Within each class (listed, look-alike) groups are ordered by sha256(key) and each goes whole to
the half with fewer rows so far (dev on a tie), so no list id and no look-alike body has rows in both halves.

Checks: split_v2.validate (schema, id formula `rw26-` + first 8 hex of sha1(name|source_url), unique ids, every
expected / also_ok id in the list files, listed rows with ids and look-alikes without, no `name` of names.jsonl ...
names_v25.jsonl, short quotes), with what set 24 added and this set uses again: the script `cyrillic` and the
document languages of the Vietnamese, Russian, Ukrainian and Portuguese press (vi, ru, uk, pt besides ko, ja,
zh-Hans, zh-Hant), and every row's `note` opening with its form (`form: <form>;`, classified after the rows were
chosen: bare, running-text, post, type-word, translated, abbreviation, OCR). Reads the list files only to check ids;
runs no matcher.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or as a module
from split_v2 import NAMES_V1, NAMES_V2, NameSet
from split_v2 import main as main_v2
from split_v23 import assign as assign_v23
from split_v24 import FORMS, form
from split_v24 import validate as validate_v24
from split_v25 import group_keys as group_keys_v25
from split_v25 import summary as summary_v25

HERE = Path(__file__).resolve().parent
V26 = NameSet(
    HERE / "names_v26.jsonl", "rw26-", (NAMES_V1, NAMES_V2, *(HERE / f"names_v{n}.jsonl" for n in range(3, 26)))
)
# look-alike rows of this set that name the same unlisted body or person (their own name is the key otherwise)
LOOKALIKE_BODY = {
    "«Тантал»": "tantal",
    '"Тантал"': "tantal",
    "丹東銀行": "bank of dandong",
    "中国の丹東銀行(遼寧省)": "bank of dandong",
    "丹東銀行(Bank of Dandong)": "bank of dandong",
    "中國丹東銀行": "bank of dandong",
    "소니픽처스를": "sony pictures",
    "「ソニーピクチャーズ・エンタテインメント」": "sony pictures",
    "ソニー・ピクチャーズ": "sony pictures",
}

__all__ = ["FORMS", "LOOKALIKE_BODY", "V26", "assign", "form", "group_keys", "validate"]


def group_keys(rows: list[dict]) -> dict[str, str]:
    """Row id -> its group's key: set 25's rule (split_v25.group_keys: a listed row's `also_ok` ids joined to its group
    too: the Mansudae Art Studio rows carry as also_ok OFAC's MOP, which other rows expect) with this set's
    LOOKALIKE_BODY for the look-alikes."""
    return group_keys_v25(rows, LOOKALIKE_BODY)


def assign(rows: list[dict]) -> dict[str, str]:
    """Row id -> dev/heldout: set 23's rule (each group whole to the half with fewer rows so far, groups in sha256
    order) over this set's group keys."""
    return assign_v23(rows, group_keys(rows))


def validate(rows: list[dict], names: NameSet = V26) -> list[str]:
    """Set 24's validation (split_v2's, the Cyrillic script and the European and Vietnamese press languages, each
    note opening with a form) against sets 1-25."""
    return validate_v24(rows, names)


def summary(rows: list[dict], splits: dict[str, str]) -> None:
    summary_v25(rows, splits, group_keys)


def main(names: NameSet = V26) -> int:
    return main_v2(names, validate, assign, summary)


if __name__ == "__main__":
    sys.exit(main(V26))
