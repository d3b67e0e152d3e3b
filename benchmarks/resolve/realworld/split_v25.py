"""Assign `split` to names_v25.jsonl and validate the file (twenty-fifth real-world names set).

    python benchmarks/resolve/realworld/split_v25.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v25.py --check   # validate only; fails if a split is missing or differs

Split rule: set 24's (set 23's group split, split_v23.group_keys / assign): a listed row's group is the list entity it
names (rows whose `expected` or `also_ok` ids share an id are one group, joined transitively: also_ok is joined here
because two rows carry as also_ok an id another row expects), a look-alike's group the unlisted
body or person it names: LOOKALIKE_BODY below for the rows of this set that name the same one (SWIFT, the FATF and
the DPRK Foreign Ministry in KCNA's and the press's words; one NADA vice-director), the row's own name otherwise.
Within each class (listed, look-alike) groups are ordered by sha256(key) and each goes whole to the half with fewer
rows so far (dev on a tie), so no list id and no look-alike body has rows in both halves.

Checks: split_v2.validate (schema, id formula `rw25-` + first 8 hex of sha1(name|source_url), unique ids, every
expected / also_ok id in the list files, listed rows with ids and look-alikes without, no `name` of names.jsonl ...
names_v24.jsonl, short quotes), with what this set keeps from set 24: every row's `note` opens with its form
(`form: <form>;`, the written form of the name, classified after the rows were chosen: bare, running-text, post,
type-word, translated, abbreviation, OCR). The set's scripts and document languages are split_v2's (ko, zh-Hans,
zh-Hant, ja, en). Reads the list files only to check ids; runs no matcher.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or as a module
from split_v2 import NAMES_V1, NAMES_V2, NameSet
from split_v2 import main as main_v2
from split_v23 import assign as assign_v23
from split_v24 import FORMS, form
from split_v24 import validate as validate_v24

HERE = Path(__file__).resolve().parent
V25 = NameSet(
    HERE / "names_v25.jsonl", "rw25-", (NAMES_V1, NAMES_V2, *(HERE / f"names_v{n}.jsonl" for n in range(3, 25)))
)
# look-alike rows of this set that name the same unlisted body or person (their own name is the key otherwise)
LOOKALIKE_BODY = {
    "the Society for World Interbank Financial Telecommunication (SWIFT)": "swift",
    "《세계은행들간 금융전기통신협회》(스위프트)": "swift",
    "『世界銀行間金融通信協会』": "swift",
    "the International Financial Supervisory Body": "fatf",
    "국제금융감독기구": "fatf",
    "조선 외무성 대변인이": "dprk foreign ministry",
    "조선민주주의인민공화국 외무성 대변인대답": "dprk foreign ministry",
    "朝鮮外務省のスポークスマン": "dprk foreign ministry",
    "北韩国家太空开发局副局长朴经洙": "nada vice-director pak kyong su",
    "朝鲜国家宇宙开发局副局长朴经洙(音译)": "nada vice-director pak kyong su",
}

__all__ = ["FORMS", "LOOKALIKE_BODY", "V25", "assign", "form", "group_keys", "validate"]


def group_keys(rows: list[dict], lookalike_body: Mapping[str, str] = LOOKALIKE_BODY) -> dict[str, str]:
    """Row id -> its group's key: set 23's rule, with a listed row's `also_ok` ids joined to its group too (two rows
    of this set carry as also_ok an id another row expects: KOMID, the Ministry of People's Armed Forces), and
    look-alikes keyed by lookalike_body (this set's LOOKALIKE_BODY; set 26 passes its own) where it names their
    body."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        if r["kind"] != "lookalike":
            ids = r["expected"] + r["also_ok"]
            for i in ids[1:]:
                parent[find(i)] = find(ids[0])
    members: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["kind"] != "lookalike":
            for i in r["expected"] + r["also_ok"]:
                members[find(i)].add(i)
    out: dict[str, str] = {}
    for r in rows:
        if r["kind"] == "lookalike":
            out[r["id"]] = "lookalike:" + lookalike_body.get(r["name"], r["name"])
        else:
            out[r["id"]] = "listed:" + "|".join(sorted(members[find(r["expected"][0])]))
    return out


def assign(rows: list[dict]) -> dict[str, str]:
    """Row id -> dev/heldout: set 23's rule (each group whole to the half with fewer rows so far, groups in sha256
    order) over this set's group keys."""
    return assign_v23(rows, group_keys(rows))


def validate(rows: list[dict], names: NameSet = V25) -> list[str]:
    """Set 24's validation (split_v2's, each note opening with a form) against sets 1-24."""
    return validate_v24(rows, names)


def summary(rows: list[dict], splits: dict[str, str],
            keys: Callable[[list[dict]], dict[str, str]] = group_keys) -> None:
    """The groups (a set's keys, this set's by default) and each half's rows."""
    print(f"  {len(set(keys(rows).values()))} groups")
    for half in ("dev", "heldout"):
        sub = [r for r in rows if splits[r["id"]] == half]
        print(f"  {half}: {len(sub)} rows ({sum(1 for r in sub if r['kind'] != 'lookalike')} listed)")


def main(names: NameSet = V25) -> int:
    return main_v2(names, validate, assign, summary)


if __name__ == "__main__":
    sys.exit(main(V25))
