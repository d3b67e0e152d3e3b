"""Assign `split` to names_v22.jsonl and validate the file (twenty-second real-world names set).

    python benchmarks/resolve/realworld/split_v22.py           # validate, assign splits, rewrite in place
    python benchmarks/resolve/realworld/split_v22.py --check   # validate only; fails if a split is missing or differs

Split rule (as for names.jsonl): within each stratum (script x listed/look-alike) rows are ordered by
sha256(id) and alternate dev, heldout, the first one dev. Deterministic: the same rows give the same split.

Checks: the row schema; ids are `rw22-` + first 8 hex of sha1(name|source_url) and unique; every expected /
also_ok id exists in the list files (OFAC sdn.csv ENT_NUM, UN consolidated XML REFERENCE_NUMBER); listed rows
have expected ids and look-alikes none; no `name` already in names.jsonl ... names_v21.jsonl; quotes are short
(<= 25 whitespace-separated words, and <= 80 characters where the text is Chinese or Japanese).
This script reads the list files only to check ids; it runs no matcher.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or as a module
from split_v2 import NAMES_V1, NAMES_V2, NameSet, main

HERE = Path(__file__).resolve().parent
V22 = NameSet(
    HERE / "names_v22.jsonl", "rw22-", (NAMES_V1, NAMES_V2, *(HERE / f"names_v{n}.jsonl" for n in range(3, 22)))
)

if __name__ == "__main__":
    sys.exit(main(V22))
