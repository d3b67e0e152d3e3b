"""Assign `split` to names_v23.jsonl and validate the file (twenty-third real-world names set).

    python benchmarks/resolve/realworld/split_v23.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v23.py --check   # validate only; fails if a split is missing or differs

Split rule (new with this set): by GROUP, so that the halves are independent by entity. A listed row's group is the
list entity it names: rows whose `expected` ids share an id are one group (joined transitively), keyed by the sorted
ids. A look-alike's group is the unlisted body or person it names: LOOKALIKE_BODY below for the rows that name the
same one, the row's own name otherwise. Within each class (listed, look-alike) groups are ordered by sha256(key) and
each goes whole to the half that has fewer rows so far (dev on a tie). Deterministic: the same rows give the same
split; no list id (and no look-alike body) has rows in both halves.

Checks: those of split_v2.validate (schema, id formula `rw23-` + first 8 hex of sha1(name|source_url), unique ids,
every expected / also_ok id in the list files, listed rows with ids and look-alikes without, no `name` of
names.jsonl ... names_v22.jsonl, short quotes), with two additions this set needs: the script `cyrillic` and the
document languages `ru`, `uk`, `bg` (Russian and other Cyrillic press forms). Reads the list files only to check
ids; runs no matcher.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or as a module
from split_v2 import KINDS, LANGS, NAMES_V1, NAMES_V2, SCRIPTS, NameSet
from split_v2 import main as main_v2
from split_v2 import validate as validate_v2

HERE = Path(__file__).resolve().parent
V23 = NameSet(
    HERE / "names_v23.jsonl", "rw23-", (NAMES_V1, NAMES_V2, *(HERE / f"names_v{n}.jsonl" for n in range(3, 23)))
)
MORE_SCRIPTS = {"cyrillic"}
MORE_LANGS = {"ru", "uk", "bg"}

# Look-alike rows that name the same unlisted body (the rest are one body or person a row)
LOOKALIKE_BODY = {
    "고려여행사의": "koryo tours", "고려투어는": "koryo tours", "'고려 투어'는": "koryo tours",
    "국가정보원 등에": "rok national intelligence service", "韓国国家情報院は": "rok national intelligence service",
}


def validate(rows: list[dict], names: NameSet = V23) -> list[str]:
    """split_v2's validation, accepting the Cyrillic script and languages this set adds."""
    allowed = set()
    for n, r in enumerate(rows, 1):
        if (r.get("script") in SCRIPTS | MORE_SCRIPTS and r.get("lang") in LANGS | MORE_LANGS
                and r.get("kind") in KINDS):
            allowed.add(f"line {n} ({r.get('id')}): bad script/lang/kind {r.get('script')}/{r.get('lang')}/{r.get('kind')}")
    return [e for e in validate_v2(rows, names) if e not in allowed]


def group_keys(rows: list[dict]) -> dict[str, str]:
    """Row id -> its group's key (see the module docstring)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        if r["kind"] != "lookalike":
            for i in r["expected"][1:]:
                parent[find(i)] = find(r["expected"][0])
    members: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["kind"] != "lookalike":
            for i in r["expected"]:
                members[find(i)].add(i)
    out: dict[str, str] = {}
    for r in rows:
        if r["kind"] == "lookalike":
            out[r["id"]] = "lookalike:" + LOOKALIKE_BODY.get(r["name"], r["name"])
        else:
            out[r["id"]] = "listed:" + "|".join(sorted(members[find(r["expected"][0])]))
    return out


def assign(rows: list[dict], keys: dict[str, str] | None = None) -> dict[str, str]:
    # keys: a later set's own group keys (set 25 joins also_ok ids too); this set's by default
    keys = group_keys(rows) if keys is None else keys
    out: dict[str, str] = {}
    for cls in ("listed:", "lookalike:"):
        groups: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            if keys[r["id"]].startswith(cls):
                groups[keys[r["id"]]].append(r["id"])
        size = {"dev": 0, "heldout": 0}
        for key in sorted(groups, key=lambda k: hashlib.sha256(k.encode()).hexdigest()):
            half = "dev" if size["dev"] <= size["heldout"] else "heldout"
            for rid in groups[key]:
                out[rid] = half
            size[half] += len(groups[key])
    return out


def summary(rows: list[dict], splits: dict[str, str]) -> None:
    """The groups and each half's rows, after split_v2's counts."""
    print(f"  {len(set(group_keys(rows).values()))} groups")
    for half in ("dev", "heldout"):
        sub = [r for r in rows if splits[r["id"]] == half]
        print(f"  {half}: {len(sub)} rows ({sum(1 for r in sub if r['kind'] != 'lookalike')} listed)")


def main(names: NameSet = V23) -> int:
    return main_v2(names, validate, assign, summary)


if __name__ == "__main__":
    sys.exit(main(V23))
