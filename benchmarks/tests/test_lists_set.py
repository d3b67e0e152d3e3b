"""The OFAC + UN screening set (a benchmark: it reads ../shared): gen_names' file format, positives that name a
listed body, negatives that do not.  Run by CI as `pytest benchmarks/tests`, beside ../shared."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.resolve.lists_set import build
from chainlight.resolve.normalize import fold


def _rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_the_set_is_seeded_and_its_truth_points_at_listed_bodies(tmp_path: Path) -> None:
    build(tmp_path / "a", n=200, seed=3)
    build(tmp_path / "b", n=200, seed=3)
    assert (tmp_path / "a" / "queries.jsonl").read_text() == (tmp_path / "b" / "queries.jsonl").read_text()
    watch = _rows(tmp_path / "a" / "watchlist.jsonl")
    listed = {w["id"] for w in watch}
    names = {fold(n) for w in watch for n in w["names"]}
    queries, truth = _rows(tmp_path / "a" / "queries.jsonl"), _rows(tmp_path / "a" / "truth.jsonl")
    assert len(watch) > 15_000 and len(queries) == len(truth) == 200
    positives = [t for t in truth if t["entity_id"]]
    assert len(positives) == 100 and all({t["entity_id"], *t["alt_ids"]} <= listed for t in positives)
    # a negative is no list name, however it was written
    negatives = [(q, t) for q, t in zip(queries, truth, strict=True) if not t["entity_id"]]
    assert len(negatives) == 100
    assert not any(fold(q["name"]) in names for q, t in negatives if t["ptype"] == "neg_exact")
    assert json.loads((tmp_path / "a" / "meta.json").read_text())["entities"] == len(watch)
