"""Where the seen real-world names fail, and leave-one-set-out (LOSO) figures for a decision fitted on them.

    python -m benchmarks.resolve.realworld.loso                 # failure classes, every seen set (both halves)
    python -m benchmarks.resolve.realworld.loso --dump rows.json  # ... and each row's candidates, for fitting

run.py's loading, store and counting are reused: a row's outcome is the one run.py counts (the rank-1 candidate of
`match` with limit 5, at or above the matcher's threshold, carrying an `expected` or `also_ok` id).  A miss is put in
one class, by what would have to change for it to be found:

- below threshold: the right body is rank 1 and scores under the threshold (a threshold or a score could find it);
- outranked: another body is rank 1 and the right one is among the 5 candidates (a re-ranking could find it;
  "wrong body" when the one above it is above the threshold);
- beyond 5: the right body is not among the 5 answers but a wider search (limit 30) returns it (a wider shortlist);
- not among candidates: not even the wider search returns it (the keys or the readings never reach it); for these
  the step that loses it is named, by looking up the right body's names among the index's candidates of the name
  and of each of its readings (keys: none of its names in the index's 200 best; shortlist: in the 200 but not
  among the CANDIDATES kept, or under their share of the best key weight, or cut by the spelling pick; scored:
  reached the scorer, which scored it under the floor or a reading's condition dropped it);
- a look-alike is matched when its rank-1 candidate is at or above the threshold (run.py's rule).

The per-row records (--dump) hold the 5 candidates' scores and feature parts, for fitting a decision on the seen
sets and scoring it leave-one-set-out (loso_fit.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.resolve.realworld import run

FLOOR = 0.35  # the scorer's floor: a pair under it is no candidate (match_v7.FLOOR)
DEEP = 30  # the wider search's limit, for a miss whose right body is not among the 5 answers
KEY_DEPTH = 200  # how deep the index's candidates are looked through for the right body's names
CLASSES = ("found", "below threshold", "outranked (wrong body above threshold)", "outranked (rank 1 below threshold)",
           "beyond 5 (a wider search finds it)", "not among candidates")
LOOKALIKE_CLASSES = ("look-alike not matched", "look-alike above threshold")


@dataclass
class Candidate:
    ids: list[str]
    name: str
    schema: str
    score: float
    right: bool
    how: str  # the reading that found it: the explanation's first clause when a reading did, else "as written"
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class Outcome:
    set: str
    id: str
    split: str
    script: str
    kind: str
    lang: str
    name: str
    cls: str
    right_rank: int | None = None  # the right body's rank among the answers (the wider search's for "beyond 5")
    right_score: float | None = None
    lost_at: str = ""  # for "not among candidates": the step that loses the right body
    best_possible: float | None = None  # ... and the best score any reading gives any of its names
    candidates: list[Candidate] = field(default_factory=list)


def _ids(m: Any) -> set[str]:
    return set(m.member_ids) | {m.entity_id} | {s.replace(":", "-", 1) for s in m.source_ids}


def _how(explanation: str, scorer_name: str) -> str:
    head = explanation.split(";", 1)[0]
    return "as written" if head.startswith(scorer_name) or "~" in head[:80] else head.split(":", 1)[0][:60]


def _candidates(ms: list[Any], want: set[str]) -> list[Candidate]:
    return [Candidate(sorted(_ids(m)), m.entity_name, m.schema, m.score, bool(_ids(m) & want),
                      _how(m.explanation, m.scorer), dict(m.features)) for m in ms]


def _owners(matcher: Any, want: set[str]) -> set[int]:
    """The index's owner numbers (merged bodies' leads) whose ids carry one of `want`."""
    out = set()
    for owner in set(matcher.index.owner):
        rec = matcher.resolved[owner]
        if (set(rec.member_ids) | {rec.id} | {s.replace(":", "-", 1) for s in rec.source_ids}) & want:
            out.add(owner)
    return out


def lost_at(matcher: Any, name: str, want: set[str]) -> tuple[str, float]:
    """The furthest candidate-search step the right body's names reach, over the name and its readings, and the
    best score the scorer gives any of its names against any reading (the readings' conditions aside): what a
    perfect candidate search could reach."""
    from chainlight.resolve import Query
    from chainlight.resolve import matcher as mm
    from chainlight.resolve.rendering import render_name

    owners = _owners(matcher, want)
    if not owners:
        return "no list entry with the expected id", 0.0
    texts = [name, *(a.text for a in matcher._alternatives(name[:mm.MAX_NAME_CHARS]))]
    theirs = [i for i, o in enumerate(matcher.index.owner) if o in owners]
    reached = 0  # 1 keys (in the index's KEY_DEPTH best), 2 in CANDIDATES, 3 over the share floor, 4 shortlisted
    best = 0.0
    for text in texts:
        qa = render_name(text)
        if qa.empty:
            continue
        for i in theirs:
            s = matcher._score(Query("q", text), qa, render_name(matcher.index.names[i]),
                               matcher.resolved[matcher.index.owner[i]], matcher._kinds[i])
            best = max(best, s.score if s is not None else 0.0)
        deep = matcher.index.scored_candidates(qa, limit=KEY_DEPTH)
        pos = [k for k, (i, _w) in enumerate(deep) if matcher.index.owner[i] in owners]
        if not pos:
            continue
        reached = max(reached, 1)
        if pos[0] >= mm.CANDIDATES:
            continue
        reached = max(reached, 2)
        floor = deep[0][1] * mm.CANDIDATE_SHARE
        if deep[pos[0]][1] < floor:
            continue
        reached = max(reached, 3)
        if any(matcher.index.owner[i] in owners for i in matcher._shortlist(qa, 5)):
            reached = 4
    return {0: f"keys: none of its names among the index's {KEY_DEPTH} best for any reading",
            1: f"keys: among the {KEY_DEPTH} best, not the first {mm.CANDIDATES}",
            2: f"shortlist: under {mm.CANDIDATE_SHARE} of the best key weight",
            3: f"shortlist: cut by the spelling pick (kept {max(mm.FULLY_SCORED, 5)})",
            4: "scored: under the floor, or dropped by a reading's condition"}[reached], round(best, 4)


CPU = [0.0]  # CPU seconds of the answers (limit 5, one process), for a widened search's cost


def _fold(matcher: Any, left_out: str, lexicon_loso: bool, confirmed_loso: bool) -> None:
    """Give the matcher the learned lexicon and/or the confirmed names built WITHOUT the set it is to score."""
    from benchmarks.resolve.realworld import confirmed_names
    from benchmarks.resolve.realworld import lexicon as learner

    from chainlight.resolve import confirmed, lexicon

    others = learner.seen_rows(leave_out=left_out)
    if lexicon_loso:
        lexicon.use(learner.as_table(learner.learn(others, learner.names_from_matcher(matcher))))
    if confirmed_loso:
        confirmed.use({k: confirmed.Confirmed(tuple(v["ids"].split()), v["name"], v["publisher"], v["source_url"])
                       for k, v in confirmed_names.build(others).items()})
        matcher.__dict__.pop("_confirmed_owner", None)


def outcomes(store_path: Path, sets: list[str], deep: int = DEEP, confirmed: bool = True,
             split: str = "all", lexicon: bool = True, lexicon_loso: bool = False,
             confirmed_loso: bool = False, quick: bool = False,
             scripts: tuple[str, ...] = ()) -> list[Outcome]:
    from chainlight.pipeline import build_matcher
    from chainlight.resolve import Query
    from chainlight.store import Store

    store = Store(store_path, read_only=True)
    try:
        matcher = build_matcher(store)
    finally:
        store.close()
    matcher.use_confirmed = confirmed
    matcher.use_lexicon = lexicon
    out: list[Outcome] = []
    for s in sets:
        if lexicon_loso or confirmed_loso:
            _fold(matcher, s, lexicon_loso and lexicon, confirmed_loso and confirmed)
        rows = [r for r in run.load(split, s) if not scripts or r["script"] in scripts]
        t = time.process_time()
        answers = [matcher.match(Query(r["id"], r["name"]), limit=5) for r in rows]  # as match_many, one process
        CPU[0] += time.process_time() - t
        for r, ms in zip(rows, answers, strict=True):
            want = set(r["expected"]) | set(r["also_ok"])
            o = Outcome(s, r["id"], r["split"], r["script"], r["kind"], r["lang"], r["name"], "",
                        candidates=_candidates(ms, want))
            above = bool(ms) and ms[0].match
            if r["kind"] == "lookalike":
                o.cls = LOOKALIKE_CLASSES[above]
                out.append(o)
                continue
            ranks = [k for k, c in enumerate(o.candidates, start=1) if c.right]
            if ranks:
                o.right_rank, o.right_score = ranks[0], o.candidates[ranks[0] - 1].score
            if ranks and ranks[0] == 1:
                o.cls = "found" if above else "below threshold"
            elif above:
                o.cls = "outranked (wrong body above threshold)"
            elif ranks:
                o.cls = "outranked (rank 1 below threshold)"
            if not ranks and quick:
                o.cls = o.cls or "not among candidates"
            elif not ranks:
                wide = _candidates(matcher.match(Query(r["id"], r["name"]), limit=deep), want)
                wr = [k for k, c in enumerate(wide, start=1) if c.right]
                if wr:
                    o.right_rank, o.right_score = wr[0], wide[wr[0] - 1].score
                    o.cls = o.cls or "beyond 5 (a wider search finds it)"
                else:
                    o.cls = o.cls or "not among candidates"
                    o.lost_at, o.best_possible = lost_at(matcher, r["name"], want)
            out.append(o)
    return out


def report(rows: list[Outcome], threshold: float) -> list[str]:
    sets = list(dict.fromkeys(o.set for o in rows))
    head = "| set | listed | " + " | ".join(CLASSES) + " | look-alikes | matched |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for s in [*sets, "all"]:
        sub = [o for o in rows if s in ("all", o.set)]
        c = Counter(o.cls for o in sub)
        listed = sum(o.kind != "lookalike" for o in sub)
        la = sum(o.kind == "lookalike" for o in sub)
        lines.append(f"| {s} | {listed} | " + " | ".join(str(c[k]) for k in CLASSES)
                     + f" | {la} | {c[LOOKALIKE_CLASSES[1]]} |")
    misses = [o for o in rows if o.kind != "lookalike" and o.cls != "found"]
    lines += ["", f"Misses by script ({len(misses)}):", ""]
    for script in run.SCRIPTS:
        c = Counter(o.cls for o in misses if o.script == script)
        lines.append(f"- {script}: " + ", ".join(f"{k} {c[k]}" for k in CLASSES[1:] if c[k]))
    absent = [o for o in misses if o.cls == "not among candidates"]
    bands = (f"best possible >= {threshold}", f"{FLOOR}-{threshold}", f"< {FLOOR}")

    def band(o: Outcome) -> str:
        b = o.best_possible or 0.0
        return bands[0] if b >= threshold else bands[1] if b >= FLOOR else bands[2]

    lines += ["", f"Not among candidates ({len(absent)}): the step that loses the right body, by the best score the "
              "scorer gives any of its names against any of the query's readings (the readings' conditions aside; "
              "'best possible' is what a perfect candidate search could reach):", "",
              "| step | " + " | ".join(bands) + " | all |", "|---|---|---|---|---|"]
    for step, _n in Counter(o.lost_at for o in absent).most_common():
        c = Counter(band(o) for o in absent if o.lost_at == step)
        lines.append(f"| {step} | " + " | ".join(str(c[b]) for b in bands) + f" | {sum(c.values())} |")
    c = Counter(band(o) for o in absent)
    lines.append("| all | " + " | ".join(str(c[b]) for b in bands) + f" | {len(absent)} |")
    lines += ["", f"Right body's score where it is among the candidates (threshold {threshold}):", ""]
    for cls in CLASSES[1:5]:
        sc = sorted(o.right_score for o in misses if o.cls == cls and o.right_score is not None)
        rk = Counter(o.right_rank for o in misses if o.cls == cls and o.right_rank is not None)
        if sc:
            lines.append(f"- {cls}: {len(sc)}; score min {sc[0]:.2f}, median {sc[len(sc) // 2]:.2f}, max {sc[-1]:.2f}; "
                         f"ranks " + ", ".join(f"{k}: {n}" for k, n in sorted(rk.items())))
    lines += ["", "Each miss (set, script, class, right body's rank and score, rank 1):", ""]
    for o in sorted(misses, key=lambda o: (CLASSES.index(o.cls), o.set, o.script, o.name)):
        top = o.candidates[0] if o.candidates else None
        r1 = f"{top.name} {top.score:.2f}" if top else "(none)"
        where = (f"rank {o.right_rank} at {o.right_score:.2f}" if o.right_rank
                 else f"{o.lost_at}, best possible {o.best_possible or 0.0:.2f}")
        lines.append(f"- {o.set} [{o.script}/{o.kind}] {o.name} — {o.cls}; {where}; rank 1: {r1}")
    matched = [o for o in rows if o.cls == LOOKALIKE_CLASSES[1]]
    lines += ["", f"Look-alikes above the threshold ({len(matched)}):", ""]
    lines += [f"- {o.set} [{o.script}] {o.name} — {o.candidates[0].name} {o.candidates[0].score:.2f}" for o in matched]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="a store holding the OFAC SDN and UN lists (default: built now)")
    ap.add_argument("--dump", type=Path, help="write each row's outcome and candidates here (JSON)")
    ap.add_argument("--widen", metavar="CANDIDATES,SHARE,FULLY_SCORED",
                    help="a what-if candidate search: the matcher's CANDIDATES, CANDIDATE_SHARE and FULLY_SCORED "
                         "(today 12,0.4,2) set for this run only")
    ap.add_argument("--no-confirmed", action="store_true",
                    help="answer without the confirmed names (resolve/confirmed.py), which hold the seen sets' own "
                         "names: the readings alone, for loso_fit.py's leave-one-set-out figures")
    ap.add_argument("--no-lexicon", action="store_true",
                    help="answer without the learned lexicon's reading (resolve/lexicon.py)")
    ap.add_argument("--lexicon-loso", action="store_true",
                    help="for each set, the lexicon learned (lexicon.py) from the other seen sets only")
    ap.add_argument("--confirmed-loso", action="store_true",
                    help="for each set, the confirmed names built (confirmed_names.py) from the other seen sets only")
    ap.add_argument("--quick", action="store_true",
                    help="outcomes only: no wider search nor lost-at step for the misses")
    ap.add_argument("--only", metavar="SET:SPLIT", help="one seen split alone (v15:dev), e.g. a new set's dev half "
                                                         "after its single run")
    ap.add_argument("--scripts", metavar="SCRIPT,...", default="",
                    help="only the rows of these scripts (run.py's `script` column: hanzi,mixed)")
    args = ap.parse_args(argv)
    scripts = tuple(x for x in args.scripts.split(",") if x)
    if args.widen:
        from chainlight.resolve import matcher as mm

        n, share, kept = args.widen.split(",")
        mm.CANDIDATES, mm.CANDIDATE_SHARE, mm.FULLY_SCORED = int(n), float(share), int(kept)
    # every set both of whose halves are seen; never a set with an unseen half
    sets = [s for s in run.SETS if (s, "dev") in run.SEEN and (s, "heldout") in run.SEEN]
    split = "all"
    if args.only:
        only, split = args.only.split(":")
        if (only, split) not in run.SEEN:
            ap.error(f"{args.only} is not seen (run.SEEN): its names are not to be read")
        sets = [only]
    from chainlight.settings import get_settings

    with tempfile.TemporaryDirectory(prefix="chainlight-loso-") as tmp:
        store_path = args.store
        if store_path is None:
            store_path = Path(tmp) / "lists.duckdb"
            run.build_store(store_path)
        t = time.perf_counter()
        rows = outcomes(store_path, sets, confirmed=not args.no_confirmed, split=split, lexicon=not args.no_lexicon,
                        lexicon_loso=args.lexicon_loso, confirmed_loso=args.confirmed_loso, quick=args.quick,
                        scripts=scripts)
        wall = time.perf_counter() - t
    if args.dump:
        args.dump.write_text(json.dumps([asdict(o) for o in rows], ensure_ascii=False), encoding="utf-8")
    print(f"# Failure classes of the seen real-world names (sets {', '.join(sets)}, "
          f"{'both halves' if split == 'all' else 'the ' + split + ' half'})", "",
          f"run.py's counting rule (rank 1 of `match`, limit 5, threshold {get_settings().match_threshold}); "
          f"{wall:.0f} s wall, {CPU[0]:.1f} CPU s for the answers ({CPU[0] / len(rows) * 1000:.1f} ms a name)"
          + ("; without the confirmed names" if args.no_confirmed else "")
          + ("; confirmed names built without the set scored" if args.confirmed_loso and not args.no_confirmed else "")
          + ("; without the learned lexicon" if args.no_lexicon else "")
          + (f"; scripts {', '.join(scripts)} only" if scripts else "")
          + ("; lexicon learned without the set scored" if args.lexicon_loso and not args.no_lexicon else "")
          + (f"; candidate search widened to CANDIDATES, CANDIDATE_SHARE, FULLY_SCORED = {args.widen}"
             if args.widen else ""), "", sep="\n")
    print("\n".join(report(rows, get_settings().match_threshold)))
    print(f"{len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
