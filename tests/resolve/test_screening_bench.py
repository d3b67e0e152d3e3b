"""The screening benchmark's methods on a small generated list: chainlight, rapidfuzz and logic-v2 give figures
on the same truth, and a sampled peer is scored on the queries it screened only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.resolve import screening

GEN = Path(__file__).resolve().parents[3] / "shared" / "bench" / "gen_names.py"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "g"
    subprocess.run([sys.executable, str(GEN), "-M", "2000", "-N", "120", "--seed", "4", "--out", str(out)],
                   check=True, capture_output=True)
    return out


def test_logic_v2_screens_the_first_queries_and_is_scored_on_those(small: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    pytest.importorskip("nomenklatura")
    monkeypatch.setattr(screening, "LOGIC_V2_QUERIES", 40)
    row = screening.run_one("logic-v2", small)
    assert row["N"] == 40 and 0.0 <= float(row["f1"]) <= 1.0  # type: ignore[arg-type]
    assert float(row["R@1"]) > 0.3  # type: ignore[arg-type]  # exact and lightly changed names are found


def test_chainlight_beats_the_peers_on_the_same_small_set(small: Path) -> None:
    ours = screening.run_one("chainlight", small)
    peer = screening.run_one("rapidfuzz-cdist", small)
    assert ours["N"] == peer["N"] == 120
    assert float(ours["f1"]) > float(peer["f1"])  # type: ignore[arg-type]
