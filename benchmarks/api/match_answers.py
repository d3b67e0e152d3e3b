"""/match's answers before and after a change meant only to make it faster: dump them, then compare.

    python -m benchmarks.api.match_answers --store S --out before.jsonl            # at the code before
    python -m benchmarks.api.match_answers --store S --out after.jsonl --compare before.jsonl

Each query goes through the app in-process (FastAPI's TestClient, an authenticated viewer), as `serve` answers
it, and the whole answer is kept (ids, scores, match flags, features, explanations, totals).  The queries: the
load benchmark's 16 names; every name of the seen halves of the real-world names sets (v1-v8 both halves, v9
dev: benchmarks/resolve/realworld/run.SEEN; an unscored half is never read); and OFAC + UN names with one
letter dropped or doubled (a fixed seed).  Some are asked again with a lower cutoff and a lower threshold, and
as a Person, so that what lies under the default cutoff is compared too.  S: a store holding OFAC + UN (built
here when not given, as the load benchmark builds it).  Exit status 1 when any answer differs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.api.match_load import CLI, NAMES, SHARED
from benchmarks.resolve.realworld.run import SEEN, SETS, load

TYPOS = 200  # list names with one letter changed
SEED = 16


def queries(store: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(request params, one query's example) in a fixed order."""
    from chainlight.store import Store

    names: list[str] = list(NAMES)
    for s in sorted(SETS):
        for split in ("dev", "heldout"):
            if (s, split) in SEEN:
                names += [r["name"] for r in load(split, s)]
    with Store(store, read_only=True) as st:
        listed = sorted({n.value for e in st.entities() for n in e.names if len(n.value) > 4})
    rnd = random.Random(SEED)
    for name in rnd.sample(listed, TYPOS):
        i = rnd.randrange(1, len(name) - 1)
        names.append(name[:i] + name[i + 1:] if rnd.random() < 0.5 else name[:i] + name[i] + name[i:])
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for k, name in enumerate(names):
        out.append(({}, {"schema": "Company", "properties": {"name": [name]}}))
        if k % 5 == 0:  # what lies under the default cutoff, and a person
            out.append(({"cutoff": 0.3, "threshold": 0.5, "limit": 10},
                        {"schema": "LegalEntity", "properties": {"name": [name]}}))
            out.append(({}, {"schema": "Person", "properties": {"name": [name]}}))
    return out


INGEST_STAMPS = ("first_seen", "last_seen", "last_change")


def _fast_answered() -> int:
    try:
        from chainlight.api.match_fast import MatchFastPath
    except ImportError:  # code from before it
        return 0
    return MatchFastPath.answered


def dump(store: str) -> list[dict[str, Any]]:
    from fastapi.testclient import TestClient

    from chainlight.api.app import create_app

    user = f"answers-{time.time_ns()}"
    key = subprocess.run([CLI, "--db", store, "-q", "users", "add", user, "--role", "viewer"], check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    answers = []
    try:
        with TestClient(create_app(Path(store))) as client:
            # warmed as `serve` warms it, so that the answers come the way a server gives them (without the lock,
            # by the fast path of api/match_fast.py, when the request allows)
            client.app.state.chainlight.warm()  # type: ignore[attr-defined]
            fast_before = _fast_answered()
            headers = {"Authorization": f"ApiKey {key}"}
            for params, example in queries(store):
                r = client.post("/match/default", params=params, json={"queries": {"q": example}}, headers=headers)
                body = r.json()
                body.pop("matcher", None)  # the features' documentation, the same for every answer
                # when the store's entries were ingested, not what the matcher answered: two stores built from the
                # same lists minutes apart differ only there
                for response in body.get("responses", {}).values():
                    for result in response.get("results", []):
                        for stamp in INGEST_STAMPS:
                            result.pop(stamp, None)
                answers.append({"params": params, "example": example, "status": r.status_code, "body": body})
            print(f"{_fast_answered() - fast_before} of {len(answers)} answered by /match's fast path")
    finally:
        subprocess.run([CLI, "--db", store, "-q", "users", "revoke", user], check=True, capture_output=True)
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", help="a store that holds OFAC + UN (built in a temporary folder when not given)")
    parser.add_argument("--out", required=True, help="where to write the answers (JSON lines)")
    parser.add_argument("--compare", help="answers written before, to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if not store:
            store = str(Path(tmp) / "lists.duckdb")
            for kind, path in (("ofac-sdn", "sanctions/ofac/sdn.csv"), ("un-sc", "sanctions/un/consolidated.xml")):
                subprocess.run([CLI, "--db", store, "-q", "ingest", kind, str(SHARED / "data" / path)], check=True)
        answers = dump(store)
    Path(args.out).write_text("".join(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n" for a in answers),
                              encoding="utf-8")
    print(f"{len(answers)} answers written to {args.out}")
    if not args.compare:
        return
    before = [json.loads(line) for line in Path(args.compare).read_text(encoding="utf-8").splitlines()]
    if len(before) != len(answers):
        print(f"DIFFERENT: {len(before)} answers before, {len(answers)} now")
        sys.exit(1)
    differ = [k for k, (a, b) in enumerate(zip(before, answers, strict=True)) if a != b]
    print(f"{len(answers) - len(differ)} of {len(answers)} answers identical")
    if differ:
        for k in differ[:5]:
            print(f"  #{k} {answers[k]['params']} {answers[k]['example']['schema']}: "
                  f"{json.dumps(before[k]['body'])[:200]} -> {json.dumps(answers[k]['body'])[:200]}")
        sys.exit(1)


if __name__ == "__main__":
    main()
