"""Assign `split` to names_v2.jsonl and validate the file (second real-world names set).

    python benchmarks/resolve/realworld/split_v2.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v2.py --check   # validate only; fails if a split is missing or differs

Split rule (as for names.jsonl): within each stratum (script x listed/look-alike) rows are ordered by
sha256(id) and alternate dev, heldout, the first one dev. Deterministic: the same rows give the same split.

Checks: the row schema; ids are `rw2-` + first 8 hex of sha1(name|source_url) and unique; every expected /
also_ok id exists in the list files (OFAC sdn.csv ENT_NUM, UN consolidated XML REFERENCE_NUMBER); listed rows
have expected ids and look-alikes none; no `name` already in names.jsonl; quotes are short (<= 25
whitespace-separated words, and <= 80 characters where the text is Chinese or Japanese).
This script reads the list files only to check ids; it runs no matcher.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES_V2 = HERE / "names_v2.jsonl"
NAMES_V1 = HERE / "names.jsonl"


@dataclass(frozen=True)
class NameSet:
    """One real-world set: its file, its ids' prefix, and the earlier sets whose names it must not repeat."""

    path: Path
    prefix: str
    earlier: tuple[Path, ...]


V2 = NameSet(NAMES_V2, "rw2-", (NAMES_V1,))
SHARED = HERE.parents[3] / "shared" / "data"
SDN = SHARED / "sanctions/ofac/sdn.csv"
UN = SHARED / "sanctions/un/consolidated.xml"

KEYS = ["id", "name", "script", "lang", "kind", "expected", "also_ok", "country",
        "source_url", "publisher", "date", "quote", "note", "split"]
REQUIRED = [k for k in KEYS if k not in ("note", "split")]
SCRIPTS = {"hangul", "hanzi", "kana", "latin", "mixed"}
LANGS = {"ko", "zh-Hans", "zh-Hant", "ja", "en"}
KINDS = {"entity", "person", "vessel", "lookalike"}


def list_ids() -> set[str]:
    ids: set[str] = set()
    with SDN.open(encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) >= 12 and row[0].strip().isdigit():
                ids.add(f"ofac-{row[0].strip()}")
    root = ET.parse(UN).getroot()
    for el in root.iter("REFERENCE_NUMBER"):
        if el.text and el.text.strip():
            ids.add(f"un-{el.text.strip()}")
    return ids


def row_id(name: str, url: str, prefix: str = V2.prefix) -> str:
    return prefix + hashlib.sha1(f"{name}|{url}".encode()).hexdigest()[:8]


def stratum(r: dict) -> tuple[str, str]:
    return (r["script"], "lookalike" if r["kind"] == "lookalike" else "listed")


def assign(rows: list[dict]) -> dict[str, str]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[stratum(r)].append(r)
    out: dict[str, str] = {}
    for key in sorted(groups):
        ordered = sorted(groups[key], key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for i, r in enumerate(ordered):
            out[r["id"]] = "dev" if i % 2 == 0 else "heldout"
    return out


def cjk_heavy(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    return cjk > len(text) / 3


def validate(rows: list[dict], names: NameSet = V2) -> list[str]:
    errs: list[str] = []
    ids = list_ids()
    v1_names = {json.loads(line)["name"] for path in names.earlier
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    earlier = " or ".join(p.name for p in names.earlier)
    seen: set[str] = set()
    for n, r in enumerate(rows, 1):
        where = f"line {n} ({r.get('id')})"
        extra = set(r) - set(KEYS)
        missing = [k for k in REQUIRED if k not in r]
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        if missing:
            errs.append(f"{where}: missing fields {missing}")
            continue
        if r["id"] != row_id(r["name"], r["source_url"], names.prefix):
            errs.append(f"{where}: id is not {names.prefix}sha1(name|source_url)[:8]")
        if r["id"] in seen:
            errs.append(f"{where}: duplicate id")
        seen.add(r["id"])
        if r["script"] not in SCRIPTS or r["lang"] not in LANGS or r["kind"] not in KINDS:
            errs.append(f"{where}: bad script/lang/kind {r['script']}/{r['lang']}/{r['kind']}")
        if not isinstance(r["expected"], list) or not isinstance(r["also_ok"], list):
            errs.append(f"{where}: expected/also_ok must be lists")
            continue
        if r["kind"] == "lookalike":
            if r["expected"] or r["also_ok"]:
                errs.append(f"{where}: a look-alike has list ids")
            if not r["country"]:
                errs.append(f"{where}: a look-alike needs a country")
        elif not r["expected"]:
            errs.append(f"{where}: a listed name has no expected id")
        for i in r["expected"] + r["also_ok"]:
            if i not in ids:
                errs.append(f"{where}: {i} is in neither list file")
        if set(r["expected"]) & set(r["also_ok"]):
            errs.append(f"{where}: an id is both expected and also_ok")
        if r["name"] in v1_names:
            errs.append(f"{where}: name {r['name']!r} is already in {earlier}")
        if not r["name"].strip() or not r["source_url"].startswith("http"):
            errs.append(f"{where}: empty name or bad source_url")
        q = r["quote"]
        if len(q.split()) > 25 or (cjk_heavy(q) and len(q) > 80):
            errs.append(f"{where}: quote too long ({len(q.split())} words, {len(q)} chars)")
        if r["name"] not in q and r["kind"] != "lookalike":
            errs.append(f"{where}: the quote does not contain the name")
        if r.get("split") not in (None, "dev", "heldout"):
            errs.append(f"{where}: bad split {r.get('split')!r}")
    return errs


def main(names: NameSet = V2, validate_rows: Callable[[list[dict], NameSet], list[str]] = validate,
         assign_rows: Callable[[list[dict]], dict[str, str]] = assign,
         summary: Callable[[list[dict], dict[str, str]], None] | None = None) -> int:
    """Validate a set's file, assign or check its split, print the counts; a later set with its own rules passes
    them (split_v23: the Cyrillic script, the split by entity group, its halves' summary)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="validate only; do not rewrite")
    args = ap.parse_args()
    rows = [json.loads(line) for line in names.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    errs = validate_rows(rows, names)
    splits = assign_rows(rows) if not errs else {}
    if args.check and not errs:
        for r in rows:
            if r.get("split") != splits[r["id"]]:
                errs.append(f"{r['id']}: split {r.get('split')!r}, rule gives {splits[r['id']]!r}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    if not args.check:
        with names.path.open("w", encoding="utf-8") as f:
            for r in rows:
                r["split"] = splits[r["id"]]
                f.write(json.dumps({k: r[k] for k in KEYS if k in r}, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in rows:
        script, listed_or_not = stratum(r)
        counts[(script, listed_or_not, splits[r["id"]])] += 1
    listed = sum(1 for r in rows if r["kind"] != "lookalike")
    print(f"{len(rows)} rows: {listed} listed, {len(rows) - listed} look-alikes; valid")
    for (script, listed_or_not, sp), c in sorted(counts.items()):
        print(f"  {script:8s} {listed_or_not:9s} {sp:8s} {c}")
    if summary is not None:
        summary(rows, splits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
