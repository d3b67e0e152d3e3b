"""The screening benchmark's methods on a small generated list: chainlight, rapidfuzz and logic-v2 give figures
on the same truth, and a sampled peer is scored on the queries it screened only."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.resolve import screening

from tests.helpers.snapshots import unpack

# the benchmark generator (shared/bench/gen_names.py beside the repo) -M 2000 -N 120 --seed 4, kept in tests/snapshots (the generator is not in the repo)
SMALL = "bench/gen_names_2000x120_seed4"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    for name in ("meta.json", "queries.jsonl", "truth.jsonl", "watchlist.jsonl"):
        unpack(f"{SMALL}/{name}", out)
    return out


@pytest.mark.slow  # nomenklatura's logic-v2 over 2,000 queries; run by CI (`pytest -m slow`)
def test_logic_v2_screens_the_first_queries_and_is_scored_on_those(small: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    monkeypatch.setattr(screening, "LOGIC_V2_QUERIES", 40)
    row = screening.run_one("logic-v2", small)
    assert row["N"] == 40 and 0.0 <= float(row["f1"]) <= 1.0  # type: ignore[arg-type]
    assert float(row["R@1"]) > 0.3  # type: ignore[arg-type]  # exact and lightly changed names are found


def test_chainlight_beats_the_peers_on_the_same_small_set(small: Path) -> None:
    ours = screening.run_one("chainlight", small)
    peer = screening.run_one("rapidfuzz-cdist", small)
    assert ours["N"] == peer["N"] == 120
    assert float(ours["f1"]) > float(peer["f1"])  # type: ignore[arg-type]
