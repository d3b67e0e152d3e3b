"""Real-world names (issue 14): chainlight's matcher and logic-v2 on names as public documents write them.

    python -m benchmarks.resolve.realworld.run                      # dev half, store built from ../shared/data
    python -m benchmarks.resolve.realworld.run --store lists.duckdb # dev half against a store that holds the lists
    python -m benchmarks.resolve.realworld.run --split heldout      # ONCE, at the end of issue 14 (no per-name listing)

chainlight is run as `chainlight match` runs it (pipeline.match_queries: the store's saved or freshly built
Matcher, `match_many`), each query a name alone (no schema, no country: a CSV `query_id,name`).  logic-v2
(nomenklatura) rescores the 10 best candidates of a rapidfuzz token_sort_ratio search over every list name,
as in benchmarks/resolve/crossscript_eval.py (reused here).  Counting rule: README.md beside this file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = {"v1": HERE / "names.jsonl", "v2": HERE / "names_v2.jsonl", "v3": HERE / "names_v3.jsonl",
        "v4": HERE / "names_v4.jsonl", "v5": HERE / "names_v5.jsonl", "v6": HERE / "names_v6.jsonl",
        "v7": HERE / "names_v7.jsonl", "v8": HERE / "names_v8.jsonl", "v9": HERE / "names_v9.jsonl",
        "v10": HERE / "names_v10.jsonl", "v11": HERE / "names_v11.jsonl",
        "v12": HERE / "names_v12.jsonl", "v13": HERE / "names_v13.jsonl",
        "v14": HERE / "names_v14.jsonl", "v15": HERE / "names_v15.jsonl",
        "v16": HERE / "names_v16.jsonl", "v17": HERE / "names_v17.jsonl",
        "v18": HERE / "names_v18.jsonl", "v19": HERE / "names_v19.jsonl",
        "v20": HERE / "names_v20.jsonl",
        # Set 21 (names_v21.jsonl, committed 2026-12-07 at 06ea045 before any run): seen since its scoring (below).
        "v21": HERE / "names_v21.jsonl",
        # Set 22 (names_v22.jsonl, committed 2026-12-07 at f877a75 before any run): seen since its scoring (below).
        "v22": HERE / "names_v22.jsonl",
        # Set 23 (names_v23.jsonl, committed 2026-12-07 at 2778c31 before any run; split by entity group, split_v23.py):
        # seen since its scoring (below).
        "v23": HERE / "names_v23.jsonl",
        # Set 24 (names_v24.jsonl, committed 2026-12-07 at ec69bd1 before any run; chosen by source: European,
        # Vietnamese, Mongolian, Cyrillic, Japanese and South Korean press, court and maritime pages; split by entity
        # group, split_v24.py): seen since its scoring (below).
        "v24": HERE / "names_v24.jsonl",
        # Set 25 (names_v25.jsonl, committed 2026-12-07 at 33c0c44 before any run; chosen by source: ROK government
        # releases, DPRK media as relayed, think-tank reports, Chinese-language press of Taiwan, Hong Kong and the
        # mainland, Japanese press; split by entity group, split_v25.py): seen since its scoring (below).
        "v25": HERE / "names_v25.jsonl",
        # Set 26 (names_v26.jsonl, committed 2026-12-08 at 62fc246 before any run; chosen by source: Russian,
        # Ukrainian, Vietnamese and Portuguese press, Korean, Japanese and Chinese-language press and blogs on the
        # US, UN and ROK designations, the cyber groups and Mansudae; split by entity group, split_v26.py): seen
        # since its scoring (below).
        "v26": HERE / "names_v26.jsonl"}
# Splits whose names may be listed one by one: the first eight sets' held-out halves have been scored once
# (2026-12-04; the fifth to ninth on 2026-12-05; the ninth's at 5c4df3d, v9-heldout-scored-once.txt) and are seen.
# The tenth set (names_v10.jsonl, committed 2026-12-05): its dev half was first run on 2026-12-05 at 1ebeff1
# (v10-dev-baseline.txt); its held-out half was scored once on 2026-12-06 at 8d4a932 (v10-heldout-scored-once.txt).
# Set 11 (names_v11.jsonl): its dev half first run on 2026-12-06 at 8d4a932 (v11-dev-baseline.txt), its held-out half
# scored once on 2026-12-06 at f3b49a4 (v11-heldout-scored-once.txt). Set 12 (names_v12.jsonl): its dev half first
# run on 2026-12-06 at 9147c50 (v12-dev-baseline.txt), its held-out half scored once on 2026-12-06 at a850ae4
# (v12-heldout-scored-once.txt).  Set 13 (names_v13.jsonl): its dev half first run on 2026-12-06 at a850ae4
# (v13-dev-baseline.txt) and once at 8522b84 after round 15's first rules (v13-dev-after-set12-rules.txt); seen
# since then.  Its held-out half was scored once on 2026-12-06 at 5056650 (v13-heldout-scored-once.txt).
# Set 14 (names_v14.jsonl): its dev half run once on 2026-12-06 at 1ee6281 after round 16's mechanisms
# (v14-dev-after-round16-mechanisms.txt), seen since then; its held-out half was scored once on 2026-12-06 at
# 0fe7a80 (v14-heldout-scored-once.txt).
# Set 15 (names_v15.jsonl): its dev half run once on 2026-12-06 at f8ad019 after round 17's confirmed names
# (v15-dev-after-round17.txt), seen since then; its held-out half was scored once on 2026-12-06 at 4a39318
# (v15-heldout-scored-once.txt).
SEEN = {(s, split) for s in ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14",
                             "v15")
        for split in ("dev", "heldout", "all")}
# Set 16 (names_v16.jsonl): its dev half run once on 2026-12-06 at 480c954 after round 18's learned lexicon
# (v16-dev-after-round18.txt), seen since then; its held-out half was scored once on 2026-12-06 at 9fbd203
# (v16-heldout-scored-once.txt).
SEEN |= {("v16", split) for split in ("dev", "heldout", "all")}
# Set 17 (names_v17.jsonl, committed 2026-12-06 at 09ca17f before any run): its dev half run once at 3522d0c (the
# round's start, v17-dev-baseline.txt) and once at 08c2ba3 after round 19's Wade-Giles readings
# (v17-dev-after-round19.txt), seen since then; its held-out half was scored once on 2026-12-06 at 851ced2
# (v17-heldout-scored-once.txt).
SEEN |= {("v17", split) for split in ("dev", "heldout", "all")}
# Set 18 (names_v18.jsonl, committed 2026-12-06 at e165db2 before any run): its dev half run once at 8d013ed (the
# round's start, v18-dev-baseline.txt) and once at 9eea124 after round 20's aligned translation and ship readings
# (v18-dev-after-round20.txt), seen since then; its held-out half was scored once on 2026-12-06 at 61e10e8
# (v18-heldout-scored-once.txt).
SEEN |= {("v18", split) for split in ("dev", "heldout", "all")}
# Set 19 (names_v19.jsonl, committed 2026-12-07 at 46df924 before any run): its dev half run once at 3c701e3 (the
# round's start, v19-dev-baseline.txt) and once at 791af92 after round 21's change (v19-dev-after-round21.txt), seen
# since then; its held-out half was scored once on 2026-12-07 at 2f33aef (v19-heldout-scored-once.txt).
SEEN |= {("v19", split) for split in ("dev", "heldout", "all")}
# Set 20 (names_v20.jsonl, committed 2026-12-07 at ea4c5a7 before any run): its dev half run once at 0578935 (the
# round's start, v20-dev-baseline.txt) and once at 330e1ea after round 22's change (v20-dev-after-round22.txt), seen
# since then; its held-out half was scored once on 2026-12-07 at a19efe9 (v20-heldout-scored-once.txt).
SEEN |= {("v20", split) for split in ("dev", "heldout", "all")}
# Set 21 (names_v21.jsonl, committed 2026-12-07 at 06ea045, extended at faab6ed, before any run): its dev half run once
# at 546c59c (the round's start, v21-dev-baseline.txt) and once at f372c00 after round 23's change
# (v21-dev-after-round23.txt), seen since then; its held-out half was scored once on 2026-12-07 at 7351004
# (v21-heldout-scored-once.txt).
SEEN |= {("v21", split) for split in ("dev", "heldout", "all")}
# Set 22 (names_v22.jsonl, committed 2026-12-07 at f877a75, extended at fa1a013, before any run): its dev half run once
# at 31b3349 (the round's start, v22-dev-baseline.txt), at e936b0f after round 24's change (v22-dev-after-round24.txt)
# and at 7daac42 after round 24b's (v22-dev-after-round24b.txt), seen since then; its held-out half was scored once on
# 2026-12-07 at 7daac42 (v22-heldout-scored-once.txt).
SEEN |= {("v22", split) for split in ("dev", "heldout", "all")}
# Set 23 (names_v23.jsonl, committed 2026-12-07 at 2778c31 before any run): its dev half run once at 65d99dd (the
# round's start, v23-dev-baseline.txt), at de9be08 after round 25's change (v23-dev-after-round25.txt) and at 67e3e98
# after round 25b's (v23-dev-after-round25b.txt), seen since then; its held-out half was scored once on 2026-12-07 at
# 280f5cd (v23-heldout-scored-once.txt).
SEEN |= {("v23", split) for split in ("dev", "heldout", "all")}
# Set 24 (names_v24.jsonl, committed 2026-12-07 at ec69bd1 before any run; chosen by source, not by form): its dev half
# run once at f162355 (the round's start, v24-dev-baseline.txt), at 3763895 after round 26b's change
# (v24-dev-after-round26b.txt) and at 8d50017 after round 26's (v24-dev-after-round26-persons.txt), seen since then;
# its held-out half was scored once on 2026-12-07 at 25f0608 (v24-heldout-scored-once.txt).
SEEN |= {("v24", split) for split in ("dev", "heldout", "all")}
# Set 25 (names_v25.jsonl, committed 2026-12-07 at 33c0c44 before any run; chosen by source: ROK government releases,
# DPRK media as relayed, Chinese-language and Japanese press): its dev half run once at a886cb4 (the round's start,
# v25-dev-baseline.txt) and at 222a396 after round 27's changes (v25-dev-after-round27.txt), seen since then; its held-out
# half was scored once on 2026-12-07 at 222a396 (v25-heldout-scored-once.txt).
SEEN |= {("v25", split) for split in ("dev", "heldout", "all")}
# Set 26 (names_v26.jsonl, committed 2026-12-08 at 62fc246 before any run; chosen by source: Russian, Ukrainian,
# Vietnamese and Portuguese press, Korean, Japanese and Chinese-language press): its dev half run once at d7d7d78 (the
# round's start, v26-dev-baseline.txt) and at 4d1493a after round 28's changes (v26-dev-after-round28.txt), seen since
# then; its held-out half was scored once on 2026-12-08 at 4d1493a (v26-heldout-scored-once.txt).
SEEN |= {("v26", split) for split in ("dev", "heldout", "all")}
SHARED = HERE.parents[3] / "shared" / "data"
SCRIPTS = ("hangul", "hanzi", "kana", "mixed", "latin", "cyrillic")  # cyrillic: set 23's Russian press forms


def load(split: str, names_set: str = "v1") -> list[dict[str, Any]]:
    path = SETS[names_set]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def build_store(path: Path) -> None:
    from chainlight.pipeline import ingest_files
    from chainlight.store import Store

    store = Store(path)
    try:
        ingest_files(store, "ofac-sdn", [SHARED / "sanctions/ofac/sdn.csv"])
        ingest_files(store, "un-sc", [SHARED / "sanctions/un/consolidated.xml"])
    finally:
        store.close()


Top = dict[str, tuple[set[str], float, bool, str]]  # row id -> (ids of the rank-1 candidate, score, above, caption)


def chainlight_top(store_path: Path, rows: list[dict[str, Any]]) -> tuple[Top, float]:
    from chainlight.pipeline import match_queries
    from chainlight.resolve import Query
    from chainlight.store import Store

    store = Store(store_path, read_only=True)
    try:
        t = time.perf_counter()
        results = match_queries(store, [Query(r["id"], r["name"]) for r in rows], limit=5)
        wall = time.perf_counter() - t
    finally:
        store.close()
    top: Top = {}
    SCORER[0] = next((ms[0].scorer for ms in results if ms), "?")
    for r, ms in zip(rows, results, strict=True):
        if not ms:
            top[r["id"]] = (set(), 0.0, False, "")
            continue
        m = ms[0]
        ids = set(m.member_ids) | {m.entity_id} | {s.replace(":", "-", 1) for s in m.source_ids}
        top[r["id"]] = (ids, m.score, m.match, m.entity_name)
    return top, wall


LOGIC_V2_THRESHOLD = 0.70
SCORER = ["?"]  # the scorer the matcher used, read from its answers


def logic_v2_top(store_path: Path, rows: list[dict[str, Any]]) -> tuple[Top, float] | None:
    from benchmarks.resolve.crossscript import Case
    from benchmarks.resolve.crossscript_eval import logic_v2_top as peer

    from chainlight.store import Store

    store = Store(store_path, read_only=True)
    try:
        ents = store.entities(["ofac-sdn", "un-sc"])
    finally:
        store.close()
    t = time.perf_counter()
    # names alone, as chainlight gets them (kind and target are not read by the peer)
    out = peer(ents, [Case(r["id"], r["name"], "realworld", None) for r in rows])
    wall = time.perf_counter() - t
    if out is None:
        return None
    by_ref = {e.source_ref: e for e in ents}
    top: Top = {}
    for qid, (refs, score) in out.items():
        ids = {by_ref[s].id for s in refs if s in by_ref} | {s.replace(":", "-", 1) for s in refs}
        cap = next((by_ref[s].caption for s in refs if s in by_ref), "")
        top[qid] = (ids, score, score >= LOGIC_V2_THRESHOLD, cap)
    return top, wall


def score(rows: list[dict[str, Any]], top: Top) -> tuple[dict[str, dict[str, int]], list[tuple[str, dict[str, Any]]]]:
    """Counts per script (and 'all'), and each failing row with its failure class."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    failures = []
    for r in rows:
        ids, _s, above, _cap = top.get(r["id"], (set(), 0.0, False, ""))
        for key in (r["script"], "all"):
            c = counts[key]
            if r["kind"] == "lookalike":
                c["lookalikes"] += 1
                c["lookalike_matched"] += above
            else:
                right = bool(ids & (set(r["expected"]) | set(r["also_ok"])))
                c["listed"] += 1
                c["found"] += above and right
                c["wrong_body"] += above and not right
                c["right_below"] += (not above) and right
        if r["kind"] == "lookalike":
            if above:
                failures.append(("look-alike matched", r))
        else:
            right = bool(ids & (set(r["expected"]) | set(r["also_ok"])))
            if above and not right:
                failures.append(("wrong body above threshold", r))
            elif not above and right:
                failures.append(("right body below threshold", r))
            elif not above:
                failures.append(("not found (rank 1 another body or none)", r))
    return counts, failures


def table(label: str, counts: dict[str, dict[str, int]]) -> list[str]:
    out = [f"### {label}", "",
           "| script | listed | rank-1 right ≥ thr | recall | wrong body ≥ thr | right but < thr | look-alikes | "
           "look-alikes matched | rate |", "|---|---|---|---|---|---|---|---|---|"]
    for key in (*SCRIPTS, "all"):
        c = counts.get(key)
        if not c:
            continue
        n, la = c["listed"], c["lookalikes"]
        out.append(f"| {key} | {n} | {c['found']} | {c['found'] / n:.3f} | {c['wrong_body']} | {c['right_below']} | "
                   f"{la} | {c['lookalike_matched']} | " + (f"{c['lookalike_matched'] / la:.3f}" if la else "–") + " |"
                   if n else f"| {key} | 0 | – | – | – | – | {la} | {c['lookalike_matched']} | "
                   + (f"{c['lookalike_matched'] / la:.3f}" if la else "–") + " |")
    return [*out, ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="names_set", choices=tuple(SETS), default="v1",
                    help="v1-v8: names.jsonl .. names_v8.jsonl (all halves seen: v8's held-out half was scored once "
                         "on 2026-12-05, v8-heldout-scored-once.txt); v9: names_v9.jsonl (dev half first run "
                         "2026-12-05; held-out half unscored: run once, at the end of a round); v10: names_v10.jsonl "
                         "(unseen, neither half run yet)")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--store", type=Path, help="a store holding the OFAC SDN and UN lists (default: built now)")
    ap.add_argument("--no-peer", action="store_true", help="leave logic-v2 out")
    args = ap.parse_args(argv)
    rows = load(args.split, args.names_set)
    with tempfile.TemporaryDirectory(prefix="chainlight-realworld-") as tmp:
        store_path = args.store
        if store_path is None:
            store_path = Path(tmp) / "lists.duckdb"
            t = time.perf_counter()
            build_store(store_path)
            print(f"store built from {SHARED / 'sanctions'} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        methods: list[tuple[str, Top, float]] = []
        top, wall = chainlight_top(store_path, rows)
        methods.append((f"chainlight ({SCORER[0]}, `match` API, its threshold)", top, wall))
        if not args.no_peer:
            peer = logic_v2_top(store_path, rows)
            if peer is not None:
                methods.append((f"logic-v2 @{LOGIC_V2_THRESHOLD:.2f} behind rapidfuzz top-10", *peer))
    listed = sum(r["kind"] != "lookalike" for r in rows)
    lines = [f"# Real-world names, set {args.names_set}, split `{args.split}`: {len(rows)} names ({listed} listed, "
             f"{len(rows) - listed} look-alikes); names alone, no schema or country", ""]
    fails_by_method = []
    for label, top, wall in methods:
        counts, failures = score(rows, top)
        lines += table(f"{label} — {wall:.1f} s", counts)
        fails_by_method.append((label, top, failures))
    if (args.names_set, args.split) in SEEN:
        for label, top, failures in fails_by_method:
            lines += [f"## Failures, {label} ({len(failures)})", ""]
            for cls in ("wrong body above threshold", "look-alike matched", "right body below threshold",
                        "not found (rank 1 another body or none)"):
                sub = [r for c, r in failures if c == cls]
                if not sub:
                    continue
                lines.append(f"### {cls} ({len(sub)})")
                for r in sorted(sub, key=lambda r: (r["script"], r["name"])):
                    _ids, s, _a, cap = top.get(r["id"], (set(), 0.0, False, ""))
                    want = ", ".join(r["expected"]) or f"none ({r.get('country')})"
                    lines.append(f"- [{r['script']}] {r['name']} — want {want}; rank 1: "
                                 f"{cap or '(none)'} {s:.2f}")
                lines.append("")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
