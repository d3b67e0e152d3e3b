"""Write src/chainlight/resolve/data/confirmed_names.csv: the seen sets' listed bodies' names (resolve/confirmed.py).

    python -m benchmarks.resolve.realworld.confirmed_names          # print what would be written
    python -m benchmarks.resolve.realworld.confirmed_names --write

Only sets whose both halves have been scored (run.SEEN) are read: a set still unseen must not reach the answers it
is to measure.  Kept: rows of a listed body or vessel (no person: a person's name alone has namesakes); dropped: a
written form (confirmed.written_key) the sets tie to two sets of ids, or to an unlisted look-alike.  The first row of
a written form gives its source.
"""

from __future__ import annotations

import argparse
import csv
import io
from typing import Any

from benchmarks.resolve.realworld import run

from chainlight.resolve import confirmed

FIELDS = ("key", "ids", "name", "publisher", "source_url")


def seen_sets() -> list[str]:
    return [s for s in run.SETS if (s, "dev") in run.SEEN and (s, "heldout") in run.SEEN]


def build(rows: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Written form -> its row; a form tied to two bodies or to a look-alike is left out."""
    kept: dict[str, dict[str, str]] = {}
    refused: set[str] = set()
    for r in rows:
        key = confirmed.written_key(r["name"])
        if len(key) < confirmed.MIN_KEY or key in refused:
            continue
        ids = " ".join(sorted(r["expected"]))
        if r["kind"] == "lookalike" or not ids or (key in kept and kept[key]["ids"] != ids):
            refused.add(key)
            kept.pop(key, None)
            continue
        if r["kind"] == "person" or key in kept:
            continue
        kept[key] = {"key": key, "ids": ids, "name": r["name"], "publisher": r.get("publisher") or "",
                     "source_url": r.get("source_url") or ""}
    # a person's row refuses nothing, but a form borne by a person and a body is no body's alone
    persons = {confirmed.written_key(r["name"]) for r in rows if r["kind"] == "person"}
    return {k: v for k, v in kept.items() if k not in persons}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"write {confirmed.PATH}")
    args = ap.parse_args(argv)
    rows = [r for s in seen_sets() for r in run.load("all", s)]
    table = build(rows)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    for key in sorted(table):
        w.writerow(table[key])
    if args.write:
        confirmed.PATH.parent.mkdir(parents=True, exist_ok=True)
        confirmed.PATH.write_text(out.getvalue(), encoding="utf-8")
        print(f"{len(table)} confirmed names from sets {', '.join(seen_sets())} -> {confirmed.PATH}")
    else:
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
